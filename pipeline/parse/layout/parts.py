"""The parts of one numbered meeting, listed under it.

A meeting held in two parts is listed as its number, then one indented item per part:

    5. पाँचवाँ सत्र दो भागों में:
       – पहला भाग (UNEA-5.1): 22–23 फ़रवरी 2021 — वर्चुअल ...
       – दूसरा भाग (UNEA-5.2): 28 फ़रवरी – 2 मार्च 2022, नैरोबी — ...

Each part is an entry of its own (its own dates and place), and its number is the meeting's: the
ordinal of the line above it that numbers the meeting ('पाँचवाँ सत्र'), never the part's own ('पहला
भाग' is the first part, not the first session). An entry whose label numbers a part (भाग, चरण,
खंड, हिस्सा, part, segment) under no such line keeps no number.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.parse.language.dates import find_ordinal
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import Line
from pipeline.parse.layout.summits import Entry

_PART_NOUNS = "|".join(match_key(w) for w in (
    "भाग", "भागों", "चरण", "चरणों", "खंड", "खंडों", "हिस्सा", "हिस्से", "हिस्सों", "part", "parts", "segment", "segments"))
_ORDINAL_WORD = r"(?:[0-9०-९]{1,2}\s?(?:वाँ|वां|वें|वीं|वा|st|nd|rd|th)|\S+)"
# 'पहला भाग (UNEA-5.1)', 'दूसरा चरण', 'first segment': the label numbers a part
_PART_LABEL = re.compile(r"^\s*" + _ORDINAL_WORD + r"\s+(?:" + _PART_NOUNS + r")(?![\w\u0900-\u097f])")
# 'पाँचवाँ सत्र दो भागों में:', 'COP-4 दो चरणों में हुआ:': the meeting above says it met in parts
_IN_PARTS = re.compile(r"(?:" + _PART_NOUNS + r")\s+" + match_key("में"))


def _numbers_a_part(label: str) -> bool:
    match = _PART_LABEL.match(match_key(label))
    return match is not None and find_ordinal(match[0] + " " + match_key("सम्मेलन")) is not None


def parts_numbered_by_their_meeting(entries: list[Entry], line: Line, above: list[Line]) -> list[Entry]:
    """The entries of an indented `line` whose labels number a part, numbered by the meeting the
    nearest less indented line above (`above`, in order) numbers and says met in parts; else
    unnumbered. Any other entries are returned as they are."""
    if not any(_numbers_a_part(e.label) for e in entries):
        return entries
    parent = next((l for l in reversed(above) if l.text.strip() and l.indent < line.indent), None)
    edition = None
    if parent is not None and _IN_PARTS.search(match_key(parent.text)):
        edition = find_ordinal(parent.text, meeting=True)
    return [dataclasses.replace(e, edition=edition) if _numbers_a_part(e.label) else e for e in entries]
