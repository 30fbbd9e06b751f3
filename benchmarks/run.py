"""Benchmark: releases of 1,000 and 10,000 synthetic documents, beside this machine's floor.

    .venv/bin/python benchmarks/run.py [--sizes 1000,10000] [--work DIR] [--seed-runs 3]

For every size: generate the documents (`benchmarks/generate.py`), then in fresh processes
1. the floor: read every file, NFC-normalize, split into lines, write them as one CSV;
   and `parse_document` alone: CPU milliseconds per document on the first `PARSE_SAMPLE`;
2. a full release with an empty parse cache (the real Dagster job, run as `python -m pipeline
   release` runs it: `pipeline.operations.execution.run_release`), timed per stage from Dagster's step events and, inside the release
   step, around versioning, writing and frictionless validation;
3. an incremental release after one document changed (warm cache, previous release there);
4. `python -m pipeline release` once more on the same, unchanged input (whole process);
and Dagster's own floor: a trivial three-asset `materialize` in a cold process (median of
`--seed-runs`). Stage times are wall seconds from Dagster's step events, with the CPU seconds
of the process during each step beside them (a shared machine inflates wall times most). Prints everything as tables and the ratios the issue asks for (full / floor,
one changed / full, unchanged / Dagster's floor, peak memory), with the load average before
and after: the machine may be shared. `--json FILE` also writes the numbers. Optionally
(`--seed-runs`) the seed alone in a cold process. Timing only: nothing here asserts.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
SEED = ROOT / "raw" / "000_e9ce27afdd3d7ab4.txt"

DAGSTER_FLOOR = """
import dagster as dg
@dg.asset
def a(): return 1
@dg.asset
def b(a): return a + 1
@dg.asset
def c(b): return b + 1
assert dg.materialize([a, b, c], instance=dg.DagsterInstance.ephemeral()).success
"""


# --- what runs inside a fresh process ------------------------------------------------------


def _written_mb() -> float:
    """Bytes this process (its threads and the children it waited for) handed the disk to
    write, less what was deleted before it was written (Linux `/proc/self/io`; 0 elsewhere)."""
    try:
        io = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    except OSError:
        return 0.0
    return (int(io["write_bytes"]) - int(io["cancelled_write_bytes"])) / 1e6


def _peak_rss() -> dict[str, float]:
    return {
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def floor(raw: Path, out: Path) -> dict[str, float]:
    """Read, NFC-normalize, split into lines and write as CSV: the least any pipeline does."""
    start = time.perf_counter()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "text"])
        for path in sorted(raw.glob("*.txt")):
            text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
            writer.writerows((path.name, number, line) for number, line in enumerate(text.splitlines(), 1))
    return {"seconds": time.perf_counter() - start, **_peak_rss()}


#: Parse time is measured on this many documents (the first, by name), after this many warm the
#: indexes, best of `PARSE_PASSES` passes: the figure of issue 8 (ms of CPU per document).
PARSE_SAMPLE = 600
PARSE_WARM = 50
PARSE_PASSES = 2


def parse_time(raw: Path) -> dict[str, float]:
    """CPU milliseconds per document of `parse_document` alone, in this process."""
    from pipeline.parse import DocumentRejected, parse_document

    texts = [(p.stem, unicodedata.normalize("NFC", p.read_text(encoding="utf-8")))
             for p in sorted(raw.glob("*.txt"))[:PARSE_SAMPLE]]

    def parse_all(sample: list[tuple[str, str]]) -> None:
        for stem, text in sample:
            try:
                parse_document(stem, text)
            except DocumentRejected:
                pass

    start = time.process_time()
    parse_all(texts[:PARSE_WARM])  # builds the gazetteer indexes
    warm = time.process_time() - start
    best = float("inf")
    for _ in range(PARSE_PASSES):
        start = time.process_time()
        parse_all(texts)
        best = min(best, time.process_time() - start)
    return {"ms_per_document": best / max(len(texts), 1) * 1000, "documents": len(texts),
            "warm_documents": len(texts[:PARSE_WARM]), "warm_seconds": warm}


def _timed(module, name: str, sink: dict[str, float]) -> None:
    real = getattr(module, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            sink[name] = sink.get(name, 0.0) + time.perf_counter() - start

    setattr(module, name, wrapper)


def _step_cpu() -> dict[str, float]:
    """CPU seconds of this process per stage, filled while the run goes (an in-process run
    executes one step at a time; threads a step starts count to it): on a shared machine
    the wall times of `steps` grow with the load, CPU seconds much less."""
    import dagster._core.execution.plan.execute_plan as execute_plan

    sink: dict[str, float] = {}
    real = execute_plan.dagster_event_sequence_for_step

    def timed(step_context, *args, **kwargs):
        start = time.process_time()
        try:
            yield from real(step_context, *args, **kwargs)
        finally:
            stage = step_context.step.key.split(".")[0]
            sink[stage] = sink.get(stage, 0.0) + time.process_time() - start

    execute_plan.dagster_event_sequence_for_step = timed
    return sink


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def release(raw: Path, out: Path, cache: Path) -> dict:
    """One run of the real release job, in-process, with per-stage times."""
    import pipeline.release.publish as publish_module
    from pipeline.assets.resources import SammelanPaths
    from pipeline.operations.execution import run_release

    inner: dict[str, float] = {}
    for name in ("next_version", "write_release", "validate_package"):
        if hasattr(publish_module, name):  # publishing internals may move; time what is there
            _timed(publish_module, name, inner)
    cpu_steps = _step_cpu()
    paths = SammelanPaths(raw_dir=str(raw), out_dir=str(out), cache_dir=str(cache))
    start, start_cpu, written = time.perf_counter(), time.process_time(), _written_mb()
    result = run_release(paths, "in_process")  # exactly as the CLI runs it
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    steps: dict[str, float] = {}
    for event in result.all_events:
        if event.is_step_success:  # the parse stage's ops (and chunk steps) count as one stage
            stage = event.step_key.split(".")[0]
            steps[stage] = steps.get(stage, 0.0) + event.event_specific_data.duration_ms / 1000
    parsed = result.asset_materializations_for_node("parsed_documents")[0].metadata
    published = result.release_output
    return {
        "success": result.success,
        "job_seconds": wall,
        "job_cpu_seconds": cpu,  # every thread of the process; parse workers are children
        "children_cpu_seconds": _children_cpu(),
        "steps": steps,
        "steps_cpu": cpu_steps,
        "release_inner": inner,
        "cache_hits": parsed["cache_hits"].value,
        "cache_misses": parsed["cache_misses"].value,
        "parse_workers": parsed["parse_workers"].value,
        "version": published.version if published else None,
        "written_mb": _written_mb() - written,
        **_peak_rss(),
    }


# --- the orchestration ---------------------------------------------------------------------


def _child(*args: str) -> tuple[dict, float]:
    """Run this script in a fresh interpreter; returns its JSON answer and its wall time."""
    start, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{done.stderr[-4000:]}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    answer["process_cpu_seconds"] = _children_cpu() - cpu  # the child and its parse workers
    return answer, wall


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def _change_one(raw: Path) -> str:
    files = sorted(raw.glob("*.txt"))
    target = files[len(files) // 2]
    text = target.read_text(encoding="utf-8")
    marker = "आयोजित किया जाता है।"
    target.write_text(text.replace(marker, marker + " इसमें नई पहलें भी शामिल हैं।", 1), encoding="utf-8")
    return target.name


def accuracy(release_dir: Path, truth_file: Path) -> dict[str, int]:
    """Summits found and cities read, against the generator's ground truth."""
    with (release_dir / "data" / "summits.csv").open(encoding="utf-8", newline="") as handle:
        found = {(r["document_id"], int(r["year"])): r["city"] for r in csv.DictReader(handle)}
    expected = cities = 0
    hits = city_hits = 0
    for line in truth_file.read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        for summit in truth["summits"]:
            expected += 1
            key = (truth["document_id"], summit["year"])
            hits += key in found
            if summit["city"]:
                cities += 1
                city_hits += found.get(key) == summit["city"]
    return {"summits_expected": expected, "summits_found": hits, "cities_expected": cities, "cities_read": city_hits}


