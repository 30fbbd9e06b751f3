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
