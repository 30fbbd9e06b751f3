"""The shape of a document: title, lead paragraph, headed sections and list items.

This module sees lines, not meanings: it decides which line is a heading, which lines are
"label: description" items and which are prose. `pipeline.parse.document` turns that shape
into table rows. Works on clean text (`clean_line`), before any match-key folding, because
the ':' of an item must survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.parse.text import clean_line, match_key
from schemas.tables import MAX_LINE_CHARS

MAX_TITLE_CHARS = 300
MAX_HEADING_WORDS = 7
MAX_LABEL_WORDS = 8

# Heading keywords per role, checked in this order (उद्देश्य wins over सम्मेलन in
# "सम्मेलन के उद्देश्य"). Matched on match keys, so spelling variants meet.
ROLE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("objectives", ("उद्देश्य", "उद्देश्यों", "लक्ष्य")),
    ("cooperation_areas", ("क्षेत्र", "क्षेत्रों")),
    ("history", ("इतिहास", "पृष्ठभूमि")),
    ("summits", ("सम्मेलन", "सम्मेलनों", "शिखर", "बैठकें", "बैठक")),
)
_ROLE_KEYS = tuple((role, {match_key(w) for w in words}) for role, words in ROLE_KEYWORDS)
LIST_ROLES = ("objectives", "cooperation_areas")

_MARKER = re.compile(r"^(?:[-•*–—▪►●◦·]|[0-9०-९]{1,3}[.)]|\([0-9०-९]{1,3}\))\s*")
_SENTENCE_END = re.compile(r"[।॥?!.]$")
# "label: description" or "label - description"; the label may not itself contain a colon.
_ITEM = re.compile(r"^(?P<label>[^:：]{1,120}?)\s*(?:[:：]|\s[-–—]\s)\s*(?P<description>.*)$")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the raw file
    text: str  # clean text


@dataclass
class Section:
    heading: Line
    role: str
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Shape:
    title: Line
    lead: list[Line]
    sections: list[Section]


@dataclass(frozen=True)
class Item:
    line: Line
    label: str
    description: str
    has_marker: bool


def clean_lines(text: str) -> list[Line]:
    """Non-empty clean lines with their raw line numbers (CRLF, CR and LF all end a line)."""
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        cleaned = clean_line(raw)
        if cleaned:
            lines.append(Line(number, cleaned))
    return lines


class LineTooLong(ValueError):
    """A line is longer than `MAX_LINE_CHARS`."""


def check_line_lengths(text: str) -> None:
    """No article line comes near `MAX_LINE_CHARS` (the seed's longest has ~420 characters); a
    longer one is a lost-line-breaks export or garbage. Checking before any pattern runs keeps
    parse time linear in the file size."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if len(raw) > MAX_LINE_CHARS:
            raise LineTooLong(f"line {number} has {len(raw):,} characters (limit {MAX_LINE_CHARS:,})")


def heading_role(text: str) -> str | None:
    words = set(match_key(text).replace("-", " ").split())
    for role, keys in _ROLE_KEYS:
        if words & keys:
            return role
    return None


def strip_marker(text: str) -> tuple[str, bool]:
    match = _MARKER.match(text)
    if match and match.end() < len(text):
        return text[match.end():].strip(), True
    return text, False


_INTRODUCTION = re.compile(r"(?:है|हैं|था|थे|गए|गई|निम्नलिखित|प्रकार)$")


def is_introduction(text: str) -> bool:
    """A line that announces a list ('मुख्य उद्देश्य निम्नलिखित हैं:', 'सम्मेलन इस प्रकार हैं:')."""
    return _INTRODUCTION.search(text.rstrip(":： ")) is not None


def heading_text(text: str) -> str:
    """A heading typed with a closing colon ('उद्देश्य:') reads as the heading itself; an
    introduction ('मुख्य उद्देश्य निम्नलिखित हैं:') does not."""
    if text.endswith((":", "：")):
        bare = text[:-1].rstrip()
        if bare and not is_introduction(bare) and heading_role(bare):
            return bare
    return text


def looks_like_heading(text: str) -> bool:
    """A short line that is not a sentence, an item or a list entry."""
    return (
        len(text.split()) <= MAX_HEADING_WORDS
        and len(text) <= 80
        and not _SENTENCE_END.search(text)
        and ":" not in text
        and "：" not in text
        and not _MARKER.match(text)
        and not re.match(r"^[0-9०-९]", text)
    )


def split_item(line: Line) -> Item | None:
    """Read 'label: description' (list markers optional); None when the line is prose."""
    text, has_marker = strip_marker(line.text)
    match = _ITEM.match(text)
    if match and len(match["label"].split()) <= MAX_LABEL_WORDS:
        return Item(line, match["label"].strip(), match["description"].strip(), has_marker)
    if has_marker and len(text.split()) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(text):
        return Item(line, text, "", has_marker)
    return None


def find_shape(lines: list[Line]) -> Shape | None:
    """Title, lead and sections; None when the first line cannot be a title."""
    if not lines or len(lines[0].text) > MAX_TITLE_CHARS:
        return None
    title, rest = lines[0], lines[1:]
    title_key = match_key(title.text)
    lead: list[Line] = []
    sections: list[Section] = []
    for index, line in enumerate(rest):
        if match_key(line.text) == title_key:
            continue  # the title repeated (an infobox caption in this genre)
        has_next = index + 1 < len(rest)
        heading = Line(line.number, heading_text(line.text))
        role = heading_role(heading.text) if looks_like_heading(heading.text) else None
        if looks_like_heading(heading.text) and has_next and (role or _is_followed_by_body(rest, index)):
            sections.append(Section(heading, role or "other"))
        elif sections:
            sections[-1].lines.append(line)
        else:
            lead.append(line)
    return Shape(title, lead, sections)


def _is_followed_by_body(rest: list[Line], index: int) -> bool:
    """An unknown short line is a heading only if the next line is not itself heading-like."""
    return not looks_like_heading(rest[index + 1].text)
