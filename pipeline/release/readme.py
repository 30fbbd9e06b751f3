"""The README.md shipped inside each release: what it holds, how to read it, the dictionary."""

from __future__ import annotations

from typing import Any

from pipeline.release.archive import zip_name
from pipeline.release.datapackage import csv_path, excel_path, json_path
from pipeline.release.escape import markdown_code, markdown_text
from schemas.dictionary import table_markdown
from schemas.model import Table
from schemas.tables import ROMANIZATION, TABLES


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
    lines = [
        f"# {package['title']} — release {version}",
        "",
        markdown_text(package["description"]),  # names the sources by their titles
        "",
        f"- Version: `{version}` (Data Package Version rules: MAJOR breaks readers, MINOR adds, "
        "PATCH corrects). What changed since the previous release: `CHANGES.md` and `changes.json`; "
        "every release: `CHANGELOG.md` at the top of `outputs/`.",
        f"- Built: {package['created']} (never changes: a release is published once and not rebuilt)",
        f"- License: {package['licenses'][0]['title']} ({package['licenses'][0]['name']}). "
        + package["licenses"][0]["attribution"],
        "- Cite as: sammelan contributors, *" + package["title"] + f"*, version {version}, "
        f"{package['created'][:10]}, `{package['id']}`; quote the SHA-256 of "
        f"`{zip_name(package['name'], version)}` from `SHA256SUMS` to pin the exact files.",
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
        "Check the package with `frictionless validate datapackage.json`.",
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
