"""Digests of files already hashed, remembered by their stat, so unchanged files are not hashed again.

A published release is never written again, yet every run checks every release against its
`SHA256SUMS` and `latest/` against the newest one: without memory that re-reads every byte of
every release on every run. `VerifiedFiles` keeps, in `CACHE_NAME` at the top of the outputs
folder (outside every release, never part of one), the sha256 of each file it hashed together
with its size, mtime, ctime, inode and device. A file whose stat is still the same is taken
to hold the same bytes; any write changes its mtime and ctime (the ctime cannot be set back by
a user), a replaced file has a new inode, so an edit, a restore or a checkout is hashed again.
The zip's check against the folder (`verify._zip_problems`) is remembered the same way, by
the digests of the zip and `SHA256SUMS` it passed with.

`sammelan verify` does not use the memory: it hashes everything and then records what it
found. The cache is only an optimisation: a missing, unreadable or foreign-looking cache file
is ignored (everything is hashed), and one that cannot be written is simply not written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.release.files import MARKER, is_regular_file, sha256_file, write_atomic

CACHE_NAME = ".sammelan-verified.json"
FORMAT = 1


def _stat_key(path: Path) -> list[int]:
    info = os.lstat(path)
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


class VerifiedFiles:
    """The digests of files under `out_dir`, hashed only when their stat changed.
    `trust=False`: hash every file (what `sammelan verify` does), still recording the result."""

    def __init__(self, out_dir: Path, *, trust: bool = True):
        self.out_dir = out_dir
        self.trust = trust
        self.files: dict[str, list] = {}
        self.zips: dict[str, list[str]] = {}
        self._dirty = False
        if trust:
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads((self.out_dir / CACHE_NAME).read_text(encoding="utf-8"))
            if data.get("format") == FORMAT and isinstance(data.get("files"), dict) and isinstance(data.get("zips"), dict):
                self.files, self.zips = data["files"], data["zips"]
        except (OSError, ValueError, AttributeError):
            pass

    def _name(self, path: Path) -> str:
        return path.relative_to(self.out_dir).as_posix()

    def digest(self, path: Path) -> str:
        """The sha256 of `path` (a regular file under `out_dir`)."""
        name, key = self._name(path), _stat_key(path)
        known = self.files.get(name)
        if self.trust and isinstance(known, list) and known[:-1] == key:
            return known[-1]
        digest = sha256_file(path)
        if _stat_key(path) == key:  # not written to while it was read
            self.files[name] = [*key, digest]
            self._dirty = True
        return digest

    def record(self, path: Path, digest: str) -> None:
        """Remember `digest` for `path`, which this run wrote (or copied) from bytes it
        verified: a fresh release after its gate, `latest/` after copying a verified release."""
        self.files[self._name(path)] = [*_stat_key(path), digest]
        self._dirty = True

    def zip_checked(self, release: Path, zip_digest: str, sums_digest: str) -> bool:
        return self.trust and self.zips.get(self._name(release)) == [zip_digest, sums_digest]

    def remember_zip(self, release: Path, zip_digest: str, sums_digest: str) -> None:
        self.zips[self._name(release)] = [zip_digest, sums_digest]
        self._dirty = True

    def forget(self, prefix: str) -> None:
        """Drop what is remembered under `prefix` (a folder that is replaced or removed)."""
        for name in [n for n in self.files if n == prefix or n.startswith(prefix + "/")]:
            del self.files[name]
            self._dirty = True

    def save(self) -> None:
        """Write the cache, keeping only files that still exist (best effort)."""
        if not self._dirty or not is_regular_file(self.out_dir / MARKER):
            return  # nothing new, or not a sammelan outputs folder: nothing is written there
        files = {n: v for n, v in sorted(self.files.items()) if os.path.lexists(self.out_dir / n)}
        zips = {n: v for n, v in sorted(self.zips.items()) if (self.out_dir / n).is_dir()}
        text = json.dumps({"format": FORMAT, "files": files, "zips": zips}, separators=(",", ":")) + "\n"
        try:
            write_atomic(self.out_dir / CACHE_NAME, text.encode())
        except OSError:
            return
        self._dirty = False
