"""Parse many documents on every core, in input order.

Parsing is pure and CPU-bound, so documents go to a `ProcessPoolExecutor` in slices (a few
slices per worker, so a slow slice does not leave a core idle at the end). Small batches are
parsed in this process: starting workers and shipping text costs more than it saves below
`MIN_PARALLEL` documents. Results come back in input order, so the tables do not depend
on the number of workers.

Workers are forked where the platform allows it: they inherit the imported parser and its
warm caches, so a pool starts in milliseconds instead of re-importing for a second or more.
Each worker uses the parent's gazetteer index folder (`pipeline.parse.geo.index_store`). A new
pool first has the indexes missing from that folder built there, a group per worker at once
(`gazetteer.index_groups`: the cities and the towns come from one pass), so no process builds
an index another one builds too; the workers then load them.

`parse_parts` is what the parse step uses: each worker turns its slice into compact frames
(`pipeline.tables.incremental.document_frames`) and pickles the parse-cache entries itself,
so the parent neither unpickles parse results nor builds rows. With `keep_pool` the pool
stays for the next call of this process (the chunk steps of an in-process run) until
`shutdown()`.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import pickle
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass, field

import pandas as pd

from pipeline.ingest.reader import RawDocument, Rejection
from pipeline.ingest.refs import RawRef, load_raw
from pipeline.parse import ParsedDocument
from pipeline.parse.geo import gazetteer, index_store
from pipeline.tables.build import parse_raw

MIN_PARALLEL = 100
CHUNKS_PER_WORKER = 4
MAX_CHUNK = 250

ParseResult = ParsedDocument | Rejection


@dataclass
class ParsedPart:
    """A slice of documents parsed: rows as compact frames, the documents they came from
    (id -> file name, sha256), rejections, and the parse-cache entries (key, pickled result)."""

    frames: dict[str, pd.DataFrame]
    documents: dict[str, tuple[str, str]]
    rejections: list[Rejection]
    entries: list[tuple[str, bytes]] = field(default_factory=list)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_one(item: RawDocument | RawRef) -> ParseResult:
    """Parse one document, reading it first when it comes by reference."""
    raw = load_raw(item)
    return raw if isinstance(raw, Rejection) else parse_raw(raw)


def _parse_chunk(chunk: Sequence[RawDocument | RawRef]) -> list[ParseResult]:
    return [parse_one(item) for item in chunk]


def part_of(results: Sequence[ParseResult], keys: Sequence[str] = ()) -> ParsedPart:
    """`results` as a `ParsedPart`; with `keys` (one per result) also their cache entries."""
    from pipeline.tables.incremental import document_frames, manifest_of

    documents = [r for r in results if not isinstance(r, Rejection)]
    entries = [(key, pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)) for key, r in zip(keys, results)]
    return ParsedPart(document_frames(documents), manifest_of(documents),
                      [r for r in results if isinstance(r, Rejection)], entries)


def _parse_part(chunk: Sequence[RawDocument | RawRef], keep_entries: bool) -> ParsedPart:
    from pipeline.parse.cache import document_key

    return part_of(_parse_chunk(chunk), [document_key(item) for item in chunk] if keep_entries else ())


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


_pool: ProcessPoolExecutor | None = None
_pool_key: tuple | None = None


def _shared_pool(workers: int) -> ProcessPoolExecutor:
    """This process's pool of `workers` for the current index folder (a new one otherwise)."""
    global _pool, _pool_key
    folder = index_store.current_folder()
    key = (workers, folder, os.getpid())
    if _pool is None or _pool_key != key:
        shutdown()
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                                    initializer=index_store.use_folder, initargs=(folder,))
        _pool_key = key
        if folder is not None:
            wait([_pool.submit(gazetteer.warm_indexes, group)
                  for group in gazetteer.index_groups(gazetteer.missing_indexes())])
    return _pool


def shutdown() -> None:
    """Stop this process's kept pool (its workers hold the parser's indexes)."""
    global _pool, _pool_key
    if _pool is not None and _pool_key is not None and _pool_key[-1] == os.getpid():
        _pool.shutdown()
    _pool = _pool_key = None


atexit.register(shutdown)


def _slices(raws: Sequence, workers: int) -> list[Sequence]:
    size = max(1, min(MAX_CHUNK, -(-len(raws) // (workers * CHUNKS_PER_WORKER))))
    return [raws[i : i + size] for i in range(0, len(raws), size)]


def _workers(count: int, workers: int, min_parallel: int) -> int:
    workers = min(workers or available_cores(), max(1, count // max(1, min_parallel // 2)))
    return workers if workers >= 2 and count >= min_parallel else 0


def parse_many(
    raws: Sequence[RawDocument | RawRef], workers: int = 0, min_parallel: int = MIN_PARALLEL
) -> tuple[list[ParseResult], int]:
    """Parse `raws`; returns the results in input order and the number of worker processes
    used (0: parsed in this process). `workers=0` means one per available core. Documents
    given by reference (`RawRef`) are read by the process that parses them."""
    workers = _workers(len(raws), workers, min_parallel)
    if not workers:
        return _parse_chunk(raws), 0
    try:
        pool = _shared_pool(workers)
        return [result for chunk in pool.map(_parse_chunk, _slices(raws, workers)) for result in chunk], workers
    finally:
        shutdown()


def parse_parts(
    raws: Sequence[RawDocument | RawRef], workers: int = 0, min_parallel: int = MIN_PARALLEL,
    keep_entries: bool = True, keep_pool: bool = False,
) -> tuple[list[ParsedPart], int]:
    """Parse `raws` into parts in input order, built where they were parsed; returns them
    and the number of worker processes used (0: in this process). `keep_entries` adds the
    parse-cache entries; `keep_pool` leaves the pool running for the next call."""
    workers = _workers(len(raws), workers, min_parallel)
    if not workers:
        return [_parse_part(raws, keep_entries)] if raws else [], 0
    try:
        pool = _shared_pool(workers)
        slices = _slices(raws, workers)
        return list(pool.map(_parse_part, slices, [keep_entries] * len(slices))), workers
    finally:
        if not keep_pool:
            shutdown()
