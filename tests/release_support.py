"""Helpers for the release tests: build tables without Dagster, publish, check a folder.

Also runnable as a script (the kill and concurrency tests start it as a subprocess):
`python tests/release_support.py RAW OUT` publishes RAW into OUT and prints the result.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.ingest.reader import Rejection, read_raw_folder  # noqa: E402
from pipeline.ingest.sources import read_sources  # noqa: E402
from pipeline.release.build import validate_package  # noqa: E402
from pipeline.release.catalog import CATALOG  # noqa: E402
from pipeline.release.checkpoint import KILL_ENV  # noqa: E402
from pipeline.release.lock import LOCK_NAME  # noqa: E402
from pipeline.release.verified import CACHE_NAME  # noqa: E402
from pipeline.release.publish import publish  # noqa: E402
from pipeline.release.versioning import released_versions  # noqa: E402
from pipeline.tables.build import build_tables, parse_raw  # noqa: E402


#: One more summit, appended to the seed document: a revision that adds rows (MINOR).
SUMMIT_2024 = "\n\n2024: कज़ान में आयोजित सम्मेलन में ऊर्जा और व्यापार पर सहयोग बढ़ाने पर सहमति बनी।\n"


def revised_raw(seed: Path, folder: Path) -> Path:
    """`folder` holding the seed document with `SUMMIT_2024` appended."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / seed.name).write_text(seed.read_text(encoding="utf-8") + SUMMIT_2024, encoding="utf-8")
    return folder


def build_frames(raw_dir: Path) -> dict[str, pd.DataFrame]:
    """raw/ -> one DataFrame per table, the same way the Dagster job does it."""
    raws, rejections = read_raw_folder(raw_dir)
    documents = []
    for raw in raws:
        parsed = parse_raw(raw)
        (rejections if isinstance(parsed, Rejection) else documents).append(parsed)
    return build_tables(documents, rejections, read_sources(raw_dir))


def tree_digest(folder: Path) -> str:
    """Names and bytes of every file; the lock file only says who ran last, the digest cache
    what was hashed when (both are run state, not releases)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in (LOCK_NAME, CACHE_NAME)):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


_VALID: set[str] = set()  # digests of release folders frictionless already passed


def check_outputs(out: Path) -> list[str]:
    """Every release folder validates (our checks and frictionless; a folder with exactly
    the bytes of one already validated is not validated twice) and the catalog is valid
    JSON listing only releases that exist. Returns the versions found."""
    versions = released_versions(out)
    for version in versions:
        digest = tree_digest(out / version)
        if digest not in _VALID:
            validate_package(out / version)
            _VALID.add(digest)
    if (out / CATALOG).exists():
        catalog = json.loads((out / CATALOG).read_text(encoding="utf-8"))
        listed = [r["version"] for r in catalog["releases"]]
        assert set(listed) <= set(versions), (listed, versions)
        assert catalog["latest"] == listed[0]
    return versions


def publish_in_child(raw: str, out: str, kill_at: str | None, epoch: str) -> None:
    """Target of a forked test process: publish, dying by SIGKILL at `kill_at` if given."""
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    if kill_at:
        os.environ[KILL_ENV] = kill_at
    publish(build_frames(Path(raw)), Path(out))


if __name__ == "__main__":
    raw, out = Path(sys.argv[1]), Path(sys.argv[2])
    result = publish(build_frames(raw), out)
    print(json.dumps({"version": result.version, "changed": result.changed, "level": result.level}), flush=True)