def bench_size(count: int, work: Path, dagster_runs: int = 3) -> dict:
    from generate import generate

    folder = work / str(count)
    shutil.rmtree(folder, ignore_errors=True)
    generate(folder, count)
    raw = folder / "raw"
    megabytes = sum(p.stat().st_size for p in raw.iterdir()) / 1e6
    floor_result, _ = _child("_floor", str(raw), str(folder / "floor.csv"))
    parsing, _ = _child("_parse", str(raw))
    full, full_wall = _child("_release", str(raw), str(folder / "out"), str(folder / "cache"))
    changed = _change_one(raw)
    incremental, incremental_wall = _child("_release", str(raw), str(folder / "out"), str(folder / "cache"))
    unchanged_wall = _wall([sys.executable, "-m", "pipeline", "release", "--raw", str(raw),
                            "--out", str(folder / "out"), "--cache", str(folder / "cache")])
    dagster_floor = statistics.median(_wall([sys.executable, "-c", DAGSTER_FLOOR]) for _ in range(dagster_runs))
    quality = accuracy(folder / "out" / full["version"], folder / "ground_truth.jsonl") if full["version"] else {}
    return {
        "documents": count, "megabytes": megabytes, "floor": floor_result, "parse": parsing,
        "full": {**full, "process_seconds": full_wall},
        "incremental": {**incremental, "process_seconds": incremental_wall, "changed_file": changed},
        "unchanged_seconds": unchanged_wall, "dagster_floor_seconds": dagster_floor,
        "accuracy": quality,
    }


