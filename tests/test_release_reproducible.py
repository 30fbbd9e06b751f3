"""Reproducible builds: the same raw files give the same bytes, zip included; the content hash
in the catalog is what the README says it is."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
import zipfile
import zlib

from pipeline.release.publish import publish
from release_support import build_frames, tree_digest


def test_same_raw_files_give_byte_identical_outputs(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    first, second = tmp_path / "first", tmp_path / "second"
    publish(build_frames(raw_dir), first)
    publish(build_frames(raw_dir), second)
    files = sorted(p.relative_to(first) for p in first.rglob("*")
                   if p.is_file() and p.name not in (".lock", ".sammelan-verified.json"))
    assert {"1.0.0/sammelan-1.0.0.zip", "catalog.json", "CHANGELOG.md", "latest/datapackage.json"} <= {
        f.as_posix() for f in files
    }
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_created_changes_only_the_files_that_state_it(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    publish(build_frames(raw_dir), tmp_path / "a")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767312000")
    publish(build_frames(raw_dir), tmp_path / "b")
    a, b = tmp_path / "a" / "1.0.0", tmp_path / "b" / "1.0.0"
    differing = sorted(
        p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file() and p.read_bytes() != (b / p.relative_to(a)).read_bytes()
    )
    # The page, the workbook and the Datasette metadata cite the release with its date; the
    # database and the Parquet files hold only data, so `created` leaves them alone.
    assert differing == [
        "CHANGES.md", "README.md", "SHA256SUMS", "datapackage.json", "index.html", "metadata.json",
        "sammelan-1.0.0.xlsx", "sammelan-1.0.0.zip",
    ]
    catalogs = [json.loads((tmp_path / x / "catalog.json").read_text(encoding="utf-8")) for x in "ab"]
    assert catalogs[0]["releases"][0]["content_sha256"] == catalogs[1]["releases"][0]["content_sha256"]


def test_zip_is_the_release_in_order_with_fixed_metadata(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    publish(build_frames(raw_dir), tmp_path / "out")
    release = tmp_path / "out" / "1.0.0"
    with zipfile.ZipFile(release / "sammelan-1.0.0.zip") as archive:
        infos = archive.infolist()
        names = [i.filename for i in infos]
        assert names == sorted(names)
        assert {i.date_time for i in infos} == {(2026, 1, 1, 0, 0, 0)}
        assert {i.external_attr >> 16 for i in infos} == {0o100644}
        inside = {n.removeprefix("sammelan-1.0.0/"): archive.read(n) for n in names}
    on_disk = {p.relative_to(release).as_posix(): p.read_bytes() for p in release.rglob("*") if p.is_file()}
    zipped_sums = inside.pop("SHA256SUMS")
    assert inside.keys() == on_disk.keys() - {"sammelan-1.0.0.zip", "SHA256SUMS"}
    assert all(inside[name] == on_disk[name] for name in inside)
    # The folder's SHA256SUMS is the zipped one plus the zip's own line.
    assert on_disk["SHA256SUMS"].startswith(zipped_sums) and b"sammelan-1.0.0.zip" in on_disk["SHA256SUMS"]
    check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=release, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_content_hash_is_the_documented_shell_pipeline(raw_dir, tmp_path):
    out = tmp_path / "out"
    publish(build_frames(raw_dir), out)
    entry = json.loads((out / "catalog.json").read_text(encoding="utf-8"))["releases"][0]
    shell = subprocess.run(
        "LC_ALL=C sha256sum data/*.csv | sha256sum", shell=True, cwd=out / "1.0.0", capture_output=True, text=True
    )
    assert shell.stdout.split()[0] == entry["content_sha256"]
    assert tree_digest(out / "latest") == tree_digest(out / "1.0.0")


def test_a_zip_copying_members_of_the_previous_zip_is_the_zip_compression_gives(tmp_path, monkeypatch):
    import pipeline.release.archive as archive_module
    from pipeline.release.archive import write_zip

    old, new = tmp_path / "old", tmp_path / "new"
    for folder, changed in ((old, "पहला"), (new, "दूसरा")):
        (folder / "data").mkdir(parents=True)
        (folder / "data" / "same.csv").write_text("a,b\n" + "सम्मेलन,1\n" * 5000, encoding="utf-8")
        (folder / "data" / "changed.csv").write_text(f"a\n{changed}\n", encoding="utf-8")
        (folder / "book.xlsx").write_bytes(b"PK stored as it is" * 100)
        (folder / "grown.csv").write_text("x\n" * (3 if folder == old else 4), encoding="utf-8")
    created = "2026-01-01T00:00:00Z"
    write_zip(old, old / "old.zip", root="old", created=created)
    write_zip(new, tmp_path / "fresh.zip", root="new", created=created)
    copied = []
    real = archive_module.copy_compressed
    monkeypatch.setattr(archive_module, "copy_compressed", lambda a, info, *rest: copied.append(info.filename) or real(a, info, *rest))
    # "grown.csv" is claimed to be the same but is not the size of its old member: compressed again
    write_zip(new, tmp_path / "copied.zip", root="new", created=created, previous=old / "old.zip",
              same=["data/same.csv", "book.xlsx", "grown.csv", "missing.csv"])
    assert copied == ["new/book.xlsx", "new/data/same.csv"]
    assert (tmp_path / "copied.zip").read_bytes() == (tmp_path / "fresh.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "copied.zip") as archive:
        assert archive.testzip() is None
        assert archive.read("new/data/same.csv") == (new / "data" / "same.csv").read_bytes()


def test_a_member_deflated_beforehand_gives_the_zip_compression_gives(tmp_path):
    from pipeline.release.archive import deflate, write_zip

    folder = tmp_path / "release"
    folder.mkdir()
    big = folder / "big.sqlite"
    big.write_bytes(bytes(range(256)) * 20_000 + "सम्मेलन".encode() * 300_000)  # several CHUNKs
    (folder / "small.csv").write_text("a\n1\n", encoding="utf-8")
    created = "2026-01-01T00:00:00Z"
    write_zip(folder, tmp_path / "fresh.zip", root="r", created=created)
    with big.open("rb") as data:
        ready = deflate(data, tmp_path / "big.deflate")
    write_zip(folder, tmp_path / "ready.zip", root="r", created=created, deflated={"big.sqlite": ready})
    assert (tmp_path / "ready.zip").read_bytes() == (tmp_path / "fresh.zip").read_bytes()
    # a deflated copy of other bytes (its size differs) is not used
    with (folder / "small.csv").open("rb") as data:
        other = deflate(data, tmp_path / "small.deflate")
    write_zip(folder, tmp_path / "other.zip", root="r", created=created, deflated={"big.sqlite": other})
    assert (tmp_path / "other.zip").read_bytes() == (tmp_path / "fresh.zip").read_bytes()


def test_the_database_built_beforehand_is_the_one_written_in_place(raw_dir, tmp_path):
    import pytest

    from pipeline.release.formats.sqlite import SqliteBuild, write_sqlite
    from schemas.tables import TABLES

    tables = build_frames(raw_dir)
    (tmp_path / "build").mkdir()
    build = SqliteBuild(tmp_path / "build", tables, TABLES)
    sha256 = build.take(tmp_path / "out" / "early.sqlite")
    deflated = build.deflated()
    write_sqlite(tmp_path / "late.sqlite", tables, TABLES)
    assert (tmp_path / "out" / "early.sqlite").read_bytes() == (tmp_path / "late.sqlite").read_bytes()
    assert sha256 == hashlib.sha256((tmp_path / "late.sqlite").read_bytes()).hexdigest()
    assert deflated.file_size == (tmp_path / "late.sqlite").stat().st_size
    assert zlib.decompress(deflated.path.read_bytes(), -15) == (tmp_path / "late.sqlite").read_bytes()
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    broken = SqliteBuild(tmp_path / "a-file", tables, TABLES)  # its failure reaches the caller
    with pytest.raises(OSError):
        broken.take(tmp_path / "never.sqlite")
    assert not (tmp_path / "never.sqlite").exists()


def test_a_member_is_deflated_in_independent_pieces_the_same_on_any_number_of_cores(tmp_path, monkeypatch):
    import io

    import pipeline.release.archive as archive_module
    from pipeline.release.archive import deflate, write_zip

    monkeypatch.setattr(archive_module, "PIECE", 1 << 16)
    data = "सम्मेलन 2024: नई दिल्ली\n".encode() * 20_000 + bytes(range(256)) * 1_000  # 11 pieces and a bit
    deflated = {}
    for workers in (1, 3):
        monkeypatch.setattr(archive_module, "_workers", lambda w=workers: w)
        out = io.BytesIO()
        ready = deflate(io.BytesIO(data), out)
        deflated[workers] = out.getvalue()
        assert (ready.file_size, ready.compress_size, ready.crc) == (len(data), len(out.getvalue()), zlib.crc32(data))
    assert deflated[1] == deflated[3] and zlib.decompress(deflated[1], -15) == data
    # each piece stands alone: the second piece's bytes inflate on their own to the second piece
    whole = zlib.compressobj(3, zlib.DEFLATED, -15)
    assert deflated[1] != whole.compress(data) + whole.flush()
    first = zlib.compressobj(3, zlib.DEFLATED, -15)
    head = first.compress(data[:1 << 16]) + first.flush(zlib.Z_SYNC_FLUSH)
    assert deflated[1].startswith(head)
    assert zlib.decompressobj(-15).decompress(deflated[1][len(head):])[:1 << 16] == data[1 << 16:2 << 16]
    # a zip of it opens with any reader; a file of one piece has the bytes `ZipFile` writes
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "big.sqlite").write_bytes(data)
    (folder / "small.csv").write_text("a\n1\n" * 100, encoding="utf-8")
    write_zip(folder, tmp_path / "r.zip", root="r", created="2026-01-01T00:00:00Z")
    with zipfile.ZipFile(tmp_path / "r.zip") as archive:
        assert archive.testzip() is None and archive.read("r/big.sqlite") == data
        small = archive.getinfo("r/small.csv")
        archive.fp.seek(small.header_offset + 30 + len(small.filename))
        one = zlib.compressobj(3, zlib.DEFLATED, -15)
        assert archive.fp.read(small.compress_size) == one.compress(b"a\n1\n" * 100) + one.flush()
    if shutil.which("unzip"):  # Info-ZIP reads the pieces as one stream too
        assert subprocess.run(["unzip", "-tq", str(tmp_path / "r.zip")], capture_output=True).returncode == 0


def test_pieces_of_the_previous_zip_are_copied_where_the_file_has_the_same_bytes_there(tmp_path, monkeypatch):
    import pipeline.release.archive as archive_module
    from pipeline.release.archive import EarlierPieces, deflate, write_zip

    monkeypatch.setattr(archive_module, "PIECE", 1 << 16)
    piece = 1 << 16
    created = "2026-01-01T00:00:00Z"
    lines = [f"{i}: सम्मेलन नई दिल्ली में {i * 7919 % 1000}\n".encode() for i in range(40_000)]
    original = b"".join(lines)  # about 20 pieces
    old = tmp_path / "old"
    old.mkdir()
    (old / "db.sqlite").write_bytes(original)
    write_zip(old, tmp_path / "old.zip", root="old", created=created)
    compressed = []
    real = archive_module._piece
    monkeypatch.setattr(archive_module, "_piece", lambda data, last: compressed.append(len(data)) or real(data, last))

    def deflated_with_earlier(data: bytes) -> tuple[bytes, int]:
        new = tmp_path / "new"
        shutil.rmtree(new, ignore_errors=True)
        new.mkdir()
        (new / "db.sqlite").write_bytes(data)
        write_zip(new, tmp_path / "fresh.zip", root="new", created=created)
        compressed.clear()
        earlier = EarlierPieces(tmp_path / "old.zip", "old/db.sqlite", old / "db.sqlite")
        with (new / "db.sqlite").open("rb") as source:
            ready = deflate(source, tmp_path / "db.deflate", earlier)
        earlier.close()
        write_zip(new, tmp_path / "ready.zip", root="new", created=created, deflated={"db.sqlite": ready})
        assert (tmp_path / "ready.zip").read_bytes() == (tmp_path / "fresh.zip").read_bytes()
        with zipfile.ZipFile(tmp_path / "ready.zip") as archive:
            assert archive.read("new/db.sqlite") == data
        return (tmp_path / "ready.zip").read_bytes(), len(compressed)

    pieces = -(-len(original) // piece)
    assert deflated_with_earlier(original)[1] == 0  # every piece copied
    one_byte = bytearray(original)
    one_byte[5 * piece + 10] ^= 1  # one piece differs
    assert deflated_with_earlier(bytes(one_byte))[1] == 1
    shifted = b"x" + original  # every piece moved: nothing copied
    assert deflated_with_earlier(shifted)[1] == pieces + (len(shifted) % piece == 1)
    longer = original + b"tail\n" * 10  # the old last piece is now a middle one (or longer)
    assert deflated_with_earlier(longer)[1] in (1, 2)
    # a member whose pieces cannot be told apart (the pattern inside a piece) is not used
    marked = old / "db.sqlite"
    noise = random.Random(7).randbytes(3 * piece)  # incompressible: stored as it is, the pattern too
    marked.write_bytes(noise[:piece // 2] + b"\x00\x00\xff\xff" + noise[piece // 2:])
    write_zip(old, tmp_path / "old.zip", root="old", created=created)
    assert EarlierPieces(tmp_path / "old.zip", "old/db.sqlite", marked).get(0, marked.read_bytes()[:piece], False) is None
    marked.write_bytes(noise)  # the same without it: its pieces are found
    write_zip(old, tmp_path / "old.zip", root="old", created=created)
    assert EarlierPieces(tmp_path / "old.zip", "old/db.sqlite", marked).get(0, noise[:piece], False) is not None
    assert EarlierPieces(tmp_path / "old.zip", "old/missing", marked).get(0, b"", True) is None
