"""What changed between the latest release and a new build, and which version level that is.

The previous side is the release's own files (`datapackage.json`, `data/*.csv`,
`data_dictionary.csv`); the new side is the descriptor rendered from the table declarations
and the CSV text the new release would contain. No second list of fields exists here.

Levels (Frictionless "Data Package Version" recipe):

- MAJOR: a resource or field removed, renamed, added (fields only) or re-ordered; a field
  retyped; a constraint tightened; a primary key changed; rows removed that another row of
  the previous release referenced (a removed document removes its rows, and its
  `documents` row is referenced, so removing a document is MAJOR).
- MINOR: rows or resources added; a constraint loosened; rows removed that nothing
  referenced (e.g. a parse issue that went away).
- PATCH: values corrected (same primary key, other fields changed); descriptive metadata
  (titles, descriptions, the dictionary's missing-value rules and derivations) changed.
- nothing: no release.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from collections.abc import Mapping
from typing import Any

from pipeline.release.datapackage import CSV_DIALECT
from schemas.dictionary import dictionary_rows
from schemas.model import Table

DESCRIPTIVE = {"title", "description", "description_hi", "example"}
IGNORED_PACKAGE_KEYS = {"version", "id", "created", "resources"}
IGNORED_RESOURCE_KEYS = {"bytes", "hash", "name", "schema"}
DICTIONARY_PROSE = ("missing_value_rule", "derivation")
LOWER_BOUNDS = {"minimum", "exclusiveMinimum", "minLength"}
UPPER_BOUNDS = {"maximum", "exclusiveMaximum", "maxLength"}


def _dialect(resource: dict[str, Any]) -> dict[str, Any]:
    # no dialect means the spec's defaults, which CSV_DIALECT declares: declaring them changes no file
    return {**CSV_DIALECT, **(resource.get("dialect") or {})}


class Level(IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Reason:
    level: Level
    text: str
    #: A change of the contract itself (resources or fields added, removed, renamed, retyped,
    #: constraints tightened or loosened), not of the rows: `CHANGES.md` then says why.
    contract: bool = False


#: Rows listed per kind (added, removed, changed) and table in `changes.json`; the counts are
#: always complete. A first release lists none: every row is new, the counts say how many.
MAX_LISTED_ROWS = 1_000


@dataclass
class TableDiff:
    name: str
    primary_key: list[str]
    rows_before: int | None
    rows: int | None
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    compared: bool = True  # False when the primary key changed: rows cannot be matched
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "removed": 0, "changed": 0})
    #: The old header and the removed rows as read, to judge which other rows referenced them.
    removed_records: tuple[list[str], list[tuple[str, ...]]] = field(default=([], []), repr=False)

    def note(self, kind: str, entry: dict) -> None:
        """Count a row of `kind`; keep its entry while fewer than `MAX_LISTED_ROWS` are."""
        self.counts[kind] += 1
        listed = getattr(self, kind)
        if len(listed) < MAX_LISTED_ROWS:
            listed.append(entry)

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "primary_key": self.primary_key,
            "rows_before": self.rows_before,
            "rows": self.rows,
            "counts": dict(self.counts),
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
        }
        if any(self.counts[k] > len(getattr(self, k)) for k in self.counts):
            doc["truncated"] = True  # the lists hold the first MAX_LISTED_ROWS of each kind
        if not self.compared:
            doc["compared"] = False
        return doc


@dataclass
class ReleaseDiff:
    previous_version: str | None
    reasons: list[Reason]
    tables: dict[str, TableDiff]

    @property
    def level(self) -> Level:
        return max((r.level for r in self.reasons), default=Level.NONE)

    def document(self, version: str) -> dict[str, Any]:
        """The `changes.json` of the release `version`."""
        first = self.previous_version is None
        return {
            "version": version,
            "previous_version": self.previous_version,
            "level": "initial" if first else self.level.label,
            "reasons": [
                {"level": "initial" if first else r.level.label, "change": r.text, **({"contract": True} if r.contract else {})}
                for r in self.reasons
            ],
            "tables": {name: t.document() for name, t in self.tables.items()},
        }


# --- reading ---------------------------------------------------------------------------

Record = tuple[str, ...]


def parse_records(text: str) -> tuple[list[str], list[Record]]:
    """A CSV text as its header and rows (tuples of cells, as written)."""
    # The csv module refuses fields over 128 KiB by default; a section of a long document
    # is longer. No field can be longer than the text itself.
    if csv.field_size_limit() < len(text):
        csv.field_size_limit(len(text))
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    return header, [tuple(row) for row in reader]


def parse_csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    header, records = parse_records(text)
    return header, [dict(zip(header, row)) for row in records]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def csv_sha256(csv_texts: Mapping[str, str], name: str) -> str:
    """The sha256 of table `name`'s CSV, from `csv_texts.sha256` when it has one."""
    known = getattr(csv_texts, "sha256", None)
    return known(name) if known is not None else text_sha256(csv_texts[name])


