"""Typed values of one column, as the declaration types it: None for an empty cell, int,
float, str, `datetime.date` for dates, bool (`column_values`), or as an Arrow array of the
declared type (`arrow_values`). Shared by the writers so that the workbook, SQLite and
Parquet agree on what a cell holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from schemas.arrow_schema import ARROW_TYPES
from schemas.model import Field


def _python(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def column_values(df: pd.DataFrame, field: Field, *, iso_dates: bool = False) -> list[Any]:
    """The column `field.name` of `df` as Python values; NA and empty strings become None.
    `iso_dates`: dates as ISO 8601 text (what SQLite stores) instead of `datetime.date`."""
    series = df[field.name]
    values = series.astype(object).where(series.notna(), None).tolist()
    if field.type == "integer":
        return [None if v is None else int(v) for v in values]
    if field.type == "number":
        return [None if v is None else float(v) for v in values]
    if field.type == "boolean":
        return [None if v is None else bool(_python(v)) for v in values]
    if field.type == "date" and not iso_dates:
        return [None if v in (None, "") else dt.date.fromisoformat(str(v)) for v in values]
    return [None if v in (None, "") else str(v) for v in values]


def table_rows(df: pd.DataFrame, fields: tuple[Field, ...] | list[Field], *, iso_dates: bool = False) -> list[tuple[Any, ...]]:
    """Rows of `df` as tuples of typed values, in `fields` order."""
    columns = [column_values(df, f, iso_dates=iso_dates) for f in fields]
    return list(zip(*columns)) if columns else []


def arrow_values(series: pd.Series, field: Field) -> pa.Array:
    """The column as an Arrow array of the declared type, as `column_values` reads it (an
    empty string is null, dates from ISO text), without a Python object per value where
    Arrow can convert the column itself (5,000 documents, the Parquet files: 1.7 -> 0.7 CPU s)."""
    arrow_type = ARROW_TYPES[field.type]
    try:
        if field.type in ("string", "date"):
            text = pa.array(series, from_pandas=True, type=pa.string())
            text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
            if field.type == "string":
                return text
            return pc.cast(pc.strptime(text, format="%Y-%m-%d", unit="s"), pa.date32())
        return pa.array(series, from_pandas=True, type=arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):  # values of another kind
        return pa.array(column_values(series.to_frame(), field), type=arrow_type)
