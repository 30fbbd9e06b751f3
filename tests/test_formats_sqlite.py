"""The database written on a thread (`formats.sqlite.writing_sqlite`) is the database
`write_sqlite` writes, and its failures reach the caller."""

from __future__ import annotations

import threading

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
