"""The sources manifest (raw/sources.csv): read, checked, published in documents and datapackage.json."""

from __future__ import annotations

import json

import pandas as pd

from pipeline.ingest.sources import DOCUMENT_COLUMNS, parse_sources, source_rows
from pipeline.release.publish import publish
from schemas.tables import DOCUMENTS, SOURCES_MANIFEST_FILE
from tests.conftest import SEED
from tests.release_support import build_frames

HEADER = "file,url,title,publisher,author,published,license,retrieved\n"
GOOD = "a.txt,https://example.org/a,A title,Example Times,R. Author,2024-10-25,CC-BY-SA-4.0,2025\n"


def _manifest(*rows: str, header: str = HEADER) -> bytes:
    return (header + "".join(rows)).encode("utf-8")


def test_a_good_row_fills_the_documents_columns():
    manifest = parse_sources(_manifest(GOOD))
    assert not manifest.issues
    columns, issues = source_rows(manifest, {"a.txt": "a"})
    assert columns == {"a": {"source_title": "A title", "url": "https://example.org/a", "publisher": "Example Times",
                             "author": "R. Author", "published": "2024-10-25", "license": "CC-BY-SA-4.0",
                             "retrieved": "2025"}}
    assert issues == []
    assert set(DOCUMENT_COLUMNS.values()) <= set(DOCUMENTS.field_names)


def test_bad_rows_are_left_out_whole_and_named():
    manifest = parse_sources(_manifest(
        GOOD,
        "b.txt,ftp://example.org/b,,,,2024-13-01,,\n",  # not http(s); month 13
        "a.txt,https://example.org/again,,,,,,\n",  # second row for a.txt
        "c.txt,https://example.org/c\n",  # too few cells
        "gone.txt,https://example.org/gone,,,,,,\n",  # no such document
        ",https://example.org/nofile,,,,,,\n",  # no file name
    ))
    columns, issues = source_rows(manifest, {"a.txt": "a", "b.txt": "b", "c.txt": "c"})
    assert list(columns) == ["a"] and columns["a"]["url"] == "https://example.org/a"
    found = {(i["source_line"], i["reason"], i["document_id"]) for i in issues}
    assert found == {(3, "bad_source_row", "b"), (4, "duplicate_source_row", "a"), (5, "bad_source_row", None),
                     (6, "unknown_source_file", None), (7, "bad_source_row", None)}
    bad = next(i for i in issues if i["source_line"] == 3)
    assert bad["source_file"] == SOURCES_MANIFEST_FILE and bad["severity"] == "left_out"
    assert "url" in bad["detail"] and "published" in bad["detail"]
    assert bad["source_text"].startswith("b.txt,ftp://")
    assert bad["issue_id"] == f"{SOURCES_MANIFEST_FILE}.issue.3.bad_source_row"


def test_an_unreadable_manifest_is_one_issue():
    for data in (b"url,title\nhttps://x.org,t\n", b"", "file\na.txt\n".encode("utf-16")):
        manifest = parse_sources(data)
        assert [i.reason for i in manifest.issues] == ["bad_source_manifest"] and not manifest.rows
    manifest = parse_sources(_manifest(GOOD, header=HEADER.strip() + ",notes\n").replace(b"2025\n", b"2025,x\n"))
    assert [i.reason for i in manifest.issues] == ["bad_source_manifest"] and list(manifest.rows) == ["a.txt"]


def test_a_release_with_a_manifest_lists_url_and_publisher(raw_dir, tmp_path):
    (raw_dir / SOURCES_MANIFEST_FILE).write_text(
        HEADER
        + f"{SEED.name},https://example.org/india-russia,भारत-रूस वार्षिक सम्मेलन,Example Times,,2021-12-06,,\n"
        + "missing.txt,https://example.org/missing,,,,,,\n",
        encoding="utf-8")
    result = publish(build_frames(raw_dir), tmp_path / "out")  # publishing validates with frictionless
    release = result.path
    documents = pd.read_csv(release / "data" / "documents.csv", keep_default_na=False)
    assert documents.loc[0, "url"] == "https://example.org/india-russia"
    assert documents.loc[0, "publisher"] == "Example Times" and documents.loc[0, "published"] == "2021-12-06"
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    (source,) = package["sources"]
    assert source["path"] == "https://example.org/india-russia" and source["publisher"] == "Example Times"
    assert source["version"] == f"sha256:{documents.loc[0, 'source_sha256']}"
    assert source["document_id"] == SEED.stem
    issues = pd.read_csv(release / "data" / "parse_issues.csv", keep_default_na=False)
    assert issues[["source_file", "reason", "document_id"]].values.tolist() == [
        [SOURCES_MANIFEST_FILE, "unknown_source_file", ""]]


def test_without_a_manifest_the_fields_are_empty_and_no_path_points_outside(raw_dir, tmp_path):
    release = publish(build_frames(raw_dir), tmp_path / "out").path
    documents = pd.read_csv(release / "data" / "documents.csv")
    assert documents[["url", "publisher", "published"]].isna().all().all()
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert all("path" not in s for s in package["sources"])
    assert "raw/" not in json.dumps(package["sources"])
