"""Real summits across documents: which `summits` rows state the same meeting, and what the
documents say about it (`summit_events`).

Matching (`assign_events`), within one series and one year:

1. Rows of one document that do not contradict each other (no two different known dates,
   cities or modes) are one meeting stated twice; rows that do are separate meetings.
2. The series met as many times that year as the document that states the most meetings
   says. Once: every row of every document is that one meeting, even when the documents
   disagree on the city or the date (that is a conflict, not a second summit).
3. Several times: the meetings of that document (the first such document by id) are the
   anchors; each meeting of another document joins the anchor it agrees with most (same date,
   then same city, edition and mode; a contradicting date counts against), never two of one
   document's meetings to one anchor; ties go to the earlier anchor.

Ids: `<series_id>.<year>`; when the series met more than once that year, the meetings in order
of their earliest known date (then their place in the anchor document) are `<series_id>.<year>`,
`<series_id>.<year>-2`, ... so adding or revising a document keeps every id unless it reveals
a second meeting in a year.

Values (`build_events`): each document votes once per field with the value it states; a value is
chosen by agreement or majority; a tie leaves the field empty; any disagreement is written to
`conflict`. Planned and cancelled summits are events too, with their status.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from pipeline.corpus.memo import NO_MEMO, CorpusMemo, group_digests, row_hashes

from pipeline.corpus.rows import records
from pipeline.parse.language.text import match_key
from pipeline.tables.build import frame
from schemas.tables import SUMMIT_EVENTS

#: Fields decided by the documents' votes, in the order `conflict` lists them.
VOTED = ("date", "date_end", "city", "mode", "edition", "status")
#: The city fields that travel with the chosen city.
CITY_FIELDS = ("city", "city_en", "city_romanized", "city_geonames_id", "latitude", "longitude", "country_code")
#: Statements of these values never outvote a report (a plan is not a contradiction).
WEAK = {"mode": {"unknown"}, "status": {"planned"}}
MAX_LISTED_DOCUMENTS = 3
NO_DATE = "9999-99-99"
#: The `summits` columns matching and voting read.
MATCHED_COLUMNS = ("summit_id", "document_id", "year", "source_line", *CITY_FIELDS,
                   *(f for f in VOTED if f not in CITY_FIELDS))


def _present(value) -> bool:
    if value is None:
        return False
    return value != "" if isinstance(value, str) else not pd.isna(value)


def with_keys(rows: list[dict]) -> list[dict]:
    """`rows` with their vote keys computed once (under `_keys`); returns the same list."""
    for row in rows:
        row["_keys"] = {field: vote_key(field, row) for field in VOTED}
    return rows


def _key(field: str, row: dict):
    keys = row.get("_keys")
    return keys[field] if keys is not None else vote_key(field, row)


def vote_key(field: str, row: dict):
    """What a row states for `field`, as compared across documents (None: states nothing).
    Cities compare by English name, else by Hindi spelling variant (नई/नयी दिल्ली are one)."""
    if field == "city":
        if _present(row.get("city_en")):
            return "en:" + row["city_en"].casefold()
        return "hi:" + match_key(row["city"]) if _present(row.get("city")) else None
    value = row.get(field)
    if not _present(value) or value in WEAK.get(field, ()):
        return None
    return int(value) if field == "edition" else str(value)


def statements(field: str, rows: list[dict]) -> dict:
    """key -> sorted document ids that state it; weak values count only when nothing else is said."""
    stated: dict = {}
    for row in rows:
        key = _key(field, row)
        if key is not None:
            stated.setdefault(key, set()).add(row["document_id"])
    if not stated and field in WEAK:
        for row in rows:
            value = row.get(field)
            if _present(value) and field != "mode":
                stated.setdefault(str(value), set()).add(row["document_id"])
    return {k: sorted(v) for k, v in stated.items()}


# --- matching ------------------------------------------------------------------------------


def _compatible(a: dict, b: dict) -> bool:
    for field in ("date", "city", "mode"):
        ka, kb = _key(field, a), _key(field, b)
        if ka is not None and kb is not None and ka != kb:
            return False
    return True


def _meetings_of_document(rows: list[dict]) -> list[list[dict]]:
    """One document's rows of one series-year, grouped into the meetings it states."""
    meetings: list[list[dict]] = []
    for row in sorted(rows, key=lambda r: r["source_line"]):
        home = next((m for m in meetings if all(_compatible(row, other) for other in m)), None)
        if home is None:
            meetings.append([row])
        else:
            home.append(row)
    return meetings


