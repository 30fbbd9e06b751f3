"""Which summit series a document is about, and the `summit_series` table.

A series is its set of parties and its kind, whatever a title's wording:

- party identity: the slug of the party's English name (`parties.name_en`), or of its Hindi name
  romanized when the lexicon has no English name. (`iso3` is not needed: a party with an ISO code
  has an English name too, and the id stays readable.)
- kind, from the words of the title (`KIND_WORDS`): informal (अनौपचारिक), consultations (परामर्श),
  otherwise regular (वार्षिक or no qualifier: an India–Russia article titled "वार्षिक सम्मेलन" and
  one titled "शिखर सम्मेलन" are the same series).
- group: when the title's head (before a ':' or dash) names one organisation of the lexicon and
  no other side (ब्रिक्स शिखर सम्मेलन, G20 शिखर सम्मेलन), or, when the title names no side, the
  parties hold exactly one organisation and not exactly one other side, the series is that
  group's summits: member countries do not identify it, since membership changes. One
  organisation and one country (भारत-यूरोपीय संघ) is a bilateral series of the two.
- a document whose parties are all unrecognized is identified by its title.

`series_id` = sorted party slugs joined by `_`, then `.` and the kind (`india_russia.regular`,
`brics.group`): from content, so adding or revising a document never renames a series.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from statistics import mean

import numpy as np
import pandas as pd

from pipeline.corpus.memo import NO_MEMO, CorpusMemo, group_digests, row_hashes
from pipeline.corpus.rows import records
from pipeline.parse.language.lexicon import Entry, Lexicon, default_lexicon
from pipeline.parse.language.text import match_key, romanize, slug
from pipeline.tables.build import frame
from pipeline.tables.keys import is_in
from schemas.tables import SUMMIT_SERIES

#: First match wins; titles without any of these words are `regular`.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("informal", ("अनौपचारिक",)),
    ("consultations", ("परामर्श",)),
)
#: How a kind is named after the parties (Hindi, English).
KIND_NAMES = {
    "regular": ("शिखर सम्मेलन", "summit"),
    "informal": ("अनौपचारिक शिखर सम्मेलन", "informal summit"),
    "consultations": ("अंतर-सरकारी परामर्श", "intergovernmental consultations"),
    "group": ("शिखर सम्मेलन", "summit"),
}
#: A regular series is named annual when most of its documents' titles say so.
ANNUAL = ("वार्षिक", "annual")
MAX_NAME_WORDS = 4
PARTY_COLUMNS = ("document_id", "name", "name_en", "name_romanized", "kind", "position")
DOCUMENT_COLUMNS = ("document_id", "title", "title_en")
SERIES_EVENT_COLUMNS = ("series_id", "year", "status")
SIDE_KINDS = ("country", "organisation")
_TITLE_SPLIT = re.compile(r"[\s:;,()\[\]{}|/\"'“”‘’–—-]+")
_TITLE_HEAD_END = re.compile(r":|\s[–—-]\s|—")


@dataclass(frozen=True)
class Party:
    key: str
    name: str
    name_en: str | None
    name_romanized: str
    organisation: bool
    position: int


@dataclass(frozen=True)
class DocumentSeries:
    """The series one document is about; `parties` are the document's own parties."""

    document_id: str
    series_id: str
    kind: str
    parties: tuple[Party, ...]
    group: Party | None
    title: str
    title_en: str | None


def title_kind(title: str) -> str:
    keys = {match_key(w) for w in _TITLE_SPLIT.split(title) if w}
    for kind, words in KIND_WORDS:
        if any(match_key(w) in keys for w in words):
            return kind
    return "regular"


def title_head(title: str) -> str:
    """The headline's name part: a news headline's deck after ':' or a dash is not the series."""
    return _TITLE_HEAD_END.split(title, maxsplit=1)[0]


@cache
def _one_word_english_names(lexicon: Lexicon) -> dict[str, Entry]:
    return {e.english.casefold(): e for e in lexicon.entries if e.kind in SIDE_KINDS and " " not in e.english}


