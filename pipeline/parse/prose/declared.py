"""Cities a report itself declares, for the prose readers of that one document.

A news report's dateline names the city it was filed in ('एजेंसी | ग्योंगजू (दक्षिण कोरिया), 1 नवंबर'):
that name is a city even when no gazetteer spells it so, and the report's sentences name it again
where the leaders met ('ग्योंगजू के राष्ट्रीय संग्रहालय में ... शिखर वार्ता हुई'). `parse_document`
declares it for the time it parses the document (`declaring`); `where._known_city` then knows it.
Only the name as the dateline writes it: nothing else becomes a city.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pipeline.parse.language.text import match_key

_DECLARED: ContextVar[frozenset[str]] = ContextVar("declared_cities", default=frozenset())


def is_declared_city(name: str) -> bool:
    declared = _DECLARED.get()
    return bool(declared) and match_key(name) in declared


@contextmanager
def declaring(cities: list[str]) -> Iterator[None]:
    """The cities count as known while the block parses one document."""
    token = _DECLARED.set(frozenset(match_key(c) for c in cities))
    try:
        yield
    finally:
        _DECLARED.reset(token)


def dateline_city(shape, lexicon) -> list[str]:
    """The city of a report's dateline that no gazetteer knows, as the dateline writes it."""
    from pipeline.parse.prose.datelines import find_dateline  # (datelines reads places: imported late)

    dateline = find_dateline([line.text for line in shape.lead], lexicon)
    if dateline is None or dateline.place.kind != "unknown" or not dateline.place.city:
        return []
    return [dateline.place.city]
