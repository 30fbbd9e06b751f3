"""Recall and false positives of the host-city lookup (`places.find_city`).

    .venv/bin/python benchmarks/city_recall.py [--misses] [--stated]

Recall: `tests/data/host_cities.csv`, (Hindi spelling, English name, country) of summit
venues, resorts and second cities as Hindi news writes them, placed by `add_places`
(the lexicon's English name first, articles, two towns) with the country and India as the parties, and with
no context. A hit is a city of that country GeoNames knows by that English name.

False positives: the common Hindi words of `tests/test_city_sounds.py` (the lexicon's names
that are no cities, the commonest words of the dev set) looked up as the city of a document
whose parties are India and one country, for every country; and with `--stated`, written as
a city of that country ('WORD, COUNTRY'). A word that a GeoNames Devanagari name holds is not
counted (that is a real city name), nor is the lexicon consulted (as
`test_common_hindi_words_find_no_city_by_sound`). Prints counts only; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the cities not found")
    parser.add_argument("--stated", action="store_true", help="also count words stated as a country's city")
    args = parser.parse_args()

    from pipeline.parse.geo.gazetteer import City, cities, countries, english_key, towns
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.geo.places import _country_keys, add_places, find_city
    from pipeline.parse.language.text import match_key
    from test_city_sounds import _common_words

    lexicon = default_lexicon()
    names = _country_keys(lexicon)[0]
    started = time.process_time()
    cities()._sound()

    def lookup(hindi, parties, stated=None, english=None):
        return find_city(hindi, english, frozenset(parties), frozenset, names.get(match_key(hindi)),
                         stated_country=stated)

    def correct(city, english, country):
        if city is not None and city.geonames_id is None:  # two towns: the names only
            return city.country_code == country and english_key(city.name) == english_key(english)
        index = cities() if city is not None and city.geonames_id in cities().by_id else towns()
        return city is not None and city.country_code == country and (
            english_key(city.name) == english_key(english) or index.has_latin_name(city.geonames_id, english))

    def placed(hindi, parties, english):
        """As `add_places` places a summit row (articles, two towns), parties given by code."""
        party_rows = [{"name": code, "name_en": countries().by_alpha_2[code].name} for code in sorted(parties)]
        row = {"city": hindi, "city_en": english, "city_en_source": "lexicon" if english else None, "source_text": ""}
        add_places({"parties": party_rows, "summits": [row]}, lexicon)
        if not row.get("country_code"):
            return None
        return City(row.get("city_geonames_id"), row["city_en"], row["country_code"], 0.0, 0.0, 0)

    with (ROOT / "tests/data/host_cities.csv").open(encoding="utf-8") as handle:
        triples = [(r["hindi"], r["english"], r["country"]) for r in csv.DictReader(handle)]
    for label, parties_of in (("parties IN+country", lambda c: {"IN", c}), ("no context", lambda c: set())):
        hits = wrong = 0
        misses = []
        for hindi, english, country in triples:
            city = placed(hindi, parties_of(country), lexicon.english(hindi, ("city",)))
            if correct(city, english, country):
                hits += 1
            else:
                wrong += city is not None
                misses.append(f"{hindi} {english} {country} -> {city.name + ' ' + city.country_code if city else '-'}")
        print(f"recall, {label}: {hits}/{len(triples)} ({hits / len(triples):.1%}), wrong city {wrong}")
        if args.misses:
            print("   " + "\n   ".join(misses))

    words = _common_words()
    codes = sorted(c.alpha_2 for c in countries().by_alpha_3.values())
    modes = [("parties IN+country", lambda w, c: lookup(w, {"IN", c}))]
    if args.stated:
        modes.append(("stated 'WORD, COUNTRY'", lambda w, c: lookup(w, set(), c)))
    for label, run in modes:
        found = []
        for word in words:
            if cities().by_hindi(word):
                continue
            for code in codes:
                city = run(word, code)
                if city is not None:
                    found.append(f"{word}/{code} -> {city.name} {city.country_code}")
        print(f"false positives, {label}: {len(found)} of {len(words)} words x {len(codes)} countries")
        pairs = Counter(line.split("/")[0] + " -> " + line.split(" -> ")[1] for line in found)
        print(f"   {len(pairs)} distinct word -> city: " + "; ".join(f"{p} ({n})" for p, n in sorted(pairs.items())))
    print(f"CPU {time.process_time() - started:.1f} s")


if __name__ == "__main__":
    main()
