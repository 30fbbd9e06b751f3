"""Table rules of session 9 (issue 8): summit tables as new writers lay them out on Hindi
Wikipedia's pattern. One rule per test, on small invented documents, each with a case where
the rule applies and one where it must not."""

from __future__ import annotations

from pipeline.parse.lexicon import default_lexicon
from pipeline.parse.summits import label_place
from parse_support import held, parse


WIKI = """पर्वतीय देशों का जल सम्मेलन

पर्वतीय देशों का जल सम्मेलन पर्वतीय देशों की सरकारों का वार्षिक सम्मेलन है।

प्रमुख क्षेत्र

हिमनद: पिघलते हिमनदों की निगरानी।

नदी बेसिन: साझा नदियों का प्रबंधन।

{heading}

नीचे दी गई तालिका में हाल के सम्मेलनों का ब्योरा है।

{table}
"""

SESSIONS = """| सत्र | वर्ष | तिथि | शहर | मेज़बान देश | टिप्पणी |
|---|---|---|---|---|---|
| पीजेएस-12 | 2016 | 7–9 नवंबर | नैरोबी | केन्या | पहला सम्मेलन अफ्रीका में |
| — | 2017 | — | जिनेवा | स्विट्ज़रलैंड | महामारी के कारण स्थगित |
| पीजेएस-13 | 2018 | 2–4 दिसंबर | जिनेवा | स्विट्ज़रलैंड | जल कोष पर सहमति |"""


def test_a_summit_table_under_a_heading_read_as_a_paragraph_is_still_read():
    # an eight-word heading is not taken for one, so the table falls in the areas' section:
    # its rows are summits all the same, not items and never dropped
    rows = parse(WIKI.format(heading="समझौता लागू होने के बाद हुए सभी बड़े सम्मेलन", table=SESSIONS))
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2016, "Nairobi"), (2018, "Geneva")]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["हिमनद", "नदी बेसिन"]
    # a table of the areas themselves (no year, no place column) stays the section's items
    areas = "| क्षेत्र | विवरण |\n|---|---|\n| भूजल | कुओं का मानचित्रण |"
    rows = parse(WIKI.format(heading="समझौता लागू होने के बाद हुए सभी बड़े सम्मेलन", table=areas))
    assert held(rows) == []
    assert "भूजल" in [a["name"] for a in rows["cooperation_areas"]]


def test_a_session_column_of_numbered_names_gives_each_row_its_edition():
    rows = parse(WIKI.format(heading="सम्मेलन", table=SESSIONS))
    # the table starts at the twelfth session: the name numbers the meeting, not the row
    assert held(rows) == [(2016, "Nairobi", "2016-11-07", 12), (2018, "Geneva", "2018-12-02", 13)]
    postponed = [s for s in rows["summits"] if s["year"] == 2017]
    assert [s["status"] for s in postponed] == ["cancelled"]


def test_a_bare_number_column_that_does_not_count_from_one_gives_no_edition():
    table = SESSIONS.replace("पीजेएस-12", "12").replace("पीजेएस-13", "13")
    rows = parse(WIKI.format(heading="सम्मेलन", table=table))
    assert held(rows) == [(2016, "Nairobi", "2016-11-07", None), (2018, "Geneva", "2018-12-02", None)]


def test_an_unnamed_column_of_numbered_names_is_the_edition_column():
    table = SESSIONS.replace("| सत्र |", "| बैठक का नाम |")
    rows = parse(WIKI.format(heading="सम्मेलन", table=table))
    assert [e for _, _, _, e in held(rows)] == [12, 13]
    # the group's own name in every row ('जी-20') numbers no meeting
    table = SESSIONS.replace("| सत्र |", "| समूह |").replace("पीजेएस-12", "जी-20").replace("पीजेएस-13", "जी-20")
    rows = parse(WIKI.format(heading="सम्मेलन", table=table))
    assert [e for _, _, _, e in held(rows)] == [None, None]


def test_a_known_city_of_four_words_is_a_place():
    lexicon = default_lexicon()
    assert label_place("हो ची मिन्ह सिटी", lexicon).city == "हो ची मिन्ह सिटी"
    # an unknown name is a place only when it is short
    assert label_place("बहुत पुराने पहाड़ी गाँव", lexicon) is None
    table = SESSIONS.replace("नैरोबी", "हो ची मिन्ह सिटी")
    rows = parse(WIKI.format(heading="सम्मेलन", table=table))
    assert [c for _, c, _, _ in held(rows)] == ["Ho Chi Minh City", "Geneva"]
