"""Tables kept between runs, so a run turns only new or changed documents into rows.

After every run the tables are saved in the cache folder with the documents they were built
from (document id -> file name and sha256) and a key: the parser key, the schema hash and
`FORMAT`. Each table is a pickle of its own (`tables-snapshot-<table>-<token>.pickle`), listed
by `tables-snapshot.pickle`; a table whose frame is the saved one (the run's documents gave it
the rows they gave before) keeps its file, so one changed document rewrites the one or two
tables it changed (5,000 documents: about 5 MB instead of 140 MB). New files get new names and
the list is replaced after them, so a run killed while saving leaves the previous list whole
(files no list names are removed by the next save). The next run takes the rows of every
document whose bytes did not change straight from there, adds the rows of the new or changed
documents, and sorts by primary key, which gives exactly the frames a cold build gives
(primary keys are unique, so the order does not depend on how the rows arrived). A table to
which the documents parsed again contribute exactly the rows they contributed before is the
saved frame itself. A snapshot of another key is ignored; deleting it is always safe (the
next run rebuilds it).

`documents.json` beside it lists the documents alone, so the parse step can decide what to
parse without loading any table.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.parse import ParsedDocument
from pipeline.tables.build import document_rows_frames
from pipeline.tables.keys import is_in
from schemas.tables import DOCUMENT_TABLES, REJECTIONS

#: The tables kept between runs: rows each document gives on its own. Rejections, the
#: manifest's columns and issues, the links to the corpus and the corpus tables depend on the
#: whole raw folder and are made again every run (`pipeline.tables.build.complete_document_tables`).
KEPT_TABLES = tuple(t for t in DOCUMENT_TABLES if t.name != REJECTIONS.name)

SNAPSHOT = "tables-snapshot.pickle"
MANIFEST = "tables-documents.json"
#: How the tables are saved; part of the key, so that a snapshot saved otherwise is not read.
FORMAT = "2"

#: document id -> (file name, sha256 of its bytes)
Manifest = dict[str, tuple[str, str]]


def snapshot_key() -> str:
    from pipeline.parse.cache import parser_key
    from pipeline.release.fingerprint import schema_hash

    return f"{parser_key()}+{schema_hash()}+{FORMAT}"


@dataclass
class Snapshot:
    key: str
    documents: Manifest
    frames: dict[str, pd.DataFrame]
    #: table -> the file its frame was read from (empty for a snapshot made in memory)
    files: dict[str, str] = field(default_factory=dict)


@dataclass
class _Listing:
    """What `SNAPSHOT` holds: the key, the documents and the file of every table."""

    key: str
    documents: Manifest
    files: dict[str, str]


def load_manifest(folder: Path) -> Manifest:
    """The documents of the saved tables (empty when there are none for this key)."""
    try:
        saved = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if saved.get("key") != snapshot_key():
        return {}
    return {doc: (file, sha) for doc, (file, sha) in saved["documents"].items()}


def load_snapshot(folder: Path) -> Snapshot | None:
    try:
        with (folder / SNAPSHOT).open("rb") as handle:
            listing = pickle.load(handle)
        if not isinstance(listing, _Listing) or listing.key != snapshot_key():
            return None
        frames = {}
        for table in KEPT_TABLES:
            with (folder / listing.files[table.name]).open("rb") as handle:
                frames[table.name] = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError):
        return None
    return Snapshot(listing.key, listing.documents, frames, dict(listing.files))


def _replace(path: Path, write) -> None:
    """Replace `path` by what `write(handle)` writes, in one rename."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def kept_files(snapshot: Snapshot | None, frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """The tables of `frames` that are `snapshot`'s own frames, with the files they were read from."""
    if snapshot is None:
        return {}
    return {name: snapshot.files[name] for name, frame in frames.items()
            if name in snapshot.files and snapshot.frames.get(name) is frame}


