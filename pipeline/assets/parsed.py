"""Stage 2, parsed: every accepted raw document parsed into rows (pure `pipeline.parse`).

Unchanged documents come from the parse cache (`pipeline.parse.cache`); the others are parsed on
every core (`pipeline.parse.parallel`). The metadata says how many of each, so an operator sees
whether a run was incremental.
"""

from dataclasses import dataclass, field

import dagster as dg
from pydantic import Field

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.raw import RawBatch
from pipeline.assets.resources import SammelanPaths
from pipeline.parse.cache import parse_cached
from pipeline.ingest.reader import Rejection
from pipeline.ingest.sources import SourceManifest
from pipeline.parse.parallel import MIN_PARALLEL, parse_many
from pipeline.parse import ParsedDocument
from pipeline.progress import report


@dataclass
class ParsedBatch:
    documents: list[ParsedDocument] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    sources: SourceManifest = field(default_factory=SourceManifest)


class ParseConfig(dg.Config):
    workers: int = Field(default=0, description="Parser processes; 0 = one per available core.")
    min_parallel: int = Field(default=MIN_PARALLEL, description="Fewer uncached documents are parsed in-process.")
    use_cache: bool = Field(default=True, description="Reuse parse results of unchanged documents.")


@dg.asset(group_name="parsed", description="Each accepted document parsed into table rows; documents without structure rejected.")
def parsed_documents(
    context: dg.AssetExecutionContext, config: ParseConfig, paths: SammelanPaths, raw_documents: RawBatch
) -> dg.Output[ParsedBatch]:
    used: dict[str, int] = {}

    def parse(raws):
        results, used["workers"] = parse_many(raws, config.workers, config.min_parallel)
        return results

    raws = raw_documents.documents
    report("parse documents", 0, len(raws))
    if config.use_cache:
        results, stats = parse_cached(raws, paths.cache, parse)
        cache_metadata = {"cache_hits": stats.hits, "cache_misses": stats.misses,
                          "cache_forgotten": stats.forgotten, "cache_dropped_old_parser": stats.dropped}
    else:
        results, cache_metadata = parse(raws), {"cache_hits": 0, "cache_misses": len(raws)}

    report("parse documents", len(raws), len(raws))
    batch = ParsedBatch(rejections=list(raw_documents.rejections), sources=raw_documents.sources)
    for result in results:
        if isinstance(result, Rejection):
            context.log.warning(str(result))
            batch.rejections.append(result)
        else:
            batch.documents.append(result)
    if not batch.documents:
        reasons = "; ".join(str(r) for r in batch.rejections)
        raise dg.Failure(f"Every document was rejected, nothing is published: {reasons}")
    metadata = {
        "documents": len(batch.documents),
        "rejected": len(batch.rejections),
        **cache_metadata,
        "parse_workers": used.get("workers", 0),
    }
    if batch.rejections:
        metadata["rejected_files"] = rejections_markdown(batch.rejections)
    return dg.Output(batch, metadata=metadata)
