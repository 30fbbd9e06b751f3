"""When `release_job` runs by itself: every morning, and whenever `raw/` changes.

- `daily_release`: 06:00 Asia/Kolkata (our readers are in India).
- `raw_folder_sensor`: looks at `raw/` every 30 s: its documents and the sources manifest
  (`sources.csv`, whose titles, URLs and publishers go into the release). Its cursor holds the folder as last seen
  (per file: size, mtime, sha256) and a generation number. New, changed and removed files
  make one change set and one `RunRequest`; its run key is the generation plus a hash of the
  change set, so an evaluation repeated from the same cursor cannot start a second run, and a
  later change that happens to restore an earlier state still gets its own run.

Only files whose size or mtime moved are read and hashed; a touched but identical file is no
change. A file modified in the last `SETTLE_SECONDS` may still be being copied: the sensor
waits for the next tick rather than publish half a document.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipeline.assets.resources import SammelanPaths
from pipeline.ingest.reader import list_raw_files
from schemas.tables import SOURCES_MANIFEST_FILE

RELEASE_JOB = "release_job"
SETTLE_SECONDS = 10.0
SENSOR_INTERVAL_SECONDS = 30

FileState = tuple[int, int, str]  # size, mtime_ns, sha256


@dataclass
class FolderState:
    generation: int = 0
    files: dict[str, FileState] = field(default_factory=dict)

    def to_cursor(self) -> str:
        return json.dumps({"generation": self.generation, "files": self.files}, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_cursor(cls, cursor: str | None) -> FolderState:
        if not cursor:
            return cls()
        data = json.loads(cursor)
        return cls(data["generation"], {name: tuple(value) for name, value in data["files"].items()})


@dataclass(frozen=True)
class ChangeSet:
    added: list[str]
    changed: list[str]
    removed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        return f"{len(self.added)} new, {len(self.changed)} changed, {len(self.removed)} removed"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def watched_files(raw_dir: Path) -> list[Path]:
    """What a release is built from inside `raw/`: the documents and, when there, the manifest."""
    if not raw_dir.is_dir():
        return []
    manifest = raw_dir / SOURCES_MANIFEST_FILE
    return list_raw_files(raw_dir) + ([manifest] if manifest.is_file() else [])


def scan(raw_dir: Path, previous: FolderState) -> dict[str, FileState]:
    """The folder now; files whose size and mtime did not move keep their known hash."""
    now: dict[str, FileState] = {}
    for path in watched_files(raw_dir):
        stat = path.stat()
        known = previous.files.get(path.name)
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            now[path.name] = known
        else:
            now[path.name] = (stat.st_size, stat.st_mtime_ns, _sha256(path))
    return now


def diff(before: dict[str, FileState], after: dict[str, FileState]) -> ChangeSet:
    return ChangeSet(
        added=sorted(after.keys() - before.keys()),
        changed=sorted(n for n in after.keys() & before.keys() if after[n][2] != before[n][2]),
        removed=sorted(before.keys() - after.keys()),
    )


def run_key(generation: int, changes: ChangeSet, after: dict[str, FileState]) -> str:
    parts = [f"+{n}:{after[n][2]}" for n in changes.added] + [f"~{n}:{after[n][2]}" for n in changes.changed]
    parts += [f"-{n}" for n in changes.removed]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
    return f"raw-{generation}-{digest}"


def raw_folder_sensor(job: dg.UnresolvedAssetJobDefinition | dg.JobDefinition) -> dg.SensorDefinition:
    @dg.sensor(
        name="raw_folder_sensor",
        job=job,
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="One release run per change set of raw/ (new, changed or removed .txt files, or an edited sources.csv).",
    )
    def _sensor(context: dg.SensorEvaluationContext, paths: SammelanPaths):
        previous = FolderState.from_cursor(context.cursor)
        now = scan(paths.raw, previous)
        changes = diff(previous.files, now)
        if not changes:
            if now != previous.files:  # only mtimes moved: remember them, no run
                context.update_cursor(FolderState(previous.generation, now).to_cursor())
            return dg.SkipReason(f"no change in {paths.raw}")
        fresh = [n for n in changes.added + changes.changed if time.time_ns() - now[n][1] < SETTLE_SECONDS * 1e9]
        if fresh:
            return dg.SkipReason(f"waiting for {len(fresh)} file(s) still being written, e.g. {fresh[0]}")
        generation = previous.generation + 1
        context.update_cursor(FolderState(generation, now).to_cursor())
        context.log.info(f"raw/ changed: {changes.summary()}")
        return dg.RunRequest(
            run_key=run_key(generation, changes, now),
            tags={
                "sammelan/trigger": "raw_folder_sensor",
                "sammelan/change": changes.summary(),
            },
        )

    return _sensor


def daily_release_schedule(job: dg.UnresolvedAssetJobDefinition | dg.JobDefinition) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="daily_release",
        job=job,
        cron_schedule="0 6 * * *",
        execution_timezone="Asia/Kolkata",
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description="Every day at 06:00 India time (publishes nothing when nothing changed).",
    )
