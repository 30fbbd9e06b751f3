"""Write one release's files into a folder and check it with frictionless.

`write_release` lays out `data/`, `excel/`, `changes.json`, `CHANGES.md`, the workbook,
the SQLite database with its Datasette `metadata.json`, `parquet/`, `index.html`
(`pipeline.release.formats`), `datapackage.json`, `README.md`, `data_dictionary.csv`,
`fingerprint.json`, `SHA256SUMS` and the zip of all of it; `validate_package` is the publish
gate (its row checks: `pipeline.release.gate`). Where the folder goes afterwards (staging,
versions, latest) is `pipeline.release.publish`'s job.

The zip holds the folder as it is before the zip is added, so its `SHA256SUMS` lists every
other file; the folder's `SHA256SUMS` then gets one more line, for the zip.
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.release.archive import write_zip, zip_name
from pipeline.release.changelog import entry
from pipeline.release.checkpoint import checkpoint
from pipeline.release.datapackage import (
    DATASETTE_METADATA, PACKAGE_NAME, PAGE, SOURCE_COLUMNS, csv_path, descriptor, excel_path, json_copy_descriptor,
    json_path, parquet_path, resource_descriptor, sqlite_path, with_file_stats,
)
from pipeline.release.files import (
    UTF8_BOM, FileDigests, csv_text, fsync_file, json_document, link_or_copy, sha256_file, spreadsheet_csv_text,
    write_text,
)
from pipeline.release.fingerprint import FILE_NAME as FINGERPRINT_FILE
from pipeline.release.formats.datasette import datasette_metadata
from pipeline.release.formats.page import release_page
from pipeline.release.formats.sqlite import SqliteBuild, writing_sqlite
from pipeline.release.formats.workbook import workbook_in
from pipeline.release.gate import content_problems, declared_hashes
from pipeline.release.json_copies import json_copy_problems, json_twins
from pipeline.release.helper import Helper
from pipeline.release.json_rows import write_json
from pipeline.release.readme import release_readme
from pipeline.release.side_jobs import Deflating, HelperDatabase, chart_svgs, start_charts, write_side_files
from schemas.dictionary import DICTIONARY_COLUMNS, dictionary_rows
from schemas.model import Table
from schemas.tables import TABLES

SUMS = "SHA256SUMS"


class PackageInvalid(Exception):
    """frictionless found errors; the message lists them."""


def dictionary_csv(declarations: tuple[Table, ...] = TABLES) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DICTIONARY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(dictionary_rows(declarations))
    return buffer.getvalue()


def documents_of(tables: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    """The accepted source files, as `datapackage.descriptor` lists them in `sources`
    (empty cells as None)."""
    documents = tables["documents"][list(SOURCE_COLUMNS)]
    return documents.astype(object).where(documents.notna(), None).to_dict(orient="records")


def write_release(
    folder: Path,
    tables: dict[str, pd.DataFrame],
    *,
    version: str,
    created: str,
    changes: dict[str, Any],
    declarations: tuple[Table, ...] = TABLES,
    csv_texts: Mapping[str, str] | None = None,
    fingerprint: dict[str, Any] | None = None,
    reuse: Path | None = None,
    unchanged: frozenset[str] = frozenset(),
    reusable: bool = False,
    database: SqliteBuild | HelperDatabase | None = None,
    digests: FileDigests | None = None,
    helper: Helper | None = None,
    scratch: Path | None = None,
    content_check: "ContentCheck | None" = None,
) -> dict[str, Any]:
    """Write every file of the release into `folder`; returns the package descriptor.
    `changes`: the release's `changes.json` (see `pipeline.release.diff`); `csv_texts`: the
    tables already rendered as CSV, when the caller has them (publish did, for the diff);
    `fingerprint`: what the release was built from (`pipeline.release.fingerprint`), written
    as `fingerprint.json`. `unchanged`: tables whose CSV has the bytes of the release folder
    `reuse`, which was rendered by the same code from the same declarations: their CSV, JSON,
    spreadsheet CSV and Parquet files and their workbook sheets are that release's
    (`reusable_files`), not rendered again, and their checksums those its `SHA256SUMS` lists.
    `reusable`: `reuse` was written by this code (`reusable_files`), so the zip copies the
    compressed bytes of every file that has the bytes of `reuse`'s file. `database`: the
    database already being built (else it is written here, beside the workbook). `digests`:
    where the checksums of the files are kept (the gate can take them from there).
    `helper`: where the page's charts, the workbook and Parquet are made (`helper.Helper`
    holding these `tables`, see `side_jobs`; else in this process, the charts' renderer still
    started first). `scratch`: a folder outside `folder` where the tables' files are deflated
    for the zip on a thread while the rest is written (else the zip deflates them).
    `content_check`: started on the tables' files as soon as they are written (the gate's row
    and table rules run while the rest is made; `validate_package` takes its answer)."""
    digest = digests if digests is not None else FileDigests()  # the page, the descriptor and SHA256SUMS list every file
    before = listed_digests(reuse) if reuse is not None else {}  # verified this run
    helper = helper if helper is not None else Helper({"tables": tables}, fork=False)
    row_counts = {t.name: len(tables[t.name]) for t in declarations}
    about = descriptor(version=version, created=created, documents=documents_of(tables), row_counts=row_counts,
                       declarations=declarations)  # without file sizes and hashes: the files are not all there yet
    rendered = tuple(t for t in declarations if reuse is None or t.name not in unchanged)
    # The charts, the workbook and Parquet need nothing written here: made meanwhile.
    helper.submit(start_charts, reuse / PAGE if reuse is not None else None)
    side_files = helper.submit(write_side_files, folder, about, declarations, workbook_in(reuse), unchanged, rendered)
    charts = helper.submit(chart_svgs)
    for table in declarations:
        if table not in rendered:
            for path in table_files(table):
                link_or_copy(reuse / path, folder / path)
                if path in before and os.path.samefile(reuse / path, folder / path):
                    digest.know(folder / path, before[path])
            continue
        df = tables[table.name]
        text = csv_texts[table.name] if csv_texts else csv_text(df)
        write_text(folder / csv_path(table), text)
        write_json(folder / json_path(table), df)
        write_text(folder / excel_path(table), spreadsheet_csv_text(df, text))
        del text
        if hasattr(csv_texts, "forget"):  # written: the text need not stay in memory
            csv_texts.forget(table.name)
    if content_check is not None:
        content_check.start(folder, declarations, reuse, digest)
    predeflated = Deflating(folder, scratch, [path for table in rendered for path in
                                              (csv_path(table), json_path(table), excel_path(table))]) if scratch else None
    checkpoint("data_written")
    write_text(folder / "changes.json", json_document(changes, compact=True))
    write_text(folder / "CHANGES.md", entry(changes, created))
    checkpoint("changes_written")
    deflated = {}
    with writing_sqlite(folder / sqlite_path(version), tables, declarations) if database is None else nullcontext():
        write_text(folder / DATASETTE_METADATA, json_document(datasette_metadata(about, declarations)))
        side_files.result()
    if database is not None:
        _while_building(folder, digest)
        digest.know(folder / sqlite_path(version), database.take(folder / sqlite_path(version)))
    write_text(folder / PAGE, release_page(folder, about, tables, {r["path"]: r["title"] for r in about["resources"]}, digest,
                                           svgs=charts.result()))
    package = descriptor(
        version=version, created=created, documents=documents_of(tables), row_counts=row_counts,
        declarations=declarations, root=folder, digest=digest,
    )
    write_text(folder / "datapackage.json", json_document(package))
    write_text(folder / "README.md", release_readme(package, row_counts, declarations))
    dictionary = dictionary_csv(declarations)
    write_text(folder / "data_dictionary.csv", dictionary)
    write_text(folder / "excel" / "data_dictionary.csv", UTF8_BOM + dictionary)
    if fingerprint is not None:
        write_text(folder / FINGERPRINT_FILE, json_document(fingerprint))
    write_sha256sums(folder, digest)
    checkpoint("package_written")
    archive = folder / zip_name(PACKAGE_NAME, version)
    same = [path for path, known in before.items() if (folder / path).is_file() and digest(folder / path) == known]
    if database is not None:  # deflated on its thread meanwhile
        deflated[sqlite_path(version)] = database.deflated()
    if predeflated is not None:
        deflated.update(predeflated.result())
    write_zip(folder, archive, root=archive.stem, created=created,
              previous=reuse / zip_name(PACKAGE_NAME, reuse.name) if reusable and reuse is not None else None,
              same=same, deflated=deflated)
    with (folder / SUMS).open("a", encoding="utf-8", newline="\n") as sums:
        sums.write(f"{digest(archive)}  {archive.name}\n")
    checkpoint("zip_written")
    return package


def _while_building(folder: Path, digest: FileDigests) -> None:
    """What needs no database, done while its thread runs: the checksums of the files written
    so far (the page and `SHA256SUMS` list them), flushing them to disk (publishing flushes the
    whole release before its rename; then these cost nothing) and the gate's import of
    frictionless."""
    for path in _files(folder):
        digest(path)
        fsync_file(path)
    import frictionless  # noqa: F401  (about 0.3 s; `validate_package` uses it)


def table_files(table: Table) -> tuple[str, ...]:
    """The files of a release rendered from one table alone."""
    return csv_path(table), json_path(table), excel_path(table), parquet_path(table)


def reusable_files(previous: Path | None, fingerprint_inputs: dict[str, Any]) -> bool:
    """Whether files of the release folder `previous` may stand in for files rendered now:
    it recorded the same release format and table declarations (`fingerprint.json`), so the
    same table renders to the same bytes. The folder must have been verified this run."""
    if previous is None:
        return False
    try:
        recorded = json.loads((previous / FINGERPRINT_FILE).read_text(encoding="utf-8"))["inputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return all(recorded.get(key) == value for key, value in fingerprint_inputs.items())


def listed_digests(folder: Path) -> dict[str, str]:
    """Path -> sha256 as the release folder's `SHA256SUMS` lists them."""
    lines = (folder / SUMS).read_text(encoding="utf-8").splitlines()
    return {path: digest for digest, path in (line.split("  ", 1) for line in lines)}


