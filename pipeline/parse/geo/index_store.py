"""Built gazetteer indexes kept on disk, so a process loads them instead of building them.

Building the city and town indexes (GeoNames' 69,000 places with their alternate names, plus
the sound index) and the country index takes about two CPU seconds and a few hundred MB in
every process that looks a place up: the CLI's process and every parse worker. The built
objects are pickled once into the cache folder and loaded from there by every later process
(a city index is packed as one `marshal` string; one that is the town index restricted to the
cities is stored as its ids, and loading it loads the towns).

A stored index is used only under the key it was built with: `GAZETTEER_VERSION` (package
versions, dataset, conventions table, lookup rules), the source of the modules whose objects
are pickled or whose functions shaped them (`gazetteer`, `phonetic`, `text`) and the Python
version. Any change builds it again; a file of another key is removed, an unreadable one is
ignored. Without a folder (the default: tests, `evaluate`) indexes are built in memory as
before. The parse step sets its cache folder for its duration (`using_folder`, in
`pipeline.assets.parsed`), and its worker processes get it through their initializer
(`pipeline.parse.parallel`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from pipeline.operations.collector import collection_paused
from typing import TypeVar

T = TypeVar("T")

#: Modules whose code decides what a stored index holds or how its objects unpickle.
SHAPING_MODULES = ("pipeline.parse.geo.gazetteer", "pipeline.parse.geo.phonetic", "pipeline.parse.language.text")
PREFIX = "gazetteer-"

_folder: Path | None = None


def use_folder(folder: Path | str | None) -> None:
    """Store and load indexes in `folder` from now on in this process (None: build in memory)."""
    global _folder
    _folder = Path(folder) if folder is not None else None


def current_folder() -> Path | None:
    return _folder


@contextmanager
def using_folder(folder: Path | str | None) -> Iterator[None]:
    """`use_folder(folder)` for the duration of a block, then the folder before it."""
    before = _folder
    use_folder(folder)
    try:
        yield
    finally:
        use_folder(before)


@cache
def _code_hash() -> str:
    digest = hashlib.sha256(f"python-{sys.version_info[0]}.{sys.version_info[1]}".encode())
    for module in SHAPING_MODULES:
        origin = importlib.util.find_spec(module).origin
        digest.update(Path(origin).read_bytes())
    return digest.hexdigest()[:16]


def index_key(version: str) -> str:
    return hashlib.sha256(f"{version}+{_code_hash()}".encode()).hexdigest()[:20]


def _path(folder: Path, name: str, version: str) -> Path:
    return folder / f"{PREFIX}{name}-{index_key(version)}.pickle"


def is_stored(name: str, version: str) -> bool:
    """Whether the current folder holds the index `name` of data `version` (False without a folder)."""
    return _folder is not None and _path(_folder, name, version).is_file()


def stored(name: str, version: str, build: Callable[[], T], before_storing: Callable[[T], object] | None = None) -> T:
    """The index `name` for data `version`: loaded from the folder when stored there under
    this key, else built by `build()` and stored (when a folder is set), after
    `before_storing(index)` completed what it would otherwise build on first use."""
    folder = _folder
    if folder is None:
        return build()
    path = _path(folder, name, version)
    try:
        with path.open("rb") as handle, collection_paused():
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # damaged or written by other code: build it again below
    with collection_paused():  # what is built makes no cycles: the collector would only walk it
        value = build()
        if before_storing is not None:
            before_storing(value)
        _store(folder, path, value)
    return value


def _store(folder: Path, path: Path, value) -> None:
    """Write `value` in one rename (processes building at once each write a whole file) and
    remove the files of other keys. A folder that cannot be written only costs the build."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        stem = path.name.rsplit("-", 1)[0] + "-"
        for old in folder.glob(f"{stem}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
