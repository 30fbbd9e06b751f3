"""Reading raw files: every entry of the raw folder gets a verdict, a document or a reason.

The first line of defence. `read_raw_folder` looks at every entry of `raw/` (except the
optional source manifest `sources.csv`, read by `pipeline.ingest.sources`) and returns the
decoded documents and one `Rejection` per entry it refused, each naming the entry and why:

- `outside_link`: a symbolic link whose target is outside the raw folder (never followed;
  links that stay inside the folder are read like the file they point at);
- `not_regular_file`: a directory, FIFO, socket, device or dangling link;
- `hidden`: a name starting with a dot (editor and system files);
- `suffix_case`: `.TXT`, `.Txt`, ...; `not_txt`: any other suffix;
- `bad_name`: the name (without `.txt`) is not a valid document id, e.g. control characters;
- `unreadable`: the operating system refused to read it;
- `too_large`, `binary`, `not_utf8`, `empty`: the content (`decode`);
- `duplicate`: the same text as another file (after BOM, line-end and NFC clean-up),
  naming the file that is published.

A bad entry never stops the others. Parsing proper lives in `pipeline.parse`.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.progress import tracked
from schemas.tables import ID_PATTERN, MAX_FILE_BYTES

#: Larger files are rejected unread: a summit article is a few KB; 2 MiB is generous.
MAX_BYTES = MAX_FILE_BYTES
RAW_SUFFIX = ".txt"
RAW_SUFFIXES = (RAW_SUFFIX,)
#: The optional manifest of where each raw file came from; not a document.
SOURCES_MANIFEST = "sources.csv"
#: C0 control characters other than the whitespace ones (\t \n \v \f \r).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
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


def display_name(name: str) -> str:
    """A file name as printable UTF-8 text, one-to-one: bytes that are not UTF-8 (names
    read under a non-UTF-8 locale arrive as surrogate escapes) become `\\xNN`, control
    characters `\\n`, `\\x1b`, ..., and a backslash is doubled so no two names collide."""
    text = os.fsencode(name).replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")

    def escape(match: re.Match) -> str:
        char = match.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{ord(char):02x}")

    return _NAME_CONTROLS.sub(escape, text)


def document_id_for(file_name: str) -> str:
    """The raw file's name without its extension: unique within `raw/`, stable across edits."""
    return Path(file_name).stem


def name_problem(file_name: str) -> str | None:
    """Why `file_name` cannot give a document id, or None. `fullmatch`: `$` alone would
    accept a name ending in a newline."""
    stem = document_id_for(file_name)
    if _NAME_CONTROLS.search(file_name):
        return "the file name contains control characters (a line break, tab or escape); rename it"
    if not _ID.fullmatch(stem):
        return ("the file name (without .txt) must use only A-Z a-z 0-9 _ . : - "
                "because it becomes the document id")
    return None


def decode(file_name: str, data: bytes) -> RawDocument | Rejection:
    """Check and decode one file's bytes; never raises for bad content."""
    digest = hashlib.sha256(data).hexdigest()
    shown = display_name(file_name)

    def reject(reason: str, detail: str) -> Rejection:
        return Rejection(shown, digest, len(data), reason, detail)

    if len(data) > MAX_BYTES:
        return reject("too_large", _too_large(len(data)))
    problem = name_problem(file_name)
    if problem:
        return reject("bad_name", problem)
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
    """The `.txt` files in `raw_dir` that are candidates for documents, sorted by name
    (what the raw-folder sensor watches). `read_raw_folder` gives every entry a verdict."""
    return sorted(
        p for p in raw_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix in RAW_SUFFIXES
    )


