"""Issue 9, one test group per finding: user files are never lost, a tampered release is never
trusted, one bad file never blocks the rest, and every problem is one clear line.

Most tests publish with `release_support.build_frames` + `publish` (no Dagster, fast); the
command-line ones run `pipeline.cli.main` in-process, or a subprocess where the locale matters.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import pipeline.ingest.reader as reader
from pipeline.cli import main
from pipeline.ingest.reader import read_raw_folder
from pipeline.release.files import MARKER
from pipeline.release.lock import LockUnsafe
from pipeline.release.ownership import NotOwned
from pipeline.release.publish import publish
from pipeline.release.verify import ReleaseDamaged, verify_outputs
from release_support import SUMMIT_2024, build_frames, check_outputs, revised_raw, tree_digest
from tests.conftest import ROOT, SEED

EPOCH = "1767225600"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture
def published(raw_dir, tmp_path) -> Path:
    """outputs/ holding release 1.0.0 of the seed."""
    out = tmp_path / "outputs"
    publish(build_frames(raw_dir), out)
    return out


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- 1. the output folder is owned ------------------------------------------------------


def test_a_foreign_folder_is_refused_with_one_line_and_left_untouched(raw_dir, tmp_path, capsys):
    out = tmp_path / "mine"
    (out / "latest").mkdir(parents=True)
    (out / "latest" / "thesis.txt").write_text("three years of work")
    (out / ".tmp-keep.txt").write_text("keep me")
    (out / "catalog.json").write_text('{"my": "catalog"}')
    before = files_of(out)

    assert main(["release", "--raw", str(raw_dir), "--out", str(out)]) == 1

    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(out) in err[0] and "not a sammelan outputs folder" in err[0], err
    assert files_of(out) == before and sorted(p.name for p in out.iterdir()) == [".tmp-keep.txt", "catalog.json", "latest"]
    with pytest.raises(NotOwned):
        publish(build_frames(raw_dir), out)
    assert files_of(out) == before


def test_inside_an_owned_folder_foreign_files_are_never_deleted_or_overwritten(published, raw_dir, tmp_path):
    assert (published / MARKER).is_file()
    (published / ".tmp-keep.txt").write_text("keep me")
    (published / "notes.md").write_text("my notes")
    (published / ".tmp-scratch").mkdir()
    (published / ".tmp-scratch" / "draft.txt").write_text("draft")
    result = publish(build_frames(revised_raw(SEED, tmp_path / "raw2")), published)
    assert result.version == "1.1.0"
    assert (published / ".tmp-keep.txt").read_text() == "keep me"
    assert (published / "notes.md").read_text() == "my notes"
    assert (published / ".tmp-scratch" / "draft.txt").read_text() == "draft"

    (published / "latest" / "thesis.txt").write_text("mine")
    with pytest.raises(NotOwned, match="latest/thesis.txt"):
        publish(build_frames(raw_dir), published)
    assert (published / "latest" / "thesis.txt").read_text() == "mine"
    (published / "latest" / "thesis.txt").unlink()

    (published / "1.1.0.bak").write_text("not a version name: left alone")
    (published / "2.0.0").write_text("a file where a release folder would go")
    with pytest.raises(NotOwned, match="2.0.0"):
        publish(build_frames(raw_dir), published)
    assert (published / "2.0.0").read_text() == "a file where a release folder would go"
    (published / "2.0.0").unlink()

    (published / "catalog.json").write_text("my own catalog")
    with pytest.raises(NotOwned, match="catalog.json"):
        publish(build_frames(raw_dir), published)
    assert (published / "catalog.json").read_text() == "my own catalog"


def test_a_folder_published_before_the_marker_is_adopted(published, raw_dir):
    (published / MARKER).unlink()
    assert publish(build_frames(raw_dir), published).changed is False
    assert (published / MARKER).is_file()


def test_killed_runs_leave_only_marked_folders_which_are_removed(published, tmp_path):
    from pipeline.release.files import owned_temp_dir
    from pipeline.release.ownership import remove_leftovers

    ours = owned_temp_dir(published, "release")
    (ours / "1.1.0").mkdir()
    empty = published / ".sammelan-tmp-empty"
    empty.mkdir()
    theirs = published / ".sammelan-tmp-theirs"
    theirs.mkdir()
    (theirs / "x.txt").write_text("not ours")
    assert sorted(p.name for p in remove_leftovers(published)) == sorted([ours.name, empty.name])
    assert (theirs / "x.txt").read_text() == "not ours"


# --- 2. spreadsheet copies are safe -----------------------------------------------------

FORMULAS = {
    "सामरिक साझेदारी:": '=HYPERLINK("http://x.example","y"):',
    "आर्थिक सहयोग:": "+cmd|' /C calc'!A0:",
    "सांस्कृतिक आदान-प्रदान:": "@SUM(1+1):",
    "वैश्विक मुद्दे: ": "वैश्विक मुद्दे: -2+3 ",  # a leading "-" on the line is a list marker
}


def test_spreadsheet_copies_neutralise_formulas_and_data_stays_verbatim(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for old, new in FORMULAS.items():
        text = text.replace(old, new)
    (raw / SEED.name).write_text(text, encoding="utf-8")
    release = publish(build_frames(raw), tmp_path / "outputs").path

    data = pd.read_csv(release / "data" / "objectives.csv", dtype=str, keep_default_na=False)
    excel_text = (release / "excel" / "objectives.csv").read_text(encoding="utf-8")
    assert excel_text.startswith("\ufeff")
    excel = pd.read_csv(io.StringIO(excel_text[1:]), dtype=str, keep_default_na=False)
    cells = [cell for column in data.columns for cell in data[column] if cell]
    assert {c[0] for c in cells} >= {"=", "+", "@", "-"}  # verbatim in data/
    for column in excel.columns:
        for cell in excel[column]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
        assert list(excel[column]) == ["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in data[column]]
    assert list(excel["position"]) == list(data["position"])  # numbers untouched
    # Tables without such cells are the canonical CSV with a BOM.
    assert (release / "excel" / "summits.csv").read_text(encoding="utf-8") == \
        "\ufeff" + (release / "data" / "summits.csv").read_text(encoding="utf-8")
    assert "CSV injection" in (release / "README.md").read_text(encoding="utf-8")
    check_outputs(release.parent)


# --- 3. releases are verified, never silently trusted -----------------------------------


@pytest.mark.parametrize("damage,named", [
    ("edit_city", "data/summits.csv altered"),
    ("delete_zip", "sammelan-1.0.0.zip missing"),
    ("delete_changes", "changes.json missing"),
    ("add_file", "extra.csv added"),
    ("edit_city_and_sums", "data/summits.csv differs from its copy in sammelan-1.0.0.zip"),
])
def test_a_damaged_release_stops_the_next_run_and_says_how_to_restore(published, raw_dir, damage, named, capsys):
    release = published / "1.0.0"
    summits = release / "data" / "summits.csv"
    if damage.startswith("edit_city"):
        summits.write_text(summits.read_text(encoding="utf-8").replace("मॉस्को", "पेरिस"), encoding="utf-8")
        if damage == "edit_city_and_sums":
            import hashlib

            sums = release / "SHA256SUMS"
            lines = [
                f"{hashlib.sha256(summits.read_bytes()).hexdigest()}  data/summits.csv" if line.endswith("  data/summits.csv") else line
                for line in sums.read_text().splitlines()
            ]
            sums.write_text("\n".join(lines) + "\n")
    elif damage == "delete_zip":
        (release / "sammelan-1.0.0.zip").unlink()
    elif damage == "delete_changes":
        (release / "changes.json").unlink()
    else:
        (release / "data" / "extra.csv").write_text("a\n1\n")
    catalog = (published / "catalog.json").read_bytes()
    versions_before = sorted(p.name for p in published.iterdir())

    with pytest.raises(ReleaseDamaged, match=named) as damaged:
        publish(build_frames(raw_dir), published)
    assert "git checkout" in str(damaged.value) and "Nothing was published" in str(damaged.value)
    assert sorted(p.name for p in published.iterdir()) == versions_before
    assert (published / "catalog.json").read_bytes() == catalog

    assert main(["verify", "--out", str(published)]) == 1
    assert named in capsys.readouterr().err
    if damage == "edit_city":  # the whole command line once (a Dagster run takes seconds)
        assert main(["release", "--raw", str(raw_dir), "--out", str(published)]) == 1
        err = capsys.readouterr().err
        assert named in err and "Traceback" not in err and "Error occurred while executing" not in err


def test_a_restored_release_is_trusted_again(published, raw_dir):
    release = published / "1.0.0"
    original = (release / "data" / "summits.csv").read_bytes()
    (release / "data" / "summits.csv").write_text("tampered")
    with pytest.raises(ReleaseDamaged):
        publish(build_frames(raw_dir), published)
    with zipfile.ZipFile(release / "sammelan-1.0.0.zip") as bundle:  # the advice: restore from the zip
        (release / "data" / "summits.csv").write_bytes(bundle.read("sammelan-1.0.0/data/summits.csv"))
    assert (release / "data" / "summits.csv").read_bytes() == original
    assert publish(build_frames(raw_dir), published).changed is False


def test_latest_and_catalog_are_repaired_when_they_differ(published, raw_dir, capsys):
    reference = tree_digest(published)
    (published / "latest" / "data" / "summits.csv").write_text("damaged")
    (published / "latest" / "README.md").unlink()
    catalog = json.loads((published / "catalog.json").read_text())
    catalog["releases"][0]["content_sha256"] = "0" * 64
    (published / "catalog.json").write_text(json.dumps(catalog))
    assert main(["verify", "--out", str(published)]) == 0
    out = capsys.readouterr().out
    assert "rebuilt catalog.json, latest/" in out, out
    assert tree_digest(published) == reference

    (published / "latest" / "data" / "summits.csv").write_text("damaged again")
    assert publish(build_frames(raw_dir), published).changed is False
    assert tree_digest(published) == reference
    assert verify_outputs(published).repaired == []


# --- 4. one document never blocks the others --------------------------------------------


def test_a_long_section_does_not_hit_the_csv_field_limit(raw_dir, tmp_path):
    out = tmp_path / "outputs"
    publish(build_frames(raw_dir), out)
    lines = "\n".join(f"{1901 + i % 199}: नई दिल्ली में आयोजित सम्मेलन {i}।" for i in range(9000))
    (raw_dir / "long.txt").write_text(SEED.read_text(encoding="utf-8") + "\n" + lines + "\n", encoding="utf-8")
    assert 200_000 < (raw_dir / "long.txt").stat().st_size < reader.MAX_BYTES
    result = publish(build_frames(raw_dir), out)  # the diff reads 1.0.0 back with the csv module
    assert result.version == "1.1.0"
    result = publish(build_frames(raw_dir), out)  # ... and now a release holding the long field
    assert result.changed is False


def test_a_name_ending_in_a_newline_is_rejected_by_name(raw_dir):
    shutil.copy(SEED, raw_dir / "abc\n.txt")
    documents, rejections = read_raw_folder(raw_dir)
    assert [d.source_file for d in documents] == [SEED.name]
    assert [(r.source_file, r.reason) for r in rejections] == [("abc\\n.txt", "bad_name")]


def test_an_unreadable_file_is_named_and_the_rest_published(raw_dir, tmp_path, monkeypatch, capsys):
    (raw_dir / "locked.txt").write_text("भारत", encoding="utf-8")
    real_open = os.open

    def failing_open(path, flags, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reader.os, "open", failing_open)
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out)]) == 0
    rejections = pd.read_csv(out / "1.0.0" / "data" / "rejections.csv")
    assert list(zip(rejections["source_file"], rejections["reason"])) == [("locked.txt", "unreadable")]
    assert "Permission denied" in rejections["detail"][0]
    assert "locked.txt (unreadable)" in capsys.readouterr().err


# --- 5. outside files are never followed ------------------------------------------------


def test_a_symlink_leaving_raw_is_rejected_and_not_read(raw_dir, tmp_path):
    elsewhere = tmp_path / "private" / "article.txt"
    elsewhere.parent.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "raw" / "101_bharat_japan.txt", elsewhere)
    (raw_dir / "linked.txt").symlink_to(elsewhere)
    (raw_dir / "inside.txt").symlink_to(raw_dir / SEED.name)  # stays inside raw/: read (here: a duplicate)
    documents, rejections = read_raw_folder(raw_dir)
    assert [d.source_file for d in documents] == [SEED.name]
    reasons = {r.source_file: r.reason for r in rejections}
    assert reasons == {"linked.txt": "outside_link", "inside.txt": "duplicate"}
    frames = build_frames(raw_dir)
    assert "linked" not in set(frames["documents"]["document_id"])


def test_the_lock_is_never_followed(published, raw_dir, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (published / ".lock").unlink()
    (published / ".lock").symlink_to(victim)
    with pytest.raises(LockUnsafe, match="never writes through it"):
        publish(build_frames(raw_dir), published)
    assert victim.read_text() == "precious"
    (published / ".lock").unlink()
    os.link(victim, published / ".lock")  # a hard link to a file elsewhere
    with pytest.raises(LockUnsafe):
        publish(build_frames(raw_dir), published)
    assert victim.read_text() == "precious"


# --- 6. every raw entry gets a verdict --------------------------------------------------


def test_every_entry_of_raw_is_published_or_rejected_with_a_reason(raw_dir):
    (raw_dir / "folder").mkdir()
    os.mkfifo(raw_dir / "pipe.txt")
    (raw_dir / "dangling.txt").symlink_to(raw_dir / "nowhere.txt")
    (raw_dir / "shout.TXT").write_bytes(SEED.read_bytes())
    (raw_dir / "notes.md").write_text("notes")
    (raw_dir / ".hidden.txt").write_text("x")
    (raw_dir / "copy.txt").write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n"))
    (raw_dir / "sources.csv").write_text("file,url\n")  # the source manifest: not a document
    documents, rejections = read_raw_folder(raw_dir)
    assert [d.source_file for d in documents] == [SEED.name]
    verdicts = {r.source_file: r.reason for r in rejections}
    assert verdicts == {
        "folder": "not_regular_file", "pipe.txt": "not_regular_file", "dangling.txt": "not_regular_file",
        "shout.TXT": "suffix_case", "notes.md": "not_txt", ".hidden.txt": "hidden", "copy.txt": "duplicate",
    }
    duplicate = next(r for r in rejections if r.reason == "duplicate")
    assert SEED.name in duplicate.detail
    frames = build_frames(raw_dir)  # the schema accepts every new reason
    from schemas.tables import REJECTIONS
    assert set(frames["rejections"]["reason"]) <= set(REJECTIONS.field("reason").enum)


# --- 7. one line per problem ------------------------------------------------------------


@pytest.mark.parametrize("case", ["missing_raw", "out_is_a_file", "empty_raw"])
def test_failures_are_a_few_plain_lines(raw_dir, tmp_path, capsys, case):
    raw, out = raw_dir, tmp_path / "outputs"
    if case == "missing_raw":
        raw = tmp_path / "nope"
    elif case == "out_is_a_file":
        out.write_text("a file")
    else:
        raw = tmp_path / "empty"
        raw.mkdir()
    assert main(["release", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 2, err
    assert lines[0].startswith("error: ") and (str(raw) in lines[0] or str(out) in lines[0])
    assert "Traceback" not in err and "Error occurred while executing" not in err and "dagster" not in err


def test_verbose_shows_the_trace(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["release", "--raw", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), "--verbose"]) == 1
    assert "raw_documents" in (err := capsys.readouterr().err) and "File \"" in err


def test_rejected_files_end_the_run_with_a_summary_and_strict_fails(raw_dir, tmp_path, capsys):
    (raw_dir / "shout.TXT").write_text("x")
    (raw_dir / "empty.txt").write_text("")
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out)]) == 0
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("rejected 2 file(s)") and "empty.txt (empty)" in last and "shout.TXT (suffix_case)" in last
    assert main(["release", "--raw", str(raw_dir), "--out", str(out), "--strict"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("rejected 2 file(s)") and last.endswith("--strict: exit status 1")


# --- 8. cache next to the outputs; names that are not UTF-8 -----------------------------


def test_the_default_cache_is_next_to_the_outputs_folder(raw_dir, tmp_path):
    import pipeline

    out = tmp_path / "site" / "outputs"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out), "--quiet"]) == 0
    assert (tmp_path / "site" / ".cache" / "sammelan" / "parse-cache.sqlite3").is_file()
    assert not (Path(pipeline.__file__).parents[1] / ".cache").exists() or \
        Path(pipeline.__file__).parents[1] == ROOT  # a checkout keeps its own .cache; never the installed package's


def test_a_hindi_file_name_under_a_non_utf8_locale(raw_dir, tmp_path):
    shutil.copy(ROOT / "tests" / "fixtures" / "raw" / "101_bharat_japan.txt", raw_dir / "भारत जापान.txt")
    out = tmp_path / "outputs"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    run = subprocess.run([sys.executable, "-m", "pipeline", "release", "--raw", str(raw_dir), "--out", str(out)],
                         capture_output=True, cwd=ROOT, env=env)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    with (out / "1.0.0" / "data" / "rejections.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["source_file"], r["reason"]) for r in rows] == [("भारत जापान.txt", "bad_name")]


# --- 9. document text is escaped in every Markdown file ---------------------------------


def test_document_text_never_becomes_markup(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8").replace(
        "भारत-रूस वार्षिक सम्मेलन\n", "<script>alert(1)</script> भारत-रूस वार्षिक सम्मेलन\n", 1)
    (raw / SEED.name).write_text(text, encoding="utf-8")
    out = tmp_path / "outputs"
    publish(build_frames(raw), out)
    revised = text.replace("सामरिक साझेदारी:", "<img src=x onerror=alert(1)> [link](http://evil.example):")
    (raw / SEED.name).write_text(revised + SUMMIT_2024, encoding="utf-8")
    release = publish(build_frames(raw), out).path
    markdown = {
        "README.md": (release / "README.md").read_text(encoding="utf-8"),
        "CHANGES.md": (release / "CHANGES.md").read_text(encoding="utf-8"),
        "CHANGELOG.md": (out / "CHANGELOG.md").read_text(encoding="utf-8"),
    }
    assert "&lt;script&gt;" in markdown["README.md"]
    assert "&lt;img" in markdown["CHANGES.md"]
    for name, content in markdown.items():
        for raw_markup in ("<script", "<img", "http://evil"):
            assert raw_markup not in content, (name, raw_markup)
        assert not re.search(r"(?<!\\)\]\(", content), (name, "a link: `](` not escaped")
