"""A summit's place read from its own line and found in the gazetteers (session 10, issue 8)."""

from __future__ import annotations

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.summits import leading_place

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
    from pipeline.parse.layout.summits import find_place
    place = find_place("कासाब्लांका में 30 अक्टूबर से 1 नवंबर तक पहला सम्मेलन हुआ।", LEXICON)
    assert place is not None and place.city == "कासाब्लांका"
    place = find_place("जेरबा में 15 से 17 जून तक दूसरा शिखर सम्मेलन आयोजित हुआ।", LEXICON)
    assert place is not None and place.city == "जेरबा"
    place = find_place("अकाबा में पहला सम्मेलन हुआ।", LEXICON)
    assert place is not None and place.city == "अकाबा"


def test_a_role_or_a_talk_before_the_days_is_no_place():
    from pipeline.parse.layout.summits import find_place
    assert find_place("राष्ट्रपति की मध्यस्थता में 4 से 10 जनवरी तक चली शिखर वार्ता में सहमति बनी।", LEXICON) is None
    assert find_place("बातचीत में 15 से 17 जून तक कई मुद्दे उठे।", LEXICON) is None
    assert find_place("इतिहास में पहली बार सम्मेलन हुआ।", LEXICON) is None


# --- sound-alike names of four letters -----------------------------------------------------------


def _city(hindi, countries):
    from pipeline.parse.geo.places import find_city
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
    from pipeline.parse.geo import phonetic
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
    from pipeline.parse.geo.places import find_city
    return find_city(hindi, None, frozenset(), frozenset, None, stated_country=country)


def test_an_older_name_of_a_stated_countrys_capital_or_large_city_finds_it():
    assert _stated("किशिनेव", "MD").name == "Chisinau"
    assert _stated("एंकरेज", "US").name == "Anchorage"


def test_hindi_words_like_other_names_of_a_stated_countrys_cities_find_none():
    for word, country in (("मकसद", "IR"), ("करना", "TR"), ("बेसिन", "CN"), ("टोंगा", "CO"), ("केवल", "FR")):
        assert _stated(word, country) is None, word


def test_a_table_cell_with_a_region_and_its_bracketed_country_states_the_country():
    from pipeline.parse.geo.places import _stated_country
    row = "| 2025 | 15 अगस्त | एंकरेज, अलास्का (अमेरिका) | डोनाल्ड ट्रम्प | यूक्रेन युद्ध पर वार्ता |"
    assert _stated_country("एंकरेज", row, LEXICON) == "US"
    row = "| 2025 | 15 अगस्त | एंकरेज | रूस और अमेरिका के नेता |"
    assert _stated_country("एंकरेज", row, LEXICON) is None  # two countries, none in the city's cell


def test_hindi_words_of_four_letters_and_english_loanwords_stay_no_town():
    for word, countries in (("खुला", {"TR", "US"}), ("पूरा", {"PH"}), ("शुरू", {"NG"}), ("चुका", {"KE"}),
                            ("जैसी", {"BR"}), ("पैलेस", {"IT"}), ("लैटिन", {"ES"})):
        assert _city(word, countries) is None, word


# --- 'X (COUNTRY) में', words of time, Indian names in English ------------------------------------


def test_a_name_with_its_country_in_brackets_before_me_is_the_place():
    from pipeline.parse.layout.summits import find_place
    place = find_place("अल्माती (कज़ाख़स्तान) में राष्ट्राध्यक्ष मिले।", LEXICON)
    assert place is not None and place.city == "अल्माती"
    text = "हाल के वर्षों में ९वाँ सम्मेलन २०१२ में करागांडा (कज़ाख़स्तान) में, १०वाँ २०१५ में हुआ।"
    place = find_place(text, LEXICON)
    assert place is not None and place.city == "करागांडा"  # 'में,' too; not 'वर्षों'


def test_a_bracket_that_is_no_country_or_a_meeting_word_before_it_gives_no_place():
    from pipeline.parse.layout.summits import find_place
    assert find_place("बातचीत (संयुक्त) में प्रगति हुई।", LEXICON) is None
    assert find_place("बैठक (भारत) में प्रगति हुई।", LEXICON) is None
    assert find_place("हाल के वर्षों में ९वाँ सम्मेलन हुआ।", LEXICON) is None
    place = find_place("और फिर अल्माती (कज़ाख़स्तान) में नेता मिले।", LEXICON)
    assert place is not None and place.city == "अल्माती"  # not 'फिर अल्माती'


def test_an_indian_city_written_with_au_keeps_its_english_name():
    from pipeline.parse.geo.places import _name_as_written, find_city
    assert _name_as_written(find_city("इंदौर"), "इंदौर") == "Indore"
    assert _name_as_written(find_city("पणजी"), "पणजी") == "Panaji"  # the alternate in use stays


