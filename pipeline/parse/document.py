"""Turn one document's text into table rows: the pure heart of the pipeline.

`parse_document(document_id, text)` returns a `ParsedDocument` whose `rows` map each table
name of `schemas.tables` to a list of dicts, or raises `DocumentRejected` when the text has
no recognizable structure or a line over `schemas.tables.MAX_LINE_CHARS`. It raises nothing
else, whatever the text (tests/test_properties.py). No I/O, no Dagster, no pandas: easy to test and to run in a
worker process.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from collections.abc import Callable
from typing import Any

from pipeline.parse.language.dates import (
    MONTHS, Period, ascii_digits, day_month_in_year, find_ordinal, sole_day_month_in_year, find_periods, holds_an_ordinal, leading_ordinal,
    numbered_names,
    parse_entry_label, year_period,
)
from pipeline.parse.language.guarded import guarded
from pipeline.parse.language.series_noun import ANY_OWN_NOUN, as_summit_nouns, own_meeting_nouns
from pipeline.parse.language.lexicon import Entry as LexiconEntry, Lexicon, default_lexicon
from pipeline.parse.layout.fact_lines import enumerated_facts, numbered_fact
from pipeline.parse.geo.gazetteer import countries
from pipeline.parse.parties import ACRONYM, PARTY_KINDS, find_parties
from pipeline.parse.prose.hosted import day_in_its_month, host_city
from pipeline.parse.prose.precursors import before_the_first, before_the_stated_start
from pipeline.parse.layout.organisers import named_series_glosses, organisers
from pipeline.parse.geo.places import add_places
from pipeline.parse.geo.same_city import share_resolved_cities
from pipeline.parse.layout.pipe_tables import (
    RowProblem, TableRow, cells, column_roles, is_summit_table, is_table_line, names_every_number, numbers_every_summit,
    read_table, states_own_numbers,
)
from pipeline.parse.layout.records import join_records
from pipeline.parse.layout.counted_rows import counted_in_sequence
from pipeline.parse.layout.entry_fate import fate_of_entry
from pipeline.parse.prose.pronouns import names_the_first, with_summit_for_pronoun
from pipeline.parse.prose.not_one import denies_being_one
from pipeline.parse.prose.declared import dateline_city, declaring, is_declared_city
from pipeline.parse.language.series_noun import cop_series
from pipeline.parse.language.dates import day_period
from pipeline.parse.layout.summits import arrived_city, is_officials_visit, one_meeting_numbered, opening_days
from pipeline.parse.layout.marked_lists import legend_edition, section_legend, split_marked
from pipeline.parse.prose.talks import talks_day_of_a_visit, with_sides, with_talks
from pipeline.parse.prose.visits import with_visits
from pipeline.parse.prose.editions import edition_in_remarks, with_editions
from pipeline.parse.prose.year_events import with_year_events
from pipeline.parse.prose.told_in_entry import summits_told_in_entry
from pipeline.parse.prose.numbered_before import numbered_meeting_before
from pipeline.parse.prose.participles import ran_until
from pipeline.parse.prose.phases import as_phase_of_the_summit, tells_phases
from pipeline.parse.prose.where import _gazetteer_place as gazetteer_place, _known_city as known_city
from pipeline.parse.prose import (
    Dateline, Mention, Pending, dated_by_dateline, find_dateline, headline_place, latest_dated_year, find_release_line, find_release_place, headline_summit, met_on_headline_summit, on_headline_summit_today,
    days_of_the_summit_before, names_a_meeting_series, names_an_institutional_meeting, names_other_series, not_counted, numbers_the_summit_before, renamed_as, summits_in_sentence, undated_mention,
)
from pipeline.parse.layout.series import (
    another_kind_of_meeting, called_separate, clause_of_the_summit, lists_other_things, names_a_meeting, names_another_series, own_acronyms,
    first_meeting_after, journey_began, start_in_a_field, start_of_the_summits, states_an_event, without_time_references, years_of_other_bodies,
)
from pipeline.parse.layout.loose_entries import loose_entry
from pipeline.parse.layout.asides import dated_asides
from pipeline.parse.layout.parts import parts_numbered_by_their_meeting
from pipeline.parse.prose.glossed_others import numbers_another_bodys_meeting
from pipeline.parse.layout.shared_ordinals import share_ordinals
from pipeline.parse.layout.summits import several_meetings_named
from pipeline.parse.layout.task_lists import checklist_of_entries
from pipeline.parse.layout.structure import (
    LIST_ROLES,
    Item,
    Line,
    continues_table,
    LineTooLong,
    Section,
    Shape,
    announcing_sentence,
    check_line_lengths,
    clean_lines,
    denies_summits,
    heading_role,
    find_shape,
    is_introduction,
    split_item,
    without_parentheticals,
)
from pipeline.parse.layout.summits import (
    CANCELLED, PLANNED, JOINED, Entry, Place, Problem, cities_by_column, places_by_column, find_place, first_clause, is_hybrid, is_ministerial, is_virtual, leading_place,
    ministerial_series, lists_ministers_meetings, ministers_meeting, names_ministers, read_entries, summit_mode,
)
from pipeline.parse.language.text import content_tokens, match_key, romanize, slug, split_sentences

#: Bump when parsing rules change in a way that changes output; cached parses are then redone.
PARSER_VERSION = "18"

Row = dict[str, Any]
REPORT_LINES = 2  # a report's deck and first paragraph state the summit it reports


class DocumentRejected(Exception):
    """The whole document is refused; `reason` is a `rejections.reason` code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


_LIST_NUMBER = re.compile(r"^([0-9]{1,2})[.)]\s")  # "1. ", "1) "


def _editions_by_list_number(block: list) -> None:
    """'1. (2014) ...', '2. (2015) ...' (or '①', '②'), every summit of a summits section numbered
    from the first in the order of its years, like a table's क्रम column: each number is that
    summit's edition, unless its text gives another. Changes `block` in place."""
    if len(block) < 3:
        return
    numbers, years = [], []
    for line, found in block:
        match = _LIST_NUMBER.match(line.text)
        if match is None and not isinstance(found, list):
            continue  # a sentence after the list ('2015 के सातवें संस्करण में ...'): not numbered, not counted
        if match is None or (isinstance(found, list) and (len(found) != 1 or found[0].status != "held")):
            return
        numbers.append(int(match[1]))
        if isinstance(found, list):  # (a numbered line not read still holds its number)
            years.append(found[0].period.start)  # (two in one year, in the order of their days)
    if numbers != list(range(1, len(numbers) + 1)) or any(b <= a for a, b in zip(years, years[1:])):
        return
    numbered = iter(numbers)
    for position, (line, found) in enumerate(block):
        if _LIST_NUMBER.match(line.text) is None:
            continue
        number = next(numbered)
        if isinstance(found, list) and found[0].edition is None:
            block[position] = (line, [dataclasses.replace(found[0], edition=number)])


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


MIN_EVENT_WORDS = 3  # ('2020: वर्चुअल', '2019 — रद्द': a word or two say what became of the summit)


def _another_event_that_year(entry: Entry, entries: list[Entry], places_a_city: Callable[[Entry], bool]) -> bool:
    """'2017: जून में तुर्की की संसद ने ... मंज़ूरी दी' below '2017: ... नवंबर में दोहा में तीसरी बैठक हुई':
    a line of a summit list that names no city and no meeting, in a year whose summit another line
    of the list places, tells something else that happened that year."""
    if entry.status != "held" or len(entry.description.split()) <= MIN_EVENT_WORDS:
        return False
    same_year = [e for e in entries if e is not entry and e.period.year == entry.period.year]
    if not same_year:
        return False  # (most lines: the cheap tests first)
    text = f"{entry.label} {entry.description}"
    return (not names_a_meeting(text) and not is_virtual(text) and not places_a_city(entry)
            and any(places_a_city(e) for e in same_year))


def _provenance(line: Line, text: str | None = None) -> Row:
    return {"source_line": line.number, "source_text": text if text is not None else line.text}


# --- the parser ----------------------------------------------------------------------------


_AGENCY_AFTER_DATELINE = re.compile(r"^\s*(?:\([^()]{1,30}\))?\s*[।:.\-–—]?\s*$")


_ANNIVERSARY_CLAUSE = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("की", "के")) + r")\s+(?:\S+\s+)?(?:" + "|".join(
    match_key(w) for w in ("वर्षगांठ", "वर्षगाँठ", "सालगिरह")) + r")\s+(?:" + "|".join(
    match_key(w) for w in ("मनाई", "मनायी", "पड़ी", "थी", "है")) + r")(?:\s|$|[,।])")
_POINTS_BACK = frozenset(match_key(w) for w in ("यह", "ये", "वह", "वे", "इसे", "इन्हें", "उसे", "उन्हें"))


def _separate_from(sentence: str, mentions: list) -> bool:
    """Whether the sentence calls the summits it states a separate event: said in the part (between
    semicolons) that dates one of them, or in a part that points back to it ('...; यह एक अलग आयोजन
    था'); not '...; उसी दिन ... सम्मेलन को भी संबोधित किया, जो एक अलग आयोजन था' (another meeting)."""
    parts = sentence.split(";")
    if len(parts) == 1:
        return called_separate(sentence)
    years = {m.period.year for m in mentions}
    return any(called_separate(part) and (
        any(period.year in years for _, _, period in find_periods(part))
        or match_key(part.split()[0] if part.split() else "") in _POINTS_BACK) for part in parts)


def _only_the_dateline(sentence: str, dateline: str) -> bool:
    """'हनोई, 14 मई (एजेंसियां)।': a sentence that is the dateline and its agency only."""
    text = sentence.strip()
    return text.startswith(dateline) and _AGENCY_AFTER_DATELINE.match(text[len(dateline):]) is not None


_DECK_PEAK_MEETING = re.compile(match_key("शिखर") + r"\s+" + match_key("बैठक"))
MAX_DECK_CHARS = 300


def _deck(shape) -> str:
    """A news report's deck: the short line right under its headline, before the dateline's paragraph."""
    after = [line.text for line in shape.lead if line.number > shape.title.number and line.text.strip()]
    return after[0] if len(after) > 1 and len(after[0]) <= MAX_DECK_CHARS else ""


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
    # 'ग्योंगजू (दक्षिण कोरिया), 1 नवंबर': a city no gazetteer spells so; 'WTO मंत्रिस्तरीय सम्मेलन': ministers meet
    title_key = match_key(shape.title.text)
    ministers = ministerial_series(title_key) or lists_ministers_meetings(
        title_key, [s.heading.text for s in shape.sections if s.role == "summits"])
    with declaring(dateline_city(shape, lexicon)), ministers_meeting(ministers):
        parsed = _Parser(document_id, shape, lexicon).run()
        # (a report that names the parties of its series is about one, though no summit was read)
        if not any(s.role != "other" for s in shape.sections) and not parsed.rows["summits"] and len(
                parsed.rows["parties"]) < 2:
            raise DocumentRejected(
                "no_structure", "no recognizable section heading (history, objectives, areas or summits)"
            )
        add_places(parsed.rows, lexicon)  # English names, codes and coordinates from the gazetteers
        share_resolved_cities(parsed.rows)  # 'दावोस' placed once in its country is that Davos in every row
    return parsed


@dataclass
class _Summit:
    """One summit read from a list entry, a table row or a sentence, before it becomes a row."""

    section_id: str
    line: Line
    period: Period
    place: Place | None
    edition: int | None
    status: str
    mode: str
    description: str
    source_text: str
    from_prose: bool = False
    visit: bool = False  # a leaders' meeting or visit the text does not call a summit

    @property
    def city(self) -> str | None:
        return self.place.city if self.place else None

    def same_summit(self, other: _Summit) -> bool:
        """Two mentions of one summit: same year, no conflicting day or city."""
        if self.period.year != other.period.year:
            return False
        if self.period.start > other.period.end or other.period.start > self.period.end:
            return False  # '25 फ़रवरी 2022' and 'जून 2022': two meetings of one year
        mine, theirs = self.period.exact_date, other.period.exact_date
        if mine and theirs and mine != theirs and not (_within(self.period, other.period)
                                                       or _within(other.period, self.period)):
            return False  # different days, unless one is a day of the other's multi-day summit
        if self.city and other.city and match_key(self.city) != match_key(other.city) and not _venue_on_the_same_days(self, other):
            return False
        return True

    def absorb(self, other: _Summit) -> None:
        """Fill what this mention leaves open from another mention of the same summit; the
        source text then quotes both, so it still holds every published fact."""
        borrowed = False
        if talks_day_of_a_visit(other.description, other.period, self.description, self.period):
            pass  # '२३ से २६ जनवरी तक ... राजकीय यात्रा की' then '२५ जनवरी को ... शिखर वार्ता हुई': the talks' day stands
        elif talks_day_of_a_visit(self.description, self.period, other.description, other.period):
            self.period, borrowed = other.period, True
        elif (self.period.precision != "day" and other.period.precision == "day") or (
                other.period.precision == "day" and other.period != self.period and _within(other.period, self.period)):
            self.period, borrowed = other.period, True  # the day, or the whole of a multi-day summit
        if self.edition is None and other.edition is not None:
            self.edition, borrowed = other.edition, True
        if other.place is not None and (self.place is None or (self.city is None and other.city is not None)):
            self.place, borrowed = other.place, True  # a city where this mention names only a country
            if self.mode == "unknown":
                self.mode = other.mode
        if borrowed and other.source_text not in self.source_text:
            self.source_text = f"{self.source_text} … {other.source_text}"


