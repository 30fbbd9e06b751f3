"""How many places got English names, coordinates and ISO codes: a release's coverage.

    python -m pipeline.parse.geo.coverage PATH [--names]

PATH is a release folder (`outputs/<version>`, read from `data/*.csv`) or a folder of raw
documents (parsed here). `--names` lists the cities left without an English name or
coordinates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


# --- coverage --------------------------------------------------------------------------------


@dataclass
class Coverage:
    summits: int = 0
    cities: int = 0  # summit rows with a city
    city_en_by_source: Counter = field(default_factory=Counter)
    with_coordinates: int = 0
    parties: int = 0
    countries: int = 0  # parties of kind country
    with_iso3: int = 0
    party_en_by_source: Counter = field(default_factory=Counter)
    cities_without_english: Counter = field(default_factory=Counter)  # Hindi name -> rows
    cities_without_coordinates: Counter = field(default_factory=Counter)  # "hindi (english)" -> rows


def coverage(tables: Mapping[str, Any]) -> Coverage:
    """What the lexicon and the gazetteers gave a release's `summits` and `parties` tables
    (pandas DataFrames as `pipeline.tables` builds them or as read from the CSV files)."""
    result = Coverage()
    summits, parties = tables["summits"], tables["parties"]
    result.summits = len(summits)
    with_city = summits[summits["city"].notna()]
    result.cities = len(with_city)
    result.city_en_by_source = Counter(with_city["city_en_source"].dropna())
    result.with_coordinates = int(with_city["latitude"].notna().sum())
    result.cities_without_english = Counter(with_city.loc[with_city["city_en"].isna(), "city"])
    no_place = with_city[with_city["latitude"].isna()]
    result.cities_without_coordinates = Counter(
        f"{hindi} ({english})" if isinstance(english, str) else hindi
        for hindi, english in zip(no_place["city"], no_place["city_en"])
    )
    result.parties = len(parties)
    result.countries = int((parties["kind"] == "country").sum())
    result.with_iso3 = int(parties["iso3"].notna().sum())
    result.party_en_by_source = Counter(parties["name_en_source"].dropna())
    return result


def format_coverage(c: Coverage, *, names: bool = False) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({part / whole:.0%})" if whole else f"{part}/0"

    english = sum(c.city_en_by_source.values())
    lines = [
        f"summits: {c.summits}, with a city: {c.cities}",
        f"cities with an English name: {share(english, c.cities)}"
        + "".join(f"; {source} {n}" for source, n in sorted(c.city_en_by_source.items())),
        f"cities with coordinates: {share(c.with_coordinates, c.cities)}",
        f"parties: {c.parties}, countries: {c.countries}, with iso3: {share(c.with_iso3, c.parties)}"
        + "".join(f"; English from {source} {n}" for source, n in sorted(c.party_en_by_source.items())),
    ]
    if names:
        lines.append("cities without an English name: "
                     + (", ".join(f"{n} ×{k}" for n, k in sorted(c.cities_without_english.items())) or "none"))
        lines.append("cities without coordinates: "
                     + (", ".join(f"{n} ×{k}" for n, k in sorted(c.cities_without_coordinates.items())) or "none"))
    return "\n".join(lines)


def _tables_of(path: Path) -> dict[str, Any]:
    """The summits and parties tables of a release folder, or of a folder of raw documents
    parsed here."""
    import pandas as pd

    from pipeline.ingest.reader import Rejection, read_raw_folder
    from pipeline.tables.build import build_tables, parse_raw

    data = path / "data"
    if (data / "summits.csv").exists():
        return {name: pd.read_csv(data / f"{name}.csv", dtype=str, keep_default_na=False, na_values=[""])
                for name in ("summits", "parties")}
    documents, rejections = read_raw_folder(path)
    results = [parse_raw(r) for r in documents]
    return build_tables([r for r in results if not isinstance(r, Rejection)],
                        rejections + [r for r in results if isinstance(r, Rejection)])


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m pipeline.parse.geo.coverage",
        description="Coverage of English city names, coordinates and ISO codes in a release "
        "folder (outputs/<version>) or a folder of raw documents (parsed on the fly).",
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--names", action="store_true", help="also list the cities left without a name or coordinates")
    args = parser.parse_args(argv)
    print(format_coverage(coverage(_tables_of(args.path)), names=args.names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
