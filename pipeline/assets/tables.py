"""Stage 3, tables: one Dagster asset per per-document table, built in a single step.

One step (a multi-asset) instead of one per table keeps a run cheap; each table still
appears in the UI as its own asset with row count, column descriptions and a preview.
Rows of unchanged documents come from the tables saved by the previous run
(`pipeline.tables.incremental`); the new tables are saved for the next one. What depends on
the whole raw folder (rejections, the sources manifest, the links to the corpus) is made
again over the full frames every run (`pipeline.tables.build.complete_document_tables`), the
links from the series and meetings of an earlier run where their rows did not change
(`pipeline.corpus.memo`).
"""

import dagster as dg

from pipeline.assets.metadata import table_metadata
from pipeline.assets.parsed import ParsedBatch
from pipeline.assets.resources import SammelanPaths
from pipeline.corpus.memo import CorpusMemo
from pipeline.progress import report
from pipeline.tables.build import complete_document_tables
from pipeline.tables.incremental import assemble_tables, kept_files, load_snapshot, save_snapshot
from schemas.tables import DOCUMENT_TABLES, TABLES_BY_NAME

TABLE_KEYS = {t.name: dg.AssetKey(t.name) for t in DOCUMENT_TABLES}


@dg.multi_asset(
    group_name="tables",
    outs={t.name: dg.AssetOut(description=t.description, is_required=True) for t in DOCUMENT_TABLES},
)
def tables(paths: SammelanPaths, parsed_documents: ParsedBatch):
    batch = parsed_documents
    report("build tables", 0, len(DOCUMENT_TABLES))
    snapshot = load_snapshot(paths.cache) if batch.reused else None
    kept = assemble_tables(batch.frames, batch.reused, snapshot)
    unchanged = kept_files(snapshot, kept)  # their files stay as they are
    del snapshot
    save_snapshot(paths.cache, {**batch.reused, **batch.documents}, kept, unchanged)
    memo = CorpusMemo(paths.cache)
    frames = complete_document_tables(kept, batch.rejections, batch.sources, memo)
    memo.save()
    report("build tables", len(DOCUMENT_TABLES), len(DOCUMENT_TABLES))
    for name, df in frames.items():
        yield dg.Output(df, output_name=name, metadata=table_metadata(TABLES_BY_NAME[name], df))
