"""Bad input: every kind of bad file is rejected with its name and reason, fast; good ones go on."""

from __future__ import annotations

import shutil
import time

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.ingest.reader import MAX_BYTES, Rejection, decode, read_raw_file
from pipeline.parse import DocumentRejected, parse_document
from pipeline.tables.build import parse_raw
from schemas.tables import MAX_LINE_CHARS, REJECTIONS
from tests.conftest import FIXTURES, SEED

BAD_FIXTURES = sorted(p for p in (FIXTURES / "raw").glob("9*.txt"))


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b" \r\n\t\n", "empty"),
    (b"\xef\xbb\xbf\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (bytes(range(1, 32)) * 4, "binary"),
    ("caf\xe9".encode("latin-1"), "not_utf8"),
    ("भारत".encode("utf-16"), "not_utf8"),
    ("abc भारत".encode("utf-16"), "binary"),
    (b"\xe0\xa4", "not_utf8"),  # a Devanagari letter cut in half
    (b"x" * (MAX_BYTES + 1), "too_large"),
])
def test_decode_rejects_with_a_reason(data, reason):
    result = decode("doc.txt", data)
    assert isinstance(result, Rejection) and result.reason == reason
    assert str(result).startswith(f"doc.txt: rejected ({reason})")
    assert result.reason in REJECTIONS.field("reason").enum


def test_file_name_must_make_a_valid_id():
    assert decode("भारत जापान.txt", "भारत".encode()).reason == "bad_name"
    assert decode("101_bharat-japan.v2.txt", "भारत".encode()).document_id == "101_bharat-japan.v2"


def test_bom_is_not_text():
    raw = decode("doc.txt", b"\xef\xbb\xbfabc")
    assert raw.text == "abc" and raw.source_bytes == 6


def test_eight_megabyte_one_line_file_is_rejected_fast(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(("भारत-रूस " * 700_000)[: 8 * 1024 * 1024].encode()[: 8 * 1024 * 1024])
    assert path.stat().st_size == 8 * 1024 * 1024
    start = time.perf_counter()
    result = read_raw_file(path)
    assert time.perf_counter() - start < 2
    assert result.reason == "too_large" and "8,388,608 bytes" in result.detail
    assert result.source_bytes == 8 * 1024 * 1024 and len(result.source_sha256) == 64


def test_long_line_under_the_size_limit_is_rejected_before_parsing():
    text = "भारत-रूस शिखर सम्मेलन\nप्रमुख सम्मेलन\n2010: " + "ने" * (MAX_BYTES // 7)
    start = time.perf_counter()
    result = parse_raw(decode("long.txt", text.encode()))
    assert time.perf_counter() - start < 2
    assert result.reason == "line_too_long" and "line 3" in result.detail


def test_adversarial_document_at_the_limits_parses_in_seconds():
    """Lines just under the cap, full of what the patterns look for: no backtracking blow-up."""
    head = "भारत-रूस शिखर सम्मेलन\nइतिहास\n1950 के दशक।\nप्रमुख सम्मेलन\n"
    lines = [
        ("2010: " + "नई दिल्ली में आयोजित, " * 500)[:MAX_LINE_CHARS],
        ("1950 के दशक " * 1000)[:MAX_LINE_CHARS],
        ("ने" * MAX_LINE_CHARS)[:MAX_LINE_CHARS],
        ("2010: " + " परमाणु ऊर्जा रक्षा उपकरण" * 1000)[:MAX_LINE_CHARS],
    ]
    text = head + "\n".join(lines * 15)
    assert len(text.encode()) < MAX_BYTES
    start = time.perf_counter()
    rows = parse_document("x", text).rows
    assert time.perf_counter() - start < 10
    assert rows["summits"]


def test_flattened_article_is_rejected_as_no_structure():
    with pytest.raises(DocumentRejected) as rejected:
        parse_document("x", (FIXTURES / "raw" / "905_flattened.txt").read_text(encoding="utf-8"))
    assert rejected.value.reason == "no_structure" and "line breaks" in rejected.value.detail


def test_bad_files_are_quarantined_and_the_rest_released(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw)
    for path in BAD_FIXTURES:
        shutil.copy(path, raw)
    (raw / "huge.txt").write_bytes(b"x" * (8 * 1024 * 1024))
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw), "--out", str(out)]) == 0
    rejections = pd.read_csv(out / "1.0.0" / "data" / "rejections.csv")
    assert dict(zip(rejections["source_file"], rejections["reason"])) == {
        "900_empty.txt": "empty", "901_whitespace.txt": "empty", "902_binary.txt": "binary",
        "903_cp1252.txt": "not_utf8", "904_no_structure.txt": "no_structure",
        "905_flattened.txt": "no_structure", "huge.txt": "too_large",
    }
    assert rejections["detail"].str.len().min() > 0
    assert len(pd.read_csv(out / "1.0.0" / "data" / "summits.csv")) == 4


