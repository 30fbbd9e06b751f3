"""Tables written as list items: rows of cells apart by '|' without a table's outer pipes.

Notes write a summit table as a list: '▪ पहला (MC1) | सिंगापुर | 9–13 दिसंबर 1996 — ...' or
'➤ 2003 | पपीते, फ़्रेंच पोलिनेशिया | 28 जुलाई — ...', one item per row, often with the columns
named in the heading above them ('प्रमुख सम्मेलन (वर्ष | स्थान | तिथि — मुख्य बिंदु)') or in a first
row of words ('वर्ष | स्थान | तिथि'). `bare_tables(lines)` writes such a run as a pipe table
('| वर्ष | स्थान | तिथि | मुख्य बिंदु |' above '| 2003 | पपीते, ... | 28 जुलाई | ... |'), so every
later rule reads it like any other table, and a row that is not read becomes a parse issue.

A run is two or more lines, one blank line between them at most, each with the same number of
cells (three or more; a bullet or a list number before the first is dropped, unless the header
names a column for it: 'क्रम | शहर | तिथि' over '1) एथेंस (ग्रीस) | 21 अगस्त 2023'). Its header is the
columns named in brackets in the line above (that line keeps its words outside the brackets, so
a heading stays a heading) or a first row of words without digits. Rows with no header are left
as they are: the list reader reads each as an entry, and says which it could not read. A header
cell joined to the next by a dash ('तिथि — मुख्य बिंदु') splits each row's cell at its first dash of
that kind that does not go on to a day ('30 नवंबर – 3 दिसंबर 1999 — ...' is one date, then the
remarks). The header line takes the number of the line above the first row, and each later row
says it goes on the table (`Line.continues_table`) across a blank line: line numbers, which
sources cite, stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.parse.layout.structure import Line

MIN_ROWS = 2
MIN_CELLS = 3
MAX_LINE_STEP = 2  # rows one blank line apart
# one bullet or list number before the first cell: '▪ ', '➤ ', '- ', '1. ', '(क) ', 'iv) '
_LEAD = re.compile(r"^(?:[-•*–—·▪►●◦‣⁃∙\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
                   r"|\(?[0-9०-९]{1,2}[.)]|\(?[क-ह][.)]|\(?[ivxIVX]{1,4}[.)]|\([क-ह]\))\s+")
# one level of brackets inside: '(COP | Venue (Year) | Dates)'
_COLUMNS = re.compile(r"\(((?:[^()]|\([^()]*\))*\|(?:[^()]|\([^()]*\))*)\)")
_DASHES = (" — ", " – ", " - ")
_DIGIT = re.compile(r"[0-9०-९]")


def _cells(text: str, numbered: bool = False) -> list[str] | None:
    """The cells of one row written without outer pipes, or None; `numbered`: a list number
    before the first cell is a cell of its own (the header names it: 'क्रम | शहर | तिथि')."""
    if text.startswith("|") or text.count("|") < MIN_CELLS - 1 or _COLUMNS.search(text):
        return None  # (a line naming columns in brackets is no row: 'प्रमुख सम्मेलन (वर्ष | स्थान)')
    lead = _LEAD.match(text)
    found = [c.strip() for c in text[lead.end() if lead else 0:].split("|")]
    if numbered and lead and _DIGIT.search(lead[0]):
        found.insert(0, lead[0].strip().strip("().") or lead[0].strip())
    return found if sum(map(bool, found)) >= MIN_CELLS - 1 else None  # (a blank cell: a remark left out)


def _split_dash(cells: list[str], header: list[str]) -> tuple[list[str], list[str]]:
    """'तिथि — मुख्य बिंदु' over '28 जुलाई — पहला ...': two cells each, split at that dash."""
    out_header: list[str] = []
    out_cells: list[str] = []
    for k, name in enumerate(header):
        cell = cells[k] if k < len(cells) else ""
        dash = next((d for d in _DASHES if d in name), None)
        if dash is None:
            out_header.append(name)
            out_cells.append(cell)
            continue
        left, right = name.split(dash, 1)
        at = next((m.start() for m in re.finditer(re.escape(dash), cell)
                   if not _DIGIT.match(cell[m.end():])), -1)  # (not a range's dash: '30 नवंबर – 3 दिसंबर')
        first, rest = (cell[:at], cell[at + len(dash):]) if at >= 0 else (cell, "")
        out_header += [left.strip(), right.strip()]
        out_cells += [first.strip(), rest.strip()]
    return out_header, out_cells


def _run_end(lines: list[Line], start: int, width: int) -> int:
    end = start + 1
    while end < len(lines) and lines[end].number <= lines[end - 1].number + MAX_LINE_STEP \
            and (row := _cells(lines[end].text)) is not None and len(row) == width:
        end += 1
    return end


def bare_tables(lines: list[Line]) -> list[Line]:
    """The lines, with each run of rows without outer pipes written as a pipe table."""
    if not any(line.text.count("|") >= MIN_CELLS - 1 and not line.text.startswith("|") for line in lines):
        return lines  # most documents
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        first = _cells(line.text)
        end = _run_end(lines, index, len(first)) if first is not None else index
        if first is None or end - index < MIN_ROWS:
            out.append(line)
            index += 1
            continue
        rows = [_cells(lines[k].text) or [] for k in range(index, end)]
        above = out[-1] if out and line.number - out[-1].number <= MAX_LINE_STEP else None
        named = _COLUMNS.search(above.text) if above is not None else None
        header: list[str] | None = None
        if named is not None and len(named[1].split("|")) == len(first) + 1:
            numbered = [_cells(lines[k].text, numbered=True) or [] for k in range(index, end)]
            if all(len(row) == len(first) + 1 for row in numbered):
                rows, first = numbered, numbered[0]  # '1) एथेंस (ग्रीस) | 21 अगस्त 2023' under 'क्रम | शहर | तिथि'
        if named is not None and len(named[1].split("|")) == len(first):
            header = [c.strip() for c in named[1].split("|")]
            out[-1] = replace(above, text=(above.text[:named.start()] + above.text[named.end():]).strip(), written=None)
            body = list(range(index, end))
        elif not _DIGIT.search(line.text):
            header, rows = rows[0], rows[1:]
            body = list(range(index + 1, end))
        else:
            body = []
        if not body:
            out.extend(lines[index:end])
            index = end
            continue
        split = [_split_dash(row, header) for row in rows]
        written_header = split[0][0] if split else header
        number = lines[body[0]].number - 1
        if body[0] != index:
            out.append(replace(line, text=_pipe_row(written_header), written=None))
        else:
            out.append(replace(line, number=number, text=_pipe_row(written_header), marked_heading=False, written=None))
        for k, (_, cells) in zip(body, split):
            out.append(replace(lines[k], text=_pipe_row(cells), written=None, continues_table=k != index))
        index = end
    return out


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") or "—" for c in cells) + " |"


__all__ = ["bare_tables"]
