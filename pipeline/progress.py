"""Progress of a run, as a tiny callback interface the pipeline steps call.

A step says which stage it is in and how far it got: `report("parse documents", done,
total)`. Nothing happens unless a display is installed with `showing(callback)` (the
command line does that, with a `rich` progress bar on a terminal), so the Dagster assets and
the release code stay free of any display code and cost nothing in the UI or in tests.
Steps run in other processes (the multiprocess executor) report nowhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

#: stage name, units done, units in all (None when unknown)
ProgressCallback = Callable[[str, int, "int | None"], None]
T = TypeVar("T")

_callback: ProgressCallback | None = None


def report(stage: str, done: int, total: int | None = None) -> None:
    if _callback is not None:
        _callback(stage, done, total)


def tracked(items: Iterable[T], stage: str, total: int) -> Iterator[T]:
    """Yield `items`, reporting each one done under `stage`."""
    report(stage, 0, total)
    done = 0
    for item in items:
        yield item
        done += 1
        report(stage, done, total)


@contextmanager
def showing(callback: ProgressCallback | None) -> Iterator[None]:
    """Send every `report` to `callback` while the block runs."""
    global _callback
    previous, _callback = _callback, callback
    try:
        yield
    finally:
        _callback = previous
