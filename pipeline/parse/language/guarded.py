"""Regexes that first look for what every match holds.

A pattern that opens with `\\s*`, a group or look-behinds is tried at every position of the
text, which costs tens of microseconds on a long line; a search for the plain characters every
match must hold ('।', ';', 'कभी') skips ahead in C and usually finds none. `guarded` wraps such a
pattern: when the text holds none of those characters the answer is the one of no match (no
split, no substitution), given without running the pattern; otherwise the pattern's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class Guarded:
    """A compiled pattern and the substrings one of which every match holds. Only the methods
    below take the short way; any other attribute is the pattern's."""

    __slots__ = ("full", "_cue")

    def __init__(self, full: re.Pattern[str], needed: Iterable[str]):
        self.full = full
        self._cue = re.compile("|".join(re.escape(n) for n in sorted(set(needed), key=len, reverse=True)))

    def may_match(self, text: str) -> bool:
        return self._cue.search(text) is not None

    def search(self, text: str, *args) -> re.Match[str] | None:
        return self.full.search(text, *args) if self._cue.search(text) else None

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.full.split(text, maxsplit) if self._cue.search(text) else [text]

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.full.finditer(text, *args) if self._cue.search(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.full.sub(repl, text, count) if self._cue.search(text) else text

    def __getattr__(self, name: str):
        return getattr(self.full, name)


def guarded(pattern: str | re.Pattern[str], needed: Iterable[str]) -> Guarded:
    """`pattern` (compiled if it is not), searched only in a text holding one of `needed`: the
    caller names substrings one of which every match of the pattern holds."""
    return Guarded(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern), needed)
