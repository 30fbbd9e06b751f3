"""Corpus results kept between runs, keyed by the content they are computed from.

The corpus is built from every document (`link_documents`, `build_corpus`, `check_corpus`),
but one changed document changes only the series, meetings and events its rows take part in.
Each of those pure functions works per group (a document's series, a series-year's meetings,
an event's row, an event's checks); `CorpusMemo` keeps each group's result under a digest of
exactly the rows the function reads for that group (`group_digests`), so a later run computes
only groups whose rows changed and takes the others as they were. A result is the same
whether computed or taken from the memo (`tests/test_corpus_memo.py` builds the corpus both
ways over a series of changes).

Saved in the cache folder (`corpus-memo-<section>.pickle`, one file per section, replaced in
one rename) with a key: the parser key, the schema hash and the source of `pipeline.corpus`;
a memo of another key is ignored. Each run keeps only the entries it used, so the files
do not grow. Row hashes are pandas' 64-bit SipHash of the values (as in
`pipeline.tables.validate.row_hashes`); group digests are BLAKE2b over a group's row hashes in
frame order.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Hashable, Sequence
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

PREFIX = "corpus-memo-"
_HASH_KEY = "sammelan-corpus1"  # pandas wants 16 bytes


@cache
def memo_key() -> str:
    """Changes when anything a corpus result depends on besides its rows may have changed."""
    from pipeline.release.fingerprint import schema_hash
    from pipeline.tables.incremental import snapshot_key

    source = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        source.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{snapshot_key()}+{schema_hash()}+{source.hexdigest()[:16]}"


def row_hashes(df: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    """A 64-bit hash of each row's values in `columns` (order of `df`)."""
    if not len(df):
        return np.zeros(0, dtype=np.uint64)
    return pd.util.hash_pandas_object(df[list(columns)], index=False, hash_key=_HASH_KEY).to_numpy()


def group_digests(groups: Sequence[Hashable] | np.ndarray | pd.Series, hashes: np.ndarray,
                  salt: Sequence[str] | None = None) -> dict[Hashable, bytes]:
    """Group label -> digest of the row hashes of its rows, in row order. `groups`: each
    row's label; `salt`: per row, text that joins its group's digest (once per group)."""
    labels = np.asarray(groups, dtype=object)
    if not len(labels):
        return {}
    order = np.argsort(labels, kind="stable")
    ordered = labels[order]
    ordered_hashes = np.ascontiguousarray(hashes[order]).tobytes()
    cuts = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
    starts, ends = np.r_[0, cuts], np.r_[cuts, len(labels)]
    digests = {}
    for start, end in zip(starts.tolist(), ends.tolist()):
        digest = hashlib.blake2b(ordered_hashes[start * 8:end * 8], digest_size=16)
        if salt is not None:
            digest.update(str(salt[order[start]]).encode())
        digests[ordered[start]] = digest.digest()
    return digests


class CorpusMemo:
    """Results of the corpus functions by section and content digest. `folder` None: a memo
    that remembers nothing (every result is computed)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._previous: dict[str, dict] = {}
        self._current: dict[str, dict] = {}

    def _load(self, section: str) -> dict:
        if section not in self._previous:
            self._previous[section] = {}
            if self.folder is not None:
                try:
                    with (self.folder / f"{PREFIX}{section}.pickle").open("rb") as handle:
                        key, entries = pickle.load(handle)
                    if key == memo_key() and isinstance(entries, dict):
                        self._previous[section] = entries
                except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
                    pass
        return self._previous[section]

    def get(self, section: str, digest: bytes):
        """The result kept under `digest`, or None; a result taken is kept for the next run."""
        if self.folder is None:
            return None
        current = self._current.setdefault(section, {})
        found = current.get(digest)
        if found is None:
            found = self._load(section).get(digest)
            if found is not None:
                current[digest] = found
        return found

    def put(self, section: str, digest: bytes, result) -> None:
        if self.folder is not None:
            self._current.setdefault(section, {})[digest] = result

    def save(self) -> None:
        """Replace each section used in this run by the entries used in this run."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for section, entries in self._current.items():
            path = self.folder / f"{PREFIX}{section}.pickle"
            fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as handle:
                    pickle.dump((memo_key(), entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise


NO_MEMO = CorpusMemo(None)
