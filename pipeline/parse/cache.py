"""The parse cache: one parse result per (file name, raw sha256), kept under the parser key.

A document is parsed again only when its bytes change, its name changes (the name is its
`document_id`, which is in every row), or the parser changes. The parser key is
`PARSER_VERSION` plus the lexicon's content hash plus `GAZETTEER_VERSION` (the gazetteer
packages' versions, their conventions table and lookup rules); opening the cache with a new
key drops every entry of the old one, so a parser, lexicon or gazetteer change re-parses
everything.

One SQLite file (stdlib, safe across processes, one transaction per batch) holds pickled
`ParsedDocument`s and `Rejection`s: 10,000 small entries are read or written in well under
a second, where 10,000 little files would cost more in file-system calls.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.reader import RawDocument, Rejection
from pipeline.parse import PARSER_VERSION, ParsedDocument
from pipeline.parse.geo.gazetteer import GAZETTEER_VERSION
from pipeline.parse.language.lexicon import default_lexicon

FILE_NAME = "parse-cache.sqlite3"
ParseResult = ParsedDocument | Rejection


def parser_key() -> str:
    """What the parser's output depends on besides the text: its rules, its lexicon and
    the gazetteers."""
    return f"{PARSER_VERSION}+{default_lexicon().version}+{GAZETTEER_VERSION}"


def document_key(raw: RawDocument) -> str:
    return f"{raw.source_file}\x00{raw.source_sha256}"


class ParseCache:
    """Parse results on disk. Use as a context manager or call `close()`."""

    def __init__(self, folder: Path, key: str | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self.key = key or parser_key()
        self._db = sqlite3.connect(self.path, timeout=60)
        with self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS parsed (parser TEXT, doc TEXT, result BLOB, PRIMARY KEY (parser, doc))"
            )
            self.dropped = self._db.execute("DELETE FROM parsed WHERE parser != ?", (self.key,)).rowcount

    def get_many(self, keys: Iterable[str]) -> dict[str, ParseResult]:
        """The cached results among `keys` (absent keys are simply missing)."""
        found: dict[str, ParseResult] = {}
        keys = list(keys)
        for start in range(0, len(keys), 500):  # SQLite limits the number of parameters
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT doc, result FROM parsed WHERE parser = ? AND doc IN ({marks})", (self.key, *chunk)
            )
            found.update((doc, pickle.loads(blob)) for doc, blob in rows)
        return found

    def put_many(self, results: Mapping[str, ParseResult]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO parsed VALUES (?, ?, ?)",
                ((self.key, doc, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
                 for doc, result in results.items()),
            )

    def put_pickled(self, entries: Iterable[tuple[str, bytes]]) -> None:
        """Store entries already pickled (key, bytes), as `parallel.part_of` makes them."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?)",
                                 ((self.key, doc, blob) for doc, blob in entries))

    def keep_only(self, keys: Iterable[str]) -> int:
        """Forget every entry not in `keys` (removed or edited documents); returns how many."""
        keep = set(keys)
        stale = [doc for (doc,) in self._db.execute("SELECT doc FROM parsed WHERE parser = ?", (self.key,))
                 if doc not in keep]
        with self._db:
            self._db.executemany("DELETE FROM parsed WHERE parser = ? AND doc = ?", ((self.key, d) for d in stale))
        return len(stale)

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM parsed WHERE parser = ?", (self.key,)).fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ParseCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()



@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    forgotten: int  # entries of documents no longer in raw/ (or of an older revision)
    dropped: int  # entries of another parser version


def parse_cached(
    raws: Sequence[RawDocument],
    folder: Path,
    parse: Callable[[Sequence[RawDocument]], list[ParseResult]],
) -> tuple[list[ParseResult], CacheStats]:
    """Results for `raws` in order: cached ones read back, the others parsed by `parse` (one
    call for all misses, so it can spread them over cores) and stored."""
    keys = [document_key(raw) for raw in raws]
    with ParseCache(folder) as cache:
        cached = cache.get_many(keys)
        misses = [raw for raw, key in zip(raws, keys) if key not in cached]
        fresh = dict(zip((document_key(raw) for raw in misses), parse(misses))) if misses else {}
        if fresh:
            cache.put_many(fresh)
        forgotten = cache.keep_only(keys)
        stats = CacheStats(len(raws) - len(misses), len(misses), forgotten, cache.dropped)
    return [cached[key] if key in cached else fresh[key] for key in keys], stats
