"""Turn one document's text into table rows: the pure heart of the pipeline.

`parse_document(document_id, text)` returns a `ParsedDocument` whose `rows` map each table
name of `schemas.tables` to a list of dicts, or raises `DocumentRejected` when the text has
no recognizable structure. No I/O, no Dagster, no pandas: easy to test and to run in a
worker process.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.parse.dates import DIGITS, Period, find_ordinal, find_periods, parse_entry_label
from pipeline.parse.lexicon import Lexicon, default_lexicon
from pipeline.parse.structure import (
    LIST_ROLES,
    Item,
    Line,
    Section,
    Shape,
    clean_lines,
    find_shape,
    split_item,
    strip_marker,
)
from pipeline.parse.text import content_tokens, match_key, romanize, slug, split_sentences

#: Bump when parsing rules change in a way that changes output; cached parses are then redone.
PARSER_VERSION = "1"

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

    def __call__(self, base: str) -> str:
        count = self.seen.get(base, 0) + 1
        self.seen[base] = count
        return base if count == 1 else f"{base}-{count}"


def _names(lexicon: Lexicon, prefix: str, text: str | None, kinds: tuple[str, ...] | None = None) -> Row:
    """`<prefix>`, `<prefix>_en`, `<prefix>_romanized` for a Hindi name."""
    if text is None:
        return {prefix: None, f"{prefix}_en": None, f"{prefix}_romanized": None}
    return {prefix: text, f"{prefix}_en": lexicon.english(text, kinds), f"{prefix}_romanized": romanize(text)}


def _provenance(line: Line, text: str | None = None) -> Row:
    return {"source_line": line.number, "source_text": text if text is not None else line.text}


# --- summits -------------------------------------------------------------------------------

_VIRTUAL = re.compile(r"वर्चुअल|आभासी|ऑनलाइन|वीडियो\s*कॉन्फ्रें?\S*|वीडियो\s*कांफ्रें?\S*")
_HELD = "आयोजित|हुए|हुआ|हुई|संपन्न|सम्पन्न|आयोजन"
_PLACE = re.compile(rf"(?:^|,\s*|को\s+|ने\s+)(?P<place>[^\s,।:0-9०-९]+(?:\s[^\s,।:0-9०-९]+){{0,2}}?)\s+में\s+(?:{_HELD})")
_NOT_PLACE = {match_key(w) for w in "दोनों इस यह वह उस सम्मेलन बैठक वर्ष साल शहर देश".split()}
_ENTRY_START = re.compile(rf"^(?:{DIGITS}|[0-9A-Za-z]{{4}}\s*[:：])")
_YEARISH = re.compile(r"^[0-9०-९][0-9०-९A-Za-z]{3,}")


def _place(description: str, lexicon: Lexicon) -> str | None:
    match = _PLACE.search(description)
    if not match:
        return None
    place = match["place"].strip("\"'“”‘’ ")
    words = place.split()
    if not words or match_key(words[0]) in _NOT_PLACE or any(match_key(w) in _NOT_PLACE for w in words):
        return None
    entry = lexicon.lookup(place)
    if entry is not None and entry.kind not in ("city",):
        return None  # a country or a sector is not a host city
    return place


def _summit_mode(description: str, city: str | None, held_in_country: bool) -> str:
    if _VIRTUAL.search(description):
        return "virtual"
    if city or held_in_country:
        return "in_person"
    return "unknown"


# --- the parser ----------------------------------------------------------------------------


def parse_document(document_id: str, text: str, lexicon: Lexicon | None = None) -> ParsedDocument:
    lexicon = lexicon or default_lexicon()
    shape = find_shape(clean_lines(text))
    if shape is None:
        raise DocumentRejected("no_structure", "the first line is too long to be a title")
    if not any(s.role != "other" for s in shape.sections):
        raise DocumentRejected(
            "no_structure", "no recognizable section heading (history, objectives, areas or summits)"
        )
    return _Parser(document_id, shape, lexicon).run()


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
        head = re.split(r"\s+(?:वार्षिक|शिखर|सम्मेलन|द्विपक्षीय|संवाद|बैठक|वार्ता)(?:\s|$)", title.text)[0]
        parts = [p.strip() for p in re.split(r"\s*[-–]\s*|\s+और\s+", head) if p.strip()]
        known = [self.lexicon.lookup(p, ("country", "organisation")) for p in parts]
        if not any(known):
            return  # the title names no side we can recognize; better no party than a wrong one
        for position, (part, entry) in enumerate(zip(parts, known), start=1):
            self.add("parties", {
                "party_id": self.ids(f"{self.doc}.party.{slug(part)}"),
                "document_id": self.doc,
                "position": position,
                **_names(self.lexicon, "name", part, ("country", "organisation")),
                "kind": entry.kind if entry else "unknown",
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
            if item.label.endswith(("निम्नलिखित", "हैं", "है")) and not item.description:
                continue  # an introduction such as "मुख्य उद्देश्य निम्नलिखित हैं:"
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
            item = split_item(line)
            text, _ = strip_marker(line.text)
            if item is None or not _YEARISH.match(item.label):
                if _YEARISH.match(text):
                    self.issue(line, "unparsed_entry", "Starts like a summit entry but has no 'label: text' form.")
                continue
            period = parse_entry_label(item.label)
            if period is None:
                reason, detail = self._bad_label(item.label)
                self.issue(line, reason, detail)
                continue
            if not item.description:
                self.issue(line, "empty_entry", "Summit entry with a year but no text.")
                continue
            self._summit(section_id, item, period)

    @staticmethod
    def _bad_label(label: str) -> tuple[str, str]:
        digits = re.fullmatch(r"[0-9०-९]{4}", label.strip())
        if digits:
            return "implausible_year", f"Year {label.strip()} is outside the plausible range."
        return "bad_year", f"Label {label.strip()!r} is not a year or a date."

    def _summit(self, section_id: str, item: Item, period: Period) -> None:
        description = item.description
        city = _place(description, self.lexicon)
        held_in_country = bool(re.search(rf"में\s+(?:{_HELD})", description)) and city is None and bool(
            _PLACE.search(description)
        )
        self.add("summits", {
            "summit_id": self.ids(f"{self.doc}.summit.{period.label}"),
            "document_id": self.doc,
            "section_id": section_id,
            "year": period.year,
            "date": period.exact_date.isoformat() if period.exact_date else None,
            "edition": find_ordinal(description),
            **_names(self.lexicon, "city", city, ("city",)),
            "mode": _summit_mode(description, city, held_in_country),
            "description": description,
            **_provenance(item.line),
        })

    def _summit_topics(self) -> None:
        areas = [(row["area_id"], content_tokens(row["name"])) for row in self.out.rows["cooperation_areas"]]
        for summit in self.out.rows["summits"]:
            topic_ids = _Ids()
            for position, (_, entry, _) in enumerate(self.lexicon.find_topics(summit["description"]), start=1):
                tokens = content_tokens(entry.hindi)
                overlaps = [(len(tokens & area_tokens), -i, area_id) for i, (area_id, area_tokens) in enumerate(areas)]
                best = max(overlaps, default=(0, 0, None))
                self.add("summit_topics", {
                    "summit_topic_id": topic_ids(f"{summit['summit_id']}.topic.{slug(entry.hindi)}"),
                    "summit_id": summit["summit_id"],
                    "document_id": self.doc,
                    "position": position,
                    "topic": entry.hindi,
                    "topic_en": entry.english,
                    "topic_romanized": romanize(entry.hindi),
                    "area_id": best[2] if best[0] > 0 else None,
                    "source_line": summit["source_line"],
                    "source_text": summit["source_text"],
                })

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
