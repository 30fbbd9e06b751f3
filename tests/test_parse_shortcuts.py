"""The parser's shortcuts (checks that skip work) give what the full work gives."""

from __future__ import annotations

from pipeline.parse.language.dates import find_periods
from pipeline.parse.layout.records import join_records
from pipeline.parse.layout.structure import Line
from pipeline.parse.layout.summits import _bracketed_masked, _top_level_split


def test_brackets_are_masked_with_what_they_hold():
    bracket = "(निकोसिया, 29 अप्रैल)"
    assert _bracketed_masked(f"2015 {bracket}, 2016") == "2015 " + "\0" * len(bracket) + ", 2016"
    assert _bracketed_masked("2009, 2010") == "2009, 2010"  # no bracket: the text itself
    assert _bracketed_masked("a (b") == "a \0\0"  # an unclosed bracket holds the rest
    assert _bracketed_masked("a) b (c") == "a\0 b (c"  # a stray ')' is masked, and the '(' after it closes it


def test_items_split_outside_brackets_only():
    assert _top_level_split("2015 (निकोसिया, 29 अप्रैल), 2016 (एथेंस)") == ["2015 (निकोसिया, 29 अप्रैल)", "2016 (एथेंस)"]
    assert _top_level_split("2009 और 2010") == ["2009", "2010"]


def test_a_year_hidden_by_an_invisible_character_is_still_found():
    # the four-digit check looks at the match key, where the zero-width space is gone
    assert [p.year for _, _, p in find_periods("शिखर सम्मेलन 20\u200b14 में हुआ")] == [2014]
    assert find_periods("शिखर सम्मेलन कई बार हुआ") == []


def test_a_record_is_joined_and_a_plain_entry_left_as_it_is():
    record = [Line(1, "- **2014**"), Line(2, "- स्थान: नेपीडॉ", indent=2), Line(3, "- तिथि: 4 मार्च", indent=2)]
    assert [line.text for line in join_records(record)] == ["4 मार्च 2014, नेपीडॉ:"]
    plain = [Line(1, "- 2014: नेपीडॉ में सम्मेलन"), Line(2, "- 2016: हनोई में सम्मेलन")]
    assert join_records(plain) == plain
    not_a_date = [Line(1, "- **इतिहास**"), Line(2, "- स्थान: नेपीडॉ", indent=2)]
    assert join_records(not_a_date) == not_a_date


def _full_key(text: str) -> str:
    """The match key by every step, none skipped (what `_key` gave before its shortcuts)."""
    import re
    import unicodedata

    from pipeline.parse.language.text import _NASAL_CLUSTER, clean_line
    key = unicodedata.normalize("NFC", unicodedata.normalize("NFD", clean_line(text)).replace("\u093c", ""))
    key = _NASAL_CLUSTER.sub("\u0902", key)
    for pattern, replacement in (("यी(?=\\s|$)", "ई"), ("ये(?=\\s|$)", "ए"), ("\u0901", "\u0902"),
                                 ("[\u2010-\u2015\u2212]", "-")):
        key = re.sub(pattern, replacement, key)
    return key.casefold()


def test_a_match_key_skips_only_the_steps_that_change_nothing():
    from pipeline.parse.language.text import _key
    texts = ["नई दिल्ली में", "फ़रवरी \u095e\u0930\u0935\u0930\u0940", "ज़\u200dमीन", "हिन्दी सम्मेलन गये किये",
             "नयी दिल्ली", "गयी।", "ऩ ऱ ऴ", "चाँद–सूरज\u2212२", "G20 Summit", "\u00a0 ढ़ाका  ", "", "ये", "संबंध"]
    for text in texts:
        assert _key(text) == _full_key(text), text
    assert _key("फ़रवरी") == _key("फरवरी") and _key("नयी") == _key("नई")


def test_a_sentence_is_no_lexicon_entry_and_a_name_still_is():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.language.text import count_key_tokens, key_tokens
    lexicon = default_lexicon()
    sentence = "कज़ान में आयोजित सम्मेलन में आपदा प्रबंधन और परमाणु ऊर्जा के क्षेत्र में महत्वपूर्ण समझौते हुए"
    assert count_key_tokens(sentence) == len(key_tokens(sentence)) > lexicon._most_words
    assert lexicon.lookup(sentence) is None
    assert count_key_tokens("a/b/c/d/e/f/g/h") == len(key_tokens("a/b/c/d/e/f/g/h")) == 8  # one word, many tokens
    assert lexicon.lookup("नई  दिल्ली,") is not None  # (a name with its punctuation: found by its tokens)


def test_an_english_name_is_remembered_per_name_and_kinds():
    from pipeline.parse.language.lexicon import default_lexicon
    lexicon = default_lexicon()
    assert lexicon.english("भारत") == lexicon.english("भारत") == "India"
    assert lexicon.english("भारत", ("city",)) is None  # the kinds asked are part of the question
    assert lexicon.english("भारत", ["country"]) == "India"
    assert lexicon.english("भारत-रूस") == lexicon.english("भारत-रूस") == "India–Russia"


def test_a_cancelled_entry_is_still_read_after_the_cheap_look():
    from pipeline.parse.layout.summits import entry_status
    assert entry_status("कोविड के कारण रद्द") == "cancelled"
    assert entry_status("लक्ष्य पूरा नहीं हुआ, पर सम्मेलन जकार्ता में हुआ") == "held"  # 'fell short', not cancelled
    assert entry_status("जकार्ता में हुआ") == "held"


def test_the_cancelled_pattern_finds_what_its_full_form_finds():
    import re

    from pipeline.parse.layout.summits import _CANCELLED_WORDS, _FELL_SHORT, CANCELLED
    from pipeline.parse.language.text import match_key
    full = re.compile(_FELL_SHORT + "(?:" + _CANCELLED_WORDS + ")")
    for text in ("सम्मेलन रद्द हुआ", "लक्ष्य पूरा नहीं हो सका", "बैठक नहीं हो सकी", "जकार्ता में हुआ", ""):
        key = match_key(text)
        found, expected = CANCELLED.search(key), full.search(key)
        assert (found and found.span()) == (expected and expected.span()), text
    assert [m[0] for m in CANCELLED.finditer(match_key("रद्द और फिर स्थगित"))] == [match_key("रद्द"), match_key("स्थगित")]
