"""Raw documents by reference: what the raw stage hands over instead of their texts.

A `RawRef` names an accepted file and the sha256 it had when it was checked; `load_raw`
reads and decodes it again when (and only if) it has to be parsed, so no step holds the
texts of the whole corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.reader import RawDocument, Rejection, read_raw_file


@dataclass(frozen=True)
class RawRef:
    document_id: str
    source_file: str
    source_sha256: str
    source_bytes: int
    path: str

    @classmethod
    def of(cls, raw: RawDocument, path: Path) -> RawRef:
        return cls(raw.document_id, raw.source_file, raw.source_sha256, raw.source_bytes, str(path))


class RawChanged(Exception):
    """A raw file changed between the raw stage and the parse step."""


def load_raw(item: RawRef | RawDocument) -> RawDocument | Rejection:
    """The decoded document behind a reference (a `RawDocument` is passed through)."""
    if isinstance(item, RawDocument):
        return item
    result = read_raw_file(Path(item.path))
    if result.source_sha256 != item.source_sha256:
        raise RawChanged(f"{item.source_file}: changed while the run was reading raw/; run it again")
    return result
