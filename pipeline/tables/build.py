"""From parsed documents to the published tables (pandas DataFrames).

`parse_raw` runs the pure parser on one decoded file; `build_tables` stacks the rows of many
documents into one DataFrame per declared table, with the declared column order and dtypes,
sorted by primary key so the same input always gives the same frame.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pipeline.ingest.reader import RawDocument, Rejection
from pipeline.parse import DocumentRejected, ParsedDocument, parse_document
from schemas.model import Table
from schemas.pandera_schema import pandas_dtype
from schemas.tables import REJECTIONS, TABLES


def parse_raw(raw: RawDocument) -> ParsedDocument | Rejection:
    """Parse one decoded file; a document without structure becomes a `Rejection`."""
    try:
        parsed = parse_document(raw.document_id, raw.text)
    except DocumentRejected as rejected:
        return Rejection(raw.source_file, raw.source_sha256, raw.source_bytes, rejected.reason, rejected.detail)
    parsed.rows["documents"][0].update(
        source_file=raw.source_file, source_sha256=raw.source_sha256, source_bytes=raw.source_bytes
    )
    return parsed


def frame(table: Table, rows: Iterable[dict]) -> pd.DataFrame:
    """Rows as a DataFrame shaped exactly like the declaration, sorted by primary key."""
    columns = table.field_names
    df = pd.DataFrame.from_records(list(rows), columns=columns)
    for f in table.fields:
        df[f.name] = df[f.name].astype(pandas_dtype(f))
    return df.sort_values(list(table.primary_key), kind="stable", ignore_index=True)


def build_tables(parsed: Iterable[ParsedDocument], rejections: Iterable[Rejection]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {t.name: [] for t in TABLES}
    for document in parsed:
        for name, table_rows in document.rows.items():
            rows[name].extend(table_rows)
    rows[REJECTIONS.name] = [r.as_row() for r in rejections]
    return {t.name: frame(t, rows[t.name]) for t in TABLES}
