"""A deterministic zip of a release folder: same files in, same zip bytes out.

Entries are sorted by path and carry fixed metadata (the release's `created` time, mode
0644, Unix host), so rebuilding a release reproduces its zip byte for byte. Everything sits
under one folder named after the release (`sammelan-1.2.0/...`), as people expect when
they unzip a download.

Files are streamed into the zip, never read whole. Text is deflated at `LEVEL` 3: measured on
a release of 1,500 documents (220 MB), level 6 took 2.95 CPU seconds for an 18.3 MB zip,
level 3 1.15 s for 23.1 MB, level 1 0.96 s for 27.1 MB. Members that are compressed already
(`STORED_SUFFIXES`: the workbook is a zip, Parquet is zstd) are stored as they are.

A file with the bytes of a member of the previous release's zip (verified this run, written by
this code with the same zlib: `build.reusable_files`) gets that member's compressed bytes
copied instead of being compressed again: the same input, level and zlib give the same bytes,
so the zip is the one a full build writes (1,500 documents, one document changed: 1.0 -> 0.4
CPU s). A file deflated beforehand (`deflate`, the database on its own thread) is copied in
the same way. Zip64 members are always compressed again.
"""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
LEVEL = 3
STORED_SUFFIXES = (".xlsx", ".parquet")
CHUNK = 1 << 20


@dataclass(frozen=True)
class Deflated:
    """A file deflated as `write_zip` deflates it: the raw deflate stream at `path`."""

    path: Path
    crc: int
    file_size: int
    compress_size: int


def deflate(source: BinaryIO, target: Path) -> Deflated:
    """Deflate the rest of the open file `source` into `target` exactly as
    `ZipFile.open(info, "w")` does for a member at `LEVEL`, fed `CHUNK` bytes at a time (zlib,
    raw stream, the same calls)."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    crc = size = written = 0
    with target.open("wb") as out:
        while chunk := source.read(CHUNK):
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            written += out.write(compressor.compress(chunk))
        written += out.write(compressor.flush())
    return Deflated(target, crc, size, written)


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
    source.fp.seek(old.header_offset)
    header = source.fp.read(30)
    if header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"{old.filename}: no local header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    source.fp.seek(old.header_offset + 30 + name_length + extra_length)
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
