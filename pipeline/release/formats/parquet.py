"""`parquet/<table>.parquet`: one Parquet file per table, typed by the declaration.

The Arrow schema (`schemas.arrow_schema`) carries every field's description and the table's
keys in its metadata. Zstandard compression, no statistics beyond the defaults, and no
timestamps in the file: the same frames give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.release.datapackage import parquet_path
from pipeline.release.formats.values import arrow_values
from schemas.arrow_schema import arrow_schema
from schemas.model import Table

def arrow_table(frame: pd.DataFrame, table: Table) -> pa.Table:
    schema = arrow_schema(table)
    return pa.Table.from_arrays([arrow_values(frame[f.name], f) for f in table.fields], schema=schema)


def write_parquet(folder: Path, tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...]) -> None:
    """One file per table of `declarations`."""
    for table in declarations:
        (folder / parquet_path(table)).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(arrow_table(tables[table.name], table), folder / parquet_path(table), compression="zstd")
