"""Host cities and parties of every gold set: how many the parser names right, leaves empty,
or names wrongly.

    .venv/bin/python benchmarks/gold_cities.py [--list]

For each gold set under `tests/fixtures/` (docs/, expected.json), each gold summit with a
city is matched to the held summits the parser read in the same year: `right` when one of
them has that exact `city_en` (as the checker compares it), `empty` when the year was read
with no city, `wrong` when it was read with another city, `no summit` when the year was not
read at all. A summit the gold gives no city but we name is counted as `wrong` too (a city
invented). Parties: gold parties missing from ours, and ours the gold does not list
(`extra`; the optional group is not counted). Prints counts; asserts nothing.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Every gold set under tests/fixtures (a folder with docs/ and expected.json).
SETS = tuple(sorted(p.parent.name for p in (ROOT / "tests" / "fixtures").glob("*/expected.json")
                    if (p.parent / "docs").is_dir()))


def main() -> None:
    from pipeline.operations.evaluate import _int, _rows_of, extract_raw, load_gold

    show = "--list" in sys.argv
    total: Counter = Counter()
    for name in SETS:
        folder = ROOT / "tests" / "fixtures" / name
        gold, _ = load_gold(folder)
        tables = extract_raw(folder / "docs")
        docs = tables["documents"]
        counts: Counter = Counter()
        for file, facts in sorted(gold.items()):
            match = docs[docs["source_file"] == file]
            summits = _rows_of(tables["summits"], match["document_id"].iloc[0]) if not match.empty else None
            ours: dict[int, list[str]] = {}
            if summits is not None:
                for _, row in summits[summits["status"].isin(["", "held"])].iterrows():
                    ours.setdefault(_int(row["year"]), []).append(row["city_en"] or None)
            for s in facts["summits"]:
                year, city = int(s[0]), s[1]
                got = ours.get(year)
                if city is None:
                    if got and all(c is not None for c in got) and got.count(None) == 0 and len(got) >= 1:
                        wrong = [c for c in got if c is not None]
                        if len([g for g in facts["summits"] if int(g[0]) == year and g[1] is None]) and None not in got:
                            counts["wrong"] += 1
                            if show:
                                print(f"  {name} {file} {year}: gold none, ours {wrong}")
                    continue
                counts["gold"] += 1
                if got is None:
                    counts["no summit"] += 1
                elif city in got:
                    counts["right"] += 1
                elif None in got:
                    counts["empty"] += 1
                    if show:
                        print(f"  {name} {file} {year}: {city} left empty")
                else:
                    counts["wrong"] += 1
                    if show:
                        print(f"  {name} {file} {year}: {city} but ours {got}")
            parties = {str(p).lower() for p in _rows_of(tables["parties"], match["document_id"].iloc[0])["name_en"] if p} if not match.empty else set()
            wanted = {p.lower() for p in facts["parties_en"]}
            optional = {p.lower() for p in facts.get("parties_optional", ())}
            for p in facts["parties_en"]:
                counts["parties"] += 1
                if p.lower() in parties:
                    counts["parties right"] += 1
                elif show:
                    print(f"  {name} {file}: party {p} missing")
            for p in sorted(parties - wanted - optional):
                counts["parties extra"] += 1
                if show:
                    print(f"  {name} {file}: party {p} extra")
        total.update(counts)
        print(f"{name:9} cities {counts['right']}/{counts['gold']} right, {counts['empty']} empty, "
              f"{counts['wrong']} wrong, {counts['no summit']} not read; parties {counts['parties right']}/{counts['parties']}, "
              f"{counts['parties extra']} extra")
    print(f"{'all':9} cities {total['right']}/{total['gold']} right, {total['empty']} empty, "
          f"{total['wrong']} wrong, {total['no summit']} not read; parties {total['parties right']}/{total['parties']}, "
          f"{total['parties extra']} extra")


if __name__ == "__main__":
    main()
