"""Parse many documents on every core, in input order.

Parsing is pure and CPU-bound, so documents go to a `ProcessPoolExecutor` in chunks (a few
chunks per worker, so a slow chunk does not leave a core idle at the end). Small batches are
parsed in this process: starting workers and shipping text costs more than it saves below
`MIN_PARALLEL` documents. Results come back in input order, so the tables do not depend
on the number of workers.

Workers are forked where the platform allows it: they inherit the imported parser and its
warm caches, so a pool starts in milliseconds instead of re-importing for a second or more.
Each worker uses the parent's gazetteer index folder (`pipeline.parse.index_store`), so it
loads the built indexes instead of building them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from pipeline.ingest.reader import RawDocument, Rejection
from pipeline.ingest.refs import RawRef, load_raw
from pipeline.parse import ParsedDocument, index_store
from pipeline.tables.build import parse_raw

MIN_PARALLEL = 100
CHUNKS_PER_WORKER = 4
MAX_CHUNK = 250


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_one(item: RawDocument | RawRef) -> ParsedDocument | Rejection:
    """Parse one document, reading it first when it comes by reference."""
    raw = load_raw(item)
    return raw if isinstance(raw, Rejection) else parse_raw(raw)


def _parse_chunk(chunk: Sequence[RawDocument | RawRef]) -> list[ParsedDocument | Rejection]:
    return [parse_one(item) for item in chunk]


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def parse_many(
    raws: Sequence[RawDocument | RawRef], workers: int = 0, min_parallel: int = MIN_PARALLEL
) -> tuple[list[ParsedDocument | Rejection], int]:
    """Parse `raws`; returns the results in input order and the number of worker processes
    used (0: parsed in this process). `workers=0` means one per available core. Documents
    given by reference (`RawRef`) are read by the process that parses them."""
    workers = min(workers or available_cores(), max(1, len(raws) // max(1, min_parallel // 2)))
    if workers < 2 or len(raws) < min_parallel:
        return _parse_chunk(raws), 0
    size = max(1, min(MAX_CHUNK, -(-len(raws) // (workers * CHUNKS_PER_WORKER))))
    chunks = [raws[i : i + size] for i in range(0, len(raws), size)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=index_store.use_folder,
                             initargs=(index_store.current_folder(),)) as pool:
        results = [result for chunk in pool.map(_parse_chunk, chunks) for result in chunk]
    return results, workers
