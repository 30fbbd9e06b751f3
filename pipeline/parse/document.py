"""Turn one document's text into table rows: the pure heart of the pipeline.

`parse_document(document_id, text)` returns a `ParsedDocument` whose `rows` map each table
name of `schemas.tables` to a list of dicts, or raises `DocumentRejected` when the text has
no recognizable structure or a line over `schemas.tables.MAX_LINE_CHARS`. It raises nothing
else, whatever the text (tests/test_properties.py). No I/O, no Dagster, no pandas: easy to test and to run in a
worker process.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from pipeline.parse.dates import Period, find_ordinal, find_periods
from pipeline.parse.lexicon import Entry as LexiconEntry, Lexicon, default_lexicon
from pipeline.parse.places import add_places
from pipeline.parse.structure import (
    LIST_ROLES,
    Line,
    LineTooLong,
    Section,
    Shape,
    check_line_lengths,
    clean_lines,
    find_shape,
    is_introduction,
    split_item,
)
from pipeline.parse.summits import Entry, Problem, find_place, read_entry, summit_mode
from pipeline.parse.text import content_tokens, match_key, romanize, slug, split_sentences

#: Bump when parsing rules change in a way that changes output; cached parses are then redone.
PARSER_VERSION = "2"

Row = dict[str, Any]


class DocumentRejected(Exception):
    """The whole document is refused; `reason` is a `rejections.reason` code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass
class ParsedDocument:
    document_id: str
    rows: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))


