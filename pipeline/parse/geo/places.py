"""English names, codes and coordinates for a document's places, from the gazetteers.

`add_places(rows, lexicon)` runs once at the end of `parse_document` and fills, in place:

- `parties`: `iso3` for every party ISO 3166 knows (by the lexicon's English name when the
  lexicon gave one, else by the Hindi name); a party the lexicon did not name gets pycountry's
  English name (`name_en_source` iso3166) and kind `country`. Organisations are left alone.
- `summits`: for a row with a `city`, the GeoNames city it names: `city_geonames_id`,
  `latitude`, `longitude`, `country_code`, and `city_en` (`city_en_source` geonames) when
  the lexicon gave no English name. The lexicon's name is never replaced. A held summit
  whose reader found no place takes the name next to its entry's date (`_city_by_position`:
  '• 2009 — अल्माती, 28 अप्रैल: ...') only when the gazetteers place it in a document's country.

Which city: the cities whose Devanagari alternate name is the row's city (exact key, else
the loose key), or, when the lexicon gave an English name, the cities of that name (those
carrying both names win). Several left: the ones in a country the row's own text names
(कोलंबिया के ... कार्टाजेना), else in the parties' countries; if none of them is, a city of the
same English name there (विक्टोरिया in a document about Seychelles is Victoria, Seychelles);
then the one whose English name has as many words as the Hindi (नई दिल्ली: New Delhi, not
Delhi), then the most populous, but only when it has at least `DOMINANCE` times the people
of the next: two cities of about the same size stay unresolved. A city found only by the
lexicon's English name must lie in one of those countries, be pinned by the conventions
table, or, when the document names no country at all, be the only city of that name (Goa
is no city in the Philippines). A place written as a country's name only matches a city of
that country (सिंगापुर: Singapore; कोलंबिया: not Columbia, South Carolina). Unknown stays empty.

A Hindi name GeoNames has no Devanagari name for is matched by sound against its Latin
names (`phonetic.py`, `_by_sound`): same consonant skeleton, similar vowels, and only when
safe: the best candidate in the document's countries if it is plausible (a capital, a city
of 100,000 people, or a near-exact match of a long name) and has no rival there, or, with
none there, a large city whose own name matches and that dwarfs every other candidate.

When the cities find nothing in the document's countries, the towns (GeoNames places of
5,000 people, `gazetteer.towns`) are looked in there by sound. A name is also tried without
its article (द हेग), as two towns (चा-अम हुआ हिन), and a country's name as its city-state.

`pipeline/parse/geo/coverage.py` counts what the lexicon and the gazetteers achieved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from pipeline.parse.geo import phonetic
from pipeline.parse.language.dates import ascii_digits, parse_entry_label
from pipeline.parse.geo.gazetteer import (
    City, CityIndex, Sounding, cities, countries, country_groups, english_display, english_key, romanized_countries, towns,
    without_marks,
)
from pipeline.parse.language.lexicon import Lexicon, default_lexicon
from pipeline.parse.language.text import match_key, romanize

Row = dict[str, Any]

#: The most populous candidate must have this many times the people of the next one.
DOMINANCE = 3
MAX_COUNTRY_WORDS = 4
#: Sound-alike matches (a Hindi name GeoNames has no Devanagari name for), see `_by_sound`.
#: Measured on the dev-set cities and on 700 common Hindi words (the README, Places): the
#: cities' Hindi spellings score 0.88 or more against one of their GeoNames names
#: (ग्योंगजू/Gyeongju 0.88, सिएटल/Seattle 0.91) and 0.72 or more against the city's own name.
SOUND_SIMILARITY = 0.85
SOUND_OWN_SIMILARITY = 0.72
SOUND_MARGIN = 0.1  # a candidate this close to the best one is a rival
#: A skeleton of fewer consonants sounds like too many names (एपिया: p; सीमा: sm).
SOUND_MIN_CONSONANTS = 3
#: A two-consonant name is looked for in the document's countries only when its form has this
#: many letters (पटाया pataia, ओडेसा odesa); shorter ones are common words (साल, बाद, टीका).
SOUND_SHORT_MIN_LETTERS = 5
#: A two-consonant name of this many letters may be a document country's capital (जुबा juba);
#: shorter ones are words (माल mal: Malé, whose final e the folding drops).
SOUND_CAPITAL_MIN_LETTERS = 4
#: ...or a city of this many people there that dwarfs the others of its sound (सेबू: Cebu City,
#: not Lake Sebu; ल्वीव: Lviv), never a word ending in -े (बनाने: Banan, China).
SOUND_MAJOR_POPULATION = 500_000
#: ...nor when it ends in -e, the ending of Hindi's inflected words (बनाने, करने, वाले), which
#: the silent final e of Latin names (Banane = Banan) would otherwise fold away.
HINDI_OBLIQUE_ENDING = "े"  # the vowel sign े
#: The final o of foreign names (पारो, नागो, लागोस), which Hindi's own words seldom end in.
FOREIGN_FINAL_O = ("ो", "ॉ")  # ो ॉ
#: A city matched only by an alternate name needs a longer skeleton (क्यूबेक सिटी: kbkst).
SOUND_ALTERNATE_CONSONANTS = 5
#: In a document's country: a capital, a city of this many people, or a near-exact own name
#: with a skeleton of 4 consonants (बियारिट्ज़: Biarritz). Outside them: this many people,
#: an own name at `SOUND_ALONE_SIMILARITY`, and `DOMINANCE` over every candidate.
SOUND_POPULATION = 100_000
SOUND_EXACT_SIMILARITY = 0.95
SOUND_LONG_SIMILARITY = 0.9  # an own name of `SOUND_ALTERNATE_CONSONANTS` (प्युर्तो इगुआसू: 0.92)
SOUND_ALONE_SIMILARITY = 0.85
#: A capital of this many people may be matched, with no country to check against, by an
#: alternate name alone, spelled near-exactly with a skeleton of `SOUND_ALTERNATE_CONSONANTS`.
SOUND_CAPITAL_POPULATION = 1_000_000
#: Of candidates that sound nearly alike, one with this many times the people of each other wins.
SOUND_DWARFING = 20
#: A name with its country written beside it: its own name at this similarity in that country.
SOUND_BESIDE_SIMILARITY = 0.9
SOUND_EXCLUDED_COUNTRIES = frozenset({"IN"})
#: Countries whose cities Hindi text calls by their own (often renamed) names, which GeoNames
#: may keep only as an alternate beside an older own name (पणजी: Panaji, not "Panjim"). Abroad
#: the alternates are other languages' spellings (रेक्याविक sounds like "Rekyavik").
NATIVE_NAME_COUNTRIES = frozenset({"IN"})
_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+")  # words; भारत-रूस is two


class PartyCountries(frozenset):
    """The countries of a document's parties (ISO alpha-2) and, as a less specific context
    (`wider`), the countries its other parties stand for: an organisation's members (a summit of
    ASEAN in सेबू: Cebu, the Philippines) or a former state's successors (सोवियत संघ: याल्टा is
    Yalta, Ukraine), from the conventions table (`gazetteer.country_groups`)."""

    wider: frozenset[str]

    def __new__(cls, codes: frozenset[str], wider: frozenset[str] = frozenset()) -> "PartyCountries":
        made = super().__new__(cls, codes)
        made.wider = frozenset(wider) - made
        return made


def add_places(rows: Mapping[str, list[Row]], lexicon: Lexicon | None = None) -> None:
    """Fill the gazetteer columns of one document's `parties` and `summits` rows in place."""
    lexicon = lexicon or default_lexicon()
    groups = country_groups()
    parties = rows.get("parties", ())
    codes = frozenset(code for row in parties if (code := _add_country(row)) is not None)
    grouped = [row.get("name_en") or "" for row in parties if row.get("iso3") is None]
    # only when the table knows every such party: in a document on two groups (EU–CELAC) one group's
    # countries would outweigh the other's
    wider = frozenset(c for name in grouped for c in groups[name]) if all(n in groups for n in grouped) else frozenset()
    party_countries = PartyCountries(codes, wider)
    documents = rows.get("documents") or ()
    title = (documents[0].get("title") or "") if documents else ""
    for row in rows.get("summits", ()):
        if row.get("city"):
            _add_city(row, party_countries, lexicon, title)
        elif row.get("status") == "held" and row.get("mode") != "virtual":
            _city_by_position(row, party_countries, lexicon)


