"""The habits of the genre, one rule at a time: headings, markers, entry forms, places, parties."""

from __future__ import annotations

import pytest

from pipeline.parse import DocumentRejected, parse_document
from pipeline.parse.language.dates import find_ordinal
from pipeline.parse.parties import party_names
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.structure import Line, heading_role, heading_text, split_item
from pipeline.parse.layout.summits import Entry, Problem, find_place, read_entry, summit_mode
from tests.conftest import FIXTURES

HEADINGS = {
    "history": ("इतिहास", "पृष्ठभूमि", "इतिहास और पृष्ठभूमि"),
    "objectives": ("उद्देश्य", "उद्देश्यों", "मुख्य उद्देश्य"),
    "cooperation_areas": ("प्रमुख क्षेत्र", "सहयोग के क्षेत्र", "प्रमुख सहयोग क्षेत्र"),
    "summits": ("प्रमुख सम्मेलन", "प्रमुख शिखर सम्मेलन", "महत्वपूर्ण सम्मेलन"),
}


@pytest.mark.parametrize("role,heading", [(r, h) for r, hs in HEADINGS.items() for h in hs])
def test_heading_variants(role, heading):
    assert heading_role(heading) == role
    assert heading_text(heading + ":") == heading


def test_every_heading_variant_is_in_a_fixture():
    headings = {
        line.strip() for path in (FIXTURES / "raw").glob("10*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert {h for hs in HEADINGS.values() for h in hs} <= headings


def test_an_introduction_with_a_colon_is_not_a_heading():
    assert heading_text("मुख्य उद्देश्य निम्नलिखित हैं:") == "मुख्य उद्देश्य निम्नलिखित हैं:"


@pytest.mark.parametrize("marker", ["- ", "• ", "* ", "1. ", "१. ", "(2) ", ""])
def test_list_markers(marker):
    item = split_item(Line(1, f"{marker}आर्थिक सहयोग: व्यापार बढ़ाना।"))
    assert (item.label, item.description) == ("आर्थिक सहयोग", "व्यापार बढ़ाना।")


@pytest.mark.parametrize("text,label,year,date", [
    ("2010: नई दिल्ली में आयोजित सम्मेलन।", "2010", 2010, None),
    ("१. २०२४: कज़ान में आयोजित सम्मेलन।", "२०२४", 2024, None),
    ("15 जुलाई 2020: वर्चुअल माध्यम से आयोजित सम्मेलन।", "15 जुलाई 2020", 2020, "2020-07-15"),
    ("- 28 जून 2000 - लिस्बन में पहला सम्मेलन हुआ।", "28 जून 2000", 2000, "2000-06-28"),
    ("10 दिसम्बर 2006: टोक्यो में सम्मेलन।", "10 दिसम्बर 2006", 2006, "2006-12-10"),
    ("फ़रवरी 2019: बैठक हुई।", "फ़रवरी 2019", 2019, None),
    ("2025 में टोक्यो में आयोजित सम्मेलन।", "2025", 2025, None),
    ("15 जुलाई 2020 को वर्चुअल माध्यम से बैठक हुई।", "15 जुलाई 2020", 2020, "2020-07-15"),
])
def test_entry_forms(text, label, year, date):
    entry = read_entry(Line(7, text))
    assert isinstance(entry, Entry)
    assert (entry.label, entry.period.year) == (label, year)
    assert (entry.period.exact_date.isoformat() if entry.period.exact_date else None) == date


@pytest.mark.parametrize("text,reason", [
    ("20l0: ब्रासीलिया में आयोजित सम्मेलन।", "bad_year"),
    ("3018: डरबन में आयोजित सम्मेलन।", "implausible_year"),
    ("2019:", "empty_entry"),
    ("• 2019 -", "empty_entry"),
    ("31 फ़रवरी 2019: बैठक।", "bad_year"),
    ("3018 में डरबन में आयोजित सम्मेलन।", "implausible_year"),
    ("नई दिल्ली: 2010 का सम्मेलन।", "unparsed_entry"),
    ("मॉस्को: सम्मेलन हुआ।", "unparsed_entry"),
    ("2014 के बाद सम्मेलन हर वर्ष हुआ।", "unparsed_entry"),
])
def test_entry_like_lines_that_do_not_parse(text, reason):
    problem = read_entry(Line(3, text))
    assert isinstance(problem, Problem) and problem.reason == reason


@pytest.mark.parametrize("text", ["इन सम्मेलनों की सूची इस प्रकार है:", "यह सूची अधूरी है।"])
def test_prose_in_a_summits_section_is_not_an_entry(text):
    assert read_entry(Line(3, text)) is None


@pytest.mark.parametrize("description,city,city_en,mode", [
    ("नई दिल्ली में आयोजित सम्मेलन में समझौते हुए।", "नई दिल्ली", "New Delhi", "in_person"),
    ("नयी दिल्ली में हुए सम्मेलन में समझौते हुए।", "नयी दिल्ली", "New Delhi", "in_person"),
    ("भारत की राजधानी नई दिल्ली में आयोजित बैठक।", "नई दिल्ली", "New Delhi", "in_person"),
    ("चीन के वुहान शहर में आयोजित पहले सम्मेलन में।", "वुहान", "Wuhan", "in_person"),
    ("तमिलनाडु के मामल्लपुरम में आयोजित सम्मेलन।", "मामल्लपुरम", "Mamallapuram", "in_person"),
    ("तमिलनाडु के कोवलम में आयोजित सम्मेलन।", "कोवलम", None, "in_person"),  # a name the lexicon lacks
    ("मॉस्को में दोनों देशों ने समझौते किए।", "मॉस्को", "Moscow", "in_person"),
    ("रूस में आयोजित सम्मेलन में सहमति बनी।", None, None, "in_person"),
    ("वर्चुअल माध्यम से आयोजित 15वें शिखर सम्मेलन में।", None, None, "virtual"),
    ("रूस की अध्यक्षता में वर्चुअल माध्यम से आयोजित सम्मेलन।", None, None, "virtual"),
    ("वीडियो कॉन्फ्रेंसिंग के माध्यम से बैठक हुई।", None, None, "virtual"),
    ("ऑनलाइन बैठक हुई।", None, None, "virtual"),
    ("सम्मेलन में हुए समझौतों पर चर्चा हुई।", None, None, "unknown"),
    ("ऊर्जा क्षेत्र में हुए निवेश पर चर्चा।", None, None, "unknown"),
    ("भारत की मेज़बानी में आयोजित सम्मेलन।", None, None, "unknown"),  # hosted by, not held in
    ("दोनों देशों ने सहयोग पर चर्चा की।", None, None, "unknown"),
])
def test_places(description, city, city_en, mode):
    lexicon = default_lexicon()
    place = find_place(description, lexicon)
    assert (place.city if place else None) == city
    assert (lexicon.english(city, ("city",)) if city else None) == city_en
    assert summit_mode(description, place) == mode


@pytest.mark.parametrize("text,edition", [
    ("यह 20वें सम्मेलन में", 20),
    ("१२वें वार्षिक शिखर सम्मेलन में", 12),
    ("पाँचवें शिखर सम्मेलन में", 5),
    ("दूसरे अनौपचारिक शिखर सम्मेलन में", 2),
    ("इससे पहले दोनों देशों के शिखर सम्मेलन में", None),
    # "the first ... held at X" qualifies the place: not read as the series' number
    ("लिस्बन में आयोजित पहले भारत-यूरोपीय संघ शिखर सम्मेलन में", None),
    ("अफ्रीकी महाद्वीप पर आयोजित पहला G20 शिखर सम्मेलन", None),
    ("वर्चुअल प्रारूप में पहले भारत-मध्य एशिया शिखर सम्मेलन की मेज़बानी", 1),
    ("नेताओं के स्तर पर पहला क्वाड शिखर सम्मेलन", 1),
    ("18वाँ शिखर सम्मेलन", 18),
    ("नई दिल्ली में आयोजित दूसरे शिखर सम्मेलन में", 2),
    ("सार्क की 25वीं वर्षगांठ पर", None),
    ("पहली बार व्यक्तिगत रूप से मिले", None),
    ("चतुर्भुज सुरक्षा संवाद की पहली बैठक हुई", None),
    ("0वें सम्मेलन में", None),
])
def test_ordinals(text, edition):
    assert find_ordinal(text) == edition


@pytest.mark.parametrize("title,parties", [
    ("भारत-रूस वार्षिक सम्मेलन", ["भारत", "रूस"]),
    ("भारत-चीन अनौपचारिक शिखर सम्मेलन", ["भारत", "चीन"]),
    ("भारत-यूरोपीय संघ शिखर सम्मेलन", ["भारत", "यूरोपीय संघ"]),
    ("भारत और जापान संबंध", ["भारत", "जापान"]),
    ("ब्रिक्स शिखर सम्मेलन", ["ब्रिक्स"]),
    ("जी-20 शिखर सम्मेलन", ["जी-20"]),
])
def test_party_names(title, parties):
    assert party_names(title, default_lexicon()) == parties


def test_organisation_party():
    text = (FIXTURES / "raw" / "102_bharat_eu.txt").read_text(encoding="utf-8")
    parties = parse_document("102_bharat_eu", text).rows["parties"]
    assert [(p["name_en"], p["kind"]) for p in parties] == [("India", "country"), ("European Union", "organisation")]


def test_unknown_heading_is_kept_and_reported():
    text = (FIXTURES / "raw" / "103_brics.txt").read_text(encoding="utf-8")
    rows = parse_document("103_brics", text).rows
    [other] = [s for s in rows["sections"] if s["role"] == "other"]
    assert other["heading"] == "भविष्य की चुनौतियाँ" and other["text"].startswith("सदस्यता के विस्तार")
    assert [(i["reason"], i["severity"], i["source_line"]) for i in rows["parse_issues"]][0] == \
        ("unknown_heading", "note", other["source_line"])


def test_left_out_lines_are_never_facts():
    text = (FIXTURES / "raw" / "103_brics.txt").read_text(encoding="utf-8")
    rows = parse_document("103_brics", text).rows
    left_out = {i["source_line"] for i in rows["parse_issues"] if i["severity"] == "left_out"}
    assert left_out
    for table, table_rows in rows.items():
        if table != "parse_issues":
            assert not left_out & {r.get("source_line") for r in table_rows}, table
    assert {s["year"] for s in rows["summits"]} == {2009, 2012, 2016, 2020, 2023, 2024}


def test_no_blank_lines_and_colon_headings():
    text = "भारत-जापान शिखर सम्मेलन\nउद्देश्य:\nआर्थिक सहयोग: व्यापार बढ़ाना।\nप्रमुख सम्मेलन:\n2018: टोक्यो में आयोजित सम्मेलन।"
    rows = parse_document("d", text).rows
    assert [s["role"] for s in rows["sections"]] == ["objectives", "summits"]
    assert [s["heading"] for s in rows["sections"]] == ["उद्देश्य", "प्रमुख सम्मेलन"]
    assert [(s["year"], s["city_en"]) for s in rows["summits"]] == [(2018, "Tokyo")]


def test_repeated_labels_get_distinct_ids():
    lines = ["भारत-जापान शिखर सम्मेलन", "प्रमुख सम्मेलन"] + [f"2010: बैठक {i}।" for i in range(12)]
    rows = parse_document("d", "\n".join(lines + ["दिसंबर 2010: बैठक।"])).rows
    ids = [s["summit_id"] for s in rows["summits"]]
    assert len(ids) == len(set(ids)) == 13


def test_no_structure_and_empty_are_rejected():
    with pytest.raises(DocumentRejected, match="no text"):
        parse_document("d", "\n \n")
    with pytest.raises(DocumentRejected) as rejected:
        parse_document("d", "शीर्षक\nकेवल एक साधारण अनुच्छेद है।\nऔर एक और।")
    assert rejected.value.reason == "no_structure"
