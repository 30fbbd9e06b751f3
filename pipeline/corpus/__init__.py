"""Stage `corpus`: from per-document tables to one row per summit series and per real summit.

Every other table says what one document states; this stage says what the documents state
together. Pure functions over DataFrames, no Dagster, no I/O:

- `series`: which series each document is about (parties + kind) and the `summit_series` table
- `events`: which `summits` rows are the same meeting, and the `summit_events` table with the
  values the documents agree on and a `conflict` note where they do not
- `checks`: the cross-table checks of both tables (referenced events, mentions, conflicts)

- `memo`: results of an earlier run kept by the content they were computed from, so that a
  run after one changed document recomputes only its series, meetings and events

Two steps, so that table building (per document, maybe incremental) and the corpus can run
apart: `link_documents` gives `documents.series_id` and `summits.event_id`; `build_corpus`
builds `summit_series` and `summit_events` from the linked tables.
"""

from __future__ import annotations

import pandas as pd

from pipeline.corpus.events import assign_events, build_events
from pipeline.corpus.memo import NO_MEMO, CorpusMemo
from pipeline.corpus.series import identify_all, series_table

__all__ = ["build_corpus", "link_documents"]


def link_documents(tables: dict[str, pd.DataFrame], memo: CorpusMemo = NO_MEMO) -> dict[str, pd.DataFrame]:
    """`tables` with `documents.series_id` and `summits.event_id` filled in (other tables as
    given). `memo`: results of an earlier run for what did not change (`pipeline.corpus.memo`)."""
    series_of = identify_all(tables["documents"], tables["parties"], memo)
    documents = tables["documents"].assign(
        series_id=tables["documents"]["document_id"].map(lambda d: series_of[d].series_id).astype("str"))
    series_of_document = {d: s.series_id for d, s in series_of.items()}
    summits = tables["summits"].assign(event_id=assign_events(tables["summits"], series_of_document, memo))
    return {**tables, "documents": documents, "summits": summits}


def build_corpus(tables: dict[str, pd.DataFrame], memo: CorpusMemo = NO_MEMO) -> dict[str, pd.DataFrame]:
    """`summit_series` and `summit_events` from linked `documents`, `parties` and `summits`."""
    documents = tables["documents"]
    series_of_document = dict(zip(documents["document_id"], documents["series_id"]))
    events = build_events(tables["summits"], series_of_document, memo)
    return {"summit_series": series_table(documents, tables["parties"], events, memo), "summit_events": events}
