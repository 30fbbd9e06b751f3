"""Render a `Table` declaration as a Pandera `DataFrameSchema`.

The schema checks one table on its own: dtypes, required values, enums, patterns, ranges,
unique columns and the primary key. Checks that span tables (foreign keys) live in
`pipeline.tables.validate`.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pandera.pandas as pa

from schemas.model import Field, Table

PANDAS_DTYPES = {
    # (type, required) -> pandas dtype the table builder produces
    ("string", True): "str",
    ("string", False): "str",
    ("date", True): "str",
    ("date", False): "str",
    ("integer", True): "int64",
    ("integer", False): "Int64",
    ("number", True): "float64",
    ("number", False): "Float64",
    ("boolean", True): "bool",
    ("boolean", False): "boolean",
}


def pandas_dtype(field: Field) -> str:
    """The dtype a column of this field has in the pipeline's DataFrames."""
    return PANDAS_DTYPES[(field.type, field.required)]


def _is_iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _checks(field: Field) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if field.enum is not None:
        checks.append(pa.Check.isin(list(field.enum)))
    if field.pattern is not None:
        checks.append(pa.Check.str_matches(field.pattern))
    if field.minimum is not None:
        checks.append(pa.Check.ge(field.minimum))
    if field.maximum is not None:
        checks.append(pa.Check.le(field.maximum))
    if field.type == "date":
        checks.append(pa.Check(_is_iso_date, element_wise=True, error="ISO date YYYY-MM-DD"))
    if field.type == "string":
        checks.append(pa.Check(lambda s: s.str.strip().str.len() > 0, error="not blank"))
    return checks


def column(field: Field) -> pa.Column:
    return pa.Column(
        pandas_dtype(field),
        checks=_checks(field),
        nullable=not field.required,
        unique=field.unique,
        title=field.title,
        description=field.description,
    )


@cache
def pandera_schema(table: Table) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {f.name: column(f) for f in table.fields},
        name=table.name,
        title=table.title,
        description=table.description,
        strict=True,
        ordered=True,
        unique=list(table.primary_key),
        report_duplicates="all",
    )
