"""Issue 8: the layouts people really write summit documents in, one rule per test, on small
documents written for these tests (not the development set's), plus the development set's
score per layout family."""

from __future__ import annotations

import pytest

from pipeline.operations.evaluate import score_gold
from pipeline.parse.language.dates import find_periods
from tests.conftest import FIXTURES
from parse_support import parse


def summits(rows: dict, status: str | None = "held") -> list[tuple]:
    return [(s["year"], s["city_en"], s["date"], s["date_end"], s["edition"], s["mode"])
            for s in rows["summits"] if status is None or s["status"] == status]


# --- the development set -------------------------------------------------------------------


def test_development_set_scores_per_family():
    families = score_gold(FIXTURES / "devset")
    assert len(families) == 6
    for family in families:
        assert family.f1 >= 0.97, (family.family, [(d.file, sorted(map(str, d.missing)), sorted(map(str, d.unexpected)))
                                                    for d in family.documents])
        assert family.invented_summits == 0, family.family


# --- layouts -------------------------------------------------------------------------------

TABLE = """मेकांग सहयोग शिखर सम्मेलन

मेकांग सहयोग शिखर सम्मेलन सदस्य देशों की बैठक है।

सम्मेलनों की सूची

| क्रम | वर्ष | तिथि | शहर | मेज़बान देश |
|---|---|---|---|---|
| 1 | 2010 | 5 अप्रैल[1] | हनोई | वियतनाम |
| 2 | 2012 | 30 नवंबर – 1 दिसंबर | बैंकॉक | थाईलैंड |
| 3 | 2014 | 20–21 जून | वर्चुअल | लाओस |

| देश | राजधानी |
|---|---|
| वियतनाम | हनोई |

सन्दर्भ

2016: टोक्यो में आयोजित सम्मेलन की रिपोर्ट।
"""


def test_pipe_table_rows_are_summits():
    rows = parse(TABLE)
    assert summits(rows) == [
        (2010, "Hanoi", "2010-04-05", None, 1, "in_person"),
        (2012, "Bangkok", "2012-11-30", "2012-12-01", 2, "in_person"),  # a range across months
        (2014, None, "2014-06-20", "2014-06-21", 3, "virtual"),  # 'वर्चुअल' in the city column
    ]


def test_a_table_row_not_read_is_a_parse_issue_and_references_are_ignored():
    rows = parse(TABLE)
    assert [(i["reason"], i["source_text"]) for i in rows["parse_issues"]] == [
        ("unread_table_row", "| वियतनाम | हनोई |"),
    ]
    assert all(s["year"] != 2016 for s in rows["summits"])  # under सन्दर्भ: not a fact


def test_edition_from_the_number_column_only_when_it_counts_from_one():
    rows = parse(TABLE.replace("| 1 | 2010", "| 4 | 2010"))
    assert [s["edition"] for s in rows["summits"]] == [None, None, None]


PRESS_RELEASE = """विदेश मंत्रालय

प्रविष्टि तिथि: १२ मार्च, २०१९, ६:०० अपराह्न, पीआईबी दिल्ली

भारत-नॉर्वे संवाद का तीसरा दौर ओस्लो में संपन्न

प्रधानमंत्री ने आज ओस्लो में बैठक की।

इस दौर के उद्देश्य:

(i) हरित ऊर्जा: स्वच्छ ऊर्जा में निवेश।
(ii) समुद्री सहयोग: बंदरगाहों का विकास।

सहयोग के प्रमुख क्षेत्र:

१. मत्स्य पालन: प्रशिक्षण।
२. शिक्षा: छात्रवृत्तियाँ।

पृष्ठभूमि:

यह संवाद २०१५ में शुरू हुआ। अब तक के दौर इस प्रकार हैं:

१. पहला दौर — १० मई, २०१५, नई दिल्ली
२. दूसरा दौर — ३-४ जून, २०१७, ओस्लो
३. तीसरा दौर — १२ मार्च, २०१९, ओस्लो
"""


def test_press_release_headline_lists_and_devanagari_digits():
    rows = parse(PRESS_RELEASE)
    assert rows["documents"][0]["title"] == "भारत-नॉर्वे संवाद का तीसरा दौर ओस्लो में संपन्न"
    assert [o["name"] for o in rows["objectives"]] == ["हरित ऊर्जा", "समुद्री सहयोग"]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["मत्स्य पालन", "शिक्षा"]
    assert [p["name_en"] for p in rows["parties"]] == ["India", "Norway"]
    # a list under a history heading whose entries name a number, a date and a city
    assert summits(rows) == [
        (2015, "New Delhi", "2015-05-10", None, 1, "in_person"),
        (2017, "Oslo", "2017-06-03", "2017-06-04", 2, "in_person"),
        (2019, "Oslo", "2019-03-12", None, 3, "in_person"),
    ]


