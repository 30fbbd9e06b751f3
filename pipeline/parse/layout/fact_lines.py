"""Summits stated by fact lines: a label and a date, no verb.

Notes and key-fact boxes state a numbered summit, or the start of the summits, as a fact line
rather than a sentence, outside any summit list:

- `पहला सम्मेलन: मई 2013, थिम्पू` (the label numbers the summit; the date, then the city)
- `शिखर सम्मेलनों की शुरुआत: जनवरी 1964, काहिरा — पहला अरब शिखर सम्मेलन, ...` (the label names the
  start of the summits, the text numbers it)
- `शुरुआत: ... की पहल; पहला सम्मेलन दिसंबर 2021 में` (a clause numbers it and dates it)

A line may also announce several summits and list their dates after a colon: `... भारत ने नई
दिल्ली में दो स्मारक शिखर सम्मेलनों की मेज़बानी की है: ... 20–21 दिसंबर 2012 को, और ... 25
जनवरी 2018 को` (`enumerated_facts`: as many dates as the count says, each a summit in the place
the announcement names).

`numbered_fact` reads such a line: the summit's date, its number (only when an ordinal says
it: the start alone numbers nothing) and the place written right after the date. A clause
that plans or cancels ("पहला सम्मेलन 2026 में होगा") states no summit that took place, and a
count ("पहले दो सम्मेलन") numbers no single one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.parse.language.dates import Period, find_ordinal, find_periods
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.status import _postponed_then_held
from pipeline.parse.layout.structure import Line, split_item, strip_marker, without_parentheticals
from pipeline.parse.layout.summits import Place, entry_status, find_place, is_virtual, label_head, label_place
from pipeline.parse.language.text import match_key

_CLAUSES = re.compile(r"\s*(?:;|।|\s[—–]\s)\s*")
# "शिखर सम्मेलनों की शुरुआत", "सम्मेलन का आरंभ": the label names the start of the summits.
_START = re.compile(
    r"(?:" + "|".join(match_key(w) for w in ("सम्मेलनों", "सम्मेलन", "बैठकों")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("की", "का")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("शुरुआत", "आरंभ", "प्रारंभ", "आरम्भ", "प्रारम्भ")) + r")$"
)


_CUE = re.compile(r"(?=.*(?:[:：]|\s[—–]\s))(?=.*(?:सम्मेलन|बैठक|वार्ता|सत्र))")
#: Fact lines are short; a longer "label: text" line is a paragraph that happens to hold a colon.
MAX_FACT_WORDS = 40
#: 'पहला सम्मेलन — मई 2013, थिम्पू': a label before a dash is the summit's number, in a few words
MAX_DASHED_LABEL_WORDS = 4


@dataclass(frozen=True)
class NumberedFact:
    period: Period
    place: Place | None
    edition: int | None
    mode: str
    text: str  # the part of the line that states it


def numbered_fact(line: Line, lexicon: Lexicon, *, meeting: bool = False) -> NumberedFact | None:
    """The summit a fact line states (see the module docstring), or None. `meeting`: the series
    calls its summits meetings, so 'पहली वार्षिक बैठक: 1946, वॉशिंगटन' numbers one too."""
    if not _CUE.match(line.text):
        return None  # every fact line names the summits (सम्मेलन, बैठक, सत्र) and has a colon
    item = split_item(line)
    if item is None or not item.description or len(line.text.split()) > MAX_FACT_WORDS:
        return None
    label_number = find_ordinal(item.label, meeting=meeting)
    if not re.match(rf"\s*{re.escape(item.label)}\s*[:：]", strip_marker(line.text)[0]) and not _dashed_fact(
            line.text, item.label, item.description, label_number, lexicon):
        return None  # a sentence split at a dash ('... देशों — सऊदी अरब, ...') is no fact line
    starts = _START.search(match_key(without_parentheticals(item.label)).strip()) is not None
    clauses = [c for c in _CLAUSES.split(item.description) if c]
    if label_number is not None or starts:
        # The date opens the text: "मई 2013, थिम्पू", "जनवरी 1964, काहिरा — पहला ...", and the
        # place may follow a dash: "१८-१९ मार्च, २०१६ — अबूजा, नाइजीरिया"
        fact = _fact(clauses[0], label_number or _number_in(clauses[1:2]), lexicon, leading=True)
        if fact is not None and len(clauses) > 1:
            fact = _with_next_clause(fact, clauses[1], lexicon)
        return fact
    for clause in clauses:
        number = find_ordinal(clause)
        if number is not None:
            return _fact(clause, number, lexicon, leading=False)
    return None


def _dashed_fact(text: str, label: str, description: str, number: int | None, lexicon: Lexicon) -> bool:
    """'पहली वार्षिक बैठक — 1946, वॉशिंगटन डीसी': a line without a colon whose few words before the
    dash only number the summit and whose text is its date and city, nothing else."""
    if number is None or ":" in text or len(label.split()) > MAX_DASHED_LABEL_WORDS:
        return False
    head = label_head(description.rstrip("। "), lexicon)
    return head is not None and head[1] is not None and head[1].city is not None


def _with_next_clause(fact: NumberedFact, clause: str, lexicon: Lexicon) -> NumberedFact:
    """The place, or the virtual mode, a dash-separated clause after the date states."""
    if is_virtual(clause):
        return NumberedFact(fact.period, None, fact.edition, "virtual", f"{fact.text} — {clause}")
    if fact.place is not None:
        return fact
    place = label_place(without_parentheticals(clause.split(",")[0]), lexicon)
    if place is None or place.city is None:
        return fact
    return NumberedFact(fact.period, place, fact.edition, "in_person", f"{fact.text} — {clause}")


def _number_in(clauses: list[str]) -> int | None:
    return find_ordinal(clauses[0]) if clauses else None


def _date_and_place(clause: str) -> str:
    """The date and the place that open a clause: up to the second comma ('जनवरी 1964, काहिरा,
    मिस्र के ...' -> 'जनवरी 1964, काहिरा')."""
    return ",".join(clause.split(",")[:2]).strip()


def _fact(clause: str, number: int | None, lexicon: Lexicon, *, leading: bool) -> NumberedFact | None:
    if entry_status(clause) != "held":
        # "मूल रूप से जून 2020 में लिस्बन में प्रस्तावित था, किंतु ... स्थगित हुआ और अंततः 27 जून-1 जुलाई
        # 2022 को लिस्बन में ... संपन्न हुआ": put off, then held
        resumed = _postponed_then_held(clause, lexicon)
        if resumed is None:
            return None
        period, place, mode = resumed
        return NumberedFact(period, place if place is not None and place.city else None, number, mode, clause)
    # "मई 2013, थिम्पू", "2009 (येकातेरिनबर्ग)": the date and the place, read as an entry's label
    head = label_head(_date_and_place(clause), lexicon) if leading else None
    if head is not None:
        period, place = head
    else:  # "पहला सम्मेलन दिसंबर 2021 में", "2009 में येकातेरिनबर्ग में"
        periods = [p for _, _, p in find_periods(clause) if p.precision != "decade"]
        if len(periods) != 1:
            return None  # no date, or several: not one summit's date
        period, place = periods[0], find_place(clause, lexicon)
    if place is not None and place.city is None:
        place = None
    virtual = is_virtual(clause)
    mode = "virtual" if virtual else ("in_person" if place is not None else "unknown")
    return NumberedFact(period, place, number, mode, clause)


_COUNTS = {match_key(w): n for w, n in (("दो", 2), ("तीन", 3), ("चार", 4), ("पाँच", 5), ("पांच", 5))}
# 'दो स्मारक शिखर सम्मेलनों', 'तीन बैठकों': a count of summits (up to two words between).
_COUNTED = re.compile(
    r"(?:^|\s)(?P<count>" + "|".join(_COUNTS) + r")\s+(?:\S+\s+){0,2}?(?:" + match_key("शिखर") + r"\s+)?(?:"
    + "|".join(match_key(w) for w in ("सम्मेलनों", "बैठकों", "सम्मेलन", "बैठकें")) + r")(?:\s|$)"
)


def enumerated_facts(text: str, lexicon: Lexicon) -> list[NumberedFact]:
    """The summits a line announces with a count and lists by date after a colon (see the
    module docstring); [] unless the dates after the colon are exactly as many as the count,
    each a day or a month, and the announcement says they took place (no plan, no cancellation)."""
    head, colon, tail = text.replace("：", ":").partition(":")
    head = re.split(r"[।॥]\s*", head)[-1]  # the announcing sentence, and the list that ends it
    tail = re.split(r"[।॥]", tail, maxsplit=1)[0]
    if not colon or not tail.strip():
        return []
    counted = _COUNTED.search(match_key(head))
    if counted is None or entry_status(head) != "held":
        return []
    periods = [p for _, _, p in find_periods(tail)]
    if len(periods) != _COUNTS[counted["count"]] or any(p.precision not in ("day", "month") for p in periods):
        return []
    place = find_place(head, lexicon)
    place = place if place is not None and place.city is not None else None
    mode = "in_person" if place is not None else "unknown"
    return [NumberedFact(period, place, None, mode, text) for period in periods]


__all__ = ["NumberedFact", "enumerated_facts", "numbered_fact"]
