"""Publishing a release into `outputs/`: compare, stage, validate, one atomic rename.

Under the release lock (`pipeline.release.lock`), a run:

1. removes what killed runs left behind (`.tmp-*`) and repairs the top-level files;
2. compares the new tables and schemas with the latest release (`pipeline.release.diff`);
   no change: nothing is published and the result points at the latest release;
3. writes the release into a hidden staging folder inside `outputs/`, validates it, flushes
   it to disk and renames it to `outputs/<version>/` (the commit point);
4. updates `catalog.json`, `CHANGELOG.md` and `latest/` (`pipeline.release.catalog`).

A kill at any moment leaves every published release complete (they only appear by
rename and are never opened for writing again) and the catalog valid; the next run
finishes what is missing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.release.build import documents_of, validate_package, write_release
from pipeline.release.catalog import refresh, remove_leftovers
from pipeline.release.checkpoint import checkpoint
from pipeline.release.datapackage import descriptor
from pipeline.release.diff import Level, diff_release
from pipeline.release.files import TEMP_PREFIX, csv_text, fsync_dir, fsync_tree
from pipeline.release.lock import release_lock
from pipeline.release.versioning import bump, latest_version
from schemas.model import Table
from schemas.tables import TABLES


@dataclass(frozen=True)
class PublishResult:
    version: str
    path: Path
    changed: bool  # False: the content equals the latest release; nothing was written
    level: str = "unchanged"  # initial, major, minor, patch or unchanged
    summary: str = ""  # why this level, one line (empty when unchanged)


def created_timestamp() -> str:
    """RFC 3339 UTC; SOURCE_DATE_EPOCH (reproducible builds) wins over the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def publish(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    *,
    declarations: tuple[Table, ...] = TABLES,
    lock_timeout: float | None = None,
    fingerprint: dict | None = None,
) -> PublishResult:
    """Publish `tables` (one DataFrame per declaration) as the next release in `out_dir`,
    or nothing when they equal the latest release. Raises `lock.ReleaseBusy` when another
    run holds the lock longer than `lock_timeout` seconds. `fingerprint`: what the tables were
    built from (`pipeline.release.fingerprint`), recorded in the release."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with release_lock(out_dir, lock_timeout):
        checkpoint("locked")
        remove_leftovers(out_dir)
        refresh(out_dir)
        previous = latest_version(out_dir)
        csv_texts = {t.name: csv_text(tables[t.name]) for t in declarations}
        row_counts = {t.name: len(tables[t.name]) for t in declarations}
        new_package = descriptor(
            version="", created="", documents=documents_of(tables), row_counts=row_counts, declarations=declarations
        )
        diff = diff_release(out_dir / previous if previous else None, new_package, csv_texts, declarations)
        if previous and diff.level == Level.NONE:
            return PublishResult(previous, out_dir / previous, changed=False)
        version = bump(previous, diff.level)
        changes = diff.document(version)
        target = _stage_and_rename(out_dir, tables, version, changes, declarations, csv_texts,
                                    previous=out_dir / previous if previous else None, fingerprint=fingerprint)
        refresh(out_dir)
        checkpoint("done")
    summary = "; ".join(r["change"] for r in changes["reasons"])
    return PublishResult(version, target, changed=True, level=changes["level"], summary=summary)


def _stage_and_rename(
    out_dir: Path,
    tables: dict[str, pd.DataFrame],
    version: str,
    changes: dict,
    declarations: tuple[Table, ...],
    csv_texts: dict[str, str],
    previous: Path | None = None,
    fingerprint: dict | None = None,
) -> Path:
    staging = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}release-", dir=out_dir))
    staging.chmod(0o755)  # mkdtemp makes it private; the release is public
    checkpoint("staging_created")
    target = out_dir / version
    try:
        write_release(
            staging, tables, version=version, created=created_timestamp(), changes=changes,
            declarations=declarations, csv_texts=csv_texts, fingerprint=fingerprint,
        )
        validate_package(staging, previous)
        checkpoint("validated")
        fsync_tree(staging)
        os.rename(staging, target)  # atomic on one filesystem; fails if the version exists
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(out_dir)
    checkpoint("renamed")
    return target
