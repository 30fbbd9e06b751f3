"""Stage 2, parsed: every accepted raw document parsed into rows (pure `pipeline.parse`)."""

from dataclasses import dataclass, field

import dagster as dg

from pipeline.assets.raw import RawBatch
from pipeline.ingest import Rejection
from pipeline.parse import ParsedDocument
from pipeline.tables import parse_raw


@dataclass
class ParsedBatch:
    documents: list[ParsedDocument] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


@dg.asset(group_name="parsed", description="Each accepted document parsed into table rows; documents without structure rejected.")
def parsed_documents(context: dg.AssetExecutionContext, raw_documents: RawBatch) -> dg.Output[ParsedBatch]:
    batch = ParsedBatch(rejections=list(raw_documents.rejections))
    for raw in raw_documents.documents:
        result = parse_raw(raw)
        if isinstance(result, Rejection):
            context.log.warning(str(result))
            batch.rejections.append(result)
        else:
            batch.documents.append(result)
    if not batch.documents:
        reasons = "; ".join(str(r) for r in batch.rejections)
        raise dg.Failure(f"Every document was rejected, nothing is published: {reasons}")
    return dg.Output(batch, metadata={"documents": len(batch.documents), "rejected": len(batch.rejections)})