def _first(field: str, rows: list[dict]):
    return next((k for k in (_key(field, r) for r in rows) if k is not None), None)


def _agreement(meeting: list[dict], anchor: list[dict]) -> int:
    score = 0
    for field, agree, disagree in (("date", 8, -8), ("city", 4, -1), ("edition", 2, -2), ("mode", 1, -1)):
        a, b = _first(field, meeting), _first(field, anchor)
        if a is not None and b is not None:
            score += agree if a == b else disagree
    return score


def _match_year(rows: list[dict]) -> list[list[dict]]:
    """The meetings of one series in one year, each a list of `summits` rows, in id order."""
    rows_of: dict[str, list[dict]] = {}
    for row in rows:
        rows_of.setdefault(row["document_id"], []).append(row)
    by_document = {d: _meetings_of_document(rows_of[d]) for d in sorted(rows_of)}
    count = max(len(m) for m in by_document.values())
    if count == 1:
        return [rows]
    anchor_document = next(d for d, m in by_document.items() if len(m) == count)
    events = [list(m) for m in by_document[anchor_document]]
    anchors = [list(m) for m in events]
    for document_id, meetings in by_document.items():
        if document_id == anchor_document:
            continue
        taken: set[int] = set()
        for meeting in meetings:
            scores = [(_agreement(meeting, anchor), -i) for i, anchor in enumerate(anchors) if i not in taken]
            best = -max(scores)[1]
            taken.add(best)
            events[best].extend(meeting)
    position = {id(m): i for i, m in enumerate(events)}
    return sorted(events, key=lambda m: (min((r["date"] for r in m if _present(r.get("date"))), default=NO_DATE),
                                         position[id(m)]))


def assign_events(summits: pd.DataFrame, series_of_document: dict[str, str], memo: CorpusMemo = NO_MEMO) -> pd.Series:
    """The `event_id` of every `summits` row (same index). `memo`: the ids of a series-year
    whose rows are as in an earlier run."""
    series = summits["document_id"].map(series_of_document)
    labels = series.astype(str) + "\x1f" + summits["year"].astype(str)
    event_ids = np.empty(len(summits), dtype=object)
    todo = np.ones(len(summits), dtype=bool)
    keys = {}
    if memo.folder is not None and len(summits):
        labels_array = labels.to_numpy(dtype=object)  # the label salts the digest: ids name the series
        keys = group_digests(labels_array, row_hashes(summits, MATCHED_COLUMNS), salt=labels_array)
        positions = pd.Series(np.arange(len(summits))).groupby(labels_array, sort=False).indices
        for label, key in keys.items():
            known = memo.get("meetings", key)
            if known is not None:
                where = positions[label]
                event_ids[where] = known
                todo[where] = False
    rows = with_keys(records(summits.iloc[np.flatnonzero(todo)] if not todo.all() else summits, MATCHED_COLUMNS))
    places = np.flatnonzero(todo)
    groups: dict[tuple[str, int], list[dict]] = {}
    for position, row in zip(places.tolist(), rows):
        row["_position"] = position
        groups.setdefault((series_of_document[row["document_id"]], int(row["year"])), []).append(row)
    for (series_id, year), group in groups.items():
        for sequence, meeting in enumerate(_match_year(group), start=1):
            event_id = f"{series_id}.{year}" if sequence == 1 else f"{series_id}.{year}-{sequence}"
            for row in meeting:
                event_ids[row["_position"]] = event_id
        if keys:
            memo.put("meetings", keys[f"{series_id}\x1f{year}"], [event_ids[r["_position"]] for r in group])
    return pd.Series(event_ids, index=summits.index, dtype="str")