def _venue_on_the_same_days(one: _Summit, other: _Summit) -> bool:
    """'१२ से १४ फ़रवरी, २०२४ तक मदीनत जुमेराह में आयोजित इस सम्मेलन' beside the list's '१२-१४ फ़रवरी,
    २०२४ — दुबई': a place no gazetteer knows as a city (a venue in it), on the very same days."""
    return (one.period.precision == other.period.precision == "day" and one.period.start == other.period.start
            and one.period.end == other.period.end and "unknown" in (one.place.kind, other.place.kind))


# '24 जून को ...', 'अप्रैल में ...', '3-5 मई को ...': a sentence that opens with its own day or month
# (after a short lead: 'इसके कुछ ही दिन बाद, 28 अगस्त को ...', 'फिर 24 जून को ...')
_OPENS_WITH_A_DAY = re.compile(r"^(?:(?:[^\s,।;]+\s+){0,5}?[^\s,।;]+,\s*|" + match_key("फिर") + r"\s+)?"
                               r"(?:[0-9०-९]{1,2}(?:\s*[-–]\s*[0-9०-९]{1,2})?\s+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+(?:" + match_key("में") + "|"
                               + match_key("को") + r")\s")
_EARLIER_OR_LATER = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "पिछले", "पिछली", "पिछला", "अगले", "अगली", "अगला", "होने वाले", "होने वाली", "होने वाला", "आगामी", "प्रस्तावित",
    "तैयारी")) + r")(?=\s|$|[,।;])")


# 'X ने ...': someone did something. Leaders together, a host, talks or a visit may be a summit.
_AGENT = re.compile(r"\s" + match_key("ने") + r"\s")
_MAY_MEET = re.compile("|".join(match_key(w) for w in (
    "नेता", "नेताओं", "राष्ट्राध्यक्षों", "शासनाध्यक्षों", "राष्ट्रपतियों", "प्रधानमंत्रियों", "मेज़बानी", "बातचीत", "वर्चुअल",
    "ऑनलाइन", "आभासी")))


def _someone_did_something(sentence: str) -> bool:
    """'2022 में राष्ट्रपति X ने नोम पेन्ह में Y की घोषणा की': a sentence with an agent (ने) that names
    no meeting, no leaders together, no hosting, talks or visit."""
    key = match_key(sentence)
    return (_AGENT.search(key) is not None and not names_a_meeting(key) and _MAY_MEET.search(key) is None
            and _VISIT.search(key) is None)


# '... की लंदन यात्रा के दौरान': leaders meeting on a visit, whatever was signed there
_VISIT = re.compile("|".join(match_key(w) for w in ("यात्रा", "दौरा", "दौरे", "दौरान", "मिले", "मिलीं")))


def _names_a_city(text: str, lexicon: Lexicon) -> bool:
    """Whether any word (or two) of the text is a city the lexicon or GeoNames knows."""
    words = [w.strip("\"'“”‘’(),।;:") for w in text.split()]
    return any(w and known_city(" ".join(words[max(0, k - 1):k + 1]), lexicon) is not None
               for k, w in enumerate(words))


def _head_of_entries(entry: Entry) -> str | None:
    """The words before the colon of a line that lists several entries after it ('X के सम्मेलन
    अलग शृंखला हैं: मई 2023 जेद्दा (32वाँ), मई 2024 ...'), or None when the entry opens its line."""
    text = entry.line.text
    at = text.find(entry.label)
    colon = text.find(":")
    if at <= 0 or colon < 0 or colon >= at:
        return None
    return text[:colon].lstrip("-*• ").strip() or None


def _opens_with_days(description: str, period: Period) -> bool:
    """'30–31 अक्टूबर, नाननिंग (...); ...': the entry's text opens with the days of its date,
    then a comma, in the first clause."""
    opening = re.split(r"[;।]", description, maxsplit=1)[0]
    days, comma, _ = opening.partition(",")
    found = day_month_in_year(days, period.year) if comma and period.precision == "day" else None
    if found is None and period.precision == "day":
        found = opening_days(description, period.year)  # 'मार डेल प्लाटा, 1977 — 14 से 25 मार्च; पहला ...'
    return found is not None and found.start == period.start


def _listed_twice(first: _Summit, second: _Summit) -> bool:
    """One summit in two lists or tables of different sections ('1985, ढाका' in a table and
    again in a timeline): same year and city, no other number; or, when one names no city, the
    same number. Within one list, two entries are two summits."""
    if first.section_id == second.section_id:
        return False
    if first.city is not None and second.city is not None:
        return first.edition is None or second.edition is None or first.edition == second.edition
    if first.edition is not None and first.edition == second.edition:
        return True
    # '1977 — काहिरा सम्मेलन (पहला)' in a timeline below '7–9 मार्च 1977, काहिरा — पहला ...' in
    # the list: a year with neither city nor number repeats the summit listed in that year
    bare = second if second.city is None else first
    return bare.city is None and bare.edition is None and (first.city is not None or second.city is not None)


_SEPARATOR_ROW = re.compile(r"^\|[\s:|\-–—]+\|$")


def _table_item(line: Line) -> Item | None:
    """A row of a table of objectives or areas: the first cell that is not a number is the
    label, the cells after it the description; None for a separator row or an empty one."""
    if _SEPARATOR_ROW.match(line.text):
        return None
    row = [re.sub(r"\[[0-9०-९]{1,3}\]", "", c).strip() for c in cells(line.text)]
    while row and (not row[0] or re.fullmatch(r"[0-9०-९]{1,3}[.)]?", row[0])):
        row = row[1:]
    if not row or len(row[0].split()) > 8:
        return None
    return Item(line, row[0], "; ".join(c for c in row[1:] if c), False)


def _within(outer: Period, inner: Period) -> bool:
    """Whether `inner` lies inside `outer` (a day of a multi-day summit)."""
    return outer.start <= inner.start and inner.end <= outer.end


def _mixes_listed_summits(mention: _Summit, listed: list[_Summit]) -> bool:
    """'हेलसिंकी बैठक में ... निर्णय हुआ और भारत 2008 के बीजिंग सम्मेलन से ...': a sentence whose
    year is a listed summit's in another city and whose city is a listed summit's in another
    year refers to listed summits; read as one, it would invent a third. A stated day is a
    claim of its own, so only a year or month mention counts."""
    if mention.city is None or mention.period.precision == "day":
        return False
    city = match_key(mention.city)
    same_year = [s for s in listed if s.period.year == mention.period.year]
    if not same_year or any(s.city is not None and match_key(s.city) == city for s in same_year):
        return False
    return any(s.city is not None and match_key(s.city) == city for s in listed
               if s.period.year != mention.period.year)


#: A block of list entries outside a summits section is a summit list when this share of its
#: entries names a city and a number or a summit noun ('पहला आईजीसी — ३१ मई, २०११, नई दिल्ली').
SUMMIT_LIST_SHARE = 0.6
MIN_SUMMIT_LIST_ENTRIES = 2
_SUMMIT_NOUN = re.compile(match_key("सम्मेलन") + "|" + match_key("शिखर") + "|" + match_key("समिट"))
# 'तालिन शिखर सम्मेलन', 'तालिन सम्मेलन', 'तालिन बैठक': a summit named after its city.
_SUMMIT_WORD = "(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक")) + ")"
# The stems of the nouns a series of meetings is named by ('वार्ता' and 'वार्ताएँ' share one).
_MEETING_STEMS = tuple(match_key(w) for w in ("वार्ता", "संवाद", "परामर्श", "बैठक"))
# Words every sentence on the start of the summits holds (raw text: a cheap first look).
#: A line that may be a fact line naming the first meeting or the start (`start_in_a_field`): a cheap test.
_A_START_FIELD = re.compile(r"^(?:[-*•+]\s+)?(?:पहल|प्रथम|शुरु|शुरू|आरं|आरम्|प्रारं|प्रारम्|first|start|began)", re.IGNORECASE)


def _may_date_first_by_year_before(text: str) -> bool:
    """A cheap test for a line that may date the first meeting by the year before it (`first_meeting_after`)."""
    return ("पहल" in text or "प्रथम" in text) and any(w in text for w in ("अगले", "उसी", "इसी", "बाद"))

_DEVANAGARI = re.compile("[\u0900-\u097f]")

# 'इस सम्मेलन', 'यह शिखर सम्मेलन': the summit just told
_THIS_SUMMIT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("इस", "यह", "इसी")) + r")\s+(?:[^\s,।]+\s+){0,2}?(?:"
                          + match_key("शिखर") + r"\s+)?" + match_key("सम्मेलन") + r"(?=[\s,।]|$)")  # 'यह तीन दिवसीय सम्मेलन'
_SUMMIT_OPENS = re.compile(r"^(?:[^\s,।]+\s+){0,2}?(?:" + match_key("शिखर") + r"\s+)?" + match_key("सम्मेलन") + r"(?=\s)")
_NAMES_THE_SUMMITS = re.compile(r"सम्मेलनों|संमेलनों|बैठकों|शिखर स्तर|(?:सम्मेलन|समिट) (?:का|की) (?:सफ़र|सफ़र|सफर|सिलसिला)")
_CLAUSE_BREAK = re.compile(r"[,;]\s*|\s+(?:जबकि|लेकिन|किंतु|परंतु)\s+")
_HELD_VERB = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "हुआ", "हुई", "हुए", "आयोजित", "संपन्न", "सम्पन्न")) + r")(?:\s|$)")
_JOINED = re.compile(JOINED)
_ORDINAL_SHORT_FORM = re.compile(r"^\s*(\S+)\s+([A-Z]{2,6})(?![A-Za-z])")
# "... में हुआ सम्मेलन सेलाक का अपना शिखर सम्मेलन था, EU–CELAC का नहीं": another's, not this one
_NOT_OURS = re.compile(
    match_key("सम्मेलन") + r"\s+(?:" + "|".join(match_key(w) for w in ("था", "थी", "थे", "है"))
    + r")\s*[,;]\s*(?:\S+\s+){0,4}?(?:" + "|".join(match_key(w) for w in ("का", "की", "के"))
    + r")\s+" + match_key("नहीं") + r"(?:\s|$|[।.])"
    # "...; वह ब्रिटेन–फ़्रांस शिखर सम्मेलन नहीं थी": the meeting just told was not one
    + r"|[;,]\s*(?:" + "|".join(match_key(w) for w in ("वह", "यह", "वे", "ये")) + r")\s+(?:\S+\s+){0,4}?(?:"
    + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "वार्ता", "भेंट")) + r")\s+" + match_key("नहीं") + r"(?:\s+(?:"
    + "|".join(match_key(w) for w in ("था", "थी", "थे", "है")) + r")(?:\s|$|[।.])"
    # "...; यह X का शिखर सम्मेलन नहीं, अलग ऊर्जा समझौता था": not one, but something else
    + r"|\s*[,;।]|\s*$)"
)
# "2016 में 25वीं वर्षगांठ ... के नियमित वार्षिक सम्मेलन में ही मनाई गई — अलग स्मारक सम्मेलन नहीं
# हुआ": the sentence denies a separate summit; the summit it names was the occasion, another meeting.
_NO_SEPARATE_SUMMIT = re.compile(
    match_key("अलग") + r"\s+(?:" + match_key("से") + r"\s+)?(?:" + match_key("कोई") + r"\s+)?(?:\S+\s+)?(?:"
    + match_key("शिखर") + r"\s+)?(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक")) + r")\s+"
    + match_key("नहीं") + r"\s+(?:" + "|".join(match_key(w) for w in ("हुआ", "हुई", "हुए", "हुईं", "किया गया")) + r")"
)
# "यह यात्रा वार्षिक शिखर सम्मेलन का हिस्सा नहीं थी", "इसे औपचारिक शिखर सम्मेलन नहीं गिना जाता"
# "इसे शिखर सम्मेलन की श्रेणी में नहीं रखा जाता"
_NOT_COUNTED = re.compile(
    # ('इसे समिति की बैठकों में नहीं गिना जाता': the meetings' noun in any form)
    # ('यह summit नहीं था, सिर्फ़ bilateral visit': the loan word too)
    "(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "शिखर", "summit", "समिट")) + r")\S*(?:\s+\S+){0,3}?\s+" + match_key("नहीं")
    + r"\s+(?:" + "|".join(match_key(w) for w in ("था", "थी", "थे", "है", "गिना", "गिनी", "माना", "मानी", "रखा", "रखी"))
    + r")"
    # a note's imperative: 'इसे भी अलग से सम्मेलन न गिनें'
    + "|(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "शिखर")) + r")\S*\s+" + match_key("न") + r"\s+(?:"
    + "|".join(match_key(w) for w in ("गिनें", "गिनिए", "गिना जाए", "मानें", "मानिए", "माना जाए")) + r")(?=[\s,।;.]|$)"
    + "|" + match_key("का हिस्सा नहीं") + "|" + _NOT_OURS.pattern
    # '... की मुलाक़ात हुई थी — यह सिर्फ़ द्विपक्षीय भेंट थी', 'सिर्फ़ bilateral visit': only a meeting on the side
    + "|(?:" + "|".join(match_key(w) for w in ("सिर्फ़", "सिर्फ", "केवल", "महज़", "महज", "only")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("द्विपक्षीय", "bilateral")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("भेंट", "मुलाक़ात", "मुलाकात", "बातचीत", "यात्रा", "दौरा", "visit", "meeting"))
    + ")"
)

