"""Session 15: general readings found when blind19 was opened and blind22 written."""

from __future__ import annotations

from tests.parse_support import held
from tests.test_parse_layouts_s14 import _notes


def test_columns_named_in_brackets_may_hold_brackets_of_their_own():
    rows = ("▪ 1 | पेरिस, फ़्रांस (2003) | 28 जुलाई | विकास पर ज़ोर\n"
            "▪ 2 | टोक्यो, जापान (2006) | 26 जून | सहायता की घोषणा\n"
            "▪ 4 | मनीला, फ़िलीपींस (2015) | 26 नवंबर | जलवायु पर साझा रुख़")
    found = held(_notes(columns="COP | Venue (Year) | Dates | Key outcome", rows=rows))
    assert found == [(2003, "Paris", "2003-07-28", 1), (2006, "Tokyo", "2006-06-26", 2),
                     (2015, "Manila", "2015-11-26", 4)]
    # two levels of brackets is no column list: the rows stay entries of a list, read one by one
    deeper = _notes(columns="COP | Venue (Year (CE)) | Dates | Key outcome", rows=rows)
    assert all(s["year"] in (2003, 2006, 2015) for s in deeper["summits"])
