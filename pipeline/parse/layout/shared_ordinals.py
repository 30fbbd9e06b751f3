"""Ordinals one line shares out among the summits it lists.

A note often lists two summits on one line and numbers them together, in the order it names them:
'2018 (25–27 अक्टूबर) और 2019 (14–16 अक्टूबर): दोनों नई दिल्ली में — दूसरा और तीसरा edition',
'मेक्सिको सिटी (1947) और बेरूत (1948): मेक्सिको सिटी में दूसरा सत्र, बेरूत में तीसरा',
'लीमा, 2008 और काहिरा, 2010: 5वाँ व 6ठा सम्मेलन'. Each summit is the one its position names: the
first ordinal numbers the first summit, the second the next. This holds only when the line gives
exactly as many ordinals as summits, in rising order as the years rise, at least one of them before a
meeting noun (so 'दूसरी और तीसरी बार' - times, not meetings - numbers nothing), and no ordinal
counts times ('Africa में पहली बार').
"""

from __future__ import annotations

import dataclasses

from pipeline.parse.language.dates import leading_ordinal
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import Entry

# 'पहली बार', 'दूसरी दफ़ा', 'तीसरे साल', 'पहले दिन': an ordinal of times, years or days
_NOT_A_MEETING = frozenset(match_key(w) for w in (
    "बार", "दफ़ा", "दफा", "मर्तबा", "साल", "वर्ष", "दिन", "दिवस", "हफ़्ते", "सप्ताह", "महीने", "चरण", "स्थान", "नंबर"))
# the nouns an ordinal numbers a meeting by ('दूसरा सत्र', 'तीसरा edition', '5वाँ सम्मेलन')
_MEETING_NOUNS = frozenset(match_key(w) for w in (
    "सम्मेलन", "शिखर", "बैठक", "सत्र", "अधिवेशन", "संस्करण", "दौर", "समिट", "summit", "edition", "session",
    "meeting", "conference", "ministerial", "मंच", "फ़ोरम", "फोरम", "forum", "संवाद", "कांग्रेस", "सभा", "महासभा", "कॉप", "cop"))
_EDGE = "\"'“”‘’()[]{},;:।.!?—–-*"
_JOINERS = frozenset(match_key(w) for w in ("और", "व", "एवं", "तथा", "&"))
_BEFORE = match_key("पहले")


def _ordinals(text: str) -> list[tuple[int, bool]] | None:
    """The text's ordinals in order, each with whether a meeting noun follows it (right after it, or
    after the ordinals joined to it: 'दूसरा और तीसरा edition'); None when one counts times or days."""
    words = [w.strip(_EDGE) for w in text.split()]
    words = [w for w in words if w]
    found: list[tuple[int, bool]] = []
    run: list[int] = []  # the ordinals joined by 'और' that the next noun numbers together
    for k, word in enumerate(words):
        number = leading_ordinal(word)  # (one word: 'दूसरा', '5वाँ', '6ठा', '3rd')
        if number is None:
            continue
        following = match_key(words[k + 1]) if k + 1 < len(words) else ""
        if following in _NOT_A_MEETING:
            return None
        if match_key(word) == _BEFORE and following not in _MEETING_NOUNS:
            continue  # 'पहले': 'before', unless it numbers a meeting ('पहले सत्र में')
        found.append((number, following in _MEETING_NOUNS))
        if following in _JOINERS:
            run.append(len(found) - 1)
        else:
            for joined in run:
                found[joined] = (found[joined][0], found[-1][1])
            run = []
    return found


def share_ordinals(entries: list[Entry]) -> list[Entry]:
    """The entries of one line, each numbered by the line's ordinal in its position when the
    line numbers its summits together; else the entries as they are."""
    if len(entries) < 2 or any(e.edition is not None for e in entries):
        return entries
    years = [e.period.year for e in entries]
    if any(a >= b for a, b in zip(years, years[1:])):
        return entries
    # every entry of the line shares its description: the line's ordinals are in it
    found = _ordinals(entries[0].description)
    if not found or len(found) != len(entries) or not any(noun for _, noun in found):
        return entries
    numbers = [n for n, _ in found]
    if any(a >= b for a, b in zip(numbers, numbers[1:])):
        return entries
    return [dataclasses.replace(e, edition=n) for e, n in zip(entries, numbers)]
