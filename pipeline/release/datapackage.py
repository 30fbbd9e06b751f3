"""The `datapackage.json` descriptor (Frictionless Data Package v2) of one release."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from schemas.frictionless_schema import table_schema
from schemas.model import Table
from schemas.tables import TABLES

PACKAGE_NAME = "sammelan"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
LICENSE = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution-ShareAlike 4.0",
}
KEYWORDS = ["bilateral summits", "India", "Hindi", "diplomacy", "open data", "शिखर सम्मेलन"]


def csv_path(table: Table) -> str:
    return f"data/{table.name}.csv"


def json_path(table: Table) -> str:
    return f"data/{table.name}.json"


def excel_path(table: Table) -> str:
    return f"excel/{table.name}.csv"


def _resource(table: Table, path: str, fmt: str, root: Path, hashes: dict[str, str]) -> dict[str, Any]:
    resource = {
        "name": table.name if fmt == "csv" else f"{table.name}-json",
        "title": table.title + ("" if fmt == "csv" else " (JSON)"),
        "description": table.description,
        "description_hi": table.description_hi,
        "type": "table",
        "path": path,
        "scheme": "file",
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/json",
        "encoding": "utf-8",
        "bytes": (root / path).stat().st_size,
        "hash": f"sha256:{hashes[path]}",
        # The JSON copy's foreign keys point at the CSV resources, which hold the same rows.
        "schema": table_schema(table),
    }
    if fmt == "json":
        # frictionless 5.21 never counts the bytes of a JSON table (its JSON parser reads
        # around the counting stream), so a declared `bytes` always fails validation there.
        # `pipeline.release.build.verify_files` checks size and hash of every file instead.
        del resource["bytes"]
    return resource


def descriptor(
    *,
    version: str,
    created: str,
    documents: list[dict[str, Any]],
    root: Path,
    hashes: dict[str, str],
    row_counts: dict[str, int],
) -> dict[str, Any]:
    """`documents`: one dict per accepted source file (file name, title, sha256)."""
    titles = ", ".join(sorted({d["title"] for d in documents})) or "no documents"
    resources = [
        _resource(t, path_for(t), fmt, root, hashes)
        for t in TABLES
        for fmt, path_for in (("csv", csv_path), ("json", json_path))
        # frictionless cannot read an empty JSON array as a table: an empty table ships
        # its `[]` file but declares only the CSV resource.
        if fmt == "csv" or row_counts[t.name] > 0
    ]
    return {
        "$schema": PROFILE,
        "name": PACKAGE_NAME,
        "id": f"{PACKAGE_NAME}/{version}",
        "version": version,
        "created": created,
        "title": "sammelan: bilateral summits from Hindi documents",
        "description": (
            "Structured tables (documents, sections, parties, objectives, cooperation areas, "
            "summits, summit topics, timeline) parsed from Hindi documents about bilateral summits, "
            f"with English names and provenance for every fact. Sources: {titles}. "
            "`created` is the time this version was built: the SOURCE_DATE_EPOCH environment "
            "variable when set (reproducible builds), else the build clock. See README.md."
        ),
        "licenses": [
            {
                **LICENSE,
                "attribution": "Derived from the Hindi source articles listed in `sources`; "
                "credit their authors and this package, and share alike.",
            }
        ],
        "sources": [
            {
                "title": f"{d['title']} ({d['source_file']})",
                "path": f"raw/{d['source_file']}",
                "version": f"sha256:{d['source_sha256']}",
            }
            for d in documents
        ],
        "contributors": [
            {"title": "sammelan maintainers", "roles": ["creator", "publisher"]},
            {"title": "Authors of the source articles", "roles": ["author"]},
        ],
        "keywords": KEYWORDS,
        "resources": resources,
    }