def write_sha256sums(folder: Path, digest: Callable[[Path], str] = sha256_file) -> None:
    """`sha256sum -c SHA256SUMS` format, every file but itself, sorted by path."""
    lines = [f"{digest(p)}  {p.relative_to(folder).as_posix()}" for p in _files(folder) if p.name != SUMS]
    write_text(folder / SUMS, "\n".join(lines) + "\n")


def _files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix())


def verify_files(folder: Path, previous: Path | None = None, digest: Callable[[Path], str] = sha256_file,
                 twins: bool = True) -> list[str]:
    """Problems with the files themselves: SHA256SUMS lists every file and matches it, every
    resource's declared bytes and hash match, and every JSON copy holds its CSV's rows (not
    compared again when both have the bytes the validated release `previous` declares).
    Each file is hashed once (`digest`: `files.FileDigests` of the run that wrote the files
    hashes a file again only when its stat changed since); a file that is the very file (a
    hard link) of the validated release `previous` has the checksum that release's `SHA256SUMS` lists.
    `twins`: compare the JSON copies here, row by row (the gate, `validate_package`, compares
    them in `gate.content_problems` instead, on the tables it reads anyway)."""
    problems = []
    before = listed_digests(previous) if previous is not None and (previous / SUMS).is_file() else {}

    def digest_of(path: Path, name: str) -> str:
        if name in before and os.path.samefile(path, previous / name):
            return before[name]
        return digest(path)

    digests = {(name := p.relative_to(folder).as_posix()): digest_of(p, name) for p in _files(folder) if p.name != SUMS}
    listed = set()
    for line in (folder / SUMS).read_text(encoding="utf-8").splitlines():
        digest, path = line.split("  ", 1)
        listed.add(path)
        if digests.get(path) != digest:
            problems.append(f"{path}: does not match SHA256SUMS")
    problems += [f"{name}: not listed in SHA256SUMS" for name in digests if name not in listed]
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        path = folder / resource["path"]
        if not path.is_file():
            problems.append(f"{resource['path']}: missing")
            continue
        if "bytes" in resource and path.stat().st_size != resource["bytes"]:
            problems.append(f"{resource['path']}: size differs from datapackage.json")
        if digests.get(resource["path"]) != resource["hash"].removeprefix("sha256:"):
            problems.append(f"{resource['path']}: hash differs from datapackage.json")
    if twins:
        for csv_file, json_file in json_twins(package, declared_hashes(previous)).items():
            problems += json_copy_problems(folder, csv_file, json_file)
    return problems