# --- parties ---------------------------------------------------------------------------------


def _add_country(row: Row) -> str | None:
    """Fill `iso3` (and the English name when missing); returns the ISO alpha-2 code."""
    if row.get("kind") == "organisation":
        return None
    index = countries()
    country = index.by_english(row["name_en"]) if row.get("name_en") else index.by_hindi(row["name"])
    if country is None:
        return None
    row["iso3"] = country.alpha_3
    row["kind"] = "country"
    if not row.get("name_en"):
        row["name_en"] = country.name
        row["name_en_source"] = "iso3166"
    return country.alpha_2


# --- cities ----------------------------------------------------------------------------------


def _add_city(row: Row, party_countries: frozenset[str], lexicon: Lexicon, title: str = "") -> None:
    """`title`: the document's, which may say the country of a summit's city ('फिजी के नादी में
    १२वाँ ... सम्मेलन') where the summit's own text does not."""
    hindi, english = row["city"], row.get("city_en")
    source = row.get("source_text") or ""

    def look(name: str, english_name: str | None, country: str | None = None) -> City | None:
        """`country`: the name is written next to a town of that country (the second of two)."""
        stated, beside = (country, False) if country else _stated(name, source, lexicon)
        if stated is None and name in title:
            stated, beside = _stated(name, title, lexicon, headline=True)
        return find_city(name, english_name, party_countries if country is None else frozenset({country}),
                         lambda: countries_named(source, lexicon) if country is None else frozenset(),
                         _country_keys(lexicon)[0].get(match_key(name)),
                         stated_country=stated, beside=beside)

    city = look(hindi, english)
    if city is None and not english and (bare := without_article(hindi)) != hindi:
        bare_english = lexicon.english(bare, ("city",))
        city = look(bare, bare_english)
        if city is not None and bare_english:
            english = row["city_en"] = bare_english
            row["city_en_source"] = "lexicon"
        elif city is not None and city.country_code not in party_countries | countries_named(source, lexicon):
            city = None  # the bare name is another place's (लास पालमास is not Palmas, Brazil)
    if city is None and not english:
        towns = _two_towns(hindi, lambda name, country=None: look(name, lexicon.english(name, ("city",)), country))
        if towns is not None:  # two places: no one point, but one country
            row["city_en"], row["city_en_source"], row["country_code"] = towns
        elif (named := _namesake_abroad(hindi, source, lexicon)) is not None:
            row["city_en"], row["city_en_source"] = named, "geonames"
        elif WRITTEN_IN_LATIN.fullmatch(hindi):
            # 'Wilmington', 'Punta del Este': a place the text writes in Latin letters is named in English
            # as written, though no gazetteer places it (no point, no country)
            row["city_en"], row["city_en_source"] = hindi, "text"
        return
    if city is None:
        return
    if not english:
        row["city_en"] = _name_as_written(city, row["city"], lexicon)
        row["city_en_source"] = "geonames"
    row["city_geonames_id"] = city.geonames_id
    row["latitude"] = city.latitude
    row["longitude"] = city.longitude
    row["country_code"] = city.country_code


#: A place's name written in Latin letters ('Stralsund', 'Buenos Aires', 'Aix-en-Provence'): capitalised words.
LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿ'.-]+(?:[ -][A-Z][a-zà-ÿ'.-]+){0,2}")
#: A place's name in Latin letters, its particles included ('Punta del Este', 'Port of Spain', 'Rio de Janeiro').
WRITTEN_IN_LATIN = re.compile(r"[A-Z][A-Za-zà-ÿ'’.-]+(?:[ -](?:(?:de|del|da|do|dos|das|la|le|les|of|el|al|am|an|sur|on)[ -])?"
                              r"[A-Z][A-Za-zà-ÿ'’.-]+){0,3}")
#: A name written in Latin letters that GeoNames has for several cities is the largest of them
#: only when it is this many times larger than the next (Oslo, Norway; not Paris, Texas).
LATIN_NAME_LEAD = 10
#: ... and, outside the document's countries, a capital or a city of this many people.
LATIN_NAME_POPULATION = 100_000


#: A name in Latin letters names a city with no context only as a capital or a city of this many.
NOTABLE_LATIN_POPULATION = 1_000_000


@lru_cache(maxsize=4096)
def notable_latin_city(name: str) -> bool:
    """A name in Latin letters that names a city without any context: a capital or a city of a
    million that is the one city of its name or dwarfs the others ('Paris', 'Quito'), and no
    country's name ('Mexico'); not a town's name that is an English word too ('Summit', 'Reading')."""
    if LATIN_NAME.fullmatch(name) is None or countries().by_english(name) is not None:
        return False
    city = _latin_city(cities(), name, tuple)
    return city is not None and (city.capital or city.population >= NOTABLE_LATIN_POPULATION)


