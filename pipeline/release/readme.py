"""The README.md shipped inside each release: what it holds, how to read it, the dictionary."""

from __future__ import annotations

from typing import Any

from pipeline.release.archive import zip_name
from pipeline.release.citation import citation_text
from pipeline.release.datapackage import (
    DATASETTE_METADATA, PAGE, csv_path, excel_path, json_path, parquet_path, sqlite_path, workbook_path,
)
from pipeline.release.escape import markdown_code, markdown_text
from schemas.dictionary import table_markdown
from schemas.model import Table
from schemas.tables import ROMANIZATION, SUMMITS, TABLES



def start_here(package: dict[str, Any]) -> list[str]:
    """The first thing a reader sees: which file to open for which tool, and where to begin."""
    version = package["version"]
    return [
        "## Start here / शुरुआत",
        "",
        "Start with the **summit_events** table: one row per real summit across all documents (year, "
        "date, host city in Hindi and English, coordinates, mode, status; filter `status` = held to count "
        "summits). **summits** has one row per document that states a summit, with the sentence it came "
        "from (join on `event_id`). / शुरुआत **summit_events** तालिका से करें।",
        "",
        f"- **Look:** open `{PAGE}` in a browser (works offline): what the data is, a timeline of the "
        "summits, a map of host cities, the summits with search, downloads with checksums, the citation.",
        f"- **Spreadsheet:** `{workbook_path(version)}` (Excel, LibreOffice, Google Sheets): the first sheet "
        "explains the others; one sheet per table, and the dictionary. Or the CSVs in `excel/` (UTF-8 with BOM; "
        "`excel/data_dictionary.csv` is the dictionary).",
        f"- **SQL / Datasette:** `{sqlite_path(version)}`: typed tables, keys, full-text search in Hindi and "
        f"English. Browse it: `pip install datasette` then `datasette {sqlite_path(version)} -m {DATASETTE_METADATA}` "
        "and open http://localhost:8001.",
        f"- **pandas, R, DuckDB, Arrow:** `{parquet_path(SUMMITS)}` and the other files in `parquet/`, typed, "
        "with every column's description in the schema metadata; or `pandas.read_csv(\"data/summits.csv\")`.",
        "- **Check it:** `pip install frictionless` (no extras needed) then `frictionless validate datapackage.json`; "
        "`sha256sum -c SHA256SUMS`.",
        "",
    ]


def _sources(sources: list[dict[str, Any]]) -> list[str]:
    """One line per source document: title, author, publisher, date, URL, license when known."""
    lines = []
    for source in sources:
        known = [markdown_text(source[k]) for k in ("author", "publisher", "published") if source.get(k)]
        where = f" {markdown_code(source['path'])}" if source.get("path") else ""
        license_ = f" License: {markdown_text(source['license'])}." if source.get("license") else ""
        lines.append(f"- {markdown_text(source['title'])}{' — ' + ', '.join(known) if known else ''}.{where} "
                     f"({markdown_code(source['document_id'])}){license_}")
    return lines


def release_readme(
    package: dict[str, Any], row_counts: dict[str, int], declarations: tuple[Table, ...] = TABLES
) -> str:
    version = package["version"]
    archive = zip_name(package["name"], version)
    lines = [
        f"# {package['title']} — release {version}",
        "",
        *start_here(package),
        "## About this release",
        "",
        markdown_text(package["description"]),  # names the sources by their titles
        "",
        f"- Version: `{version}` (Data Package Version rules: MAJOR breaks readers, MINOR adds, "
        "PATCH corrects). What changed since the previous release: `CHANGES.md` and `changes.json`; "
        "every release: `CHANGELOG.md` at the top of `outputs/`.",
        f"- Built: {package['created']} (never changes: a release is published once and not rebuilt)",
        f"- License: {package['licenses'][0]['title']} ({package['licenses'][0]['name']}). "
        + package["licenses"][0]["attribution"],
        f"- Cite as: {citation_text(package)}",
        f"- The zip's SHA-256: `SHA256SUMS` of the release folder (`outputs/{version}/SHA256SUMS`) has a line "
        f"for `{archive}`; the copy of `SHA256SUMS` inside the zip cannot list the zip itself. "
        "`outputs/catalog.json` gives it as `zip_sha256`.",
        "",
        "## Files",
        "",
        "| table | rows | CSV (UTF-8) | JSON | Excel-friendly CSV (UTF-8 with BOM) |",
        "|---|---|---|---|---|",
    ]
    for t in declarations:
        lines.append(
            f"| `{t.name}` | {row_counts[t.name]} | `{csv_path(t)}` | `{json_path(t)}` | `{excel_path(t)}` |"
        )
    lines += [
        "",
        "`datapackage.json` describes every file (types, constraints, keys, sha256, bytes); "
        "`data_dictionary.csv` is this dictionary as a table; `changes.json` and `CHANGES.md` say what "
        f"changed since the previous release; `{zip_name(package['name'], version)}` holds all of it in "
        "one download; `SHA256SUMS` lists checksums of every file (`sha256sum -c SHA256SUMS`).",
        f"`{workbook_path(package['version'])}`, `{sqlite_path(package['version'])}` (with `{DATASETTE_METADATA}` "
        f"for Datasette), `parquet/` and `{PAGE}` hold the same tables for spreadsheets, SQL, dataframes and "
        "browsers; `datapackage.json` lists them with their size and SHA-256.",
        "Check the package with `frictionless validate datapackage.json` (a plain `pip install frictionless` suffices).",
        "",
        "## How to read it",
        "",
        "- Text values are Hindi as written (Unicode NFC). `*_en` columns hold English names from the "
        "curated lexicon and are empty when the lexicon has none; `*_romanized` columns always hold "
        f"a Latin-letter reading aid ({ROMANIZATION}).",
        "- Every fact row carries `document_id`, `source_line` and `source_text`: the line of the raw "
        "file and the exact sentence it came from.",
        "- Ids are built from content (file name, kind, year or romanized name), never from row "
        "numbers, so they stay the same between releases.",
        "- An empty cell means the text does not say; lines the parser could not read are listed in "
        "`parse_issues`, and whole files that were refused in `rejections`.",
        "- Opening in Excel: use the files in `excel/` (the canonical CSVs are UTF-8 without BOM, "
        "which Excel shows as garbage for Devanagari).",
        "- Counting or mapping summits: use `summit_events` (one row per real summit; filter "
        "`status` = held), not `summits` (one row per document that mentions a summit). A value of "
        "`summit_events` is what the documents agree on or most of them say; a tie stays empty and "
        "`conflict` names the disagreeing values and documents. `summit_series` groups the events.",
        "- The copies in `excel/` are made safe for spreadsheets: a text cell that starts with `=`, `+`, "
        "`-`, `@`, a tab or a carriage return (which a spreadsheet would run as a formula, OWASP \"CSV "
        "injection\") starts with an apostrophe `'` there, which spreadsheets hide. Everything else is "
        "the same as in `data/`; the canonical `data/` files hold every value verbatim.",
        "",
        "## Sources",
        "",
        "Credit the authors of the source documents when you reuse this data.",
        "",
        *_sources(package["sources"]),
        "",
        "## Data dictionary",
        "",
    ]
    lines += [table_markdown(t) for t in declarations]
    return "\n".join(lines).rstrip() + "\n"
