"""Session 15: general readings found when blind19 was opened and blind22 written."""

from __future__ import annotations

import pytest

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


RELEASE = """पर्यावरण मंत्रालय
नई दिल्ली, 12 मार्च 2025

{headline}

भारत ने नैरोबी में आयोजित सम्मेलन में भाग लिया।

सहयोग के प्रमुख क्षेत्र इस प्रकार रहे:

1. जल प्रबंधन: नदियों की सफ़ाई।
2. स्वच्छ ऊर्जा: सौर पार्क।

हाल के सम्मेलनों का विवरण इस प्रकार है:

{items}

अगला सम्मेलन 2027 में होगा।
"""
ITEMS = ["१. पाँचवाँ सम्मेलन – नैरोबी, केन्या, फ़रवरी २०१९",
         "२. छठा सम्मेलन – जिनेवा, स्विट्ज़रलैंड, ८–१२ मार्च २०२१",
         "३. सातवाँ सम्मेलन – लीमा, पेरू, २६–३० जून २०२३"]


def test_a_numbered_list_goes_on_across_blank_lines_in_its_own_form():
    from tests.parse_support import parse

    for gap in ("\n", "\n\n"):
        rows = parse(RELEASE.format(headline="विश्व जल सम्मेलन: भारत की भागीदारी", items=gap.join(ITEMS)))
        assert [(y, c) for y, c, *_ in held(rows)] == [(2019, "Nairobi"), (2021, "Geneva"), (2023, "Lima")]
        assert [a["name"] for a in rows["cooperation_areas"]] == ["जल प्रबंधन", "स्वच्छ ऊर्जा"]
    # an item numbered on, but written as a sentence, is not the list's: it goes back to the prose
    sentence = ITEMS[0] + "\n\n२. दोनों देशों के मंत्रियों की बैठक ५ मई २०२२ को लीमा में हुई।"
    rows = parse(RELEASE.format(headline="विश्व जल सम्मेलन: भारत की भागीदारी", items=sentence))
    assert [(y, c) for y, c, *_ in held(rows)] == [(2019, "Nairobi")]


def test_a_dash_before_a_headlines_place_is_no_part_of_its_name():
    from tests.parse_support import parse

    text = ("वाणिज्य मंत्रालय\n\nप्रधानमंत्री की जापान यात्रा — टोक्यो में भारत-जापान शिखर वार्ता संपन्न\n\n"
            "प्रधानमंत्री ने 29 से 30 अगस्त 2025 तक जापान की यात्रा की। 29 अगस्त 2025 को टोक्यो में दोनों "
            "प्रधानमंत्रियों के बीच 15वीं वार्षिक शिखर वार्ता हुई।\n")
    cities = {(s["year"], s["city"], s["city_en"]) for s in parse(text)["summits"]}
    assert cities == {(2025, "टोक्यो", "Tokyo")}


def test_a_year_label_then_a_dash_then_days_is_no_span_of_years():
    from pipeline.parse.language.typography import fold

    assert fold("1996 — 13 से 17 नवंबर तक रोम में") == "1996 — 13 से 17 नवंबर तक रोम में"
    assert fold("2021 – 22 के दौरान") == "2021–22 के दौरान"  # a span to a later year of its century
    assert fold("१९९८ - ९९ में") == "१९९८-९९ में"
    assert fold("2010 – 2015 तक") == "2010–2015 तक"
    text = ("विश्व जल शिखर सम्मेलन\n\nआयोजित शिखर सम्मेलन\n\n"
            "1997 — 3 से 5 मार्च तक मराकेश में पहला विश्व जल शिखर सम्मेलन हुआ।\n\n"
            "2000 — 17 से 22 मार्च तक हेग में दूसरा शिखर सम्मेलन हुआ।\n")
    from tests.parse_support import parse
    assert [(y, c, d) for y, c, d, _ in held(parse(text))] == [(1997, "Marrakesh", "1997-03-03"), (2000, "The Hague", "2000-03-17")]


