"""Stage 5, corpus: the tables across documents (`summit_series`, `summit_events`) and their checks.

A thin call into `pipeline.corpus.build_corpus` over the per-document tables, which the
`tables` stage has already linked (`documents.series_id`, `summits.event_id`). Each corpus
table has two blocking checks like every table: `schema` (its Pandera schema) and `relations`
(foreign keys into and out of it, ids unique across the release, and the corpus checks of
`pipeline.corpus.checks`: events stated, mentions, conflicts, counts). They are separate from
the `tables` stage's checks because they need the corpus tables, which come after. Rows of
the corpus tables that passed their schema in an earlier run are not validated again
(`check_tables_incremental`), and keys between per-document tables are left to `table_checks`.
Series, events and event checks whose rows did not change since an earlier run are taken
from it (`pipeline.corpus.memo`).
"""

import dagster as dg
import pandas as pd

from pipeline.assets.checks import check_result
from pipeline.assets.metadata import table_metadata
from pipeline.corpus import build_corpus
from pipeline.corpus.checks import check_corpus
from pipeline.corpus.memo import CorpusMemo
from pipeline.assets.resources import SammelanPaths
from pipeline.tables.validate import check_relations, check_tables_incremental
from schemas.tables import CORPUS_TABLES, TABLES, TABLES_BY_NAME

CORPUS_INPUTS = ("documents", "parties", "summits")


@dg.multi_asset(
    group_name="corpus",
    ins={name: dg.AssetIn(name) for name in CORPUS_INPUTS},
    outs={t.name: dg.AssetOut(description=t.description, is_required=True) for t in CORPUS_TABLES},
)
def corpus(paths: SammelanPaths, **frames):
    memo = CorpusMemo(paths.cache)
    built = build_corpus(frames, memo)
    memo.save()
    for name, df in built.items():
        yield dg.Output(df, output_name=name, metadata=table_metadata(TABLES_BY_NAME[name], df))


CORPUS_CHECK_SPECS = [
    spec
    for t in CORPUS_TABLES
    for spec in (
        dg.AssetCheckSpec("schema", asset=t.name, blocking=True,
                          description=f"Pandera schema of `{t.name}` from its declaration."),
        dg.AssetCheckSpec("relations", asset=t.name, blocking=True,
                          description="Foreign keys into and out of it resolve, ids are unique across the "
                          "release, and the corpus checks (events stated, mentions, conflicts, counts) pass.",
                          additional_deps=[o.name for o in TABLES if o.name != t.name]),
    )
]


def _concerns(failures, table: str):
    """Failures of `table`'s rows, and of rows elsewhere that point at it."""
    return failures[(failures["table"] == table) | failures["check"].str.contains(f"{table}.", regex=False)]


@dg.multi_asset_check(specs=CORPUS_CHECK_SPECS, ins={t.name: dg.AssetIn(t.name) for t in TABLES})
def corpus_checks(paths: SammelanPaths, **frames):
    corpus_names = {t.name for t in CORPUS_TABLES}
    # Keys between per-document tables were checked by `table_checks`; ids across the release
    # need every table.
    relation_failures = check_relations(frames, touching=corpus_names)
    relation_failures = relation_failures[
        relation_failures["table"].isin(corpus_names)
        | relation_failures["check"].str.contains("|".join(corpus_names))
    ]
    memo = CorpusMemo(paths.cache)
    failures = pd.concat([relation_failures, check_corpus(frames, memo)], ignore_index=True)
    memo.save()
    schema_failures = check_tables_incremental({name: frames[name] for name in corpus_names}, paths.cache)
    for table in CORPUS_TABLES:
        yield check_result(table.name, "schema", schema_failures[table.name])
        yield check_result(table.name, "relations", _concerns(failures, table.name))
