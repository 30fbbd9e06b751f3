"""The publish gate's row checks, done once each and without redoing what is provably valid.

A release folder is checked completely before it is published, in four parts:

- **row rules** (header, types, required, enum, pattern, range): frictionless' own cell
  reader, once per distinct value of each column (`validate_rows`); frictionless on the rows
  of a table whose header or row shape is off. A row that the previous release held byte for byte under the same
  table schema was validated when that release was published, so only the other rows are
  validated again. A table whose whole file is the
  previous release's (same declared hash and schema) is not validated row by row at all.
- **table rules** (primary keys, unique fields, foreign keys): once per table, on the whole
  CSV, with sets of key tuples (the keys of a table identical to the previous release's are
  unique already) (frictionless would reload every referenced table per resource, and its
  row checks above see only some rows). A foreign key of a table identical to the previous
  release's held there; it is checked again only when the table it points at changed and lost
  a key it had, so an unchanged table is usually not read at all.
- JSON copies are declared as files and compared with their CSV by
  `pipeline.release.json_copies`.
- files, the descriptor itself and the resources declared as files:
  `pipeline.release.build.validate_package`.

The previous release is used only when its CSV still matches the hash its `datapackage.json`
declares: a tampered file is never taken as proof.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Rows checked in one job (a malformed table's rows go to frictionless in pieces this big).
CHUNK_ROWS = 8_000
MAX_LISTED = 50

Record = tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    name: str
    header: list[str]
    records: list[Record]
    resource: dict[str, Any]


def parse_csv_records(data: bytes) -> tuple[list[str], list[Record]]:
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, [])
    return header, [tuple(row) for row in reader]


def table_resources(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in package["resources"] if r.get("type") == "table" and r.get("format") == "csv"}


def row_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The part of a table schema that one row can break on its own: without primary key,
    foreign keys and `unique` (checked on the whole table by `table_problems`); primary key
    fields stay required, as frictionless implies."""
    local = copy.deepcopy(schema)
    key = set(local.pop("primaryKey", []))
    local.pop("foreignKeys", None)
    for field in local["fields"]:
        constraints = field.get("constraints", {})
        constraints.pop("unique", None)
        if field["name"] in key:
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        else:
            field.pop("constraints", None)
    return local


# --- which rows need validating --------------------------------------------------------


def previous_resources(previous: Path | None) -> dict[str, dict[str, Any]]:
    """The CSV table resources the previous (validated, verified) release declares."""
    if previous is None or not (previous / "datapackage.json").is_file():
        return {}
    return table_resources(json.loads((previous / "datapackage.json").read_text(encoding="utf-8")))


def previous_records(previous: Path | None, name: str, schema: dict[str, Any],
                     resources: dict[str, dict[str, Any]] | None = None) -> set[Record]:
    """Rows of table `name` that the previous release validated under this very schema
    (empty when there is none, the schema differs, or its file no longer matches its hash).
    `resources`: that release's `previous_resources`, when the caller has read them already."""
    if previous is None:
        return set()
    resource = (previous_resources(previous) if resources is None else resources).get(name)
    if resource is None or resource.get("schema") != schema:
        return set()
    path = previous / resource["path"]
    if not path.is_file():
        return set()
    data = path.read_bytes()
    if f"sha256:{hashlib.sha256(data).hexdigest()}" != resource.get("hash"):
        return set()
    _, records = parse_csv_records(data)
    return set(records)


@dataclass(frozen=True)
class RowJob:
    """Rows of one table to validate: their 1-based row numbers in the CSV (header = 1)."""

    name: str
    schema: dict[str, Any]
    header: list[str]
    rows: list[tuple[int, Record]]


def row_jobs(tables: Iterable[CsvTable], previous: Path | None,
             resources: dict[str, dict[str, Any]] | None = None) -> list[RowJob]:
    jobs = []
    for table in tables:
        schema = table.resource["schema"]
        known = previous_records(previous, table.name, schema, resources)
        todo = [(number, record) for number, record in enumerate(table.records, start=2) if record not in known]
        local = row_schema(schema)
        # Always at least one job per table, so the header is checked even with no new row.
        for start in range(0, max(1, len(todo)), CHUNK_ROWS):
            jobs.append(RowJob(table.name, local, table.header, todo[start : start + CHUNK_ROWS]))
    return jobs


