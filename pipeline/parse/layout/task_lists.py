"""Markdown task lists in notes: what a ticked or an empty box says about an item.

Notes keep a checklist of meetings ('## Dialogues — checklist (✔ = हुआ)'):

    - [x] **2011** → बर्लिन, 3–4 जुलाई — दूसरा संवाद
    - [ ] **2026** → 17वाँ संवाद — तारीख़ अभी घोषित नहीं

A ticked box marks a meeting that took place; an empty (or crossed) box one that has not, or
that the writer does not count ('- [ ] 29 जून 2018 — बोगोर: official visit था, ... नहीं'; such
an entry is read as planned, `summits.read_entries`). The box is read from the raw line, before
`structure.markdown_free` drops it; `structure.Line.ticked` keeps a ticked one. Whether a checklist's items are summits at all is judged by their entries
(`checklist_of_entries`), never by the boxes alone: '- [x] 1998–2013 = G8 era' is a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

# '- [x] ', '* [X] ', '1. [ ] ', '> - [✔] ': a task list's item and its box
_BOX = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]|[0-9]{1,3}[.)])\s+\[([ xX✓✔✗])\]\s+")
_TICKS = frozenset("xX✓✔")
MIN_CHECKLIST_ENTRIES = 2
CITY_SHARE = 0.5


class _Boxed(Protocol):
    ticked: bool


def box_state(raw: str) -> bool | None:
    """True for a ticked task-list item ('- [x] ...'), False for an empty or crossed box
    ('- [ ] ...', '- [✗] ...'), None for a line that is no task-list item."""
    box = _BOX.match(raw)
    if box is None:
        return None
    return box[1] in _TICKS


def checklist_of_entries(lines: Sequence[_Boxed], entries_of: Callable[[_Boxed], list | None],
                         in_a_city: Callable[[object], bool], one_meeting: Callable[[list], bool]) -> bool:
    """Whether a section is a checklist of meetings: at least two ticked items, every ticked
    item reads as dated entries (`entries_of` gives a line's entries, or None), at least half
    of those entries name the city they took place in (`in_a_city`), and they are one meeting's
    (`one_meeting`: not 'WRC-16', 'WTDC-18', 'GSR-24', each another meeting's short name). A
    checklist of revision notes ('- [x] 1998–2013 = G8 era') is none."""
    ticked = [line for line in lines if line.ticked]
    if len(ticked) < MIN_CHECKLIST_ENTRIES:
        return False
    entries = []
    for line in ticked:
        found = entries_of(line)
        if not found:
            return False
        entries.extend(found)
    return sum(map(in_a_city, entries)) >= CITY_SHARE * len(entries) and one_meeting(entries)
