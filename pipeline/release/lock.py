"""One publishing run at a time per `outputs/` folder: an exclusive `fcntl` lock.

The lock is `outputs/.lock`, held with `flock` for the whole publish (compare, build,
rename, catalog). The kernel drops it when the holder exits in any way, kill -9 included,
so a crashed run never leaves a stale lock behind. A second run waits for it (polling, up
to `SAMMELAN_LOCK_TIMEOUT` seconds, default 300) and then compares against whatever the
first run published; when the wait runs out it raises `ReleaseBusy` naming the holder.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".lock"
TIMEOUT_ENV = "SAMMELAN_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 300.0
POLL_SECONDS = 0.1

log = logging.getLogger(__name__)


class ReleaseBusy(RuntimeError):
    """Another run held the lock for longer than the timeout; nothing was written."""


def _holder(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 200).decode("utf-8", "replace").strip()
    return text or "holder unknown"


@contextmanager
def release_lock(out_dir: Path, timeout: float | None = None) -> Iterator[None]:
    if timeout is None:
        timeout = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        waiting = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ReleaseBusy(
                        f"another release run is publishing into {out_dir} ({_holder(fd)}); "
                        f"gave up after waiting {timeout:g} s. Nothing was written; run again "
                        "when it has finished."
                    ) from None
                if not waiting:
                    log.warning("waiting for another release run to finish (%s)", _holder(fd))
                    waiting = True
                time.sleep(POLL_SECONDS)
        since = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {since}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock
