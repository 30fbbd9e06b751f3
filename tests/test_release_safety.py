"""Publishing never breaks: kill -9 at every named point and at random moments, two runs at
once, a run that cannot get the lock. Every release left behind must validate (frictionless),
the catalog must stay valid, and the next run must finish the job exactly as an
uninterrupted run would have (byte for byte, with SOURCE_DATE_EPOCH fixed)."""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.forkserver
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.release.checkpoint import POINTS
from pipeline.release.files import TEMP_PREFIX
from pipeline.release.lock import ReleaseBusy, release_lock
from pipeline.release.publish import publish
from release_support import build_frames, check_outputs, publish_in_child, revised_raw, tree_digest

EPOCH = "1767225600"
SUPPORT = Path(__file__).with_name("release_support.py")
AFTER_COMMIT = POINTS[POINTS.index("renamed"):]


@pytest.fixture(scope="module")
def forks():
    """Processes forked from a clean server that already imported the pipeline and
    published once (fast, and free of whatever threads the test process runs)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["release_support", "release_warm"])
    with pytest.MonkeyPatch.context() as env:
        # Python 3.11's forkserver ignores sys.path when it preloads: give it the path here.
        env.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(SUPPORT.parent), os.environ.get("PYTHONPATH")])))
        multiprocessing.forkserver.ensure_running()
    return context


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """`base`: outputs/ with 1.0.0 of the seed; `raw`: the seed revised (one more summit);
    `reference`: `base` after an uninterrupted publish of `raw` (1.1.0)."""
    from conftest import SEED

    root = tmp_path_factory.mktemp("safety")
    raw_v1, raw_v2 = root / "raw_v1", revised_raw(SEED, root / "raw_v2")
    raw_v1.mkdir()
    shutil.copy(SEED, raw_v1 / SEED.name)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", EPOCH)
        base = root / "base"
        publish(build_frames(raw_v1), base)
        reference = root / "reference"
        shutil.copytree(base, reference)
        assert publish(build_frames(raw_v2), reference).version == "1.1.0"
    check_outputs(reference)
    return SimpleNamespace(raw=raw_v2, base=base, reference=reference)


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob(f"{TEMP_PREFIX}*"))


def check_left_behind(out: Path, scenario) -> list[str]:
    """What a killed run may leave: 1.0.0 untouched, 1.1.0 complete or absent, all valid."""
    versions = check_outputs(out)
    assert versions in (["1.0.0"], ["1.0.0", "1.1.0"]), versions
    assert tree_digest(out / "1.0.0") == tree_digest(scenario.base / "1.0.0")
    if "1.1.0" in versions:
        assert tree_digest(out / "1.1.0") == tree_digest(scenario.reference / "1.1.0")
    json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    if (out / "latest").exists():
        assert tree_digest(out / "latest") in {tree_digest(out / v) for v in versions}
    return versions


def run_all(forks, jobs: list[tuple[Path, str | None]], raw: Path) -> list[int]:
    processes = [forks.Process(target=publish_in_child, args=(str(raw), str(out), point, EPOCH)) for out, point in jobs]
    for p in processes:
        p.start()
    for p in processes:
        p.join(120)
    return [p.exitcode for p in processes]


def test_kill_at_every_point_then_the_next_run_completes(forks, scenario, tmp_path):
    jobs = []
    for point in POINTS:
        out = tmp_path / point
        shutil.copytree(scenario.base, out)
        jobs.append((out, point))

    exits = run_all(forks, jobs, scenario.raw)

    assert exits == [-signal.SIGKILL] * len(POINTS), dict(zip(POINTS, exits))  # every point reached
    for out, point in jobs:
        versions = check_left_behind(out, scenario)
        assert ("1.1.0" in versions) == (point in AFTER_COMMIT), point
    assert any(leftovers(out) for out, _ in jobs), "no kill left a staging folder: the test proves little"

    assert run_all(forks, [(out, None) for out, _ in jobs], scenario.raw) == [0] * len(jobs)
    for out, point in jobs:
        assert leftovers(out) == [], point
        assert tree_digest(out) == tree_digest(scenario.reference), f"killed at {point}: not repaired"


def test_kill_at_random_moments(forks, scenario, tmp_path):
    rng = random.Random(20260101)
    delays = [start + rng.uniform(0.0, 0.7) for start in (0.0, 0.7, 1.4, 2.1)]  # a publish takes ~2-3 s
    committed = 0
    for i, delay in enumerate(delays):
        out = tmp_path / f"run{i}"
        shutil.copytree(scenario.base, out)
        child = forks.Process(target=publish_in_child, args=(str(scenario.raw), str(out), None, EPOCH))
        child.start()
        time.sleep(delay)
        child.kill()
        child.join(60)
        committed += "1.1.0" in check_left_behind(out, scenario)
        assert run_all(forks, [(out, None)], scenario.raw) == [0]
        assert tree_digest(out) == tree_digest(scenario.reference), f"killed after {delay:.2f} s: not repaired"
    print(f"random kills: {len(delays)}, after the commit point: {committed}")


def start_publish(raw: Path, out: Path, **env) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SUPPORT), str(raw), str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **env},
    )


def test_two_runs_at_once_publish_once(scenario, tmp_path):
    out = tmp_path / "outputs"
    shutil.copytree(scenario.base, out)
    runs = [start_publish(scenario.raw, out), start_publish(scenario.raw, out)]
    results = []
    for run in runs:
        stdout, stderr = run.communicate(timeout=120)
        assert run.returncode == 0, stderr
        results.append(json.loads(stdout))
    assert sorted((r["version"], r["changed"]) for r in results) == [("1.1.0", False), ("1.1.0", True)]
    assert tree_digest(out) == tree_digest(scenario.reference)


def has_open(pid: int, path: Path) -> bool:
    """Whether process `pid` has `path` open (Linux /proc)."""
    try:
        return any(os.readlink(fd) == str(path) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


def test_second_run_waits_for_the_lock(scenario, tmp_path):
    out = tmp_path / "outputs"
    shutil.copytree(scenario.base, out)
    with release_lock(out):
        run = start_publish(scenario.raw, out)
        deadline = time.monotonic() + 120
        while not has_open(run.pid, out / ".lock") and time.monotonic() < deadline:
            time.sleep(0.1)  # until the run has reached the lock (importing takes seconds under load)
        time.sleep(0.5)
        assert run.poll() is None, "published while another run held the lock"
    stdout, stderr = run.communicate(timeout=120)
    assert run.returncode == 0, stderr
    assert "waiting for another release run to finish (pid" in stderr
    assert json.loads(stdout) == {"version": "1.1.0", "changed": True, "level": "minor"}


def test_run_that_cannot_get_the_lock_gives_up_clearly(scenario, tmp_path):
    out = tmp_path / "outputs"
    shutil.copytree(scenario.base, out)
    before = tree_digest(out)
    frames = build_frames(scenario.raw)
    with release_lock(out):
        started = time.monotonic()
        with pytest.raises(ReleaseBusy, match=r"another release run is publishing into .* \(pid \d+ since .*\)"):
            publish(frames, out, lock_timeout=0.3)
        assert time.monotonic() - started < 2
    assert tree_digest(out) == before
