"""The database written on a thread (`formats.sqlite.writing_sqlite`) is the database
`write_sqlite` writes, and its failures reach the caller; a database patched from the
previous release's has the bytes of a cold build, whatever the history."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest

from pipeline.release.formats.sqlite import ForeignKeyViolation, write_sqlite, writing_sqlite
from schemas.model import Field, ForeignKey, Table

PARENT = Table("parents", "Parents", "Parents.", "माता-पिता", "One parent.",
               (Field("parent_id", "string", "Id", "Id.", "पहचान", unique=True),
                Field("name", "string", "Name", "A name.", "नाम")), ("parent_id",))
CHILD = Table("children", "Children", "Children.", "बच्चे", "One child.",
              (Field("child_id", "string", "Id", "Id.", "पहचान", unique=True),
               Field("parent_id", "string", "Parent", "The parent.", "माता-पिता"),
               Field("born", "date", "Born", "A day.", "दिन", required=False, missing="Not known.")),
              ("child_id",), (ForeignKey(("parent_id",), "parents", ("parent_id",)),))


def _tables(parent_of_last: str = "p1", n: int = 12_000) -> dict[str, pd.DataFrame]:
    parents = pd.DataFrame({"parent_id": ["p0", "p1"], "name": ["दिल्ली", "Tokyo"]})
    children = pd.DataFrame({"child_id": [f"c{i}" for i in range(n)], "parent_id": ["p0"] * (n - 1) + [parent_of_last],
                             "born": ["2020-01-0" + str(1 + i % 9) if i % 2 else None for i in range(n)]})
    return {"parents": parents, "children": children}


def test_the_threaded_database_has_the_bytes_of_a_direct_write(tmp_path):
    tables = _tables()
    write_sqlite(tmp_path / "direct.sqlite", tables, (PARENT, CHILD))
    with writing_sqlite(tmp_path / "threaded.sqlite", tables, (PARENT, CHILD)):
        other = sum(i * i for i in range(200_000))  # the caller's own work meanwhile
    assert other and (tmp_path / "threaded.sqlite").read_bytes() == (tmp_path / "direct.sqlite").read_bytes()


def test_a_failure_on_the_thread_is_raised_at_the_end_of_the_block(tmp_path):
    with pytest.raises(ForeignKeyViolation, match="1 foreign key violation"):
        with writing_sqlite(tmp_path / "bad.sqlite", _tables(parent_of_last="nobody"), (PARENT, CHILD)):
            pass


def test_the_block_failing_waits_for_the_thread_and_raises_its_own_error(tmp_path):
    before = threading.active_count()
    with pytest.raises(KeyError, match="the block's"):
        with writing_sqlite(tmp_path / "x.sqlite", _tables(), (PARENT, CHILD)):
            raise KeyError("the block's")
    assert threading.active_count() == before


# --- a database patched from the previous one has the bytes of a cold build ------------------

def _history_tables(children: int, parent_name: str = "Tokyo") -> dict[str, pd.DataFrame]:
    parents = pd.DataFrame({"parent_id": ["p0", "p1"], "name": ["दिल्ली", parent_name]})
    kids = pd.DataFrame({"child_id": [f"c{i:05d}" for i in range(children)],
                         "parent_id": ["p0" if i % 3 else "p1" for i in range(children)],
                         "born": ["2020-01-0" + str(1 + i % 9) if i % 2 else None for i in range(children)]})
    return {"parents": parents, "children": kids}


def _patched(tmp_path, name: str, tables, previous: Path, same: set[str]) -> Path:
    from pipeline.release.formats.sqlite import previous_database

    base = previous_database(previous, frozenset(same), (PARENT, CHILD))
    assert base is not None and base.tables == frozenset(same)
    write_sqlite(tmp_path / name, tables, (PARENT, CHILD), base)
    return tmp_path / name


def test_a_database_patched_from_the_previous_one_is_byte_for_byte_a_cold_build(tmp_path):
    first, more_children, other_parent = _history_tables(3_000), _history_tables(3_500), _history_tables(3_000, "Kyoto")
    for name, tables in (("first", first), ("more", more_children), ("other", other_parent)):
        write_sqlite(tmp_path / f"{name}.sqlite", tables, (PARENT, CHILD))
    cold = {name: (tmp_path / f"{name}.sqlite").read_bytes() for name in ("first", "more", "other")}
    assert len(set(cold.values())) == 3
    previous_bytes = cold["first"]
    # children changed (500 rows more): parents copied, children written
    more = _patched(tmp_path, "more-patched.sqlite", more_children, tmp_path / "first.sqlite", {"parents"})
    assert more.read_bytes() == cold["more"]
    # a parent renamed: children copied (their full-text index too), parents written
    other = _patched(tmp_path, "other-patched.sqlite", other_parent, tmp_path / "first.sqlite", {"children"})
    assert other.read_bytes() == cold["other"]
    # a chain of patches ends where a cold build of the last tables does
    back = _patched(tmp_path, "back.sqlite", first, more, {"parents"})
    again = _patched(tmp_path, "again.sqlite", other_parent, back, {"children"})
    assert back.read_bytes() == cold["first"] and again.read_bytes() == cold["other"]
    # the previous database is only read
    assert (tmp_path / "first.sqlite").read_bytes() == previous_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["first.sqlite", "more.sqlite", "other.sqlite", "more-patched.sqlite", "other-patched.sqlite",
         "back.sqlite", "again.sqlite"])


def test_a_copied_full_text_index_answers_and_passes_its_integrity_check(tmp_path):
    write_sqlite(tmp_path / "first.sqlite", _history_tables(3_000), (PARENT, CHILD))
    patched = _patched(tmp_path, "patched.sqlite", _history_tables(3_000, "Kyoto"), tmp_path / "first.sqlite",
                       {"children"})
    with closing(sqlite3.connect(patched)) as connection:
        for fts in ("parents_fts", "children_fts"):
            connection.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
        assert connection.execute("SELECT count(*) FROM children_fts WHERE children_fts MATCH 'p1'").fetchone() == (1000,)
        assert connection.execute("SELECT name FROM parents_fts WHERE parents_fts MATCH 'दिल्ली'").fetchall() == [("दिल्ली",)]
        assert connection.execute("SELECT name FROM parents_fts WHERE parents_fts MATCH 'Kyoto'").fetchall() == [("Kyoto",)]


def test_a_previous_database_of_other_declarations_or_another_library_is_not_used(tmp_path):
    from pipeline.release.formats.sqlite import previous_database

    write_sqlite(tmp_path / "first.sqlite", _history_tables(100), (PARENT, CHILD))
    assert previous_database(tmp_path / "first.sqlite", frozenset({"parents"}), (PARENT, CHILD)) is not None
    assert previous_database(tmp_path / "first.sqlite", frozenset(), (PARENT, CHILD)) is None  # nothing to copy
    assert previous_database(tmp_path / "missing.sqlite", frozenset({"parents"}), (PARENT, CHILD)) is None
    renamed = dataclasses.replace(PARENT, fields=(PARENT.fields[0], Field("label", "string", "Label", "A label.", "नाम")))
    assert previous_database(tmp_path / "first.sqlite", frozenset({"parents"}), (renamed, CHILD)) is None
    data = bytearray((tmp_path / "first.sqlite").read_bytes())
    data[96:100] = (3_000_000).to_bytes(4, "big")  # written by SQLite 3.0.0
    (tmp_path / "old.sqlite").write_bytes(bytes(data))
    assert previous_database(tmp_path / "old.sqlite", frozenset({"parents"}), (PARENT, CHILD)) is None
    (tmp_path / "text.sqlite").write_text("not a database", encoding="utf-8")
    assert previous_database(tmp_path / "text.sqlite", frozenset({"parents"}), (PARENT, CHILD)) is None


NOTE = Table("notes", "Notes", "Notes.", "टिप्पणियाँ", "One note.",
             (Field("note_id", "string", "Id", "Id.", "पहचान", unique=True),
              Field("child_id", "string", "Child", "The child.", "बच्चा"),
              Field("text", "string", "Text", "A note.", "पाठ")),
             ("note_id",), (ForeignKey(("child_id",), "children", ("child_id",)),))


def _three(children: int, parent_name: str = "Tokyo", note: str = "नोट") -> dict[str, pd.DataFrame]:
    tables = _history_tables(children, parent_name)
    tables["notes"] = pd.DataFrame({"note_id": [f"n{i}" for i in range(50)], "child_id": [f"c{i:05d}" for i in range(50)],
                                    "text": [f"{note} {i}" for i in range(50)]})
    return tables


def test_two_tables_written_into_a_patched_database_give_a_cold_build(tmp_path):
    from pipeline.release.formats.sqlite import previous_database

    three = (PARENT, CHILD, NOTE)
    write_sqlite(tmp_path / "first.sqlite", _three(3_000), three)
    changed = _three(3_200, "Kyoto")  # parents and children written, notes kept
    write_sqlite(tmp_path / "cold.sqlite", changed, three)
    base = previous_database(tmp_path / "first.sqlite", frozenset({"notes"}), three)
    write_sqlite(tmp_path / "patched.sqlite", changed, three, base)
    assert (tmp_path / "patched.sqlite").read_bytes() == (tmp_path / "cold.sqlite").read_bytes()
    notes_only = _three(3_000, note="टिप्पणी")  # the last table written, the others kept
    write_sqlite(tmp_path / "cold-notes.sqlite", notes_only, three)
    write_sqlite(tmp_path / "patched-notes.sqlite", notes_only, three,
                 previous_database(tmp_path / "first.sqlite", frozenset({"parents", "children"}), three))
    assert (tmp_path / "patched-notes.sqlite").read_bytes() == (tmp_path / "cold-notes.sqlite").read_bytes()


def test_a_patched_database_checks_the_keys_into_a_table_it_wrote(tmp_path):
    from pipeline.release.formats.sqlite import previous_database

    write_sqlite(tmp_path / "first.sqlite", _history_tables(300), (PARENT, CHILD))
    lost = _history_tables(300)
    lost["parents"] = lost["parents"].iloc[:1]  # p1 is gone; the kept children still point at it
    base = previous_database(tmp_path / "first.sqlite", frozenset({"children"}), (PARENT, CHILD))
    with pytest.raises(ForeignKeyViolation, match="100 foreign key violation"):
        write_sqlite(tmp_path / "patched.sqlite", lost, (PARENT, CHILD), base)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.sqlite"]  # no scratch left behind
