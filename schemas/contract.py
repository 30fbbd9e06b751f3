"""Why the published contract (tables, fields, types, keys) is what it is.

A release whose diff changes the contract quotes the newest note in its `CHANGES.md`, so a
consumer learns what changed *and why*. With every contract change in `schemas/tables.py`,
add a note at the top of `CONTRACT_NOTES` (changes are batched: one note per release that
changes the contract).
"""

from __future__ import annotations

CONTRACT_NOTES: tuple[str, ...] = (
    """Years from 1800 are now accepted (they were from 1900). Some summit series are older than
the twentieth century (the Parliament of the World's Religions first met in Chicago in 1893; the
Inter-Parliamentary Union's conferences began in Paris in 1889), and their first meetings were
left out as implausible years. `summits.year`, `summit_events.year` and `summit_series.first_year`
and `last_year` now admit 1800 to 2100; every value valid before is valid now (a loosened constraint, so MINOR).""",
    """An English name may now come from the document itself. Some documents gloss a side no
lexicon or gazetteer knows with its Latin acronym ('लैटिन अमेरिकी और कैरिबियाई राज्यों का समुदाय
(CELAC)'); that acronym is a name an English reader can look up, so it is published, and
`parties.name_en_source` and `summits.city_en_source` gain the value `text` to say so. No field
is removed or retyped: a consumer that reads the other three values reads this release too
(a loosened constraint, so MINOR).""",
    """Documents are now read in every common layout (Wikipedia pipe tables, news prose, press
releases, study notes, Markdown notes), summits are counted once across documents, and a
release is usable without Python. What changed and why:

- `summits` gains `date_end` (multi-day summits: `date` is the first day), `status` (held,
  planned, cancelled: a planned or cancelled summit is no longer published as if it took
  place), GeoNames place data (`city_en_source`, `city_geonames_id`, `latitude`,
  `longitude`, `country_code`: English names and maps beyond the hand-written lexicon) and
  `event_id` (the real summit it mentions).
- `parties` gains `name_en_source` and `iso3` (ISO 3166 through pycountry), so parties join
  to other country data.
- New tables `summit_series` and `summit_events`: one row per series and per real summit,
  across documents, with `mentions` and a `conflict` note where documents disagree. Counting
  summits per year now gives true numbers.
- `documents` gains where each document came from (`url`, `publisher`, `published`, ...,
  from the optional `raw/sources.csv`) and its `series_id`; `parse_issues` gains
  `source_file` (a bad manifest row names no document) and new reasons; `rejections` gains
  reasons for entries of the raw folder that are not documents.
- The JSON copies are declared as plain JSON files (a plain `pip install frictionless`
  validates the package); each release also ships a workbook, SQLite, Parquet and a page.""",
)
