"""Stage 1, raw: read every file of `raw/` and keep the ones that are text."""

from dataclasses import dataclass, field

import dagster as dg

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.reader import RawDocument, Rejection, list_raw_files, read_raw_file
from pipeline.ingest.sources import SourceManifest, read_sources


@dataclass
class RawBatch:
    documents: list[RawDocument] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    sources: SourceManifest = field(default_factory=SourceManifest)


@dg.asset(group_name="raw", description="Raw Hindi text files from the raw folder, decoded; bad files rejected with a reason.")
def raw_documents(context: dg.AssetExecutionContext, paths: SammelanPaths) -> dg.Output[RawBatch]:
    files = list_raw_files(paths.raw)
    if not files:
        raise dg.Failure(f"No raw documents (*.txt) in {paths.raw}: nothing to release.")
    batch = RawBatch(sources=read_sources(paths.raw))
    for path in files:
        result = read_raw_file(path)
        if isinstance(result, Rejection):
            context.log.warning(str(result))
            batch.rejections.append(result)
        else:
            batch.documents.append(result)
    metadata = {
        "files": len(files),
        "accepted": len(batch.documents),
        "rejected": len(batch.rejections),
        "megabytes": round(sum(d.source_bytes for d in batch.documents) / 1e6, 3),
    }
    if batch.rejections:
        metadata["rejected_files"] = rejections_markdown(batch.rejections)
    return dg.Output(batch, metadata=metadata)