def _latin_city(index: Any, name: str, contexts: Callable[[], Sequence[frozenset[str]]]) -> City | None:
    """'**Oslo, 1997** — ...': a city the text writes in Latin letters, by its English name: the one
    in a country the document names, else a capital or large city that is the one city of that name
    or dwarfs the others; none when GeoNames does not know the name as a city."""
    if index.is_not_a_city(name):
        return None
    found = index.by_english(name)
    if not found:
        return None
    for group in contexts():
        inside = [c for c in found if c.country_code in group]
        if len(inside) == 1:
            return inside[0]
    ranked = sorted(found, key=lambda c: -c.population)
    if not (ranked[0].capital or ranked[0].population >= LATIN_NAME_POPULATION):
        return None  # ('Summit', New Jersey: a small town's name is an English word too often)
    if len(ranked) == 1 or ranked[0].population >= LATIN_NAME_LEAD * max(ranked[1].population, 1):
        return ranked[0]
    return None


def _namesake_abroad(hindi: str, source: str, lexicon: Lexicon) -> str | None:
    """The English name of a place written beside its country ('बेलेन | कोस्टा रिका') that GeoNames
    lacks there but knows, by that Devanagari name, only elsewhere and under one English name
    (Belén, Argentina): the name, without the other place's point."""
    stated, beside = _stated(hindi, source, lexicon)
    if stated is None or not beside:
        return None
    named = cities().by_hindi(hindi, bare=False)
    names = {english_display(c.name) for c in named}
    return names.pop() if len(names) == 1 and all(c.country_code != stated for c in named) else None


#: The parts of an entry's line: split at colons, semicolons, commas, brackets and spaced dashes.
_ENTRY_PARTS = re.compile(r"\s*(?:[:：;,()।]|\s[—–-]\s|→)\s*")
#: How many parts of a line to read for the date and the name: 'CITY (COUNTRY), DAY MONTH YEAR'.
MAX_PLACE_PART = 4


def _city_by_position(row: Row, party_countries: frozenset[str], lexicon: Lexicon) -> None:
    """A held summit whose reader found no place, from a list entry that names one by position:
    the name right after its date ('• 2009 — अल्माती, 28 अप्रैल: ...', '1997: अल्माती में ...')
    or right before it ('अल्माती, 2009: ...'), when the gazetteers place that name in a country
    of the document (its parties, or the line's own countries). Nothing else is guessed."""
    from pipeline.parse.layout.structure import strip_marker  # the structure and summit readers; imported late
    from pipeline.parse.layout.summits import _whole_date, label_place, is_virtual

    source = (row.get("source_text") or "").split(" … ")[0]
    if not source or source.startswith("|") or is_virtual(source):
        return
    parts = [p for p in _ENTRY_PARTS.split(strip_marker(source)[0], maxsplit=MAX_PLACE_PART + 1) if p]
    year = str(row["year"])
    dated = next((k for k, part in enumerate(parts[:MAX_PLACE_PART]) if year in ascii_digits(part)), None)
    if dated is None or dated > 1 or (parse_entry_label(parts[dated]) is None and _whole_date(parts[dated]) is None):
        return  # no entry that opens with its date alone (or a name, then the date)
    for name in _names_by_position(parts, dated):
        place = label_place(name, lexicon)
        if place is None or place.kind not in ("city", "unknown") or not place.city:
            continue
        named = countries_named(source, lexicon)
        stated, beside = _stated(place.city, source, lexicon)
        city = find_city(place.city, None, party_countries, lambda: named, stated_country=stated, beside=beside)
        if city is not None and city.country_code in party_countries | named | _wider(party_countries) \
                and _named_closely(city, place.city):
            row["city"], row["city_romanized"] = place.city, romanize(place.city)
            row["city_en"], row["city_en_source"] = _name_as_written(city, place.city, lexicon), "geonames"
            row["city_geonames_id"], row["country_code"] = city.geonames_id, city.country_code
            row["latitude"], row["longitude"] = city.latitude, city.longitude
            return


def _named_closely(city: City, hindi: str) -> bool:
    """A name read by position only (no cue says it is a place) must name the city by its
    Devanagari name or spell its own name near-exactly (`SOUND_EXACT_SIMILARITY`): स्थान, a
    field's label, sounds somewhat like Astana, but is no name of it."""
    index = cities() if city.geonames_id in cities().by_id else towns()
    if city in index.by_hindi(hindi, bare=False):
        return True
    return any(s.city == city and s.own_similarity >= SOUND_EXACT_SIMILARITY for s in _sounds(index, hindi))


def _names_by_position(parts: list[str], dated: int) -> list[str]:
    """The candidate names around the date at parts[dated]: the part before it, the first part
    after it that is no date, and the words before 'में' opening that part."""
    names = [parts[0]] if dated == 1 else []
    # the name after the date, and the next part: 'सनीलैंड्स (रैंचो मिराज, कैलिफ़ोर्निया)', a venue, then its town
    after = [p for p in parts[dated + 1:dated + 3] if not re.search(r"[0-9०-९]", p)]
    for part in after:
        names.append(part)
        words = part.split()
        if 1 < len(words) and match_key("में") in map(match_key, words[1:4]):
            names.append(" ".join(words[:list(map(match_key, words)).index(match_key("में"))]))
    return [n.strip() for n in names if n.strip() and len(n.split()) <= MAX_PLACE_WORDS_BY_POSITION]


MAX_PLACE_WORDS_BY_POSITION = 3


#: Articles and prefixes Hindi copies from the name's language (द हेग, अल-उला), written with a
#: space or a hyphen; a name is looked for without one only when it is not found with it.
ARTICLES = ("द", "अल", "एल", "ला", "ले", "लास", "लॉस")
_ARTICLE = re.compile(f"^(?:{'|'.join(ARTICLES)})[ -](?=\\S)")


def without_article(hindi: str) -> str:
    return _ARTICLE.sub("", hindi.strip(), count=1)


def _two_towns(hindi: str, look: Callable[..., City | None]) -> tuple[str, str, str] | None:
    """A venue named by two towns (चा-अम हुआ हिन, the resorts of one summit): the English
    names joined as written, the source and the country, when the words split into two
    places of one country, each found by the usual rules, the second also as a town of the
    first one's country (`look(name, country)`: there a short name is looked for as a city of
    that country, as when the text writes 'सेबू, फ़िलीपींस')."""
    words = hindi.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        first = look(head)
        if first is None:
            continue
        second = look(tail)
        if second is None or second.country_code != first.country_code:
            second = look(tail, first.country_code)
        if second is not None and first != second and first.country_code == second.country_code:
            names = [_name_as_written(c, h) for c, h in ((first, head), (second, tail))]
            return " ".join(names), "geonames", first.country_code
    return None


