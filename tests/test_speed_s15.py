"""Session 15's speed work changes no answer: the guards it puts before costly readers (a digit
before the readers of dated lists, an ordinal before the readers of editions, the characters a
clause break holds before its pattern, the words of a pair before its lazy patterns) only leave
out work that could find nothing. Each guard is checked here on texts it lets through (the
readers still find what they found) and on look-alikes it stops (they found nothing before).
The whole-corpus check (every gold and generated document's rows, as main gave them) was run
by hand; see the session's report.
"""

from __future__ import annotations

import re

import pytest

from pipeline.parse.language import dates
from pipeline.parse.language.dates import ORDINAL_WORDS, find_ordinal, holds_an_ordinal
from pipeline.parse.language.guarded import guarded
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import Line
from pipeline.parse.layout.summits import first_clause, read_entries
from pipeline.parse.parties.pairs import pair_between
from pipeline.parse.prose import when
from pipeline.parse.prose.sentence import summits_in_sentence

LEXICON = default_lexicon()


# --- guarded patterns ---------------------------------------------------------------------------

BREAK = r"\s*[;।]\s*"
TEXTS = ["पहला सम्मेलन हुआ; दूसरा टला", "सम्मेलन हुआ । फिर", "कोई विराम नहीं", "", "  ;  ", "a;b;c"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_guarded_pattern_answers_as_the_pattern(text):
    full, cheap = re.compile(BREAK), guarded(BREAK, ";।")
    assert cheap.split(text) == full.split(text)
    assert cheap.split(text, maxsplit=1) == full.split(text, maxsplit=1)
    assert [m.span() for m in cheap.finditer(text)] == [m.span() for m in full.finditer(text)]
    assert (cheap.search(text) is None) == (full.search(text) is None)
    assert cheap.sub("|", text) == full.sub("|", text)
    assert cheap.pattern == full.pattern  # (any other attribute is the pattern's)


def test_a_text_without_the_cue_is_not_searched():
    cheap = guarded(BREAK, ";।")
    assert not cheap.may_match("सम्मेलन नई दिल्ली में हुआ")
    assert cheap.split("सम्मेलन नई दिल्ली में हुआ", maxsplit=1) == ["सम्मेलन नई दिल्ली में हुआ"]


def test_first_clause_still_ends_at_each_break():
    assert first_clause("2019: बैंकॉक में हुआ; अगला टोक्यो में") == "2019: बैंकॉक में हुआ"
    assert first_clause("बैंकॉक में हुआ — अगला टोक्यो में") == "बैंकॉक में हुआ"
    assert first_clause("बैंकॉक में हुआ, जहाँ नेता मिले") == "बैंकॉक में हुआ"
    assert first_clause("बैंकॉक में हुआ, और नेता मिले") == "बैंकॉक में हुआ, और नेता मिले"  # (no break)
    assert first_clause("बैंकॉक-टोक्यो मार्ग पर") == "बैंकॉक-टोक्यो मार्ग पर"  # a hyphen is no dash


# --- ordinals -------------------------------------------------------------------------------------


def test_every_ordinal_word_holds_a_piece_of_the_cheap_search():
    assert all(dates._ORDINAL_WORD_CHEAP.search(word) for word in ORDINAL_WORDS)


@pytest.mark.parametrize("text", ["पहला शिखर सम्मेलन", "12वाँ सम्मेलन", "१२वें सम्मेलन में", "तृतीय बैठक", "3rd summit",
                                  "चौथा (2020)", "सातवीं बार"])
def test_an_ordinal_is_seen(text):
    assert holds_an_ordinal(text)


@pytest.mark.parametrize("text", ["कज़ान में शिखर सम्मेलन हुआ", "2011 में सम्मेलन", "सम्मेलन 12 जून को", "पहुँचे नेता"])
def test_no_ordinal_is_seen(text):
    assert not holds_an_ordinal(text)
    assert find_ordinal(text) is None


@pytest.mark.parametrize("line, edition", [
    ("- 2011: कज़ान में पहला शिखर सम्मेलन हुआ।", 1),
    ("- 2014: ब्रासीलिया में छठा सम्मेलन", 6),
    ("- 2016: गोवा में 8वाँ सम्मेलन", 8),
    ("- 2011: कज़ान में शिखर सम्मेलन हुआ।", None),  # no ordinal: none read, as before
    ("- 2012: दिल्ली में सम्मेलन हुआ; 4 नेता आए", None),  # a number that is no ordinal
])
def test_an_entry_is_numbered_as_before(line, edition):
    found = read_entries(Line(1, line))
    assert isinstance(found, list) and [e.edition for e in found] == [edition]


# --- clause breaks --------------------------------------------------------------------------------

# `_CLAUSE_END` as it was before its 'और' alternatives looked ahead: the reference it must equal
_OLD_CLAUSE_END = re.compile(
    r"(?=[;:,\s])(?:"
    r"[;:]|,\s*(?=(?:" + "|".join(when._RELATIVE_WORDS) + r"|जहाँ|जहां|जबकि|जब|जो|लेकिन|पर|किंतु|किन्तु|परंतु|तो)\s)"
    r"|\s[—–]\s|(?<![\s(][0-9०-९])(?<![\s(][0-9०-९]{2})(?<!^[0-9०-९])(?<!^[0-9०-९]{2})\s+और\s+(?=[0-9०-९])"
    r"|,\s*(?:और\s+)?(?=(?:" + "|".join(when._ELIDED_ORDINAL_WORDS) + r")\s)"
    r"|(?:(?<=\sमें)|(?<=\sको))\s+और\s+(?=(?:" + "|".join(when._ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s)"
    r"|(?:" + "|".join(rf"(?<=\s{verb})" for verb in when._CLAUSE_VERBS) + r")\s+और\s+(?=(?:"
    + "|".join(when._ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s)"
    r"|(?:" + "|".join(rf"(?<=\s{verb})" for verb in when._CLAUSE_VERBS) + r"),\s*और\s+"
    r")"
)


@pytest.mark.parametrize("sentence", [
    "पहला सम्मेलन बैंकॉक में हुआ था और दूसरा 2008 में टोक्यो में",
    "दूसरा सम्मेलन 2016 में मापुटो में और तीसरा शिखर सम्मेलन 2018 में पणजी में हुआ",
    "... में दूसरा सम्मेलन हुआ, और पेरू के कुस्को में तीसरा",
    "16 और 17 मई 2005 को सम्मेलन हुआ और 2006 में फिर",
    "2019 और 2020 के सम्मेलन",
    "भारत और जापान के नेता मिले, जहाँ समझौता हुआ; फिर — अंत में",
    "सम्मेलन हुआ और नेता मिले",
])
def test_clause_ends_are_those_of_before(sentence):
    for text in (sentence, match_key(sentence)):
        assert [m.span() for m in when._CLAUSE_END.finditer(text)] == [m.span() for m in _OLD_CLAUSE_END.finditer(text)]


# --- prose: lists of dated summits ----------------------------------------------------------------

TITLE = "भारत-आसियान शिखर सम्मेलन"


def test_a_list_of_years_and_cities_is_still_read():
    found = summits_in_sentence("2018 में सिंगापुर और 2019 में बैंकॉक में भी सम्मेलन हुए।", TITLE, LEXICON)
    assert [(m.period.year, m.place.city) for m in found] == [(2018, "सिंगापुर"), (2019, "बैंकॉक")]


def test_hosts_with_their_days_are_still_read():
    found = summits_in_sentence("अंकारा ने 4 अप्रैल 2018 को और तेहरान ने 7 सितंबर 2018 को शिखर बैठक की मेज़बानी की।",
                                TITLE, LEXICON)
    assert [(m.period.start.isoformat(), m.place.city) for m in found] == [("2018-04-04", "अंकारा"), ("2018-09-07", "तेहरान")]


@pytest.mark.parametrize("sentence", [
    "सिंगापुर और बैंकॉक में भी सम्मेलन हुए।",  # the same list without its years: no date, no summit
    "अंकारा और तेहरान ने भी शिखर बैठक की मेज़बानी की।",
    "इन शहरों में सम्मेलन हुए और नेता मिले।",
])
def test_a_list_without_digits_states_no_summit(sentence):
    assert summits_in_sentence(sentence, TITLE, LEXICON) == []


# --- parties: pairs ---------------------------------------------------------------------------------


def test_pairs_are_still_read():
    assert pair_between("यह भारत और जापान का वार्षिक शिखर सम्मेलन है", LEXICON) == ["भारत", "जापान"]
    assert pair_between("भारत और अफ्रीकी संघ के बीच साझेदारी", LEXICON) == ["भारत", "अफ्रीकी संघ"]


@pytest.mark.parametrize("text", ["यह भारत और जापान का व्यापार है", "भारत और जापान के संबंध पुराने हैं", "भारत तथा जापान"])
def test_look_alikes_of_pairs_give_none(text):
    assert pair_between(text, LEXICON) == []


@pytest.mark.parametrize("text, year", [("- 2019: बैंकॉक", "2019"), ("- १९९८ — रीगा", "१९९८"), ("- 3019: कहीं", None),
                                        ("- 12019 कुछ", None), ("- बैंकॉक में सम्मेलन", None)])
def test_a_line_s_year_is_found_as_before(text, year):
    from pipeline.parse.document import _YEAR
    found = _YEAR.search(text)
    assert (found[0] if found else None) == year
