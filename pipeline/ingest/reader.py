"""Reading raw files: bytes in, decoded text or a reasoned rejection out.

The first line of defence. Each check names the file and the reason; a bad file never
stops the others. Parsing proper lives in `pipeline.parse`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from schemas.tables import ID_PATTERN, MAX_FILE_BYTES

#: Larger files are rejected unread: a summit article is a few KB; 2 MiB is generous.
MAX_BYTES = MAX_FILE_BYTES
RAW_SUFFIXES = (".txt",)
#: C0 control characters other than the whitespace ones (\t \n \v \f \r).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_ID = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class RawDocument:
    document_id: str
    source_file: str
    source_sha256: str
    source_bytes: int
    text: str


@dataclass(frozen=True)
class Rejection:
    source_file: str
    source_sha256: str
    source_bytes: int
    reason: str
    detail: str

    def as_row(self) -> dict:
        return dict(self.__dict__)

    def __str__(self) -> str:
        return f"{self.source_file}: rejected ({self.reason}): {self.detail}"


def document_id_for(file_name: str) -> str:
    """The raw file's name without its extension: unique within `raw/`, stable across edits."""
    return Path(file_name).stem


def decode(file_name: str, data: bytes) -> RawDocument | Rejection:
    """Check and decode one file's bytes; never raises for bad content."""
    digest = hashlib.sha256(data).hexdigest()

    def reject(reason: str, detail: str) -> Rejection:
        return Rejection(file_name, digest, len(data), reason, detail)

    if len(data) > MAX_BYTES:
        return reject("too_large", _too_large(len(data)))
    if not _ID.match(document_id_for(file_name)):
        return reject("bad_name", "the file name (without .txt) must use only A-Z a-z 0-9 _ . : - "
                      "because it becomes the document id")
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    hint = " (it starts with a UTF-16 byte order mark: save it as UTF-8)" if utf16 else ""
    nul = data.find(b"\x00")
    if nul >= 0:
        return reject("binary", f"contains NUL bytes (first at byte {nul}); not a text file{hint}")
    if utf16:
        return reject("not_utf8", f"UTF-16, not UTF-8{hint}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return reject("not_utf8", f"not valid UTF-8 at byte {error.start}: {error.reason}")
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        return reject("binary", f"{controls} control characters; not a text file")
    if not text.strip():
        return reject("empty", "the file is empty" if not data else "the file holds only whitespace")
    return RawDocument(document_id_for(file_name), file_name, digest, len(data), text)


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Raw documents in `raw_dir`, sorted by name; hidden files and other suffixes are ignored."""
    return sorted(
        p for p in raw_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix in RAW_SUFFIXES
    )


def read_raw_file(path: Path) -> RawDocument | Rejection:
    """Decode one file; a file over the size limit is hashed in chunks and never loaded."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Rejection(path.name, _sha256_file(path), size, "too_large", _too_large(size))
    return decode(path.name, path.read_bytes())


def _too_large(size: int) -> str:
    return f"{size:,} bytes is over the limit of {MAX_BYTES:,} bytes"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