def find_city(
    hindi: str,
    english: str | None = None,
    party_countries: frozenset[str] = frozenset(),
    text_countries: Callable[[], frozenset[str]] = frozenset,
    country_of_name: str | None = None,
    stated_country: str | None = None,
    beside: bool = False,
) -> City | None:
    """The GeoNames city a Hindi name (and the lexicon's English name, if any) stands for,
    in a document whose parties and row text name the given countries (ISO alpha-2).

    `country_of_name`: the name is also this country's name; only a city in that country
    can be meant (सिंगापुर is Singapore, but कोलंबिया is not Columbia, South Carolina).
    `stated_country`: the text writes the name as a city of this country ('एपिया, समोआ', a
    table row with a host-country cell); only then is a short name looked for by sound.
    `beside`: the country is written right beside the name (after a comma, in brackets, in
    the row's host-country cell), not only before it ('फ़्रांस के ...'): `_by_sound`'s
    looser rules for such a name (`SOUND_BESIDE_SIMILARITY`)."""
    index = cities()
    if english is None and LATIN_NAME.fullmatch(hindi):
        return _latin_city(index, hindi, _contexts(party_countries, text_countries))
    from_hindi = index.by_hindi(hindi, bare=False)
    if not from_hindi and country_of_name is None:
        # The name as Hindi writes a GeoNames name with a Sanskrit ending or a 'city' word
        # (जेजु शहर, गान्धीनगरम्): only in a country the document or the row names.
        # A document that names no country at all (गांधीनगर in a text about an Indian event):
        # the one such city, a large one.
        named = {stated_country} | {c for group in _contexts(party_countries, text_countries)() for c in group}
        bare = index.by_hindi(hindi)
        from_hindi = tuple(c for c in bare if c.country_code in named)
        if named == {None} and len(bare) == 1 and bare[0].population >= SOUND_POPULATION:
            from_hindi = bare
    if country_of_name is not None:
        from_hindi = tuple(c for c in from_hindi if c.country_code == country_of_name)
    if english is not None and not index.is_not_a_city(english):
        from_english = index.by_english(english)
        both = tuple(c for c in from_hindi if c in from_english)
        if both:
            from_hindi = both
        elif from_english:
            if index.is_pinned(english):
                return from_english[0]
            contexts = _contexts(party_countries, text_countries)
            inside, found = _in_context(from_english, hindi, contexts)
            if inside:
                return found
            # Outside those countries: the city the Hindi name also sounds like (दुशांबे and
            # the lexicon's Dushanbe), else, with no country to check against, the only city
            # of that name.
            by_sound = _by_sound(index, hindi, contexts, stated_country, beside=beside)
            if by_sound is not None and (by_sound in from_english or index.has_latin_name(by_sound.geonames_id, english)):
                return by_sound  # हनोवर, the lexicon's Hanover: Hannover, which GeoNames also calls Hanover
            return from_english[0] if len(from_english) == 1 and not contexts() else None
    elif english is not None:
        return None  # the lexicon's name is no city (Bali): no coordinates at all
    contexts = _contexts(party_countries, text_countries)
    if not from_hindi:
        if english is not None:  # only a city GeoNames also knows by the lexicon's name
            by_sound = _by_sound(index, hindi, contexts, stated_country, beside=beside)
            return by_sound if by_sound is not None and index.has_latin_name(by_sound.geonames_id, english) else None
        if country_of_name is not None:
            return _city_state(index, hindi, country_of_name)
        found = _by_sound(index, hindi, contexts, stated_country, beside=beside)
        if found is not None and stated_country is not None and found.country_code != stated_country:
            # 'त्रुहियो | स्पेन': a town of the country written beside the name, not the big namesake
            # elsewhere (Trujillo, Spain; not Trujillo, Peru)
            town = _town(hindi, contexts, stated_country, beside)
            if town is not None and town.country_code == stated_country:
                return town
        return found or _town(hindi, contexts, stated_country, beside)
    if len(from_hindi) == 1 and (not contexts() or any(from_hindi[0].country_code in c for c in contexts())):
        return from_hindi[0]
    inside, found = _in_context(from_hindi, hindi, contexts)
    if inside:
        return found
    namesakes = tuple({n for c in from_hindi for n in index.by_english(c.name)})
    namesake_inside, found = _in_context(namesakes, hindi, contexts)
    if found is not None:
        return found
    if english is None and country_of_name is None and contexts():
        # No city of that Devanagari name lies in the document's countries, or only namesakes
        # too alike to choose from: one there that the name sounds like is meant (कोलोन about
        # Germany: Köln, not Colón, Argentina; सांता मारिया, केप वर्डे: the town on Sal).
        nearby = _by_sound(index, hindi, contexts, stated_country, alone=False, beside=beside)
        if nearby is not None or (nearby := _town(hindi, contexts, stated_country, beside)) is not None:
            return nearby
    if namesake_inside or (beside and stated_country is not None):
        return None  # 'सेंट जॉन्स (एंटीगुआ और बारबुडा)': not the namesake of another country
    return _most_likely(from_hindi, hindi)


#: Countries that are one city, whose capital bears the country's name: a summit "in" one of
#: them is in its capital (कुवैत: Kuwait City, लक्ज़मबर्ग: Luxembourg). Not Mexico, Panama or
#: Guatemala: a summit held there may be in any of their cities.
CITY_STATES = frozenset({"SG", "MC", "LU", "SM", "VA", "KW", "DJ", "HK", "MO", "GI"})


def _city_state(index: CityIndex, hindi: str, country: str) -> City | None:
    """A place written as its country's name, which no city has in Devanagari: the capital of
    a city-state (`CITY_STATES`), else the capital when its whole GeoNames name sounds like
    the country's near-exactly; never another city (मेक्सिको is not Mexico City: a guess)."""
    capital = _capitals(index).get(country)
    if capital is None:
        return None
    if country in CITY_STATES:
        return capital
    form = phonetic.hindi_form(hindi)
    return capital if phonetic.similarity(form, phonetic.latin_form(capital.name)) >= SOUND_EXACT_SIMILARITY else None


@cache
def _capitals(index: CityIndex) -> dict[str, City]:
    """ISO alpha-2 -> the capital, for the countries GeoNames gives one capital."""
    found: dict[str, list[City]] = {}
    for city in index.by_id.values():
        if city.capital:
            found.setdefault(city.country_code, []).append(city)
    return {code: capitals[0] for code, capitals in found.items() if len(capitals) == 1}


