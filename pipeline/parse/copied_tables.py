"""Tables copied from a web page or from a wiki's source, written as pipe tables.

A Wikipedia table pasted into a text file keeps its cells apart with tabs: 'क्रम\tवर्ष\tशहर'
above '1\t2009\tटोक्यो'. `tab_tables(raw_lines)` gives such a run the pipes of a Markdown table
('| क्रम | वर्ष | शहर |'), line for line, so every later rule reads it like any other table
(the first line is its header; no separator line is added, so line numbers stay). A run is
at least two consecutive lines with a tab between cells, the first with the most cells (two or
more) and every other one cell short at most (a merged cell left out when copied). The first
line must be a header, words without digits: lines like '2009\tटोक्यो' with no header are a
list, read as list entries.

`template_text` gives the text a wikitext table's cell template shows: '{{flag|जापान}}' shows
जापान, '{{dts|2009|3|12}}' the date (2009-03-12), '{{nowrap|12–13 मार्च}}' its text; a template
that shows only an icon ('{{flagicon|जापान}}') or one not known here shows nothing.
"""

from __future__ import annotations

import re

MIN_ROWS = 2
_DIGIT = re.compile(r"[0-9०-९]")


def _cells(line: str) -> list[str] | None:
    text = line.strip()
    if "\t" not in text or text.startswith("|"):
        return None
    found = [c.strip().replace("|", "/") for c in text.split("\t")]
    return found if len(found) >= 2 else None


def tab_tables(raw_lines: list[str]) -> list[str]:
    """The lines, with each run of tab-separated rows written as a pipe table."""
    if not any("\t" in line.strip() for line in raw_lines):
        return raw_lines  # most documents
    out = list(raw_lines)
    index = 0
    while index < len(raw_lines):
        header = _cells(raw_lines[index])
        end = index + 1
        if header is not None:
            while end < len(raw_lines):
                row = _cells(raw_lines[end])
                if row is None or not len(header) - 1 <= len(row) <= len(header):
                    break
                end += 1
        if header is not None and end - index >= MIN_ROWS and not any(_DIGIT.search(c) for c in header):
            for k in range(index, end):
                out[k] = "| " + " | ".join(_cells(raw_lines[k]) or []) + " |"
            index = end
        else:
            index += 1
    return out


# Templates that show their first argument, their last ('{{sort|key|text}}', '{{lang|fr|Nice}}'),
# and a date from year|month|day arguments.
_SHOWS_FIRST = frozenset(("flag", "flagcountry", "flagu", "flag country", "nowrap", "nobr", "date", "small", "abbr",
                          "ध्वज", "ध्वज देश"))
_SHOWS_LAST = frozenset(("sort", "lang"))
_SHOWS_DATE = frozenset(("dts", "dtsx", "start date", "end date", "date table sorting"))


def template_text(match: re.Match) -> str:
    """The text a '{{name|...}}' template (`match[0]`) shows in a table's cell."""
    name, *arguments = [a.strip() for a in match[0][2:-2].split("|")]
    arguments = [a for a in arguments if "=" not in a and a]  # 'df=y' and the like are options
    name = name.casefold()
    if arguments and (name in _SHOWS_FIRST or name in _SHOWS_LAST):
        return arguments[0] if name in _SHOWS_FIRST else arguments[-1]
    if name in _SHOWS_DATE and arguments and re.fullmatch(r"[0-9]{4}", arguments[0]):
        numbers = [a for a in arguments[:3] if re.fullmatch(r"[0-9]{1,2}", a)]
        return "-".join([arguments[0]] + [n.zfill(2) for n in numbers]) if len(numbers) in (0, 2) else arguments[0]
    return ""


__all__ = ["tab_tables", "template_text"]
