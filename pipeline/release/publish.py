"""Publishing a release into `outputs/`: staging, validation, one atomic rename.

A release is written into a hidden staging folder inside `outputs/`, validated there, and
only then renamed to `outputs/<version>/`. Earlier releases are never opened for writing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.release.build import validate_package, write_release
from pipeline.release.versioning import next_version

STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class PublishResult:
    version: str
    path: Path
    changed: bool  # False: the content equals the latest release; nothing was written


def created_timestamp() -> str:
    """RFC 3339 UTC; SOURCE_DATE_EPOCH (reproducible builds) wins over the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def publish(tables: dict[str, pd.DataFrame], out_dir: Path) -> PublishResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    decision = next_version(out_dir, tables)
    if not decision.changed:
        return PublishResult(decision.version, out_dir / decision.version, changed=False)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        write_release(staging, tables, version=decision.version, created=created_timestamp())
        validate_package(staging)
        target = out_dir / decision.version
        os.rename(staging, target)  # atomic on one filesystem; fails if the version exists
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return PublishResult(decision.version, target, changed=True)
