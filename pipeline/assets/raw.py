"""Stage 1, raw: every entry of the raw folder read and given a verdict (`pipeline.ingest.reader`)."""

from dataclasses import dataclass, field

import dagster as dg

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.reader import RawDocument, Rejection, read_raw_folder
from pipeline.ingest.sources import SourceManifest, read_sources


@dataclass
class RawBatch:
    documents: list[RawDocument] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    sources: SourceManifest = field(default_factory=SourceManifest)


@dg.asset(group_name="raw", description="Raw Hindi text files from the raw folder, decoded; every other entry rejected with a reason.")
def raw_documents(context: dg.AssetExecutionContext, paths: SammelanPaths) -> dg.Output[RawBatch]:
    if not paths.raw.is_dir():
        raise dg.Failure(f"the raw folder {paths.raw} does not exist or is not a folder: "
                         "give the folder of .txt documents with --raw")
    documents, rejections = read_raw_folder(paths.raw)
    if not documents and not rejections:
        raise dg.Failure(f"no raw documents (*.txt) in {paths.raw}: nothing to release")
    batch = RawBatch(documents, rejections, read_sources(paths.raw))
    for rejection in rejections:
        context.log.warning(str(rejection))
    metadata = {
        "entries": len(documents) + len(rejections),
        "accepted": len(batch.documents),
        "rejected": len(batch.rejections),
        "megabytes": round(sum(d.source_bytes for d in batch.documents) / 1e6, 3),
    }
    if batch.rejections:
        metadata["rejected_files"] = rejections_markdown(batch.rejections)
    return dg.Output(batch, metadata=metadata)