def save_snapshot(folder: Path, documents: Manifest, frames: dict[str, pd.DataFrame],
                  kept: dict[str, str] | None = None) -> None:
    """Replace the saved tables (the manifest last: it promises what the list holds).
    `kept`: tables whose frame is the one saved in that file (`kept_files`): not written again."""
    folder.mkdir(parents=True, exist_ok=True)
    key = snapshot_key()
    kept = {name: file for name, file in (kept or {}).items() if (folder / file).is_file()}
    files = {}
    for table in KEPT_TABLES:
        if table.name in kept:
            files[table.name] = kept[table.name]
            continue
        files[table.name] = f"tables-snapshot-{table.name}-{uuid.uuid4().hex[:16]}.pickle"
        # Streamed to the file, not built in memory first.
        _replace(folder / files[table.name],
                 lambda handle, frame=frames[table.name]: pickle.dump(frame, handle, protocol=pickle.HIGHEST_PROTOCOL))
    _replace(folder / SNAPSHOT, lambda handle: pickle.dump(_Listing(key, documents, files), handle,
                                                          protocol=pickle.HIGHEST_PROTOCOL))
    _replace(folder / MANIFEST, lambda handle: handle.write(json.dumps({"key": key, "documents": documents}).encode()))
    listed = set(files.values())
    for old in folder.glob("tables-snapshot-*.pickle"):
        if old.name not in listed:
            old.unlink(missing_ok=True)


def manifest_of(documents: list[ParsedDocument]) -> Manifest:
    manifest = {}
    for document in documents:
        row = document.rows["documents"][0]
        manifest[row["document_id"]] = (row["source_file"], row["source_sha256"])
    return manifest


def document_frames(documents: list[ParsedDocument]) -> dict[str, pd.DataFrame]:
    """The rows of some documents as compact frames (the `KEPT_TABLES`)."""
    return document_rows_frames(documents)


def assemble_tables(
    new_frames: list[dict[str, pd.DataFrame]],
    reused: Manifest,
    snapshot: Snapshot | None,
) -> dict[str, pd.DataFrame]:
    """The `KEPT_TABLES` of a release: rows of `reused` documents from `snapshot` (which must
    hold them, with these hashes) plus `new_frames` (rows of the other documents, in batches,
    as `document_frames` makes them), stacked once and sorted by primary key: exactly what
    `document_rows_frames` gives for all documents at once."""
    if reused and (snapshot is None or any(snapshot.documents.get(d) != s for d, s in reused.items())):
        raise ValueError("the saved tables do not hold the documents to reuse; delete the cache folder and run again")
    frames = {}
    empty = document_rows_frames([])
    keep_ids = pd.Index(list(reused))
    for table in KEPT_TABLES:
        pieces = [part[table.name] for part in new_frames] or [empty[table.name]]
        if reused:
            old = snapshot.frames[table.name]
            keep = is_in(old["document_id"], keep_ids)
            if _same_rows(old[~keep], [p for p in pieces if len(p)], table.primary_key):
                frames[table.name] = old  # the other documents gave the rows they gave before
                continue
            pieces.insert(0, old[keep])
        pieces = [p for p in pieces if len(p)] or pieces[:1]
        combined = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
        frames[table.name] = combined.sort_values(list(table.primary_key), kind="stable", ignore_index=True)
    return frames


def _same_rows(replaced: pd.DataFrame, new: list[pd.DataFrame], key: tuple[str, ...]) -> bool:
    """Whether `new` (rows of the documents parsed this run) holds exactly the `replaced`
    rows (those of the snapshot's documents that are not reused; sorted by `key` as the
    snapshot is): then the snapshot's frame is the table, without copying it twice to
    filter and sort it (one changed document usually changes one or two tables)."""
    if len(replaced) != sum(len(part) for part in new):
        return False
    if not len(replaced):
        return True
    added = pd.concat(new, ignore_index=True) if len(new) > 1 else new[0]
    added = added.sort_values(list(key), kind="stable", ignore_index=True)
    return replaced.reset_index(drop=True).equals(added)
