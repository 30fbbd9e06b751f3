"""Summits of many-sided groupings in news reports, press releases, notes and articles (session
11): wordings from documents on series the parser had not seen. Every document and sentence is
invented; each shape is paired with a look-alike the parser must leave out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.prose import summits_in_sentence
from tests.parse_support import held, parse

LEXICON = default_lexicon()
SERIES = "सागर तटीय गठबंधन शिखर सम्मेलन"


def _said(sentence: str, title: str = SERIES, context_year: int | None = None) -> list[tuple]:
    return sorted((m.period.label, m.place.city if m.place else None, m.status)
                  for m in summits_in_sentence(sentence, title, LEXICON, context_year, multilateral=True))


def _article(body: str, summits: str, title: str = SERIES) -> str:
    return (f"{title}\n\n{title} पाँच तटीय देशों — भारत, श्रीलंका, मालदीव, बांग्लादेश और म्यांमार — के नेताओं की "
            f"बैठक है।\n\n\nइतिहास\n\n{body}\n\n\nप्रमुख शिखर सम्मेलन\n\n{summits}\n")


# --- a summit owned by a continent or region the title does not name: another grouping's ------

@pytest.mark.parametrize("sentence", [
    "1994 में मायामी में हुए अमेरिका महाद्वीप के शिखर सम्मेलन में मुक्त व्यापार क्षेत्र का प्रस्ताव रखा गया था।",
    "नवंबर 2005 में मार देल प्लाता में हुए अमेरिकी महाद्वीप के चौथे शिखर सम्मेलन में योजना दफ़न हो गई।",
    "2007 में लिस्बन में यूरोप का शिखर सम्मेलन हुआ, जिसमें गठबंधन के नेता मेहमान थे।",
    "2010 में कैनकन में लैटिन अमेरिका के शिखर सम्मेलन में नया मंच बना।",
])
def test_a_summit_of_a_continent_or_region_is_another_groupings(sentence):
    assert _said(sentence) == []


@pytest.mark.parametrize("sentence, city", [
    # the title names the region: its summit is the series'
    ("2007 में लिस्बन में यूरोप का शिखर सम्मेलन हुआ।", "लिस्बन"),
    # a city before के is the summit's place, not its owner
    ("2007 में ढाका के शिखर सम्मेलन में नया कोष बना।", "ढाका"),
])
def test_a_region_the_title_names_or_a_city_owner_keeps_the_summit(sentence, city):
    title = "यूरोप–अफ्रीका शिखर सम्मेलन" if "यूरोप" in sentence else SERIES
    assert [c for _, c, _ in _said(sentence, title)] == [city]


def test_an_article_keeps_its_own_summits_beside_another_series_of_the_continent():
    text = _article(
        "1994 में मायामी में हुए अमेरिका महाद्वीप के शिखर सम्मेलन में मुक्त व्यापार का प्रस्ताव रखा गया था।",
        "2004: ढाका में 14 दिसंबर को पहला शिखर सम्मेलन हुआ।\n\n2006: अप्रैल में कोलंबो में शिखर सम्मेलन हुआ।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2006, "Colombo")]


# --- a list entry that says it is not the series' summit ---------------------------------------

@pytest.mark.parametrize("denial", [
    "यह गठबंधन का शिखर सम्मेलन नहीं, अलग ऊर्जा समझौता था।",
    "यह गठबंधन का शिखर सम्मेलन नहीं है।",
    "यह शिखर सम्मेलन नहीं; केवल ऊर्जा मंत्रियों की बातचीत थी।",
])
def test_an_entry_that_denies_being_a_summit_is_left_out(denial):
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में 14 दिसंबर को पहला शिखर सम्मेलन हुआ।\n\n"
                    f"2005: 29 जून को कोलंबो में तटीय देशों के साथ ऊर्जा समझौता हुआ; {denial}\n\n"
                    "2006: अप्रैल में माले में शिखर सम्मेलन हुआ।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2006, "Malé")]


def test_an_entry_that_says_only_another_thing_is_not_a_summit_still_counts():
    # "... समझौता नहीं हुआ" denies an agreement, not the summit
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में 14 दिसंबर को पहला शिखर सम्मेलन हुआ।\n\n"
                    "2005: 29 जून को कोलंबो में शिखर सम्मेलन हुआ; ऊर्जा पर कोई समझौता नहीं, केवल चर्चा हुई।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2005, "Colombo")]
