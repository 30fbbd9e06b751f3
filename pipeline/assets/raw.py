"""Stage 1, raw: check every file of `raw/`, keep the ones that are text, fingerprint them.

The stage hands over references (path, name, sha256, size), not texts: the parse step reads
only the documents it has to parse, so memory does not grow with the corpus. When the
fingerprint of the raw files and the code equals the latest release's
(`pipeline.release.fingerprint`), the stage yields nothing and every later step is skipped:
the run publishes nothing, cheaply.
"""

from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipeline.assets.metadata import rejections_markdown
from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.reader import Rejection, list_raw_files, read_raw_file
from pipeline.ingest.refs import RawRef
from pipeline.release.fingerprint import fingerprint_document, latest_matches


@dataclass
class RawBatch:
    documents: list[RawRef] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    fingerprint: dict = field(default_factory=dict)  # what a release of this batch is built from


def read_batch(raw_dir: Path) -> RawBatch:
    """Check every raw file; accepted ones become references (their text is not kept)."""
    batch = RawBatch()
    hashes = {}
    for path in list_raw_files(raw_dir):
        result = read_raw_file(path)
        hashes[path.name] = result.source_sha256
        if isinstance(result, Rejection):
            batch.rejections.append(result)
        else:
            batch.documents.append(RawRef.of(result, path))
    batch.fingerprint = fingerprint_document(hashes)
    return batch


@dg.asset(
    group_name="raw", output_required=False,
    description="Raw Hindi text files from the raw folder, checked; bad files rejected with a reason. "
    "Nothing (and no later step) when the latest release was built from exactly these files and this code.",
)
def raw_documents(context: dg.AssetExecutionContext, paths: SammelanPaths):
    if not list_raw_files(paths.raw):
        raise dg.Failure(f"No raw documents (*.txt) in {paths.raw}: nothing to release.")
    batch = read_batch(paths.raw)
    unchanged = latest_matches(batch.fingerprint["fingerprint"], paths.out)
    if unchanged:
        context.log.info(f"unchanged: the latest release {unchanged} was built from these files and this code")
        return
    for rejection in batch.rejections:
        context.log.warning(str(rejection))
    metadata = {
        "files": len(batch.documents) + len(batch.rejections),
        "accepted": len(batch.documents),
        "rejected": len(batch.rejections),
        "megabytes": round(sum(d.source_bytes for d in batch.documents) / 1e6, 3),
        "fingerprint": batch.fingerprint["fingerprint"][:16],
    }
    if batch.rejections:
        metadata["rejected_files"] = rejections_markdown(batch.rejections)
    yield dg.Output(batch, metadata=metadata)