def title_sides(title: str, lexicon: Lexicon) -> list[Entry]:
    """Countries and organisations of the lexicon that the title's head names, in Hindi
    (भारत, ब्रिक्स, जी-20) or by a one-word English name (G20, BRICS)."""
    english = _one_word_english_names(lexicon)
    head = title_head(title)
    found: dict[str, Entry] = {}
    for token in head.split():  # a hyphenated name as a whole (जी-20) before its pieces
        entry = lexicon.lookup(token.strip(":;,()[]|\"'“”"), SIDE_KINDS)
        if entry:
            found.setdefault(entry.english, entry)
    words = [w for w in _TITLE_SPLIT.split(head) if w]
    start = 0
    while start < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
            phrase = words[start:start + n]
            entry = lexicon.lookup(" ".join(phrase), SIDE_KINDS) or (
                english.get(phrase[0].casefold()) if n == 1 else None)
            if entry:
                found.setdefault(entry.english, entry)
                start += n - 1
                break
        start += 1
    return list(found.values())


def _party(row: dict) -> Party:
    name_en = row["name_en"] if isinstance(row["name_en"], str) else None
    romanized = row["name_romanized"] if isinstance(row["name_romanized"], str) else romanize(row["name"])
    return Party(slug(name_en) if name_en else slug(row["name"]), row["name"], name_en, romanized,
                 row["kind"] == "organisation", int(row["position"]))


def identify(document: dict, parties: list[dict], lexicon: Lexicon | None = None) -> DocumentSeries:
    """The series of one document (`document`: its `documents` row; `parties`: its `parties` rows)."""
    lexicon = lexicon or default_lexicon()
    title, title_en = document["title"], document["title_en"] if isinstance(document["title_en"], str) else None
    own = tuple(_party(p) for p in sorted(parties, key=lambda p: p["position"]))
    group = _group(title, own, lexicon)
    if group is not None:
        return DocumentSeries(document["document_id"], f"{group.key}.group", "group", own, group, title, title_en)
    kind = title_kind(title)
    keys = sorted({p.key for p in own}) or [slug(title_head(title))]
    return DocumentSeries(document["document_id"], f"{'_'.join(keys)}.{kind}", kind, own, None, title, title_en)


@lru_cache(maxsize=65536)
def _title_sides_cached(title: str, lexicon: Lexicon) -> tuple[Entry, ...]:
    return tuple(title_sides(title, lexicon))  # copies of one article share their title


def _group(title: str, own: tuple[Party, ...], lexicon: Lexicon) -> Party | None:
    """The organisation whose summits the document is about, if it is a group's series: the
    title names that one organisation and no other side, or (title silent) the parties hold
    exactly one organisation and not exactly one other side."""
    sides = _title_sides_cached(title, lexicon)
    if len(sides) == 1 and sides[0].kind == "organisation":
        entry = sides[0]
        key = slug(entry.english)
        return next((p for p in own if p.key == key), Party(key, entry.hindi, entry.english, romanize(entry.hindi), True, 0))
    if sides:
        return None
    organisations = [p for p in own if p.organisation]
    others = {p.key for p in own if not p.organisation}
    return organisations[0] if len(organisations) == 1 and len(others) != 1 else None


def identify_all(documents: pd.DataFrame, parties: pd.DataFrame, memo: CorpusMemo = NO_MEMO) -> dict[str, DocumentSeries]:
    """document_id -> its series, for every row of `documents`. `memo`: series of documents
    whose `documents` row (id, titles) and `parties` rows are as in an earlier run."""
    keys = None
    if memo.folder is not None:
        parties_of = group_digests(parties["document_id"], row_hashes(parties, PARTY_COLUMNS))
        keys = {doc: row.tobytes() + parties_of.get(doc, b"")
                for doc, row in zip(documents["document_id"].tolist(), row_hashes(documents, DOCUMENT_COLUMNS))}
        known = {doc: memo.get("series", key) for doc, key in keys.items()}
        todo = [doc for doc, found in known.items() if found is None]
        if len(todo) < len(known):
            wanted = pd.Index(todo, dtype=documents["document_id"].dtype)
            documents = documents[is_in(documents["document_id"], wanted)]
            parties = parties[is_in(parties["document_id"], wanted)]
    lexicon = default_lexicon()
    by_document: dict[str, list[dict]] = {}
    for row in records(parties, PARTY_COLUMNS):
        by_document.setdefault(row["document_id"], []).append(row)
    found = {
        row["document_id"]: identify(row, by_document.get(row["document_id"], []), lexicon)
        for row in records(documents, DOCUMENT_COLUMNS)
    }
    if keys is None:
        return found
    for doc, series in found.items():
        memo.put("series", keys[doc], series)
    return {doc: known[doc] or found[doc] for doc in keys}