def validate_rows(job: RowJob) -> list[str]:
    """The row rules on these rows: column by column, each distinct cell value read once by
    frictionless' own cell reader (type, required, pattern, enum, range: its very rules and
    messages). Rows frictionless would judge as a whole (a header that is not the declared
    one, a row of the wrong width, a blank row) go to frictionless itself."""
    names = [field["name"] for field in job.schema["fields"]]
    if job.header != names or any(len(record) != len(names) or not any(record) for _, record in job.rows):
        return frictionless_rows(job)
    found: list[tuple[int, int, str]] = []
    for position, (name, read_cell) in enumerate(cell_readers(job.schema)):
        column = [record[position] for _, record in job.rows]
        notes_of = {value: notes for value in set(column) if (notes := read_cell(value)[1])}
        if not notes_of:
            continue
        for index, value in enumerate(column):
            notes = notes_of.get(value)
            if notes:
                found += [(index, position, _cell_problem(job, index, position, name, value, kind, note))
                          for kind, note in _cell_errors(notes)]
    return [problem for _, _, problem in sorted(found, key=lambda item: item[:2])]


def cell_readers(schema: dict[str, Any]) -> list[tuple[str, Any]]:
    """frictionless' cell reader of each field (missing values, type, constraints)."""
    from frictionless import Schema

    return [(field.name, field.create_cell_reader()) for field in Schema.from_descriptor(schema).fields]


def _cell_errors(notes: dict[str, str]) -> list[tuple[str, str]]:
    """As frictionless reports a cell: a type error, else one constraint error per note."""
    if "type" in notes:
        return [("type-error", notes["type"])]
    return [("constraint-error", note) for note in notes.values()]


def _cell_problem(job: RowJob, index: int, position: int, name: str, value: str, kind: str, note: str) -> str:
    row = job.rows[index][0]
    if kind == "type-error":
        message = (f'Type error in the cell "{value}" in row "{row}" and field "{name}" '
                   f'at position "{position + 1}": {note}')
    else:
        message = (f'The cell "{value}" in row at position "{row}" and field "{name}" '
                   f'at position "{position + 1}" does not conform to a constraint: {note}')
    return f"{job.name} row {row}: {kind}: {message}"


def frictionless_rows(job: RowJob) -> list[str]:
    """Frictionless on these rows, written as a CSV like the release's (same header)."""
    from frictionless import Dialect, Resource, Schema, formats

    with tempfile.TemporaryDirectory(prefix="sammelan-gate-") as folder:
        path = Path(folder) / "rows.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(job.header)
            writer.writerows(record for _, record in job.rows)
        resource = Resource(
            path="rows.csv", basepath=folder, format="csv", encoding="utf-8",
            schema=Schema.from_descriptor(job.schema),
            dialect=Dialect(controls=[formats.CsvControl(delimiter=",")]),
        )
        report = resource.validate()
    problems = []
    for row_number, kind, message in report.flatten(["rowNumber", "type", "message"]):
        where = f"row {job.rows[row_number - 2][0]}" if row_number and row_number >= 2 else "header"
        problems.append(f"{job.name} {where}: {kind}: {message}")
    return problems


# --- table rules ------------------------------------------------------------------------


def _duplicates(name: str, what: str, values: Iterable[tuple[int, Record]]) -> list[str]:
    seen: dict[Record, int] = {}
    problems = []
    for number, value in values:
        if value in seen:
            problems.append(f"{name} row {number}: {what} {value!r} already in row {seen[value]}")
        else:
            seen[value] = number
    return problems


def unique_problems(table: CsvTable) -> list[str]:
    """The primary key and every unique field hold no value twice (empty cells aside)."""
    schema = table.resource["schema"]
    index = {name: i for i, name in enumerate(table.header)}
    problems = []
    key = schema.get("primaryKey", [])
    if key and all(f in index for f in key):
        columns = [index[f] for f in key]
        problems += _duplicates(table.name, "primary key",
                                ((n, tuple(r[i] for i in columns)) for n, r in enumerate(table.records, 2)))
    for field in schema["fields"]:
        if field.get("constraints", {}).get("unique") and field["name"] in index:
            i = index[field["name"]]
            problems += _duplicates(table.name, f"unique {field['name']}",
                                    ((n, (r[i],)) for n, r in enumerate(table.records, 2) if r[i] != ""))
    return problems


def _column_tuples(table: CsvTable, fields: Sequence[str]) -> list[tuple[int, Record]] | None:
    index = {name: i for i, name in enumerate(table.header)}
    if not all(f in index for f in fields):
        return None
    columns = [index[f] for f in fields]
    return [(n, tuple(r[i] for i in columns)) for n, r in enumerate(table.records, 2)]


Link = tuple[str, tuple[str, ...], str, tuple[str, ...]]  # table, fields -> referenced table, fields


