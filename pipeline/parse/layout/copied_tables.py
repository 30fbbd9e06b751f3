"""Tables copied from a web page or from a wiki's source, written as pipe tables.

A Wikipedia table pasted into a text file keeps its cells apart with tabs: 'क्रम\tवर्ष\tशहर'
above '1\t2009\tटोक्यो'. `tab_tables(raw_lines)` gives such a run the pipes of a Markdown table
('| क्रम | वर्ष | शहर |'), line for line, so every later rule reads it like any other table
(the first line is its header; no separator line is added, so line numbers stay). A run is
at least two consecutive lines with a tab between cells, the first with the most cells (two or
more) and every other one cell short at most (a merged cell left out when copied). The first
line must be a header, words without digits: lines like '2009\tटोक्यो' with no header are a
list, read as list entries. Columns lined up with two or more spaces ('क्रम  वर्ष  शहर') are a
table too, when there are three columns or more, short header words and at least two rows,
most of them with a year.

`template_text` gives the text a wikitext table's cell template shows: '{{flag|जापान}}' shows
जापान, '{{dts|2009|3|12}}' the date (2009-03-12), '{{nowrap|12–13 मार्च}}' its text; a template
that shows only an icon ('{{flagicon|जापान}}') or one not known here shows nothing.
"""

from __future__ import annotations

import re

MIN_ROWS = 2
MIN_SPACED_CELLS = 3
MAX_HEADER_WORDS = 4
_DIGIT = re.compile(r"[0-9०-९]")
_SPACES = re.compile(r"\s{2,}|\t")
_YEAR = re.compile(r"(?<![0-9०-९])[0-9०-९]{4}(?![0-9०-९])")


def _cells(line: str, spaced: bool) -> list[str] | None:
    text = line.strip()
    if text.startswith("|") or ("\t" not in text and not spaced):
        return None
    found = [c.strip().replace("|", "/") for c in (_SPACES.split(text) if spaced else text.split("\t"))]
    return found if len(found) >= (MIN_SPACED_CELLS if spaced else 2) else None


def _run_end(raw_lines: list[str], index: int, spaced: bool) -> int:
    """Where a table starting at `index` ends (the index after its last row), or 0 for none."""
    header = _cells(raw_lines[index], spaced)
    if header is None or any(_DIGIT.search(c) for c in header):
        return 0
    end = index + 1
    while end < len(raw_lines) and (row := _cells(raw_lines[end], spaced)) is not None \
            and len(header) - 1 <= len(row) <= len(header):
        end += 1
    if spaced:
        body = raw_lines[index + 1:end]
        # columns lined up with spaces: short header words above rows that are mostly dated
        if len(body) < MIN_ROWS or any(len(c.split()) > MAX_HEADER_WORDS for c in header) \
                or 2 * sum(bool(_YEAR.search(line)) for line in body) < len(body):
            return 0
    return end if end - index >= MIN_ROWS else 0


def tab_tables(raw_lines: list[str]) -> list[str]:
    """The lines, with each run of tab-separated (or space-aligned) rows written as a pipe table."""
    if not any("\t" in line.strip() or "  " in line.strip() for line in raw_lines):
        return raw_lines  # most documents
    out = list(raw_lines)
    index = 0
    while index < len(raw_lines):
        for spaced in (False, True):
            end = _run_end(raw_lines, index, spaced)
            if end:
                for k in range(index, end):
                    out[k] = "| " + " | ".join(_cells(raw_lines[k], spaced) or []) + " |"
                index = end
                break
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