def _town(hindi: str, contexts: Callable[[], Sequence[frozenset[str]]],
          stated_country: str | None, beside: bool = False) -> City | None:
    """A place of the towns dataset (`gazetteer.towns`), looked for only when the cities
    dataset has none, and only in the document's countries, by sound with the rules of
    `_by_sound` (never the large-city rule, which the cities dataset already answered). Not
    by its Devanagari names: many are machine transliterations that spell common words
    (अरब: Arab, Alabama)."""
    if not contexts() and stated_country is None:
        return None
    return _by_sound(towns(), hindi, contexts, stated_country, alone=False, beside=beside)


def _by_sound(index: CityIndex, hindi: str, contexts: Callable[[], Sequence[frozenset[str]]],
              stated_country: str | None = None, alone: bool = True, beside: bool = False) -> City | None:
    """The city of `index` whose Latin name sounds like the Hindi name, only when that is
    safe (the thresholds above): in the most specific of the document's countries that has
    a candidate, the best one if it is plausible (`_plausible`) and has no rival there;
    with no candidate in them and `alone`, a large city whose own name matches and that
    dwarfs every other candidate. Otherwise None."""
    if _NASAL_INFLECTION.search(hindi.strip()):
        return None  # इसमें, मुद्दों: inflected Hindi words, never a name by sound (Xiamen)
    consonants = len(phonetic.key(phonetic.hindi_form(hindi)))
    if consonants < SOUND_MIN_CONSONANTS:
        if consonants and stated_country and (stated := _short_name_by_sound(index, hindi, stated_country, beside)):
            return stated
        letters = len(phonetic.hindi_form(hindi))
        if consonants == SOUND_MIN_CONSONANTS - 1 and letters >= SOUND_CAPITAL_MIN_LETTERS \
                and (capital := _capital_in_context(index, hindi, contexts)):
            return capital
        # four letters only ending in the o of foreign names (पारो, नागो: Paro, Nago; not टीका, पूरा, खुला)
        short = not hindi.endswith(HINDI_OBLIQUE_ENDING) and (
            (consonants == SOUND_MIN_CONSONANTS - 1 and (letters >= SOUND_SHORT_MIN_LETTERS or _compound(hindi)
                                                         or (letters >= SOUND_CAPITAL_MIN_LETTERS and hindi.strip().endswith(FOREIGN_FINAL_O))))
            or (_compound(hindi) and letters >= SOUND_SHORT_MIN_LETTERS))  # अल-उला: alula
        return _short_name_in_context(index, hindi, contexts) if short else None
    found = [s for s in _sounds(index, hindi)
             if s.similarity >= SOUND_SIMILARITY and s.city.country_code not in SOUND_EXCLUDED_COUNTRIES]
    if not found:
        return None
    # Its own name, near-exactly, in the country the text states for it (फ़्रांस के रांबुये), when
    # the name carries a vowel of foreign names (Hindi's आर्थिक, राहत, स्तर: Artik, Rahat, Star).
    stated = [s for s in found if s.city.country_code == stated_country]
    if stated and stated[0].own_similarity >= SOUND_EXACT_SIMILARITY and _FOREIGN_VOWELS.search(hindi) \
            and not _rivals(stated[0], stated):
        return stated[0].city
    # ...or with its country written beside it ('गबाला (अज़रबैजान)', 'विसबी, स्वीडन'), whatever its vowels
    if stated and beside and stated[0].own_similarity >= SOUND_BESIDE_SIMILARITY and not _rivals(stated[0], stated):
        return stated[0].city
    # Another of its names, exactly, for the capital or a large city of the country the text
    # states (किशिनेव, मोल्दोवा: Chisinau, once Kishinev; एंकरेज, अलास्का (अमेरिका): Anchorage),
    # when the name has a vowel of foreign names (मकसद, करना: Hindi words like other names of
    # Mashhad and Erzurum)
    if stated and stated[0].similarity >= SOUND_EXACT_SIMILARITY and not _rivals(stated[0], stated) \
            and (stated[0].city.capital or stated[0].city.population >= SOUND_POPULATION) and _foreign_looking(hindi) \
            and consonants > SOUND_MIN_CONSONANTS:  # GeoNames' odd short alternates: बेसिन is no "Beȝcinȝ"
        return stated[0].city
    for countries_ in contexts():
        inside = _written_otherwise_dropped(index, [s for s in found if s.city.country_code in countries_])
        if inside:
            best = _dwarfing(inside)
            # A match by an alternate name alone must also stand out among the candidates of
            # every country: common words are spelled like some town's other name (करना: "Carana").
            plausible = _plausible(best, consonants, _foreign_looking(hindi))
            return best.city if plausible and not _rivals(best, inside, own_first=True) else None
    if not alone:
        return None
    # no country of the text has a candidate: only the readings trusted anywhere
    found = [s for s in _sounds(index, hindi, False)
             if s.similarity >= SOUND_SIMILARITY and s.city.country_code not in SOUND_EXCLUDED_COUNTRIES]
    if not found:
        return None
    best = _dwarfing(found)  # a town that sounds a little closer is no rival of a great city (Mont-Royal: Montreal)
    alone = (best.own_similarity >= SOUND_ALONE_SIMILARITY and best.city.population >= SOUND_POPULATION
             and _sounds_alike_as_written(index, best.city, hindi))
    # a great capital by another of its names, exactly (बुखारेस्ट: Bucharest, the "Bukarest" of
    # other languages; the English name's ch is said k)
    alone = alone or (best.city.capital and best.city.population >= SOUND_CAPITAL_POPULATION
                      and best.similarity >= SOUND_EXACT_SIMILARITY and consonants >= SOUND_ALTERNATE_CONSONANTS
                      and _foreign_looking(hindi))
    return best.city if alone and not _rivals(best, found, margin=1.0) else None


def _written_otherwise_dropped(index: CityIndex, inside: list[Sounding]) -> list[Sounding]:
    """`inside` without the cities that sound alike only by another of their names (another
    language's spelling) and that GeoNames names in Devanagari, when a city there spells its own
    name near-exactly: Hindi writes such a city by its Devanagari name, which the text's name is
    not (`find_city` looked for it first). अल्गेरो about Italy and Algeria is Alghero, not
    Algiers (the French "Alger"), which Hindi writes अल्जीयर्स."""
    if not any(s.own_similarity >= SOUND_EXACT_SIMILARITY for s in inside):
        return inside
    return [s for s in inside if s.own_similarity >= SOUND_OWN_SIMILARITY or not index.has_hindi_name(s.city.geonames_id)]


