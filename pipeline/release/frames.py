"""Tables that provably render to the previous release's CSV, found without rendering them.

Publishing compares every table with the previous release by the hash of its CSV; rendering
every table as CSV for that cost 0.6 CPU s at 1,500 documents, although a release after one
changed document has mostly unchanged tables. `frame_digest` hashes a table's frame through
its Arrow IPC serialization (values, types, column names and pandas dtypes; one chunk per
column, so how the frame was assembled does not count) and the pandas and pyarrow versions,
about four times cheaper than the CSV. Each release records the digests in
its `fingerprint.json` (`frames`); a frame with the digest the previous, verified release
recorded renders to the CSV bytes that release declares (the CSV is a function of the frame
and the pandas version), so its hash is taken from there and the CSV is rendered only if it
is needed after all. Frames with a column of a dtype outside `DTYPES` (an `object` column could
hold `1` or `1.0`, the same in Arrow, not in CSV) get no digest and are always rendered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from pipeline.release.diff import text_sha256
from pipeline.release.files import csv_text
from pipeline.release.fingerprint import FILE_NAME as FINGERPRINT_FILE

#: dtypes whose Arrow form determines the CSV cells
DTYPES = frozenset({"int64", "Int64", "float64", "Float64", "bool", "boolean", "str", "string"})


def frame_digest(frame: pd.DataFrame) -> str | None:
    """sha256 of the frame's Arrow IPC stream and the library versions; None when a column's
    dtype is not in `DTYPES` or Arrow cannot take the frame."""
    import pyarrow as pa

    if not all(str(dtype) in DTYPES for dtype in frame.dtypes):
        return None
    try:
        # One chunk per column: the IPC stream writes a record batch per chunk, and a frame
        # assembled from the saved tables has other chunks than the same frame built cold.
        table = pa.Table.from_pandas(frame, preserve_index=False).combine_chunks()
    except (pa.ArrowException, TypeError, ValueError):
        return None
    digest = hashlib.sha256(f"pandas {pd.__version__} pyarrow {pa.__version__}\n".encode())
    # the stream goes into the hash as it is written: never the whole serialization in memory
    with pa.ipc.new_stream(pa.PythonFile(_Hashing(digest), mode="w"), table.schema) as writer:
        writer.write_table(table)
    return digest.hexdigest()


class _Hashing:
    """A write-only file that feeds what is written into a hash."""

    def __init__(self, digest) -> None:
        self.digest, self.closed = digest, False

    def write(self, data) -> int:
        self.digest.update(data)
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def recorded_digests(release: Path | None) -> dict[str, str]:
    """The frame digests the release folder recorded (none when it recorded none)."""
    if release is None:
        return {}
    try:
        frames = json.loads((release / FINGERPRINT_FILE).read_text(encoding="utf-8")).get("frames", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return {k: v for k, v in frames.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(frames, dict) else {}


def known_csv_hashes(previous: Path | None, digests: Mapping[str, str | None]) -> dict[str, str]:
    """Table -> sha256 of its CSV, for the tables whose frame digest the verified release
    `previous` recorded: the hash its `datapackage.json` declares for that table's CSV."""
    recorded = recorded_digests(previous)
    if not recorded:
        return {}
    package = json.loads((previous / "datapackage.json").read_text(encoding="utf-8"))
    declared = {r["name"]: r.get("hash", "") for r in package["resources"]
                if r.get("type") == "table" and r.get("format") == "csv"}
    return {name: declared[name].removeprefix("sha256:") for name, digest in digests.items()
            if digest is not None and recorded.get(name) == digest and declared.get(name, "").startswith("sha256:")}


class CsvTexts(Mapping[str, str]):
    """The CSV text of each table, rendered when first asked for; `sha256` answers from the
    known hashes without rendering."""

    def __init__(self, tables: Mapping[str, pd.DataFrame], names: list[str], known: Mapping[str, str] | None = None):
        self._tables, self._names, self._known = tables, list(names), dict(known or {})
        self._texts: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._texts:
            self._texts[name] = csv_text(self._tables[name])
        return self._texts[name]

    def __contains__(self, name: object) -> bool:  # Mapping's own would render the table
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def sha256(self, name: str) -> str:
        return self._known[name] if name in self._known else text_sha256(self[name])

    def forget(self, name: str) -> None:
        """Drop table `name`'s text (written: its file has the bytes); asked again, it is rendered again."""
        self._texts.pop(name, None)

    def rendered(self) -> frozenset[str]:
        """The tables whose CSV was rendered so far."""
        return frozenset(self._texts)
