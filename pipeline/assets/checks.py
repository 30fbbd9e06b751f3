"""Blocking validation of every table: its Pandera schema and the cross-table checks.

Per table two checks: `schema` (the Pandera schema rendered from the declaration) and
`relations` (foreign keys resolve, ids unique across the release). Both are blocking:
a failure stops the run before `corpus` and `release`, and the failing rows are in the check
metadata. Keys into the corpus tables (`documents.series_id`, `summits.event_id`) are checked by
the corpus stage's checks (`pipeline.assets.corpus`), which run once those tables exist.
Rows that passed the schema in an earlier run under the same declarations are not validated
again (`pipeline.tables.validate.check_tables_incremental`); keys are checked on whole tables.
"""

import dagster as dg

from pipeline.assets.metadata import failures_markdown
from pipeline.assets.resources import SammelanPaths
from pipeline.progress import tracked
from pipeline.tables.validate import check_relations, check_tables_incremental
from schemas.tables import DOCUMENT_TABLES

CHECK_SPECS = [
    spec
    for t in DOCUMENT_TABLES
    for spec in (
        dg.AssetCheckSpec("schema", asset=t.name, blocking=True,
                          description=f"Pandera schema of `{t.name}` from its declaration."),
        dg.AssetCheckSpec("relations", asset=t.name, blocking=True,
                          description="Foreign keys resolve; ids are unique across the release.",
                          additional_deps=[o.name for o in DOCUMENT_TABLES if o.name != t.name]),
    )
]


def check_result(table: str, check: str, failures) -> dg.AssetCheckResult:
    metadata = {"failures": len(failures)}
    if len(failures):
        metadata["failure_cases"] = failures_markdown(failures)
    return dg.AssetCheckResult(asset_key=table, check_name=check, passed=not len(failures), metadata=metadata)


@dg.multi_asset_check(specs=CHECK_SPECS, ins={t.name: dg.AssetIn(t.name) for t in DOCUMENT_TABLES})
def table_checks(paths: SammelanPaths, **frames):
    relation_failures = check_relations(frames)
    schema_failures = check_tables_incremental(frames, paths.cache)
    for table in tracked(DOCUMENT_TABLES, "validate tables", len(DOCUMENT_TABLES)):
        yield check_result(table.name, "schema", schema_failures[table.name])
        yield check_result(table.name, "relations", relation_failures[relation_failures["table"] == table.name])
