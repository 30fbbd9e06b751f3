"""Python's garbage collector during a release: what it need not walk again and again.

A release run starts by importing Dagster, pandas, pandera, frictionless and the parser (about
320,000 objects, 130,000 of them garbage of the imports) and then holds them to the end. Left
alone, the collector walks the young ones hundreds of times while they are made and every
one of them in each of its full passes during the run. Two scopes change that, with the
same objects freed in the end:

- `collection_paused` (the CLI's `release`): no collection while the process imports and
  checks whether anything changed (a cold start's imports: 2.8 -> 2.4 CPU s); the gazetteer
  index store pauses it the same way while it unpickles an index;
- `long_lived_frozen` (`run_release`, in process): the start-up's garbage collected once,
  then everything alive frozen for the run (`gc.freeze`), so full passes walk only what the
  run makes (a cold 2,000-document release: 0.91 -> 0.43 CPU s of full passes), and the
  parse workers and the release helper, forked during the run, do not copy pages only because
  the collector touched them. Unfrozen afterwards: a process that runs again (the tests)
  collects them as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic collection inside the block (the collector's state is restored after it);
    `long_lived_frozen` collects the block's garbage once when a run starts inside it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Everything alive at the start frozen for the block, with automatic collection on; when
    it was off (`collection_paused`), the garbage made meanwhile is collected first."""
    enabled = gc.isenabled()
    if not enabled:
        gc.collect()
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()
        if not enabled:
            gc.disable()
