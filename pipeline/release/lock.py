"""One publishing run at a time per `outputs/` folder: an exclusive `fcntl` lock.

The lock is `outputs/.lock`, held with `flock` for the whole publish (compare, build,
rename, catalog). The kernel drops it when the holder exits in any way, kill -9 included,
so a crashed run never leaves a stale lock behind. A second run waits for it (polling, up
to `SAMMELAN_LOCK_TIMEOUT` seconds, default 300) and then compares against whatever the
first run published; when the wait runs out it raises `ReleaseBusy` naming the holder.

The lock file is opened relative to the outputs folder with `O_NOFOLLOW` and must be a
regular file with a single link: a `.lock` that is a symbolic link, a hard link to some other
file, a FIFO or a folder is refused (`LockUnsafe`), so the pid line is never written into a
file outside the folder.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import stat
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


class LockUnsafe(RuntimeError):
    """`.lock` is not a plain file of the outputs folder; nothing was written."""


def _open_lock(out_dir: Path) -> int:
    path = out_dir / LOCK_NAME
    unsafe = (f"{path} is not a plain file (a symbolic or hard link, a FIFO or a folder): sammelan "
              "never writes through it. Remove it (it holds only the pid of the last run) and run again")
    folder = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fd = os.open(LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                     0o644, dir_fd=folder)
    except OSError as error:  # ELOOP: a symlink; EISDIR: a folder; ENXIO: a FIFO nobody reads
        raise LockUnsafe(unsafe) from error
    finally:
        os.close(folder)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        os.close(fd)
        raise LockUnsafe(unsafe)
    return fd


def _holder(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 200).decode("utf-8", "replace").strip()
    return text or "holder unknown"


@contextmanager
def release_lock(out_dir: Path, timeout: float | None = None) -> Iterator[None]:
    if timeout is None:
        timeout = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    fd = _open_lock(out_dir)
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