def _table_resources(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Resources that define a table: the CSV ones. The JSON copies mirror them (and are
    declared only when the table has rows), so every change is reported once, on the CSV."""
    return {
        r["name"]: r for r in package["resources"] if r.get("type") == "table" and r.get("format") == "csv"
    }


def _other_resources(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in package["resources"] if r.get("type") != "table"}


# --- schema rules ----------------------------------------------------------------------


def _constraint_level(key: str, old: Any, new: Any) -> Level:
    """MAJOR when the new constraint admits fewer values, MINOR when more."""
    if old is None or old is False:
        return Level.MAJOR  # a constraint appeared
    if new is None or new is False:
        return Level.MINOR  # a constraint went away
    if key == "enum":
        if set(new) == set(old):
            return Level.PATCH
        return Level.MINOR if set(new) > set(old) else Level.MAJOR
    if key in LOWER_BOUNDS:
        return Level.MAJOR if new > old else Level.MINOR
    if key in UPPER_BOUNDS:
        return Level.MAJOR if new < old else Level.MINOR
    return Level.MAJOR  # a changed pattern or anything else: cannot prove it is looser


def _field_reasons(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Reason]:
    reasons = []
    for key in sorted((set(old) | set(new)) - {"name", "constraints"}):
        if old.get(key) == new.get(key):
            continue
        if key in DESCRIPTIVE:
            reasons.append(Reason(Level.PATCH, f"{where}: {key} reworded"))
        elif key in ("type", "format"):
            reasons.append(Reason(Level.MAJOR, f"{where}: {key} {old.get(key)!r} -> {new.get(key)!r}"))
        else:
            reasons.append(Reason(Level.MAJOR, f"{where}: {key} changed"))
    old_c, new_c = old.get("constraints", {}), new.get("constraints", {})
    for key in sorted(set(old_c) | set(new_c)):
        if old_c.get(key) != new_c.get(key):
            level = _constraint_level(key, old_c.get(key), new_c.get(key))
            how = {Level.MAJOR: "tightened", Level.MINOR: "loosened", Level.PATCH: "reordered"}[level]
            reasons.append(Reason(level, f"{where}: constraint {key} {how} ({old_c.get(key)!r} -> {new_c.get(key)!r})"))
    return reasons


def _schema_reasons(table: str, old: dict[str, Any], new: dict[str, Any]) -> list[Reason]:
    old_names = [f["name"] for f in old["fields"]]
    new_names = [f["name"] for f in new["fields"]]
    removed = [n for n in old_names if n not in new_names]
    added = [n for n in new_names if n not in old_names]
    reasons = []
    renamed = [(o, n) for o, n in zip(removed, added) if old_names.index(o) == new_names.index(n)]
    for o, n in renamed:
        reasons.append(Reason(Level.MAJOR, f"{table}: field `{o}` renamed to `{n}`"))
    renamed_old, renamed_new = {o for o, _ in renamed}, {n for _, n in renamed}
    for name in removed:
        if name not in renamed_old:
            reasons.append(Reason(Level.MAJOR, f"{table}: field `{name}` removed"))
    for name in added:
        if name not in renamed_new:
            reasons.append(Reason(Level.MAJOR, f"{table}: field `{name}` added"))
    if [n for n in old_names if n in new_names] != [n for n in new_names if n in old_names]:
        reasons.append(Reason(Level.MAJOR, f"{table}: fields re-ordered"))
    old_fields = {f["name"]: f for f in old["fields"]}
    for f in new["fields"]:
        if f["name"] in old_fields:
            reasons += _field_reasons(f"{table}.{f['name']}", old_fields[f["name"]], f)
    for key in sorted((set(old) | set(new)) - {"fields"}):
        if old.get(key) == new.get(key):
            continue
        if key == "foreignKeys":
            old_fk = {json.dumps(k, sort_keys=True) for k in old.get(key, [])}
            new_fk = {json.dumps(k, sort_keys=True) for k in new.get(key, [])}
            level = Level.MINOR if new_fk < old_fk else Level.MAJOR
            reasons.append(Reason(level, f"{table}: foreign keys {'loosened' if level == Level.MINOR else 'changed'}"))
        elif key in DESCRIPTIVE:
            reasons.append(Reason(Level.PATCH, f"{table}: schema {key} reworded"))
        else:
            reasons.append(Reason(Level.MAJOR, f"{table}: schema {key} changed"))
    return reasons


def _package_reasons(old: dict[str, Any], new: dict[str, Any]) -> list[Reason]:
    reasons = []
    for key in sorted((set(old) | set(new)) - IGNORED_PACKAGE_KEYS):
        if old.get(key) != new.get(key):
            level = Level.MAJOR if key == "name" else Level.PATCH
            reasons.append(Reason(level, f"package `{key}` changed"))
    old_tables, new_tables = _table_resources(old), _table_resources(new)
    old_other, new_other = _other_resources(old), _other_resources(new)
    for name in [*old_tables, *old_other]:
        if name not in new_tables and name not in new_other:
            reasons.append(Reason(Level.MAJOR, f"resource `{name}` removed"))
    for name in [*new_tables, *new_other]:
        if name not in old_tables and name not in old_other:
            reasons.append(Reason(Level.MINOR, f"resource `{name}` added"))
    for name, resource in [*new_tables.items(), *new_other.items()]:
        before = old_tables.get(name) or old_other.get(name)
        if before is None:
            continue
        for key in sorted((set(before) | set(resource)) - IGNORED_RESOURCE_KEYS):
            if before.get(key) != resource.get(key):
                if key == "dialect" and _dialect(before) == _dialect(resource):
                    reasons.append(Reason(Level.PATCH, f"resource `{name}`: dialect declared (the default)"))
                    continue
                # A moved file keeps its meaning (the recipe: no new version for a new path).
                level = Level.PATCH if key in DESCRIPTIVE or key == "path" else Level.MAJOR
                reasons.append(Reason(level, f"resource `{name}`: {key} changed"))
        if "schema" in resource or "schema" in before:
            reasons += _schema_reasons(name, before.get("schema", {"fields": []}), resource.get("schema", {"fields": []}))
    return reasons


def _dictionary_reasons(old_csv: Path, declarations: tuple[Table, ...]) -> list[Reason]:
    """Missing-value rules and derivations live only in the dictionary, not in the schema."""
    if not old_csv.is_file():
        return []
    _, old_rows = parse_csv(old_csv.read_text(encoding="utf-8"))
    old = {(r["table"], r["field"]): r for r in old_rows}
    reasons = []
    for row in dictionary_rows(declarations):
        before = old.get((row["table"], row["field"]))
        for column in DICTIONARY_PROSE:
            if before is not None and before.get(column, row[column]) != row[column]:
                reasons.append(Reason(Level.PATCH, f"{row['table']}.{row['field']}: {column} reworded"))
    return reasons


# --- rows ------------------------------------------------------------------------------


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _value(text: str) -> str | None:
    return text if text != "" else None


def name_field(field_names: list[str]) -> str | None:
    """The column that names a row for people: the first with `_en` and `_romanized` twins."""
    for name in field_names:
        if f"{name}_en" in field_names and f"{name}_romanized" in field_names:
            return name
    return None


def _entry(row: dict[str, str], key_fields: list[str], label: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"key": {k: row[k] for k in key_fields}}
    if label:
        entry["name"] = {
            "hi": _value(row.get(label, "")),
            "en": _value(row.get(f"{label}_en", "")),
            "romanized": _value(row.get(f"{label}_romanized", "")),
        }
    return entry


CsvRows = tuple[list[str], list[Record]]  # header and rows


def _referenced(package: dict[str, Any], name: str, table: CsvRows) -> dict[str, dict[tuple, set]]:
    """Per table, the key values some row of table `name` points at through a foreign key."""
    refs: dict[str, dict[tuple, set]] = {}
    header, records = table
    index = {f: i for i, f in enumerate(header)}
    resource = _table_resources(package).get(name, {})
    for fk in resource.get("schema", {}).get("foreignKeys", []):
        target = fk["reference"]["resource"] or name
        values = refs.setdefault(target, {}).setdefault(tuple(fk["reference"]["fields"]), set())
        if not all(f in index for f in fk["fields"]):
            continue
        columns = [index[f] for f in fk["fields"]]
        for row in records:
            value = tuple(row[i] for i in columns)
            if all(value):
                values.add(value)
    return refs


def _keyed(table: CsvRows, key_fields: list[str]) -> dict[Record, Record]:
    header, records = table
    columns = [header.index(k) for k in key_fields]
    return {tuple(r[i] for i in columns): r for r in records}


def _rows_diff(name: str, old: CsvRows | None, new: CsvRows | None, old_key: list[str], new_key: list[str]) -> TableDiff:
    """Rows added, removed (with their old records, for `_removal_reasons`) and changed.
    Rows are compared as tuples; only the rows that differ become dicts."""
    old_header, old_rows = old or ([], [])
    new_header, new_rows = new or ([], [])
    diff = TableDiff(name, new_key or old_key, len(old_rows) if old else None, len(new_rows) if new else None)
    if old and new and old_key != new_key:
        diff.compared = False
        return diff
    key_fields = new_key or old_key
    before = _keyed(old, key_fields) if old else {}
    after = _keyed(new, key_fields) if new else {}
    common = [f for f in new_header if f in old_header]
    same_layout = old_header == new_header
    new_label, old_label = name_field(new_header), name_field(old_header)
    for key, record in after.items():
        old_record = before.get(key)
        if old_record is None:
            diff.note("added", _entry(dict(zip(new_header, record)), key_fields, new_label))
        elif not (same_layout and old_record == record):
            row, old_row = dict(zip(new_header, record)), dict(zip(old_header, old_record))
            changes = {f: {"old": _value(old_row[f]), "new": _value(row[f])} for f in common if old_row[f] != row[f]}
            if changes:
                diff.note("changed", _entry(row, key_fields, new_label) | {"fields": changes})
    removed = [record for key, record in before.items() if key not in after]
    for record in removed:
        diff.note("removed", _entry(dict(zip(old_header, record)), key_fields, old_label))
    diff.removed_records = (old_header, removed)
    return diff


def _row_reasons(diff: TableDiff, referenced: dict[tuple, set]) -> list[Reason]:
    name, counts = diff.name, diff.counts
    referenced_removed = 0
    if counts["removed"]:
        header, removed = diff.removed_records
        index = {f: i for i, f in enumerate(header)}
        for record in removed:
            if any(tuple(record[index[f]] if f in index else "" for f in fields) in values
                   for fields, values in referenced.items()):
                referenced_removed += 1
    reasons = []
    if counts["added"]:
        reasons.append(Reason(Level.MINOR, f"{name}: {_rows(counts['added'])} added"))
    if referenced_removed:
        reasons.append(Reason(Level.MAJOR, f"{name}: {_rows(referenced_removed)} removed that other rows referenced"))
    if counts["removed"] > referenced_removed:
        reasons.append(Reason(Level.MINOR, f"{name}: {_rows(counts['removed'] - referenced_removed)} removed that nothing referenced"))
    if counts["changed"]:
        reasons.append(Reason(Level.PATCH, f"{name}: {_rows(counts['changed'])} corrected"))
    return reasons


def diff_release(
    previous: Path | None,
    package: dict[str, Any],
    csv_texts: Mapping[str, str],
    declarations: tuple[Table, ...],
    row_counts: dict[str, int] | None = None,
) -> ReleaseDiff:
    """Compare the release folder `previous` (None: there is none yet) with the new
    descriptor `package` and the new CSV text of every table (a mapping with a `sha256(name)`
    method, such as `frames.CsvTexts`, answers hashes without rendering). A table whose CSV has the
    bytes the previous release declares (its hash in `datapackage.json`; `previous` must be
    verified) has not changed and is not read. Of the others, one table's rows (old and new)
    are in memory at a time. Only when rows were removed are the old tables read again, for
    what their foreign keys reference. A first release lists no rows, only counts them
    (`row_counts`, else by reading the CSV)."""
    new_keys = {t.name: list(t.primary_key) for t in declarations}
    if previous is None:
        tables = {}
        for name in csv_texts:
            rows = row_counts[name] if row_counts and name in row_counts else len(parse_records(csv_texts[name])[1])
            tables[name] = TableDiff(name, new_keys[name], None, rows, counts={"added": rows, "removed": 0, "changed": 0})
        return ReleaseDiff(None, [Reason(Level.MAJOR, "first release")], tables)

    old_package = json.loads((previous / "datapackage.json").read_text(encoding="utf-8"))
    old_resources = _table_resources(old_package)

    def old_table(name: str) -> CsvRows | None:
        resource = old_resources.get(name)
        return parse_records((previous / resource["path"]).read_text(encoding="utf-8")) if resource else None

    reasons = [
        Reason(r.level, r.text, contract=r.level >= Level.MINOR)
        for r in _package_reasons(old_package, package)
    ]
    reasons += _dictionary_reasons(previous / "data_dictionary.csv", declarations)
    tables = {}
    for name in [*csv_texts, *(n for n in old_resources if n not in csv_texts)]:
        old_resource = old_resources.get(name)
        old_key = old_resource["schema"].get("primaryKey", []) if old_resource else []
        if (old_resource and name in csv_texts and old_key == new_keys.get(name)
                and old_resource.get("hash") == f"sha256:{csv_sha256(csv_texts, name)}"):
            rows = row_counts[name] if row_counts and name in row_counts else len(parse_records(csv_texts[name])[1])
            tables[name] = TableDiff(name, old_key, rows, rows)  # the same bytes: the same rows
            continue
        new = parse_records(csv_texts[name]) if name in csv_texts else None
        tables[name] = _rows_diff(name, old_table(name), new, old_key, new_keys.get(name, []))
    referenced: dict[str, dict[tuple, set]] = {}
    if any(t.counts["removed"] for t in tables.values()):
        for name in old_resources:
            for target, keys in _referenced(old_package, name, old_table(name)).items():
                for fields, values in keys.items():
                    referenced.setdefault(target, {}).setdefault(fields, set()).update(values)
    for diff in tables.values():
        reasons += _row_reasons(diff, referenced.get(diff.name, {}))
    return ReleaseDiff(previous.name, reasons, tables)