def file_resource_problems(folder: Path, package: dict[str, Any], previous: Path | None = None,
                           sizes_checked: bool = False) -> list[str]:
    """Frictionless on every resource that is not a table (the JSON copies, the workbook, the
    database, Parquet, the page, ...), as it validates a file: its descriptor, that it opens,
    and its declared bytes and hash. A file with the path and hash the validated release
    `previous` declares passed already. `sizes_checked`: `verify_files` compared every
    resource's bytes and sha256 with the descriptor, so frictionless need not read the files
    again to compare them once more."""
    from frictionless import Resource

    problems = []
    before = declared_hashes(previous)
    for resource in package["resources"]:
        if resource.get("type") == "table" or before.get(resource["path"], "") == resource.get("hash"):
            continue
        checked = {k: v for k, v in resource.items() if not (sizes_checked and k in ("bytes", "hash"))}
        report = Resource.from_descriptor(checked, basepath=str(folder)).validate()
        problems += [f"{resource['path']}: {kind}: {message}" for kind, message in report.flatten(["type", "message"])]
    return problems


class ContentCheck:
    """`gate.content_problems` started on a thread as soon as the tables' files (CSV and JSON
    copies) are written, with the descriptor's entries for those files (sizes and hashes as
    the final `datapackage.json` states them), while the rest of the release is made.
    `problems(package)` gives its answer when the final descriptor `package` declares those
    files exactly as the check saw them, else runs the check again on `package`."""

    def __init__(self) -> None:
        self._view: list[dict[str, Any]] | None = None
        self._answer: list[str] = []
        self._failure: list[BaseException] = []
        self._thread: threading.Thread | None = None
        self._previous: Path | None = None

    def start(self, folder: Path, declarations: tuple[Table, ...], previous: Path | None,
              digest: Callable[[Path], str]) -> None:
        package = {"resources": [with_file_stats(r, folder, digest) for t in declarations
                                 for r in (resource_descriptor(t), json_copy_descriptor(t))]}
        self._view, self._previous = _content_view(package), previous

        def run() -> None:
            try:
                self._answer = content_problems(folder, package, previous, json_sha256=lambda path: digest(folder / path))
            except BaseException as error:  # raised by `problems`
                self._failure.append(error)

        self._thread = threading.Thread(target=run, name="sammelan-gate")
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def problems(self, folder: Path, package: dict[str, Any], previous: Path | None,
                 digest: Callable[[Path], str]) -> list[str]:
        self.wait()
        if self._thread is None or self._view != _content_view(package) or self._previous != previous:
            return content_problems(folder, package, previous, json_sha256=lambda path: digest(folder / path))
        if self._failure:
            raise self._failure[0]
        return self._answer


