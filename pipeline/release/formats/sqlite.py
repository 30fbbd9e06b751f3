"""`sammelan-<version>.sqlite`: every table with typed columns, keys, indexes and FTS5.

Written with the standard library's `sqlite3`: the DDL comes from `schemas.sqlite_schema`,
the rows are inserted with `executemany` in one transaction, without a journal and without
syncing (a fresh file in a staging folder: a crash leaves nothing anyone reads, and the
release is flushed as a whole before it is published), and foreign keys are checked
(`PRAGMA foreign_key_check`). (sqlite-utils would add a dependency and infers types from
values: it stores an empty cell as '' and would type an ISO date column by its first value.)

**One form whatever the history.** The database is built into a scratch file and published
as `VACUUM INTO` writes it. VACUUM lays the file out from its content alone (the schema in
its order, each table's rows in rowid order, each index in key order), so every build whose
content is the same gives the same bytes, however the scratch file came about. The content
of a table is its rows with rowids 1..n in primary-key order, its indexes, and its full-text
index as "insert every row, then `optimize`" leaves it (the rows of the `<table>_fts_*`
shadow tables). A release after a change therefore starts from the previous release's
database (`PreviousDatabase`): the scratch file is a copy of it (the kernel copies the file:
no rows pass through SQLite), and only the tables whose frame digest that release did not
record are replaced in it: their rows deleted and written again (`DELETE` keeps the schema
and its order), and the shadow rows of their full-text index taken from a small database
that builds that one table as a cold build does. The schema cookie, which `VACUUM INTO`
writes as the scratch file's plus one, is set back to a cold build's first. `VACUUM INTO`
then gives the bytes a cold build gives (`tests/test_formats_sqlite.py` compares them over
several histories). 5,000 documents, one document changed: 1.3 -> 0.3 CPU s before the
`VACUUM INTO` (0.45 CPU s), which every build ends with. Foreign keys are checked where a
table or a table it points at was written. The previous database is taken only when the
release format and declarations are the same (`build.reusable_files`), its header names
this SQLite library, and its schema is the one these declarations give (else the whole
database is built cold).

`SqliteBuild` writes the database on a thread from the moment publishing knows the tables
(before it compares them with the previous release), hashes it, and then deflates it there
for the zip (`archive.deflate`; the pieces with the bytes of the previous database's at the same
place are copied from the previous zip, `archive.EarlierPieces`) while the page, the descriptor and the checksums are written.
`writing_sqlite` does the same for the length of a `with` block. SQLite
lets go of Python's lock while it steps, and most of a cold build's time (5,000 documents: 3.8
of 8 CPU seconds) is one statement per table filling the full-text index, so on a second free
core the database overlaps the workbook and Parquet. Rows are converted and inserted
`ROWS_PER_BATCH` at a time, so the database adds little to the release's memory (5,000
documents: +44 MB whole, +0 MB in batches).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.release.archive import Deflated, EarlierPieces, deflate
from pipeline.release.formats.values import table_rows
from schemas.model import Table
from schemas.sqlite_schema import (
    FTS_SHADOW_TABLES, create_table, fts_statements, fts_table_name, index_statements, insert_statement, quote,
)


ROWS_PER_BATCH = 5_000


class ForeignKeyViolation(Exception):
    """Rows whose foreign keys point at nothing; the message names the first few."""


@dataclass(frozen=True)
class PreviousDatabase:
    """The verified database of the previous release and the tables whose rows it holds
    as they are now (their frame digests are the ones that release recorded)."""

    path: Path
    tables: frozenset[str]
    #: That release's zip and the database's member in it (its deflated pieces are reused).
    archive: Path | None = None
    member: str = ""


def previous_database(path: Path, tables: frozenset[str], declarations: tuple[Table, ...]) -> PreviousDatabase | None:
    """`path` as a `PreviousDatabase` when there is something to copy from it, the library
    that wrote it is this one (its header, bytes 96-99) and its schema is the one these
    declarations give; else None (the database is built cold)."""
    if not tables:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return None
    major, minor, patch = sqlite3.sqlite_version_info
    if int.from_bytes(header[96:100], "big") != major * 1_000_000 + minor * 1_000 + patch:
        return None
    try:
        with closing(sqlite3.connect(_read_only(path), uri=True)) as connection:
            schema = _schema(connection)
    except sqlite3.Error:
        return None
    return PreviousDatabase(path, frozenset(tables)) if schema == _expected_schema(declarations) else None


def _read_only(path: Path) -> str:
    """A URI that opens a published file without locking, journalling or writing it."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def _schema(connection: sqlite3.Connection, database: str = "main") -> list[tuple]:
    # Sorted: VACUUM lists tables, then indexes, then virtual tables.
    return sorted(connection.execute(f"SELECT type, name, tbl_name, sql FROM {database}.sqlite_master").fetchall(),
                  key=repr)


