"""SQLite DDL rendered from the table declarations: one `CREATE TABLE` per table with typed
columns, NOT NULL, CHECK constraints for enums and ranges, primary and foreign keys, an
index per foreign key, and an FTS5 index over the free-text columns.

Dates are ISO 8601 TEXT (SQLite has no date type; its date functions read ISO text).
Each column's title and description travel inside the DDL as SQL comments, which SQLite
keeps in `sqlite_master.sql`, so `.schema` and Datasette show what a column means.
"""

from __future__ import annotations

from schemas.model import Field, Table

SQLITE_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "date": "TEXT", "boolean": "INTEGER"}

#: FTS5's default tokenizer drops combining marks (Unicode category M), which splits Hindi
#: words at every vowel sign (दिल्ली -> द ल ल); keeping M* makes a Hindi word one token.
FTS_TOKENIZE = "unicode61 categories 'L* M* N* Co'"


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(value: str | int | float) -> str:
    return "'" + value.replace("'", "''") + "'" if isinstance(value, str) else repr(value)


def _checks(field: Field) -> list[str]:
    column = quote(field.name)
    checks = []
    if field.enum:
        checks.append(f"{column} IN ({', '.join(_literal(v) for v in field.enum)})")
    if field.minimum is not None:
        checks.append(f"{column} >= {_literal(field.minimum)}")
    if field.maximum is not None:
        checks.append(f"{column} <= {_literal(field.maximum)}")
    if field.type == "date":
        checks.append(f"{column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'")
    return checks


def _comment(text: str) -> str:
    return " ".join(text.split())


def _column(field: Field) -> str:
    parts = [quote(field.name), SQLITE_TYPES[field.type]]
    if field.required:
        parts.append("NOT NULL")
    if field.unique:
        parts.append("UNIQUE")
    checks = _checks(field)
    if checks:
        parts.append(f"CHECK ({' AND '.join(checks)})")
    return " ".join(parts)


def create_table(table: Table) -> str:
    """`CREATE TABLE` for one declaration; comments carry each column's meaning."""
    lines = [f"  {_column(f)}, -- {_comment(f.title + ': ' + f.description)}" for f in table.fields]
    constraints = [f"  PRIMARY KEY ({', '.join(quote(k) for k in table.primary_key)})"]
    constraints += [
        f"  FOREIGN KEY ({', '.join(quote(k) for k in fk.fields)}) "
        f"REFERENCES {quote(fk.resource)} ({', '.join(quote(k) for k in fk.reference_fields)})"
        for fk in table.foreign_keys
    ]
    # A comment must not swallow the comma, so constraints follow the last column's comment line.
    body = "\n".join(lines) + "\n" + ",\n".join(constraints)
    return f"CREATE TABLE {quote(table.name)} ( -- {_comment(table.title + ': ' + table.description)}\n{body}\n)"


def index_statements(table: Table) -> list[str]:
    """One index per foreign key (the primary key is indexed by SQLite itself)."""
    return [
        f"CREATE INDEX {quote(table.name + '_' + '_'.join(fk.fields))} "
        f"ON {quote(table.name)} ({', '.join(quote(k) for k in fk.fields)})"
        for fk in table.foreign_keys
    ]


def text_fields(table: Table) -> list[Field]:
    """The free-text columns, Hindi and English: strings that are not ids, codes, hashes,
    file names or enums (those have a pattern, an enum, or are unique)."""
    return [f for f in table.fields if f.type == "string" and not f.pattern and not f.enum and not f.unique]


#: The tables FTS5 keeps an index in, named `<fts table>_<suffix>` (https://sqlite.org/fts5.html).
FTS_SHADOW_TABLES = ("data", "idx", "docsize", "config")


def fts_table_name(table: Table) -> str:
    return f"{table.name}_fts"


def fts_statements(table: Table) -> list[str]:
    """An external-content FTS5 table over `text_fields` and the statement that fills it.
    Named `<table>_fts` with `content=[<table>]`, the shape Datasette detects for its search box."""
    fields = text_fields(table)
    if not fields:
        return []
    columns = ", ".join(quote(f.name) for f in fields)
    name = quote(fts_table_name(table))
    return [
        f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, content=[{table.name}], "
        f"content_rowid=rowid, tokenize=\"{FTS_TOKENIZE}\")",
        f"INSERT INTO {name} (rowid, {columns}) SELECT rowid, {columns} FROM {quote(table.name)}",
        f"INSERT INTO {name} ({name}) VALUES ('optimize')",
    ]


def insert_statement(table: Table) -> str:
    names = ", ".join(quote(f.name) for f in table.fields)
    marks = ", ".join("?" for _ in table.fields)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