def _dwarfing(found: Sequence[Sounding]) -> Sounding:
    """The best candidate, or among those that sound nearly as alike (`SOUND_MARGIN`) the one
    with `SOUND_DWARFING` times the people of each that sounds closer and `DOMINANCE` times
    the people of each other, when its own name sounds alike (मॉन्ट्रियल: Montreal, not
    Mont-Royal, a town of 19,000 that sounds a little closer; Montreuil, which sounds no
    closer, is a sixteenth of its size)."""
    best = found[0]
    close = [s for s in found if s.similarity >= best.similarity - SOUND_MARGIN]
    big = max(close, key=lambda s: (s.city.population, -s.city.geonames_id))
    if big.city != best.city and big.own_similarity >= SOUND_SIMILARITY and all(
            big.city.population >= (SOUND_DWARFING if s.similarity > big.similarity else DOMINANCE) * s.city.population
            for s in close if s.city != big.city):
        return big
    return best


def _sounds_alike_as_written(index: CityIndex, city: City, hindi: str) -> bool:
    """Whether the city's own name sounds like the Hindi one without the loose readings of
    `phonetic.hindi_forms` (ै as a before an open syllable: लैटिन is no Latina)."""
    if phonetic.hindi_forms(hindi) == phonetic.hindi_forms(hindi, open_ai=False):
        return True
    return any(s.city == city and s.own_similarity >= SOUND_ALONE_SIMILARITY
               for s in index.by_sound(hindi, open_ai=False))


def _short_name_by_sound(index: CityIndex, hindi: str, country: str, beside: bool = False) -> City | None:
    """A name of one or two consonants (एपिया, सेबू) sounds like too many places to look for
    anywhere, even in the parties' countries (इस sounds like Izhevsk, साल like Salé): only
    where the text writes it as a city of one country. There: that country's capital when
    the name sounds alike (Apia), else a near-exact name of a city of `SOUND_POPULATION`
    people with no rival there (सेबू: Cebu City); with the country written `beside` it, a town's
    own name near-exactly, in `SOUND_CAPITAL_MIN_LETTERS` letters or more (तेला (होंडुरास): Tela)."""
    if country in SOUND_EXCLUDED_COUNTRIES:
        return None
    inside = [s for s in _sounds(index, hindi) if s.city.country_code == country]
    if not inside:
        return None
    best = inside[0]
    capital = best.city.capital and best.similarity >= SOUND_OWN_SIMILARITY
    exact = best.similarity >= SOUND_EXACT_SIMILARITY and best.city.population >= SOUND_POPULATION
    town = (beside and best.own_similarity >= SOUND_EXACT_SIMILARITY
            and len(phonetic.hindi_form(hindi)) >= SOUND_CAPITAL_MIN_LETTERS)
    return best.city if (capital or exact or town) and not _rivals(best, inside) else None


def _capital_in_context(index: CityIndex, hindi: str,
                        contexts: Callable[[], Sequence[frozenset[str]]]) -> City | None:
    """A name of two consonants and `SOUND_CAPITAL_MIN_LETTERS` letters that is, near-exactly,
    the own name of the capital of one of the document's countries (जुबा: Juba, याउंडे: Yaoundé,
    पपीते: Papeete), with no other city there of that sound; or of a city there of
    `SOUND_MAJOR_POPULATION` people that dwarfs the others of its sound (सेबू: Cebu City)."""
    for countries_ in contexts():
        inside = [s for s in _sounds(index, hindi) if s.city.country_code in countries_]
        if inside:
            best = inside[0]
            if best.own_similarity < SOUND_EXACT_SIMILARITY:
                return None
            if best.city.capital:  # no other city there of that sound, whatever its size
                return best.city if not _rivals(best, inside, by_size=False) else None
            major = best.city.population >= SOUND_MAJOR_POPULATION and not hindi.endswith(HINDI_OBLIQUE_ENDING)
            return best.city if major and not _rivals(best, inside) else None
    return None


def _short_name_in_context(index: CityIndex, hindi: str,
                           contexts: Callable[[], Sequence[frozenset[str]]]) -> City | None:
    """A name of two consonants and five letters (फ़ुकुओका, पटाया, ओडेसा), or written as a
    compound (चा-अम), in the document's countries: only a
    city whose own GeoNames name it spells near-exactly (`SOUND_EXACT_SIMILARITY`), with no
    other city there sounding nearly as alike, whatever its size. One consonant never."""
    found = [s for s in _sounds(index, hindi) if s.city.country_code not in SOUND_EXCLUDED_COUNTRIES]
    for countries_ in contexts():
        inside = [s for s in found if s.city.country_code in countries_]
        if inside and any(s.own_similarity >= SOUND_EXACT_SIMILARITY for s in inside):
            best = inside[0]
            exact = best.own_similarity >= SOUND_EXACT_SIMILARITY
            return best.city if exact and not _rivals(best, inside, margin=SOUND_MARGIN, by_size=False) else None
        # only names that merely sound near there (Huai'an, China, for हुआ हिन): a less specific
        # context may hold the place itself (Hua Hin, Thailand, in a document on ASEAN)
    return None


@lru_cache(maxsize=4096)
def _sounds(index: CityIndex, hindi: str, in_context: bool = True) -> tuple[Sounding, ...]:
    """`CityIndex.by_sound`, remembered: a corpus repeats its host cities' names. `in_context`
    False: for a city looked for in no country the text names."""
    return index.by_sound(hindi, in_context=in_context)


def _compound(hindi: str) -> bool:
    """A name written as two words or with a hyphen (चा-अम): no common Hindi word."""
    return any(mark in hindi.strip() for mark in (" ", "-"))


def _stated_country(city: str, source: str, lexicon: Lexicon) -> str | None:
    """The one country the text writes the city as lying in: a table row naming one country
    (its host-country cell), the city followed by ', COUNTRY' or '(COUNTRY)', or after
    'COUNTRY के'."""
    return _stated(city, source, lexicon)[0]


