"""Benchmark: the publish step alone, first release and after one changed document, per step.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/publish_steps.py [--count 1500] [--work DIR]

Generates `--count` documents (`benchmarks/generate.py`), builds their tables without Dagster
(parse, tables, corpus: `pipeline.tables.build`), publishes them (the first release), changes
one document as `benchmarks/run.py` does, builds the tables again and publishes the second
release, in this process. For the second publish it prints wall and CPU seconds of the whole
publish and of its parts (each part's CPU is that of the thread it runs on: the database is
built on a thread of its own). Before that publish, the outputs folder is verified once, so
that it starts as a run after a previous run does (checksums remembered). Timing only.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

#: (module, function) pairs timed inside publish, where they exist.
PARTS = (
    ("pipeline.release.publish", "verify_releases"), ("pipeline.release.publish", "refresh"),
    ("pipeline.release.publish", "frame_digest"), ("pipeline.release.publish", "diff_release"),
    ("pipeline.release.publish", "write_release"), ("pipeline.release.publish", "validate_package"),
    ("pipeline.release.frames", "csv_text"), ("pipeline.release.build", "write_json"),
    ("pipeline.release.build", "write_workbook"),
    ("pipeline.release.build", "write_parquet"), ("pipeline.release.build", "release_page"),
    ("pipeline.release.build", "write_zip"), ("pipeline.release.build", "content_problems"),
    ("pipeline.release.build", "file_resource_problems"), ("pipeline.release.build", "verify_files"),
    ("pipeline.release.gate", "json_twin_problems"), ("pipeline.release.formats.page", "render_svgs"),
    ("pipeline.release.formats.sqlite", "write_sqlite"), ("pipeline.release.catalog", "_update_latest"),
    ("pipeline.release.publish", "fsync_tree"),
)


def frames_of(raw: Path) -> dict:
    from pipeline.ingest.reader import Rejection, read_raw_folder
    from pipeline.ingest.sources import read_sources
    from pipeline.tables.build import build_tables, parse_raw

    raws, rejections = read_raw_folder(raw)
    documents = []
    for item in raws:
        parsed = parse_raw(item)
        (rejections if isinstance(parsed, Rejection) else documents).append(parsed)
    return build_tables(documents, rejections, read_sources(raw))


def timed_parts() -> dict[str, list[float]]:
    """Wrap every part in `PARTS`: name -> [wall, CPU of its thread]."""
    sink: dict[str, list[float]] = {}
    for module_name, name in PARTS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:  # publishing internals move between versions: time what is there
            continue
        real = getattr(module, name, None)
        if real is None:
            continue

        def wrapper(*args, __real=real, __name=name, **kwargs):
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return __real(*args, **kwargs)
            finally:
                spent = sink.setdefault(__name, [0.0, 0.0])
                spent[0] += time.perf_counter() - wall
                spent[1] += time.thread_time() - cpu

        setattr(module, name, wrapper)
    return sink


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    from generate import generate
    from run import _change_one

    from pipeline.release.fingerprint import fingerprint_document, raw_hashes
    from pipeline.release.publish import publish
    from pipeline.release.verify import verify_releases

    work = args.work or Path(tempfile.mkdtemp(prefix="sammelan-publish-"))
    shutil.rmtree(work / "out", ignore_errors=True)
    generate(work, args.count)
    raw, out = work / "raw", work / "out"
    start = time.perf_counter(), time.process_time()
    publish(frames_of(raw), out, fingerprint=fingerprint_document(raw_hashes(raw)))
    first = time.perf_counter() - start[0], time.process_time() - start[1]
    _change_one(raw)
    tables = frames_of(raw)
    verify_releases(out)
    parts = timed_parts()
    start = time.perf_counter(), time.process_time()
    result = publish(tables, out, fingerprint=fingerprint_document(raw_hashes(raw)))
    second = time.perf_counter() - start[0], time.process_time() - start[1]
    print(f"{args.count:,} documents; first release {first[0]:.2f} s wall, {first[1]:.2f} s CPU")
    print(f"one document changed ({result.version}, {result.level}): {second[0]:.2f} s wall, {second[1]:.2f} s CPU "
          "(process)\n")
    print("| part | wall s | CPU s (its thread) |\n|---|---|---|")
    for name, (wall, cpu) in sorted(parts.items(), key=lambda item: -item[1][1]):
        print(f"| {name} | {wall:.2f} | {cpu:.2f} |")
    print(f"\nload average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
