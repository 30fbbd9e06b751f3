"""The curated Hindi -> English lexicon (`lexicon.csv`) and lookups over it.

The CSV is the reviewed vocabulary: countries, organisations, cities, sectors, topics,
headings and common terms. Lookups go through `match_key`, so spelling variants
(नई/नयी, with or without nukta, anusvara or nasal consonant) find the same entry.
Anything the lexicon lacks gets no English name: callers publish the romanized form instead.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from pipeline.parse.language.text import count_key_tokens, key_tokens, match_key

LEXICON_PATH = Path(__file__).with_name("lexicon.csv")
KINDS = ("country", "organisation", "city", "sector", "topic", "term", "heading")
POSTPOSITIONS = frozenset("के की का में से पर को ने लिए बीच".split())
MAX_COMPOSED_WORDS = 12
MAX_CACHED_LOOKUPS = 65536  # names are short; a long line is not composed word by word


_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_RAW_TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097f-]+")


def _digits(key: str) -> str:
    return key.translate(_DEVANAGARI_DIGITS)


@dataclass(frozen=True)
class Entry:
    hindi: str
    english: str
    kind: str


class Lexicon:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._by_key: dict[str, Entry] = {}
        self._lookups: dict[str, Entry | None] = {}
        self._englishes: dict[tuple[str, tuple[str, ...] | None], str | None] = {}
        self._spellings: dict[tuple[str, str], list[str]] = {}
        for entry in entries:
            self._spellings.setdefault((entry.english, entry.kind), []).append(entry.hindi)
            if entry.kind not in KINDS:
                raise ValueError(f"lexicon: unknown kind {entry.kind!r} for {entry.hindi}")
            self._by_key.setdefault(_digits(match_key(entry.hindi)), entry)
        # (key tokens never hold a space: a text of more tokens than any key has words is no entry)
        self._most_words = max((len(key.split(" ")) for key in self._by_key), default=0)
        # token sequences of topic-like entries, longest first, for scanning running text
        self.topic_patterns: list[tuple[tuple[str, ...], Entry]] = sorted(
            (
                (tuple(key_tokens(e.hindi)), e)
                for e in entries
                if e.kind in ("topic", "sector") and " और " not in e.hindi
            ),
            key=lambda pair: -len(pair[0]),
        )
        self._patterns_by_first: dict[str, list[tuple[int, tuple[str, ...], Entry]]] = {}
        for rank, (pattern, entry) in enumerate(self.topic_patterns):
            if pattern:
                self._patterns_by_first.setdefault(pattern[0], []).append((rank, pattern, entry))

    def lookup(self, text: str, kinds: tuple[str, ...] | None = None) -> Entry | None:
        if text in self._lookups:
            entry = self._lookups[text]
        else:
            entry = self._by_key.get(_digits(match_key(text)))  # जी-२० is जी-20
            if entry is None and (text.count(" ") < self._most_words or count_key_tokens(text) <= self._most_words):
                # (a sentence has more tokens than any name: not stemmed for nothing)
                entry = self._by_key.get(_digits(" ".join(key_tokens(text))))
            if len(self._lookups) >= MAX_CACHED_LOOKUPS:
                self._lookups.clear()  # bounded: a hostile document cannot fill memory
            self._lookups[text] = entry
        if entry is not None and (kinds is None or entry.kind in kinds):
            return entry
        return None

    def spellings(self, english: str, kind: str) -> list[str]:
        """Every Hindi spelling the lexicon has for one English name of one kind."""
        return self._spellings.get((english, kind), [])

    def english(self, text: str, kinds: tuple[str, ...] | None = None) -> str | None:
        """English for a name: an exact entry, or a composition of known parts.

        Parts are joined by और ("and") or hyphens (भारत-रूस), or a run of known names with
        no postposition between them, longest known name first (जापान + वार्षिक शिखर
        सम्मेलन, not जापान + वार्षिक + शिखर + सम्मेलन). Never a partial guess.
        """
        asked = (text, tuple(kinds) if kinds is not None else None)  # (every document names its headings, sides and areas again: one answer each)
        if asked in self._englishes:
            return self._englishes[asked]
        if len(self._englishes) >= MAX_CACHED_LOOKUPS:
            self._englishes.clear()  # bounded, as the lookups
        english = self._englishes[asked] = self._composed_english(text, kinds)
        return english

    def _composed_english(self, text: str, kinds: tuple[str, ...] | None) -> str | None:
        entry = self.lookup(text, kinds)
        if entry is not None:
            return entry.english
        for separator, joiner in ((" और ", " and "), ("-", "–")):
            if separator in text:
                parts = [self.english(p.strip(), kinds) for p in text.split(separator)]
                if all(parts) and len(parts) > 1:
                    joined = joiner.join(parts)  # type: ignore[arg-type]
                    return joined[0].upper() + joined[1:]
        words = text.split()
        if 1 < len(words) <= MAX_COMPOSED_WORDS and not POSTPOSITIONS.intersection(words):
            parts = self._longest_known_runs(words)
            if parts:
                joined = " ".join(parts)
                return joined[0].upper() + joined[1:]
        return None

    def _longest_known_runs(self, words: list[str]) -> list[str] | None:
        parts, i = [], 0
        while i < len(words):
            for n in range(len(words) - i, 0, -1):
                entry = self.lookup(" ".join(words[i : i + n]))
                if entry is not None:
                    parts.append(entry.english)
                    i += n
                    break
            else:
                return None
        return parts

    def find_topics(self, text: str) -> list[tuple[int, Entry, str]]:
        """Topic and sector terms in running text: (token position, entry, words as written).

        Longest match wins and matches do not overlap, so परमाणु ऊर्जा is one topic, not two.
        """
        raw_tokens = _RAW_TOKEN.findall(text)
        tokens = [_first_key_token(t) for t in raw_tokens]
        # Candidate matches come from an index on the first token; applying them in pattern
        # order (longest first) gives the same result as scanning the text once per pattern.
        candidates = sorted(
            (rank, i, pattern, entry)
            for i, token in enumerate(tokens)
            for rank, pattern, entry in self._patterns_by_first.get(token, ())
            if tuple(tokens[i : i + len(pattern)]) == pattern
        )
        taken = [False] * len(tokens)
        found: list[tuple[int, Entry, str]] = []
        for _, i, pattern, entry in candidates:
            n = len(pattern)
            if not any(taken[i : i + n]):
                taken[i : i + n] = [True] * n
                found.append((i, entry, " ".join(raw_tokens[i : i + n])))
        return sorted(found, key=lambda item: item[0])

    @property
    def version(self) -> str:
        """Short content hash; part of the parser version, so a lexicon edit re-parses."""
        text = "\n".join(f"{e.hindi},{e.english},{e.kind}" for e in self.entries)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


@lru_cache(maxsize=65536)  # (every word of every summit's text is looked at)
def _first_key_token(word: str) -> str:
    return next(iter(key_tokens(word)), "")


def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    with path.open(encoding="utf-8", newline="") as handle:
        return Lexicon([Entry(r["hindi"], r["english"], r["kind"]) for r in csv.DictReader(handle)])


@cache
def default_lexicon() -> Lexicon:
    return load_lexicon()
