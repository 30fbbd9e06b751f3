"""The `datapackage.json` descriptor (Frictionless Data Package v2) of one release."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.release.files import sha256_file
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


#: Files of a release that are not tables but belong to the package: frictionless checks
#: their size and hash like any other resource.
ATTACHMENTS = (
    {
        "name": "changes",
        "path": "changes.json",
        "title": "Changes since the previous release (machine-readable)",
        "description": "Version level and why, and per table the rows added, removed and changed "
        "by primary key, with old and new values of every changed field.",
        "format": "json",
        "mediatype": "application/json",
    },
    {
        "name": "changes-md",
        "path": "CHANGES.md",
        "title": "Changes since the previous release",
        "description": "The changelog entry of this release, generated from changes.json.",
        "format": "md",
        "mediatype": "text/markdown",
    },
)


def resource_descriptor(table: Table, fmt: str) -> dict[str, Any]:
    """The resource of one table file, without the file's size and hash."""
    return {
        "name": table.name if fmt == "csv" else f"{table.name}-json",
        "title": table.title + ("" if fmt == "csv" else " (JSON)"),
        "description": table.description,
        "description_hi": table.description_hi,
        "type": "table",
        "path": csv_path(table) if fmt == "csv" else json_path(table),
        "scheme": "file",
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/json",
        "encoding": "utf-8",
        # The JSON copy's foreign keys point at the CSV resources, which hold the same rows.
        "schema": table_schema(table),
    }


def _with_file_stats(resource: dict[str, Any], root: Path) -> dict[str, Any]:
    path = root / resource["path"]
    stats = {"bytes": path.stat().st_size, "hash": f"sha256:{sha256_file(path)}"}
    if resource.get("type") == "table" and resource["format"] == "json":
        # frictionless 5.21 never counts the bytes of a JSON table (its JSON parser reads
        # around the counting stream), so a declared `bytes` always fails validation there.
        # `pipeline.release.build.verify_files` checks size and hash of every file instead.
        del stats["bytes"]
    described = {k: v for k, v in resource.items() if k != "schema"} | stats
    if "schema" in resource:
        described["schema"] = resource["schema"]  # last: long, easier to read after the stats
    return described


#: `documents` columns a package source is made of (see `source`).
SOURCE_COLUMNS = (
    "document_id", "source_file", "source_sha256", "title", "source_title",
    "url", "publisher", "author", "published", "license", "retrieved",
)


def source(document: dict[str, Any]) -> dict[str, Any]:
    """One entry of the package's `sources`: a document of the release and where it came from.

    `path` is the source's URL when the manifest (raw/sources.csv) gives one, never a file of
    the raw folder (which is not in the release); `document_id` names its `documents` row; the
    manifest's other values ride along as extra properties, omitted when unknown."""
    entry: dict[str, Any] = {
        "title": document.get("source_title") or document["title"],
        "document_id": document["document_id"],
        "version": f"sha256:{document['source_sha256']}",
    }
    if document.get("url"):
        entry["path"] = document["url"]
    for key in ("publisher", "author", "published", "license", "retrieved"):
        if document.get(key):
            entry[key] = document[key]
    return entry


def descriptor(
    *,
    version: str,
    created: str,
    documents: list[dict[str, Any]],
    row_counts: dict[str, int],
    declarations: tuple[Table, ...] = TABLES,
    root: Path | None = None,
) -> dict[str, Any]:
    """`documents`: one dict per accepted source file (`SOURCE_COLUMNS` of `documents`).
    With `root`, every resource gets the `bytes` and `hash` of its file under `root`."""
    titles = ", ".join(sorted({d["title"] for d in documents})) or "no documents"
    resources = [
        resource_descriptor(t, fmt)
        for t in declarations
        for fmt in ("csv", "json")
        # frictionless cannot read an empty JSON array as a table: an empty table ships
        # its `[]` file but declares only the CSV resource.
        if fmt == "csv" or row_counts[t.name] > 0
    ] + [dict(a) for a in ATTACHMENTS]
    if root is not None:
        resources = [_with_file_stats(r, root) for r in resources]
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
            "with English names and provenance for every fact, and across documents one row per "
            "summit series (summit_series) and per real summit (summit_events, with the documents' "
            f"agreement or conflict). Sources: {titles} (URL and publisher in `sources`). "
            "`created` is the time this version was built: the SOURCE_DATE_EPOCH environment "
            "variable when set (reproducible builds), else the build clock; a run whose content "
            "equals the latest release publishes nothing, so `created` never changes. "
            "What changed since the previous release: changes.json and CHANGES.md. See README.md."
        ),
        "licenses": [
            {
                **LICENSE,
                "attribution": "Derived from the Hindi source articles listed in `sources`; "
                "credit their authors and this package, and share alike.",
            }
        ],
        "sources": [source(d) for d in documents],
        "contributors": [
            {"title": "sammelan maintainers", "roles": ["creator", "publisher"]},
            {"title": "Authors of the source articles", "roles": ["author"]},
        ],
        "keywords": KEYWORDS,
        "resources": resources,
    }
