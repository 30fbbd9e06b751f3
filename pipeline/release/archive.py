"""A deterministic zip of a release folder: same files in, same zip bytes out.

Entries are sorted by path and carry fixed metadata (the release's `created` time, mode
0644, Unix host), so rebuilding a release reproduces its zip byte for byte. Everything sits
under one folder named after the release (`sammelan-1.2.0/...`), as people expect when
they unzip a download.

Files are streamed into the zip, never read whole. Text is deflated at `LEVEL` 3: measured on
a release of 1,500 documents (220 MB), level 6 took 2.95 CPU seconds for an 18.3 MB zip,
level 3 1.15 s for 23.1 MB, level 1 0.96 s for 27.1 MB. Members that are compressed already
(`STORED_SUFFIXES`: the workbook is a zip, Parquet is zstd) are stored as they are.

A member is deflated in pieces of `PIECE` bytes, each by a compressor of its own, ended by a
sync flush (the last by the stream's end), as `pigz --independent` does: one valid deflate
stream whose pieces need nothing of each other, so they are compressed on several cores at
once (zlib lets go of Python's lock) and come out the same whatever the number of cores. A
file of at most one piece gets the bytes `ZipFile` writes. The database (5,000 documents:
200 MB, 1.35 CPU s to deflate) is most of what a release deflates, and the zip waits for it:
on two threads 6.0 s wall instead of 10.4 s on a machine at load 7; its member is 0.08%
larger. Since a piece stands alone, a release after a change copies the pieces of the
database that did not change from the previous zip (`EarlierPieces`; one document changed:
2 of 25 pieces deflated, 0.42 CPU s with the comparisons and the checksum).

A file with the bytes of a member of the previous release's zip (verified this run, written by
this code with the same zlib: `build.reusable_files`) gets that member's compressed bytes
copied instead of being compressed again: the same input, level and zlib give the same bytes,
so the zip is the one a full build writes (1,500 documents, one document changed: 1.0 -> 0.4
CPU s). A file deflated beforehand (`deflate`, the database on its own thread) is copied in
the same way. Zip64 members are compressed again, as one stream.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import tempfile
import zipfile
import zlib
from collections import deque
from collections.abc import Collection, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
LEVEL = 3
STORED_SUFFIXES = (".xlsx", ".parquet")
CHUNK = 1 << 20
#: Deflated on its own (see above); never change it without `fingerprint.RELEASE_FORMAT`.
PIECE = 8 << 20


@dataclass(frozen=True)
class Deflated:
    """A file deflated as `write_zip` deflates it: the raw deflate stream at `path`."""

    path: Path
    crc: int
    file_size: int
    compress_size: int


def _piece(data: bytes, last: bool) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)  # as `ZipFile` makes it
    return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


def _workers() -> int:
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


class EarlierPieces:
    """The pieces of `member` of the zip `archive`, an earlier zip written by this code with
    this zlib (the caller's word: `build.reusable_files`), and `original`, the file it holds: a
    new file's piece with the bytes of the original's piece at the same place (and as much the
    last one) is that member's compressed piece, since the same bytes deflate the same. Where
    one piece ends is where its sync flush ends (`00 00 ff ff`); a member where that pattern is
    found other than once per piece boundary is not used (it then holds no pieces)."""

    MARK = b"\x00\x00\xff\xff"

    def __init__(self, archive: Path, member: str, original: Path) -> None:
        self._bounds: list[int] = []
        self._data = b""
        self._original: BinaryIO | None = None
        self._size = 0
        try:
            size = original.stat().st_size
            with zipfile.ZipFile(archive) as zipped:
                info = zipped.getinfo(member)
                if size == 0 or info.file_size != size or not copyable(info, info, size) \
                        or info.compress_type != zipfile.ZIP_DEFLATED:
                    return
                data = _member_bytes(zipped, info)
            bounds, at = [0], data.find(self.MARK)
            while at != -1:
                bounds.append(at + len(self.MARK))
                at = data.find(self.MARK, at + 1)
            if len(bounds) != -(-size // PIECE):  # one start per piece, the first at 0
                return
            # Read a piece at a time when compared (a map of it would count in the memory of the process).
            self._original, self._size = original.open("rb"), size
            self._bounds, self._data = [*bounds, len(data)], data
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            self._bounds, self._data = [], b""

    def get(self, index: int, data: bytes, last: bool) -> bytes | None:
        """The compressed piece `index` if the new piece `data` (the last one: `last`) is the original's."""
        if self._original is None or index + 1 >= len(self._bounds) or (index + 2 == len(self._bounds)) != last:
            return None
        start = index * PIECE
        if len(data) != min(PIECE, self._size - start) or os.pread(self._original.fileno(), len(data), start) != data:
            return None
        return self._data[self._bounds[index]:self._bounds[index + 1]]

    def close(self) -> None:
        if self._original is not None:
            self._original.close()
        self._original, self._data = None, b""


def _seek_member_data(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Put the archive's file at the first compressed byte of `info` (after its local header)."""
    archive.fp.seek(info.header_offset)
    header = archive.fp.read(30)
    if header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"{info.filename}: no local header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    archive.fp.seek(info.header_offset + 30 + name_length + extra_length)


def _member_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    _seek_member_data(archive, info)
    return archive.fp.read(info.compress_size)


def _ready(value: bytes) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def deflate(source: BinaryIO, target: Path | BinaryIO, earlier: EarlierPieces | None = None) -> Deflated:
    """Deflate the rest of the open file `source` into `target` (a path, or an open file
    written from where it stands) as `write_zip` stores a member: `PIECE` bytes at a time,
    each piece on its own (on several threads). `earlier`: pieces compressed already."""
    crc = size = written = index = 0
    workers = _workers()
    with (target.open("wb") if isinstance(target, Path) else nullcontext(target)) as out, \
            ThreadPoolExecutor(workers) as pool:
        pending: deque = deque()
        piece = source.read(PIECE)
        while True:
            following = source.read(PIECE) if piece else b""
            crc, size = zlib.crc32(piece, crc), size + len(piece)
            known = earlier.get(index, piece, not following) if earlier is not None else None
            pending.append(_ready(known) if known is not None else pool.submit(_piece, piece, not following))
            if not following or len(pending) > workers:
                written += out.write(pending.popleft().result())
            if not following:
                break
            piece, index = following, index + 1
        while pending:
            written += out.write(pending.popleft().result())
    return Deflated(target if isinstance(target, Path) else Path(), crc, size, written)


def zip_name(package_name: str, version: str) -> str:
    return f"{package_name}-{version}.zip"


def _date_time(created: str) -> tuple[int, int, int, int, int, int]:
    moment = dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")
    return max(ZIP_EPOCH, moment.timetuple()[:6])


def write_zip(folder: Path, target: Path, *, root: str, created: str, previous: Path | None = None,
              same: Collection[str] = (), deflated: Mapping[str, Deflated] | None = None) -> None:
    """Zip every file of `folder` (except `target` itself) under `root/`. `previous`: an earlier
    zip of this code, and `same`: paths of files whose bytes equal its members of that path;
    their compressed bytes are copied from it. `deflated`: files (by path) deflated beforehand."""
    files = sorted(
        (p for p in folder.rglob("*") if p.is_file() and p != target),
        key=lambda p: p.relative_to(folder).as_posix(),
    )
    stamp = _date_time(created)
    with zipfile.ZipFile(target, "w") as archive, \
            (zipfile.ZipFile(previous) if previous is not None and same else _NoZip()) as before:
        old_root = previous.stem if previous is not None else ""
        for path in files:
            name = path.relative_to(folder).as_posix()
            info = zipfile.ZipInfo(f"{root}/{name}", date_time=stamp)
            info.create_system = 3  # Unix, whatever machine builds it
            info.external_attr = 0o100644 << 16
            if path.name.endswith(STORED_SUFFIXES):
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                # Python 3.13 names it `compress_level`; before, `open(info, "w")` reads `_compresslevel`.
                setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", LEVEL)
            old = before.NameToInfo.get(f"{old_root}/{name}") if name in same else None
            if old is not None and copyable(old, info, path.stat().st_size):
                copy_compressed(archive, info, before, old)
                continue
            ready = (deflated or {}).get(name)
            if (ready is not None and info.compress_type == zipfile.ZIP_DEFLATED and ready.file_size == path.stat().st_size
                    and max(ready.file_size, ready.compress_size) < zipfile.ZIP64_LIMIT):
                with ready.path.open("rb") as raw:
                    _append_raw(archive, info, ready.crc, ready.file_size, ready.compress_size, raw)
                continue
            size = path.stat().st_size
            if info.compress_type == zipfile.ZIP_DEFLATED and size < zipfile.ZIP64_LIMIT:
                with path.open("rb") as source, tempfile.TemporaryFile(dir=target.parent) as raw:
                    done = deflate(source, raw)
                    if done.compress_size < zipfile.ZIP64_LIMIT:
                        raw.seek(0)
                        _append_raw(archive, info, done.crc, done.file_size, done.compress_size, raw)
                        continue
            with path.open("rb") as source, archive.open(info, "w", force_zip64=size > zipfile.ZIP64_LIMIT) as member:
                while chunk := source.read(CHUNK):
                    member.write(chunk)


class _NoZip:
    NameToInfo: dict[str, zipfile.ZipInfo] = {}

    def __enter__(self) -> "_NoZip":
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def copyable(old: zipfile.ZipInfo, info: zipfile.ZipInfo, size: int) -> bool:
    """Whether `old`'s compressed bytes can be the entry `info` of `size` bytes: the same
    method, size, not encrypted, no Zip64."""
    return (old.compress_type == info.compress_type and old.file_size == size
            and max(old.file_size, old.compress_size) < zipfile.ZIP64_LIMIT and not old.flag_bits & 0x1)


def copy_compressed(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: zipfile.ZipFile,
                    old: zipfile.ZipInfo) -> None:
    """Append `old`'s compressed bytes from `source` to `archive` as the entry `info`."""
    _seek_member_data(source, old)
    _append_raw(archive, info, old.CRC, old.file_size, old.compress_size, source.fp)


def _append_raw(archive: zipfile.ZipFile, info: zipfile.ZipInfo, crc: int, file_size: int, compress_size: int,
                stream) -> None:
    """Append `compress_size` compressed bytes read from `stream` to `archive` as the entry
    `info`: the local header, data and central directory entry `ZipFile.open(info, "w")`
    writes for the same bytes on a seekable file (no data descriptor, no Zip64)."""
    info.CRC, info.compress_size, info.file_size, info.flag_bits = crc, compress_size, file_size, 0
    out = archive.fp
    out.seek(archive.start_dir)
    info.header_offset = out.tell()
    out.write(info.FileHeader(False))
    remaining = compress_size
    while remaining:
        chunk = stream.read(min(CHUNK, remaining))
        if not chunk:
            raise zipfile.BadZipFile(f"{info.filename}: truncated")
        out.write(chunk)
        remaining -= len(chunk)
    archive.start_dir = out.tell()
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info
    archive._didModify = True
