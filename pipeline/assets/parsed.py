"""Stage 2, parsed: the documents the tables need, parsed in chunks that fan out as steps.

A graph-backed asset of three ops:

1. `plan_parse` decides per document: its rows are in the saved tables (bytes unchanged,
   `pipeline.tables.incremental`), its parse result is in the parse cache
   (`pipeline.parse.cache`), or it has to be parsed. The documents to parse leave as
   chunks, one dynamic output each (`chunk_size` documents).
2. `parse_chunk` runs once per chunk, each its own step: with the multiprocess, Kubernetes
   or Celery executor the chunks run in parallel processes or on other machines. Inside a
   step, the chunk is parsed on every core (`pipeline.parse.parallel`), reading each text
   only there.
3. `collect_parsed` stores the fresh results in the parse cache and hands over only what
   the tables stage cannot take from the saved tables.

The metadata says how many documents came from where, so an operator sees whether a run
was incremental.
"""


from dataclasses import dataclass, field

import dagster as dg
from pydantic import Field

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.raw import RawBatch
from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.reader import Rejection
from pipeline.ingest.refs import RawRef
from pipeline.parse import ParsedDocument
from pipeline.parse.cache import ParseCache, document_key
from pipeline.parse.parallel import MIN_PARALLEL, parse_many
from pipeline.tables.incremental import Manifest, load_manifest

ParseResult = ParsedDocument | Rejection


@dataclass
class ParsedBatch:
    """What the tables stage needs: rows of `documents`, plus the rows of `reused` documents
    from the saved tables; every rejection so far."""

    documents: list[ParsedDocument] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    reused: Manifest = field(default_factory=dict)


class ParseConfig(dg.Config):
    workers: int = Field(default=0, description="Parser processes per chunk step; 0 = one per available core.")
    min_parallel: int = Field(default=MIN_PARALLEL, description="Fewer documents in a chunk are parsed in-process.")
    use_cache: bool = Field(default=True, description="Reuse results of unchanged documents (saved tables, parse cache).")
    chunk_size: int = Field(default=2_500, description="Documents per parse step (one dynamic output each).")


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
    results: dict[str, ParseResult]
    workers: int


@dg.op(out={"plan": dg.Out(), "chunks": dg.DynamicOut()})
def plan_parse(context, config: ParseConfig, paths: SammelanPaths, raw_documents: RawBatch):
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
    size = max(1, config.chunk_size)
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)] or [[]]
    yield dg.Output(ParsePlan(keys, cached, reused, len(chunks), dropped), output_name="plan")
    for number, chunk in enumerate(chunks):
        yield dg.DynamicOutput(chunk, output_name="chunks", mapping_key=f"chunk_{number}")


@dg.op
def parse_chunk(config: ParseConfig, chunk: list[RawRef]) -> ParsedChunk:
    results, workers = parse_many(chunk, config.workers, config.min_parallel)
    return ParsedChunk({document_key(ref): result for ref, result in zip(chunk, results)}, workers)


@dg.op
def collect_parsed(context, config: ParseConfig, paths: SammelanPaths, raw_documents: RawBatch,
                   plan: ParsePlan, chunks: list[ParsedChunk]) -> dg.Output[ParsedBatch]:
    fresh = {key: result for chunk in chunks for key, result in chunk.results.items()}
    forgotten = 0
    if config.use_cache:
        with ParseCache(paths.cache) as cache:
            if fresh:
                cache.put_many(fresh)
            forgotten = cache.keep_only(plan.keys)
    batch = ParsedBatch(rejections=list(raw_documents.rejections), reused=plan.reused)
    for ref, key in zip(raw_documents.documents, plan.keys):
        if ref.document_id in plan.reused:
            continue
        result = fresh[key] if key in fresh else plan.cached[key]
        if isinstance(result, Rejection):
            context.log.warning(str(result))
            batch.rejections.append(result)
        else:
            batch.documents.append(result)
    accepted = len(batch.documents) + len(batch.reused)
    if not accepted:
        reasons = "; ".join(str(r) for r in batch.rejections)
        raise dg.Failure(f"Every document was rejected, nothing is published: {reasons}")
    metadata = {
        "documents": accepted,
        "rejected": len(batch.rejections),
        "cache_hits": len(plan.reused) + len(plan.cached),
        "cache_misses": len(fresh),
        "reused_rows_of": len(plan.reused),
        "cache_forgotten": forgotten,
        "cache_dropped_old_parser": plan.dropped,
        "parse_chunks": plan.chunks if fresh else 0,
        "parse_workers": max((c.workers for c in chunks), default=0),
    }
    if batch.rejections:
        metadata["rejected_files"] = rejections_markdown(batch.rejections)
    return dg.Output(batch, metadata=metadata)


@dg.graph_asset(
    group_name="parsed",
    description="Each accepted document parsed into table rows (in chunks, one step each); "
    "documents without structure rejected.",
)
def parsed_documents(raw_documents: RawBatch) -> ParsedBatch:
    plan, chunks = plan_parse(raw_documents)
    return collect_parsed(raw_documents, plan, chunks.map(parse_chunk).collect())
