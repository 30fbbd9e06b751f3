"""DataFrame rows as plain dicts, fast: the corpus works row by row over every summit."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def records(df: pd.DataFrame, columns: Sequence[str] | None = None) -> list[dict]:
    """Rows of `df` (only `columns`, default all) as dicts; missing values are None.
    Column-wise `tolist` is several times faster than `DataFrame.to_dict(orient="records")`."""
    columns = list(df.columns if columns is None else columns)
    values = [df[c].astype(object).where(df[c].notna(), None).tolist() for c in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]