# --- the city a leader visited ------------------------------------------------------------------


def test_the_known_city_a_leader_visited_is_the_place():
    from pipeline.parse.layout.summits import find_place
    place = find_place("मार्च में प्रधानमंत्री ने टोक्यो की यात्रा की और समझौते हुए।", LEXICON)
    assert place is not None and place.city == "टोक्यो"
    place = find_place("9 मई को राष्ट्रपति की पेरिस यात्रा के दौरान घोषणा जारी हुई।", LEXICON)
    assert place is not None and place.city == "पेरिस"


def test_a_visit_to_a_country_or_an_unnamed_visit_gives_no_city():
    from pipeline.parse.layout.summits import find_place
    place = find_place("प्रधानमंत्री ने जापान की यात्रा की।", LEXICON)
    assert place is None or place.city is None
    assert find_place("राष्ट्रपति की पहली यात्रा के दौरान बातचीत हुई।", LEXICON) is None
    place = find_place("नेताओं ने बर्लिन में वार्ता की, फिर लंदन की यात्रा की।", LEXICON)
    assert place is not None and place.city == "बर्लिन"  # the city where they met comes first


# --- a held summit with no place: the name by its date in its own line ----------------------------


def _placed(source, parties=("KZ", "KG", "TJ"), year=2009):
    from pipeline.parse.geo.places import _city_by_position
    row = {"year": year, "status": "held", "mode": None, "city": None, "city_en": None,
           "city_romanized": None, "city_en_source": None, "source_text": source}
    _city_by_position(row, frozenset(parties), LEXICON)
    return row["city"], row["city_en"]


def test_the_name_right_after_or_before_the_date_of_an_entry_is_found_in_the_documents_countries():
    assert _placed("• 2009 — अल्माती, 28 अप्रैल: संयुक्त वक्तव्य।") == ("अल्माती", "Almaty")
    assert _placed("- 28 अप्रैल 2009 — शिमकेंट: संयुक्त वक्तव्य।") == ("शिमकेंट", "Shymkent")
    assert _placed("2009: अल्माती में संयुक्त वक्तव्य जारी।") == ("अल्माती", "Almaty")
    assert _placed("• अल्माती, 2009: संयुक्त वक्तव्य।") == ("अल्माती", "Almaty")


def test_no_city_by_position_for_words_other_countries_prose_or_virtual_summits():
    assert _placed("• 2009 — संयुक्त वक्तव्य, 28 अप्रैल: बैठक।") == (None, None)
    assert _placed("• 2009 — वर्चुअल, 28 अप्रैल: बैठक।") == (None, None)
    assert _placed("• 2009 — अल्माती, 28 अप्रैल: बैठक।", parties=("FR", "DE")) == (None, None)
    assert _placed("नेताओं ने कहा कि 2009 में अल्माती में बैठक हुई।") == (None, None)  # prose: no entry
    assert _placed("• 2009 — ताजिकिस्तान, 28 अप्रैल: बैठक।") == (None, None)  # a country is no city


def test_no_city_by_position_when_the_date_is_part_of_a_sentence():
    assert _placed("2009 में नेता फिर मिले, अल्माती: बातचीत।") == (None, None)


def test_a_document_naming_no_country_finds_the_one_large_city_of_a_geonames_sanskrit_name():
    assert _city("गांधीनगर", set()).name == "Gandhinagar"  # GeoNames: गान्धीनगरम्
    assert _city("गांधीनगर", {"US"}) is None  # a document about other countries: not there


# --- English names said as Hindi writes them, and a venue's town in brackets ----------------------


def test_a_final_ge_of_an_english_speaking_countrys_town_is_said_j():
    assert _city("रैंचो मिराज", {"US", "CN"}).name == "Rancho Mirage"
    assert _city("कैम्ब्रिज", {"GB"}).name == "Cambridge"


def test_the_town_in_brackets_after_a_venue_by_the_date():
    assert _placed("1. 2013 — सनीलैंड्स (रैंचो मिराज, कैलिफ़ोर्निया), 7–8 जून: बैठक", parties=("US", "CN"),
                   year=2013) == ("रैंचो मिराज", "Rancho Mirage")
    assert _placed("1. 2013 — सनीलैंड्स (संयुक्त बयान), 7–8 जून: बैठक", parties=("US", "CN"), year=2013) == (None, None)


def test_a_field_label_by_the_date_is_no_city():
    assert _placed("- 2009 — नया मुख्यालय; स्थान: मिन्स्क") == (None, None)  # स्थान is no Astana