@pytest.mark.parametrize("written,folded", [
    ("AIDS 2020: Virtual — 23वाँ, 6–10 July 2020", "AIDS 2020: Virtual — 23वाँ, 6–10 जुलाई 2020"),
    ("March 12, 2019 को", "12 मार्च 2019 को"),
    ("21 NOV 2025 5:30PM by PIB Delhi", "21 नवंबर 2025 5:30PM by PIB Delhi"),
    ("8 – 9 April 2008 को", "8–9 अप्रैल 2008 को"),
    ("Sept. 2015 में", "सितंबर 2015 में"),
    ("November में इस्तांबुल", "नवंबर में इस्तांबुल"),
    ("– June, मिन्स्क: बैठक", "– जून, मिन्स्क: बैठक"),
    # a month's word with no number, postposition or label beside it is English, not a date
    ("you may go", "you may go"),
    ("May be यह सही है", "May be यह सही है"),
    ("Decision of the march", "Decision of the march"),
])
def test_a_month_written_in_english_beside_a_day_or_year_reads_as_one(written, folded):
    from pipeline.parse.language.typography import fold

    assert fold(written) == folded


def test_summits_dated_with_english_months_are_read_like_hindi_ones():
    from tests.parse_support import parse

    notes = ("# Global Water Summit — मेरे notes\n\n## Summits\n\n"
             "- 3–5 March 1997, मराकेश — पहला summit\n- 17–22 March 2000, हेग — दूसरा summit\n"
             "- May 2003: क्योटो — तीसरा summit\n")
    assert held(parse(notes)) == [(1997, "Marrakesh", "1997-03-03", 1), (2000, "The Hague", "2000-03-17", 2),
                                  (2003, "Kyoto", None, 3)]


def test_a_release_spelt_with_half_nasals_speaks_for_india_like_one_with_anusvaras():
    from tests.parse_support import parse

    release = ("पत्र सूचना कार्यालय\nप्रधानमंत्री कार्यालय\n\nप्रधानमंत्री ने दूसरे वैश्विक जल शिखर सम्मेलन को संबोधित किया\n\n"
               "प्रधानमंत्री ने 12 मई 2022 को वर्चुअल माध्यम से आयोजित दूसरे वैश्विक जल शिखर सम्मेलन को संबोधित किया।\n")
    for text in (release, release.replace("मंत्री", "मन्त्री")):
        assert [p["name_en"] for p in parse(text)["parties"]] == ["India"]


def test_a_notable_city_written_in_latin_letters_in_a_sentence_is_the_place():
    from tests.parse_support import parse

    text = ("भारत-फ़्रांस शिखर वार्ता\n\nप्रमुख शिखर वार्ताएँ\n\n"
            "1. 2015: 10 अप्रैल 2015 को Paris में प्रधानमंत्री और राष्ट्रपति के बीच शिखर वार्ता हुई।\n"
            "2. 2018: 10 मार्च 2018 को New Delhi में राष्ट्रपति के साथ शिखर वार्ता हुई।\n"
            "3. 2019: 22 अगस्त 2019 को Summit में दोनों नेताओं के बीच शिखर वार्ता हुई।\n")
    found = [(y, c) for y, c, *_ in held(parse(text))]
    assert found[:2] == [(2015, "Paris"), (2018, "New Delhi")]
    assert (2019, "Summit") not in found  # an English word that is a small town's name is no place


@pytest.mark.parametrize("written,folded", [
    ("22nd शिखर सम्मेलन", "22वाँ शिखर सम्मेलन"),
    ("15th March 2019 को", "15 मार्च 2019 को"),
    ("the 3rd COP", "the 3वाँ COP"),
    ("G20 और 2023", "G20 और 2023"),  # no ordinal ending: nothing to fold
])
def test_an_english_ordinal_ending_reads_as_a_hindi_one(written, folded):
    from pipeline.parse.language.typography import fold

    assert fold(written) == folded


FORUM = """दक्षिण अटलांटिक सुरक्षा मंच

दक्षिण अटलांटिक सुरक्षा मंच एक बहुपक्षीय मंच है, जिसकी मंत्रिस्तरीय बैठक हर वर्ष अध्यक्ष देश में होती है।

## {heading}

| क्रम | वर्ष | शहर | देश |
|---|---|---|---|
| 1 | 2011 | लिस्बन | पुर्तगाल |
| 2 | 2013 | लुआंडा | अंगोला |
| 3 | 2015 | ब्रासीलिया | ब्राज़ील |
"""