# --- values --------------------------------------------------------------------------------


def _documents(ids: list[str]) -> str:
    noun = "document" if len(ids) == 1 else "documents"
    shown = ", ".join(ids[:MAX_LISTED_DOCUMENTS])
    more = f", … {len(ids) - MAX_LISTED_DOCUMENTS} more" if len(ids) > MAX_LISTED_DOCUMENTS else ""
    return f"{len(ids)} {noun}: {shown}{more}"


def _shown(field: str, key, rows: list[dict]) -> str:
    """A stated value as people read it: a city in its most frequent Hindi spelling."""
    if field == "city":
        spellings = Counter(r["city"] for r in rows if _key("city", r) == key)
        return min(spellings, key=lambda s: (-spellings[s], s))
    return str(key)


def decide(field: str, rows: list[dict]) -> tuple[object | None, str | None]:
    """The chosen key for `field` (None: nothing stated, or a tie) and the conflict note."""
    stated = statements(field, rows)
    if not stated:
        return None, None
    ranked = sorted(stated, key=lambda k: (-len(stated[k]), str(k)))
    note = None
    if len(ranked) > 1:
        note = f"{field}: " + " / ".join(f"{_shown(field, k, rows)} ({_documents(stated[k])})" for k in ranked)
    tie = len(ranked) > 1 and len(stated[ranked[0]]) == len(stated[ranked[1]])
    return (None if tie else ranked[0]), note


def _city(key, rows: list[dict]) -> dict:
    if key is None:
        return {f: None for f in CITY_FIELDS}
    chosen = [r for r in rows if _key("city", r) == key]
    spelling = _shown("city", key, rows)
    best = min((r for r in chosen if r["city"] == spelling),
               key=lambda r: (not _present(r.get("city_geonames_id")), r["document_id"], r["source_line"]))
    return {f: best.get(f) if _present(best.get(f)) else None for f in CITY_FIELDS}


def _event_row(event_id: str, series_id: str, rows: list[dict]) -> dict:
    chosen, notes = {}, []
    for field in VOTED:
        chosen[field], note = decide(field, rows)
        if note:
            notes.append(note)
    return {
        "event_id": event_id,
        "series_id": series_id,
        "year": int(rows[0]["year"]),
        "date": chosen["date"],
        "date_end": chosen["date_end"],
        **_city(chosen["city"], rows),
        "mode": chosen["mode"] or "unknown",
        "edition": chosen["edition"],
        "status": chosen["status"],
        "mentions": len({r["document_id"] for r in rows}),
        "conflict": "; ".join(notes) or None,
    }


def build_events(summits: pd.DataFrame, series_of_document: dict[str, str], memo: CorpusMemo = NO_MEMO) -> pd.DataFrame:
    """One `summit_events` row per distinct `summits.event_id` (`summits` already linked).
    `memo`: rows of events whose `summits` rows and series are as in an earlier run."""
    event_ids = summits["event_id"].to_numpy(dtype=object)
    known: dict[str, dict] = {}
    keys: dict = {}
    if memo.folder is not None and len(summits):
        series = summits["document_id"].map(series_of_document).to_numpy(dtype=object)
        keys = group_digests(event_ids, row_hashes(summits, ("event_id", *MATCHED_COLUMNS)), salt=series)
        known = {event_id: row for event_id, key in keys.items()
                 if (row := memo.get("events", key)) is not None}
    todo = summits if not known else summits[~pd.Series(event_ids).isin(list(known)).to_numpy()]
    grouped: dict[str, list[dict]] = {}
    for row in with_keys(records(todo, ("event_id", *MATCHED_COLUMNS))):
        grouped.setdefault(row["event_id"], []).append(row)
    built = {event_id: _event_row(event_id, series_of_document[members[0]["document_id"]], members)
             for event_id, members in grouped.items()}
    for event_id, row in built.items():
        if keys:
            memo.put("events", keys[event_id], row)
    order = pd.unique(event_ids) if len(event_ids) else []
    return frame(SUMMIT_EVENTS, (known.get(event_id) or built[event_id] for event_id in order))