def _most_common(values) -> str | None:
    """The most frequent value; ties go to the smallest, so the choice never depends on order."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _series_row(series_id: str, members: list[DocumentSeries], events: list[dict]) -> dict:
    kind = members[0].kind
    parties: dict[str, list[Party]] = {}
    for member in members:
        for party in member.parties:
            parties.setdefault(party.key, []).append(party)
    group = members[0].group
    if group is not None:
        parties.setdefault(group.key, [group])
        hindi_names, english_names = [_most_common(p.name for p in parties[group.key])], [group.name_en]
    elif parties:
        order = sorted(parties, key=lambda k: (mean(p.position for p in parties[k]), k))
        hindi_names = [_most_common(p.name for p in parties[k]) for k in order]
        english_names = [_most_common(p.name_en for p in parties[k]) for k in order]
    else:
        hindi_names, english_names = [], []
    hindi_kind, english_kind = KIND_NAMES[kind]
    if kind == "regular" and 2 * sum(match_key(ANNUAL[0]) in map(match_key, m.title.split()) for m in members) > len(members):
        hindi_kind, english_kind = f"{ANNUAL[0]} {hindi_kind}", f"{ANNUAL[1]} {english_kind}"
    if hindi_names:
        name = f"{'-'.join(hindi_names)} {hindi_kind}"
        name_en = f"{'–'.join(english_names)} {english_kind}" if all(english_names) else None
    else:
        name = _most_common(m.title for m in members)
        name_en = _most_common(m.title_en for m in members if m.title == name)
    shown = sorted({_most_common(p.name_en for p in ps) or ps[0].name_romanized for ps in parties.values()},
                   key=lambda n: (n.casefold(), n))
    held = [e["year"] for e in events if e["status"] == "held"]
    return {
        "series_id": series_id,
        "name": name,
        "name_en": name_en,
        "name_romanized": romanize(name),
        "kind": kind,
        "parties": "|".join(shown) or None,
        "documents": len(members),
        "events": len(events),
        "first_year": min(held, default=None),
        "last_year": max(held, default=None),
    }


def build_series(series_of: dict[str, DocumentSeries], events: pd.DataFrame) -> pd.DataFrame:
    """One `summit_series` row per series that some document is about."""
    return frame(SUMMIT_SERIES, _series_rows(series_of, events).values())


def _series_rows(series_of: dict[str, DocumentSeries], events: pd.DataFrame) -> dict[str, dict]:
    members: dict[str, list[DocumentSeries]] = {}
    for document_id in sorted(series_of):
        members.setdefault(series_of[document_id].series_id, []).append(series_of[document_id])
    events_of: dict[str, list[dict]] = {}
    for event in records(events, SERIES_EVENT_COLUMNS):
        events_of.setdefault(event["series_id"], []).append(event)
    return {sid: _series_row(sid, docs, events_of.get(sid, [])) for sid, docs in members.items()}


def series_table(documents: pd.DataFrame, parties: pd.DataFrame, events: pd.DataFrame,
                 memo: CorpusMemo = NO_MEMO) -> pd.DataFrame:
    """`build_series` from linked `documents` (`series_id` filled in), their `parties` and
    `summit_events`. `memo`: rows of series whose documents, parties and events are as in an
    earlier run; only the documents of the other series are identified again."""
    if memo.folder is None:
        return build_series(identify_all(documents, parties), events)
    series_of_document = dict(zip(documents["document_id"], documents["series_id"]))
    document_labels = documents["series_id"].to_numpy(dtype=object)
    labels = np.concatenate([
        document_labels,
        parties["document_id"].map(series_of_document).fillna("").to_numpy(dtype=object),
        events["series_id"].to_numpy(dtype=object),
    ])
    hashes = np.concatenate([row_hashes(documents, (*DOCUMENT_COLUMNS, "series_id")),
                             row_hashes(parties, PARTY_COLUMNS), row_hashes(events, SERIES_EVENT_COLUMNS)])
    keys = group_digests(labels, hashes, salt=labels)
    rows = {sid: memo.get("series-rows", keys[sid]) for sid in pd.unique(document_labels)}
    missing = pd.Index([sid for sid, row in rows.items() if row is None], dtype=documents["series_id"].dtype)
    if len(missing):
        mine = documents[is_in(documents["series_id"], missing)]
        their_parties = parties[is_in(parties["document_id"], mine["document_id"])]
        built = _series_rows(identify_all(mine, their_parties), events[is_in(events["series_id"], missing)])
        for sid, row in built.items():
            memo.put("series-rows", keys[sid], row)
            rows[sid] = row
    return frame(SUMMIT_SERIES, rows.values())
