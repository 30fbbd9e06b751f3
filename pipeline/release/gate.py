"""The publish gate's row checks, done once each and without redoing what is provably valid.

A release folder is checked completely before it is published, in four parts:

- **row rules** (header, types, required, enum, pattern, range): frictionless' own cell
  reader, once per distinct value of each column (`validate_columns`; a text field without
  format or constraints but `required` can only fail on a missing value, so only those are
  read, and of a field whose only other rule is a simple pattern, only the values Arrow
  does not match); frictionless on the rows of a table whose header or row shape is off. A table is
  read as Arrow columns (`pipeline.release.csv_columns`: one buffer per column, not a tuple
  per row), or with `csv.reader` (`validate_rows`) when Arrow's reading is not proven to be
  `csv.reader`'s. A row that the previous release held byte for byte under the same
  table schema was validated when that release was published, so only the other rows are
  validated again. A table whose whole file is the
  previous release's (same declared hash and schema) is not validated row by row at all.
- **table rules** (primary keys, unique fields, foreign keys): once per table, on the whole
  CSV, with Arrow's distinct counts and set lookups (the keys of a table identical to the
  previous release's are unique already) (frictionless would reload every referenced table per resource, and its
  row checks above see only some rows). A foreign key of a table identical to the previous
  release's held there; it is checked again only when the table it points at changed and lost
  a key it had, so an unchanged table is usually not read at all.
- JSON copies are declared as files and compared here with the CSV table they copy, as read
  for the rules above (`pipeline.release.json_copies`): each table is read once.
- files, the descriptor itself and the resources declared as files:
  `pipeline.release.build.validate_package`.

The previous release is used only when its CSV still matches the hash its `datapackage.json`
declares: a tampered file is never taken as proof.
"""

from __future__ import annotations

import copy
import csv
import functools
import hashlib
import io
import json
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.release.csv_columns import Columns, columns_of_records, read_columns, rendered_lines
from pipeline.release.json_copies import json_twin_problems, json_twins

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


def declared_hashes(previous: Path | None) -> dict[str, str | None]:
    """Path -> hash of every resource the previous (validated, verified) release declares."""
    if previous is None or not (previous / "datapackage.json").is_file():
        return {}
    return {r["path"]: r.get("hash") for r in json.loads((previous / "datapackage.json").read_text(encoding="utf-8"))["resources"]}


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
                found += [(index, position, _cell_problem(job.name, job.rows[index][0], position, name, value, kind, note))
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


def _cell_problem(table: str, row: int, position: int, name: str, value: str, kind: str, note: str) -> str:
    if kind == "type-error":
        message = (f'Type error in the cell "{value}" in row "{row}" and field "{name}" '
                   f'at position "{position + 1}": {note}')
    else:
        message = (f'The cell "{value}" in row at position "{row}" and field "{name}" '
                   f'at position "{position + 1}" does not conform to a constraint: {note}')
    return f"{table} row {row}: {kind}: {message}"


@dataclass(frozen=True)
class ColumnJob:
    """Rows of one table to validate, as columns: `numbers` are their row numbers in the CSV
    (header = 1), `columns` their cells, one Arrow string array per column of `header`."""

    name: str
    schema: dict[str, Any]
    header: list[str]
    numbers: pa.Array
    columns: list[pa.Array]


def _only_missing_can_fail(field: dict[str, Any]) -> bool:
    """A text field of the default format whose only constraint may be `required`: its cell
    reader accepts every text but a missing value (frictionless' `StringField`)."""
    return (field["type"] == "string" and field.get("format", "default") == "default"
            and set(field.get("constraints", {})) <= {"required"})


#: A pattern of bracketed ASCII classes (not negated, no escapes), each with an optional quantifier
#: (`^[A-Za-z0-9_.:-]+$`, `^[0-9a-f]{64}$`): a text Arrow's RE2 matches in full, Python's `re`
#: (frictionless' `check_pattern`) matches too (`re`'s `$` also allows a final newline).
_SIMPLE_PATTERN = re.compile(r"\^?(?:\[[ -Z_-~][ -Z^-~]*\](?:[+*?]|\{[0-9]+(?:,[0-9]*)?\})?)+\$?")


def _surely_valid(column: pa.Array, field: dict[str, Any], missing: pa.Array) -> pa.Array | None:
    """The cells frictionless' cell reader provably accepts without being asked, or None:
    for a text field of the default format whose constraints are a simple pattern (and
    `required`), the cells that are no missing value and match the pattern in Arrow."""
    constraints = field.get("constraints", {})
    pattern = constraints.get("pattern")
    if (field["type"] != "string" or field.get("format", "default") != "default" or pattern is None
            or not set(constraints) <= {"required", "pattern"} or not _SIMPLE_PATTERN.fullmatch(pattern)):
        return None
    matches = pc.match_substring_regex(column, f"^{pattern}$")
    return pc.and_(matches, pc.invert(pc.is_in(column, value_set=missing)))


def validate_columns(job: ColumnJob) -> list[str]:
    """`validate_rows` on columns: the same rules, problems and order; each distinct value of
    a column read once by frictionless' cell reader (of a field that can only fail on a
    missing value, only the missing values). A header that is not the declared one or a
    blank row sends the rows to frictionless, as `validate_rows` does."""
    names = [field["name"] for field in job.schema["fields"]]
    blank = None
    if job.header == names and len(job.numbers):
        blank = pc.any(functools.reduce(pc.and_, (pc.equal(c, "") for c in job.columns))).as_py()
    if job.header != names or blank:
        numbers = job.numbers.to_pylist()
        rows = list(zip(numbers, zip(*(c.to_pylist() for c in job.columns)))) if numbers else []
        return [problem for start in range(0, max(1, len(rows)), CHUNK_ROWS)
                for problem in frictionless_rows(RowJob(job.name, job.schema, job.header, rows[start:start + CHUNK_ROWS]))]
    missing = pa.array(job.schema.get("missingValues", [""]), type=pa.string())
    found: list[tuple[int, int, str]] = []
    for position, ((name, read_cell), field) in enumerate(zip(cell_readers(job.schema), job.schema["fields"])):
        column = job.columns[position]
        if _only_missing_can_fail(field):
            column_of_candidates = column.filter(pc.is_in(column, value_set=missing))
        elif (valid := _surely_valid(column, field, missing)) is not None:
            column_of_candidates = column.filter(pc.invert(valid))
        else:
            column_of_candidates = column
        notes_of = {value: notes for value in pc.unique(column_of_candidates).to_pylist()
                    if (notes := read_cell(value)[1])}
        if not notes_of:
            continue
        bad = pc.indices_nonzero(pc.is_in(column, value_set=pa.array(list(notes_of), type=pa.string())))
        for index in bad.to_pylist():
            value = column[index].as_py()
            row = job.numbers[index].as_py()
            found += [(index, position, _cell_problem(job.name, row, position, name, value, kind, note))
                      for kind, note in _cell_errors(notes_of[value])]
    return [problem for _, _, problem in sorted(found, key=lambda item: item[:2])]


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


def _positions(columns: Columns, fields: Sequence[str]) -> list[int] | None:
    index = {name: i for i, name in enumerate(columns.header)}
    return [index[f] for f in fields] if all(f in index for f in fields) else None


def _keys(columns: Columns, fields: Sequence[str]) -> pa.Array | None:
    """Each row's value of `fields`, one string per row (several fields: as a CSV line, which
    tells every tuple apart); None when a field is not in the header."""
    positions = _positions(columns, fields)
    if positions is None:
        return None
    if len(positions) == 1:
        return columns.columns[positions[0]]
    return rendered_lines([columns.columns[i] for i in positions])


def _tuples(columns: Columns, fields: Sequence[str], rows: Iterable[int]) -> list[tuple[int, Record]]:
    """(row number, value tuple) of these 0-based data rows, for messages."""
    cells = [columns.columns[i] for i in _positions(columns, fields)]
    return [(row + 2, tuple(c[row].as_py() for c in cells)) for row in rows]


def unique_problems(name: str, columns: Columns, schema: dict[str, Any]) -> list[str]:
    """The primary key and every unique field hold no value twice (empty cells aside)."""
    checks = [("primary key", schema["primaryKey"], False)] if schema.get("primaryKey") else []
    checks += [(f"unique {field['name']}", [field["name"]], True)
               for field in schema["fields"] if field.get("constraints", {}).get("unique")]
    problems = []
    for what, fields, skip_empty in checks:
        keys = _keys(columns, fields)
        if keys is None:
            continue
        rows = pc.indices_nonzero(pc.not_equal(keys, "")) if skip_empty else None
        values = keys.take(rows) if rows is not None else keys
        if pc.count_distinct(values).as_py() == len(values):
            continue
        numbers = rows.to_pylist() if rows is not None else range(len(keys))  # a duplicate: named row by row
        problems += _duplicates(name, what, _tuples(columns, fields, numbers))
    return problems


def key_set(columns: Columns, fields: Sequence[str]) -> pa.Array:
    """The distinct values of `fields` (as `_keys` writes them); empty when one is missing."""
    keys = _keys(columns, fields)
    return pc.unique(keys) if keys is not None else pa.array([], type=pa.string())


def _subset(small: pa.Array, large: pa.Array) -> bool:
    return len(small) == 0 or bool(pc.all(pc.is_in(small, value_set=large)).as_py())


Link = tuple[str, tuple[str, ...], str, tuple[str, ...]]  # table, fields -> referenced table, fields


@dataclass(frozen=True)
class _Referencing:
    """The rows of a table whose foreign key fields are all filled: their 0-based rows, keys
    (as `_keys` writes them) and cells."""

    rows: pa.Array
    keys: pa.Array
    cells: list[pa.Array]


class ForeignKeys:
    """Foreign keys checked once, with Arrow set lookups: while the tables stream by, the
    referenced key values and each table's referencing values are kept (a few columns, not
    whole rows)."""

    def __init__(self, resources: dict[str, dict[str, Any]]):
        self.links: list[Link] = [
            (name, tuple(fk["fields"]), fk["reference"]["resource"] or name, tuple(fk["reference"]["fields"]))
            for name, resource in resources.items() for fk in resource["schema"].get("foreignKeys", [])]
        self.keys: dict[tuple[str, tuple[str, ...]], pa.Array] = {}
        self.values: dict[tuple[str, tuple[str, ...]], _Referencing] = {}
        self.problems: list[str] = []

    def see(self, table: str, columns: Columns) -> None:
        for name, fields, target, ref_fields in self.links:
            if target == table:
                self.keys[(target, ref_fields)] = key_set(columns, ref_fields)
            if name == table:
                keys = _keys(columns, fields)
                if keys is None:
                    self.problems.append(f"{name}: foreign key fields {list(fields)} not in the header")
                    continue
                cells = [columns.columns[i] for i in _positions(columns, fields)]
                rows = pc.indices_nonzero(functools.reduce(pc.and_, (pc.not_equal(c, "") for c in cells)))
                self.values[(name, fields)] = _Referencing(rows, keys.take(rows), [c.take(rows) for c in cells])

    def proven(self, same: set[str], old_keys: Callable[[str, tuple[str, ...]], pa.Array | None]) -> set[Link]:
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
                if old is not None and _subset(old, self.keys[(target, ref_fields)]):
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
            referencing = self.values.get((name, fields))
            if referencing is None:
                continue
            for i in pc.indices_nonzero(pc.invert(pc.is_in(referencing.keys, value_set=known))).to_pylist():
                value = tuple(c[i].as_py() for c in referencing.cells)
                problems.append(f"{name} row {referencing.rows[i].as_py() + 2}: foreign key {list(fields)} = {value!r} "
                                f"not found in {target}")
        return problems


# --- all of it --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadTable:
    """A table of the release as the gate reads it: as columns, and as `csv.reader`'s rows
    only when Arrow's reading was not proven to be the same (`records`, else None)."""

    name: str
    resource: dict[str, Any]
    columns: Columns
    records: list[Record] | None = None


def read_table(data: bytes, name: str, resource: dict[str, Any], *, keep_lines: bool = False) -> ReadTable:
    columns = read_columns(data, keep_lines=keep_lines)
    if columns is not None:
        return ReadTable(name, resource, columns)
    header, records = parse_csv_records(data)
    return ReadTable(name, resource, columns_of_records(header, records), records)


def _same_schema(before: dict[str, dict[str, Any]], name: str, schema: dict[str, Any]) -> bool:
    return name in before and before[name].get("schema") == schema


def _read(folder: Path, name: str, resource: dict[str, Any], keep_lines: bool = False) -> ReadTable:
    return read_table((folder / resource["path"]).read_bytes(), name, resource, keep_lines=keep_lines)


def previous_table(previous: Path | None, name: str, before: dict[str, dict[str, Any]],
                   keep_lines: bool = False) -> ReadTable | None:
    """Table `name` of the previous release, if its file still has the hash it declares."""
    resource = before.get(name)
    if previous is None or resource is None or not (previous / resource["path"]).is_file():
        return None
    data = (previous / resource["path"]).read_bytes()
    if f"sha256:{hashlib.sha256(data).hexdigest()}" != resource.get("hash"):
        return None
    return read_table(data, name, resource, keep_lines=keep_lines)


def row_problems(table: ReadTable, previous: Path | None, before: dict[str, dict[str, Any]],
                 seen_old: Callable[[ReadTable], None] | None = None) -> list[str]:
    """The row rules on the rows of `table` that the previous release did not validate
    under the same schema. `seen_old`: called with the previous release's table when it
    was read for that."""
    schema = table.resource["schema"]
    if table.records is not None:
        csv_table = CsvTable(table.name, table.columns.header, table.records, table.resource)
        return [problem for job in row_jobs([csv_table], previous, before) for problem in validate_rows(job)]
    todo = None
    if table.columns.lines is not None and _same_schema(before, table.name, schema):
        old = previous_table(previous, table.name, before, keep_lines=True)
        if old is not None and seen_old is not None:
            seen_old(old)
        if old is not None and old.columns.lines is not None:
            todo = pc.indices_nonzero(pc.invert(pc.is_in(table.columns.lines, value_set=old.columns.lines)))
    if todo is None:  # every row (no copy of the columns)
        numbers = pa.array(range(2, len(table.columns) + 2), type=pa.int64())
        job = ColumnJob(table.name, row_schema(schema), table.columns.header, numbers, table.columns.columns)
    else:
        job = ColumnJob(table.name, row_schema(schema), table.columns.header, pc.add(todo, 2),
                        [c.take(todo) for c in table.columns.columns])
    return validate_columns(job)


def content_problems(folder: Path, package: dict[str, Any], previous: Path | None = None,
                     json_sha256: Callable[[str], str] | None = None) -> list[str]:
    """Row rules and table rules of the release in `folder` (see the module doc), and the
    JSON copy of each table against it (`json_sha256`: path -> sha256 of that file, when the
    caller knows it; else the JSON copies are left to `build.verify_files`).
    One table at a time is in memory; of the others only the key columns foreign keys need.
    A table whose file and schema are the previous release's is read only for a foreign key
    that is not proven by that release (`ForeignKeys.proven`), or for a JSON copy that is not."""
    resources = table_resources(package)
    before = previous_resources(previous)
    same = {name for name, resource in resources.items()
            if (old := before.get(name)) and old.get("hash") == resource.get("hash") and old.get("schema") == resource["schema"]}
    twins = json_twins(package, declared_hashes(previous)) if json_sha256 is not None else {}
    foreign_keys = ForeignKeys(resources)
    problems = []

    def twin_problems(table: ReadTable) -> list[str]:
        path = table.resource["path"]
        if path not in twins:
            return []
        types = {field["name"]: field["type"] for field in table.resource["schema"]["fields"]}
        arrow = table.columns if table.records is None else None
        return json_twin_problems(folder, path, twins[path], arrow, types, json_sha256(twins[path]))

    # Key sets of changed tables as the previous release held them (for `ForeignKeys.proven`):
    # many tables point at the same changed table, whose old file is read once, for the keys
    # of every link into it, while its rows are compared (`row_problems`) or else when asked.
    old_key_sets: dict[str, dict[tuple[str, ...], pa.Array] | None] = {}

    def remember_old_keys(old: ReadTable | None, name: str) -> None:
        old_key_sets[name] = None if old is None else {
            ref_fields: key_set(old.columns, ref_fields) for _, _, target, ref_fields in foreign_keys.links if target == name}

    for name, resource in resources.items():
        if name in same and resource["path"] not in twins:
            continue
        table = _read(folder, name, resource, _same_schema(before, name, resource["schema"]))
        problems += twin_problems(table)
        if name not in same:
            problems += row_problems(table, previous, before, lambda old, name=name: remember_old_keys(old, name))
            problems += unique_problems(name, table.columns, resource["schema"])
            foreign_keys.see(name, table.columns)
        del table
        pa.default_memory_pool().release_unused()  # one table at a time: its buffers go back to the system

    def old_keys(name: str, fields: tuple[str, ...]) -> pa.Array | None:
        if name not in old_key_sets:
            remember_old_keys(previous_table(previous, name, before), name)
        known = old_key_sets[name]
        return known.get(fields) if known is not None else None

    proven = foreign_keys.proven(same, old_keys)
    for name in sorted(foreign_keys.tables(proven) & same, key=list(resources).index):
        foreign_keys.see(name, _read(folder, name, resources[name]).columns)
    problems += foreign_keys.check(proven)
    return problems
