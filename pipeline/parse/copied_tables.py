"""Tables copied from a web page as tab-separated lines, written as pipe tables.

A Wikipedia table pasted into a text file keeps its cells apart with tabs: 'क्रम\tवर्ष\tशहर'
above '1\t2009\tटोक्यो'. `tab_tables(raw_lines)` gives such a run the pipes of a Markdown table
('| क्रम | वर्ष | शहर |'), line for line, so every later rule reads it like any other table
(the first line is its header; no separator line is added, so line numbers stay). A run is
at least two consecutive lines with a tab between cells, the first with the most cells (two or
more) and every other one cell short at most (a merged cell left out when copied). The first
line must be a header, words without digits: lines like '2009\tटोक्यो' with no header are a
list, read as list entries.
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


__all__ = ["tab_tables"]
