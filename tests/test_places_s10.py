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