def _empty_database(declarations: tuple[Table, ...]) -> sqlite3.Connection:
    """An in-memory database with the declared tables, indexes and full-text tables, no rows."""
    connection = sqlite3.connect(":memory:")
    for table in declarations:
        connection.execute(create_table(table))
    for table in declarations:
        for statement in index_statements(table) + fts_statements(table)[:1]:
            connection.execute(statement)
    return connection


def _expected_schema(declarations: tuple[Table, ...]) -> list[tuple]:
    with closing(_empty_database(declarations)) as connection:
        return _schema(connection)


def write_sqlite(path: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...],
                 previous: PreviousDatabase | None = None) -> None:
    """Write the database at `path` (replaced if it exists). `previous`: start from that
    database, keeping the tables it names (the bytes are the same either way)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    scratch = path.with_name(path.name + ".build")
    try:
        if previous is None:
            _build(scratch, tables, declarations)
        else:
            _patch(scratch, tables, declarations, previous)
        with closing(sqlite3.connect(scratch, isolation_level=None)) as connection:
            connection.execute("VACUUM INTO ?", (str(path),))
    finally:
        scratch.unlink(missing_ok=True)


def _open_scratch(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")  # no journal file beside the release
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def _build(path: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...]) -> None:
    path.unlink(missing_ok=True)
    with closing(_open_scratch(path)) as connection:
        connection.execute("BEGIN")
        for table in declarations:
            connection.execute(create_table(table))
        for table in declarations:
            _insert_rows(connection, table, tables[table.name])
            for statement in index_statements(table) + fts_statements(table):
                connection.execute(statement)
        _check_foreign_keys(connection, path)
        connection.execute("COMMIT")


def _patch(path: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...],
           previous: PreviousDatabase) -> None:
    """A copy of the previous database with every table it does not hold as it is now replaced."""
    path.unlink(missing_ok=True)
    shutil.copyfile(previous.path, path)
    fresh = path.with_name(path.name + ".tables")
    written = [table for table in declarations if table.name not in previous.tables]
    try:
        _fresh_tables(fresh, tables, written)
        with closing(_open_scratch(path)) as connection:
            connection.execute("ATTACH ? AS fresh", (str(fresh),))
            connection.execute("BEGIN")
            for table in written:
                _replace_table(connection, table)
            # The previous database held the other keys, pointing at tables as they are now.
            names = {t.name for t in written}
            _check_foreign_keys(connection, path, [
                t for t in declarations if t.name in names or any(fk.resource in names for fk in t.foreign_keys)])
            connection.execute("COMMIT")
            connection.execute("DETACH fresh")
            connection.execute(f"PRAGMA schema_version = {_cold_schema_version(declarations)}")
    finally:
        fresh.unlink(missing_ok=True)


def _fresh_tables(path: Path, tables: dict[str, pd.DataFrame], written: list[Table]) -> None:
    """The tables `written` with their rows and full-text indexes, as a cold build makes them
    (a full-text index is made from its own table alone, but after the table's indexes: the
    query that fills it may read an index, whose order shapes its segments)."""
    path.unlink(missing_ok=True)
    with closing(_open_scratch(path)) as connection:
        connection.execute("BEGIN")
        for table in written:
            connection.execute(create_table(table))
            _insert_rows(connection, table, tables[table.name])
            for statement in index_statements(table) + fts_statements(table):
                connection.execute(statement)
        connection.execute("COMMIT")


def _replace_table(connection: sqlite3.Connection, table: Table) -> None:
    """The rows of `table` (its indexes follow them) and the shadow rows of its full-text
    index, as the attached database `fresh` holds them."""
    columns = ", ".join(["rowid", *(quote(f.name) for f in table.fields)])
    name = quote(table.name)
    connection.execute(f"DELETE FROM main.{name}")
    connection.execute(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM fresh.{name} ORDER BY rowid")
    if fts_statements(table):
        for shadow in FTS_SHADOW_TABLES:
            shadow_name = quote(f"{fts_table_name(table)}_{shadow}")
            connection.execute(f"DELETE FROM main.{shadow_name}")
            connection.execute(f"INSERT INTO main.{shadow_name} SELECT * FROM fresh.{shadow_name}")


def _insert_rows(connection: sqlite3.Connection, table: Table, frame: pd.DataFrame) -> None:
    for start in range(0, len(frame), ROWS_PER_BATCH):  # a batch's Python rows in memory at a time
        rows = table_rows(frame.iloc[start:start + ROWS_PER_BATCH], table.fields, iso_dates=True)
        connection.executemany(insert_statement(table), rows)


def _check_foreign_keys(connection: sqlite3.Connection, path: Path, tables: Iterable[Table] | None = None) -> None:
    """The foreign keys of `tables` (None: of every table)."""
    if tables is None:
        violations = connection.execute("PRAGMA foreign_key_check").fetchall()
    else:
        violations = [row for table in tables
                      for row in connection.execute(f"PRAGMA foreign_key_check({quote(table.name)})").fetchall()]
    if violations:
        shown = "; ".join(f"{t} rowid {r} -> {p}" for t, r, p, _ in violations[:5])
        raise ForeignKeyViolation(f"{path.name}: {len(violations)} foreign key violation(s): {shown}")


@cache
def _cold_schema_version(declarations: tuple[Table, ...]) -> int:
    """The schema cookie a cold build's scratch file ends with (one per schema change)."""
    with closing(_empty_database(declarations)) as connection:
        return connection.execute("PRAGMA schema_version").fetchone()[0]


