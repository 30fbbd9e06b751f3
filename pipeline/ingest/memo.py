"""What the raw stage remembers between runs: each accepted file's text fingerprint.

`text_fingerprint` (BOM, line ends and NFC folded, for finding the same article saved twice)
normalizes the whole text of every file on every run; it is a pure function of the file's
bytes, so it is kept per sha256 in the cache folder and computed only for new bytes. A
missing or unreadable file only costs the computation; entries of files no longer in the raw
folder are dropped when it is saved.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

FILE_NAME = "text-fingerprints.json"
_VERSION = 1  # bump when `text_fingerprint` changes what it folds


def load_text_fingerprints(folder: Path | None) -> dict[str, str]:
    if folder is None:
        return {}
    try:
        saved = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("version") != _VERSION or not isinstance(saved.get("texts"), dict):
        return {}
    return {str(k): str(v) for k, v in saved["texts"].items()}


def save_text_fingerprints(folder: Path | None, fingerprints: dict[str, str], keep: Iterable[str]) -> None:
    """Replace the saved fingerprints by those of the sha256s in `keep`, in one rename."""
    if folder is None:
        return
    keep = set(keep)
    texts = {sha: fingerprint for sha, fingerprint in sorted(fingerprints.items()) if sha in keep}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{FILE_NAME}-", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": _VERSION, "texts": texts}, handle)
            os.replace(temp, folder / FILE_NAME)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a cache: the next run computes them again
