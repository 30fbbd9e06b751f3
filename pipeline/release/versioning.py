"""Which version the next release gets, from what changed since the latest release."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.release.datapackage import csv_path
from pipeline.release.files import csv_text
from schemas.tables import TABLES

FIRST_VERSION = "1.0.0"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class VersionDecision:
    version: str
    changed: bool


def released_versions(out_dir: Path) -> list[str]:
    versions = [p.name for p in out_dir.iterdir() if p.is_dir() and _SEMVER.match(p.name)]
    return sorted(versions, key=lambda v: tuple(int(x) for x in v.split(".")))


def _same_content(release: Path, tables: dict[str, pd.DataFrame]) -> bool:
    for table in TABLES:
        path = release / csv_path(table)
        if not path.is_file() or path.read_text(encoding="utf-8") != csv_text(tables[table.name]):
            return False
    return True


def next_version(out_dir: Path, tables: dict[str, pd.DataFrame]) -> VersionDecision:
    versions = released_versions(out_dir)
    if not versions:
        return VersionDecision(FIRST_VERSION, changed=True)
    latest = versions[-1]
    if _same_content(out_dir / latest, tables):
        return VersionDecision(latest, changed=False)
    major, minor, _ = (int(x) for x in latest.split("."))
    return VersionDecision(f"{major}.{minor + 1}.0", changed=True)
