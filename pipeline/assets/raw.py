"""Stage 1, raw: every entry of the raw folder given a verdict (`pipeline.ingest.reader`),
the accepted documents handed over by reference, the folder fingerprinted.

The stage hands over references (path, name, sha256, size), not texts: the parse step reads
only the documents it has to parse, so no later step holds the texts of the corpus. When the
fingerprint of the raw folder and the code equals the latest release's, and that release
still matches its checksums (`pipeline.release.fingerprint`), the stage yields nothing and
every later step is skipped: the run publishes nothing, cheaply.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.memo import load_text_fingerprints, save_text_fingerprints
from pipeline.ingest.reader import Rejection, read_raw_folder
from pipeline.ingest.refs import RawRef
from pipeline.ingest.sources import SourceManifest, read_sources
from pipeline.release.fingerprint import fingerprint_document, latest_matches


@dataclass
class RawBatch:
    documents: list[RawRef] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    sources: SourceManifest = field(default_factory=SourceManifest)
    fingerprint: dict = field(default_factory=dict)  # what a release of this batch is built from


def read_batch(raw_dir: Path, cache: Path | None = None) -> RawBatch:
    """Every entry of `raw_dir` judged; accepted documents become references (their text is
    not kept), with the sources manifest and the folder's fingerprint (from the same read:
    every file is read and hashed once). `cache`: where the text fingerprints of earlier
    runs are kept (`pipeline.ingest.memo`), so only new files are normalized."""
    hashes: dict[str, str] = {}
    texts = load_text_fingerprints(cache)
    documents, rejections = read_raw_folder(raw_dir, entry_hashes=hashes, text_fingerprints=texts)
    read = [d.source_sha256 for d in documents] + [r.source_sha256 for r in rejections if r.reason == "duplicate"]
    save_text_fingerprints(cache, texts, read)
    # An accepted name is printable UTF-8 (`display_name` changed nothing); back to the name
    # the filesystem knows under any locale.
    refs = [RawRef.of(document, raw_dir / os.fsdecode(document.source_file.encode("utf-8"))) for document in documents]
    del documents
    return RawBatch(refs, rejections, read_sources(raw_dir), fingerprint_document(hashes))


@dg.asset(
    group_name="raw", output_required=False,
    description="Raw Hindi text files from the raw folder, decoded; every other entry rejected with a reason. "
    "Nothing (and no later step) when the latest release was built from exactly these files and this code.",
)
def raw_documents(context: dg.AssetExecutionContext, paths: SammelanPaths):
    if not paths.raw.is_dir():
        raise dg.Failure(f"the raw folder {paths.raw} does not exist or is not a folder: "
                         "give the folder of .txt documents with --raw")
    batch = read_batch(paths.raw, paths.cache)
    if not batch.documents and not batch.rejections:
        raise dg.Failure(f"no raw documents (*.txt) in {paths.raw}: nothing to release")
    unchanged = latest_matches(batch.fingerprint["fingerprint"], paths.out)
    if unchanged:
        context.log.info(f"unchanged: the latest release {unchanged} was built from these files and this code")
        return
    for rejection in batch.rejections:
        context.log.warning(str(rejection))
    metadata = {
        "entries": len(batch.documents) + len(batch.rejections),
        "accepted": len(batch.documents),
        "rejected": len(batch.rejections),
        "megabytes": round(sum(d.source_bytes for d in batch.documents) / 1e6, 3),
        "fingerprint": batch.fingerprint["fingerprint"][:16],
    }
    if batch.rejections:
        metadata["rejected_files"] = rejections_markdown(batch.rejections)
    yield dg.Output(batch, metadata=metadata)