# "2012: ... लीग का नियमित शिखर सम्मेलन हुआ; इस वर्ष आर्थिक शिखर सम्मेलन नहीं हुआ": the entry says no
# summit (of the series) met that year; the meeting it names is another's.
_NONE_THAT_YEAR = re.compile(
    r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("इस", "उस", "इसी", "उसी")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("वर्ष", "साल")) + r")\s+(?:\S+\s+){0,4}?(?:"
    + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "वार्ता", "भेंट")) + r")\s+" + match_key("नहीं") + r"\s+(?:"
    + "|".join(match_key(w).replace(" ", r"\s+") for w in ("हुआ", "हुई", "हो सका", "हो सकी", "हो पाया", "हो पाई"))
    + r")(?:\s|$|[।,;.])"
)

# "2021: ... तख़्तापलट के बाद शिखर बैठकें रुक गईं": the year the summits stopped, no summit.
_SUMMITS_STOPPED = re.compile(
    r"(?:" + "|".join(match_key(w) for w in ("बैठकें", "सम्मेलन", "सम्मेलनों", "वार्ताएँ", "वार्ताएं", "बैठकों"))
    + r")(?:\s+\S+){0,2}?\s+(?:" + "|".join(match_key(w).replace(" ", r"\s+") for w in (
        "रुक गईं", "रुक गई", "रुक गए", "रुक गया", "थम गईं", "थम गई", "थम गए", "बंद हो गईं", "बंद हो गई", "बंद हो गए",
        "ठप हो गईं", "ठप हो गई", "ठप हो गए", "ठप पड़ गईं", "ठप पड़ गए")) + r")(?:\s|$|[।,;.])"
)


_MEETINGS_NOUNS = frozenset(match_key(w) for w in ("बैठक", "बैठकें", "बैठकों", "meetings"))
_SESSIONS_NOUNS = frozenset(match_key(w) for w in ("सत्र", "सत्रों", "दौर", "दौरों", "अधिवेशन", "अधिवेशनों", "rounds", "sessions"))


# '19वीं और 20वीं कांग्रेस': an entry on two summits, whose numbers the last noun does not tell apart
_ANY_DIGIT = re.compile(r"\d")
_SEVERAL_ORDINALS = re.compile(r"[0-9०-९](?:वीं|वें|वाँ|वां|वा)\s*(?:और|व|,|एवं)\s")


_YEAR = guarded(r"(?<![0-9०-९])[12१२][0-9०-९]{3}(?![0-9०-९])", "12१२")  # (a line without a 1 or a 2 holds no year)
_LIST_MARKER = re.compile(r"^\s*(?:[-•*–—·▪►●◦]|[0-9०-९]{1,2}[.)]|\([0-9०-९]{1,2}\)|\([ivx]{1,4}\))\s")


def _runs(lines: list[Line]) -> list[list[Line]]:
    """Lines on consecutive line numbers, in runs of two or more."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and runs[-1][-1].number == line.number - 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [run for run in runs if len(run) >= 2]


MAX_ANNOUNCING_WORDS = 5


def _before_announced_summits(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A list of areas or objectives that a line worded as a summits heading ends ('तस्मान के
    आर-पार: हाल की बैठकें', a label and a short text that names meetings), with two or more dated
    lines below it: the lines before it, and that line with the lines after it (its summits).
    Otherwise all the lines, and none."""
    for k, line in enumerate(lines):
        item = split_item(line)
        if item is None or not item.description or _YEAR.search(line.text):
            continue
        # 'शिखर सम्मेलन — ध्यान दें: दो अलग गिनतियाँ ...', unbulleted after the bulleted areas: a heading
        # of the summits with a remark after it
        heading = k > 0 and not item.has_marker and heading_role(item.label) == "summits" and all(
            (above := split_item(l)) is not None and above.has_marker for l in lines[:k])
        if not heading and (len(item.description.split()) > MAX_ANNOUNCING_WORDS
                            or heading_role(item.description.rstrip(":：। ")) != "summits"):
            continue
        if sum(1 for below in lines[k + 1:] if _YEAR.search(below.text)) >= 2:
            return lines[:k], lines[k:]
    return lines, []


def _names_meetings(heading: str) -> bool:
    """'नेताओं की बैठकें (शहर, तारीख़)': a summits heading that calls the summits meetings (and no
    सम्मेलन), so an entry's 'दूसरी बैठक' is its number; 'शिखर सम्मेलन — अध्यक्षीय परिषद के सत्र':
    one that calls them sessions, so an entry's 'पाँचवाँ सत्र' is."""
    key = match_key(without_parentheticals(heading))
    if names_ministers(heading):
        return False
    # '## अब तक (Rounds)': an English gloss calls them so too
    words = set(key.split()) | set(_ENGLISH_WORDS.findall(heading.casefold()) if "(" in heading else ())
    return bool(_MEETINGS_NOUNS & words) and not _SUMMIT_NOUN.search(key) or bool(_SESSIONS_NOUNS & words)


_ENGLISH_WORDS = re.compile(r"[a-z]+")
# a heading over the leaders' visits or meetings, not ministers' ('## प्रमुख यात्राएँ', '## शीर्ष-स्तरीय दौरे')
_VISITS_NOUNS = frozenset(match_key(w) for w in (
    "यात्राएँ", "यात्राएं", "यात्राओं", "यात्रा", "दौरे", "दौरों", "मुलाक़ातें", "मुलाकातें", "मुलाक़ातों", "मुलाकातों",
    "वार्ताएँ", "वार्ताएं", "वार्ताओं", "भेंट", "आदान-प्रदान", "visits", "meetings"))
_NOT_LEADERS = frozenset(match_key(w) for w in (
    "मंत्री", "मंत्रियों", "मंत्रिस्तरीय", "सचिव", "सचिवों", "अधिकारियों", "ministerial", "ministers", "संसदीय",
    "सांसदों", "व्यापारिक", "सांस्कृतिक", "नौसैनिक", "सैन्य"))


def _names_leaders_visits(heading: str) -> bool:
    """'प्रमुख यात्राएँ', 'नेताओं की मुलाक़ातें', 'High-level visits': the leaders' visits or meetings."""
    words = set(match_key(heading).replace("-", " ").casefold().split()) | set(match_key(heading).casefold().split())
    return bool(words & _VISITS_NOUNS) and not words & _NOT_LEADERS
_BILATERAL_TITLE = re.compile("|".join(match_key(w) for w in ("शिखर वार्ता", "द्विपक्षीय", "शटल कूटनीति", "मुलाक़ात", "मुलाकात")))
_MANY_SIDED = re.compile("|".join(match_key(w) for w in ("त्रिपक्षीय", "बहुपक्षीय", "चतुर्पक्षीय", "चतुष्पक्षीय")))


def _area_for(topic: LexiconEntry, areas: list[Row], area_words: list[set[str]]) -> str | None:
    """The cooperation area a topic belongs to: the area with the same English name
    (अवसंरचना and बुनियादी ढांचा are both Infrastructure), else the one sharing the most
    content words (परमाणु ऊर्जा -> ऊर्जा); the first such area on ties; None if none.
    `area_words`: each area's content words."""
    english = topic.english.casefold()
    for area in areas:
        if area["name_en"] and area["name_en"].casefold() == english:
            return area["area_id"]
    tokens = content_tokens(topic.hindi)
    overlaps = [(len(tokens & words), -i, a["area_id"]) for i, (a, words) in enumerate(zip(areas, area_words))]
    best = max(overlaps, default=(0, 0, None))
    return best[2] if best[0] > 0 else None


