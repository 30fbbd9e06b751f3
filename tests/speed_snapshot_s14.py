"""Fingerprints of what the parser and the gazetteer answer, to prove a speed change changed
no answer (`tests/test_speed_s14.py`). Written from main's code before the change (db0eb70, on the
branch s14-speed, where the tests proved the change), then again from the merged code at the end of
session 14, so that the checks (fresh processes, cold and warm index stores) run against it until
the parser's inputs change (then they skip: write it again from the code before the next change):

    PYTHONPATH=/work/main .venv/bin/python tests/speed_snapshot_s14.py

- every gold document under `tests/fixtures/*/docs`, parsed as a release parses it: a hash of
  its rows as JSON, keys in the order the parser made them (or of its rejection);
- the same of the benchmark's generated documents (300, seed 11);
- every lookup the gold parses made in the city, town and country indexes (method, arguments),
  with a hash of the answer's `repr` (floats included, so a similarity must be the same number);
- the whole content of each index (every key of every table, the sound index's buckets).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.append(str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures"
SNAPSHOT = Path(__import__("os").environ.get("SPEED_SNAPSHOT", ROOT / "tests" / "data" / "speed_snapshot_s14.json.gz"))

CITY_METHODS = ("by_hindi", "by_sound", "by_english", "short_name_of", "name_said", "has_latin_name",
                "is_pinned", "is_not_a_city")
COUNTRY_METHODS = ("by_hindi", "by_english", "hindi_keys")


#: The files this speed work changed: every other input of the parse is hashed (`other_inputs`).
SPEED_FILES = ("geo/gazetteer.py", "geo/phonetic.py", "geo/index_store.py", "parallel.py")


def other_inputs() -> str:
    """A hash of what the parse depends on besides `SPEED_FILES`: the rest of the imported
    `pipeline/parse` (code and data), the gold documents, the benchmark's generator and the
    locked package versions. When it differs from the snapshot's, another change moved the
    answers, and the comparisons with main's are skipped (the snapshot can be written again
    from the merge's first parent to compare once more)."""
    import pipeline.parse

    parse = Path(pipeline.parse.__file__).parent
    paths = [p for p in sorted(parse.rglob("*")) if p.is_file() and "__pycache__" not in p.parts
             and p.relative_to(parse).as_posix() not in SPEED_FILES]
    paths += [*gold_documents(), ROOT / "benchmarks" / "generate.py", ROOT / "requirements.lock"]
    found = hashlib.sha256()
    for path in paths:
        found.update(str(path.relative_to(parse if parse in path.parents else ROOT)).encode() + b"\0")
        found.update(hashlib.sha256(path.read_bytes()).digest())
    return found.hexdigest()[:16]


