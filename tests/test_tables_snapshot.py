"""Tables assembled from the saved snapshot and the documents parsed in this run
(`pipeline.tables.incremental.assemble_tables`) are the tables a cold build gives; a table
whose rows did not change is the snapshot's own frame."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.ingest.reader import RawDocument, document_id_for
from pipeline.tables.build import document_rows_frames, parse_raw
from pipeline.tables.incremental import KEPT_TABLES, Snapshot, assemble_tables, manifest_of
from tests.conftest import SEED
from tests.test_corpus import delhi_copy, revised_copy


def _parsed(name: str, text: str):
    data = text.encode("utf-8")
    import hashlib

    return parse_raw(RawDocument(document_id_for(name), name, hashlib.sha256(data).hexdigest(), len(data), text))


@pytest.fixture(scope="module")
def documents():
    seed = SEED.read_text(encoding="utf-8")
    return {"a.txt": _parsed("a.txt", seed), "b.txt": _parsed("b.txt", revised_copy(seed)),
            "b2.txt": _parsed("b.txt", revised_copy(seed).replace("सहमति", "समझौता", 1)),
            "c.txt": _parsed("c.txt", delhi_copy(seed))}


def _assembled(before: list, after: list, parsed_now: list):
    snapshot = Snapshot("key", manifest_of(before), document_rows_frames(before))
    now = manifest_of(after)
    reused = {doc: source for doc, source in now.items() if doc not in manifest_of(parsed_now)}
    return snapshot, assemble_tables([document_rows_frames(parsed_now)], reused, snapshot)


def test_a_document_parsed_again_with_the_same_rows_keeps_every_frame(documents):
    a, b = documents["a.txt"], documents["b.txt"]
    snapshot, tables = _assembled([a, b], [a, b], [b])
    cold = document_rows_frames([a, b])
    for table in KEPT_TABLES:
        assert tables[table.name] is snapshot.frames[table.name]
        pd.testing.assert_frame_equal(tables[table.name], cold[table.name])


def test_changed_added_and_removed_documents_give_the_cold_tables(documents):
    a, b, b2, c = (documents[n] for n in ("a.txt", "b.txt", "b2.txt", "c.txt"))
    for before, after, parsed_now in (([a, b], [a, b2], [b2]),  # a changed summit statement
                                      ([a, b], [a, b, c], [c]),  # a document added
                                      ([a, b, c], [a, c], [])):  # one removed
        snapshot, tables = _assembled(before, after, parsed_now)
        cold = document_rows_frames(after)
        changed = [t.name for t in KEPT_TABLES if not cold[t.name].equals(snapshot.frames[t.name])]
        assert changed  # the case changes some table
        for table in KEPT_TABLES:
            pd.testing.assert_frame_equal(tables[table.name], cold[table.name])
            assert (tables[table.name] is snapshot.frames[table.name]) == (table.name not in changed)


def test_a_saved_snapshot_rewrites_only_the_tables_that_changed(documents, tmp_path, monkeypatch):
    import pickle

    import pipeline.tables.incremental as incremental
    from pipeline.tables.incremental import SNAPSHOT, kept_files, load_snapshot, save_snapshot

    monkeypatch.setattr(incremental, "snapshot_key", lambda: "key")
    a, b, b2 = documents["a.txt"], documents["b.txt"], documents["b2.txt"]
    save_snapshot(tmp_path, manifest_of([a, b]), document_rows_frames([a, b]))
    first = load_snapshot(tmp_path)
    assert first is not None and first.documents == manifest_of([a, b])
    for table in KEPT_TABLES:
        pd.testing.assert_frame_equal(first.frames[table.name], document_rows_frames([a, b])[table.name])
    # b changed: its tables are written again, the others keep their files
    now = manifest_of([a, b2])
    tables = assemble_tables([document_rows_frames([b2])], {d: s for d, s in now.items() if d != b2.rows["documents"][0]["document_id"]}, first)
    kept = kept_files(first, tables)
    changed = {t.name for t in KEPT_TABLES} - set(kept)
    assert changed and kept  # some tables changed, some did not
    save_snapshot(tmp_path, now, tables, kept)
    second = load_snapshot(tmp_path)
    assert {n for n in first.files if first.files[n] == second.files[n]} == set(kept)
    assert sorted(p.name for p in tmp_path.glob("tables-snapshot-*")) == sorted(second.files.values())
    for table in KEPT_TABLES:
        pd.testing.assert_frame_equal(second.frames[table.name], document_rows_frames([a, b2])[table.name])
    # a save killed after writing a table, before the list: the list still names the old files
    (tmp_path / "tables-snapshot-documents-0000.pickle").write_bytes(b"half")
    assert load_snapshot(tmp_path).files == second.files
    save_snapshot(tmp_path, now, tables, kept_files(load_snapshot(tmp_path), tables))
    assert not (tmp_path / "tables-snapshot-documents-0000.pickle").exists()  # left over: removed
    # a kept file that is gone is written again; a listing of another key or form is not read
    gone = load_snapshot(tmp_path).files["documents"]
    (tmp_path / gone).unlink()
    save_snapshot(tmp_path, now, tables, {"documents": gone})
    assert load_snapshot(tmp_path).files["documents"] != gone
    monkeypatch.setattr(incremental, "snapshot_key", lambda: "other")
    assert load_snapshot(tmp_path) is None
    (tmp_path / SNAPSHOT).write_bytes(pickle.dumps(Snapshot("other", now, tables)))  # saved whole, as before
    assert load_snapshot(tmp_path) is None
