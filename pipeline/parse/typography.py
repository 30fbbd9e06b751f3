"""Ways of typing the same dash, folded before a line is parsed.

Writers differ in how they space dashes, and the rules split labels and clauses at a dash
with spaces (`2015 — ढाका`) while a dash without spaces joins (`भारत–जापान`, `14–15 नवंबर`).
`fold_dashes` brings the variants to those two forms, so a rule reads them alike:

- an em dash typed without spaces between words (`आईजीसी—३१ मई`, `2015—ढाका`) is spaced like
  the others; between two numbers it stays a range;
- a day range typed with spaces (`8 – 9 अप्रैल`, `14 - 15 नवंबर`) is written tight, so no rule
  takes its dash for the one that ends a label or a clause.

Applied to every clean line (`structure.clean_lines`); it changes nothing else.
"""

from __future__ import annotations

import re

from pipeline.parse.dates import DIGITS, MONTH_NAMES

_TIGHT_EM_DASH = re.compile(r"(?<=[^\s—])—(?=[^\s—])")
_SPACED_DAY_RANGE = re.compile(
    rf"(?<![0-9०-९.\-–—/])({DIGITS}{{1,2}})\s+([-–—])\s+(?={DIGITS}{{1,2}}\s+(?:{MONTH_NAMES})(?![\u0900-\u097f]))"
)
_DIGIT = re.compile(DIGITS)


def fold_dashes(line: str) -> str:
    """'पहला आईजीसी—३१ मई' -> 'पहला आईजीसी — ३१ मई'; '8 – 9 अप्रैल 2008' -> '8–9 अप्रैल 2008'."""
    if "—" in line:
        line = _TIGHT_EM_DASH.sub(_spaced, line)
    if " " in line:
        line = _SPACED_DAY_RANGE.sub(r"\1\2", line)
    return line


def _spaced(match: re.Match) -> str:
    text, at = match.string, match.start()
    if _DIGIT.match(text[at - 1]) and _DIGIT.match(text[at + 1]):
        return "—"  # '14—15 नवंबर': a range
    return " — "
