"""Summit entries: which lines of a summits section are entries, and what an entry states.

An entry is a line of a summits section whose label is a date, in one of these forms
(list markers optional):

- `2010: नई दिल्ली में आयोजित ...` or `2010 - ...` (year, full date or month and year as label)
- `2010 में नई दिल्ली में आयोजित ...` / `15 जुलाई 2020 को ...` (the date opens a sentence)

`read_entry` returns an `Entry`, a `Problem` (the line looks like an entry but cannot be
published: the reason becomes a `parse_issues` row) or None (prose). `find_place` reads the
host place from phrases like "X में आयोजित", "X में हुए", "X शहर में हुई"; it never guesses:
no such phrase, no place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.parse.dates import DIGITS, MONTHS, Period, parse_entry_label, plausible_year
from pipeline.parse.lexicon import Lexicon
from pipeline.parse.structure import Line, is_introduction, split_item, strip_marker
from pipeline.parse.text import match_key

_DATEISH = re.compile(rf"{DIGITS}")
_STARTS_WITH_DIGIT = re.compile(rf"^{DIGITS}")
_INLINE_JOINERS = frozenset(("में", "को"))
_MAX_INLINE_LABEL_WORDS = 3  # "15 जुलाई 2020"


@dataclass(frozen=True)
class Entry:
    line: Line
    label: str
    period: Period
    description: str


@dataclass(frozen=True)
class Problem:
    line: Line
    reason: str  # a parse_issues reason code
    detail: str


def _has_month(label: str) -> bool:
    return any(word in MONTHS for word in match_key(label).split())


def read_entry(line: Line) -> Entry | Problem | None:
    """The summit entry on `line`, the reason it cannot be one, or None for prose."""
    text, _ = strip_marker(line.text)
    item = split_item(line)
    if item is not None and (_DATEISH.search(item.label) or _has_month(item.label)):
        return _entry(line, item.label, item.description)
    inline = _inline(text)
    if inline is not None:
        return _entry(line, *inline)
    if item is not None and not is_introduction(item.label):
        return Problem(line, "unparsed_entry", f"Label {item.label!r} is not a year or a date.")
    if _STARTS_WITH_DIGIT.match(text):
        return Problem(line, "unparsed_entry", "Starts like a summit entry but has no 'label: text' form.")
    return None


def _inline(text: str) -> tuple[str, str] | None:
    """'2010 में ...' -> ('2010', '...'): a date, then में/को, then the entry's text."""
    words = text.split(" ")
    if not _STARTS_WITH_DIGIT.match(words[0]) and not _has_month(words[0]):
        return None
    for n in range(1, min(_MAX_INLINE_LABEL_WORDS, len(words) - 2) + 1):
        if words[n].rstrip(",") in _INLINE_JOINERS:
            return " ".join(words[:n]), " ".join(words[n + 1:]).lstrip(", ")
    return None


def _entry(line: Line, label: str, description: str) -> Entry | Problem:
    label = label.rstrip(":：-–— ")  # "2019 -" with nothing after the dash
    period = parse_entry_label(label)
    if period is None:
        return Problem(line, *bad_label(label))
    if not description.strip():
        return Problem(line, "empty_entry", "Summit entry with a date but no text.")
    return Entry(line, label, period, description.strip())


def bad_label(label: str) -> tuple[str, str]:
    """Why a label is not a usable date: an out-of-range year, or not a date at all."""
    label = label.strip()
    if re.fullmatch(r"[0-9०-९]{4}", label) and not plausible_year(int(label)):
        return "implausible_year", f"Year {label} is outside the plausible range."
    return "bad_year", f"Label {label!r} is not a year or a date."


# --- places --------------------------------------------------------------------------------