class _Ids:
    """Mints ids unique within one document: base, base-2, base-3 ... in reading order."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.issued: set[str] = set()

    def __call__(self, base: str) -> str:
        count = self.seen.get(base, 0) + 1
        candidate = base if count == 1 else f"{base}-{count}"
        while candidate in self.issued:  # "2010-12" may already be the label of December 2010
            count += 1
            candidate = f"{base}-{count}"
        self.seen[base] = count
        self.issued.add(candidate)
        return candidate


def _names(
    lexicon: Lexicon, prefix: str, text: str | None, kinds: tuple[str, ...] | None = None,
    *, with_source: bool = False,
) -> Row:
    """`<prefix>`, `<prefix>_en`, `<prefix>_romanized` (and `<prefix>_en_source`) for a Hindi name."""
    english = lexicon.english(text, kinds) if text is not None else None
    row = {prefix: text, f"{prefix}_en": english, f"{prefix}_romanized": romanize(text) if text is not None else None}
    if with_source:
        row[f"{prefix}_en_source"] = "lexicon" if english else None
    return row


def _provenance(line: Line, text: str | None = None) -> Row:
    return {"source_line": line.number, "source_text": text if text is not None else line.text}


# --- parties -------------------------------------------------------------------------------

PARTY_KINDS = ("country", "organisation")
# Words that end the parties' names in a title ("भारत-चीन अनौपचारिक शिखर सम्मेलन").
_SERIES_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक शिखर सम्मेलन द्विपक्षीय संवाद बैठक वार्ता अनौपचारिक औपचारिक संबंध साझेदारी"
).split())
MAX_PARTY_WORDS = 4


def party_names(title: str, lexicon: Lexicon) -> list[str]:
    """The sides a title names: words before the series words, split at '-' or और.

    A name the lexicon knows as a whole (जी-20) is not split; within a part, the longest
    known leading words win ("जापान संबंध" -> जापान).
    """
    words = title.split()
    head = " ".join(takewhile(lambda w: match_key(w) not in _SERIES_WORDS, words)) or title
    if lexicon.lookup(head, PARTY_KINDS):
        return [head]
    parts = [p.strip() for p in re.split(r"\s*[-–]\s*|\s+और\s+", head) if p.strip()]
    return [_known_prefix(part, lexicon) for part in parts]


def _known_prefix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[:n]), PARTY_KINDS):
            return " ".join(words[:n])
    return part


# --- the parser ----------------------------------------------------------------------------


def parse_document(document_id: str, text: str, lexicon: Lexicon | None = None) -> ParsedDocument:
    lexicon = lexicon or default_lexicon()
    try:
        check_line_lengths(text)
    except LineTooLong as error:
        raise DocumentRejected("line_too_long", str(error)) from None
    lines = clean_lines(text)
    shape = find_shape(lines)
    if shape is None:
        raise DocumentRejected("no_structure", "the first line is too long to be a title (lost line breaks?)"
                               if lines else "no text")
    if not any(s.role != "other" for s in shape.sections):
        raise DocumentRejected(
            "no_structure", "no recognizable section heading (history, objectives, areas or summits)"
        )
    parsed = _Parser(document_id, shape, lexicon).run()
    add_places(parsed.rows, lexicon)  # English names, codes and coordinates from the gazetteers
    return parsed


class _Parser:
    def __init__(self, document_id: str, shape: Shape, lexicon: Lexicon):
        self.doc = document_id
        self.shape = shape
        self.lexicon = lexicon
        self.ids = _Ids()
        self.out = ParsedDocument(document_id)
        self.section_ids: dict[int, str] = {}

    def run(self) -> ParsedDocument:
        self._document()
        self._parties()
        self._sections()
        for section in self.shape.sections:
            if section.role in LIST_ROLES:
                self._list_items(section)
            elif section.role == "summits":
                self._summits(section)
            else:
                self._timeline(section.lines, self.section_ids[section.heading.number])
        self._timeline(self.shape.lead, None)
        self._summit_topics()
        return self.out

    def add(self, table: str, row: Row) -> None:
        self.out.rows[table].append(row)

    def issue(self, line: Line, reason: str, detail: str, severity: str = "left_out") -> None:
        self.add("parse_issues", {
            "issue_id": f"{self.doc}.issue.{line.number}.{reason}",
            "document_id": self.doc,
            "severity": severity,
            "reason": reason,
            "detail": detail,
            **_provenance(line),
        })

    def _document(self) -> None:
        lead = self.shape.lead
        self.add("documents", {
            "document_id": self.doc,
            **_names(self.lexicon, "title", self.shape.title.text),
            "summary": "\n".join(line.text for line in lead) or None,
            "summary_source_line": lead[0].number if lead else None,
        })

    def _parties(self) -> None:
        title = self.shape.title
        parts = party_names(title.text, self.lexicon)
        known = [self.lexicon.lookup(p, PARTY_KINDS) for p in parts]
        if not any(known):
            return  # the title names no side we can recognize; better no party than a wrong one
        for position, (part, entry) in enumerate(zip(parts, known), start=1):
            self.add("parties", {
                "party_id": self.ids(f"{self.doc}.party.{slug(part)}"),
                "document_id": self.doc,
                "position": position,
                **_names(self.lexicon, "name", part, PARTY_KINDS, with_source=True),
                "kind": entry.kind if entry else "unknown",
                "iso3": None,
                **_provenance(title),
            })

    def _sections(self) -> None:
        for position, section in enumerate(self.shape.sections, start=1):
            section_id = self.ids(f"{self.doc}.section.{slug(section.heading.text)}")
            self.section_ids[section.heading.number] = section_id
            self.add("sections", {
                "section_id": section_id,
                "document_id": self.doc,
                "position": position,
                "role": section.role,
                **_names(self.lexicon, "heading", section.heading.text, ("heading",)),
                "text": section.text or None,
                "source_line": section.heading.number,
            })
            if section.role == "other":
                self.issue(section.heading, "unknown_heading",
                           "Heading not recognized; kept as a section with role 'other'.", "note")

    def _list_items(self, section: Section) -> None:
        table, id_name, kind = (
            ("objectives", "objective_id", "objective")
            if section.role == "objectives"
            else ("cooperation_areas", "area_id", "area")
        )
        position = 0
        for line in section.lines:
            item = split_item(line)
            if item is None:
                continue  # prose stays in the section text
            if is_introduction(item.label) and not item.description:
                continue
            position += 1
            self.add(table, {
                id_name: self.ids(f"{self.doc}.{kind}.{slug(item.label)}"),
                "document_id": self.doc,
                "section_id": self.section_ids[section.heading.number],
                "position": position,
                **_names(self.lexicon, "name", item.label),
                "description": item.description or None,
                **_provenance(line),
            })

    def _summits(self, section: Section) -> None:
        section_id = self.section_ids[section.heading.number]
        for line in section.lines:
            entry = read_entry(line)
            if isinstance(entry, Problem):
                self.issue(line, entry.reason, entry.detail)
            elif entry is not None:
                self._summit(section_id, entry)

    def _summit(self, section_id: str, entry: Entry) -> None:
        description, period = entry.description, entry.period
        place = find_place(description, self.lexicon)
        city = place.city if place else None
        self.add("summits", {
            "summit_id": self.ids(f"{self.doc}.summit.{period.label}"),
            "document_id": self.doc,
            "section_id": section_id,
            "year": period.year,
            "date": period.exact_date.isoformat() if period.exact_date else None,
            "date_end": None,
            "edition": find_ordinal(description),
            "status": "held",
            **_names(self.lexicon, "city", city, ("city",), with_source=True),
            "city_geonames_id": None,
            "latitude": None,
            "longitude": None,
            "country_code": None,
            "mode": summit_mode(description, place),
            "description": description,
            **_provenance(entry.line),
        })

    def _summit_topics(self) -> None:
        area_of: dict[str, str | None] = {}  # one choice per topic and document, not per mention
        for summit in self.out.rows["summits"]:
            topic_ids = _Ids()
            for position, (_, entry, _) in enumerate(self.lexicon.find_topics(summit["description"]), start=1):
                if entry.hindi not in area_of:
                    area_of[entry.hindi] = self._area_for(entry)
                self.add("summit_topics", {
                    "summit_topic_id": topic_ids(f"{summit['summit_id']}.topic.{slug(entry.hindi)}"),
                    "summit_id": summit["summit_id"],
                    "document_id": self.doc,
                    "position": position,
                    "topic": entry.hindi,
                    "topic_en": entry.english,
                    "topic_romanized": romanize(entry.hindi),
                    "area_id": area_of[entry.hindi],
                    "source_line": summit["source_line"],
                    "source_text": summit["source_text"],
                })

    def _area_for(self, topic: LexiconEntry) -> str | None:
        """The cooperation area a topic belongs to: the area with the same English name
        (अवसंरचना and बुनियादी ढांचा are both Infrastructure), else the one sharing the most
        content words (परमाणु ऊर्जा -> ऊर्जा); the first such area on ties; None if none."""
        areas = self.out.rows["cooperation_areas"]
        for area in areas:
            if area["name_en"] and area["name_en"].casefold() == topic.english.casefold():
                return area["area_id"]
        tokens = content_tokens(topic.hindi)
        overlaps = [(len(tokens & content_tokens(a["name"])), -i, a["area_id"]) for i, a in enumerate(areas)]
        best = max(overlaps, default=(0, 0, None))
        return best[2] if best[0] > 0 else None

    def _timeline(self, lines: list[Line], section_id: str | None) -> None:
        for line in lines:
            for sentence in split_sentences(line.text):
                periods = find_periods(sentence)
                for period in _merge_ranges(sentence, periods):
                    self.add("timeline", {
                        "event_id": self.ids(f"{self.doc}.event.{period.label.replace('/', '--')}"),
                        "document_id": self.doc,
                        "section_id": section_id,
                        "period_start": period.start.isoformat(),
                        "period_end": period.end.isoformat(),
                        "period_label": period.label,
                        "precision": period.precision,
                        "description": sentence,
                        **_provenance(line, sentence),
                    })


_RANGE_BETWEEN = re.compile(r"^\s*(?:से|-|–|—)\s*$")


def _merge_ranges(sentence: str, periods: list[tuple[int, int, Period]]) -> list[Period]:
    """'2000 से 2010 तक' is one period 2000/2010, not two separate years."""
    key = match_key(sentence)
    merged: list[Period] = []
    i = 0
    while i < len(periods):
        _, end, period = periods[i]
        if i + 1 < len(periods):
            next_start, _, following = periods[i + 1]
            if _RANGE_BETWEEN.match(key[end:next_start]) and following.start > period.start:
                merged.append(Period(period.start, following.end, f"{period.label}/{following.label}",
                                     period.precision, period.year))
                i += 2
                continue
        merged.append(period)
        i += 1
    return merged
