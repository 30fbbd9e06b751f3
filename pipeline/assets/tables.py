"""Stage 3, tables: one Dagster asset per per-document table, built in a single step.

One step (a multi-asset) instead of one per table keeps a run cheap; each table still
appears in the UI as its own asset with row count, column descriptions and a preview.
"""

import dagster as dg

from pipeline.assets.metadata import table_metadata
from pipeline.assets.parsed import ParsedBatch
from pipeline.progress import report
from pipeline.tables.build import build_document_tables
from schemas.tables import DOCUMENT_TABLES, TABLES_BY_NAME

TABLE_KEYS = {t.name: dg.AssetKey(t.name) for t in DOCUMENT_TABLES}


@dg.multi_asset(
    group_name="tables",
    outs={t.name: dg.AssetOut(description=t.description, is_required=True) for t in DOCUMENT_TABLES},
)
def tables(parsed_documents: ParsedBatch):
    report("build tables", 0, len(DOCUMENT_TABLES))
    frames = build_document_tables(parsed_documents.documents, parsed_documents.rejections, parsed_documents.sources)
    report("build tables", len(DOCUMENT_TABLES), len(DOCUMENT_TABLES))
    for name, df in frames.items():
        yield dg.Output(df, output_name=name, metadata=table_metadata(TABLES_BY_NAME[name], df))
