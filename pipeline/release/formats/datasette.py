"""`metadata.json` for Datasette: title, licence, source, and every table and column described.

Browse a release: `pip install -e '.[browse]'`, then
`datasette outputs/latest/sammelan-<version>.sqlite -m outputs/latest/metadata.json`.
Datasette names a database after its file, so the metadata is keyed by the file's stem.
"""

from __future__ import annotations

from typing import Any

from pipeline.release.citation import citation_text, homepage
from pipeline.release.datapackage import sqlite_path
from schemas.model import Table

def datasette_metadata(package: dict[str, Any], declarations: tuple[Table, ...]) -> dict[str, Any]:
    licence = package["licenses"][0]
    database = sqlite_path(package["version"]).removesuffix(".sqlite")
    site = homepage()
    metadata: dict[str, Any] = {
        "title": f"{package['title']} — {package['version']}",
        "description": "Summits, parties, objectives and more, parsed from Hindi documents, with English "
        "names and the source sentence of every fact. Start with the summit_events table (one row per real summit; summits has one row per document that states one). "
        "हिंदी दस्तावेज़ों से बने शिखर सम्मेलनों के आँकड़े। Cite as: " + citation_text(package),
        "license": licence["name"],
        "license_url": licence["path"],
        "source": "Hindi source articles listed in datapackage.json (sources)",
        "databases": {
            database: {
                "description": f"Release {package['version']}, built {package['created']}. "
                "Full-text search (Hindi, English, romanized) on every table with text columns.",
                "tables": {
                    t.name: {
                        "title": t.title,
                        "description": f"{t.description} {t.description_hi} One row: {t.row_meaning}",
                        "columns": {f.name: f"{f.description} ({f.description_hi})" for f in t.fields},
                    }
                    for t in declarations
                },
            }
        },
    }
    if site:
        metadata["source_url"] = site
        metadata["about"] = "sammelan"
        metadata["about_url"] = site
    return metadata