@contextmanager
def writing_sqlite(path: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...]) -> Iterator[None]:
    """`write_sqlite` on a thread for the duration of the `with` block; the block's end waits
    for it and raises what it raised (after the block's own exception, if the block failed)."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            write_sqlite(path, tables, declarations)
        except BaseException as error:  # re-raised in the caller's thread
            failure.append(error)

    worker = threading.Thread(target=run, name="sammelan-sqlite")
    worker.start()
    try:
        yield
    finally:
        worker.join()
    if failure:
        raise failure[0]


class SqliteBuild:
    """`write_sqlite` (copying from `previous`) into `folder/DATABASE`, its sha256 and its deflated copy
    (`archive.deflate`), on a thread started at once. `take(target)` waits for the database,
    raises what the thread raised, moves it to `target` and returns its sha256, while the
    thread goes on deflating it; `deflated()` waits for that; `wait()` only waits (for a run
    that stops: `folder` is then removed by the caller)."""

    DATABASE = "database.sqlite"

    def __init__(self, folder: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...],
                 previous: PreviousDatabase | None = None):
        self._folder = folder
        self._failure: list[BaseException] = []
        self._sha256: list[str] = []
        self._deflated: list[Deflated] = []
        self._ready = threading.Event()  # the database is complete (or failed)
        self._thread = threading.Thread(target=self._run, args=(tables, declarations, previous), name="sammelan-sqlite")
        self._thread.start()

    def _run(self, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...],
             previous: PreviousDatabase | None) -> None:
        try:
            path = self._folder / self.DATABASE
            write_sqlite(path, tables, declarations, previous)
            with path.open("rb") as handle:  # open before `take` may move it
                self._sha256.append(hashlib.file_digest(handle, "sha256").hexdigest())
                handle.seek(0)
                self._ready.set()
                earlier = (EarlierPieces(previous.archive, previous.member, previous.path)
                           if previous is not None and previous.archive is not None else None)
                try:
                    self._deflated.append(deflate(handle, self._folder / (self.DATABASE + ".deflate"), earlier))
                finally:
                    if earlier is not None:
                        earlier.close()
        except BaseException as error:  # re-raised in the caller's thread
            self._failure.append(error)
        finally:
            self._ready.set()

    def wait(self) -> None:
        self._thread.join()

    def take(self, target: Path) -> str:
        """The database at `target`; returns its sha256."""
        self._ready.wait()
        if not self._sha256:
            self.wait()
            raise self._failure[0]
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self._folder / self.DATABASE, target)
        return self._sha256[0]

    def deflated(self) -> Deflated:
        """The database deflated as the zip stores it (after `take`)."""
        self.wait()
        if self._failure:
            raise self._failure[0]
        return self._deflated[0]
