"""`sammelan-<version>.sqlite`: every table with typed columns, keys, indexes and FTS5.

Written with the standard library's `sqlite3`: the DDL comes from `schemas.sqlite_schema`,
the rows are inserted with `executemany` in one transaction, without a journal and without
syncing (a fresh file in a staging folder: a crash leaves nothing anyone reads, and the
release is flushed as a whole before it is published), and foreign keys are checked
(`PRAGMA foreign_key_check`). No `VACUUM`: a file written in one transaction has almost no
free pages (measured, 1,500 documents: 0.4 of 60.5 MB) and rewriting it cost 0.3 CPU seconds
and another pass over the disk. The same statements in the same order give the same file
bytes for a given SQLite library, so a rebuilt release reproduces it. (sqlite-utils would add a dependency and infers types from values: it stores
an empty cell as '' and would type an ISO date column by its first value.)

`SqliteBuild` writes the database on a thread from the moment publishing knows the tables
(before it compares them with the previous release), hashes it, and then deflates it there
for the zip (`archive.deflate`) while the page, the descriptor and the checksums are written:
a release after one changed document has little else to do meanwhile (1,500 documents: 1.8
CPU s for the database, 0.4 s to deflate it). `writing_sqlite` does the
same for the length of a `with` block. SQLite
lets go of Python's lock while it steps, and most of its time (5,000 documents: 3.8 of 8 CPU
seconds) is one statement per table filling the full-text index, so on a second free core the
database overlaps the workbook and Parquet. Rows are converted and inserted `ROWS_PER_BATCH`
at a time, so the database adds little to the release's memory (5,000 documents: +44 MB whole,
+0 MB in batches). A copy of the previous release's database with the changed rows applied
would hold the same rows but not the same bytes as a fresh build (pages are laid out in the
order rows arrive), which reproducible releases do not allow; so it is always built whole.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from pipeline.release.archive import Deflated, deflate
from pipeline.release.formats.values import table_rows
from schemas.model import Table
from schemas.sqlite_schema import create_table, fts_statements, index_statements, insert_statement


ROWS_PER_BATCH = 5_000


class ForeignKeyViolation(Exception):
    """Rows whose foreign keys point at nothing; the message names the first few."""


def write_sqlite(path: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...]) -> None:
    """Write the database at `path` (replaced if it exists)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # no journal file beside the release
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("BEGIN")
        for table in declarations:
            connection.execute(create_table(table))
        for table in declarations:
            frame = tables[table.name]
            for start in range(0, len(frame), ROWS_PER_BATCH):  # a batch's Python rows in memory at a time
                rows = table_rows(frame.iloc[start:start + ROWS_PER_BATCH], table.fields, iso_dates=True)
                connection.executemany(insert_statement(table), rows)
            for statement in index_statements(table) + fts_statements(table):
                connection.execute(statement)
        violations = connection.execute("PRAGMA foreign_key_check").fetchall()
        if violations:
            shown = "; ".join(f"{t} rowid {r} -> {p}" for t, r, p, _ in violations[:5])
            raise ForeignKeyViolation(f"{path.name}: {len(violations)} foreign key violation(s): {shown}")
        connection.execute("COMMIT")
    finally:
        connection.close()


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
    """`write_sqlite` into `folder/DATABASE`, its sha256 and its deflated copy
    (`archive.deflate`), on a thread started at once. `take(target)` waits for the database,
    raises what the thread raised, moves it to `target` and returns its sha256, while the
    thread goes on deflating it; `deflated()` waits for that; `wait()` only waits (for a run
    that stops: `folder` is then removed by the caller)."""

    DATABASE = "database.sqlite"

    def __init__(self, folder: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...]):
        self._folder = folder
        self._failure: list[BaseException] = []
        self._sha256: list[str] = []
        self._deflated: list[Deflated] = []
        self._ready = threading.Event()  # the database is complete (or failed)
        self._thread = threading.Thread(target=self._run, args=(tables, declarations), name="sammelan-sqlite")
        self._thread.start()

    def _run(self, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...]) -> None:
        try:
            path = self._folder / self.DATABASE
            write_sqlite(path, tables, declarations)
            with path.open("rb") as handle:  # open before `take` may move it
                self._sha256.append(hashlib.file_digest(handle, "sha256").hexdigest())
                handle.seek(0)
                self._ready.set()
                self._deflated.append(deflate(handle, self._folder / (self.DATABASE + ".deflate")))
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