def read_raw_file(path: Path) -> RawDocument | Rejection:
    """Decode one file; a file over the size limit is hashed in chunks and never loaded.
    The file is opened without blocking and checked to be a regular file after opening, so
    a FIFO or device swapped in at the last moment is refused, not waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        return _unreadable(path.name, error)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return Rejection(display_name(path.name), _EMPTY_SHA256, 0, "not_regular_file",
                             f"{_kind(info.st_mode)}, not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            if info.st_size > MAX_BYTES:
                digest = hashlib.sha256()
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
                return Rejection(display_name(path.name), digest.hexdigest(), info.st_size, "too_large",
                                 _too_large(info.st_size))
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        return _unreadable(path.name, error)
    finally:
        os.close(fd)
    return decode(path.name, data)


def entry_problem(raw_dir: Path, entry: os.DirEntry) -> tuple[str, str] | None:
    """(reason, detail) when the entry cannot be a document whatever it holds, else None."""
    name = entry.name
    try:
        if entry.is_symlink():
            target = Path(os.path.realpath(entry.path))
            if not target.exists():
                return "not_regular_file", f"a symbolic link to {os.readlink(entry.path)!r}, which does not exist"
            if not target.is_relative_to(Path(os.path.realpath(raw_dir))):
                return ("outside_link", "a symbolic link to a file outside the raw folder; it is not "
                        "followed: copy the file into the raw folder to publish it")
        mode = os.stat(entry.path).st_mode
    except OSError as error:
        return "unreadable", f"cannot be examined: {error.strerror or error}"
    if not stat.S_ISREG(mode):
        return "not_regular_file", f"{_kind(mode)}, not a regular file; only files directly in the raw folder are read"
    if name.startswith("."):
        return "hidden", "a hidden file (the name starts with a dot); rename it to publish it"
    suffix = Path(name).suffix
    if suffix != RAW_SUFFIX:
        if suffix.lower() == RAW_SUFFIX:
            return "suffix_case", f"the suffix is {display_name(suffix)!s}, not .txt; rename it to end in .txt"
        return "not_txt", "only .txt files are read; save it as UTF-8 text with a .txt name to publish it"
    return None


def read_raw_folder(
    raw_dir: Path, entry_hashes: dict[str, str] | None = None, text_fingerprints: dict[str, str] | None = None,
) -> tuple[list[RawDocument], list[Rejection]]:
    """Every entry of `raw_dir` (sorted by name; the manifest `sources.csv` aside) as a
    document or a rejection. Byte or text duplicates keep the first name in sort order.
    `entry_hashes`, when given, receives what `pipeline.release.fingerprint.raw_hashes`
    gives for every entry, from the bytes read here, so the folder is read once.
    `text_fingerprints`: sha256 of a file's bytes -> its `text_fingerprint`, known from
    earlier runs (a pure function of the bytes, so only new files are normalized); the new
    ones are added to it."""
    from pipeline.release.fingerprint import _entry_hash  # the release's own rule for entries not read

    documents: list[RawDocument] = []
    rejections: list[Rejection] = []
    first_of: dict[str, str] = {}
    with os.scandir(raw_dir) as scan:
        entries = sorted(scan, key=lambda e: os.fsencode(e.name))
    for entry in tracked(entries, "read documents", len(entries)):
        if entry.name == SOURCES_MANIFEST:
            if entry_hashes is not None:
                entry_hashes[display_name(entry.name)] = _entry_hash(entry)
            continue
        problem = entry_problem(raw_dir, entry)
        if problem:
            rejections.append(_entry_rejection(entry, *problem))
            if entry_hashes is not None:
                entry_hashes[display_name(entry.name)] = _entry_hash(entry)
            continue
        result = read_raw_file(Path(entry.path))
        if entry_hashes is not None:
            # A plain file's entry is the sha256 of the bytes just read; links and files
            # that could not be read are described by the fingerprint's own rule.
            read = isinstance(result, RawDocument) or result.reason not in ("unreadable", "not_regular_file")
            entry_hashes[display_name(entry.name)] = (
                result.source_sha256 if read and not entry.is_symlink() else _entry_hash(entry))
        if isinstance(result, RawDocument):
            known = text_fingerprints if text_fingerprints is not None else {}
            fingerprint = known.get(result.source_sha256) or text_fingerprint(result.text)
            known[result.source_sha256] = fingerprint
            if fingerprint in first_of:
                result = Rejection(result.source_file, result.source_sha256, result.source_bytes, "duplicate",
                                   f"the same text as {first_of[fingerprint]}, which is published; remove one")
            else:
                first_of[fingerprint] = result.source_file
        (documents if isinstance(result, RawDocument) else rejections).append(result)
    return documents, rejections


def text_fingerprint(text: str) -> str:
    """Equal for the same article saved with or without a BOM, with CRLF or LF line ends,
    composed or decomposed (NFC)."""
    normal = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def _entry_rejection(entry: os.DirEntry, reason: str, detail: str) -> Rejection:
    """A rejection for an entry that is not read: size and hash only for a regular file
    (a link is never followed out of the folder, a FIFO never opened)."""
    digest, size = _EMPTY_SHA256, 0
    if reason in ("hidden", "suffix_case", "not_txt"):
        try:
            size = entry.stat().st_size
            digest = _sha256_file(Path(entry.path))
        except OSError:
            pass
    return Rejection(display_name(entry.name), digest, size, reason, detail)


def _unreadable(name: str, error: OSError) -> Rejection:
    return Rejection(display_name(name), _EMPTY_SHA256, 0, "unreadable",
                     f"cannot be read: {error.strerror or error}; check its permissions")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _too_large(size: int) -> str:
    return f"{size:,} bytes is over the limit of {MAX_BYTES:,} bytes"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
