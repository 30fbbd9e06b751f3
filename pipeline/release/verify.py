"""Is every release still what was published? Checked before a release is trusted.

`release_problems` checks one release folder against its `SHA256SUMS` (every file, the zip
included), that nothing unlisted was added, that the files every release has are listed,
and that the zip holds the same bytes the folder's `SHA256SUMS` lists (so an edited file with
an edited checksum line is caught too). `verify_releases` raises `ReleaseDamaged` naming the
altered or missing files of every damaged release and how to restore them; publishing
calls it before comparing with the latest release, so nothing is built on a tampered base.

`verify_outputs` is `sammelan verify`: every release, the folder's ownership, then the
catalog, `CHANGELOG.md` and `latest/`, rebuilt from the releases when they differ. It hashes
every byte; publishing and the unchanged check re-hash only files whose stat changed since
they were last hashed (`pipeline.release.verified`).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.release.archive import zip_name
from pipeline.release.datapackage import PACKAGE_NAME
from pipeline.release.files import sha256_file
from pipeline.release.ownership import SUMS
from pipeline.release.verified import VerifiedFiles
from pipeline.release.versioning import released_versions

REQUIRED = ("datapackage.json", "changes.json", "CHANGES.md")
_SUM_LINE = re.compile(r"([0-9a-f]{64})  (\S(?:.*\S)?)")


class ReleaseDamaged(Exception):
    """A published release no longer matches its checksums; nothing was published."""


def _parse_sums(text: str) -> tuple[dict[str, str], list[str]]:
    listed, problems = {}, []
    for number, line in enumerate(text.splitlines(), 1):
        match = _SUM_LINE.fullmatch(line)
        path = match.group(2) if match else ""
        if not match or path.startswith("/") or ".." in path.split("/"):
            problems.append(f"{SUMS} line {number} is not a checksum line")
        else:
            listed[path] = match.group(1)
    return listed, problems


def _files(folder: Path) -> list[str]:
    """Every non-directory entry under `folder` (links included, never followed)."""
    found = []
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            if not stat.S_ISDIR(os.lstat(path).st_mode):
                found.append(path.relative_to(folder).as_posix())
    return sorted(found)


def release_problems(folder: Path, verified: VerifiedFiles | None = None) -> list[str]:
    """What differs from the published release in `folder` (empty: intact). `verified`: the
    digests remembered for the outputs folder holding `folder` (None: hash every file)."""
    digest_of = verified.digest if verified is not None else sha256_file
    sums = folder / SUMS
    if not sums.is_file() or sums.is_symlink():
        return [f"{SUMS} missing"]
    listed, problems = _parse_sums(sums.read_text(encoding="utf-8", errors="replace"))
    archive = zip_name(PACKAGE_NAME, folder.name)
    for name in (*REQUIRED, archive):
        if name not in listed:
            problems.append(f"{name} not listed in {SUMS}")
    present = set(_files(folder))
    for path, digest in sorted(listed.items()):
        file = folder / path
        if path not in present:
            problems.append(f"{path} missing")
        elif file.is_symlink() or not file.is_file():
            problems.append(f"{path} is not a regular file")
        elif digest_of(file) != digest:
            problems.append(f"{path} altered")
    problems += [f"{path} added (not part of the release)" for path in sorted(present - set(listed) - {SUMS})]
    if archive in listed and f"{archive} altered" not in problems and f"{archive} missing" not in problems:
        sums_digest = digest_of(sums)
        if verified is None or not verified.zip_checked(folder, listed[archive], sums_digest):
            zip_problems = _zip_problems(folder / archive, listed, archive, sums.read_bytes())
            if verified is not None and not zip_problems:
                verified.remember_zip(folder, listed[archive], sums_digest)
            problems += zip_problems
    return problems


def _zip_problems(path: Path, listed: dict[str, str], archive: str, sums: bytes) -> list[str]:
    """The zip must hold exactly the listed files with the listed bytes, and the folder's
    `SHA256SUMS` without its last line (the zip's own checksum)."""
    root = archive.removesuffix(".zip") + "/"
    try:
        with zipfile.ZipFile(path) as bundle:
            inside = {}
            for info in bundle.infolist():
                with bundle.open(info) as member:
                    inside[info.filename.removeprefix(root)] = hashlib.file_digest(member, "sha256").hexdigest()
    except (OSError, zipfile.BadZipFile) as error:
        return [f"{archive} cannot be read ({error})"]
    expected = {p: d for p, d in listed.items() if p != archive}
    without_zip = b"".join(line for line in sums.splitlines(keepends=True)
                           if not line.rstrip(b"\n").endswith(b"  " + archive.encode()))
    zipped_sums = inside.pop(SUMS, None)
    problems = [] if zipped_sums == hashlib.sha256(without_zip).hexdigest() else [
        f"{SUMS} differs from its copy in {archive} ({SUMS} may have been edited)"]
    for name in sorted(set(expected) | set(inside)):
        if inside.get(name) != expected.get(name):
            problems.append(f"{name} differs from its copy in {archive} ({SUMS} may have been edited)")
    return problems


def restore_advice(out_dir: Path, version: str, problems: list[str]) -> str:
    folder = out_dir / version
    archive = zip_name(PACKAGE_NAME, version)
    zip_ok = not any(p.startswith(archive) or p.startswith(SUMS) for p in problems)
    advice = f"restore {folder} as published: `git checkout -- {folder}` if it is in git"
    if zip_ok:
        advice += (f", or from its zip: `unzip -o {folder / archive} -d /tmp/sammelan-restore` and copy "
                   f"the files of /tmp/sammelan-restore/{archive.removesuffix('.zip')}/ back into {folder}")
    else:
        advice += " or a backup (its zip or checksums are damaged too)"
    return advice + "; remove files that were added"


def damaged_releases(out_dir: Path, *, trust: bool = True) -> dict[str, list[str]]:
    """Problems per damaged release. `trust=False`: hash every file, as `sammelan verify` does;
    else files unchanged since they were last hashed are not read again."""
    verified = VerifiedFiles(out_dir, trust=trust)
    damaged = {v: p for v in released_versions(out_dir) if (p := release_problems(out_dir / v, verified))}
    verified.save()
    return damaged


def damage_message(out_dir: Path, damaged: dict[str, list[str]]) -> str:
    lines = [f"release {v} in {out_dir} is damaged: {'; '.join(p[:8])}{' …' if len(p) > 8 else ''}. "
             f"To fix: {restore_advice(out_dir, v, p)}." for v, p in damaged.items()]
    return "\n".join(lines)


def verify_releases(out_dir: Path) -> None:
    """Raise `ReleaseDamaged` unless every release in `out_dir` matches its checksums."""
    damaged = damaged_releases(out_dir)
    if damaged:
        raise ReleaseDamaged(damage_message(out_dir, damaged) + "\nNothing was published.")


@dataclass
class Verification:
    releases: list[str] = field(default_factory=list)
    damaged: dict[str, list[str]] = field(default_factory=dict)
    repaired: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.damaged


def verify_outputs(out_dir: Path, lock_timeout: float | None = None) -> Verification:
    """`sammelan verify`: check every release; when all are intact, bring the catalog,
    `CHANGELOG.md` and `latest/` in line with them. Raises `ownership.NotOwned` for a
    folder that is not sammelan's or a foreign file where it would write."""
    from pipeline.release.catalog import refresh
    from pipeline.release.lock import release_lock
    from pipeline.release.ownership import claim, is_marked, refuse_foreign, remove_leftovers

    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir} does not exist: no releases to verify (give the folder with --out)")
    if not is_marked(out_dir):
        claim(out_dir)  # an unmarked folder from before the marker is adopted; others refused
    result = Verification(released_versions(out_dir))
    with release_lock(out_dir, lock_timeout):
        remove_leftovers(out_dir)
        result.damaged = damaged_releases(out_dir, trust=False)
        if result.damaged:
            return result
        refuse_foreign(out_dir, result.releases)
        result.repaired = refresh(out_dir, trust=False)
    return result