def test_a_run_with_only_bad_files_publishes_nothing_and_names_each(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in BAD_FIXTURES:
        shutil.copy(path, raw)
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Every document was rejected" in err
    for path in BAD_FIXTURES:
        assert f"{path.name}: rejected (" in err
    assert not out.exists() or not any(out.iterdir())


def test_one_read_gives_the_fingerprint_of_every_kind_of_entry(tmp_path):
    """The raw stage reads each file once: the entry hashes it collects while judging are
    what the fingerprint's own scan (`raw_hashes`, the CLI's unchanged check) gives."""
    import os

    from pipeline.ingest.reader import read_raw_folder
    from pipeline.release.fingerprint import raw_hashes

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "a.txt")
    (raw / "copy.txt").write_bytes(SEED.read_bytes())  # duplicate
    (raw / "empty.txt").write_bytes(b"")
    (raw / "big.txt").write_bytes(b"x" * (MAX_BYTES + 1))
    (raw / "UPPER.TXT").write_text("x", encoding="utf-8")
    (raw / ".hidden.txt").write_text("x", encoding="utf-8")
    (raw / "notes.md").write_text("x", encoding="utf-8")
    (raw / "sub").mkdir()
    (raw / "sources.csv").write_text("file,url\n", encoding="utf-8")
    os.symlink(raw / "a.txt", raw / "inside.txt")
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    os.symlink(outside, raw / "outside.txt")
    os.symlink(tmp_path / "missing", raw / "dangling.txt")
    os.mkfifo(raw / "pipe.txt")
    hashes: dict[str, str] = {}
    read_raw_folder(raw, entry_hashes=hashes)
    assert hashes == raw_hashes(raw)


def test_text_fingerprints_are_remembered_and_duplicates_still_found(tmp_path, monkeypatch):
    """The raw stage normalizes only files it has not seen; a duplicate saved with CRLF and a
    BOM is still refused on a warm run, and fingerprints of removed files are forgotten."""
    import pipeline.ingest.reader as reader
    from pipeline.assets.raw import read_batch
    from pipeline.ingest.memo import load_text_fingerprints

    raw, cache = tmp_path / "raw", tmp_path / "cache"
    raw.mkdir()
    shutil.copy(SEED, raw / "a.txt")
    calls = []
    real = reader.text_fingerprint
    monkeypatch.setattr(reader, "text_fingerprint", lambda text: calls.append(1) or real(text))
    read_batch(raw, cache)
    assert len(calls) == 1
    (raw / "b.txt").write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n"))
    batch = read_batch(raw, cache)
    assert len(calls) == 2  # a.txt was remembered
    assert [r.reason for r in batch.rejections] == ["duplicate"]
    assert [d.source_file for d in batch.documents] == ["a.txt"]
    (raw / "a.txt").unlink()
    batch = read_batch(raw, cache)
    assert [d.source_file for d in batch.documents] == ["b.txt"] and len(calls) == 2  # the duplicate's too
    assert list(load_text_fingerprints(cache)) == [batch.documents[0].source_sha256]  # a.txt's forgotten