def test_a_forum_that_lists_only_its_ministers_meetings_counts_them_as_its_summits():
    from tests.parse_support import parse

    found = [(y, c) for y, c, *_ in held(parse(FORUM.format(heading="अब तक हुई वार्षिक मंत्रिस्तरीय बैठकें")))]
    assert found == [(2011, "Lisbon"), (2013, "Luanda"), (2015, "Brasília")]
    # a series of leaders' summits lists its ministers' meetings as another kind of meeting
    leaders = FORUM.replace("सुरक्षा मंच\n", "सुरक्षा शिखर सम्मेलन\n", 1)
    assert held(parse(leaders.format(heading="अब तक हुई वार्षिक मंत्रिस्तरीय बैठकें"))) == []
    # and a table under a heading of the forum's own meetings is read as ever
    assert len(held(parse(FORUM.format(heading="अब तक हुई बैठकें")))) == 3


@pytest.mark.parametrize("heading,noun", [("Editions", "edition"), ("अब तक के संस्करण", "संस्करण")])
def test_a_list_of_editions_is_a_list_of_summits_numbered_by_their_editions(heading, noun):
    from tests.parse_support import parse

    text = (f"# India Tech Congress — मेरे notes\n\n## {heading}\n\n"
            f"- 27–29 सितंबर 2017 – नई दिल्ली: पहला {noun}।\n- 1–4 अक्टूबर 2022 – मुंबई: छठा {noun}; PM ने उद्घाटन किया।\n")
    assert held(parse(text)) == [(2017, "New Delhi", "2017-09-27", 1), (2022, "Mumbai", "2022-10-01", 6)]
    # a report's second edition is no meeting
    report = text.replace(f"छठा {noun};", "रिपोर्ट का दूसरा edition जारी;")
    assert [e for *_, e in held(parse(report))] == [1, None]


@pytest.mark.parametrize("written,folded", [
    ("पहला summit 1985 में ढाका में हुआ", "पहला शिखर सम्मेलन 1985 में ढाका में हुआ"),
    ("दोनों summits में", "दोनों शिखर सम्मेलनों में"),
    ("(G20 Summit) में", "(G20 Summit) में"),  # an English name stays English
    ("Summit of the Americas", "Summit of the Americas"),
])
def test_the_english_summit_noun_among_hindi_words_reads_as_the_hindi_one(written, folded):
    from pipeline.parse.language.typography import fold

    assert fold(written) == folded


def test_a_place_written_in_latin_letters_is_named_as_written_when_no_gazetteer_places_it():
    from tests.parse_support import parse

    notes = ("# Pacific Leaders Forum — मेरे notes\n\n## Summits\n\n"
             "- 12 मई 2015, Punta del Este — पहला summit।\n- 3 जून 2017, Rio de Janeiro — दूसरा summit।\n"
             "- 8 जुलाई 2019, Wilmington — तीसरा summit।\n")
    rows = parse(notes)
    assert [(y, c) for y, c, *_ in held(rows)] == [(2015, "Punta del Este"), (2017, "Rio de Janeiro"),
                                                  (2019, "Wilmington")]
    sources = {s["city_en"]: s["city_en_source"] for s in rows["summits"]}
    assert sources["Rio de Janeiro"] == "geonames" and sources["Punta del Este"] in ("geonames", "text")
    # an English word in the place's slot is no place
    virtual = notes.replace("Wilmington", "Virtual")
    assert [(y, c) for y, c, *_ in held(parse(virtual))][-1] == (2019, None)


def test_a_short_summit_heading_under_a_title_naming_no_meeting_is_a_section_not_the_headline():
    from pipeline.parse.layout.structure import clean_lines, find_shape

    notes = "# Pacific Leaders Forum — मेरे notes\n\n## Summits\n\n- 12 मई 2015, सुवा — पहला summit।\n"
    assert find_shape(clean_lines(notes)).title.text == "Pacific Leaders Forum — मेरे notes"
    # a chapter's heading above the document's own headline stays a chapter's
    book = "# अंतरराष्ट्रीय संबंध: क्षेत्रीय समूह\n\n## प्रशांत नेता मंच के शिखर सम्मेलन — नोट\n\n## उद्देश्य\n\n- व्यापार: बढ़ाना।\n"
    assert find_shape(clean_lines(book)).title.text == "प्रशांत नेता मंच के शिखर सम्मेलन — नोट"
