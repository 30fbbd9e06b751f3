"""Stage 2, parsed: the documents the tables need, parsed in chunks that fan out as steps.

A graph-backed asset of three ops:

1. `plan_parse` decides per document: its rows are in the saved tables (bytes unchanged,
   `pipeline.tables.incremental`), its parse result is in the parse cache
   (`pipeline.parse.cache`), or it has to be parsed. The documents to parse leave as
   chunks, one dynamic output each (`chunk_size` documents).
2. `parse_chunk` runs once per chunk, each its own step: with the multiprocess, Kubernetes
   or Celery executor the chunks run in parallel processes or on other machines. Inside a
   step, the chunk is parsed on every core (`pipeline.parse.parallel`), reading each text
   only there; the gazetteer indexes are loaded from the cache folder, built only once
   (`pipeline.parse.geo.index_store`).
   Each worker turns its slice into compact frames and pickles its cache entries, which
   the step stores in the parse cache; it hands over the frames, not row dicts. In an
   in-process run one pool of workers serves every chunk step and is stopped by
   `collect_parsed`, and a step stores its entries on a thread while the next chunk is
   parsed (`collect_parsed` waits for them), so the workers do not wait for the cache;
   in other executors each step stops its own pool and stores its entries itself.
3. `collect_parsed` gathers the chunks' frames: only what the tables stage cannot take
   from the saved tables.

The metadata says how many documents came from where, so an operator sees whether a run
was incremental.
"""


import threading
from dataclasses import dataclass, field

import dagster as dg
import pandas as pd
from pydantic import Field

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.raw import RawBatch
from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.reader import Rejection
from pipeline.ingest.sources import SourceManifest
from pipeline.ingest.refs import RawRef
from pipeline.parse import ParsedDocument
from pipeline.parse.geo import index_store
from pipeline.parse.cache import ParseCache, document_key
from pipeline.parse import parallel
from pipeline.parse.parallel import MIN_PARALLEL, ParsedPart, parse_parts, part_of
from pipeline.progress import report
from pipeline.tables.incremental import Manifest, load_manifest

ParseResult = ParsedDocument | Rejection


@dataclass
class ParsedBatch:
    """What the tables stage needs: `frames` (rows of the documents parsed or read from the
    parse cache in this run: per chunk one compact frame per table, not stacked here so no
    step holds a second copy), their `documents`, the `reused` documents whose rows the
    saved tables hold, every rejection so far, and the raw folder's `sources` manifest."""

    frames: list[dict[str, pd.DataFrame]] = field(default_factory=list)
    documents: Manifest = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    reused: Manifest = field(default_factory=dict)
    sources: SourceManifest = field(default_factory=SourceManifest)


class ParseConfig(dg.Config):
    workers: int = Field(default=0, description="Parser processes per chunk step; 0 = one per available core.")
    min_parallel: int = Field(default=MIN_PARALLEL, description="Fewer documents in a chunk are parsed in-process.")
    use_cache: bool = Field(default=True, description="Reuse results of unchanged documents (saved tables, parse cache).")
    chunk_size: int = Field(default=1_000, description="Documents per parse step (one dynamic output each).")


PARSE_OPS = ("plan_parse", "parse_chunk", "collect_parsed")


def parse_run_config(**config) -> dict:
    """Run config giving every op of the parse stage the same `ParseConfig` values."""
    return {"ops": {"parsed_documents": {"ops": {op: {"config": config} for op in PARSE_OPS}}}}


@dataclass
class ParsePlan:
    keys: list[str]  # every accepted document, in order
    cached: dict[str, ParseResult]  # parse cache hits not in the saved tables
    reused: Manifest  # documents whose rows the saved tables hold
    chunks: int
    dropped: int = 0


@dataclass
class ParsedChunk:
    """One chunk's documents as compact frames, one set per slice a worker parsed (row
    dicts stay in the workers)."""

    frames: list[dict[str, pd.DataFrame]]
    documents: Manifest
    rejections: list[Rejection]
    parsed: int
    workers: int


def chunk_of(parts: list[ParsedPart], parsed: int = 0, workers: int = 0) -> ParsedChunk:
    documents = {doc: source for part in parts for doc, source in part.documents.items()}
    rejections = [r for part in parts for r in part.rejections]
    return ParsedChunk([part.frames for part in parts], documents, rejections, parsed, workers)


@dg.op(out={"plan": dg.Out(), "chunks": dg.DynamicOut()})
def plan_parse(context, config: ParseConfig, paths: SammelanPaths, raw_documents: RawBatch):
    _writers.forget()  # an earlier run in this process that stopped halfway
    refs = raw_documents.documents
    keys = [document_key(ref) for ref in refs]
    reused: Manifest = {}
    cached: dict[str, ParseResult] = {}
    dropped = 0
    if config.use_cache:
        saved = load_manifest(paths.cache)
        reused = {ref.document_id: saved[ref.document_id] for ref in refs
                  if saved.get(ref.document_id) == (ref.source_file, ref.source_sha256)}
        with ParseCache(paths.cache) as cache:
            dropped = cache.dropped
            cached = cache.get_many(key for ref, key in zip(refs, keys) if ref.document_id not in reused)
    todo = [ref for ref, key in zip(refs, keys) if ref.document_id not in reused and key not in cached]
    report("parse documents", len(refs) - len(todo), len(refs))
    size = max(1, config.chunk_size)
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)] or [[]]
    yield dg.Output(ParsePlan(keys, cached, reused, len(chunks), dropped), output_name="plan")
    for number, chunk in enumerate(chunks):
        yield dg.DynamicOutput(chunk, output_name="chunks", mapping_key=f"chunk_{number}")