def digest(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def gold_documents() -> list[Path]:
    from pipeline.operations.evaluate import CLOSED_SETS  # (a closed set's documents are not parsed here)

    return sorted(p for p in FIXTURES.glob("*/docs/*.txt") if p.parent.parent.name not in CLOSED_SETS)


def parse_fingerprint(path: Path) -> str:
    """The hash of one document's rows as a release parses them (or of its rejection)."""
    from pipeline.ingest.reader import Rejection, read_raw_file
    from pipeline.tables.build import parse_raw

    raw = read_raw_file(path)
    result = raw if isinstance(raw, Rejection) else parse_raw(raw)
    if isinstance(result, Rejection):
        return digest(result)
    return digest(json.dumps(result.rows, ensure_ascii=False, default=repr))


def _index_label(index) -> str:
    from pipeline.parse.geo import gazetteer

    if isinstance(index, gazetteer.CountryIndex):
        return "countries"
    return "cities" if len(index.by_id) < 50_000 else "towns"  # 34,000 against 69,000 places


@contextmanager
def recorded_lookups() -> Iterator[dict[str, str]]:
    """Every lookup made in the block: "label.method(args)" -> digest of the answer."""
    from pipeline.parse.geo import gazetteer

    calls: dict[str, str] = {}
    originals: list[tuple[type, str, Callable]] = []

    def wrapped(cls: type, name: str, method: Callable) -> Callable:
        def lookup(self, *args, **kwargs):
            answer = method(self, *args, **kwargs)
            call = f"{_index_label(self)}.{name}{json.dumps([args, sorted(kwargs.items())], ensure_ascii=False)}"
            calls[call] = digest(answer)
            return answer
        return lookup

    for cls, names in ((gazetteer.CityIndex, CITY_METHODS), (gazetteer.CountryIndex, COUNTRY_METHODS)):
        for name in names:
            method = getattr(cls, name)
            originals.append((cls, name, method))
            setattr(cls, name, wrapped(cls, name, method))
    try:
        yield calls
    finally:
        for cls, name, method in originals:
            setattr(cls, name, method)


def replay(call: str, indexes: dict | None = None):
    """The answer, now, to one recorded lookup (in `indexes`: label -> index, when given)."""
    from pipeline.parse.geo import gazetteer

    label, rest = call.split(".", 1)
    name, arguments = rest.split("[", 1)
    args, kwargs = json.loads("[" + arguments)
    index = (indexes or {}).get(label) or {"cities": gazetteer.cities, "towns": gazetteer.towns,
                                           "countries": gazetteer.countries}[label]()
    return getattr(index, name)(*args, **dict(kwargs))


def sound_buckets(index) -> dict[str, list]:
    """The sound index as key -> its entries in order, whatever form the index keeps it in."""
    buckets = getattr(index, "sound_buckets", None)
    return buckets() if buckets is not None else index._sound()


def _tables(index) -> dict[str, list]:
    """The tables of a city index as lists of items, whatever form it keeps them in (a
    restricted index: its own places' entries of the tables it shares)."""
    by_id = index.by_id
    restricted = getattr(index, "_whole", None) is not None
    latin_names = getattr(index, "latin_names", None)

    def own(table):
        if not restricted:
            return list(table.items())
        return [(key, kept) for key, ids in table.items() if (kept := type(ids)(i for i in ids if i in by_id))]

    sound = sound_buckets(index)
    return {
        "by_id": list(by_id.items()),
        "latin": [(i, latin_names(i)) for i in by_id] if latin_names else list(index._latin.items()),
        "hindi": own(index._hindi),
        "loose": own(index._loose),
        "bare": own(index._bare),
        "english": own(index._english),
        "pinned": list(index._pinned.items()),
        "not_cities": sorted(index.not_cities),
        "sound": [(key, list(map(tuple, sound[key]))) for key in sorted(sound)],
    }


def index_fingerprint(index) -> dict[str, str]:
    """A hash of each table of a city index, orders included, and (`name:sorted`) of its
    items sorted: an index restricted from another keeps the other's order of keys."""
    tables = _tables(index)
    found = {name: digest(items) for name, items in tables.items()}
    found.update({f"{name}:sorted": digest(sorted(items)) for name, items in tables.items()})
    found["sound_unordered"] = digest([(key, sorted(entries)) for key, entries in tables["sound"]])
    return found


#: Tables whose order of keys an index restricted from another keeps (`CityIndex.restricted_to`).
ORDERED_IN_A_PART = ("by_id", "latin", "pinned", "not_cities", "sound", "sound_unordered")


def country_fingerprint(index) -> dict[str, str]:
    return {name: digest(list(getattr(index, name).items()))
            for name in ("by_alpha_3", "by_alpha_2", "_english", "_hindi", "_loose")}


GENERATED_COUNT, GENERATED_SEED = 300, 11


def generated_fingerprints(folder: Path) -> dict[str, str]:
    """`parse_fingerprint` of the benchmark's generated documents (`benchmarks/generate.py`)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    generate(folder, GENERATED_COUNT, GENERATED_SEED)
    return {path.name: parse_fingerprint(path) for path in sorted((folder / "raw").glob("*.txt"))}


def snapshot() -> dict:
    import tempfile

    from pipeline.parse import PARSER_VERSION
    from pipeline.parse.geo import gazetteer

    with recorded_lookups() as calls:
        parses = {str(path.relative_to(FIXTURES)): parse_fingerprint(path) for path in gold_documents()}
    with tempfile.TemporaryDirectory() as folder:
        generated = generated_fingerprints(Path(folder))
    return {
        "gazetteer_version": gazetteer.GAZETTEER_VERSION,
        "parser_version": PARSER_VERSION,
        "other_inputs": other_inputs(),
        "parses": parses,
        "generated": generated,
        "lookups": dict(sorted(calls.items())),
        "indexes": {"cities": index_fingerprint(gazetteer.cities()), "towns": index_fingerprint(gazetteer.towns()),
                    "countries": country_fingerprint(gazetteer.countries())},
    }


def load_snapshot() -> dict:
    return json.loads(gzip.decompress(SNAPSHOT.read_bytes()))


if __name__ == "__main__":
    text = json.dumps(snapshot(), ensure_ascii=False, indent=0) + "\n"
    SNAPSHOT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {SNAPSHOT}")


def fresh_process_fingerprints(folder: Path, generated_in: Path | None = None) -> dict:
    """In a new interpreter using the index folder `folder` (built there by
    `gazetteer.build_city_indexes` when empty, loaded when not): the gold parses, and the
    generated documents' too when `generated_in` is given; which city indexes it used."""
    import os
    import subprocess

    code = ("import json, sys; from pathlib import Path; from tests import speed_snapshot_s14 as s; "
            "print(json.dumps(s._fingerprints_here(Path(sys.argv[1]), sys.argv[2] or None)))")
    done = subprocess.run([sys.executable, "-c", code, str(folder), str(generated_in or "")], cwd=ROOT,
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fingerprints_here(folder: Path, generated_in: str | None) -> dict:
    from pipeline.parse.geo import gazetteer, index_store

    index_store.use_folder(folder)
    cold = gazetteer.missing_indexes() == list(gazetteer.INDEXES)
    gazetteer.warm()
    found = {"cold": cold, "cities_restricted": gazetteer.cities()._whole is gazetteer.towns(),
             "parses": {str(path.relative_to(FIXTURES)): parse_fingerprint(path) for path in gold_documents()}}
    if generated_in:
        found["generated"] = generated_fingerprints(Path(generated_in))
    return found
