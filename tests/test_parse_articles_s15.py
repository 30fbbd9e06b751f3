"""Session 15 (blind19's articles and wiki table): a table's date cell of two months; a convention's
parties named one at a time; an edition's range of days closed by 'तक', placed by who came to it;
years listed before 'में (भी) NOUN'; a year's event and a series returning to a city; a summit told as
the series' origin; a numbered summit put off, then held. Invented documents of other series, with
look-alikes that must stay unread."""

from __future__ import annotations

from pipeline.parse.language.dates import parse_entry_label
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.structure import Line
from pipeline.parse.parties.convention import convention_parties
from tests.parse_support import held, parse

ARTICLE = """{title}

{title} {lead}


पृष्ठभूमि

{background}


उद्देश्य

संरक्षण: प्रजातियों की रक्षा।

व्यापार: टिकाऊ व्यापार।


अब तक के सम्मेलन

{summits}
"""


def _article(summits: str, title: str = "अंतरराष्ट्रीय जल मंच", lead: str = "जल नीति पर एक अंतरराष्ट्रीय मंच है।",
             background: str = "1990 के दशक में जल संकट पर चर्चा बढ़ी।") -> dict:
    return parse(ARTICLE.format(title=title, lead=lead, background=background, summits=summits))


# --- a date cell of two months and a year -------------------------------------------------------

def test_two_months_and_a_year_are_a_label_of_that_year():
    for label in ("सितंबर–अक्टूबर 2016", "मई-जून 2010", "नवंबर – दिसंबर 1998"):
        period = parse_entry_label(label)
        assert period is not None and period.precision == "year", label
    assert parse_entry_label("2016–2017") is None  # a span of years is no label
    assert parse_entry_label("सितंबर–अक्टूबर 2016 में बैठकें") is None  # more than a date


WIKI = """रामसर आर्द्रभूमि पक्षकार सम्मेलन

रामसर आर्द्रभूमि पक्षकार सम्मेलन अभिसमय का सर्वोच्च निकाय है।

सम्मेलनों की सूची

संस्करण | दिनांक | आयोजन स्थल | मेज़बान देश
---|---|---|---
1 | 24–26 नवंबर 1980 | कैलियारी | इटली
2 | {second} | ग्रोनिंगन | नीदरलैंड
3 | 27 मई – 5 जून 1987 | रेजिना | कनाडा
"""


def test_a_table_row_dated_by_two_months_keeps_its_year_without_a_day():
    rows = parse(WIKI.format(second="मई–जून 1984"))
    assert [(y, c, d) for y, c, d, _ in held(rows)] == [(1980, "Cagliari", "1980-11-24"), (1984, "Groningen", None),
                                                      (1987, "Regina", "1987-05-27")]


def test_a_row_with_a_month_range_and_no_year_stays_unread():
    rows = parse(WIKI.format(second="मई–जून"))
    assert [y for y, *_ in held(rows)] == [1980, 1987]


# --- a convention's parties -------------------------------------------------------------------

def _parties(text: str) -> list[str]:
    return convention_parties(Line(1, text), default_lexicon())


def test_countries_and_the_eu_said_to_be_parties_are_named():
    assert _parties("भारत 1982 में इस अभिसमय का पक्षकार बना और 1996 में छठे सम्मेलन की मेज़बानी की।") == ["भारत"]
    assert _parties("आज 170 से अधिक देश और यूरोपीय संघ इसके पक्षकार हैं।") == ["यूरोपीय संघ"]
    assert _parties("जापान 1 जून 1980 से पक्षकार है।") == ["जापान"]
    assert _parties("- पक्षकार: 120 देश और यूरोपीय संघ; ब्राज़ील 1993 से पक्षकार है") == ["यूरोपीय संघ", "ब्राज़ील"]


def test_denials_genitives_and_other_nouns_name_no_party():
    assert _parties("अमेरिका इस अभिसमय का पक्षकार नहीं है।") == []
    assert _parties("भारत के प्रतिनिधि ने पक्षकार देशों से अपील की।") == []
    assert _parties("केन्या ने तीसरे पक्षकार सम्मेलन की मेज़बानी की।") == []
    assert _parties("चीन एक पर्यवेक्षक के रूप में पक्षकार बना।") == []  # an observer


def test_a_convention_document_lists_its_parties_and_another_document_does_not():
    text = WIKI.format(second="2–9 मई 1984").replace(
        "अभिसमय का सर्वोच्च निकाय है।", "अभिसमय का सर्वोच्च निकाय है। भारत 1982 में इस अभिसमय का पक्षकार बना।")
    assert [p["name_en"] for p in parse(text)["parties"]] == ["India"]
    group = _article("पहला मंच 2001 में पेरिस में हुआ।", lead="जल नीति पर मंच है। भारत 2001 में पक्षकार बना।")
    assert [p["name_en"] for p in group["parties"]] == []  # no convention: 'पक्षकार' names no member