def _stated(city: str, source: str, lexicon: Lexicon, headline: bool = False) -> tuple[str | None, bool]:
    """`_stated_country`, and whether the country is written beside the city (its row, a comma
    or a bracket after it) rather than only before it ('COUNTRY के'). In a `headline`, a genitive
    right before the name and its में ('फिजी के नादी में १२वाँ ... सम्मेलन') is as close."""
    if source.startswith("|"):
        # the city's own cell ('एंकरेज, अलास्का (अमेरिका)'), else the row (a host-country cell)
        cell = next((c for c in source.split("|") if city in c), "")
        for text in (cell, source):
            named = countries_named(text, lexicon)
            if len(named) == 1:
                return next(iter(named)), True
        return None, False
    if city not in source:
        return None, False
    rest = source[source.find(city) + len(city):]
    after = re.match(r"\s*(?:,\s*|\()([^,()।;—–]{2,40})", rest)
    # 'फ़्रांस के रांबुये में', 'जर्मनी के एल्माउ': the country, its genitive, then the city
    before = _OF_COUNTRY.search(source[:source.find(city)])
    in_it = headline and _IN_AFTER.match(rest) is not None
    # 'बेप्पू (ओइता प्रान्त, जापान)': a bracket naming the region, then the country
    bracket = re.match(r"\s*\(([^()]{2,60})\)", rest)
    last = bracket[1].split(",")[-1] if bracket and "," in bracket[1] else None
    for phrase, beside in ((after[1] if after else None, True), (last, True), (before[1] if before else None, in_it)):
        named = countries_named(phrase, lexicon) if phrase else frozenset()
        if len(named) == 1:
            return next(iter(named)), beside
    return None, False


_OF_COUNTRY = re.compile(r"(?:^|\s)(\S+(?:\s\S+)?)\s+के\s+$")
_IN_AFTER = re.compile(r"\s+में(?=[\s,।;]|$)")


@lru_cache(maxsize=4096)  # a corpus repeats its host cities; the sound comparisons are slow
def _name_as_written(city: City, hindi: str, lexicon: Lexicon | None = None) -> str:
    """GeoNames' 'Cebu City' for a text that writes सेबू, not सेबू सिटी: the name without
    'City', when GeoNames knows the city by that name too; its 'Évian-les-Bains' for एवियन
    and 'Acapulco de Juárez' for अकापुल्को: the short name GeoNames lists ("Evian", "Acapulco").
    An Indian city the text names otherwise than GeoNames' own name (पणजी: Panaji, not
    "Panjim") is the alternate it sounds like (`CityIndex.name_said`); a name the lexicon spells for a city
    without GeoNames' accents is written the lexicon's way (Reykjavik, as रेक्जाविक gives). The
    romanization of a name written in another script loses its marks (Thessaloníki: Thessaloniki)."""
    index = cities() if city.geonames_id in cities().by_id else towns()
    if cities().is_pinned(city.name):
        return city.name  # a name the conventions table gives (Quebec City) is kept whole
    said = None
    if city.country_code in NATIVE_NAME_COUNTRIES:
        said = index.name_said(city.geonames_id, hindi, SOUND_SIMILARITY, SOUND_EXACT_SIMILARITY)
    if said is not None and len(_WORD.findall(said)) == len(_WORD.findall(city.name)):
        return said
    written = _short_as_written(city, hindi, index)
    written = _english_habit(city, written, index)
    if city.country_code in romanized_countries():
        written = without_marks(written)  # Thessaloníki, a romanization of Greek: Thessaloniki
    return _lexicon_spellings(lexicon or default_lexicon()).get(english_key(written), written)


_RUSSIAN = ((re.compile(r"(?<=[a-z])[iy]y\b"), "y"),)
#: How English writes what the GeoNames name of a country's city spells otherwise: the Russian
#: romanization's final -iy or -yy as -y (Tsiolkovskiy: Tsiolkovsky, Novyy Urengoy), the Uzbek
#: and Turkmen Latin letters as English letters (Xiva: Khiva, Daşoguz: Dashoguz), Turkish İ as I.
ENGLISH_HABITS: dict[str, tuple[tuple[re.Pattern, Any], ...]] = {
    **dict.fromkeys(("RU", "UA", "BY", "KZ", "KG", "TJ"), _RUSSIAN),
    "UZ": ((re.compile("x"), "kh"), (re.compile("X"), "Kh"), (re.compile("[oO]['‘’ʻ]"), lambda m: m[0][0])),
    "TM": tuple((re.compile(a), b) for a, b in (("ş", "sh"), ("Ş", "Sh"), ("ç", "ch"), ("Ç", "Ch"), ("ž", "zh"),
                                                 ("Ž", "Zh"), ("ý", "y"), ("ň", "n"), ("ä", "a"), ("ü", "u"),
                                                 ("Ü", "U"), ("ö", "o"), ("Ö", "O"))),
    # Turkish dotted capital and dotless small i are no accents English keeps: İzmir is Izmir
    # (the marks of Polish or Czech names, Poznań, Košice, stay: the dev set keeps them)
    "TR": ((re.compile("İ"), "I"), (re.compile("ı"), "i")),
}


def _english_habit(city: City, written: str, index: CityIndex) -> str:
    """`written` as English writes it (`ENGLISH_HABITS`), when GeoNames lists that name among the
    city's names too; else as it is."""
    habits = ENGLISH_HABITS.get(city.country_code)
    if not habits:
        return written
    english = written
    for pattern, sound in habits:
        english = pattern.sub(sound, english)
    return english if english != written and index.has_latin_name(city.geonames_id, english) else written


@cache
def _lexicon_spellings(lexicon: Lexicon) -> dict[str, str]:
    """`english_key` -> the lexicon's English name of each of its cities."""
    return {english_key(e.english): e.english for e in lexicon.entries if e.kind == "city"}


def _short_as_written(city: City, hindi: str, index: CityIndex) -> str:
    if len(_WORD.findall(hindi)) < len(_WORD.findall(city.name)) and (short := index.short_name_of(city.geonames_id, hindi)):
        return short
    head, _, last = city.name.rpartition(" ")
    if last != "City" or len(hindi.split()) >= len(city.name.split()):
        return city.name
    return head if index.has_latin_name(city.geonames_id, head) else city.name


def _plausible(found: Sounding, consonants: int, foreign: bool = False) -> bool:
    """A capital or a city of `SOUND_POPULATION` people, matched by its own name or a long
    alternate name; else a near-exact own name of four consonants, or of five at
    `SOUND_LONG_SIMILARITY`, or a near-exact alternate name of a city whose own name sounds
    alike at `SOUND_ALONE_SIMILARITY` (ओरो प्रेतो: "Oro Preto" of Ouro Preto). A short
    alternate name alone never: common words are spelled like some city's name in another
    language (करना: Erzurum's "Carana", मकसद: Mashhad's). A near-exact own name of three
    consonants only when the Hindi name is `_foreign_looking` (फुकेत: Phuket, 79,000 people;
    वेनिस: Venice; not स्तर: Star, Idaho, or राहत: Rahat, Israel)."""
    city = found.city
    large = city.capital or city.population >= SOUND_POPULATION
    own, best = found.own_similarity, found.similarity
    if _by_alternate_name(found, consonants):
        return False
    if consonants == SOUND_MIN_CONSONANTS:
        return large or (foreign and own >= SOUND_EXACT_SIMILARITY)
    exact = (
        own >= SOUND_EXACT_SIMILARITY
        or (consonants >= SOUND_ALTERNATE_CONSONANTS and (own >= SOUND_LONG_SIMILARITY or best >= SOUND_EXACT_SIMILARITY))
        or (best >= SOUND_EXACT_SIMILARITY and own >= SOUND_ALONE_SIMILARITY))
    return large or exact