MARKDOWN = (
    "# मेकांग-गंगा शिखर सम्मेलन — Notes\r\n\r\n"
    "**सदस्य**: भारत, थाईलैंड, वियतनाम, लाओस और म्यांमार\r\n"
    "**पर्यवेक्षक**: जापान, चीन और सिंगापुर\r\n\r\n"
    "## लक्ष्य (Goals)\r\n\r\n"
    "**पर्यटन**: यात्रा बढ़ाना।\r\n\r\n"
    "## सहयोग के स्तंभ (Pillars)\r\n\r\n"
    "**संस्कृति**: साझा विरासत।\r\n\r\n"
    "## शिखर सम्मेलन (Summits)\r\n\r\n"
    "- **2001 (हनोई) और 2003 (बैंकॉक)**: हनोई में पहला सम्मेलन हुआ; बैंकॉक में 4–5 मई 2003 को दूसरा सम्मेलन हुआ।\r\n"
    "- **2006, कोलंबो**: तीसरा शिखर सम्मेलन, 9 जुलाई 2006।\r\n"
    "- 2008 (ढाका) — चौथा सम्मेलन।\r\n"
)


def test_markdown_notes_crlf_bold_labels_and_two_summits_on_one_line():
    rows = parse(MARKDOWN)
    assert rows["documents"][0]["title"] == "मेकांग-गंगा शिखर सम्मेलन — Notes"
    assert [o["name"] for o in rows["objectives"]] == ["पर्यटन"]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["संस्कृति"]
    assert summits(rows) == [
        (2001, "Hanoi", None, None, 1, "in_person"),
        (2003, "Bangkok", "2003-05-04", "2003-05-05", 2, "in_person"),
        (2006, "Colombo", "2006-07-09", None, 3, "in_person"),
        (2008, "Dhaka", None, None, 4, "in_person"),
    ]
    assert {s["source_line"] for s in rows["summits"]} == {16, 17, 18}  # CRLF does not shift lines


def test_group_members_are_parties_observers_are_not():
    rows = parse(MARKDOWN)
    assert [p["name_en"] for p in rows["parties"]] == ["India", "Thailand", "Vietnam", "Laos", "Myanmar"]


STUDY_NOTES = """हिंद महासागर मंच: अध्ययन नोट्स

• स्थापना: 1997

प्रमुख शिखर सम्मेलन (तिथि, शहर — मुख्य बात)
• 14–15 मार्च 2011, पर्थ — पहला शिखर सम्मेलन; समुद्री सुरक्षा पर सहमति।
• कोलंबो (श्रीलंका), 2 मई 2015: दूसरा शिखर सम्मेलन; मत्स्य पालन।
• 2017: जकार्ता में विदेश मंत्रियों की बैठक हुई।
"""


def test_study_notes_entries_date_city_in_any_order_ministerial_left_out():
    rows = parse(STUDY_NOTES)
    assert summits(rows) == [
        (2011, "Perth", "2011-03-14", "2011-03-15", 1, "in_person"),
        (2015, "Colombo", "2015-05-02", None, 2, "in_person"),
    ]
    assert [i["reason"] for i in rows["parse_issues"]] == ["not_a_summit"]


NEWS = """भारत-नॉर्डिक शिखर सम्मेलन: स्टॉकहोम में नई साझेदारी

ओस्लो, 17 अप्रैल (एजेंसी)। भारत, डेनमार्क, फ़िनलैंड, आइसलैंड, नॉर्वे और स्वीडन के नेताओं का पहला शिखर सम्मेलन 17 अप्रैल 2018 को स्वीडन की राजधानी स्टॉकहोम में संपन्न हुआ, जिसमें 2030 तक उत्सर्जन घटाने का लक्ष्य रखा गया। मोदी ने कहा कि सहयोग बढ़ेगा।

दूसरा शिखर सम्मेलन 2020 में ओस्लो में होना था, लेकिन महामारी के कारण नहीं हो सका। सितंबर 2019 में न्यूयॉर्क में हुए जी-20 शिखर सम्मेलन में भी नेता मिले थे। अगला शिखर सम्मेलन 2026 में हेलसिंकी में होगा।
"""


def test_news_prose_summits_with_status_and_distractor_years():
    rows = parse(NEWS)
    assert summits(rows) == [(2018, "Stockholm", "2018-04-17", None, 1, "in_person")]
    assert sorted((s["year"], s["status"]) for s in rows["summits"] if s["status"] != "held") == [
        (2020, "cancelled"), (2026, "planned"),
    ]
    assert all(s["year"] not in (2019, 2030) for s in rows["summits"])  # another series; a target
    assert [p["name_en"] for p in rows["parties"]] == ["India", "Denmark", "Finland", "Iceland", "Norway", "Sweden"]
    held = [s for s in rows["summits"] if s["status"] == "held"][0]
    assert "2018" in held["source_text"] and "स्टॉकहोम" in held["source_text"]


