"""The fingerprint of a release: one hash of everything its content depends on.

Inputs: every entry of the raw folder (name and sha256, the sources manifest `sources.csv`
and the entries that are rejected included: they shape the release too), and the entries of `INPUTS` (parser key =
`PARSER_VERSION` + lexicon hash, the table declarations as rendered, `RELEASE_FORMAT` and the
zlib library that compresses the zip and the workbook).
Each release records its fingerprint and inputs in `fingerprint.json` (listed in
`SHA256SUMS` like every file). When the fingerprint of `raw/` and the code equals the one of
the latest release, a run has nothing to do: `fingerprint_matches` answers that by hashing
the raw files, without Dagster, parsing, tables or validation, and only when the latest
release still matches its checksums (`pipeline.release.verify`): a tampered release is never
trusted as the result of a run.

Another input (a gazetteer, a model) joins by adding one entry to `INPUTS`, e.g.
`INPUTS["gazetteer"] = lambda: GAZETTEER_VERSION`. A fingerprint that differs only costs a
normal (incremental) run: when the content turns out equal, nothing is published, and the
fast path starts working again with the next release.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

FILE_NAME = "fingerprint.json"
#: Bump when code that shapes the release files changes (writers, layout, new files)
#: without any other input changing, so the next run is not skipped as unchanged.
RELEASE_FORMAT = "7"


def _parser_key() -> str:
    from pipeline.parse.cache import parser_key

    return parser_key()


def schema_hash() -> str:
    """The table declarations as published: Frictionless schemas and the data dictionary."""
    from schemas.dictionary import dictionary_rows
    from schemas.frictionless_schema import table_schema
    from schemas.tables import TABLES

    rendered = {"schemas": [table_schema(t) for t in TABLES], "dictionary": dictionary_rows(TABLES)}
    return hashlib.sha256(json.dumps(rendered, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


#: What a release depends on besides the raw files; each entry a cheap function.
INPUTS: dict[str, Callable[[], str]] = {
    "parser": _parser_key,
    "schemas": schema_hash,
    "release_format": lambda: RELEASE_FORMAT,
    "zlib": lambda: zlib.ZLIB_RUNTIME_VERSION,  # compressed bytes copied from a release must be what it gives now
}


def raw_hashes(raw_dir: Path) -> dict[str, str]:
    """Every entry of `raw_dir` by name: the sha256 of a regular file's bytes (a link inside
    the folder is followed, its target named too), or what else it is. Cheap: nothing is
    decoded; a FIFO or device is never opened."""
    from pipeline.ingest.reader import display_name  # names as the release shows them (UTF-8 under any locale)

    hashes = {}
    with os.scandir(raw_dir) as scan:
        entries = sorted(scan, key=lambda e: os.fsencode(e.name))
    for entry in entries:
        hashes[display_name(entry.name)] = _entry_hash(entry)
    return hashes


def _entry_hash(entry: os.DirEntry) -> str:
    try:
        link = f"link to {os.fsencode(os.readlink(entry.path)).hex()}: " if entry.is_symlink() else ""
        if not stat.S_ISREG(os.stat(entry.path).st_mode):
            return f"{link}not a regular file"
        with open(entry.path, "rb") as handle:
            return link + hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as error:
        return f"unreadable: {error.strerror or error}"


def fingerprint_inputs(raw: Mapping[str, str]) -> dict[str, Any]:
    """`raw`: entry name -> sha256 of every raw entry (`raw_hashes`)."""
    return {"raw": dict(sorted(raw.items())), **{name: compute() for name, compute in sorted(INPUTS.items())}}


def fingerprint_of(inputs: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def fingerprint_document(raw: Mapping[str, str]) -> dict[str, Any]:
    """The content of a release's `fingerprint.json`."""
    inputs = fingerprint_inputs(raw)
    return {"fingerprint": fingerprint_of(inputs), "inputs": inputs}


def recorded_fingerprint(release: Path) -> str | None:
    """The fingerprint a release folder recorded (None: none, or unreadable)."""
    try:
        return json.loads((release / FILE_NAME).read_text(encoding="utf-8"))["fingerprint"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def latest_matches(fingerprint: str, out_dir: Path) -> str | None:
    """The latest release's version when it recorded `fingerprint` and still matches its
    checksums (a damaged or tampered release is never trusted), else None."""
    from pipeline.release.verified import VerifiedFiles
    from pipeline.release.verify import release_problems
    from pipeline.release.versioning import latest_version

    latest = latest_version(out_dir) if out_dir.is_dir() else None
    if not latest or recorded_fingerprint(out_dir / latest) != fingerprint:
        return None
    verified = VerifiedFiles(out_dir)  # files unchanged since they were hashed are not read again
    intact = not release_problems(out_dir / latest, verified)
    verified.save()
    return latest if intact else None


def unchanged_release(raw_dir: Path, out_dir: Path) -> str | None:
    """The latest release's version when it was built from exactly these raw files with this
    parser, lexicon, schemas and release format (a run would publish nothing), else None."""
    return latest_matches(fingerprint_of(fingerprint_inputs(raw_hashes(raw_dir))), out_dir)


def fingerprint_matches(raw_dir: Path, out_dir: Path) -> bool:
    """True when a run on `raw_dir` would publish nothing new into `out_dir`."""
    return unchanged_release(raw_dir, out_dir) is not None
