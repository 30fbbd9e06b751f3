"""Unicode clean-up, match keys, romanization and dates."""

from __future__ import annotations

import datetime as dt

from pipeline.parse.language.dates import find_ordinal, find_periods, parse_entry_label
from pipeline.parse.language.text import clean_line, match_key, romanize, slug, split_sentences


def test_clean_line_removes_noise():
    noisy = "\ufeffनई\u00a0दिल्ली\u200d में  \t"
    assert clean_line(noisy) == "नई दिल्ली में"


def test_nukta_forms_are_equal_after_cleaning():
    precomposed = "\u095e\u0930\u0935\u0930\u0940"  # फ़रवरी typed with U+095E
    decomposed = "\u092b\u093c\u0930\u0935\u0930\u0940"
    assert clean_line(precomposed) == clean_line(decomposed)


def test_match_key_meets_spelling_variants():
    assert match_key("नयी दिल्ली") == match_key("नई दिल्ली")
    assert match_key("दिसम्बर") == match_key("दिसंबर")
    assert match_key("हिन्दी") == match_key("हिंदी")
    assert match_key("फ़रवरी") == match_key("फरवरी")
    assert match_key("भारत") != match_key("रूस")


def test_romanize_drops_final_schwa_only_where_hindi_does():
    assert romanize("भारत") == "bhārat"
    assert romanize("सम्मेलन") == "sammēlan"
    assert romanize("स्वास्थ्य") == "svāsthya"
    assert romanize("और") == "aur"


def test_slug_is_ascii():
    assert slug("सामरिक साझेदारी") == "samarik-sajhedari"
    assert slug("नयी दिल्ली") == slug("नई दिल्ली")


def test_sentences_split_after_digits():
    assert split_sentences("सन 1947। अगला वाक्य।") == ["सन 1947।", "अगला वाक्य।"]


def test_periods():
    [(_, _, decade)] = find_periods("1950 के दशक से")
    assert (decade.label, decade.start, decade.end) == ("195X", dt.date(1950, 1, 1), dt.date(1959, 12, 31))
    [(_, _, day)] = find_periods("15 जुलाई 2020 को")
    assert day.exact_date == dt.date(2020, 7, 15)
    [(_, _, devanagari)] = find_periods("२०२४ में")
    assert devanagari.label == "2024"
    assert find_periods("3018 में") == []


def test_entry_labels():
    assert parse_entry_label("2010").label == "2010"
    assert parse_entry_label("२०२४").year == 2024
    assert parse_entry_label("28 जून 2000").exact_date == dt.date(2000, 6, 28)
    assert parse_entry_label("20l0") is None
    assert parse_entry_label("3018") is None


def test_ordinals():
    assert find_ordinal("यह 20वें सम्मेलन में") == 20
    assert find_ordinal("कोई क्रमांक नहीं") is None