def bench_seed(runs: int, work: Path) -> dict:
    pipeline_times, dagster_times = [], []
    for i in range(runs):
        target = work / f"seed-{i}"
        shutil.rmtree(target, ignore_errors=True)
        (target / "raw").mkdir(parents=True)
        shutil.copy(SEED, target / "raw")
        pipeline_times.append(_wall([sys.executable, "-m", "pipeline", "release", "--raw", str(target / "raw"),
                                     "--out", str(target / "out"), "--cache", str(target / "cache")]))
        dagster_times.append(_wall([sys.executable, "-c", DAGSTER_FLOOR]))
    return {"pipeline_seconds": statistics.median(pipeline_times), "dagster_floor_seconds": statistics.median(dagster_times),
            "runs": runs}


def _cpu(run: dict, step: str) -> str:
    cpu = run.get("steps_cpu", {}).get(step)
    return f" (CPU {cpu:.2f} s)" if cpu is not None else ""


def report(sizes: list[dict], seed: dict | None) -> str:
    lines = []
    stage_names = ["raw_documents", "parsed_documents", "tables", "table_checks", "corpus", "corpus_checks", "release"]
    for s in sizes:
        full, inc, fl = s["full"], s["incremental"], s["floor"]
        total = full["process_seconds"]
        lines += [
            f"## {s['documents']:,} documents, {s['megabytes']:.1f} MB",
            "",
            "| measure | full release (cold cache) | one document changed |",
            "|---|---|---|",
            f"| wall, whole process | {total:.2f} s | {inc['process_seconds']:.2f} s ({inc['process_seconds'] / total:.0%} of full) |",
            f"| CPU, whole process (parse workers included) | {full.get('process_cpu_seconds', 0):.2f} s | "
            f"{inc.get('process_cpu_seconds', 0):.2f} s "
            f"({inc.get('process_cpu_seconds', 0) / max(full.get('process_cpu_seconds', 0), 1e-9):.0%} of full) |",
            f"| wall, the job alone | {full['job_seconds']:.2f} s | {inc['job_seconds']:.2f} s |",
            f"| CPU, the job alone (this process; parse workers) | {full.get('job_cpu_seconds', 0):.2f} s; "
            f"{full.get('children_cpu_seconds', 0):.2f} s | {inc.get('job_cpu_seconds', 0):.2f} s; "
            f"{inc.get('children_cpu_seconds', 0):.2f} s |",
            f"| documents/s (process wall) | {s['documents'] / total:,.0f} | |",
            f"| MB/s (process wall) | {s['megabytes'] / total:.2f} | |",
        ]
        for step in stage_names:
            label = {"raw_documents": "read", "parsed_documents": "parse", "tables": "tables (frames)",
                     "table_checks": "validate (pandera + relations)", "corpus": "corpus (series, events)",
                     "corpus_checks": "corpus checks", "release": "release step"}.get(step, step)
            lines.append(f"| {label} | {full['steps'].get(step, 0):.2f} s{_cpu(full, step)} | "
                         f"{inc['steps'].get(step, 0):.2f} s{_cpu(inc, step)} |")
        for name, label in (("next_version", "  of which versioning"), ("write_release", "  of which write"),
                            ("validate_package", "  of which frictionless")):
            if name in full["release_inner"]:
                lines.append(f"| {label} | {full['release_inner'][name]:.2f} s | {inc['release_inner'].get(name, 0):.2f} s |")
        overhead = full["job_seconds"] - sum(full["steps"].values())
        lines += [
            f"| Dagster between steps | {overhead:.2f} s | {inc['job_seconds'] - sum(inc['steps'].values()):.2f} s |",
            f"| imports and start-up | {total - full['job_seconds']:.2f} s | {inc['process_seconds'] - inc['job_seconds']:.2f} s |",
            f"| parse cache hits / misses | {full['cache_hits']} / {full['cache_misses']} | {inc['cache_hits']} / {inc['cache_misses']} |",
            f"| parser processes | {full['parse_workers']} | {inc['parse_workers']} |",
            f"| written to disk (deleted unwritten files not counted) | {full.get('written_mb', 0):.0f} MB | "
            f"{inc.get('written_mb', 0):.0f} MB |",
            f"| peak RSS main / largest worker | {full['peak_rss_mb']:.0f} / {full['peak_rss_worker_mb']:.0f} MB | {inc['peak_rss_mb']:.0f} / {inc['peak_rss_worker_mb']:.0f} MB |",
            f"| floor (read + NFC + lines + CSV) | {fl['seconds']:.2f} s | |",
            f"| parse_document alone, CPU per document (best of {PARSE_PASSES} passes over {s['parse']['documents']:,}) "
            f"| {s['parse']['ms_per_document']:.2f} ms | |",
            f"| first {s['parse']['warm_documents']:,} documents in a cold process (gazetteer indexes built), CPU "
            f"| {s['parse']['warm_seconds']:.2f} s | |",
            f"| unchanged input, whole process / trivial Dagster run | {s['unchanged_seconds']:.2f} s / "
            f"{s['dagster_floor_seconds']:.2f} s | |",
            "",
            "| ratio | measured | target |",
            "|---|---|---|",
            f"| full / floor | {total / fl['seconds']:.1f}x | <= 15x |",
            f"| one changed / full | {inc['process_seconds'] / total:.0%} | <= 20% |",
            f"| unchanged / trivial Dagster run | {s['unchanged_seconds'] / s['dagster_floor_seconds']:.2f}x | <= 1.5x |",
            f"| peak memory (main process, any run) | "
            f"{max(full['peak_rss_mb'], inc['peak_rss_mb']) / 1024:.2f} GB | <= 0.75 GB (1 GB at 10,000) |",
            "",
        ]
        if s["accuracy"]:
            a = s["accuracy"]
            lines += [f"Ground truth: {a['summits_found']:,} of {a['summits_expected']:,} summits found, "
                      f"{a['cities_read']:,} of {a['cities_expected']:,} host cities read as written.", ""]
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        ratio = large["full"]["process_seconds"] / small["full"]["process_seconds"]
        lines += [f"Growth: {large['documents']:,} documents cost {ratio:.1f}x {small['documents']:,} "
                  f"({large['documents'] / small['documents']:.0f}x the documents).", ""]
    if seed:
        lines += [f"Seed alone, cold process: `python -m pipeline release` {seed['pipeline_seconds']:.2f} s; "
                  f"trivial three-asset Dagster materialize {seed['dagster_floor_seconds']:.2f} s; "
                  f"ratio {seed['pipeline_seconds'] / seed['dagster_floor_seconds']:.2f}x "
                  f"(median of {seed['runs']})."]
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("_floor", "_parse", "_release"):
        mode, *args = sys.argv[1:]
        if mode == "_parse":
            answer = parse_time(Path(args[0]))
        else:
            answer = floor(Path(args[0]), Path(args[1])) if mode == "_floor" else release(*map(Path, args))
        print(json.dumps(answer))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated document counts")
    parser.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one)")
    parser.add_argument("--seed-runs", type=int, default=0, help="cold runs of the seed alone (0: skip)")
    parser.add_argument("--dagster-runs", type=int, default=3, help="cold runs of Dagster's floor per size (median)")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="sammelan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"working in {work} on {os.cpu_count()} cores", file=sys.stderr)
    load_before = os.getloadavg()
    sizes = []
    for count in (int(c) for c in args.sizes.split(",") if c.strip()):
        print(f"benchmarking {count:,} documents …", file=sys.stderr)
        sizes.append(bench_size(count, work, args.dagster_runs))
    seed = bench_seed(args.seed_runs, work) if args.seed_runs else None
    if args.json:  # before the report, so a reporting bug loses no measurement
        args.json.write_text(json.dumps({"sizes": sizes, "seed": seed}, indent=2, default=str))
    print(report(sizes, seed))
    # other work on the machine inflates every number above; say how busy it was
    print("\nLoad average (1, 5, 15 min) at the start: " + ", ".join(f"{x:.1f}" for x in load_before)
          + "; at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
