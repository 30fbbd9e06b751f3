"""Timelines whose heading's legend marks the series' own meetings with a sign.

Notes mix the summits with other events in one timeline and mark the summits:

    ## Timeline (summits + बाक़ी events एक साथ, ⭐ = SPC leaders' meeting)
    - **फ़रवरी 2019** → MBS की पहली भारत यात्रा
    - ⭐ **11 सितंबर 2023** → नई दिल्ली: SPC की पहली leaders' meeting

`summit_mark` reads the sign the heading's legend gives to meetings ('⭐ = ... meeting', '★ =
शिखर सम्मेलन'); `split_marked` parts the section's lines into the marked ones (each without its
sign: the summit entries) and the rest (a timeline, read as before). A legend whose sign
stands for anything else ('✔ = हो चुका', '⚠ = trap') marks no summits.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import leading_ordinal
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import Line, strip_marker

# a sign: one symbol that is no letter, digit, bracket or punctuation of a sentence
# (a vowel sign of Devanagari is no \w, but no sign either: 'समयरेखा — ...')
_SIGN = r"[^\w\s()\[\]{},.;:।=\-–—|'\"“”‘’/\\+*#\u0900-\u097f]"
# '⭐ = SPC leaders' meeting', '★ = शिखर सम्मेलन', '(● — summit)': the sign, then what it stands for
_LEGEND = re.compile(rf"(?P<sign>{_SIGN}{{1,2}})\s*(?:=|—|–|:)\s*(?P<meaning>[^,;()]{{2,60}})")
_MEETING_WORDS = re.compile("|".join(match_key(w) for w in (
    "शिखर", "सम्मेलन", "बैठक", "summit", "meeting", "समिट", "मीटिंग",
)), re.IGNORECASE)


# '(★ — ये शिखर बैठकें नहीं हैं)': a legend that denies marks no summits
_NEGATION = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("नहीं", "not", "non", "गैर")) + r")(?:\s|$)")


def summit_legend(heading: str) -> tuple[str, str] | None:
    """The sign a heading's legend gives the series' meetings and what it says they are
    ('⭐', 'SPC leaders' meeting'), else None."""
    if "=" not in heading and "—" not in heading and "–" not in heading:
        return None
    for match in _LEGEND.finditer(heading):
        if _MEETING_WORDS.search(match_key(match["meaning"])) and not _NEGATION.search(match_key(match["meaning"])):
            return match["sign"], match["meaning"].strip()
    return None


def summit_mark(heading: str) -> str | None:
    """The sign a heading's legend gives the series' meetings, else None."""
    legend = summit_legend(heading)
    return legend[0] if legend is not None else None


MAX_LEGEND_LINE_WORDS = 10


def section_legend(heading: str, lines: list[Line]) -> tuple[str, str] | None:
    """The legend of a section's heading, or of a short line opening the section ('(⭐ = शिखर बैठक)')."""
    legend = summit_legend(heading)
    if legend is None and lines and len(lines[0].text.split()) <= MAX_LEGEND_LINE_WORDS and "=" in lines[0].text:
        legend = summit_legend(lines[0].text)
    return legend


def legend_edition(text: str, meaning: str) -> int | None:
    """'SPC की पहली leaders' meeting' under '⭐ = SPC leaders' meeting': the ordinal a word or two
    before the legend's noun numbers the marked meeting."""
    noun = match_key(meaning).split()[-1].casefold().strip("'’")
    words = [w.strip("\"'“”‘’(),।;:*") for w in match_key(text).casefold().split()]
    for k, word in enumerate(words):
        if word.strip("'’") == noun:
            for before in words[max(0, k - 3):k]:
                number = leading_ordinal(before)
                if number is not None:
                    return number
    return None


def split_marked(lines: list[Line], sign: str) -> tuple[list[Line], list[Line]]:
    """The lines that open (after a list marker) with the sign, without it, and the other lines."""
    marked: list[Line] = []
    rest: list[Line] = []
    for line in lines:
        if summit_legend(line.text) is not None and "=" in line.text:
            continue  # the legend's own line ('(⭐ = शिखर बैठक)')
        text, has_marker = strip_marker(line.text)
        if text.startswith(sign) or text.rstrip("।. ").endswith(sign):  # '... ऊर्जा पर बात। ⭐' too
            bare = text[len(sign):].strip() if text.startswith(sign) else text.rstrip("।. ")[:-len(sign)].strip()
            marked.append(Line(line.number, f"- {bare}" if has_marker else bare, False, line.indent))
        else:
            rest.append(line)
    return marked, rest


__all__ = ["legend_edition", "section_legend", "split_marked", "summit_legend", "summit_mark"]
