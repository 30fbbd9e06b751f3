"""The sources manifest: where each raw file came from (`raw/sources.csv`, optional).

One CSV row per raw file with the columns of `schemas.tables.SOURCES_MANIFEST` (file, url, title,
publisher, author, published, license, retrieved), checked against that declaration's Pandera
schema. The manifest is an input, never a published table: a valid row fills its document's source
columns in `documents` and the package's `sources`; a missing row leaves them empty; a bad row is
left out whole and becomes one `parse_issues` row naming the manifest, the line and the reason.

`read_sources(raw_dir)` is the only I/O; `parse_sources(text)` and `source_rows(...)` are pure.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.errors

from schemas.pandera_schema import pandera_schema
from schemas.tables import SOURCES_MANIFEST, SOURCES_MANIFEST_FILE

COLUMNS = tuple(SOURCES_MANIFEST.field_names)
#: Manifest column -> the `documents` column that publishes it.
DOCUMENT_COLUMNS = {c: ("source_title" if c == "title" else c) for c in COLUMNS if c != "file"}


@dataclass(frozen=True)
class ManifestIssue:
    """One bad line of the manifest; `file` names the raw file the row was about, if any."""

    line: int
    reason: str
    detail: str
    text: str
    file: str | None = None


@dataclass
class SourceManifest:
    """Valid rows by raw file name, and the lines that were left out."""

    rows: dict[str, dict[str, str | None]] = field(default_factory=dict)
    issues: list[ManifestIssue] = field(default_factory=list)
    #: Line number and text of each valid row, by file name (for issues found later).
    lines: dict[str, tuple[int, str]] = field(default_factory=dict)
    present: bool = False


def read_sources(raw_dir: Path) -> SourceManifest:
    """The manifest of `raw_dir`, or an empty one when the folder has none."""
    path = raw_dir / SOURCES_MANIFEST_FILE
    if not path.is_file():
        return SourceManifest()
    return parse_sources(path.read_bytes())


def parse_sources(data: bytes) -> SourceManifest:
    """Decode, split and check the manifest's bytes; never raises for bad content."""
    manifest = SourceManifest(present=True)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        manifest.issues.append(ManifestIssue(1, "bad_source_manifest",
                                             f"not valid UTF-8 at byte {error.start}; nothing was read",
                                             data[:200].decode("utf-8", "replace").splitlines()[0] or "(binary)"))
        return manifest
    lines = text.splitlines()
    records = list(csv.reader(io.StringIO(text, newline="")))
    if not records or "file" not in [c.strip() for c in records[0]]:
        manifest.issues.append(ManifestIssue(
            1, "bad_source_manifest",
            f"the first line must name the columns, `file` among them ({', '.join(COLUMNS)}); nothing was read",
            (lines[0] if lines else "") or "(empty file)"))
        return manifest
    header = [c.strip() for c in records[0]]
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        manifest.issues.append(ManifestIssue(
            1, "bad_source_manifest", f"unknown column(s) {', '.join(unknown)} ignored; the columns are "
            f"{', '.join(COLUMNS)}", lines[0]))
    candidates: list[tuple[int, dict[str, str | None], str]] = []
    line_of = _record_lines(text)
    for number, record in zip(line_of[1:], records[1:]):
        raw_line = lines[number - 1] if number - 1 < len(lines) else ""
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            manifest.issues.append(ManifestIssue(number, "bad_source_row",
                                                 f"{len(record)} cells where the header has {len(header)}", raw_line))
            continue
        values = {c: (v.strip() or None) for c, v in zip(header, record) if c in COLUMNS}
        candidates.append((number, {c: values.get(c) for c in COLUMNS}, raw_line))
    _check_rows(candidates, manifest)
    return manifest


def _record_lines(text: str) -> list[int]:
    """1-based line number where each CSV record starts (a quoted cell may span lines)."""
    starts, line = [], 1
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        starts.append(line)
        try:
            next(reader)
        except StopIteration:
            break
        line = reader.line_num + 1
    return starts[:-1]


def _check_rows(candidates: list[tuple[int, dict[str, str | None], str]], manifest: SourceManifest) -> None:
    """Each row against the declared schema, one row at a time (a bad row must not fail the
    uniqueness check of a good one); then the first row per file counts."""
    for number, values, raw_line in candidates:
        reasons = _schema_failures(values)
        if reasons:
            manifest.issues.append(ManifestIssue(number, "bad_source_row", f"row left out: {reasons}",
                                                 raw_line, values.get("file")))
        elif values["file"] in manifest.rows:
            manifest.issues.append(ManifestIssue(number, "duplicate_source_row",
                                                 f"a second row for {values['file']}; the first row counts",
                                                 raw_line, values["file"]))
        else:
            manifest.rows[values["file"]] = values
            manifest.lines[values["file"]] = (number, raw_line)


def _schema_failures(values: dict[str, str | None]) -> str:
    """'column: check; ...' for every declared constraint the row breaks ('' when none)."""
    try:
        pandera_schema(SOURCES_MANIFEST).validate(pd.DataFrame([values], columns=list(COLUMNS)).astype("str"), lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        return "; ".join(sorted({f"{c}: {k}" for c, k in zip(cases["column"], cases["check"])}))
    return ""


def source_rows(
    manifest: SourceManifest, document_of_file: dict[str, str]
) -> tuple[dict[str, dict[str, str | None]], list[dict]]:
    """Per accepted document, its source columns; and the `parse_issues` rows of the manifest.
    `document_of_file`: accepted raw file name -> document id."""
    columns = {
        document_of_file[name]: {column: row[c] for c, column in DOCUMENT_COLUMNS.items()}
        for name, row in manifest.rows.items() if name in document_of_file
    }
    issues = list(manifest.issues) + [
        ManifestIssue(*manifest.lines[name][:1], "unknown_source_file",
                      f"{name} is not an accepted document of the raw folder (missing or rejected); row not used",
                      manifest.lines[name][1], name)
        for name in manifest.rows if name not in document_of_file
    ]
    return columns, [_issue_row(i, document_of_file) for i in sorted(issues, key=lambda i: (i.line, i.reason))]


def _issue_row(issue: ManifestIssue, document_of_file: dict[str, str]) -> dict:
    line, text = issue.line, issue.text or "(empty line)"
    return {
        "issue_id": f"{SOURCES_MANIFEST_FILE}.issue.{line}.{issue.reason}",
        "source_file": SOURCES_MANIFEST_FILE,
        "document_id": document_of_file.get(issue.file) if issue.file else None,
        "severity": "left_out",
        "reason": issue.reason,
        "detail": f"{SOURCES_MANIFEST_FILE} line {line}: {issue.detail}",
        "source_line": line,
        "source_text": text,
    }