_HELD = frozenset(match_key(w) for w in "आयोजित हुए हुआ हुई संपन्न सम्पन्न आयोजन".split())
_IN = match_key("में")
# Words that end a place name when walking back from "में": postpositions, pronouns and
# the nouns that stand where a place could ("सम्मेलन में हुए", "मेज़बानी में आयोजित").
_NOT_PLACE = frozenset(match_key(w) for w in (
    "के की का में से पर को ने तक और तथा एवं व निकट पास समीप "
    "दोनों इस यह वह उस इसी उसी जिस जो सभी हर "
    "सम्मेलन सम्मेलनों शिखर बैठक बैठकों वार्ता समारोह कार्यक्रम सत्र मंच माध्यम "
    "वर्ष साल दशक महीने दौरान समय अवधि देश देशों क्षेत्र क्षेत्रों राजधानी "
    "अध्यक्षता मेज़बानी उपस्थिति नेतृत्व रूप तहत बाद पहले"
).split())
_CLASSIFIERS = frozenset(match_key(w) for w in ("शहर", "नगर", "नगरी"))
_PUNCTUATION = "\"'“”‘’()[]"
MAX_PLACE_WORDS = 3
PLACE_KINDS = ("city", "country", "organisation")


@dataclass(frozen=True)
class Place:
    city: str | None  # as written; None when the named place is a country (no city invented)
    kind: str  # city | country | organisation | unknown


def find_place(description: str, lexicon: Lexicon) -> Place | None:
    """The host place the entry names, or None when it names none."""
    words = [w.strip(_PUNCTUATION) for w in description.split()]
    keys = [match_key(w) for w in words]
    for i in range(1, len(words) - 1):
        if keys[i] == _IN and keys[i + 1].rstrip("।,") in _HELD:
            place = _place_before(words, keys, i, lexicon)
            if place is not None:
                return place
    if len(words) > 2:
        return _opening_city(words, keys, lexicon)
    return None


def _place_before(words: list[str], keys: list[str], end: int, lexicon: Lexicon) -> Place | None:
    """The name that ends right before position `end` ("में")."""
    j = end - 1
    if keys[j] in _CLASSIFIERS:  # "वुहान शहर में"
        j -= 1
    run: list[str] = []
    while j >= 0 and len(run) < MAX_PLACE_WORDS:
        word = words[j]
        if not word or keys[j] in _NOT_PLACE or _DATEISH.search(word) or word[-1] in ",।;:":
            break
        run.insert(0, word)
        j -= 1
    for n in range(len(run), 0, -1):  # the longest known name ending at "में"
        entry = lexicon.lookup(" ".join(run[-n:]))
        if entry is not None:
            if entry.kind not in PLACE_KINDS:
                return None  # a sector or a term stands there, not a place
            return Place(" ".join(run[-n:]) if entry.kind == "city" else None, entry.kind)
    if run and not any(lexicon.lookup(w) for w in run):
        return Place(" ".join(run), "unknown")
    return None


def _opening_city(words: list[str], keys: list[str], lexicon: Lexicon) -> Place | None:
    """'नई दिल्ली में दोनों देशों ने ...': a known city opening the entry, then में."""
    for n in range(MAX_PLACE_WORDS, 0, -1):
        if n < len(words) and keys[n] == _IN:
            name = " ".join(words[:n])
            entry = lexicon.lookup(name, ("city",))
            if entry is not None:
                return Place(name, "city")
    return None


# Matched on match keys, so the words go through match_key too (कॉन्फ्रेंस -> कॉंफ्रेंस).
_VIRTUAL = re.compile("|".join(
    re.escape(match_key(words)).replace(r"\ ", r"\s*")
    for words in ("वर्चुअल", "आभासी", "ऑनलाइन", "वीडियो कॉन्फ्रेंस", "वीडियो कॉन्फ्रेंसिंग", "वीडियो कांफ्रेंस")
))


def summit_mode(description: str, place: Place | None) -> str:
    if _VIRTUAL.search(match_key(description)):
        return "virtual"
    return "in_person" if place is not None else "unknown"