def _in_process(context) -> bool:
    """Whether every step of this run runs in this process (the pool may then serve them all)."""
    return "in_process" in ((context.run_config or {}).get("execution") or {}).get("config", {})


class CacheWriters:
    """Parse-cache entries stored on threads of this process (`wait` raises what one raised)."""

    def __init__(self) -> None:
        self._threads: list[threading.Thread] = []
        self._failures: list[BaseException] = []

    def store(self, folder, entries: list[tuple[str, bytes]]) -> None:
        def run() -> None:
            try:
                _store(folder, entries)
            except BaseException as error:  # raised by `wait`
                self._failures.append(error)

        thread = threading.Thread(target=run, name="sammelan-parse-cache")
        thread.start()
        self._threads.append(thread)

    def forget(self) -> None:
        """Wait for the threads, dropping their failures (those of a run that failed before `wait`)."""
        try:
            self.wait()
        except BaseException:  # noqa: BLE001  (a cache entry lost: that document is parsed again)
            pass

    def wait(self) -> None:
        for thread in self._threads:
            thread.join()
        self._threads.clear()
        failures, self._failures = self._failures, []
        if failures:
            raise failures[0]


_writers = CacheWriters()


def _store(folder, entries: list[tuple[str, bytes]]) -> None:
    with ParseCache(folder) as cache:  # SQLite: chunk steps in other processes (or threads) may write at once
        cache.put_pickled(entries)


@dg.op
def parse_chunk(context, config: ParseConfig, paths: SammelanPaths, chunk: list[RawRef]) -> ParsedChunk:
    in_process = _in_process(context)
    with index_store.using_folder(paths.cache if config.use_cache else None):
        parts, workers = parse_parts(chunk, config.workers, config.min_parallel,
                                     keep_entries=config.use_cache, keep_pool=in_process)
    entries = [entry for part in parts for entry in part.entries]
    if config.use_cache and entries:
        if in_process:
            _writers.store(paths.cache, entries)  # while the next chunk step parses
        else:
            _store(paths.cache, entries)
    for part in parts:
        part.entries = []
    return chunk_of(parts, len(chunk), workers)


@dg.op
def collect_parsed(context, config: ParseConfig, paths: SammelanPaths, raw_documents: RawBatch,
                   plan: ParsePlan, chunks: list[ParsedChunk]) -> dg.Output[ParsedBatch]:
    parallel.shutdown()  # the chunk steps of an in-process run are done with the pool
    _writers.wait()  # and their cache entries are stored
    forgotten = 0
    if config.use_cache:
        with ParseCache(paths.cache) as cache:
            forgotten = cache.keep_only(plan.keys)
    cached = chunk_of([part_of(list(plan.cached.values()))] if plan.cached else [])
    parts = [cached, *chunks]
    rejections = list(raw_documents.rejections) + [r for part in parts for r in part.rejections]
    for rejection in rejections[len(raw_documents.rejections):]:
        context.log.warning(str(rejection))
    documents = {doc: source for part in parts for doc, source in part.documents.items()}
    frames = [frames for part in parts for frames in part.frames]
    batch = ParsedBatch(frames, documents, rejections, plan.reused, raw_documents.sources)
    accepted = len(documents) + len(plan.reused)
    if not accepted:
        reasons = "; ".join(str(r) for r in rejections)
        raise dg.Failure(f"Every document was rejected, nothing is published: {reasons}")
    parsed = sum(chunk.parsed for chunk in chunks)
    report("parse documents", len(raw_documents.documents), len(raw_documents.documents))
    metadata = {
        "documents": accepted,
        "rejected": len(rejections),
        "cache_hits": len(plan.reused) + len(plan.cached),
        "cache_misses": parsed,
        "reused_rows_of": len(plan.reused),
        "cache_forgotten": forgotten,
        "cache_dropped_old_parser": plan.dropped,
        "parse_chunks": plan.chunks if parsed else 0,
        "parse_workers": max((c.workers for c in chunks), default=0),
    }
    if rejections:
        metadata["rejected_files"] = rejections_markdown(rejections)
    return dg.Output(batch, metadata=metadata)


@dg.graph_asset(
    group_name="parsed",
    description="Each accepted document parsed into table rows (in chunks, one step each); "
    "documents without structure rejected.",
)
def parsed_documents(raw_documents: RawBatch) -> ParsedBatch:
    plan, chunks = plan_parse(raw_documents)
    return collect_parsed(raw_documents, plan, chunks.map(parse_chunk).collect())
