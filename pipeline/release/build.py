"""Write one release's files into a folder and check it with frictionless.

`write_release` lays out `data/`, `excel/`, `datapackage.json`, `README.md`,
`data_dictionary.csv` and `SHA256SUMS`; `validate_package` is the publish gate.
Where the folder goes afterwards (staging, versions, latest) is `pipeline.release.publish`'s job.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.release.datapackage import csv_path, descriptor, excel_path, json_path
from pipeline.release.files import UTF8_BOM, csv_text, json_text, sha256_file, write_text
from pipeline.release.readme import release_readme
from schemas.dictionary import DICTIONARY_COLUMNS, dictionary_rows
from schemas.tables import TABLES


class PackageInvalid(Exception):
    """frictionless found errors; the message lists them."""


def _dictionary_csv() -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DICTIONARY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(dictionary_rows(TABLES))
    return buffer.getvalue()


def write_release(folder: Path, tables: dict[str, pd.DataFrame], *, version: str, created: str) -> dict[str, Any]:
    """Write every file of the release into `folder`; returns the package descriptor."""
    hashes: dict[str, str] = {}
    for table in TABLES:
        df = tables[table.name]
        text = csv_text(df)
        for path, content in (
            (csv_path(table), text),
            (json_path(table), json_text(df)),
            (excel_path(table), UTF8_BOM + text),
        ):
            write_text(folder / path, content)
            hashes[path] = sha256_file(folder / path)
    documents = tables["documents"][["source_file", "source_sha256", "title"]].to_dict(orient="records")
    row_counts = {t.name: len(tables[t.name]) for t in TABLES}
    package = descriptor(
        version=version, created=created, documents=documents, root=folder, hashes=hashes, row_counts=row_counts
    )
    write_text(folder / "datapackage.json", json.dumps(package, ensure_ascii=False, indent=2) + "\n")
    write_text(folder / "README.md", release_readme(package, row_counts))
    write_text(folder / "data_dictionary.csv", _dictionary_csv())
    write_sha256sums(folder)
    return package


def write_sha256sums(folder: Path) -> None:
    """`sha256sum -c SHA256SUMS` format, every file but itself, sorted by path."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    lines = [f"{sha256_file(p)}  {p.relative_to(folder).as_posix()}" for p in files]
    write_text(folder / "SHA256SUMS", "\n".join(lines) + "\n")


def verify_files(folder: Path) -> list[str]:
    """Problems with the files themselves: every SHA256SUMS line and every resource's
    declared bytes and hash must match the file (frictionless skips JSON resources)."""
    problems = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, path = line.split("  ", 1)
        if not (folder / path).is_file() or sha256_file(folder / path) != digest:
            problems.append(f"{path}: does not match SHA256SUMS")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        path = folder / resource["path"]
        if "bytes" in resource and path.stat().st_size != resource["bytes"]:
            problems.append(f"{resource['path']}: size differs from datapackage.json")
        if sha256_file(path) != resource["hash"].removeprefix("sha256:"):
            problems.append(f"{resource['path']}: hash differs from datapackage.json")
    return problems


def validate_package(folder: Path) -> None:
    """The publish gate: our file checks, then frictionless on every resource, row by row.
    Raises `PackageInvalid` naming every error."""
    from frictionless import validate  # heavy import, only when publishing

    problems = verify_files(folder)
    report = validate(str(folder / "datapackage.json"))
    if not report.valid:
        problems += [f"{kind}: {message}" for kind, message in report.flatten(["type", "message"])]
    if problems:
        listed = "\n".join(f"- {p}" for p in problems[:50])
        raise PackageInvalid(f"{len(problems)} error(s) in the package at {folder}:\n{listed}")
