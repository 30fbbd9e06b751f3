"""The parse cache and parallel parsing: unchanged documents are not parsed again, a new
parser version re-parses everything, removed documents leave the next release, and the
metadata of every stage says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

import pipeline.parse.cache
import pipeline.parse.parallel
from pipeline.assets.resources import SammelanPaths
from pipeline.parse.cache import ParseCache, document_key, parse_cached
from pipeline.definitions import RELEASE_JOB, build_definitions
from pipeline.ingest.reader import list_raw_files, read_raw_file
from pipeline.parse.parallel import parse_many
from pipeline.tables.build import parse_raw


@pytest.fixture
def parse_calls(monkeypatch) -> list[str]:
    """Every document the pipeline parses, by file name (in-process parsing only)."""
    calls: list[str] = []

    def counting(raw):
        calls.append(raw.source_file)
        return parse_raw(raw)

    monkeypatch.setattr(pipeline.parse.parallel, "parse_raw", counting)
    return calls


@pytest.fixture
def two_documents(raw_dir: Path) -> Path:
    seed = next(raw_dir.iterdir())
    # Not a byte copy: the same text under two names is rejected as a duplicate.
    (raw_dir / "001_copy.txt").write_text(seed.read_text(encoding="utf-8") + "\nदूसरी प्रति।\n", encoding="utf-8")
    return raw_dir


def run(raw: Path, tmp_path: Path) -> dg.ExecuteInProcessResult:
    paths = SammelanPaths(raw_dir=str(raw), out_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache"))
    job = build_definitions(paths).resolve_job_def(RELEASE_JOB)
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert result.success
    return result


def metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    (event,) = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey(asset)]
    return {k: getattr(v, "value", v) for k, v in event.materialization.metadata.items()}


def test_unchanged_documents_are_not_parsed_again(two_documents, tmp_path, parse_calls):
    first = run(two_documents, tmp_path)
    assert sorted(parse_calls) == ["000_e9ce27afdd3d7ab4.txt", "001_copy.txt"]
    assert metadata(first, "parsed_documents")["cache_misses"] == 2

    parse_calls.clear()
    (two_documents / "001_copy.txt").write_text(
        (two_documents / "001_copy.txt").read_text(encoding="utf-8") + "\nएक नया वाक्य।\n", encoding="utf-8"
    )
    second = run(two_documents, tmp_path)
    assert parse_calls == ["001_copy.txt"]
    parsed = metadata(second, "parsed_documents")
    assert (parsed["cache_hits"], parsed["cache_misses"]) == (1, 1)
    release = metadata(second, "release")
    assert release["changed"] and release["previous_version"] == "1.0.0"
    assert release["version"] != "1.0.0" and release["what_changed"] != "nothing"
    assert release["documents_changed"] == 1 and release["documents_added"] == 0
    assert "001_copy" in release["document_changes"]


def test_a_new_parser_version_reparses_everything(two_documents, tmp_path, parse_calls, monkeypatch):
    run(two_documents, tmp_path)
    parse_calls.clear()
    monkeypatch.setattr(pipeline.parse.cache, "PARSER_VERSION", "next")
    result = run(two_documents, tmp_path)
    assert len(parse_calls) == 2
    parsed = metadata(result, "parsed_documents")
    assert parsed["cache_hits"] == 0 and parsed["cache_dropped_old_parser"] == 2


def test_a_removed_document_leaves_the_next_release(two_documents, tmp_path, parse_calls):
    run(two_documents, tmp_path)
    (two_documents / "001_copy.txt").unlink()
    parse_calls.clear()
    result = run(two_documents, tmp_path)
    assert parse_calls == []  # the remaining document comes from the cache
    release = metadata(result, "release")
    assert release["documents_removed"] == 1 and release["version"] not in ("", "1.0.0")
    out = Path(release["release_path"])
    for table in ("documents", "summits", "sections"):
        assert "001_copy" not in set(pd.read_csv(out / "data" / f"{table}.csv")["document_id"])
    assert metadata(result, "parsed_documents")["cache_forgotten"] == 1


def test_renamed_file_is_a_new_document(tmp_path, raw_dir):
    raws = [read_raw_file(p) for p in list_raw_files(raw_dir)]
    renamed = type(raws[0])("other", "other.txt", raws[0].source_sha256, raws[0].source_bytes, raws[0].text)
    assert document_key(raws[0]) != document_key(renamed)  # the name is the document id in every row


def test_cache_stores_rejections_too(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "prose.txt").write_text("x" * 400, encoding="utf-8")  # a first line too long to be a title
    raws = [read_raw_file(raw / "prose.txt")]
    calls = []

    def parse(batch):
        calls.append(len(batch))
        return [parse_raw(r) for r in batch]

    first, _ = parse_cached(raws, tmp_path / "cache", parse)
    second, stats = parse_cached(raws, tmp_path / "cache", parse)
    assert calls == [1] and stats.hits == 1
    assert first == second and first[0].reason == "no_structure"
    with ParseCache(tmp_path / "cache") as cache:
        assert len(cache) == 1


def test_parallel_parsing_keeps_order_and_results(raw_dir):
    seed = next(raw_dir.iterdir())
    for i in range(12):
        shutil.copy(seed, raw_dir / f"{i:03d}_copy.txt")
    raws = [read_raw_file(p) for p in list_raw_files(raw_dir)]
    sequential, workers = parse_many(raws, workers=1)
    assert workers == 0
    parallel, workers = parse_many(raws, workers=2, min_parallel=4)
    assert workers == 2
    assert [r.document_id for r in parallel] == [r.document_id for r in sequential]
    assert [dict(r.rows) for r in parallel] == [dict(r.rows) for r in sequential]


def test_every_stage_reports_metadata(raw_dir, tmp_path):
    (raw_dir / "broken.txt").write_bytes(b"\xff\xfe\x00garbage")
    result = run(raw_dir, tmp_path)
    raw = metadata(result, "raw_documents")
    assert raw["rejected"] == 1 and "broken.txt" in raw["rejected_files"]
    summits = metadata(result, "summits")
    assert summits["dagster/row_count"] == 4
    columns = {c.name: c.description for c in summits["dagster/column_schema"].columns}
    assert columns["city_en"] and "year" in columns
    assert "नई दिल्ली" in summits["preview"]
    release = metadata(result, "release")
    assert release["version"] == "1.0.0" and release["changed"] is True
    assert release["documents_added"] == 1 and "| `summits` | 4 |" in release["rows"]
