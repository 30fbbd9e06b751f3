"""Stage 3, tables: one Dagster asset per declared table, built in a single step.

One step (a multi-asset) instead of one per table keeps a run cheap; each table still
appears in the UI as its own asset with row count, column descriptions and a preview.
"""

import dagster as dg

from pipeline.assets.metadata import table_metadata
from pipeline.assets.parsed import ParsedBatch
from pipeline.progress import report
from pipeline.tables.build import build_tables
from schemas.tables import TABLES, TABLES_BY_NAME

TABLE_KEYS = {t.name: dg.AssetKey(t.name) for t in TABLES}


@dg.multi_asset(
    group_name="tables",
    outs={t.name: dg.AssetOut(description=t.description, is_required=True) for t in TABLES},
)
def tables(parsed_documents: ParsedBatch):
    report("build tables", 0, len(TABLES))
    frames = build_tables(parsed_documents.documents, parsed_documents.rejections)
    report("build tables", len(TABLES), len(TABLES))
    for name, df in frames.items():
        yield dg.Output(df, output_name=name, metadata=table_metadata(TABLES_BY_NAME[name], df))
