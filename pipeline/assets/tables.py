"""Stage 3, tables: one Dagster asset per declared table, built in a single step.

One step (a multi-asset) instead of one per table keeps a run cheap; each table still
appears in the UI as its own asset with row count, column descriptions and a preview.
Rows of unchanged documents come from the tables saved by the previous run
(`pipeline.tables.incremental`); the new tables are saved for the next one.
"""

import dagster as dg

from pipeline.assets.metadata import table_metadata
from pipeline.assets.parsed import ParsedBatch
from pipeline.assets.resources import SammelanPaths
from pipeline.tables.incremental import assemble_tables, load_snapshot, save_snapshot
from schemas.tables import TABLES, TABLES_BY_NAME

TABLE_KEYS = {t.name: dg.AssetKey(t.name) for t in TABLES}


@dg.multi_asset(
    group_name="tables",
    outs={t.name: dg.AssetOut(description=t.description, is_required=True) for t in TABLES},
)
def tables(paths: SammelanPaths, parsed_documents: ParsedBatch):
    batch = parsed_documents
    snapshot = load_snapshot(paths.cache) if batch.reused else None
    frames = assemble_tables(batch.frames, batch.rejections, batch.reused, snapshot)
    del snapshot
    save_snapshot(paths.cache, {**batch.reused, **batch.documents}, frames)
    for name, df in frames.items():
        yield dg.Output(df, output_name=name, metadata=table_metadata(TABLES_BY_NAME[name], df))