class _Parser:
    def __init__(self, document_id: str, shape: Shape, lexicon: Lexicon):
        self.doc = document_id
        self.shape = shape
        self.lexicon = lexicon
        self.ids = _Ids()
        self.out = ParsedDocument(document_id)
        self.section_ids: dict[int, str] = {}
        self.summits: list[_Summit] = []
        self.virtual_remarks: list[str] = []  # undated sentences calling a summit virtual
        self.lead_section: str | None = None
        self.issue_ids: set[str] = set()
        self.meeting_series = names_a_meeting_series(shape.title.text)  # '... नेताओं की बैठक'
        self.own_nouns = own_meeting_nouns(shape.title.text)  # 'विश्व ऊर्जा कांग्रेस': its कांग्रेस are summits
        # whose summits the document tells: the title's series, the organisation the lead says holds
        # them ('आयोजक: संयुक्त राष्ट्र' makes '... पर संयुक्त राष्ट्र सम्मेलन' the series' own) and the
        # names the text says the series went by ('समूह जी-8 कहलाने लगा')
        held_by = organisers(shape.lead, lexicon)
        texts = [line.text for line in (*shape.lead, *(l for sec in shape.sections for l in sec.lines))]  # the body's lines
        other_names = [n for n in renamed_as(texts) if n not in match_key(shape.title.text)] + cop_series(
            [shape.title.text, *(line.text for line in shape.lead if line.number > shape.title.number)][:4])  # 'कॉप16'
        # a body of the title's glossed with a short form ('नाटो–रूस परिषद (NRC)'): 'NRC शिखर बैठक' is the series'
        glossed = own_acronyms(texts, shape.title.text)
        # the lead's gloss of a headline's name ('यूनेस्को का विश्व सम्मेलन "मोंडियाकल्ट 2025"'): a name of the series
        named = named_series_glosses([line.text for line in shape.lead if line is not shape.title], shape.title.text, lexicon)
        also = [*held_by, *named, *other_names, *(a for a in glossed if a not in shape.title.text)]
        if _DECK_PEAK_MEETING.search(match_key(_deck(shape))) and not _SUMMIT_NOUN.search(match_key(shape.title.text)) \
                and match_key("बैठक") not in match_key(shape.title.text):
            # 'निकोसिया में फिर जुटे ... के नेता' over the deck 'त्रिपक्षीय शिखर बैठक में ...': the headline names
            # no meeting; the deck says the series meets in शिखर बैठकें
            also.append("शिखर बैठक")
        self.series = f"{shape.title.text} ({', '.join(also)})" if also else shape.title.text
        self.phased = any(tells_phases(text) for text in texts)  # 'शिखर सम्मेलन का पहला चरण ...', then 'दूसरा चरण ...'
        # a release's date line with its city says only what its 'यहाँ' (here) means
        self.dateline = find_dateline([line.text for line in shape.lead], lexicon) or find_release_place(
            [line.text for line in shape.lead], lexicon)
        event = headline_place(shape.title.text, lexicon)
        if self.dateline is not None and event is not None and match_key(event.city or "") != match_key(
                self.dateline.place.city or ""):
            self.dateline = dataclasses.replace(self.dateline, event_place=event, event_text=shape.title.text)
        if self.dateline is not None and self.dateline.year is None:
            self.dateline = dataclasses.replace(self.dateline, not_before=latest_dated_year(texts))
        release = find_release_line([line.text for line in shape.lead])  # a release's 'आज'
        self.release_date, self.release_line = release if release is not None else (None, None)


    def run(self) -> ParsedDocument:
        self._document()
        self._parties()
        if self.bilateral:
            # 'भारत-यूएई शिखर सम्मेलन' under a title that names neither spelling: the two sides' own summit
            self.series = with_sides(self.series, [r.get("name_en") for r in self.out.rows["parties"]], self.lexicon)
        self._sections()
        for section in self.shape.sections:
            section_id = self.section_ids[section.heading.number]
            if section.is_references:
                continue
            if section.introduction:
                self._prose([section.heading], section_id, timeline=True)
            if (legend := section_legend(section.heading.text, section.lines)) is not None and section.role != "summits":
                # '## Timeline (..., ⭐ = SPC leaders' meeting)': the marked lines are its summits (an ordinal
                # before the legend's noun numbers them: 'SPC की पहली leaders' meeting'); the others are
                # the timeline's events, never summits
                ours, rest = split_marked(section.lines, legend[0])
                before = len(self.summits)
                self._summit_lines(ours, section_id, declared=True, meetings=True)
                for summit in self.summits[before:]:
                    summit.edition = summit.edition or legend_edition(summit.line.text, legend[1])
                if section.role not in LIST_ROLES:
                    before = len(self.summits)
                    self._summit_lines(rest, section_id, declared=False)
                    del self.summits[before:]
                    continue
                section = dataclasses.replace(section, lines=rest)
            if section.role in LIST_ROLES:
                self._list_items(section)
            elif section.role == "summits" or (section.role == "other" and self.bilateral
                                               and _names_leaders_visits(section.heading.text)) or (
                    section.role == "other" and checklist_of_entries(section.lines, self._dated_entries, self._placed_in_a_city,
                                                             lambda entries: not several_meetings_named(entries))):
                # ('## Dialogues — checklist (✔ = हुआ)': a task list of dated meetings in places)
                # ('## प्रमुख यात्राएँ', '## नेताओं की मुलाक़ातें' in a document on two sides: their summits)
                self._summit_lines(section.lines, section_id, declared=True,
                                   meetings=_names_meetings(section.heading.text),
                                   introduction=section.heading.text if section.introduction else "")
            elif denies_summits(section.heading.text):
                self._denied_lines(section.lines, section_id)
            else:
                # a history (a timeline of foundings and treaties in cities) is never judged by its labels
                named = section.role == "other" and self._names_the_meetings(section.heading.text)
                # '## परामर्श' in a document on a सरकारी परामर्श: 'दूसरा परामर्श' numbers its summit
                self._summit_lines(section.lines, section_id, declared=False, named=named,
                                   meetings=named and not _SUMMIT_NOUN.search(match_key(section.heading.text)))
        self._lead()
        self._emit_summits()
        self._start_of_the_summits()
        self._summit_topics()
        return self.out

    def _names_the_meetings(self, heading: str) -> bool:
        """'प्रमुख शिखर सम्मेलन और उनके परिणाम', or 'प्रमुख वार्ताएँ' in a document on a शिखर वार्ता:
        a heading that names summits, or the meeting noun of the title."""
        key = match_key(heading)
        if _SUMMIT_NOUN.search(key) or self.own_nouns & set(key.split()):  # 'कांग्रेस क्रम से' in notes on a कांग्रेस
            return True
        title = match_key(self.shape.title.text)
        return any(stem in title and stem in key for stem in _MEETING_STEMS)

    def _lead(self) -> None:
        """The lead's sentences, and its tables (an infobox, or a summit table before any
        heading): read like a section's, so no table row is left out without a word."""
        prose: list[Line] = []
        run: list[Line] = []
        for line in [*self.shape.lead, None]:
            if line is not None and is_table_line(line.text) and (not run or continues_table(run[-1], line)):
                run.append(line)
                continue
            if run:
                self._table(run, self._lead_section_id())
                self._timeline(run, None)  # '| स्थापना | 1996 |': the lead's years stay events
                run = []
            if line is not None and is_table_line(line.text):
                run.append(line)
            elif line is not None:
                prose.append(line)
        title = self.shape.title
        # a headline that dates and places its summit ('9-10 सितंबर 2023 को नई दिल्ली में जी-20 शिखर
        # सम्मेलन संपन्न, ...') states it like a sentence of the lead
        for mention in summits_in_sentence(title.text, title.text, self.lexicon, dateline=self.dateline,
                                           today=self.release_date):
            self.summits.append(_Summit(self._lead_section_id(), title, mention.period, mention.place,
                                        mention.edition, mention.status, mention.mode, title.text, title.text,
                                        from_prose=True))
        # a press release's headline: 'प्रधानमंत्री ने तोक्यो में १५वें ... शिखर सम्मेलन में भाग लिया'
        # or a headline without a verb: 'हनोई में 18वाँ ... शिखर सम्मेलन: नेताओं ने ...'
        headline = undated_mention(title.text, title.text, self.lexicon, self.dateline) or headline_summit(
            title.text, self.lexicon)
        if self.dateline is None and headline is not None and headline.place.kind == "city":
            # no dateline: the report's 'यहाँ', 'यहीं' (here) is the city its headline names
            self.dateline = Dateline(headline.place, None, None, title.text)
        self._prose(prose, None, timeline=True, pending=headline, prior=title.text if headline is not None else None,
                    headline=headline)

    def add(self, table: str, row: Row) -> None:
        self.out.rows[table].append(row)

    def issue(self, line: Line, reason: str, detail: str, severity: str = "left_out") -> None:
        issue_id = f"{self.doc}.issue.{line.number}.{reason}"
        if issue_id in self.issue_ids:
            return  # two entries of one line with the same problem: one row
        self.issue_ids.add(issue_id)
        self.add("parse_issues", {
            "issue_id": issue_id,
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
        for position, party in enumerate(find_parties(self.shape, self.lexicon), start=1):
            self.add("parties", {
                "party_id": self.ids(f"{self.doc}.party.{slug(party.name)}"),
                "document_id": self.doc,
                "position": position,
                **_names(self.lexicon, "name", party.name, PARTY_KINDS, with_source=True),
                **({"name_en": english, "name_en_source": "lexicon"} if party.known_as != party.name and (
                    english := self.lexicon.english(party.known_as, PARTY_KINDS)) else {}),
                # a country spelled otherwise than ISO 3166 spells it ('काबो वर्दे' for 'काबो वर्डे')
                **({"name_en": country.name, "name_en_source": "iso3166"} if party.known_as != party.name
                   and party.kind == "country" and not self.lexicon.english(party.name, PARTY_KINDS)
                   and not self.lexicon.english(party.known_as, PARTY_KINDS)
                   and (country := countries().by_hindi(party.known_as, loose=False)) else {}),
                # a side the text glosses with an acronym no lexicon knows ('... समुदाय (CELAC)'); a name
                # written in English is its own English name ('Council for a Parliament ... (CPWR)')
                **({"name_en": party.known_as if _DEVANAGARI.search(party.name) else party.name, "name_en_source": "text"}
                   if party.known_as != party.name and ACRONYM.fullmatch(party.known_as)
                   and not self.lexicon.english(party.known_as, PARTY_KINDS) else {}),
                "kind": party.kind,
                "iso3": None,
                **_provenance(party.line),
            })

    def _sections(self) -> None:
        for position, section in enumerate(self.shape.sections, start=1):
            heading = announcing_sentence(section.heading.text) if section.introduction else section.heading.text
            section_id = self.ids(f"{self.doc}.section.{slug(heading)}")
            self.section_ids[section.heading.number] = section_id
            self.add("sections", {
                "section_id": section_id,
                "document_id": self.doc,
                "position": position,
                "role": section.role,
                **_names(self.lexicon, "heading", heading, ("heading",)),
                "text": section.text or None,
                "source_line": section.heading.number,
            })
            if section.role == "other" and not section.is_references and not self.lexicon.lookup(
                heading, ("heading",)
            ):
                self.issue(section.heading, "unknown_heading",
                           "Heading not recognized; kept as a section with role 'other'.", "note")

    def _lead_section_id(self) -> str:
        """Facts stated in the lead belong to a section holding the lead (heading: the title)."""
        if self.lead_section is None:
            title, lead = self.shape.title, self.shape.lead
            self.lead_section = self.ids(f"{self.doc}.section.lead")
            self.add("sections", {
                "section_id": self.lead_section,
                "document_id": self.doc,
                "position": len(self.shape.sections) + 1,
                "role": "other",
                **_names(self.lexicon, "heading", title.text, ("heading",)),
                "text": "\n".join(line.text for line in lead) or None,
                "source_line": title.number,
            })
        return self.lead_section

    def _list_items(self, section: Section) -> None:
        table, id_name, kind = (
            ("objectives", "objective_id", "objective")
            if section.role == "objectives"
            else ("cooperation_areas", "area_id", "area")
        )
        position = 0
        prose: list[Line] = []
        previous: Line | None = None
        top: Line | None = None  # the last item read
        summit_table = False
        summit_tables: list[list[Line]] = []
        listed = self._listed_summits(section.lines)
        lines, announced = _before_announced_summits(section.lines)
        for line in lines:
            if line.number in listed:
                continue
            if is_table_line(line.text):
                # '| क्षेत्र | विवरण |' then '| खाद्य सुरक्षा | ... |': a table's rows are the items
                # (not a table of summits: its header names a year and a place)
                is_header = previous is None or not is_table_line(previous.text) or not continues_table(previous, line)
                if is_header:
                    summit_table = is_summit_table(column_roles(cells(line.text)))
                    if summit_table:
                        summit_tables.append([])
                if summit_table:
                    # a summit table under a heading the text did not mark (a long one): its rows
                    # are summits all the same, never dropped without a word
                    summit_tables[-1].append(line)
                previous = line
                item = None if is_header or summit_table else _table_item(line)
                if item is None:
                    continue
            else:
                previous = line
                # '  - 2020 में ... समझौता' indented under '- **ऊर्जा सहयोग**: ...': a sub-point of
                # the item above, not an item of the list
                item = None if top is not None and line.indent > top.indent else split_item(line)
            if item is None:
                prose.append(line)  # a paragraph after the list: its sentences may state summits
                continue
            if is_introduction(item.label) and not item.description:
                continue
            top = line
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
        for rows in summit_tables:
            self._table(rows, self.section_ids[section.heading.number])
        if announced:
            # 'तस्मान के आर-पार: हाल की बैठकें' after the last area: the lines below it are its summits
            self._summit_lines(announced[1:], self.section_ids[section.heading.number], declared=True,
                               meetings=_names_meetings(announced[0].text), introduction=announced[0].text)
        for run in _runs(sorted(listed.values(), key=lambda line: line.number)):
            self._summit_lines(run, self.section_ids[section.heading.number], declared=True)
        self._prose(prose, self.section_ids[section.heading.number], timeline=True)

    def _listed_summits(self, lines: list[Line]) -> dict[int, Line]:
        """The items of a list of objectives or areas that are a summit list of their own: a run
        of two or more numbered or bulleted items, each an entry in a city labelled by its date
        ('- २०१५: ढाका', '- ढाका (२०१५)') or by the meeting's number ('१. नौवाँ मंच – कुआलालंपुर,
        मलेशिया, फरवरी २०१८'), after the areas' list and the prose that closed it. Such items are
        never areas or objectives, however the line above them is worded."""
        found: dict[int, Line] = {}
        for run in _runs([line for line in lines if _YEAR.search(line.text) and _LIST_MARKER.match(line.text)]):
            entries = [read_entries(line, self.lexicon) for line in run]
            if any(not isinstance(e, list) for e in entries):
                continue
            flat = [e for listed in entries for e in listed]  # type: ignore[union-attr]
            if all(e.place is not None and e.place.city is not None and (
                    e.edition is not None or self._only_place_and_date(e)) for e in flat):
                found.update((line.number, line) for line in run)
        return found

    # --- summits ---------------------------------------------------------------------------

    def _summit_lines(self, lines: list[Line], section_id: str, *, declared: bool, named: bool = False,
                      meetings: bool = False, introduction: str = "") -> None:
        """A summits section (declared by its heading) reads every entry; another section
        reads a block of entries only when it looks like a summit list, and its other lines
        as prose (summits in sentences, timeline). `introduction` is the prose line that
        announced the section's list, if one did."""
        lines = join_records(lines)  # '- **2014**' with '- स्थान: ...', '- तिथि: ...' under it: one entry
        # ('- **2014**' with '- स्थान: ...', '- तिथि: ...' under it: one entry)
        prose: list[Line] = []
        block: list[tuple[Line, list[Entry] | Problem]] = []

        def flush_block() -> None:
            if not block:
                return
            by_place = places_by_column(block, self.lexicon)  # 'याल्टा — जुलाई 2002: ...' below 'याल्टा (यूक्रेन) — ...'
            for position, (line, found) in enumerate(block):
                if line.number in by_place:
                    block[position] = (line, by_place[line.number])
            by_column = cities_by_column([(line, found) for line, found in block if isinstance(found, list)],
                                         self.lexicon)
            for position, (line, found) in enumerate(block):
                if line.number in by_column:
                    block[position] = (line, [by_column[line.number]])
            if declared:
                _editions_by_list_number(block)
            entries = [e for _, found in block if isinstance(found, list) for e in found]
            # "अब तक के तीनों शिखर सम्मेलन वर्चुअल प्रारूप में हुए हैं:" speaks for the whole list
            above = prose[-1].text if prose else introduction
            all_virtual = above.endswith((":", "：")) and is_virtual(above)
            if declared or self._looks_like_summit_list(entries, named=named):
                before = len(self.summits)
                for line, found in block:
                    if self._detail_of_a_listed_summit(line, self.summits[before:]):
                        continue
                    if isinstance(found, list):
                        found = share_ordinals(found)  # '2018 (...) और 2019 (...): दूसरा और तीसरा edition'
                        for entry in (part for listed in found for part in self._summits_by_sentence(listed)):
                            if _another_event_that_year(entry, entries, self._names_a_city_in):
                                self.issue(entry.line, "not_a_summit", "Another event of a year whose summit the "
                                           "list gives: the line names neither a place nor a meeting.")
                                continue
                            self._entry(section_id, entry, all_virtual=all_virtual, meetings=meetings)
                            self._told_in_entry(section_id, entry)
                        # '... (पहले 1955 में भी इस्तांबुल में बैठक हुई थी)': an aside on another year's meeting
                        asides = dated_asides(line.text, {e.period.year for e in found})
                        if asides:
                            self._prose([Line(line.number, aside) for aside in asides], section_id, timeline=False)
                    elif not self._prose([line], section_id, timeline=False):
                        loose = loose_entry(line, self.lexicon) if declared else None
                        if loose is not None:  # '24वीं — जिनेवा, 23 जुलाई – 12 अगस्त 2008: ...'
                            self._entry(section_id, loose, all_virtual=all_virtual, meetings=meetings)
                        else:
                            self.issue(line, found.reason, found.detail)
            else:
                for line, found in block:
                    stated = self._states_a_summit(found[0]) if isinstance(found, list) and len(found) == 1 else None
                    if stated is not None:
                        self._entry(section_id, stated, meetings=meetings)  # '2009: X में पहला शिखर सम्मेलन।'
                    else:
                        prose.append(line)
            block.clear()

        index = 0
        while index < len(lines):
            line = lines[index]
            if is_table_line(line.text):
                end = index + 1  # a table is a run of table lines with no blank line between
                while (end < len(lines) and is_table_line(lines[end].text)
                       and continues_table(lines[end - 1], lines[end])):
                    end += 1
                flush_block()
                self._table(lines[index:end], section_id)
                index = end
                continue
            found = read_entries(line, self.lexicon)
            if isinstance(found, list) and line.indent > 0:
                found = parts_numbered_by_their_meeting(found, line, lines[:index])  # '– पहला भाग (...): ...'
            if found is None:
                flush_block()
                prose.append(line)
            else:
                block.append((line, found))
            index += 1
        flush_block()
        self._prose(prose, section_id, timeline=True)

    def _told_in_entry(self, section_id: str, entry: Entry) -> None:
        """'2025: ... यह 2016 में फ्रैंकफ़र्ट में हुई 49वीं बैठक के बाद ...': another summit the entry states."""
        for mention in summits_told_in_entry(entry.description, entry.period.year, self.series, self.lexicon,
                                             entry_edition=entry.edition, multilateral=len(self.out.rows["parties"]) > 2):
            self.summits.append(_Summit(section_id, entry.line, mention.period, mention.place, mention.edition,
                                        "held", mention.mode, entry.description, entry.line.text, from_prose=True))

    def _summits_by_sentence(self, entry: Entry) -> list[Entry]:
        """'2009: यह साल सबसे व्यस्त रहा। अप्रैल में X में असाधारण शिखर सम्मेलन हुआ, ...। 24 जून को Y में
        हुई शिखर बैठक में ...। अक्टूबर में Z में आयोजित शिखर सम्मेलन में ...': a year's entry whose
        sentences each state a held summit in a city of its own is one entry per such sentence
        (with the label's year); any other entry stays as it is."""
        label = parse_entry_label(entry.label)
        if label is None or label.precision != "year" or ("।" not in entry.description and ";" not in entry.description):
            return [entry]
        # '...; 24 जून को Y में हुई शिखर बैठक में ...': a semicolon parts the summits as a full stop does
        sentences = [c.strip() for s in split_sentences(entry.description) for c in s.split(";") if c.strip()]
        if len(sentences) < 2:
            return [entry]
        parts: list[Entry] = []
        for sentence in sentences:
            key = match_key(sentence)
            if _SUMMIT_NOUN.search(key) is None:
                continue
            if _OPENS_WITH_A_DAY.match(key) is None or _EARLIER_OR_LATER.search(match_key(first_clause(sentence))) or any(
                    p.year != label.year for _, _, p in find_periods(sentence)):
                # a sentence about the summit before or after ('माले में हुए पिछले सम्मेलन ...', 'माले में होने
                # वाले अगले ...') or of another year names no summit of this entry's own
                continue
            found = read_entries(Line(entry.line.number, f"{entry.label}: {sentence}"), self.lexicon)
            if not isinstance(found, list) or len(found) != 1:
                continue
            part = found[0]
            place = part.place or find_place(sentence, self.lexicon)
            if part.status != "held" or place is None or place.city is None or part.period.year != (
                    entry.period.year) or names_other_series(sentence, self.series, self.lexicon):
                continue
            parts.append(dataclasses.replace(part, line=entry.line, place=place))
        if len(parts) < 2 or len({match_key(p.place.city) for p in parts}) != len(parts):
            return [entry]
        return parts

    @staticmethod
    def _detail_of_a_listed_summit(line: Line, above: list[_Summit]) -> bool:
        """'   * ग्लेनईगल्स: 6–8 जुलाई 2005, लंदन बम धमाकों के बीच' under '2005 ग्लेनईगल्स और 2006 सेंट
        पीटर्सबर्ग': a bullet indented under an entry, labelled with the city of a summit that entry
        lists and opening with a date of that summit's year, dates that summit (no second one)."""
        item = split_item(line) if line.indent > 0 and above else None
        if item is None or not item.description:
            return False
        # the label names the city, with its country after a comma at most ('ब्रेस्ट, फ़्रांस')
        name = match_key(without_parentheticals(item.label).split(",")[0].strip())
        head = re.split(r"\s*(?:;|।|[:：]|\s[—–]\s)", item.description, maxsplit=1)[0]
        periods = find_periods(head)  # '6–8 जुलाई 2005, ...', 'वन ओशन समिट, 9–11 फ़रवरी 2022'
        if len(periods) != 1:
            return False
        period = periods[0][2]
        for summit in reversed(above):
            if (summit.line.indent < line.indent and summit.city and match_key(summit.city) == name
                    and summit.period.year == period.year):
                if summit.period.precision != "day" or _within(summit.period, period):
                    summit.period = period
                    summit.source_text = f"{summit.source_text} … {line.text}"
                return True
        return False

    def _denied_lines(self, lines: list[Line], section_id: str) -> None:
        """A section whose heading says its items are not summits ('जो summits नहीं हैं'): its
        dates stay events of the timeline, and what would read as a summit is a parse issue."""
        before = len(self.summits)
        self._summit_lines(lines, section_id, declared=False)
        denied = {s.line.number: s.line for s in self.summits[before:]}
        del self.summits[before:]
        for line in lines:
            if not is_table_line(line.text) and isinstance(read_entries(line, self.lexicon), list):
                denied.setdefault(line.number, line)
        for number in sorted(denied):
            self.issue(denied[number], "not_a_summit", "Under a heading that says its items are not summits.")

    def _states_a_summit(self, entry: Entry) -> Entry | None:
        """An entry of a timeline that is no summit list ('2009: येकातेरिनबर्ग में पहला शिखर
        सम्मेलन।' among treaties and members): its own first clause numbers a summit, with no
        name between the number and the noun ('वारसॉ के नाटो शिखर सम्मेलन में' is another's),
        names a city where (the lexicon's or GeoNames'), and the text gives no other year. The
        entry, with that city, or None."""
        clause = first_clause(entry.description)
        names = numbered_names(clause)
        if find_ordinal(clause) is None or len(names) != 1 or names[0]:
            return None
        if any(p.year != entry.period.year for _, _, p in find_periods(entry.description)):
            return None  # '2010: ... 2011 के शिखर सम्मेलन में आमंत्रण': another year's summit
        place = entry.place or find_place(clause, self.lexicon)
        if place is None or place.city is None:
            place = gazetteer_place(clause, self.lexicon)  # 'रीगा में पहला शिखर सम्मेलन'
        if (place is None or place.city is None or is_ministerial(clause)
                or names_other_series(clause, self.series, self.lexicon)):
            return None
        return dataclasses.replace(entry, place=place)

    def _only_place_and_date(self, entry: Entry) -> bool:
        """'- ढाका (२०१५)', '१. ढाका, बांग्लादेश — फरवरी २०१५': an item that holds its city, maybe its
        country, and its date, and nothing else (no event a timeline would tell)."""
        if entry.place is None or entry.place.city is None:
            return False
        text = entry.line.text
        for start, end, _ in sorted(find_periods(text), reverse=True):
            key = match_key(text)
            text = key[:start] + " " + key[end:]
        words = [w for w in re.split(r"[\s,;:()\-–—|•.।]+", match_key(text).replace(match_key(entry.place.city), " ")) if w]
        return all(re.fullmatch(r"[0-9०-९]+", w) or self.lexicon.lookup(w, ("country",)) is not None for w in words)

    def _dated_entries(self, line: Line) -> list[Entry] | None:
        """The entries a line reads as ('- [x] 2011 → बर्लिन, 3–4 जुलाई — दूसरा संवाद'), or None."""
        found = read_entries(line, self.lexicon)
        return found if isinstance(found, list) else None

    def _placed_in_a_city(self, entry: Entry) -> bool:
        """An entry whose place, or the city its text opens with ('बॉन (Petersberg होटल), 2–4 मई'), is a city."""
        place = leading_place(entry.description, self.lexicon)
        return self._names_a_city_in(entry) or place is not None and place.city is not None

    def _names_a_city_in(self, entry: Entry) -> bool:
        place = entry.place or find_place(entry.description, self.lexicon)
        return place is not None and place.city is not None

    def _looks_like_summit_list(self, entries: list[Entry], *, named: bool = False) -> bool:
        """Whether a block of entries outside a summits section lists summits: most entries name
        a city and a summit (its noun or number), or, under a heading that names summits ('प्रमुख
        शिखर सम्मेलन और उनके परिणाम'), most labels state a date and a city ('2016, रियाद: ...')."""
        def summit_like(entry: Entry) -> bool:
            if (named or self._only_place_and_date(entry)) and entry.place is not None and entry.place.city is not None:
                return True  # (or a list of places and dates only: '- ढाका (२०१५)')
            place = entry.place or find_place(entry.description, self.lexicon)
            noun = _SUMMIT_NOUN.search(match_key(as_summit_nouns(f"{entry.label} {entry.description}", self.own_nouns,
                                                                 meetings=False))) is not None
            if entry.edition is not None and noun:
                return True  # 'पहला शिखर सम्मेलन — १२-१३ जनवरी, २०२३'
            return place is not None and place.city is not None and (entry.edition is not None or noun)

        # 'PP-94 — 1994, क्योटो', 'PP-98 — 1998, मिनियापोलिस': one meeting's numbered editions
        named = named or one_meeting_numbered(entries)
        return (len(entries) >= MIN_SUMMIT_LIST_ENTRIES
                and sum(map(summit_like, entries)) >= SUMMIT_LIST_SHARE * len(entries))

    def _entry(self, section_id: str, entry: Entry, *, all_virtual: bool = False, meetings: bool = False) -> None:
        # '2023 – तीसरा दौर: ... तीसरा दौर 2023 में आयोजित करने पर सहमति ...', '1915: ... कभी नहीं हो सका'
        fate = fate_of_entry(entry.description, entry.period.year, entry.status)
        if fate != entry.status:
            entry = dataclasses.replace(entry, status=fate)
        if is_ministerial(entry.clause or entry.description) or is_ministerial(entry.label):
            self.issue(entry.line, "not_a_summit", "A meeting of ministers or officials, not a summit.")
            return
        if is_officials_visit(entry.clause or entry.description):
            self.issue(entry.line, "not_a_summit", "A minister's or an official's visit, not a summit.")
            return
        if entry.status == "held" and (_NOT_COUNTED.search(match_key(entry.description))
                                       or denies_being_one(entry.description, self.series)):
            self.issue(entry.line, "not_a_summit", "The text says this meeting is not (part of) a summit.")
            return
        if entry.status == "held" and _SUMMITS_STOPPED.search(match_key(first_clause(entry.clause or entry.description))):
            self.issue(entry.line, "not_a_summit", "The entry says the summits stopped that year, not that one was held.")
            return
        if entry.status == "held" and _NONE_THAT_YEAR.search(match_key(entry.description)):
            self.issue(entry.line, "not_a_summit", "The entry says no summit of the series met that year.")
            return
        head = _head_of_entries(entry)
        if head and (called_separate(head) or names_other_series(head, self.series, self.lexicon)
                     or lists_other_things(head, "")):  # 'प्रमुख संधियाँ: रोम (1957), मास्ट्रिख्ट (1992)'
            # '- X के नियमित सम्मेलन अलग शृंखला हैं: मई 2023 जेद्दा (32वाँ), ...': the head before the
            # colon says whose summits the line lists
            self.issue(entry.line, "not_a_summit", "The line lists the summits of another series.")
            return
        text = entry.clause or entry.description
        own_edition = entry.edition
        if own_edition is not None and find_ordinal(entry.label) is None and find_ordinal(text) == own_edition \
                and find_ordinal(without_time_references(text)) is None:
            own_edition = None  # '— चौथे परमाणु सुरक्षा शिखर सम्मेलन के हाशिये पर': the occasion's number
        if (names_other_series(without_time_references(text), self.series, self.lexicon)
                or (own_edition is not None and names_another_series(text, self.series, self.lexicon))
                or called_separate(text) or called_separate(entry.description) or another_kind_of_meeting(text, self.series)):
            self.issue(entry.line, "not_a_summit", "A summit of another series or grouping.")
            return
        period = entry.period
        summit_clause = clause_of_the_summit(entry.description)
        if summit_clause is not None and self.own_nouns and clause_of_the_summit(
                as_summit_nouns(entry.description, self.own_nouns, self.series)) is None:
            summit_clause = None  # 'पहली ... Ministerial, 8 सितंबर 2016 — ...; 2015 summit के ...': the series' own noun opens it
        if summit_clause is not None:  # '... सहमति बनी; इसके बाद जुलाई 2019 में ... हुए शिखर सम्मेलन में'
            text = summit_clause
            stated = [p for _, _, p in find_periods(summit_clause) if p.year == period.year]
            # '**2006**: 30–31 अक्टूबर, नाननिंग; ...; चीन की धरती पर पहला ... शिखर सम्मेलन': days and the
            # city opening the entry are the entry's own, whichever clause names the summit
            # ('6 अक्टूबर 2009, स्टॉकहोम — ...; कोपेनहेगन जलवायु सम्मेलन से पहले ...': a label's day is its own)
            label_days = period.precision == "day" and any(
                (p.start, p.end) == (period.start, period.end) for _, _, p in find_periods(entry.label))
            period = stated[0] if stated else (period if label_days or _opens_with_days(entry.description, period)
                                                else day_in_its_month(summit_clause, period) or year_period(period.year))
        edition = own_edition
        if edition is None:
            edition = self._numbered_by_short_form(text)  # '16वाँ PBD कोविड के कारण वर्चुअल हुआ'
        if edition is None and (self.meeting_series or meetings):
            # "मंच की 50वीं बैठक" in a series of meetings; "दूसरी बैठक" under "नेताओं की बैठकें"
            edition = find_ordinal(text, meeting=True) or find_ordinal(entry.label, meeting=True)  # 'पहला दौर (2009, X):'
        # (reading the series' own nouns as summit nouns numbers nothing in a text without an ordinal
        # or a digit: 'कॉप11' is read as a numbered meeting)
        may_be_numbered = _ANY_DIGIT.search(text) is not None or holds_an_ordinal(text)
        if edition is None and may_be_numbered and not _SEVERAL_ORDINALS.search(text):
            read = as_summit_nouns(text, self.own_nouns, self.series)  # '12वीं कांग्रेस — ...', '7वाँ संस्करण'
            edition = find_ordinal(read) if read != text else None
        if edition is None and may_be_numbered and not _SEVERAL_ORDINALS.search(text):
            # '2015: ... तीसरा विश्व शिक्षा मंच हुआ' in a list of the series' summits: the entry's own
            # clause numbers it by another word for a meeting (after 'दूसरा सम्मेलन, यानी विश्व शिक्षा मंच')
            clause = first_clause(text)
            other_word = as_summit_nouns(clause, ANY_OWN_NOUN, meetings=False)
            if other_word != clause and find_ordinal(clause) is None:
                edition = find_ordinal(other_word)
        # '2003: क्योटो (जापान), 16–23 मार्च — शिगा और ओसाका में भी सत्र हुए': the city the text opens
        # with is the summit's; a later 'X में' tells of something else
        place = (entry.place or leading_place(text, self.lexicon) or find_place(self._own_sentences(text), self.lexicon)
                 or arrived_city(self._own_sentences(text), self.lexicon)
                 or host_city(entry.description, self.lexicon))  # 'नवंबर 2013 में रोम ने फिर मेज़बानी की। ...'
        if edition is None and entry.label and not _SEVERAL_ORDINALS.search(entry.label):
            label = as_summit_nouns(entry.label, self.own_nouns, self.series)  # '• 12वाँ सत्र (2015) — ...'
            edition = find_ordinal(label) if label != entry.label else None
        if place is None and not names_a_meeting(f"{entry.label} {entry.description}") and any(
                is_ministerial(clause) for clause in split_sentences(entry.description.replace(";", "।"))):
            self.issue(entry.line, "not_a_summit", "The entry names neither a meeting nor a place and "
                       "calls what it states ministerial (an agreement, a treaty): not a summit.")
            return
        if (place is None and own_edition is None and entry.status == "held" and names_a_meeting(text)
                and not names_a_meeting(without_time_references(text))):
            # '1995: अम्मान सम्मेलन के कुछ ही दिन बाद 4 नवंबर को ... की हत्या': an event dated from a summit
            self.issue(entry.line, "not_a_summit", "The entry names a summit only as the time of what it "
                       "states (before or after it): an event, not a summit.")
            return
        if (place is None and own_edition is None and entry.status == "held" and not all_virtual
                and edition is None  # '2011: 36वाँ सत्र; फ़िलिस्तीन को सदस्यता मिली': the series' numbered meeting
                and parse_entry_label(entry.label) is not None and not is_virtual(entry.line.text)
                and states_an_event(entry.description) and not _VISIT.search(match_key(entry.description))
                and (not _names_a_city(entry.description, self.lexicon)
                     # '2016: X बैंक ने बीजिंग से काम शुरू किया': what a body did in a city it names
                     or _someone_did_something(first_clause(entry.description)))):
            # '2010: फ्रेमवर्क समझौते पर हस्ताक्षर', '1963: राजनयिक संबंध स्थापित': a timeline's event
            self.issue(entry.line, "not_a_summit", "The entry names neither a meeting nor a place and states "
                       "a founding, a treaty, a launch or an announcement: an event, not a summit.")
            return
        if (place is None or place.city is None) and _ANNIVERSARY_CLAUSE.search(match_key(first_clause(text))):
            # 'जून 2022 में संगठन की 30वीं वर्षगांठ पड़ी', '2025 में बांडुंग सम्मेलन की 70वीं वर्षगांठ मनाई गई':
            # the year of a remembrance, not of a summit
            self.issue(entry.line, "not_a_summit", "The year of an anniversary, not a summit.")
            return
        if (place is None or place.city is None) and split_item(entry.line) is None and not names_a_meeting(
                # 'जून 2022 में ... वर्षगांठ पड़ी। अगले शिखर सम्मेलन की तारीख़ ...': the sentence the date opens
                split_sentences(entry.line.text)[0]) and not is_virtual(entry.line.text) and not all_virtual:
            # 'जनवरी 2022 में कज़ाख़स्तान में हुई अशांति के दौरान ...': a sentence opened by a date that
            # names neither a meeting nor a city tells of an event, not a summit
            self.issue(entry.line, "not_a_summit", "A sentence opened by a date that names neither a meeting "
                       "nor a city: an event, not a summit.")
            return
        if split_item(entry.line) is None and not all_virtual and _someone_did_something(
                split_sentences(entry.line.text)[0]):
            # '2022 में राष्ट्रपति X ने नोम पेन्ह में Y पहल की घोषणा की': a paragraph opened by a date that
            # names no meeting tells what someone did there, not a summit
            self.issue(entry.line, "not_a_summit", "A sentence opened by a date that names no meeting and tells "
                       "what someone did (an announcement, a launch): an event, not a summit.")
            return
        mode = summit_mode(f"{entry.label} {text}", place)
        if all_virtual and place is None:
            mode = "virtual"
        self.summits.append(_Summit(section_id, entry.line, period, place, edition, entry.status,
                                    mode, entry.description, entry.line.text))

    def _numbered_by_short_form(self, text: str) -> int | None:
        """'16वाँ PBD ...' in a document titled '... (PBD) सम्मेलन': an ordinal opening the entry's
        text before the short form the title gives the series numbers the summit."""
        match = _ORDINAL_SHORT_FORM.match(text)
        if match is None or not re.search(rf"(?<![A-Za-z]){match[2]}(?![A-Za-z])", self.shape.title.text):
            return None
        return leading_ordinal(f"{match[1]} x")

    def _own_sentences(self, text: str) -> str:
        """An entry's text without its later sentences about another series' summit ('... कुछ दिन
        बाद प्रधानमंत्री बियारिट्ज़ में हुए G7 शिखर सम्मेलन में शामिल हुए'): their place is not the entry's."""
        sentences = split_sentences(text)
        if len(sentences) < 2:
            return text
        return " ".join([sentences[0]] + [s for s in sentences[1:]
                                          if not names_other_series(s, self.series, self.lexicon)])

    def _table(self, lines: list[Line], section_id: str) -> None:
        rows = read_table(lines, self.lexicon, self._heading_of(section_id))
        numbered = numbers_every_summit(rows) or names_every_number(rows) or states_own_numbers(rows)
        for row in rows:
            if isinstance(row, RowProblem):
                if row.reason == "unread_table_row" and self._key_value_row(row.line, section_id):
                    continue
                self.issue(row.line, row.reason, row.detail)
                continue
            assert isinstance(row, TableRow)
            if row.remarks and not counted_in_sequence(row, rows, numbered) and (
                    is_ministerial(row.remarks) or another_kind_of_meeting(row.remarks) or called_separate(row.remarks)):
                self.issue(row.line, "not_a_summit", "The row's remarks name a meeting that is not a summit "
                           "of the series (ministers, officials, another kind of meeting or series).")
                continue
            edition = row.number if numbered else (edition_in_remarks(row.remarks, self.series) if row.remarks else None)
            self.summits.append(_Summit(section_id, row.line, row.period, row.place, edition, row.status, row.mode,
                                        row.line.text,
                                        f"{row.year_from} … {row.line.text}" if row.year_from else row.line.text))

    def _heading_of(self, section_id: str) -> str:
        """The heading of a section ('' for the lead)."""
        return next((s.heading.text for s in self.shape.sections
                     if self.section_ids.get(s.heading.number) == section_id), "")

    def _key_value_row(self, line: Line, section_id: str) -> bool:
        """'| पहला शिखर सम्मेलन | 2001, शंघाई |': a two-column table (an infobox) is a list of
        fact lines; a row that states a numbered summit is one."""
        row = cells(line.text)
        return len(row) == 2 and all(row) and self._numbered_fact(Line(line.number, f"{row[0]}: {row[1]}"), section_id)

    def _prose(self, lines: list[Line], section_id: str | None, *, timeline: bool,
               pending: Pending | None = None, prior: str | None = None, headline: Pending | None = None) -> bool:
        """Summits stated in sentences (and, for prose outside summit lists, the timeline).
        `pending`: a summit the text before (the headline) named with its place but no date;
        `headline`: the headline's summit, which the lead's first dated sentence may date."""
        found = False
        previous: tuple[str, int] | None = None  # the sentence before and the year it is about
        last: list[_Summit] = []  # the summits the sentence before stated
        # the city of the summit told last ('इसी शहर में', 'वहीं'): at first, the headline's
        last_place: Place | None = pending.place if pending is not None and pending.place.city else None
        last_place_text: str | None = prior if last_place is not None else None  # the text that stated it
        pending_text = prior  # the text that named the pending summit's place
        awaiting: Pending | None = None  # a pending summit the dateline's day may still date
        for line in lines:
            if line.number < self.shape.title.number and pending is not None:
                continue  # a press release's preamble: the headline's summit waits for the first sentence
            found_here = False
            sentences = split_sentences(line.text)
            for position, sentence in enumerate(sentences):
                if self.dateline is not None and _only_the_dateline(sentence, self.dateline.text):
                    continue  # 'हनोई, 14 मई (एजेंसियां)।': the headline's summit still waits for its sentence
                context_year = previous[1] if previous else None
                next_sentence = sentences[position + 1] if position + 1 < len(sentences) else None
                others: list = []
                read = as_phase_of_the_summit(sentence) if self.phased else sentence
                mentions = summits_in_sentence(with_summit_for_pronoun(read, sentences[position - 1] if position else None),
                                               self.series, self.lexicon, context_year,
                                               multilateral=len(self.out.rows["parties"]) > 2, pending=pending,
                                               dateline=self.dateline, others=others,
                                               next_sentence=next_sentence, today=self.release_date,
                                               context_place=last_place, report_year=self._report_year(),
                                               before=sentences[position - 1] if position else None,
                                               two_sided=self.bilateral)
                mentions = with_editions(sentence, self.series, self.lexicon, mentions, context_year=context_year,
                                         report_year=self._report_year(), dateline=self.dateline)
                # '2019 का आयोजन बुडापेस्ट में हुआ', '2015 में मंच फिर बुडापेस्ट लौटा'
                mentions = with_year_events(sentence, self.series, self.lexicon, mentions)
                if self.bilateral and not names_an_institutional_meeting(self.series):
                    # a document on two sides: their leaders' meetings and visits ('X ने टोक्यो जाकर Y से मुलाक़ात की');
                    # not when its series is a named meeting ('उच्चस्तरीय बैठक'): a visit is not one of those
                    mentions = with_visits(mentions, sentence, self.lexicon, self._here, self._today, rejected=others)
                if len(last) == 1 and last[0].status == "held" and (
                        days := days_of_the_summit_before(sentence, last[0].period)) is not None:
                    # 'दूसरा विश्व सम्मेलन जनवरी 2005 में कोबे में हुआ ...। 18 से 22 जनवरी तक चले इस सम्मेलन पर
                    # ... 26 दिसंबर 2004 को आई सुनामी की छाया थी': this summit's days; the other date is not its
                    last[0].period = days
                    last[0].source_text = f"{last[0].source_text} {sentence}"
                    mentions = [m for m in mentions if not m.borrows_place and m.place != last[0].place]
                foreign = years_of_other_bodies(sentence, self.series, self.lexicon, self._party_names) if mentions else set()
                if foreign:
                    others += [m for m in mentions if m.period.year in foreign]
                    mentions = [m for m in mentions if m.period.year not in foreign]
                if mentions and (_NOT_OURS.search(match_key(sentence)) or _NO_SEPARATE_SUMMIT.search(match_key(sentence))
                                 or _separate_from(sentence, mentions)
                                 or numbers_another_bodys_meeting(sentence, self.series)):  # '... पाँचवीं बैठक (INC-5)'

                    others += mentions
                    mentions = []
                if others:
                    self.issue(line, "not_a_summit", "A summit of another series or grouping, stated in a sentence.")
                if self.bilateral:
                    # 'A और B के बीच ... को सोची में बातचीत चली', '... के इतर द्विपक्षीय वार्ता की': the two leaders' talks
                    mentions = with_talks(mentions, sentence, self.lexicon, before=prior, context_year=context_year,
                                          last_place=last_place, today=self._today, paragraph=line.text,
                                          dateline=self.dateline,
                                          headline_place=headline.place if headline is not None else None,
                                          report_year=self._report_year())
                if not mentions and pending is not None and self.dateline is not None:
                    # "... का चौथा शिखर सम्मेलन बुधवार को यहाँ संपन्न हो गया। दो दिन चली बैठक (16–17 मई
                    # 2023) ...": the day of the dateline, with its year, in the next sentence
                    mentions = dated_by_dateline(sentence, pending, self.dateline)
                if not mentions and _NAMES_THE_SUMMITS.search(sentence):
                    mentions = self._began_there(sentence)
                if not mentions and headline is not None:
                    # "... के राष्ट्रपतियों ने 19 जुलाई 2022 को ... बातचीत की" under "तेहरान में ... शिखर बैठक"
                    mention = met_on_headline_summit(sentence, headline, self.shape.title.text, self.lexicon,
                                                     self.dateline) or on_headline_summit_today(
                        sentence, headline, self.series, self.lexicon, self.release_date)
                    mentions = [mention] if mention is not None else []
                if not mentions and position:
                    # '... 6 नवंबर 2025 को वॉशिंगटन में ... की मेज़बानी की। ... यह दूसरा शिखर सम्मेलन था'
                    mention = numbered_meeting_before(sentence, sentences[position - 1], self.series, self.lexicon,
                                                      self._party_names)
                    mentions = [mention] if mention is not None and not any(
                        s.period == mention.period and s.place == mention.place for s in last) else []
                if headline is not None and (mentions or any(
                        p.precision != "year" for _, _, p in find_periods(sentence))):
                    # only the lead's first dated sentence dates the headline's summit (a bare year, as in
                    # '... समुद्री सप्ताह २०२५ के अंतर्गत', dates nothing)
                    headline = None
                # the headline's summit waits through the lead's undated sentences ('तीन दिवसीय सम्मेलन में ...
                # नेता शामिल हुए। यह सम्मेलन 12-14 मई 2022 को आयोजित हुआ।'), unless a dated dateline places it
                undated = pending if pending is not None and pending is headline and not find_periods(sentence) and (
                    self.dateline is None or self.dateline.day is None) else None
                waited = False
                if not mentions and pending is None and awaiting is not None and self.dateline is not None:
                    # '... इसका उद्घाटन किया। 28 से 30 नवंबर 2017 तक चलने वाले ...': past undated sentences, a
                    # later one dates the summit named without a date by the dateline's day
                    mentions = dated_by_dateline(sentence, awaiting, self.dateline)
                    waited = bool(mentions)
                waiting = pending
                # a summit named without a date waits for the dateline's day through sentences without a date
                awaiting = None if mentions or find_periods(sentence) else (pending or awaiting)
                pending = None if mentions else (undated_mention(sentence, self.series, self.lexicon,
                                                                 self.dateline) or undated)
                if not mentions and is_virtual(sentence) and not is_hybrid(sentence) and not find_periods(sentence):
                    self.virtual_remarks.append(sentence)
                if not mentions and last and not_counted(sentence):
                    # '... पहली वर्चुअल शिखर बैठक ... । इन्हें वार्षिक शिखर सम्मेलनों में नहीं गिना जाता'
                    self.summits = [s for s in self.summits if not any(s is t for t in last)]
                    self.issue(line, "not_a_summit", "Meetings the text says are not counted as summits of the series.")
                    last = []
                if not mentions and len(last) == 1 and last[0].status == "held" and (
                        last[0].period.precision == "month" or last[0].period.start == last[0].period.end):
                    days = self._days_of_this_summit(sentence, last[0].period)
                    if days is not None:
                        last[0].period = days
                        last[0].source_text = f"{last[0].source_text} {sentence}"
                if not mentions and len(last) == 1 and last[0].edition is None and last[0].status == "held":
                    edition = numbers_the_summit_before(sentence) or (  # '... यह तीसरी त्रिपक्षीय शिखर बैठक थी'
                        1 if journey_began(last[0].description) and names_the_first(sentence) else None)
                    if edition is not None:
                        last[0].edition = edition
                        last[0].source_text = f"{last[0].source_text} {sentence}"
                if mentions:
                    last = []  # 'यह ...' speaks of the summit stated last
                for mention in mentions:
                    source = sentence
                    if mention.uses_context_year and previous:
                        source = f"{previous[0]} {sentence}"
                    elif mention.borrows_place and waited and pending_text:
                        source = f"{pending_text} … {sentence}"  # the sentence that named it, undated sentences ago
                    elif mention.borrows_place and prior:
                        source = f"{prior} {sentence}"
                    if mention.borrows_place and mention.place is not None and mention.place.city is not None and (
                            mention.place.city not in source):
                        # the place came from the headline the lead waited on, or from a summit told earlier
                        given = pending_text if waiting is not None and mention.place == waiting.place else last_place_text
                        source = f"{given} … {source}" if given else source
                    if mention.place_text and mention.place_text not in source:
                        source = f"{mention.place_text} … {source}"
                    if (mention.place is not None and mention.place.city and self.dateline is not None and (
                            (mention.place.city not in source and mention.place == self.dateline.place)
                            or (is_declared_city(mention.place.city) and self.dateline.text not in source))):
                        # (a city only the dateline declares: its '(दक्षिण कोरिया)' says where it lies)
                        # 'यहां हुई 12वीं ... बैठक' waited for its days: 'यहां' is the dateline's city
                        source = f"{self.dateline.text} … {source}"
                    if self.release_line and str(mention.period.year) not in ascii_digits(source):
                        # '... ने आज कीव में ...': the year is the release's; its date line says so
                        source = f"{self.release_line} … {source}"
                    year = str(mention.period.year)
                    if self.dateline is not None and year not in ascii_digits(source) and year in ascii_digits(
                            self.dateline.text):
                        # 'निकोसिया, 04 सितंबर 2023 (एजेंसियां)। ... सोमवार को ... बैठक हुई': the dateline's year
                        source = f"{self.dateline.text} … {source}"
                    # '19 मई 2025 को शुरू हुई यह सभा 27 मई तक चलेगी': the days it ran
                    period = ran_until(sentence, mention.period) or mention.period
                    self.summits.append(_Summit(
                        section_id or self._lead_section_id(), line, period, mention.place,
                        mention.edition, mention.status, mention.mode, sentence, source, from_prose=True,
                        visit=mention.visit,
                    ))
                    last.append(self.summits[-1])
                    found = found_here = True
                    if mention.place is not None and mention.place.city is not None:
                        last_place, last_place_text = mention.place, source
                if pending is not None and pending is not undated:
                    pending_text = sentence
                prior = sentence
                years = [m.period.year for m in mentions] or [p.year for _, _, p in find_periods(sentence)]
                if years:
                    previous = (sentence, years[0])
            if not found_here:
                found = self._numbered_fact(line, section_id) or self._enumerated(line, section_id) or found
        if timeline:
            self._timeline(lines, section_id)
        return found

    @property
    def _party_names(self) -> tuple[str, ...]:
        """The English names of the parties read so far."""
        return tuple(r["name_en"] for r in self.out.rows["parties"] if r.get("name_en"))

    @property
    def _here(self) -> str | None:
        """The city of the report's dateline or release place."""
        return self.dateline.place.city if self.dateline is not None and self.dateline.place is not None else None

    @property
    def _today(self) -> Period | None:
        """The day a report's 'आज' means: its release date's, else its dateline's (with a year)."""
        if self.release_date is not None:
            return day_period(self.release_date)
        return self.dateline.period_of(match_key("आज")) if self.dateline is not None else None

    @cached_property
    def bilateral(self) -> bool:
        """A document on two sides: two parties, or none read and a title on their talks
        ('इशिबा–ली शिखर वार्ता', '... की द्विपक्षीय यात्रा')."""
        parties = len(self.out.rows["parties"])
        title = match_key(self.shape.title.text)
        return parties == 2 or (parties < 2 and _BILATERAL_TITLE.search(title) is not None
                                and _MANY_SIDED.search(title) is None)

    def _report_year(self) -> int | None:
        """The year the report is about ('पिछले साल' counts from it): its dateline's or release
        date's year, else the year of the summit its headline or first sentence states."""
        if self.dateline is not None and self.dateline.year is not None:
            return self.dateline.year
        if self.release_date is not None:
            return self.release_date.year
        first = self.summits[0] if self.summits else None
        lead_numbers, latest = self._report_lead
        # the report's own summit is its latest ('1973 में पहला सम्मेलन हुआ था' in the first paragraph is history)
        if first is not None and first.status == "held" and first.line.number in lead_numbers and (
                latest is None or first.period.year >= latest):
            return first.period.year
        return None

    @cached_property
    def _report_lead(self) -> tuple[frozenset[int], int | None]:
        """The line numbers of the headline, its deck and the first paragraph, and the latest
        year they state (read once: `_report_year` is asked at every sentence)."""
        lines = [line for line in self.shape.lead if line.text.strip() and line.number > self.shape.title.number]
        lead = [self.shape.title, *lines[:REPORT_LINES]]
        latest = max((p.year for line in lead for _, _, p in find_periods(line.text)), default=None)
        return frozenset(line.number for line in lead), latest

    def _numbered_fact(self, line: Line, section_id: str | None) -> bool:
        """A fact line outside a summit list that numbers a summit or names the start of the
        summits, with its date ('पहला सम्मेलन: मई 2013, थिम्पू'): one summit, merged like prose."""
        # 'पहला IMC: 2017, नई दिल्ली', 'पहली ministerial: 2016, लंदन': the series' own noun numbered
        own = as_summit_nouns(line.text, self.own_nouns, self.series, meetings=False) if self.own_nouns else line.text
        fact = numbered_fact(Line(line.number, own) if own != line.text else line, self.lexicon,
                             meeting=self.meeting_series)
        if fact is None or is_ministerial(fact.text) or called_separate(fact.text) or (
                names_another_series(fact.text, self.series, self.lexicon)):
            return False
        self.summits.append(_Summit(section_id or self._lead_section_id(), line, fact.period, fact.place,
                                    fact.edition, "held", fact.mode, fact.text, line.text, from_prose=True))
        return True

    def _enumerated(self, line: Line, section_id: str | None) -> bool:
        """'... नई दिल्ली में दो स्मारक शिखर सम्मेलनों की मेज़बानी की है: ... 2012 को, और ... 2018
        को': one summit per listed date, merged like prose."""
        if "सम्मेलन" not in line.text and "बैठक" not in line.text:
            return False
        facts = enumerated_facts(line.text, self.lexicon)
        if not facts or names_other_series(line.text.split(":")[0], self.series, self.lexicon):
            return False
        for fact in facts:
            self.summits.append(_Summit(section_id or self._lead_section_id(), line, fact.period, fact.place,
                                        None, "held", fact.mode, fact.text, line.text, from_prose=True))
        return True

    def _emit_summits(self) -> None:
        """One row per summit: mentions of one summit in a list, a table and prose merge."""
        kept: list[_Summit] = []
        if any(s.visit for s in self.summits):
            # '1988 में राजीव गांधी ने बीजिंग की यात्रा की' where the text says the summits began in 2018:
            # a leaders' visit before the series began is history, not one of its summits
            began = self._stated_start()
            self.summits = [s for s in self.summits if not (s.visit and began is not None and s.period.year < began)]
        for summit in before_the_first(self.summits):  # 'दिसंबर 1974 में ... बैठक में तय हुआ कि ...' before the first
            self.summits.remove(summit)
            self.issue(summit.line, "not_a_summit", "A meeting told before the series' first summit: a precursor.")
        if any(s.from_prose and s.edition is None for s in self.summits):
            # 'बैठकों का सिलसिला 1968 से शुरू हुआ' after '1966 में टोक्यो में ... उद्घाटन बैठक हुई': a forerunner
            for summit in before_the_stated_start(self.summits, self._stated_start()):
                self.summits.remove(summit)
                self.issue(summit.line, "not_a_summit", "A meeting told before the year the text says the "
                           "series' meetings began.")
        listed = [s for s in self.summits if not s.from_prose and s.status == "held"]
        for summit in sorted(self.summits, key=lambda s: s.from_prose):
            if summit.status != "held":
                continue
            if summit.from_prose and _mixes_listed_summits(summit, listed):
                self.issue(summit.line, "not_a_summit", "The sentence names the year of one listed summit "
                           "and the city of another; the list states both.")
                continue
            twin = next((k for k in kept if k.same_summit(summit) and (
                summit.from_prose or k.from_prose or _listed_twice(k, summit))), None)
            if twin is None and summit.from_prose and summit.edition is not None:
                # 'आठवाँ सम्मेलन 22–23 नवंबर 2025 को ...' beside the table's 8th of 21 November 2025: one
                # summit by its number (the list's day stands; the sentence's may be another event's)
                twin = next((k for k in kept if not k.from_prose and k.edition == summit.edition
                             and k.period.year == summit.period.year
                             and (k.city is None or summit.city is None or match_key(k.city) == match_key(summit.city))),
                            None)
            if twin is not None:
                twin.absorb(summit)
            else:
                kept.append(summit)
        self._virtual_by_city(kept)
        held = list(kept)
        for summit in self.summits:
            if summit.status == "held":
                continue
            if any(h.period.year == summit.period.year and (h.city is None or summit.city is None
                   or match_key(h.city) == match_key(summit.city)) for h in held):
                continue  # the summit took place after all; the plan is the same meeting
            if any(k.status == summit.status and k.same_summit(summit) for k in kept):
                continue
            kept.append(summit)
        order = {id(s): i for i, s in enumerate(self.summits)}
        for summit in sorted(kept, key=lambda s: (s.line.number, order[id(s)])):
            self._summit_row(summit)
        self._first_summit_event(kept)

    def _virtual_by_city(self, kept: list[_Summit]) -> None:
        """'... तालिन शिखर सम्मेलन वर्चुअल रूप में आयोजित किया गया' after a table: a sentence
        without a date that calls the one summit held in a city virtual gives it that mode."""
        for sentence in self.virtual_remarks:
            # the clause that names the summit calls the meeting itself virtual, not one leader
            # who joined online ('... प्रधानमंत्री ने ऑनलाइन भाग लिया, जबकि बाकी नेता ... मौजूद थे')
            clauses = [match_key(c) for c in _CLAUSE_BREAK.split(sentence)]
            clauses = [c for c in clauses if is_virtual(c) and _HELD_VERB.search(c) and not _JOINED.search(c)]
            named = [s for s in kept if s.city and any(re.search(
                rf"(?:^|\s){re.escape(match_key(s.city))}\s+(?:{match_key('शिखर')}\s+)?{_SUMMIT_WORD}", c)
                for c in clauses)]
            if len(named) == 1 and named[0].mode != "virtual":
                named[0].mode = "virtual"
                if sentence not in named[0].source_text:
                    named[0].source_text = f"{named[0].source_text} … {sentence}"

    def _first_summit_event(self, kept: list[_Summit]) -> None:
        """The series' summits began with the summit the text numbers 1 (पहला, or the first
        row of a table numbering every summit): a timeline event, unless one is there already."""
        first = [s for s in kept if s.status == "held" and s.edition == 1]
        if len(first) > 1:
            # 'पहला मंच' (1997) and 'लैटिन अमेरिका में पहला मंच' (2006), 'पहला अंतरसरकारी सम्मेलन' (1974): the
            # earliest is the series' first when it is the earliest summit held at all, alone in its year
            earliest = min(s.period.year for s in kept if s.status == "held")
            first = [s for s in first if s.period.year == earliest]
        if len(first) != 1:
            return  # none, or two "first" summits in one year: the text does not say one start
        summit = first[0]
        if any(e["period_start"][:4] == str(summit.period.year) for e in self.out.rows["timeline"]):
            return
        period = summit.period
        self.add("timeline", {
            "event_id": self.ids(f"{self.doc}.event.{period.label.replace('/', '--')}"),
            "document_id": self.doc,
            "section_id": summit.section_id,
            "period_start": period.start.isoformat(),
            "period_end": period.end.isoformat(),
            "period_label": period.label,
            "precision": period.precision,
            "description": summit.description,
            "source_line": summit.line.number,
            "source_text": summit.source_text,
        })

    def _days_of_this_summit(self, sentence: str, told: Period) -> Period | None:
        """The days the sentence after a summit gives 'this summit': in the month it was told by
        ('दूसरा सम्मेलन जनवरी 2005 में कोबे में हुआ। 18 से 22 जनवरी तक चले इस सम्मेलन पर ...'), or
        a span holding the one day it was told by ('... ने आज, १५ फ़रवरी, २०२३ को नादी में १२वें ...
        सम्मेलन का उद्घाटन किया। ... यह तीन दिवसीय सम्मेलन १५ से १७ फ़रवरी, २०२३ तक चलेगा'); else None."""
        key = match_key(as_summit_nouns(sentence, self.own_nouns))
        this = _THIS_SUMMIT.search(key)
        if this is None and told.precision == "day":
            # 'समिट 10 से 12 फरवरी 2023 तक चलेगी': the report's summit, named bare as the subject
            this = _SUMMIT_OPENS.match(key)
        if this is None:
            return None
        if told.precision == "month":
            days = sole_day_month_in_year(key[:this.start()], told.year)
            return days if days is not None and told.start <= days.start and days.end <= told.end else None
        spans = [p for _, _, p in find_periods(sentence) if p.precision == "day"]
        days = spans[0] if len(spans) == 1 else None
        return days if days is not None and days.start <= told.start <= days.end and days.start < days.end else None

    def _began_there(self, sentence: str) -> list[Mention]:
        """'विश्व सम्मेलनों की शृंखला की शुरुआत 23 से 27 मई 1994 के बीच योकोहामा में हुई थी': the
        series' summits began then, in that city, so its first summit met there (its number unsaid)."""
        period = start_of_the_summits(sentence)
        if period is None:
            return []
        clause = first_clause(sentence)
        key = match_key(clause)
        if not _HELD_VERB.search(key) or PLANNED.search(key) or CANCELLED.search(key) or is_ministerial(clause):
            return []
        place = find_place(clause, self.lexicon)
        if (place is None or place.kind != "city") and journey_began(sentence):
            # 'समिट का सफ़र अक्टूबर 2007 में इंदौर के विजय नगर इलाक़े में ... से शुरू हुआ था': the city in its clause
            clause = re.split(r"[,;]", clause)[0]
            place = next((known for word in clause.split() if (known := known_city(word.strip("\"'(),"), self.lexicon))), None)
        if place is None or place.city is None or any(p.year != period.year for _, _, p in find_periods(clause)):
            return []
        return [Mention(period, place, None, "held", "in_person", False)]

    def _stated_start(self) -> int | None:
        """The year the text says the summits began, if it says so."""
        for line in (*self.shape.lead, *(l for sec in self.shape.sections if not sec.is_references for l in sec.lines)):
            if _NAMES_THE_SUMMITS.search(line.text):
                for sentence in split_sentences(line.text):
                    period = start_of_the_summits(sentence)
                    if period is not None:
                        return period.year
        return None

    def _add_event(self, section_id: str | None, period: Period, description: str, provenance: Row) -> None:
        """A timeline event: a dated sentence, or the summits' start ('पहली बैठक: 1893, शिकागो')."""
        self.add("timeline", {
            "event_id": self.ids(f"{self.doc}.event.{period.label.replace('/', '--')}"),
            "document_id": self.doc,
            "section_id": section_id,
            "period_start": period.start.isoformat(),
            "period_end": period.end.isoformat(),
            "period_label": period.label,
            "precision": period.precision,
            "description": description,
            **provenance,
        })

    def _start_of_the_summits(self) -> None:
        """A sentence that says when the summits began ('... शिखर सम्मेलनों की परंपरा 2019 में
        सोची में हुए पहले ... सम्मेलन से शुरू हुई'): a timeline event, unless one is there already."""
        sections = [(self._lead_section_id, self.shape.lead)] + [
            (lambda s=section: self.section_ids[s.heading.number], section.lines)
            for section in self.shape.sections if not section.is_references]
        for section_id, lines in sections:
            for line in lines:
                if _A_START_FIELD.match(line.text) and (period := start_in_a_field(line.text)) is not None:
                    # 'पहली बैठक: 1893, शिकागो': a fact line naming the first meeting
                    if not any(e["period_start"][:4] == str(period.year) for e in self.out.rows["timeline"]):
                        self._add_event(section_id(), period, line.text, _provenance(line))
                    return
                if _may_date_first_by_year_before(line.text) and (found := self._first_meeting_after(line)) is not None:
                    period, sentence = found  # '1996 में परिषद बनी। पहला मंच अगले ही वर्ष मोरक्को में हुआ।'
                    if not any(e["period_start"][:4] == str(period.year) for e in self.out.rows["timeline"]):
                        self._add_event(section_id(), period, sentence, _provenance(line, sentence))
                    return
                if not _NAMES_THE_SUMMITS.search(line.text):
                    continue  # most lines: no need to split and key them
                for sentence in split_sentences(line.text):
                    period = start_of_the_summits(sentence)
                    if period is None or any(e["period_start"][:4] == str(period.year) for e in self.out.rows["timeline"]):
                        continue
                    self._add_event(section_id(), period, sentence, _provenance(line, sentence))
                    return  # the text says one start

    @staticmethod
    def _first_meeting_after(line: Line) -> tuple[Period, str] | None:
        """The year of the first meeting a sentence of the line dates by the year of the sentence
        before it (`first_meeting_after`), and that sentence."""
        year_before = None
        for sentence in split_sentences(line.text):
            year = first_meeting_after(sentence, year_before)
            if year is not None:
                return year_period(year), sentence
            years = {p.year for _, _, p in find_periods(sentence)}
            year_before = years.pop() if len(years) == 1 else None
        return None

    def _summit_row(self, summit: _Summit) -> None:
        period = summit.period
        label = period.exact_date.isoformat() if period.exact_date else period.label
        self.add("summits", {
            "summit_id": self.ids(f"{self.doc}.summit.{label}"),
            "document_id": self.doc,
            "section_id": summit.section_id,
            "year": period.year,
            "date": period.exact_date.isoformat() if period.exact_date else None,
            "date_end": period.exact_end.isoformat() if period.exact_end else None,
            "edition": summit.edition,
            "status": summit.status,
            **_names(self.lexicon, "city", summit.city, ("city",), with_source=True),
            "city_geonames_id": None,
            "latitude": None,
            "longitude": None,
            "country_code": None,
            "mode": summit.mode,
            "description": summit.description,
            "source_line": summit.line.number,
            "source_text": summit.source_text,
        })

    def _summit_topics(self) -> None:
        area_of: dict[str, str | None] = {}  # one choice per topic and document, not per mention
        areas: list[Row] = []
        area_words: list[set[str]] | None = None  # each area's words, read at the first topic
        for summit in self.out.rows["summits"]:
            topic_ids = _Ids()
            for position, (_, entry, _) in enumerate(self.lexicon.find_topics(summit["description"]), start=1):
                if entry.hindi not in area_of:
                    if area_words is None:
                        areas = self.out.rows["cooperation_areas"]
                        area_words = [content_tokens(a["name"]) for a in areas]
                    area_of[entry.hindi] = _area_for(entry, areas, area_words)
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

    def _timeline(self, lines: list[Line], section_id: str | None) -> None:
        for line in lines:
            for sentence in split_sentences(line.text):
                periods = find_periods(sentence)
                for period in _merge_ranges(sentence, periods):
                    self._add_event(section_id, period, sentence, _provenance(line, sentence))


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
