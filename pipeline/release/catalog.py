"""The files at the top of `outputs/` that describe every release.

- `catalog.json`: every release, newest first, with version, created time, level of change,
  content hash, row counts and the paths of its files; `latest` names the newest version.
- `CHANGELOG.md`: every release's `CHANGES.md`, newest first.
- `index.html`: a page listing every release with its zip and checksum (offline, no scripts).
- `latest/`: a plain copy of the newest release folder, for stable URLs
  (`outputs/latest/data/summits.csv`) that work in a git checkout or a repository download,
  where symlinks do not. Files the previous `latest/` already held with the same bytes move
  over to the new copy (by a hard link while both exist), the others are copied.

All of them are derived from the (verified) release folders alone, so `refresh` can rebuild
them at any time: after a new release, at the start of every run and in `sammelan verify`,
which repairs whatever a killed run left half-done or someone edited; `latest/` is compared
file by file with its release. The files are replaced atomically; `latest/` is swapped
with two renames (the old copy is moved aside, the new one moved in), so a run killed
between them leaves no `latest/` until the next run, never a mixed one. A run that publishes
stages the new copy from the staging folder of its release on a thread while the gate checks
that release (`LatestCopy`), so copying and flushing hundreds of MB no longer waits for the
gate; a release the gate refuses throws the copy away.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

from pipeline.release.archive import zip_name
from pipeline.release.build import SUMS
from pipeline.release.changelog import changelog
from pipeline.release.checkpoint import checkpoint
from pipeline.release.datapackage import PACKAGE_NAME
from pipeline.release.files import (
    fsync_dir, fsync_tree, is_regular_file, json_document, owned_temp_dir, sha256_file, write_atomic,
)
from pipeline.release.formats.page import releases_page
from pipeline.release.ownership import CATALOG, CHANGELOG, INDEX, LATEST
from pipeline.release.verified import VerifiedFiles
from pipeline.release.versioning import released_versions

GENERATOR = "sammelan"


def _sums(folder: Path) -> dict[str, str]:
    lines = (folder / SUMS).read_text(encoding="utf-8").splitlines()
    return {path: digest for digest, path in (line.split("  ", 1) for line in lines)}


def content_sha256(folder: Path) -> str:
    """SHA-256 of the canonical CSVs' checksum lines: the same as
    `cd <release> && LC_ALL=C sha256sum data/*.csv | sha256sum`. Equal content, equal hash,
    whatever `created` says."""
    lines = sorted(
        (path, digest) for path, digest in _sums(folder).items() if path.startswith("data/") and path.endswith(".csv")
    )
    return hashlib.sha256("".join(f"{digest}  {path}\n" for path, digest in lines).encode()).hexdigest()


def catalog_entry(folder: Path) -> dict[str, Any]:
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    changes = json.loads((folder / "changes.json").read_text(encoding="utf-8"))
    version = package["version"]
    archive = zip_name(package["name"], version)
    return {
        "version": version,
        "created": package["created"],
        "level": changes["level"],
        "previous_version": changes["previous_version"],
        "path": f"{version}/",
        "datapackage": f"{version}/datapackage.json",
        "changes": f"{version}/changes.json",
        "changelog": f"{version}/CHANGES.md",
        "zip": f"{version}/{archive}",
        "zip_sha256": _sums(folder)[archive],
        "content_sha256": content_sha256(folder),
        "row_counts": {name: t["rows"] for name, t in changes["tables"].items() if t["rows"] is not None},
    }


def catalog(out_dir: Path, versions: list[str]) -> dict[str, Any]:
    return {
        "name": PACKAGE_NAME,
        "generator": GENERATOR,
        "description": "Every release of the sammelan data package, newest first. Paths are relative "
        "to this file. `latest/` is a copy of the newest release; `content_sha256` is the same for "
        "releases with the same data (see README.md).",
        "latest": versions[-1],
        "latest_path": f"{LATEST}/",
        "releases": [catalog_entry(out_dir / v) for v in reversed(versions)],
    }


def latest_matches(out_dir: Path, version: str, verified: VerifiedFiles | None = None) -> bool:
    """`latest/` holds exactly the files of release `version`, byte for byte (checked
    against the release's verified `SHA256SUMS`). `verified`: digests remembered for
    `out_dir` (None: hash every file)."""
    digest_of = verified.digest if verified is not None else sha256_file
    latest, source = out_dir / LATEST, out_dir / version
    if latest.is_symlink() or not (latest / SUMS).is_file():
        return False
    if (latest / SUMS).read_bytes() != (source / SUMS).read_bytes():
        return False
    listed = _sums(source)
    present = sorted(
        p.relative_to(latest).as_posix() for p in latest.rglob("*") if p.is_symlink() or not p.is_dir()
    )
    if present != sorted([*listed, SUMS]):
        return False
    return all(
        not (latest / path).is_symlink() and digest_of(latest / path) == digest for path, digest in listed.items()
    )


def _latest_copier(out_dir: Path, source: Path, verified: VerifiedFiles, current: Path | None = None):
    """How `copytree` fills the new `latest/` from release `source`: a file the current
    `latest/` holds with the listed bytes, linked nowhere else, is linked from there (the old
    `latest/` is left whole until the swap, and is removed after it, so the file is again a
    copy of its own); every other file is copied from the release."""
    listed, current = _sums(source), current if current is not None else out_dir / LATEST

    def copy(src: str, dst: str) -> None:
        name = Path(src).relative_to(source).as_posix()
        old = current / name
        if name in listed and is_regular_file(old) and os.lstat(old).st_nlink == 1 and verified.digest(old) == listed[name]:
            try:
                os.link(old, dst)
                return
            except OSError:
                pass
        shutil.copy2(src, dst)

    return copy


class LatestCopy:
    """The next `latest/`, copied from the release folder `release` (complete, not yet renamed
    into place: its staging folder) into a marked temporary folder of `out_dir` and flushed,
    on a thread started at once, as `_update_latest` copies it (the same copier). `join()`
    waits (before `release` is renamed); `take(version)` gives the staged folder for
    `refresh` (None if the copy failed: then `latest/` is copied as before); `discard()`
    removes it."""

    def __init__(self, out_dir: Path, release: Path) -> None:
        self.version = release.name
        self._staged = owned_temp_dir(out_dir, "latest")
        self._failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(out_dir, release), name="sammelan-latest")
        self._thread.start()

    def _run(self, out_dir: Path, release: Path) -> None:
        try:
            # Its own record of digests, never saved: it only reads the old `latest/`'s.
            copier = _latest_copier(out_dir, release, VerifiedFiles(out_dir), current=out_dir / LATEST)
            shutil.copytree(release, self._staged / LATEST, copy_function=copier)
            fsync_tree(self._staged)
        except BaseException as error:  # noqa: BLE001  (`take` falls back to copying again)
            self._failure.append(error)

    def join(self) -> None:
        self._thread.join()

    def take(self, version: str) -> Path | None:
        self.join()
        if self._failure or version != self.version:
            self.discard()
            return None
        return self._staged

    def discard(self) -> None:
        self.join()
        shutil.rmtree(self._staged, ignore_errors=True)


def _update_latest(out_dir: Path, version: str, verified: VerifiedFiles, staged_copy: LatestCopy | None = None) -> bool:
    """Make `latest/` a copy of release `version` unless it already is one; True if rebuilt.
    A copy, not links: editing a file of `latest/` in place must never alter the release.
    `staged_copy`: the copy already staged from that release while it was validated."""
    latest, source = out_dir / LATEST, out_dir / version
    if latest_matches(out_dir, version, verified):
        if staged_copy is not None:
            staged_copy.discard()
        return False  # `latest/` only ever appears by a rename, so it is never half a copy
    staged = staged_copy.take(version) if staged_copy is not None else None
    if staged is None:
        staged = owned_temp_dir(out_dir, "latest")
        shutil.copytree(source, staged / LATEST, copy_function=_latest_copier(out_dir, source, verified))
        fsync_tree(staged)
    checkpoint("latest_staged")
    aside = None
    if os.path.lexists(latest):
        aside = owned_temp_dir(out_dir, "old-latest")
        os.rename(latest, aside / LATEST)
        checkpoint("latest_moved_away")
    os.rename(staged / LATEST, latest)
    fsync_dir(out_dir)
    checkpoint("latest_swapped")
    shutil.rmtree(staged)
    if aside:
        shutil.rmtree(aside)
    verified.forget(LATEST)
    for path, digest in _sums(source).items():
        verified.record(latest / path, digest)
    return True


def refresh(out_dir: Path, *, trust: bool = True, staged_latest: LatestCopy | None = None) -> list[str]:
    """Bring catalog.json, index.html, CHANGELOG.md and latest/ in line with the release
    folders; files that are already right are not touched. Returns what was rewritten. Call
    only while holding the release lock, after the releases were verified and no foreign file
    was found (`pipeline.release.ownership.refuse_foreign`). `trust=False`: compare every
    byte of `latest/` (`sammelan verify`), else only files whose stat changed since they were
    last hashed (`pipeline.release.verified`). `staged_latest`: `latest/`'s new copy, staged
    while the newest release was validated (`LatestCopy`; removed if not used)."""
    versions = released_versions(out_dir)
    if not versions:
        if staged_latest is not None:
            staged_latest.discard()
        return []
    rewritten = []
    listing = catalog(out_dir, versions)
    if write_atomic(out_dir / CATALOG, json_document(listing).encode(), point="catalog_temp"):
        rewritten.append(CATALOG)
        checkpoint("catalog_written")
    if write_atomic(out_dir / INDEX, releases_page(listing).encode()):
        rewritten.append(INDEX)
    entries = [(out_dir / v / "CHANGES.md").read_text(encoding="utf-8") for v in reversed(versions)]
    if write_atomic(out_dir / CHANGELOG, changelog(entries).encode()):
        rewritten.append(CHANGELOG)
        checkpoint("changelog_written")
    verified = VerifiedFiles(out_dir, trust=trust)
    if _update_latest(out_dir, versions[-1], verified, staged_latest):
        rewritten.append(f"{LATEST}/")
    verified.save()
    return rewritten
