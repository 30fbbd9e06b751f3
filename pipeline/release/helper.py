"""A forked helper process: release files written beside the publishing process, on a second core.

Most of a release is written by Python on one thread (pandas, XlsxWriter, Altair), with the
database on a thread of its own; at 5,000 documents the main thread alone is about 20 CPU
seconds of a cold release step. `Helper` forks a child at the start of publishing, before
any thread of publishing starts: it inherits the tables (copy on write: nothing is pickled
or copied) and runs the jobs it is sent, in order, while the parent goes on; only the
jobs' arguments and results (paths, the descriptor, SVG text) cross the pipe. The child
calls the same functions the parent would, so the files have the same bytes either way
(`tests/test_release_reproducible.py` compares both).

Where fork is not available, with one core, or inside a process that must not fork
(`SAMMELAN_NO_HELPER=1`), `Helper` runs each job when it is submitted, in this process.
The child dies with its parent (`PR_SET_PDEATHSIG` on Linux), so a killed run leaves no
process writing into its staging folder.
"""

from __future__ import annotations

import gc
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing import Pipe
from typing import Any

DISABLE_ENV = "SAMMELAN_NO_HELPER"


class HelperFailed(Exception):
    """A job failed in the child with an exception that could not be sent back as itself."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the child ends when its pipe closes
        pass


class Job:
    """The result of one submitted job: `result()` waits for it and raises what it raised."""

    def __init__(self, helper: "Helper", call: tuple | None = None) -> None:
        self._helper, self._call = helper, call  # `call`: the job and its arguments, run here when asked
        self._done, self._value, self._error = False, None, None

    def _settle(self, value: Any = None, error: BaseException | None = None) -> None:
        self._done, self._value, self._error = True, value, error

    def result(self) -> Any:
        while not self._done:
            self._helper._next()
        if self._error is not None:
            raise self._error
        return self._value


class Helper:
    """Runs `job(shared, *args)` for each `submit`, in a forked child that inherited `shared`
    (or in this process, see the module's docstring). `close()` ends the child."""

    def __init__(self, shared: Any, *, fork: bool | None = None) -> None:
        self._shared = shared
        self._pending: list[Job] = []
        if fork is None:
            fork = hasattr(os, "fork") and _cores() >= 2 and not os.environ.get(DISABLE_ENV)
        self._pid = None
        if fork:
            parent_end, child_end = Pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns to the caller's code
                status = 1
                try:
                    parent_end.close()
                    _die_with_parent()
                    gc.freeze()  # the inherited objects stay out of collections (no copied pages)
                    _serve(child_end, shared)
                    status = 0
                finally:
                    os._exit(status)
            child_end.close()
            self._pid, self._conn = pid, parent_end

    @property
    def forked(self) -> bool:
        return self._pid is not None

    def submit(self, job: Callable[..., Any], *args: Any) -> Job:
        """Run `job(shared, *args)`; `job` is a module-level function, `args` picklable."""
        if self._pid is None:  # run when its result (or a later job's) is asked for, in order
            handle = Job(self, (job, args))
        else:
            handle = Job(self)
            self._conn.send((job, args))
        self._pending.append(handle)
        return handle

    def _next(self) -> None:
        """Settle the oldest pending job."""
        if self._pid is None:
            handle = self._pending.pop(0)
            job, args = handle._call
            try:
                handle._settle(job(self._shared, *args))
            except Exception as error:  # raised by `result()`, as in the child
                handle._settle(error=error)
            return

        try:
            ok, value = self._conn.recv()
        except EOFError:
            error = HelperFailed("the helper process ended before it answered")
            for handle in self._pending:
                handle._settle(error=error)
            self._pending.clear()
            return
        handle = self._pending.pop(0)
        handle._settle(value) if ok else handle._settle(error=value)

    def close(self) -> None:
        """Wait for the submitted jobs' answers (not their results' errors) and end the child;
        in this process, jobs nobody asked for are not run."""
        if self._pid is None:
            self._pending.clear()
            return
        try:
            while self._pending:
                self._next()
            self._conn.send(None)
        except OSError:
            pass
        finally:
            self._conn.close()
            os.waitpid(self._pid, 0)
            self._pid = None

    def abort(self) -> None:
        """End the child at once (publishing failed: what it writes is thrown away)."""
        if self._pid is not None:
            os.kill(self._pid, signal.SIGKILL)
            self._conn.close()
            os.waitpid(self._pid, 0)
            self._pid = None
        self._pending.clear()

    def __enter__(self) -> "Helper":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(conn, shared: Any) -> None:
    # Messages are read as they come, on a thread: a parent sending a large argument (the
    # descriptor) while a job runs here would otherwise wait until the job ends.
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                message = None
            inbox.put(message)
            if message is None:
                return

    threading.Thread(target=read, name="sammelan-helper-inbox", daemon=True).start()
    while True:
        message = inbox.get()
        if message is None:
            return
        job, args = message
        try:
            answer = (True, job(shared, *args))
        except Exception as error:
            answer = (False, error)
        try:
            conn.send(answer)
        except Exception as error:  # the exception (or result) does not pickle: send its text
            failure = error if answer[0] else answer[1]
            conn.send((False, HelperFailed("".join(traceback.format_exception(failure)))))