#: Endings of Hindi's inflected words: a nasalised -ें/-ों (इसमें, मुद्दों), and -े (बोलते, होंगे).
_NASAL_INFLECTION = re.compile("[\u0947\u094b][\u0901\u0902]$")
_INFLECTED = re.compile("\u0947[\u0901\u0902]?$|\u094b[\u0901\u0902]$")
#: Vowel signs Hindi's own short words seldom carry but foreign names do (e, o, u, au, ॉ).
#: ...or the u of a Latin qu/gu, which Hindi writes क्व/ग्व (लाक्विला: L'Aquila, ग्वायाकिल).
_FOREIGN_VOWELS = re.compile("[\u0941\u0942\u0947\u094b\u094c\u0949\u0909\u090a\u090f\u0913\u0914\u0911]|क्व|ग्व")


def _foreign_looking(hindi: str) -> bool:
    """A name of three consonants that is no inflected Hindi word (`_INFLECTED`) and carries
    an e, o or u: the vowels of वेनिस, फुकेत, कोर्फ़ू, ओह्रिड, दावोस, लाक्विला, while Hindi's common short
    words that sound like towns are spelled with a and i (स्तर, राहत, शहर, प्रति, आर्थिक)."""
    word = hindi.strip()
    return not _INFLECTED.search(word) and _FOREIGN_VOWELS.search(word) is not None


def _by_alternate_name(found: Sounding, consonants: int) -> bool:
    """Matched by an alternate name only: the city's own name sounds otherwise, and the skeleton is short."""
    return found.own_similarity < SOUND_OWN_SIMILARITY and consonants < SOUND_ALTERNATE_CONSONANTS


def _rivals(best: Sounding, found: Sequence[Sounding], margin: float = SOUND_MARGIN,
            by_size: bool = True, own_first: bool = False) -> bool:
    """Whether another candidate sounds nearly as alike (within `margin`) and is not
    `DOMINANCE` times smaller (`by_size` False: whatever its size). With `own_first`, when the
    best one's own name is spelled near-exactly, a candidate that sounds alike only by another of
    its names (another language's spelling: Vénissieux's "Venis'e" for वेनिस, Venice) is no rival
    unless it dwarfs it (not for short names: पड़ी sounds like too many names)."""
    exact = own_first and best.own_similarity >= SOUND_EXACT_SIMILARITY
    return any(s.city != best.city and s.similarity >= best.similarity - margin
               and (not by_size or best.city.population < DOMINANCE * s.city.population)
               and not (exact and s.own_similarity < best.own_similarity - margin
                        and s.city.population < DOMINANCE * best.city.population) for s in found)


def _contexts(
    party_countries: frozenset[str], text_countries: Callable[[], frozenset[str]]
) -> Callable[[], Sequence[frozenset[str]]]:
    """The countries a city should lie in, most specific first; the text is read only once
    and only when a choice has to be made."""
    memo: list[list[frozenset[str]]] = []

    def contexts() -> list[frozenset[str]]:
        if not memo:
            memo.append([c for c in (text_countries(), party_countries, _wider(party_countries)) if c])
        return memo[0]

    return contexts


def _wider(party_countries: frozenset[str]) -> frozenset[str]:
    return getattr(party_countries, "wider", frozenset())


def _in_context(
    candidates: Sequence[City], hindi: str, contexts: Callable[[], Sequence[frozenset[str]]]
) -> tuple[bool, City | None]:
    """Whether any candidate lies in the most specific context that has one, and the city
    chosen among those (None when they are too close to call)."""
    for countries_ in contexts():
        inside = [c for c in candidates if c.country_code in countries_]
        if inside:
            return True, _most_likely(inside, hindi)
    return False, None


def _most_likely(candidates: Sequence[City], hindi: str) -> City | None:
    """One city, or None when population does not clearly decide between the best ones."""
    words = len(hindi.split())
    ranked = sorted(candidates, key=lambda c: (len(c.name.split()) != words, -c.population, c.geonames_id))
    if len(ranked) > 1:
        first, second = ranked[0], ranked[1]
        same_words = (len(first.name.split()) == words) == (len(second.name.split()) == words)
        if same_words and first.population < DOMINANCE * second.population:
            return None
    return ranked[0]


def countries_named(text: str, lexicon: Lexicon) -> frozenset[str]:
    """ISO alpha-2 codes of the countries a text names (by pycountry's Hindi names or the
    lexicon's countries), in runs of up to `MAX_COUNTRY_WORDS` words."""
    names, first_words = _country_keys(lexicon)
    historic = _former_states(lexicon)
    keys = [match_key(word) for word in _WORD.findall(text)]
    found = set()
    for start, key in enumerate(keys):
        if key not in first_words:
            continue
        for end in range(start + 1, min(start + MAX_COUNTRY_WORDS, len(keys)) + 1):
            code = names.get(" ".join(keys[start:end]))
            if code is not None:
                found.add(code)
            elif (codes := historic.get(" ".join(keys[start:end]))) is not None:
                found |= codes  # 'सोवियत संघ': the countries its cities lie in now
    return frozenset(found)


@cache
def _former_states(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Match key of the Hindi name of every country of the lexicon that ISO 3166 no longer lists
    and the conventions table groups (सोवियत संघ) -> the countries its places lie in now."""
    groups, index = country_groups(), countries()
    return {match_key(e.hindi): groups[e.english] for e in lexicon.entries
            if e.kind == "country" and e.english in groups and index.by_english(e.english) is None}


@cache
def _country_keys(lexicon: Lexicon) -> tuple[dict[str, str], frozenset[str]]:
    """Match key of every Hindi country name -> ISO alpha-2 (the lexicon's names win), and
    the first words of those names."""
    index = countries()
    names = index.hindi_keys()
    for entry in lexicon.entries:
        country = index.by_english(entry.english) if entry.kind == "country" else None
        if country is not None:
            names[match_key(entry.hindi)] = country.alpha_2
    return names, frozenset(name.split(" ")[0] for name in (*names, *_former_states(lexicon)))