def _content_view(package: dict[str, Any]) -> list[dict[str, Any]]:
    """The resources `gate.content_problems` reads: the CSV tables and the JSON copies beside them."""
    tables = {r["path"] for r in package["resources"] if r.get("type") == "table" and r.get("format") == "csv"}
    return [r for r in package["resources"]
            if r["path"] in tables or (r.get("format") == "json" and r["path"].removesuffix(".json") + ".csv" in tables)]


def validate_package(folder: Path, previous: Path | None = None, digest: Callable[[Path], str] = sha256_file,
                     content_check: ContentCheck | None = None) -> None:
    """The publish gate: every file against SHA256SUMS and the descriptor, the descriptor
    against the Data Package profile (frictionless), then every table's rows and keys
    (`pipeline.release.gate`; rows the validated release `previous` already held under the
    same schema are not validated twice, tables whose whole file it held not at all) and
    frictionless on every other resource (declared files: JSON copies, workbook, database,
    Parquet, page; not again for a file `previous` declared with the same path and hash).
    `digest`: how a file's sha256 is found (`verify_files`). Raises `PackageInvalid` naming every error."""
    from frictionless import Package  # heavy import, only when publishing

    problems = verify_files(folder, previous, digest, twins=False)
    descriptor_report = Package.validate_descriptor(str(folder / "datapackage.json"))
    problems += [f"{kind}: {message}" for kind, message in descriptor_report.flatten(["type", "message"])]
    if descriptor_report.valid:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        if content_check is not None:  # started while the files were written
            problems += content_check.problems(folder, package, previous, digest)
        else:
            problems += content_problems(folder, package, previous, json_sha256=lambda path: digest(folder / path))
        problems += file_resource_problems(folder, package, previous, sizes_checked=True)
    if problems:
        listed = "\n".join(f"- {p}" for p in problems[:50])
        raise PackageInvalid(f"{len(problems)} error(s) in the package at {folder}:\n{listed}")
