"""Release versions: which exist in `outputs/`, and the next one for a level of change.

Versions are SemVer `MAJOR.MINOR.PATCH`; `1.0.0` is the first public release. The level
comes from `pipeline.release.diff` (Data Package Version rules); NONE means no release.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.release.diff import Level

FIRST_VERSION = "1.0.0"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def version_key(version: str) -> tuple[int, int, int]:
    match = _SEMVER.fullmatch(version)
    if not match:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(x) for x in match.groups())
    return major, minor, patch


def released_versions(out_dir: Path) -> list[str]:
    """Published release folders, oldest first. Only complete releases have such a name:
    a release appears by renaming its validated staging folder."""
    if not out_dir.is_dir():
        return []
    versions = [p.name for p in out_dir.iterdir() if p.is_dir() and _SEMVER.fullmatch(p.name)]
    return sorted(versions, key=version_key)


def latest_version(out_dir: Path) -> str | None:
    versions = released_versions(out_dir)
    return versions[-1] if versions else None


def bump(previous: str | None, level: Level) -> str:
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = version_key(previous)
    if level == Level.MAJOR:
        return f"{major + 1}.0.0"
    if level == Level.MINOR:
        return f"{major}.{minor + 1}.0"
    if level == Level.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError("no change, no new version")
