"""Benchmark: each consumer format of a release, alone, on synthetic documents.

    .venv/bin/python benchmarks/formats.py [--count 1000] [--seed 11] [--work DIR]
        [--formats workbook,sqlite,parquet,page,page-again]

Generates the documents (`benchmarks/generate.py`), builds the tables once (as the tests do,
without Dagster), then writes each format into one folder and prints its wall and CPU
seconds (the CPU of every thread: SQLite and vl-convert work on their own) and the peak
memory of the process. `page-again` renders the page once more with the first page as the
previous release's, as a release after a small change does. Timing only: nothing here
asserts. The machine may be shared: compare CPU seconds within one sitting.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

FORMATS = ("workbook", "sqlite", "parquet", "page", "page-again")


def _timed(name: str, write: Callable[[], object]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    write()
    print(f"{name:12} wall {time.perf_counter() - wall:6.2f} s   cpu {time.process_time() - cpu:6.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--work", type=Path, help="folder for the documents and files (default: a temporary one)")
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="sammelan-formats-"))
    raw = work / "raw"
    if not raw.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", str(args.count),
                        "--seed", str(args.seed), str(work)], check=True)

    from pipeline.release.build import documents_of
    from pipeline.release.datapackage import PAGE, descriptor, sqlite_path, workbook_path
    from pipeline.release.formats.page import release_page
    from pipeline.release.formats.parquet import write_parquet
    from pipeline.release.formats.sqlite import write_sqlite
    from pipeline.release.formats.workbook import write_workbook
    from release_support import build_frames
    from schemas.tables import TABLES

    tables = build_frames(raw)
    out = work / "files"
    out.mkdir(exist_ok=True)
    version, created = "1.0.0", "2026-01-01T00:00:00Z"
    about = descriptor(version=version, created=created, documents=documents_of(tables),
                       row_counts={t.name: len(tables[t.name]) for t in TABLES}, declarations=TABLES)
    writers: dict[str, Callable[[], object]] = {
        "workbook": lambda: write_workbook(out / workbook_path(version), about, tables, TABLES),
        "sqlite": lambda: write_sqlite(out / sqlite_path(version), tables, TABLES),
        "parquet": lambda: write_parquet(out, tables, TABLES),
        "page": lambda: (out / PAGE).write_text(release_page(out, about, tables, {}), encoding="utf-8"),
        "page-again": lambda: release_page(out, about, tables, {}, previous=out / PAGE),
    }
    print(f"{args.count} documents in {work}; {sum(len(t) for t in tables.values()):,} rows")
    for name in args.formats.split(","):
        _timed(name, writers[name])
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
