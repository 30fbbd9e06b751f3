"""The `datapackage.json` descriptor (Frictionless Data Package v2) of one release."""

from __future__ import annotations

from collections.abc import Callable
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
KEYWORDS = ["summit series", "summits", "India", "Hindi", "diplomacy", "open data", "शिखर सम्मेलन"]


def csv_path(table: Table) -> str:
    return f"data/{table.name}.csv"


def json_path(table: Table) -> str:
    return f"data/{table.name}.json"


def excel_path(table: Table) -> str:
    return f"excel/{table.name}.csv"


def parquet_path(table: Table) -> str:
    return f"parquet/{table.name}.parquet"


def workbook_path(version: str) -> str:
    return f"{PACKAGE_NAME}-{version}.xlsx"


def sqlite_path(version: str) -> str:
    return f"{PACKAGE_NAME}-{version}.sqlite"


DATASETTE_METADATA = "metadata.json"
PAGE = "index.html"


#: Files of a release that are not tables but belong to the package: frictionless checks
#: their size and hash like any other resource.
ATTACHMENTS = (
    {
        "name": "changes",
        "path": "changes.json",
        "title": "Changes since the previous release (machine-readable)",
        "description": "Version level and why, and per table how many rows were added, removed and "
        "changed, with up to 1,000 of each by primary key (old and new values of every changed field); "
        "a first release only counts its rows.",
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


#: How every table's CSV is written (pandas' defaults: comma, double quote, quotes doubled, a
#: header row), which is also what the Table Dialect spec means when a resource declares none.
CSV_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True}


def resource_descriptor(table: Table) -> dict[str, Any]:
    """The tabular resource of one table's CSV, without the file's size and hash."""
    return {
        "name": table.name,
        "title": table.title,
        "description": table.description,
        "description_hi": table.description_hi,
        "type": "table",
        "path": csv_path(table),
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        # declared, not sniffed: a text column full of '|' (a quoted wiki-table row) made
        # frictionless guess '|' as the delimiter and call a valid file invalid
        "dialect": CSV_DIALECT,
        "schema": table_schema(table),
    }


def json_copy_descriptor(table: Table) -> dict[str, Any]:
    """The JSON copy of a table, declared as a JSON file rather than a table: a plain
    `pip install frictionless` validates JSON files, while JSON *tables* need the `[json]`
    extra. The publish gate checks that it holds exactly the CSV's rows
    (`pipeline.release.json_copies`)."""
    return {
        "name": f"{table.name}-json",
        "title": f"{table.title} (JSON)",
        "description": f"The rows of `{table.name}` ({csv_path(table)}) as a JSON array of objects, "
        "one per row, `null` for an empty cell; the columns are described by that resource's schema.",
        "path": json_path(table),
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
    }


def format_descriptors(version: str, declarations: tuple[Table, ...]) -> list[dict[str, Any]]:
    """The workbook, database, Parquet files and page: files for people and tools, declared
    as `type: file` so that frictionless checks their size and hash without reading them as
    tables (which would need its excel/sql/parquet/html extras)."""
    files = [
        (f"{PACKAGE_NAME}-xlsx", workbook_path(version), "Workbook: a start sheet, every table, the dictionary",
         "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (f"{PACKAGE_NAME}-sqlite", sqlite_path(version), "SQLite database: typed tables, keys, full-text search",
         "sqlite", "application/vnd.sqlite3"),
        *[(f"{t.name}-parquet", parquet_path(t), f"{t.title} (Parquet)", "parquet", "application/vnd.apache.parquet")
          for t in declarations],
        ("page", PAGE, "Overview page: charts, the summits with search, downloads", "html", "text/html"),
    ]
    resources = [
        {"name": name, "path": path, "title": title, "type": "file", "format": fmt, "mediatype": mediatype}
        for name, path, title, fmt, mediatype in files
    ]
    resources.append({
        "name": "datasette-metadata", "path": DATASETTE_METADATA,
        "title": "Datasette metadata for the SQLite database (titles, licence, every column described)",
        "format": "json", "mediatype": "application/json",
    })
    return resources


def with_file_stats(resource: dict[str, Any], root: Path, digest: Callable[[Path], str]) -> dict[str, Any]:
    path = root / resource["path"]
    stats = {"bytes": path.stat().st_size, "hash": f"sha256:{digest(path)}"}
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
    digest: Callable[[Path], str] = sha256_file,
) -> dict[str, Any]:
    """`documents`: one dict per accepted source file (`SOURCE_COLUMNS` of `documents`).
    With `root`, every resource gets the `bytes` and `hash` (by `digest`) of its file under `root`."""
    titles = ", ".join(sorted({d["title"] for d in documents})) or "no documents"
    resources = (
        [r for t in declarations for r in (resource_descriptor(t), json_copy_descriptor(t))]
        + [dict(a) for a in ATTACHMENTS]
        + format_descriptors(version, declarations)
    )
    if root is not None:
        resources = [with_file_stats(r, root, digest) for r in resources]
    return {
        "$schema": PROFILE,
        "name": PACKAGE_NAME,
        "id": f"{PACKAGE_NAME}/{version}",
        "version": version,
        "created": created,
        "title": "sammelan: summit series from Hindi documents",
        "description": (
            "Structured tables (documents, sections, parties, objectives, cooperation areas, "
            "summits, summit topics, timeline) parsed from Hindi documents about summit series, "
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
