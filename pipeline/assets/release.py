"""Stage 4, release: publish the validated tables as a versioned data package.

The asset's metadata says what a reader of the run needs: the version, where it is, whether
anything was published, the rows per table, and which documents were added, changed or
removed since the previous release (read from that release's `documents.csv`).
"""

import csv
import dataclasses
from pathlib import Path

import dagster as dg
import pandas as pd

from pipeline.assets.raw import RawBatch
from pipeline.assets.resources import SammelanPaths
from pipeline.release.publish import PublishResult, publish
from pipeline.release.versioning import latest_version
from schemas.tables import TABLES

LISTED = 20


def _documents_of(release: Path) -> dict[str, str]:
    path = release / "data" / "documents.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["document_id"]: row["source_sha256"] for row in csv.DictReader(handle)}


def document_changes(previous: dict[str, str], documents: pd.DataFrame) -> dict[str, list[str]]:
    """Document ids added, changed (other bytes) and removed relative to `previous`."""
    now = dict(zip(documents["document_id"], documents["source_sha256"]))
    return {
        "added": sorted(now.keys() - previous.keys()),
        "changed": sorted(d for d in now.keys() & previous.keys() if now[d] != previous[d]),
        "removed": sorted(previous.keys() - now.keys()),
    }


def _changes_markdown(changes: dict[str, list[str]]) -> str:
    lines = []
    for kind, ids in changes.items():
        if ids:
            shown = ", ".join(f"`{i}`" for i in ids[:LISTED])
            lines.append(f"- {kind} ({len(ids)}): {shown}{' …' if len(ids) > LISTED else ''}")
    return "\n".join(lines) or "no document changed"


def release_metadata(result: PublishResult, previous: str | None, changes: dict[str, list[str]],
                     frames: dict[str, pd.DataFrame]) -> dict:
    metadata = {
        "version": result.version,
        "release_path": str(result.path),  # not "path": an IO manager may set that for its own file
        "changed": result.changed,
        "level": result.level,
        "what_changed": result.summary or "nothing",
        "previous_version": previous or "",
        **{f"documents_{kind}": len(ids) for kind, ids in changes.items()},
        "document_changes": dg.MetadataValue.md(_changes_markdown(changes)),
        "rows": dg.MetadataValue.md(
            "| table | rows |\n|---|---|\n" + "\n".join(f"| `{t.name}` | {len(frames[t.name])} |" for t in TABLES)
        ),
    }
    # Whatever else publishing may come to report is shown as it comes.
    for f in dataclasses.fields(result):
        if f.name not in ("version", "path", "changed", "level", "summary"):
            value = getattr(result, f.name)
            metadata[f.name] = value if isinstance(value, (bool, int, float)) else dg.MetadataValue.text(str(value))
    return metadata


@dg.asset(
    group_name="release",
    ins={"raw_documents": dg.AssetIn("raw_documents"), **{t.name: dg.AssetIn(t.name) for t in TABLES}},
    # Shown as Markdown: inside a code span `<version>` stays text instead of becoming an HTML tag.
    description="The Frictionless data package in `outputs/<version>/` (CSV, JSON, workbook, SQLite, Parquet, "
    "page), validated before it appears.",
)
def release(context: dg.AssetExecutionContext, paths: SammelanPaths, raw_documents: RawBatch,
            **frames) -> dg.Output[PublishResult]:
    previous = latest_version(paths.out) if paths.out.is_dir() else None
    changes = document_changes(_documents_of(paths.out / previous) if previous else {}, frames["documents"])
    result = publish(frames, paths.out, fingerprint=raw_documents.fingerprint)
    if result.changed:
        context.log.info(f"published {result.version} ({result.level}) at {result.path}: {result.summary}")
    else:
        context.log.info(f"unchanged: the latest release {result.version} already holds this content")
    return dg.Output(result, metadata=release_metadata(result, previous, changes, frames))
