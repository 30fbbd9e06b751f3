"""Cross-table checks of the corpus tables, beyond their Pandera schemas and foreign keys.

Each returns failure cases shaped like `pipeline.tables.validate.FAILURE_COLUMNS` (empty =
passed). `table` is the corpus table the check belongs to; `index` names the failing row by id.

- every event is stated by at least one `summits` row, and every series by a document;
- `mentions` equals the number of distinct documents of the event's `summits` rows;
- `conflict` is non-empty exactly when those rows state different values of a voted field,
  and names exactly those fields;
- an event's `year` and `series_id` are those of its rows and their documents;
- `documents` and `events` of a series equal the rows that point at it.
"""

from __future__ import annotations

import pandas as pd

from pipeline.corpus.events import MATCHED_COLUMNS, VOTED, statements
from pipeline.corpus.memo import NO_MEMO, CorpusMemo, group_digests, row_hashes
from pipeline.corpus.rows import records
from pipeline.tables.keys import is_in
from pipeline.tables.validate import FAILURE_COLUMNS


def _failure(table: str, column: str, check: str, case: object, index: str) -> dict:
    return {"table": table, "column": column, "check": check, "failure_case": str(case), "index": index}


def _conflict_fields(note: object) -> set[str]:
    if not isinstance(note, str) or not note:
        return set()
    return {part.split(":", 1)[0].strip() for part in note.split("; ") if ":" in part}


def check_events(summits: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame,
                 memo: CorpusMemo = NO_MEMO) -> list[dict]:
    """`memo`: the failures of an event whose row, `summits` rows and their documents'
    series are as in an earlier run."""
    series_of_document = dict(zip(documents["document_id"], documents["series_id"]))
    event_order = events["event_id"].tolist()
    keys: dict[str, bytes] = {}
    known: dict[str, list[dict]] = {}
    if memo.folder is not None and len(events):
        stated_rows = summits[["event_id", *MATCHED_COLUMNS]].assign(
            _series=summits["document_id"].map(series_of_document).astype(object))
        stated = group_digests(summits["event_id"].to_numpy(dtype=object), row_hashes(stated_rows, stated_rows.columns))
        keys = {event_id: stated[event_id] + event_hash.tobytes()
                for event_id, event_hash in zip(event_order, row_hashes(events, events.columns)) if event_id in stated}
        known = {event_id: found for event_id, key in keys.items()
                 if (found := memo.get("event-checks", key)) is not None}
        if known:
            wanted = pd.Index([e for e in event_order if e not in known], dtype=events["event_id"].dtype)
            events = events[is_in(events["event_id"], wanted)]
            summits = summits[is_in(summits["event_id"], wanted)]
    rows_of: dict[str, list[dict]] = {}
    for row in records(summits, ("event_id", *MATCHED_COLUMNS)):
        rows_of.setdefault(row["event_id"], []).append(row)
    checked = {event["event_id"]: _event_failures(event, rows_of.get(event["event_id"], []), series_of_document)
               for event in records(events)}
    for event_id, failures in checked.items():
        if event_id in keys:
            memo.put("event-checks", keys[event_id], failures)
    return [failure for event_id in event_order
            for failure in (known[event_id] if event_id in known else checked[event_id])]


def _event_failures(event: dict, rows: list[dict], series_of_document: dict[str, str]) -> list[dict]:
    failures: list[dict] = []
    event_id = event["event_id"]
    if not rows:
        return [_failure("summit_events", "event_id", "stated by a summits row", event_id, event_id)]
    mentions = len({r["document_id"] for r in rows})
    if event["mentions"] != mentions:
        failures.append(_failure("summit_events", "mentions", f"equals its documents ({mentions})",
                                 event["mentions"], event_id))
    differing = {f for f in VOTED if len(statements(f, rows)) > 1}
    noted = _conflict_fields(event["conflict"])
    if noted != differing:
        failures.append(_failure("summit_events", "conflict",
                                 f"names exactly the fields that differ ({', '.join(sorted(differing)) or 'none'})",
                                 event["conflict"] if noted else "(empty)", event_id))
    if {int(r["year"]) for r in rows} != {int(event["year"])}:
        failures.append(_failure("summit_events", "year", "the year of its summits rows", event["year"], event_id))
    series = {series_of_document.get(r["document_id"]) for r in rows}
    if series != {event["series_id"]}:
        failures.append(_failure("summit_events", "series_id", "the series of its documents",
                                 event["series_id"], event_id))
    return failures


def check_series(series: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame) -> list[dict]:
    failures: list[dict] = []
    documents_per = documents["series_id"].value_counts()
    events_per = events["series_id"].value_counts()
    for row in records(series):
        series_id = row["series_id"]
        for column, counts, what in (("documents", documents_per, "documents rows"),
                                     ("events", events_per, "summit_events rows")):
            expected = int(counts.get(series_id, 0))
            if row[column] != expected:
                failures.append(_failure("summit_series", column, f"equals its {what} ({expected})",
                                         row[column], series_id))
    return failures


def check_corpus(tables: dict[str, pd.DataFrame], memo: CorpusMemo = NO_MEMO) -> pd.DataFrame:
    """Every corpus check over the whole release (`memo`: see `check_events`)."""
    failures = check_events(tables["summits"], tables["summit_events"], tables["documents"], memo)
    failures += check_series(tables["summit_series"], tables["summit_events"], tables["documents"])
    return pd.DataFrame(failures, columns=FAILURE_COLUMNS)
