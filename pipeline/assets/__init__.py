"""The Dagster layer, one module per stage: raw -> parsed -> tables (+ checks) -> corpus (+ checks) -> release.

Each asset is a thin call into the pure modules (`pipeline.ingest.reader`, `pipeline.parse`,
`pipeline.tables.build`, `pipeline.tables.validate`, `pipeline.corpus`, `pipeline.release`).
"""

from pipeline.assets.checks import table_checks
from pipeline.assets.corpus import corpus, corpus_checks
from pipeline.assets.parsed import parsed_documents
from pipeline.assets.raw import raw_documents
from pipeline.assets.release import release
from pipeline.assets.tables import tables

ASSETS = [raw_documents, parsed_documents, tables, corpus, release]
CHECKS = [table_checks, corpus_checks]
