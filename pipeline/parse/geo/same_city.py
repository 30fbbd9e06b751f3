"""One city name, one city: a place the document names again resolves as it did where it was placed.

A summit list often writes its venue bare ('(क) २०१८, दावोस (२३–२६ जनवरी)'), while the lead sets
the same name in its country ('स्विट्ज़रलैंड के दावोस में ...'). The gazetteer may find the place
only where the country is said; every other summit written with the same Hindi name is the same
place, so it takes that English name, code and coordinates. A name resolved two different ways
in one document is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Row = dict[str, Any]

_PLACE_COLUMNS = ("city_en", "city_en_source", "city_geonames_id", "latitude", "longitude", "country_code")


def share_resolved_cities(rows: Mapping[str, list[Row]]) -> None:
    """Fill, in place, the English name of each summit whose city another summit of the same
    document, written the same, has resolved (only when every such summit agrees)."""
    summits = rows.get("summits", ())
    resolved: dict[str, set[tuple]] = {}
    for row in summits:
        if row.get("city") and row.get("city_en"):
            resolved.setdefault(row["city"], set()).add(tuple(row.get(c) for c in _PLACE_COLUMNS))
    for row in summits:
        if row.get("city") and not row.get("city_en") and len(found := resolved.get(row["city"], ())) == 1:
            row.update(zip(_PLACE_COLUMNS, next(iter(found))))