class ForeignKeys:
    """Foreign keys checked once, with sets: while the tables stream by, the referenced key
    values and each table's referencing values are kept (a few columns, not whole rows)."""

    def __init__(self, resources: dict[str, dict[str, Any]]):
        self.links: list[Link] = [
            (name, tuple(fk["fields"]), fk["reference"]["resource"] or name, tuple(fk["reference"]["fields"]))
            for name, resource in resources.items() for fk in resource["schema"].get("foreignKeys", [])]
        self.keys: dict[tuple[str, tuple[str, ...]], set[Record]] = {}
        self.values: dict[tuple[str, tuple[str, ...]], list[tuple[int, Record]]] = {}
        self.problems: list[str] = []

    def see(self, table: CsvTable) -> None:
        for name, fields, target, ref_fields in self.links:
            if target == table.name:
                self.keys[(target, ref_fields)] = key_set(table, ref_fields)
            if name == table.name:
                tuples = _column_tuples(table, fields)
                if tuples is None:
                    self.problems.append(f"{name}: foreign key fields {list(fields)} not in the header")
                else:
                    self.values[(name, fields)] = [(n, v) for n, v in tuples if all(v)]

    def proven(self, same: set[str], old_keys: Callable[[str, tuple[str, ...]], set[Record] | None]) -> set[Link]:
        """Links that need no check: the referencing table is the previous release's (same
        file, same schema, so its foreign keys held there) and the referenced table is too, or
        still holds every key it held then (`old_keys`: that release's keys, None if unknown).
        Call after `see` has seen every table not in `same`."""
        proven = set()
        for link in self.links:
            name, _, target, ref_fields = link
            if name not in same:
                continue
            if target in same:
                proven.add(link)
            elif (target, ref_fields) in self.keys:
                old = old_keys(target, ref_fields)
                if old is not None and old <= self.keys[(target, ref_fields)]:
                    proven.add(link)
        return proven

    def tables(self, skip: set[Link] = frozenset()) -> set[str]:
        """The tables the links not in `skip` read."""
        return {table for link in self.links if link not in skip for table in (link[0], link[2])}

    def check(self, skip: set[Link] = frozenset()) -> list[str]:
        problems = list(self.problems)
        for link in self.links:
            if link in skip:
                continue
            name, fields, target, ref_fields = link
            known = self.keys.get((target, ref_fields))
            if known is None:
                problems.append(f"{name}: foreign key to unknown resource {target!r}")
                continue
            problems += [f"{name} row {n}: foreign key {list(fields)} = {v!r} not found in {target}"
                         for n, v in self.values.get((name, fields), []) if v not in known]
        return problems


def key_set(table: CsvTable, fields: Sequence[str]) -> set[Record]:
    tuples = _column_tuples(table, fields)
    return {v for _, v in tuples} if tuples is not None else set()


# --- all of it --------------------------------------------------------------------------


def _read(folder: Path, name: str, resource: dict[str, Any]) -> CsvTable:
    header, records = parse_csv_records((folder / resource["path"]).read_bytes())
    return CsvTable(name, header, records, resource)


def previous_table(previous: Path | None, name: str, before: dict[str, dict[str, Any]]) -> CsvTable | None:
    """Table `name` of the previous release, if its file still has the hash it declares."""
    resource = before.get(name)
    if previous is None or resource is None or not (previous / resource["path"]).is_file():
        return None
    data = (previous / resource["path"]).read_bytes()
    if f"sha256:{hashlib.sha256(data).hexdigest()}" != resource.get("hash"):
        return None
    header, records = parse_csv_records(data)
    return CsvTable(name, header, records, resource)


def content_problems(folder: Path, package: dict[str, Any], previous: Path | None = None) -> list[str]:
    """Row rules and table rules of the release in `folder` (see the module doc).
    One table at a time is in memory; of the others only the key columns foreign keys need.
    A table whose file and schema are the previous release's is read only for a foreign key
    that is not proven by that release (`ForeignKeys.proven`)."""
    resources = table_resources(package)
    before = previous_resources(previous)
    same = {name for name, resource in resources.items()
            if (old := before.get(name)) and old.get("hash") == resource.get("hash") and old.get("schema") == resource["schema"]}
    foreign_keys = ForeignKeys(resources)
    problems = []
    for name, resource in resources.items():
        if name in same:
            continue
        table = _read(folder, name, resource)
        problems += [problem for job in row_jobs([table], previous, before) for problem in validate_rows(job)]
        problems += unique_problems(table)
        foreign_keys.see(table)

    def old_keys(name: str, fields: tuple[str, ...]) -> set[Record] | None:
        table = previous_table(previous, name, before)
        return key_set(table, fields) if table is not None else None

    proven = foreign_keys.proven(same, old_keys)
    for name in sorted(foreign_keys.tables(proven) & same, key=list(resources).index):
        foreign_keys.see(_read(folder, name, resources[name]))
    problems += foreign_keys.check(proven)
    return problems
