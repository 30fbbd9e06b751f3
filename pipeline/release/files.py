"""Byte-exact serialization of tables and the file operations publishing relies on.

Same DataFrame in, same bytes out: UTF-8, LF line endings, columns in declared order,
rows already sorted by primary key. Empty values are empty CSV cells and JSON `null`.

Files at the top of `outputs/` are replaced with `write_atomic` (temporary file, fsync,
`os.replace`), so a reader or a killed run only ever sees the old or the new bytes.
Everything temporary in `outputs/` lives in a folder made by `owned_temp_dir`: its name
starts with `TEMP_PREFIX` and it holds the marker file `MARKER`, so the leftovers of a
killed run are recognised as the pipeline's own and nothing else is ever removed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pipeline.release.checkpoint import checkpoint
from pipeline.release.escape import FORMULA_PREFIXES, spreadsheet_text

UTF8_BOM = "\ufeff"
TEMP_PREFIX = ".sammelan-tmp-"
#: Marks a folder as written by sammelan: the outputs folder and every temporary folder in it.
MARKER = ".sammelan-outputs"
MARKER_TEXT = (
    "This folder is written by sammelan (release folders, catalog.json, CHANGELOG.md, latest/).\n"
    "sammelan never deletes or overwrites a file it did not write; see README.md, 'How publishing stays safe'.\n"
)


def csv_text(df: pd.DataFrame) -> str:
    """The table's CSV: pandas' `to_csv`, rendered by Arrow where the bytes are certainly the
    same (`pipeline.release.csv_render`)."""
    from pipeline.release.csv_render import frame_csv_text

    text = frame_csv_text(df)
    return text if text is not None else df.to_csv(index=False, lineterminator="\n")


def spreadsheet_csv_text(df: pd.DataFrame, csv: str | None = None) -> str:
    """The copy for spreadsheet programs (`excel/`): a UTF-8 BOM, so Excel shows Devanagari,
    and every text cell a spreadsheet would run as a formula neutralised
    (`pipeline.release.escape.spreadsheet_text`). Numbers stay numbers. `csv`: the table's
    `csv_text`, when the caller has it: a table without such a cell is that text."""
    safe = None
    for column in df.columns:
        series = df[column]
        if not (pd.api.types.is_string_dtype(series) or series.dtype == object):
            continue
        if str(series.dtype) in ("str", "string") and not _formula_like(series):
            continue  # nothing to neutralise: the column renders as in `csv_text`
        if safe is None:
            safe = df.copy()
        safe[column] = series.map(lambda v: spreadsheet_text(v) if isinstance(v, str) else v, na_action="ignore")
    if safe is None:
        return UTF8_BOM + (csv if csv is not None else csv_text(df))
    return UTF8_BOM + csv_text(safe)


def _formula_like(series: pd.Series) -> bool:
    """Whether a text column holds a cell `spreadsheet_text` changes (Arrow, not per cell)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pa.array(series, from_pandas=True, type=pa.string())
    starts = functools.reduce(pc.or_, (pc.starts_with(text, prefix) for prefix in FORMULA_PREFIXES))
    return bool(pc.any(pc.fill_null(starts, False)).as_py())


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


def write_pieces(path: Path, pieces: Iterable[bytes | memoryview]) -> None:
    """Write bytes that come in pieces (a file rendered a chunk of rows at a time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        for piece in pieces:
            handle.write(piece)


def link_or_copy(source: Path, target: Path) -> None:
    """`target` as a hard link to `source` (releases are never written again, so two
    releases may share a file), or a copy where the filesystem cannot link."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def sha256_file(path: Path) -> str:
    """Read in blocks: the database and the zip are hundreds of MB at 10,000 documents."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class FileDigests:
    """The sha256 of files while a release is written, each file read once although the page,
    the descriptor and `SHA256SUMS` all list it. Keyed by path and stat, so a file written
    again is hashed again."""

    def __init__(self) -> None:
        self._known: dict[Path, tuple[tuple[int, ...], str]] = {}

    @staticmethod
    def _key(path: Path) -> tuple[int, ...]:
        info = os.stat(path)
        return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino

    def know(self, path: Path, digest: str) -> None:
        """`path` holds bytes whose sha256 is known (a link to a verified file)."""
        self._known[path] = (self._key(path), digest)

    def __call__(self, path: Path) -> str:
        key = self._key(path)
        known = self._known.get(path)
        if known is not None and known[0] == key:
            return known[1]
        digest = sha256_file(path)
        self._known[path] = (key, digest)
        return digest


def fsync_file(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


fsync_dir = fsync_file


def fsync_tree(folder: Path) -> None:
    """Flush every file and folder under `folder` to disk before it is renamed into place,
    so that after a crash the rename never points at half-written files."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            fsync_file(path)
        else:
            fsync_dir(path)
    fsync_dir(folder)


def write_marker(folder: Path) -> None:
    """Create `folder/MARKER` unless it exists (never through a symlink)."""
    try:
        fd = os.open(folder / MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(MARKER_TEXT.encode())


def owned_temp_dir(parent: Path, kind: str) -> Path:
    """A new temporary folder in `parent`, public (0755) and marked as the pipeline's own."""
    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{kind}-", dir=parent))
    folder.chmod(0o755)  # mkdtemp makes it private; what is staged here is public
    write_marker(folder)
    return folder


def is_regular_file(path: Path) -> bool:
    """A regular file, not a symlink to one."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def write_atomic(path: Path, data: bytes, *, point: str | None = None) -> bool:
    """Replace `path` with `data` in one step; returns False (and writes nothing) when the
    file already holds exactly these bytes. The new file is written in an owned temporary
    folder and renamed over `path` (a symlink at `path` is replaced, never followed).
    `point` names the checkpoint between writing and replacing (`pipeline.release.checkpoint`)."""
    if is_regular_file(path) and path.read_bytes() == data:
        return False
    staging = owned_temp_dir(path.parent, "file")
    temp = staging / path.name
    with open(temp, "xb") as handle:
        os.fchmod(handle.fileno(), 0o644)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if point:
        checkpoint(point)
    os.replace(temp, path)
    fsync_dir(path.parent)
    shutil.rmtree(staging)
    return True
