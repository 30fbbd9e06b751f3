"""The daily schedule and the raw/ sensor, evaluated with Dagster's test contexts."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import dagster as dg
import pytest

from pipeline.assets.resources import SammelanPaths
from pipeline.operations.automation import SETTLE_SECONDS, FolderState
from pipeline.definitions import RELEASE_JOB, build_definitions


def _settled(path: Path) -> None:
    """Pretend the file was written a while ago, so the sensor does not wait for it."""
    past = time.time() - 10 * SETTLE_SECONDS
    os.utime(path, (past, past))


@pytest.fixture
def sensor_setup(raw_dir, tmp_path):
    for path in raw_dir.iterdir():
        _settled(path)
    paths = SammelanPaths(raw_dir=str(raw_dir), out_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache"))
    defs = build_definitions(paths)
    return defs, defs.resolve_sensor_def("raw_folder_sensor"), paths


def evaluate(paths, sensor, instance, cursor):
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"paths": paths})
    result = sensor.evaluate_tick(context)
    return result, result.cursor if result.cursor is not None else cursor


def test_schedule_runs_the_release_job_at_six_india_time():
    defs = build_definitions()
    schedule = defs.resolve_schedule_def("daily_release")
    assert schedule.execution_timezone == "Asia/Kolkata"
    assert schedule.cron_schedule == "0 6 * * *"
    assert schedule.job_name == RELEASE_JOB
    context = dg.build_schedule_context(
        scheduled_execution_time=dt.datetime(2026, 1, 5, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    )
    result = schedule.evaluate_tick(context)
    assert len(result.run_requests) == 1
    assert result.run_requests[0].job_name in (None, RELEASE_JOB)


def test_sensor_one_run_per_change_set(sensor_setup, raw_dir):
    _, sensor, paths = sensor_setup
    with dg.instance_for_test() as instance:
        result, cursor = evaluate(paths, sensor, instance, None)
        (first,) = result.run_requests
        assert first.tags["sammelan/change"] == "1 new, 0 changed, 0 removed"
        assert sensor.job_name == RELEASE_JOB

        result, cursor = evaluate(paths, sensor, instance, cursor)
        assert not result.run_requests and result.skip_message.startswith("no change")

        # two files added and one changed at once: one change set, one run
        seed = next(raw_dir.iterdir())
        (raw_dir / "b.txt").write_text("दूसरा\n\nइतिहास\n\nपाठ", encoding="utf-8")
        (raw_dir / "c.txt").write_text("तीसरा\n\nइतिहास\n\nपाठ", encoding="utf-8")
        seed.write_text(seed.read_text(encoding="utf-8") + "\nनई पंक्ति।\n", encoding="utf-8")
        for path in raw_dir.iterdir():
            _settled(path)
        result, cursor = evaluate(paths, sensor, instance, cursor)
        (second,) = result.run_requests
        assert second.tags["sammelan/change"] == "2 new, 1 changed, 0 removed"
        assert second.run_key != first.run_key

        (raw_dir / "b.txt").unlink()
        result, cursor = evaluate(paths, sensor, instance, cursor)
        (third,) = result.run_requests
        assert third.tags["sammelan/change"] == "0 new, 0 changed, 1 removed"
        assert len({first.run_key, second.run_key, third.run_key}) == 3


def test_sensor_repeated_from_the_same_cursor_asks_for_the_same_run(sensor_setup):
    _, sensor, paths = sensor_setup
    with dg.instance_for_test() as instance:
        first, _ = evaluate(paths, sensor, instance, None)
        again, _ = evaluate(paths, sensor, instance, None)
        assert first.run_requests[0].run_key == again.run_requests[0].run_key  # Dagster starts it once


def test_sensor_ignores_touch_and_waits_for_files_being_written(sensor_setup, raw_dir):
    _, sensor, paths = sensor_setup
    with dg.instance_for_test() as instance:
        _, cursor = evaluate(paths, sensor, instance, None)
        seed = next(raw_dir.iterdir())
        os.utime(seed, (time.time() - 5000, time.time() - 5000))  # same bytes, new mtime
        result, cursor = evaluate(paths, sensor, instance, cursor)
        assert not result.run_requests
        assert FolderState.from_cursor(cursor).files[seed.name][1] == seed.stat().st_mtime_ns

        (raw_dir / "new.txt").write_text("अधूरा", encoding="utf-8")  # just written: may be incomplete
        result, cursor = evaluate(paths, sensor, instance, cursor)
        assert not result.run_requests and "still being written" in result.skip_message
        _settled(raw_dir / "new.txt")
        result, _ = evaluate(paths, sensor, instance, cursor)
        assert len(result.run_requests) == 1


def test_a_restored_state_still_gets_its_own_run(sensor_setup, raw_dir):
    _, sensor, paths = sensor_setup
    seed = next(raw_dir.iterdir())
    original = seed.read_bytes()
    keys = []
    with dg.instance_for_test() as instance:
        _, cursor = evaluate(paths, sensor, instance, None)
        for content in (original + b"\n", original, original + b"\n", original):
            seed.write_bytes(content)
            _settled(seed)
            result, cursor = evaluate(paths, sensor, instance, cursor)
            keys.append(result.run_requests[0].run_key)
    assert len(set(keys)) == 4


def test_sensor_runs_when_only_the_sources_manifest_changes(sensor_setup, raw_dir):
    """Titles, URLs and publishers come from raw/sources.csv: editing it alone is a change."""
    _, sensor, paths = sensor_setup
    with dg.instance_for_test() as instance:
        _, cursor = evaluate(paths, sensor, instance, None)
        seed = next(p for p in raw_dir.iterdir() if p.suffix == ".txt")
        manifest = raw_dir / "sources.csv"
        manifest.write_text(f"file,url,title,publisher\n{seed.name},https://example.org/a,A,Example\n", encoding="utf-8")
        _settled(manifest)
        result, cursor = evaluate(paths, sensor, instance, cursor)
        (request,) = result.run_requests
        assert request.tags["sammelan/change"] == "1 new, 0 changed, 0 removed"

        manifest.write_text(f"file,url,title,publisher\n{seed.name},https://example.org/b,B,Example\n", encoding="utf-8")
        _settled(manifest)
        result, cursor = evaluate(paths, sensor, instance, cursor)
        (request,) = result.run_requests
        assert request.tags["sammelan/change"] == "0 new, 1 changed, 0 removed"

        result, cursor = evaluate(paths, sensor, instance, cursor)
        assert not result.run_requests