# --- editions in prose --------------------------------------------------------------------------

def test_an_editions_range_of_days_closed_by_tak_is_its_date_and_who_came_places_it():
    rows = _article("पहला संस्करण 4 से 6 मई 2015 तक नैरोबी में हुआ।\n\n"
                    "दूसरा संस्करण 10 से 12 मई 2017 तक हुआ, जिसमें प्रतिनिधि बड़ी संख्या में नैरोबी पहुँचे।\n\n"
                    "तीसरा संस्करण 3 से 5 मई 2019 तक हुआ, जिसके बाद प्रतिनिधि जिनेवा पहुँचे।")
    assert held(rows) == [(2015, "Nairobi", "2015-05-04", 1), (2017, "Nairobi", "2017-05-10", 2),
                          (2019, None, "2019-05-03", 3)]  # 'जिसके बाद': after it, not where it met


def test_a_target_closed_by_tak_is_still_no_edition():
    rows = _article("पहला संस्करण 4 मई 2015 को नैरोबी में हुआ। चौथा संस्करण 2030 तक होना है।")
    assert [y for y, *_ in held(rows)] == [2015]


def test_years_listed_before_one_place_are_one_summit_each():
    rows = _article("पहला मंच मार्च 2001 में पेरिस में आयोजित हुआ। इसके बाद 2003, 2006 और 2009 में भी मंच पेरिस में "
                    "ही हुआ।")
    assert sorted((y, c) for y, c, *_ in held(rows)) == [(2001, "Paris"), (2003, "Paris"), (2006, "Paris"), (2009, "Paris")]


def test_years_listed_for_a_meeting_not_held_are_no_summits():
    rows = _article("पहला मंच मार्च 2001 में पेरिस में आयोजित हुआ। 2003 और 2005 में मंच पेरिस में नहीं हो सका।")
    assert [y for y, *_ in held(rows)] == [2001]


def test_a_years_event_and_a_return_to_a_city_are_summits():
    rows = _article("पहला मंच मार्च 2001 में पेरिस में आयोजित हुआ। 2004 का आयोजन काहिरा में \"जल और शांति\" विषय पर "
                    "हुआ। तीन वर्ष बाद 2007 में मंच फिर पेरिस लौटा, जहाँ जल संकट पर विचार हुआ। 2010 का संस्करण "
                    "वर्चुअल रूप से आयोजित किया गया।")
    assert [(y, c) for y, c, *_ in held(rows)] == [(2001, "Paris"), (2004, "Cairo"), (2007, "Paris"), (2010, None)]


def test_a_years_event_planned_cancelled_or_placeless_and_a_return_to_come_are_no_summits():
    rows = _article("पहला मंच मार्च 2001 में पेरिस में आयोजित हुआ। 2013 का आयोजन काहिरा में नहीं हो सका। "
                    "2026 का आयोजन काहिरा में होगा। 2009 के आयोजन की ज़िम्मेदारी सचिवालय ने ली। "
                    "2028 में मंच फिर पेरिस लौटेगा। 2011 में राजदूत फिर पेरिस लौटे।")
    assert [y for y, *_ in held(rows)] == [2001]


def test_a_conference_the_series_came_from_is_a_precursor():
    rows = _article("पहला मंच मार्च 2001 में पेरिस में आयोजित हुआ।",
                    background="मंच की प्रेरणा 12 से 16 जून 1997 तक माराकेश में हुए विश्व जल सम्मेलन से मिली।")
    assert [y for y, *_ in held(rows)] == [2001]
    # after the first, a meeting others drew on is the series' own
    kept = _article("पहला मंच मार्च 2001 में पेरिस में आयोजित हुआ। 2005 में काहिरा में हुए मंच से क्षेत्रीय बैठकों को "
                    "प्रेरणा मिली।")
    assert [(y, c) for y, c, *_ in held(kept)] == [(2001, "Paris"), (2005, "Cairo")]


def test_a_numbered_summit_set_for_days_then_held_keeps_its_number():
    title = "भारत–जापान वार्षिक शिखर सम्मेलन"
    rows = _article("चौथा शिखर सम्मेलन 18 और 19 जुलाई 2022 के लिए तय था, लेकिन सरकार के संकट के कारण इसे घटाकर एक "
                    "दिन का कर दिया गया। अंततः यह 18 जुलाई 2022 को टोक्यो में हुआ।", title=title,
                    lead="दोनों देशों के नेताओं की वार्षिक बैठक है।")
    assert held(rows) == [(2022, "Tokyo", "2022-07-18", 4)]
    cancelled = _article("चौथा शिखर सम्मेलन जुलाई 2022 के लिए तय था, लेकिन संकट के कारण इसे रद्द कर दिया गया।",
                         title=title, lead="दोनों देशों के नेताओं की वार्षिक बैठक है।")
    assert held(cancelled) == []
