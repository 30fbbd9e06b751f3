"""A summit's place read from its own line and found in the gazetteers (session 10, issue 8)."""

from __future__ import annotations

from pipeline.parse.lexicon import default_lexicon
from pipeline.parse.summits import leading_place

LEXICON = default_lexicon()


# --- the place of an entry: 'CITY (COUNTRY), DAY MONTH: ...' ----------------------------------


def test_a_name_with_its_country_in_brackets_before_the_day_is_the_place():
    place = leading_place("अल्माती (कज़ाख़स्तान), 28 फ़रवरी: कोष का ढाँचा तय", LEXICON)
    assert place is not None and place.city == "अल्माती"
    place = leading_place("करागांडा (कज़ाख़स्तान), 3 मई: बैठक", LEXICON)
    assert place is not None and place.city == "करागांडा"


def test_a_bracket_that_is_no_country_before_the_day_names_no_place():
    assert leading_place("घोषणा (संयुक्त), 28 फ़रवरी: बातचीत", LEXICON) is None
    assert leading_place("बातचीत (लंबी), 3 मई: घोषणा", LEXICON) is None


def test_a_country_first_then_its_known_city_in_brackets_before_the_day():
    place = leading_place("रूस (कज़ान), 2011: बैठक", LEXICON)
    assert place is not None and place.city == "कज़ान"
    assert leading_place("रूस (घोषणा), 2011: बैठक", LEXICON) is None


# --- 'X में' before the days and the summit's number ------------------------------------------


def test_a_name_before_days_from_one_to_another_and_a_numbered_summit_held_is_the_place():
    from pipeline.parse.summits import find_place
    place = find_place("कासाब्लांका में 30 अक्टूबर से 1 नवंबर तक पहला सम्मेलन हुआ।", LEXICON)
    assert place is not None and place.city == "कासाब्लांका"
    place = find_place("जेरबा में 15 से 17 जून तक दूसरा शिखर सम्मेलन आयोजित हुआ।", LEXICON)
    assert place is not None and place.city == "जेरबा"
    place = find_place("अकाबा में पहला सम्मेलन हुआ।", LEXICON)
    assert place is not None and place.city == "अकाबा"


def test_a_role_or_a_talk_before_the_days_is_no_place():
    from pipeline.parse.summits import find_place
    assert find_place("राष्ट्रपति की मध्यस्थता में 4 से 10 जनवरी तक चली शिखर वार्ता में सहमति बनी।", LEXICON) is None
    assert find_place("बातचीत में 15 से 17 जून तक कई मुद्दे उठे।", LEXICON) is None
    assert find_place("इतिहास में पहली बार सम्मेलन हुआ।", LEXICON) is None


# --- sound-alike names of four letters -----------------------------------------------------------


def _city(hindi, countries):
    from pipeline.parse.places import find_city
    return find_city(hindi, None, frozenset(countries))


def test_a_four_letter_name_with_a_foreign_vowel_is_a_town_of_the_documents_countries():
    assert _city("पारो", {"BT", "NP"}).name == "Paro"
    assert _city("नागो", {"JP", "AU"}).name == "Nago"


def test_a_four_letter_hindi_word_is_no_town():
    assert _city("टीका", {"BT", "NP"}) is None  # a vaccine: Hindi's a and i, no foreign vowel
    assert _city("पारा", {"BT", "NP", "BR"}) is None
    assert _city("पारो", set()) is None  # no country to look in


# --- ै read as the a of a Spanish or English name -----------------------------------------------


def test_ai_before_one_consonant_and_a_vowel_is_also_read_as_a():
    from pipeline.parse import phonetic
    assert "kali" in phonetic.hindi_forms("कैली")
    assert phonetic.hindi_forms("सैन्य") == ("sainia",)  # before a glide: a word, no other reading
    assert _city("कैली", {"CO", "PE", "CL"}).name == "Cali"
    assert _city("कैरो", {"EG"}).name == "Cairo"


def test_hindi_words_with_ai_stay_no_town():
    for word, countries in (("शैली", {"MA"}), ("पैसा", {"BR", "PY"}), ("कैदी", {"TR", "IR"}), ("थैली", {"TH"})):
        assert _city(word, countries) is None, word


def test_the_loose_ai_reading_finds_no_large_city_without_a_country():
    assert _city("लैटिन", set()) is None  # लैटिन अमेरिका: not Latina, Italy
    assert _city("कैली", set()) is None


# --- another name of a capital or a large city of the country the text states --------------------


def _stated(hindi, country):
    from pipeline.parse.places import find_city
    return find_city(hindi, None, frozenset(), frozenset, None, stated_country=country)


def test_an_older_name_of_a_stated_countrys_capital_or_large_city_finds_it():
    assert _stated("किशिनेव", "MD").name == "Chisinau"
    assert _stated("एंकरेज", "US").name == "Anchorage"


def test_hindi_words_like_other_names_of_a_stated_countrys_cities_find_none():
    for word, country in (("मकसद", "IR"), ("करना", "TR"), ("बेसिन", "CN"), ("टोंगा", "CO"), ("केवल", "FR")):
        assert _stated(word, country) is None, word


def test_a_table_cell_with_a_region_and_its_bracketed_country_states_the_country():
    from pipeline.parse.places import _stated_country
    row = "| 2025 | 15 अगस्त | एंकरेज, अलास्का (अमेरिका) | डोनाल्ड ट्रम्प | यूक्रेन युद्ध पर वार्ता |"
    assert _stated_country("एंकरेज", row, LEXICON) == "US"
    row = "| 2025 | 15 अगस्त | एंकरेज | रूस और अमेरिका के नेता |"
    assert _stated_country("एंकरेज", row, LEXICON) is None  # two countries, none in the city's cell


def test_hindi_words_of_four_letters_and_english_loanwords_stay_no_town():
    for word, countries in (("खुला", {"TR", "US"}), ("पूरा", {"PH"}), ("शुरू", {"NG"}), ("चुका", {"KE"}),
                            ("जैसी", {"BR"}), ("पैलेस", {"IT"}), ("लैटिन", {"ES"})):
        assert _city(word, countries) is None, word
