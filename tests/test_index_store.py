"""The gazetteer indexes are built once and loaded by every later process, under their key."""

from __future__ import annotations

import pickle
from pathlib import Path

from pipeline.parse.geo import gazetteer, index_store
from pipeline.parse.parallel import parse_many
from pipeline.tables.build import parse_raw
from pipeline.ingest.reader import read_raw_file
from tests.conftest import FIXTURES


def _counting_build(calls: list):
    def build():
        calls.append(1)
        return {"Moscow": (55.75, 37.62)}
    return build


def test_built_once_then_loaded(tmp_path):
    calls: list = []
    with index_store.using_folder(tmp_path):
        first = index_store.stored("demo", "v1", _counting_build(calls))
        second = index_store.stored("demo", "v1", _counting_build(calls))
    assert first == second and len(calls) == 1
    assert index_store.current_folder() is None  # the block restored the folder before it


def test_another_version_builds_again_and_removes_the_old_file(tmp_path):
    calls: list = []
    with index_store.using_folder(tmp_path):
        index_store.stored("demo", "v1", _counting_build(calls))
        index_store.stored("demo", "v2", _counting_build(calls))
        index_store.stored("other", "v1", _counting_build(calls))
    assert len(calls) == 3
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"gazetteer-demo-{index_store.index_key('v2')}.pickle",
                            f"gazetteer-other-{index_store.index_key('v1')}.pickle"])


def test_a_damaged_file_is_built_again(tmp_path):
    calls: list = []
    with index_store.using_folder(tmp_path):
        index_store.stored("demo", "v1", _counting_build(calls))
        (path,) = tmp_path.glob("gazetteer-demo-*.pickle")
        path.write_bytes(b"not a pickle")
        assert index_store.stored("demo", "v1", _counting_build(calls)) == {"Moscow": (55.75, 37.62)}
        assert len(calls) == 2
        assert pickle.loads(path.read_bytes()) == {"Moscow": (55.75, 37.62)}


def test_without_a_folder_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    calls: list = []
    index_store.stored("demo", "v1", _counting_build(calls))
    index_store.stored("demo", "v1", _counting_build(calls))
    assert len(calls) == 2 and not list(tmp_path.iterdir())


def test_the_key_follows_the_code_that_shapes_the_index():
    assert index_store.index_key("v1") != index_store.index_key("v2")
    for module in index_store.SHAPING_MODULES:  # each is found, so its source is hashed
        assert Path(__import__(module, fromlist=["_"]).__file__).is_file()


def _rows(results):
    return [r.rows if hasattr(r, "rows") else r for r in results]


def test_documents_parse_the_same_with_a_loaded_index(tmp_path):
    """Cold build, stored index loaded in a fresh state, and parse workers loading it: the
    same rows for documents that need the gazetteer (unknown cities, countries)."""
    paths = sorted((FIXTURES / "raw").glob("*.txt")) + sorted((FIXTURES / "families" / "docs").glob("*.txt"))
    raws = [read_raw_file(p) for p in paths]
    raws = [r for r in raws if hasattr(r, "text")]
    gazetteer.cities.cache_clear()
    gazetteer.countries.cache_clear()
    built = [parse_raw(r) for r in raws]
    gazetteer.cities.cache_clear()
    gazetteer.countries.cache_clear()
    with index_store.using_folder(tmp_path):
        gazetteer.cities()  # builds and stores
        gazetteer.countries()
        assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 2
        gazetteer.cities.cache_clear()
        gazetteer.countries.cache_clear()
        loaded = [parse_raw(r) for r in raws]
        in_workers, workers = parse_many(raws, workers=2, min_parallel=2)
    assert _rows(loaded) == _rows(built)
    assert workers == 2 and _rows(in_workers) == _rows(built)
