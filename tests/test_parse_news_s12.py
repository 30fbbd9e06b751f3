"""News reports (session 12): the weekday of a dated dateline, a numbered meeting after 'उससे
पहले', past meetings listed as 'COUNTRY के CITY (YEAR)' where the leaders met, a series that
began at its first meeting, a host city with its days. Every document and sentence is invented;
each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from tests.parse_support import held, parse

TRILATERAL = """{city} में तीनों राष्ट्रपतियों की त्रिपक्षीय बैठक: बंदरगाह परियोजना पर सहमति

{dateline} (एजेंसियां)। {lead}

बयान के अनुसार अगली बैठक का स्थान बाद में तय होगा।
"""


def _report(city: str, dateline: str, lead: str) -> list[tuple]:
    return held(parse(TRILATERAL.format(city=city, dateline=dateline, lead=lead)))


@pytest.mark.parametrize("dateline, lead, day", [
    # the dateline's own day (2 September 2025 was a Tuesday)
    ("बीजिंग, 2 सितंबर 2025", "तीनों राष्ट्रपतियों ने मंगलवार को यहाँ त्रिपक्षीय बैठक की।", "2025-09-02"),
    # a report filed the day after: the last Monday before it
    ("लीमा, 9 मार्च 2021", "पेरू की राजधानी लीमा में सोमवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक हुई।",
     "2021-03-08"),
    ("अक्रा, 14 जुलाई 2019", "अक्रा में बृहस्पतिवार को तीनों नेताओं के बीच त्रिपक्षीय बैठक संपन्न हुई।", "2019-07-11"),
])
def test_a_weekday_in_a_dated_dateline_gives_the_day(dateline, lead, day):
    city = dateline.split(",")[0]
    assert [d for _, c, d, _ in _report(city, dateline, lead)] == [day]


@pytest.mark.parametrize("dateline, lead", [
    # the weekday is another event's, in a clause of its own
    ("बीजिंग, 2 सितंबर 2025", "बीजिंग में त्रिपक्षीय बैठक ऐसे समय में हुई जब बुधवार को यहाँ सैन्य परेड होनी है।"),
    # two weekdays: which one is the meeting's is not said
    ("लीमा, 9 मार्च 2021", "लीमा में सोमवार और मंगलवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक हुई।"),
])
def test_a_weekday_of_another_event_or_two_weekdays_give_no_day(dateline, lead):
    city = dateline.split(",")[0]
    assert [d for _, c, d, _ in _report(city, dateline, lead)] == [None]


def test_a_planned_meeting_on_a_weekday_is_not_dated_back():
    rows = parse(TRILATERAL.format(city="लीमा", dateline="लीमा, 9 मार्च 2021",
                                   lead="लीमा में शुक्रवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक होगी।"))
    assert held(rows) == []
    assert all(s["date"] is None for s in rows["summits"])


def test_a_dateline_without_its_year_dates_no_weekday():
    rows = parse(TRILATERAL.format(city="लीमा", dateline="लीमा, 9 मार्च", lead=(
        "लीमा में सोमवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक हुई। यह बैठक 2021 में हुई पहली बैठक थी।")))
    assert all(s["date"] is None for s in rows["summits"])
