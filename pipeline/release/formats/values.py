"""Typed values of one column, as the declaration types it: None for an empty cell, int,
float, str, `datetime.date` for dates, bool. Shared by the writers so that the workbook,
SQLite and Parquet agree on what a cell holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

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
