"""How to cite a release, in one place for the README, the workbook, the page and Datasette.

The public URL comes from configuration, never from code: the `SAMMELAN_HOMEPAGE`
environment variable, else `[tool.sammelan] homepage` in the repository's `pyproject.toml`.
When neither is set the citation names the release without a URL.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pipeline.release.archive import zip_name

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
HOMEPAGE_ENV = "SAMMELAN_HOMEPAGE"


def homepage(pyproject: Path = PYPROJECT) -> str | None:
    configured = os.environ.get(HOMEPAGE_ENV)
    if configured is None and pyproject.is_file():
        configured = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("sammelan", {}).get("homepage")
    return configured.strip().rstrip("/") or None if configured else None


def release_url(version: str) -> str | None:
    """Where release `version` lives on the homepage (its folder under `outputs/`)."""
    base = homepage()
    return f"{base}/tree/main/outputs/{version}" if base and "github.com" in base else base


def citation_text(package: dict[str, Any]) -> str:
    """One plain-text citation: who, year, title, version, date, URL, zip, licence."""
    version = package["version"]
    url = release_url(version)
    return (
        f"sammelan contributors ({package['created'][:4]}). {package['title']}, version {version} "
        f"[data set], {package['created'][:10]}."
        + (f" {url}." if url else "")
        + f" File {zip_name(package['name'], version)}: its SHA-256 is in the release folder's SHA256SUMS"
        " and in outputs/catalog.json."
        + f" License {package['licenses'][0]['name']}."
    )
