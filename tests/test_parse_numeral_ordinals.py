"""Ordinals written as a numeral with the ending of the word ('६ठा' for छठा, '4था' for चौथा,
'1ला' for पहला): an entry opening with one is a numbered summit, not a bad label."""

from __future__ import annotations

from pipeline.parse.dates import find_ordinal, leading_ordinal
from pipeline.parse.structure import Line
from pipeline.parse.summits import read_entries


def test_a_numeral_with_a_word_ending_is_an_ordinal():
    assert leading_ordinal("६ठा शिखर सम्मेलन") == 6
    assert find_ordinal("4था शिखर सम्मेलन") == 4
    assert find_ordinal("2रा सम्मेलन") == 2
    # a year followed by था ('was') is no ordinal, nor a numeral inside a word
    assert find_ordinal("वर्ष 2019 था और सम्मेलन") is None
    assert find_ordinal("2019था सम्मेलन") is None


def test_an_entry_opening_with_such_an_ordinal_is_read():
    [entry] = read_entries(Line(1, "(क) ६ठा शिखर सम्मेलन — अक्रा (घाना), २-३ अक्टूबर २००८;"))
    assert (entry.period.year, entry.edition, entry.place.city) == (2008, 6, "अक्रा")
