"""Byte-exact serialization of tables and the file operations publishing relies on.

Same DataFrame in, same bytes out: UTF-8, LF line endings, columns in declared order,
rows already sorted by primary key. Empty values are empty CSV cells and JSON `null`.

Files at the top of `outputs/` are replaced with `write_atomic` (temporary file, fsync,
`os.replace`), so a reader or a killed run only ever sees the old or the new bytes.
Every temporary name in `outputs/` starts with `TEMP_PREFIX`, so leftovers of a killed run
are easy to find and remove.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.release.checkpoint import checkpoint

UTF8_BOM = "\ufeff"
TEMP_PREFIX = ".tmp-"


def csv_text(df: pd.DataFrame) -> str:
    return df.to_csv(index=False, lineterminator="\n")


_ROW_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _column_values(column: pd.Series) -> list:
    """A column as Python values (int, float, bool, str), missing values as None."""
    return column.astype(object).where(column.notna(), None).tolist()


def json_text(df: pd.DataFrame) -> str:
    """An array of objects, one row per line (diff-friendly), Devanagari unescaped.
    Columns are converted whole and one encoder serves every row: a release has
    hundreds of thousands of rows."""
    names = list(df.columns)
    columns = [_column_values(df[name]) for name in names]
    encode = _ROW_ENCODER.encode
    rows = [encode(dict(zip(names, values))) for values in zip(*columns)]
    return "[\n" + ",\n".join(rows) + "\n]\n" if rows else "[]\n"


def json_document(value: object, *, compact: bool = False) -> str:
    """Stable JSON for the metadata files: pretty for datapackage and catalog; compact for
    changes.json, whose row lists can be large (indenting uses json's slow pure-Python path)."""
    if compact:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(folder: Path) -> None:
    """Flush every file and folder under `folder` to disk before it is renamed into place,
    so that after a crash the rename never points at half-written files."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        else:
            fsync_dir(path)
    fsync_dir(folder)


def write_atomic(path: Path, data: bytes, *, point: str | None = None) -> bool:
    """Replace `path` with `data` in one step; returns False (and writes nothing) when the
    file already holds exactly these bytes. `point` names the checkpoint between writing
    the temporary file and replacing (see `pipeline.release.checkpoint`)."""
    if path.is_file() and path.read_bytes() == data:
        return False
    fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}-", dir=path.parent)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes it private; these files are public
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if point:
            checkpoint(point)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return True
