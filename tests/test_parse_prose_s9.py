"""Sentence shapes of news reports, press releases and articles as a new writer puts them
(session 9). Every document is small and invented; each test pairs the shape the parser
must read with a look-alike it must leave out.
"""

from __future__ import annotations

from tests.parse_support import held, parse


def _cities(text: str) -> list[tuple]:
    return [(year, city) for year, city, _, _ in held(parse(text))]


# --- "इस शिखर वार्ता": the summit the sentence before told, where it told it -------------------

THIS_SUMMIT_AFTER_ITS_PLACE = """भारत-पाकिस्तान शिखर वार्ताएँ

इतिहास

नई दिल्ली, 10 जनवरी (ब्यूरो)। छह दशक पहले ताशकंद में दोनों देशों के नेताओं ने एक घोषणा पर दस्तख़त किए थे। 4 से 10 जनवरी 1966 तक चली इस शिखर वार्ता में दोनों पक्ष पुरानी स्थिति में लौटने पर राज़ी हुए।
"""


def test_this_summit_takes_the_city_of_the_sentence_before_not_the_dateline():
    assert held(parse(THIS_SUMMIT_AFTER_ITS_PLACE)) == [(1966, "Tashkent", "1966-01-04", None)]


def test_this_summit_after_a_sentence_with_two_cities_borrows_neither():
    text = THIS_SUMMIT_AFTER_ITS_PLACE.replace(
        "छह दशक पहले ताशकंद में", "छह दशक पहले ताशकंद में और बाद में मॉस्को में")
    assert (1966, "Tashkent") not in _cities(text) and (1966, "Moscow") not in _cities(text)


def test_a_summit_without_this_does_not_borrow_the_city_before():
    text = THIS_SUMMIT_AFTER_ITS_PLACE.replace("चली इस शिखर वार्ता में", "चली एक शिखर वार्ता में")
    assert (1966, "Tashkent") not in _cities(text)


# --- "X पहुँचे, जहाँ ... शिखर वार्ता के बाद ... जारी हुई": after a summit there ---------------------

REACHED_WHERE = """भारत-पाकिस्तान शिखर वार्ताएँ

इतिहास

प्रधानमंत्री ने नई पहल की। फ़रवरी 1999 में वह बस से सीमा पार कर लाहौर पहुँचे, जहाँ प्रधानमंत्री शरीफ़ के साथ शिखर वार्ता के बाद एक घोषणा जारी हुई।
"""


def test_a_summit_after_which_something_happened_where_the_leader_went_took_place_there():
    assert _cities(REACHED_WHERE) == [(1999, "Lahore")]


def test_a_summit_after_which_something_will_happen_is_not_one_that_took_place():
    assert _cities(REACHED_WHERE.replace("जारी हुई", "जारी होगी")) == []


def test_after_a_summit_named_as_a_point_in_time_is_still_no_summit():
    text = """भारत-पाकिस्तान शिखर वार्ताएँ

इतिहास

फ़रवरी 1999 में लाहौर शिखर वार्ता के बाद दोनों देशों के रिश्ते बदले।
"""
    assert _cities(text) == []


def test_with_a_leader_before_the_noun_is_no_other_series_in_a_two_sided_document():
    text = """भारत-पाकिस्तान शिखर वार्ताएँ

इतिहास

14 जुलाई 2001 को आगरा में प्रधानमंत्री मुशर्रफ़ के साथ शिखर वार्ता हुई।
"""
    assert _cities(text) == [(2001, "Agra")]


def test_a_city_with_others_than_a_leader_before_the_noun_places_nothing():
    text = """भारत-पाकिस्तान शिखर वार्ताएँ

इतिहास

14 जुलाई 2001 को आगरा में व्यापारियों और उद्योगपतियों के साथ शिखर वार्ता हुई।
"""
    assert (2001, "Agra") not in _cities(text)