def test_people_are_not_parties():
    rows = parse("मोदी-पुतिन वार्ता: भारत और रूस ने सहयोग बढ़ाया\n\nइतिहास\n\nदोनों देश मित्र हैं।\n")
    assert [p["name_en"] for p in rows["parties"]] == ["India", "Russia"]


def test_same_year_takes_the_year_of_the_sentence_before():
    rows = parse(
        "क्वाड शिखर सम्मेलन\n\nइतिहास\n\n"
        "पहला क्वाड शिखर सम्मेलन 12 मार्च 2021 को वर्चुअल माध्यम से हुआ। "
        "उसी वर्ष 24 सितंबर को वॉशिंगटन में चारों नेता व्यक्तिगत रूप से मिले।\n"
    )
    assert summits(rows) == [
        (2021, None, "2021-03-12", None, 1, "virtual"),
        (2021, "Washington", "2021-09-24", None, None, "in_person"),
    ]
    assert "2021" in rows["summits"][1]["source_text"]


@pytest.mark.parametrize("text,label", [
    ("15–16 जून 2009 को", "2009-06-15/2009-06-16"),
    ("26 से 29 अक्टूबर 2015 तक", "2015-10-26/2015-10-29"),
    ("31 अगस्त – 1 सितंबर 2025", "2025-08-31/2025-09-01"),
    ("२९-३० मई, २०१७ की", "2017-05-29/2017-05-30"),
])
def test_day_ranges(text, label):
    assert [p.label for _, _, p in find_periods(text)] == [label]


def test_every_summit_quotes_its_year_and_place():
    """Nothing invented: a published summit's source text holds its year and its place, in every
    gold set (a year counted from a press release's 'आज' quotes the release's date line)."""
    from pipeline.operations.evaluate import GOLD_SET_FOLDERS
    from pipeline.parse.language.dates import ascii_digits

    sets = [*GOLD_SET_FOLDERS, "blind2_c", "blind3_c"]
    for path in sorted(p for name in sets for p in (FIXTURES / name / "docs").glob("*.txt")):
        for summit in parse(path.read_text(encoding="utf-8"), path.stem)["summits"]:
            assert str(summit["year"]) in ascii_digits(summit["source_text"]), (path.name, summit["summit_id"])
            assert summit["city"] is None or summit["city"] in summit["source_text"], (path.name, summit["summit_id"])


GROUP_NEWS = """नॉर्डिक शिखर सम्मेलन: हेलसिंकी में नई पहल

हेलसिंकी, 5 मई (एजेंसी)। भारत, डेनमार्क, फ़िनलैंड और स्वीडन के समूह के नेताओं का तीसरा शिखर सम्मेलन 4 मई 2024 को फ़िनलैंड के हेलसिंकी में संपन्न हुआ। 10 मार्च 2021 को भारत और डेनमार्क के बीच वर्चुअल शिखर बैठक हुई थी। यह मंच ब्रिक्स शिखर सम्मेलन से अलग है, जिसका पहला सम्मेलन 2009 में येकातेरिनबर्ग में हुआ था।
"""


def test_bilateral_meetings_and_other_series_are_not_the_groups_summits():
    rows = parse(GROUP_NEWS)
    assert summits(rows) == [(2024, "Helsinki", "2024-05-04", None, 3, "in_person")]


PIB_VIRTUAL = """प्रधानमंत्री कार्यालय

प्रविष्टि तिथि: १० जून, २०२४, ९:०० पूर्वाह्न, पीआईबी दिल्ली

प्रधानमंत्री ने तीसरे दक्षिण संवाद शिखर सम्मेलन को संबोधित किया

प्रधानमंत्री श्री नरेन्द्र मोदी ने आज सम्मेलन को संबोधित किया।

पृष्ठभूमि:

अब तक के तीनों शिखर सम्मेलन वर्चुअल प्रारूप में हुए हैं:

१. पहला शिखर सम्मेलन — १२-१३ जनवरी, २०२३।
२. दूसरा शिखर सम्मेलन — १७ नवंबर, २०२३।
३. तीसरा शिखर सम्मेलन — १० जून, २०२४।
"""


def test_press_release_list_introduced_as_virtual_and_india_as_a_side():
    rows = parse(PIB_VIRTUAL)
    assert summits(rows) == [
        (2023, None, "2023-01-12", "2023-01-13", 1, "virtual"),
        (2023, None, "2023-11-17", None, 2, "virtual"),
        (2024, None, "2024-06-10", None, 3, "virtual"),
    ]
    assert [p["name_en"] for p in rows["parties"]] == ["India"]


def test_a_label_place_ends_before_a_sentences_full_stop():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import label_place

    lexicon = default_lexicon()
    assert label_place("बग़दाद।", lexicon).city == "बग़दाद"
    assert label_place("बग़दाद ।", lexicon).city == "बग़दाद"
    assert label_place("वॉशिंगटन डी.सी.", lexicon).city == "वॉशिंगटन"
