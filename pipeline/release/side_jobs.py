"""What publishing hands to its helper process (`helper.Helper`), and the zip's deflating thread.

A cold release at 5,000 documents is about 30 CPU seconds of publishing; the parent's main
thread wrote nearly everything while the database was built on a thread beside it (SQLite lets
go of Python's lock while it steps, but its rows are converted in Python). Now the work is
split over two processes of about equal size: the helper builds the database (on a thread of
its own, `formats.sqlite.SqliteBuild`, started before the tables are compared), renders the
page's charts (started first: the renderer runs while the rest is written), and writes the
workbook and Parquet; the parent writes the CSV, spreadsheet CSV and JSON copies, deflates them
for the zip on a thread (`Deflating`) while it hashes the files, and runs the gate. Every
function here is the one an in-process run calls, so the bytes do not depend on where it ran.

Jobs are module-level functions `job(shared, *args)`: `shared["tables"]` are the tables the
helper inherited; a job may keep state for a later one in `shared`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from pipeline.release.archive import Deflated, deflate
from pipeline.release.datapackage import workbook_path
from pipeline.release.formats.page import PageCharts
from pipeline.release.formats.parquet import write_parquet
from pipeline.release.formats.sqlite import PreviousDatabase, SqliteBuild
from pipeline.release.formats.workbook import write_workbook
from pipeline.release.helper import Helper
from schemas.model import Table


def write_side_files(shared: dict[str, Any], folder: Path, about: dict[str, Any], declarations: tuple[Table, ...],
                     previous_workbook: Path | None, unchanged: frozenset[str], rendered: tuple[Table, ...]) -> None:
    """The files no other file of the release is made from: the workbook and the Parquet files
    of the tables in `rendered` (the others' are linked from the previous release)."""
    tables = shared["tables"]
    write_workbook(folder / workbook_path(about["version"]), about, tables, declarations, previous=previous_workbook,
                   unchanged=unchanged)
    write_parquet(folder, tables, rendered)


def start_charts(shared: dict[str, Any], previous_page: Path | None) -> None:
    """Start rendering the page's charts (`chart_svgs` collects them)."""
    shared["charts"] = PageCharts(shared["tables"], previous_page)


def chart_svgs(shared: dict[str, Any]) -> dict[str, str]:
    """The SVGs `start_charts` started."""
    return shared.pop("charts").svgs()


def _start_database(shared: dict[str, Any], folder: Path, declarations: tuple[Table, ...],
                    previous: PreviousDatabase | None) -> None:
    shared["database"] = SqliteBuild(folder, shared["tables"], declarations, previous)


def _take_database(shared: dict[str, Any], target: Path) -> str:
    return shared["database"].take(target)


def _deflated_database(shared: dict[str, Any]) -> Deflated:
    return shared["database"].deflated()


def _wait_database(shared: dict[str, Any]) -> None:
    if "database" in shared:
        shared["database"].wait()


class HelperDatabase:
    """`SqliteBuild`'s interface for a database built in the helper (there on a thread, from
    the moment this is made): `take`, `deflated`, `wait`."""

    def __init__(self, helper: Helper, folder: Path, declarations: tuple[Table, ...],
                 previous: PreviousDatabase | None = None):
        self._helper = helper
        self._started = helper.submit(_start_database, folder, declarations, previous)

    def take(self, target: Path) -> str:
        self._started.result()
        return self._helper.submit(_take_database, target).result()

    def deflated(self) -> Deflated:
        return self._helper.submit(_deflated_database).result()

    def wait(self) -> None:
        """Wait for the database (for a run that stops); raises nothing of its own."""
        try:
            self._helper.submit(_wait_database).result()
        except Exception:  # noqa: BLE001  (the run is stopping for another reason)
            pass


def database_build(helper: Helper, folder: Path, tables: dict, declarations: tuple[Table, ...],
                   previous: PreviousDatabase | None = None) -> SqliteBuild | HelperDatabase:
    """The database of a release, built in the helper when it is a process of its own, else on
    a thread of this one."""
    if helper.forked:
        return HelperDatabase(helper, folder, declarations, previous)
    return SqliteBuild(folder, tables, declarations, previous)


class Deflating:
    """The files `names` of `folder` deflated as the zip stores them (`archive.deflate`) into
    `scratch`, on a thread (zlib lets go of Python's lock) started at once; `result()` waits."""

    def __init__(self, folder: Path, scratch: Path, names: list[str]) -> None:
        self._done: dict[str, Deflated] = {}
        self._failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(folder, scratch, names), name="sammelan-deflate")
        self._thread.start()

    def _run(self, folder: Path, scratch: Path, names: list[str]) -> None:
        try:
            for number, name in enumerate(names):
                with (folder / name).open("rb") as source:
                    self._done[name] = deflate(source, scratch / f"file-{number}.deflate")
        except BaseException as error:  # re-raised by `result`
            self._failure.append(error)

    def result(self) -> dict[str, Deflated]:
        self._thread.join()
        if self._failure:
            raise self._failure[0]
        return self._done
