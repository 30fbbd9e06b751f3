"""The forked helper of publishing: its jobs run in a child that inherited the shared objects,
answer in order, raise what they raised, and give the release the bytes an in-process run gives."""

from __future__ import annotations

import os
import threading
import time

import pytest

from pipeline.release.helper import DISABLE_ENV, Helper
from pipeline.release.publish import publish
from release_support import build_frames


def _pid_and_size(shared: dict, key: str) -> tuple[int, int]:
    return os.getpid(), len(shared[key])


def _fail(shared: dict, message: str) -> None:
    raise ValueError(message)


def _remember(shared: dict, value: int) -> None:
    shared.setdefault("seen", []).append(value)


def _seen(shared: dict) -> list[int]:
    return shared.get("seen", [])


def _sleep(shared: dict, seconds: float) -> None:
    time.sleep(seconds)


def _length(shared: dict, data: bytes) -> int:
    return len(data)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_forked_helper_runs_jobs_in_a_child_that_inherited_the_shared_objects():
    shared = {"rows": list(range(1000))}  # not pickled: the child has it from the fork
    with Helper(shared, fork=True) as helper:
        assert helper.forked
        first = helper.submit(_pid_and_size, "rows")
        failing = helper.submit(_fail, "no such table")
        helper.submit(_remember, 1)
        helper.submit(_remember, 2)
        seen = helper.submit(_seen)
        with pytest.raises(ValueError, match="no such table"):
            failing.result()
        pid, size = first.result()
        assert pid != os.getpid() and size == 1000
        assert seen.result() == [1, 2]  # in order, state kept between jobs of the child
    assert "seen" not in shared  # the parent's objects are its own


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_sending_a_large_argument_does_not_wait_for_the_job_before_it():
    # More than a pipe holds: before the child read its messages on a thread, the send
    # waited until the sleeping job ended.
    with Helper({}, fork=True) as helper:
        sleeping = helper.submit(_sleep, 3.0)
        sent = threading.Event()
        sender = threading.Thread(target=lambda: (helper.submit(_length, b"x" * (4 << 20)), sent.set()))
        sender.start()
        assert sent.wait(2.0), "the send waited for the running job"
        sender.join()
        sleeping.result()
        assert helper._pending[0].result() == 4 << 20


def test_in_this_process_jobs_run_in_order_when_a_result_is_asked_for():
    shared: dict = {}
    helper = Helper(shared, fork=False)
    assert not helper.forked
    helper.submit(_remember, 1)
    failing = helper.submit(_fail, "later")
    seen = helper.submit(_seen)
    assert shared == {}  # nothing ran yet
    assert seen.result() == [1]
    with pytest.raises(ValueError, match="later"):
        failing.result()
    never = helper.submit(_remember, 3)
    helper.close()
    assert shared["seen"] == [1] and not never._done


def test_a_release_written_with_the_helper_has_the_bytes_of_one_written_without(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    tables = build_frames(raw_dir)
    publish(tables, tmp_path / "forked")
    monkeypatch.setenv(DISABLE_ENV, "1")
    publish(tables, tmp_path / "inline")
    first, second = tmp_path / "forked" / "1.0.0", tmp_path / "inline" / "1.0.0"
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert len(files) > 30
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel
