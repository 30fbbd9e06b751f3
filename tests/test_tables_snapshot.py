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
