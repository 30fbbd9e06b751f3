"""Parsing for the parse step: workers hand back compact frames and pickled cache entries,
one pool serves the chunk steps of a process, the gazetteer indexes a new pool lacks are
built once by its workers, and an in-process run forgets the parse stage's outputs once read."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from pipeline.ingest.reader import list_raw_files, read_raw_file
from pipeline.operations.execution import HandOverIOManager
from pipeline.parse import parallel
from pipeline.parse.geo import gazetteer, index_store
from pipeline.parse.cache import document_key
from pipeline.parse.parallel import parse_many, parse_parts
from pipeline.tables.incremental import document_frames, manifest_of


@pytest.fixture
def raws(raw_dir: Path):
    seed = next(raw_dir.iterdir())
    for i in range(7):
        shutil.copy(seed, raw_dir / f"{i:03d}_copy.txt")
    return [read_raw_file(p) for p in list_raw_files(raw_dir)]


def _stacked(parts) -> dict[str, pd.DataFrame]:
    return {name: pd.concat([p.frames[name] for p in parts], ignore_index=True) for name in parts[0].frames}


@pytest.mark.parametrize("workers", [1, 2])
def test_parts_hold_the_frames_documents_and_cache_entries_of_the_results(raws, workers):
    results, _ = parse_many(raws, workers=1)
    parts, used = parse_parts(raws, workers=workers, min_parallel=4)
    assert used == (0 if workers == 1 else 2)
    assert len(parts) == (1 if workers == 1 else len(raws))  # eight documents: one per slice on two workers
    expected = document_frames(results)
    for name, frame in _stacked(parts).items():
        pd.testing.assert_frame_equal(frame.sort_values(list(frame.columns[:1]), kind="stable", ignore_index=True),
                                      expected[name].sort_values(list(frame.columns[:1]), kind="stable", ignore_index=True))
    assert {d: s for p in parts for d, s in p.documents.items()} == manifest_of(results)
    entries = [entry for p in parts for entry in p.entries]
    assert [key for key, _ in entries] == [document_key(r) for r in raws]  # input order
    assert [dict(pickle.loads(blob).rows) for _, blob in entries] == [dict(r.rows) for r in results]


def test_parts_without_entries_carry_none(raws):
    parts, _ = parse_parts(raws, workers=2, min_parallel=4, keep_entries=False)
    assert parts and all(p.entries == [] for p in parts)


def test_a_kept_pool_serves_the_next_call_until_shutdown(raws):
    parse_parts(raws, workers=2, min_parallel=4, keep_pool=True)
    pool = parallel._pool
    assert pool is not None
    parse_parts(raws, workers=2, min_parallel=4, keep_pool=True)
    assert parallel._pool is pool
    parallel.shutdown()
    assert parallel._pool is None
    parse_parts(raws, workers=2, min_parallel=4)  # not kept: stopped after the call
    assert parallel._pool is None


def _store_pid(name: str) -> None:
    index_store.stored(name, "v1", os.getpid)


def test_a_new_pool_has_the_missing_indexes_built_by_its_workers(raws, tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "missing_indexes", lambda: ["alpha", "beta"])
    monkeypatch.setattr(gazetteer, "warm_index", _store_pid)
    with index_store.using_folder(tmp_path):
        parse_parts(raws, workers=2, min_parallel=4)
        pids = {name: index_store.stored(name, "v1", lambda: "not built") for name in ("alpha", "beta")}
    assert all(isinstance(pid, int) and pid != os.getpid() for pid in pids.values())


def test_no_index_is_built_ahead_without_a_folder(raws, tmp_path, monkeypatch):
    built = []
    monkeypatch.setattr(gazetteer, "missing_indexes", lambda: built.append(1) or [])
    parse_parts(raws, workers=2, min_parallel=4)
    assert built == []
    with index_store.using_folder(tmp_path):
        parse_parts(raws, workers=2, min_parallel=4)
    assert built == [1]


def test_missing_indexes_are_those_the_folder_lacks(tmp_path):
    with index_store.using_folder(tmp_path):
        assert gazetteer.missing_indexes() == list(gazetteer.INDEXES)
        index_store.stored("countries", gazetteer.GAZETTEER_VERSION, lambda: "stored")
        assert gazetteer.missing_indexes() == ["cities", "towns"]
    assert gazetteer.missing_indexes() == list(gazetteer.INDEXES)  # no folder: nothing is stored


def test_hand_over_forgets_outputs_of_the_named_stages_once_read():
    @dg.asset
    def upstream():
        return [1, 2, 3]

    @dg.asset
    def middle(upstream):
        return sum(upstream)

    @dg.asset
    def downstream(middle):
        return middle * 2

    manager = HandOverIOManager(frozenset({"upstream"}))
    result = dg.materialize([upstream, middle, downstream], resources={"io_manager": manager})
    assert result.success and result.output_for_node("downstream") == 12
    kept = {key[1] for key in manager.values}
    assert "upstream" not in kept and {"middle", "downstream"} <= kept
