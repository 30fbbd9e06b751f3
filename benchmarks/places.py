"""What the gazetteers cost: load time, memory, and parse time per document with and without them.

    .venv/bin/python benchmarks/places.py [--count 1000] [--seed 5] [--runs 3] [--raw DIR]

Runs in one fresh process: first the indexes are built (`cities()`, `countries()`) and their
time and resident-memory growth measured, then the documents (generated with
`benchmarks/generate.py` unless `--raw` is given) are parsed `--runs` times with
`add_places` switched off and on, interleaved, and `add_places` alone on the rows parsed
without it; the best run of each is reported, in CPU seconds of this process (the machine's
other load changes wall time far more than the code does). Timing only: nothing here asserts.
"""

from __future__ import annotations

import argparse
import copy
import gc
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--raw", type=Path, help="parse these documents instead of generated ones")
    args = parser.parse_args()

    import pipeline.parse.document as document
    from pipeline.parse import DocumentRejected, parse_document
    from pipeline.parse.geo import gazetteer

    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    start, cpu = time.perf_counter(), time.process_time()
    city_index = gazetteer.cities()
    city_seconds, city_cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    gazetteer.countries()
    country_seconds = time.perf_counter() - start
    gc.collect()
    added = process.memory_info().rss - before
    print(f"gazetteer {gazetteer.GAZETTEER_VERSION}")
    print(f"cities index: {len(city_index.by_id):,} cities, {city_index.hindi_names:,} Devanagari names, "
          f"built in {city_seconds:.2f} s ({city_cpu:.2f} s CPU); countries index {country_seconds * 1000:.0f} ms; "
          f"resident memory +{added / 2**20:.0f} MiB")

    with tempfile.TemporaryDirectory() as work:
        raw = args.raw
        if raw is None:
            from generate import generate

            generate(Path(work), args.count, args.seed)
            raw = Path(work) / "raw"
        docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(raw.glob("*.txt"))]

    def parse_all() -> float:
        begin = time.process_time()
        for document_id, text in docs:
            try:
                parse_document(document_id, text)
            except DocumentRejected:  # costs the same either way
                pass
        return time.process_time() - begin

    real = document.add_places
    parse_all()  # warm the parser's own caches
    timings: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.runs):
        document.add_places = lambda rows, lexicon=None: None
        timings["without"].append(parse_all())
        document.add_places = real
        timings["with"].append(parse_all())
    without, with_places = min(timings["without"]), min(timings["with"])

    # add_places alone, on the rows the parser made without it (copied afresh for every run)
    document.add_places = lambda rows, lexicon=None: None
    parsed = []
    for document_id, text in docs:
        try:
            parsed.append(parse_document(document_id, text).rows)
        except DocumentRejected:
            pass
    document.add_places = real
    alone = []
    for _ in range(args.runs):
        rows = copy.deepcopy(parsed)
        begin = time.process_time()
        for document_rows in rows:
            real(document_rows)
        alone.append(time.process_time() - begin)

    n = len(docs)
    print(f"{n} documents, CPU seconds, best of {args.runs}: parse without places {without:.2f} s "
          f"({without / n * 1000:.2f} ms/doc), with places {with_places:.2f} s ({with_places / n * 1000:.2f} ms/doc); "
          f"add_places alone {min(alone):.3f} s ({min(alone) / n * 1000:.3f} ms/doc, "
          f"{min(alone) / without:.1%} of parsing)")

if __name__ == "__main__":
    main()
