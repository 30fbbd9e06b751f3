"""Structure of the genre's layouts, one rule per small document: tables, lists, fact lines.

Each document below is written for its rule (invented series, in the way the genre writes):
a wiki table, an article, Markdown notes and study notes. They pin how such documents are
written, not what any gold file says.
"""

from __future__ import annotations

import pytest

from pipeline.parse import parse_document
from pipeline.parse.language.dates import find_ordinal, ordinal_before_date
from pipeline.parse.layout.pipe_tables import column_roles
from pipeline.parse.layout.structure import Line, markdown_free
from pipeline.parse.layout.summits import read_entries


def _summits(text: str, doc: str = "t") -> list[tuple]:
    rows = parse_document(doc, text).rows["summits"]
    return sorted((r["year"], r["city"], r["edition"], r["status"]) for r in rows)


def _held(text: str) -> list[tuple]:
    return [s[:3] for s in _summits(text) if s[3] == "held"]


def _issues(text: str) -> list[tuple]:
    return [(r["source_line"], r["reason"]) for r in parse_document("t", text).rows["parse_issues"]
            if r["reason"] != "unknown_heading"]


# --- wiki tables -------------------------------------------------------------------------------

WIKI_ORDINAL_COLUMN = """मेकांग-गंगा शिखर सम्मेलन

मेकांग-गंगा शिखर सम्मेलन छह देशों के नेताओं की बैठक है।[1]

सम्मेलनों की सूची

| सम्मेलन | शहर | मेज़बान देश | वर्ष | तिथि |
|---|---|---|---|---|
| पहला | हनोई | वियतनाम | 2004 | 8–9 अक्टूबर[2] |
| दूसरा | बैंकॉक | थाईलैंड | 2008 | 1 जून |
| तीसरा | नई दिल्ली | भारत | 2012 | 5 मार्च |
"""


def test_a_column_of_ordinal_words_numbers_the_summits():
    assert _held(WIKI_ORDINAL_COLUMN) == [(2004, "हनोई", 1), (2008, "बैंकॉक", 2), (2012, "नई दिल्ली", 3)]


def test_an_unnamed_column_of_bare_numbers_numbers_nothing():
    text = WIKI_ORDINAL_COLUMN.replace("पहला", "12").replace("दूसरा", "14").replace("तीसरा", "16")
    assert [s[2] for s in _held(text)] == [None, None, None]


WIKI_MIXED_SENTENCE = """मेकांग-गंगा शिखर सम्मेलन

मेकांग-गंगा शिखर सम्मेलन छह देशों के नेताओं की बैठक है।

इतिहास

बैंकॉक बैठक में दो नए सदस्यों को जोड़ने का निर्णय हुआ और भारत 2012 के नई दिल्ली सम्मेलन से इसका अध्यक्ष है।

शिखर बैठकें

| क्रम | वर्ष | शहर | मेज़बान देश |
|---|---|---|---|
| 1 | 2004 | हनोई | वियतनाम |
| 2 | 2008 | बैंकॉक | थाईलैंड |
| 3 | 2012 | नई दिल्ली | भारत |
"""


def test_a_sentence_mixing_two_listed_summits_adds_no_third():
    """In a series named a meeting ('... बैठक'), 'बैंकॉक बैठक में ... निर्णय हुआ ... 2012 के' names
    the 2008 summit's city and the 2012 summit's year: the table states both."""
    text = WIKI_MIXED_SENTENCE.replace("मेकांग-गंगा शिखर सम्मेलन", "मेकांग-गंगा बैठक")
    assert _held(text) == [(2004, "हनोई", 1), (2008, "बैंकॉक", 2), (2012, "नई दिल्ली", 3)]
    # The sentence's year belongs to 'नई दिल्ली सम्मेलन' (prose never lends a date across
    # summit nouns), so it states no summit of its own; a mixed reading would be an issue row.
    assert [s for s in parse_document("t", text).rows["summits"] if s["source_line"] == 7] == []


def test_a_sentence_naming_a_new_city_in_a_listed_year_is_a_second_summit():
    text = WIKI_MIXED_SENTENCE.replace(
        "बैंकॉक बैठक में दो नए सदस्यों को जोड़ने का निर्णय हुआ और भारत 2012 के नई दिल्ली सम्मेलन से इसका अध्यक्ष है।",
        "नवंबर 2012 में कोलंबो में एक विशेष शिखर सम्मेलन आयोजित हुआ।")
    assert (2012, "कोलंबो", None) in _held(text)


# --- articles ----------------------------------------------------------------------------------

ARTICLE = """महाद्वीपीय संघ शिखर सम्मेलन

महाद्वीपीय संघ शिखर सम्मेलन संघ की सभा की बैठक है।

उद्देश्य

एकता: सदस्य देशों के बीच एकता।

प्रमुख सम्मेलन

2002: जुलाई 2002 में नैरोबी में संघ का पहला शिखर सम्मेलन हुआ।

2010: मार्च 2010 में काहिरा में हुए असाधारण शिखर सम्मेलन में व्यापार समझौता हुआ।

2015: सभा का 24वाँ साधारण सत्र जनवरी 2015 में अदीस अबाबा में हुआ।

2019: सितंबर 2019 में दोहा में पहला महाद्वीपीय जलवायु शिखर सम्मेलन हुआ।

2021: मई 2021 में लागोस में एक युवा मंच हुआ, जो सभा के सत्रों से अलग आयोजन था।
"""


def test_an_extraordinary_summit_is_a_summit_of_the_series():
    assert (2010, "काहिरा", None) in _held(ARTICLE)


def test_an_ordinary_session_of_the_assembly_is_numbered():
    assert (2015, "अदीस अबाबा", 24) in _held(ARTICLE)
    assert find_ordinal("शिखर सम्मेलन के पहले सत्र में चर्चा हुई") is None  # a session of one summit


def test_a_first_summit_of_another_series_and_a_separate_event_are_not_summits():
    held = _held(ARTICLE)
    assert [s[0] for s in held] == [2002, 2010, 2015]
    assert (2002, "नैरोबी", 1) in held  # the series' own first summit: the only edition 1
    issues = _issues(ARTICLE)
    assert (17, "not_a_summit") in issues and (19, "not_a_summit") in issues


def test_a_series_named_a_meeting_numbers_its_meetings():
    text = """द्वीप मंच के नेताओं की बैठक

द्वीप मंच के नेताओं की बैठक द्वीपीय देशों का सालाना आयोजन है।

उल्लेखनीय बैठकें

2018: सितंबर 2018 में सुवा में मंच की 49वीं बैठक हुई।

2022: जुलाई 2022 में सुवा में हुई बैठक में नई रणनीति अपनाई गई।
"""
    assert _held(text) == [(2018, "सुवा", 49), (2022, "सुवा", None)]


# --- Markdown notes ----------------------------------------------------------------------------

NOTES = (
    "# पर्वतीय सहयोग शिखर सम्मेलन (Mountain Summit) — Notes\r\n\r\n"
    "## Key Facts\r\n\r\n"
    "**सदस्य देश**: भारत, नेपाल और भूटान  \r\n"
    "**पहला सम्मेलन**: जून 2011, काठमांडू  \r\n"
    "**आवृत्ति**: हर दो साल\r\n\r\n"
    "## सम्मेलन (Summits)\r\n\r\n"
    "- **काठमांडू (2011) और ढाका (2013)**: पहले दो सम्मेलन — काठमांडू में घोषणा; दूसरा 4–5 मई 2013 को ढाका में।\r\n"
    "- **2015 (वर्चुअल)**: तीसरा सम्मेलन वीडियो कॉन्फ़्रेंस से हुआ।\r\n\r\n"
    "## Don't Confuse\r\n\r\n"
    "- चौथा सम्मेलन 2017 में थिम्पू में होना था, लेकिन टल गया।\r\n"
)


def test_a_key_fact_numbering_the_first_summit_gives_its_edition():
    assert (2011, "काठमांडू", 1) in _held(NOTES)


def test_a_count_numbers_no_summit_and_an_ordinal_opening_a_clause_does():
    assert find_ordinal("पहले दो सम्मेलन — काठमांडू में घोषणा") is None
    assert ordinal_before_date("दूसरा 4–5 मई 2013 को ढाका में") == 2
    assert ordinal_before_date("दूसरा सम्मेलन सफल रहा") is None
    assert (2013, "ढाका", 2) in _held(NOTES)


def test_notes_keep_one_summit_per_year_and_no_postponed_one():
    assert [s[0] for s in _held(NOTES)] == [2011, 2013, 2015]


# --- study notes -------------------------------------------------------------------------------

STUDY = """खाड़ी देशों का शिखर सम्मेलन — परीक्षा के लिए नोट्स

• पूरा नाम: खाड़ी देशों का संघ
• स्थापना: 1975
• शिखर सम्मेलनों की शुरुआत: मार्च 1978, दोहा — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर

उद्देश्य
• आर्थिक एकता: साझा बाज़ार।

महत्वपूर्ण शिखर सम्मेलन (दिनांक, शहर — मुख्य बात)
• 12–13 मई 2008, मनामा — 20वाँ सम्मेलन; साझा मुद्रा पर चर्चा।
• 3 मार्च 2014, रियाद — 24वाँ सम्मेलन।
"""


def test_the_start_of_the_summits_as_a_fact_line_is_the_first_summit():
    assert _held(STUDY) == [(1978, "दोहा", 1), (2008, "मनामा", 20), (2014, "रियाद", 24)]


def test_a_start_fact_without_an_ordinal_has_no_edition():
    text = STUDY.replace(" — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर", "")
    assert (1978, "दोहा", None) in _held(text)


def test_a_planned_or_ministerial_fact_line_is_no_summit():
    planned = STUDY.replace("मार्च 1978, दोहा — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर",
                            "पहला सम्मेलन 2030 में दोहा में होगा")
    assert 2030 not in [s[0] for s in _held(planned)]
    ministerial = STUDY.replace("• शिखर सम्मेलनों की शुरुआत: मार्च 1978, दोहा — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर",
                                "• मंत्रिस्तरीय बैठक: पहला मंत्रिस्तरीय सम्मेलन मार्च 1978 में दोहा में")
    assert 1978 not in [s[0] for s in _held(ministerial)]


WIKI_REMARKS = """मेकांग-गंगा शिखर सम्मेलन

मेकांग-गंगा शिखर सम्मेलन छह देशों के नेताओं की बैठक है।

सम्मेलनों की सूची

| वर्ष | शहर | मेज़बान देश | टिप्पणी |
|---|---|---|---|
| 2004 | हनोई | वियतनाम | पहला सम्मेलन |
| 2006 | बैंकॉक | थाईलैंड | विदेश मंत्रियों की बैठक |
| 2008 | कोलंबो | श्रीलंका | असाधारण शिखर सम्मेलन |
| 2009 | ढाका | बांग्लादेश | मध्य-वर्षीय समन्वय बैठक |
"""


def test_a_table_row_whose_remarks_name_another_meeting_is_no_summit():
    assert [s[:2] for s in _held(WIKI_REMARKS)] == [(2004, "हनोई"), (2008, "कोलंबो")]
    assert {(10, "not_a_summit"), (12, "not_a_summit")} <= set(_issues(WIKI_REMARKS))


def test_a_coordination_meeting_in_a_summit_list_is_no_summit():
    text = ARTICLE.replace("2010: मार्च 2010 में काहिरा में हुए असाधारण शिखर सम्मेलन में व्यापार समझौता हुआ।",
                           "2010: मार्च 2010 में काहिरा में सभा की मध्य-वर्षीय समन्वय बैठक हुई।")
    assert 2010 not in [s[0] for s in _held(text)]


# --- entry labels that number the summit ---------------------------------------------------------


@pytest.mark.parametrize(("text", "year", "city", "edition"), [
    ("पहला शिखर सम्मेलन (2008, नई दिल्ली): दोनों पक्षों ने घोषणा की।", 2008, "नई दिल्ली", 1),
    ("• तीसरा सम्मेलन (2015): नई दिल्ली में आयोजित, 41 देशों ने भाग लिया।", 2015, None, 3),
    ("- 2019 (पाँचवाँ सम्मेलन): मॉस्को में हुआ।", 2019, None, 5),
    ("**12वाँ शिखर सम्मेलन** (2020): वर्चुअल माध्यम से", 2020, None, 12),
])
def test_an_ordinal_in_the_label_numbers_the_entry(text, year, city, edition):
    entries = read_entries(Line(1, markdown_free(text)[0]))
    assert [(e.period.year, e.place.city if e.place else None, e.edition) for e in entries] == [(year, city, edition)]


@pytest.mark.parametrize(("header", "roles"), [
    (["क्र.सं.", "वर्ष", "स्थान"], ["edition", "year", "city"]),
    (["क्र॰ सं॰", "तिथि", "शहर (देश)"], ["edition", "date", "city"]),
    (["S. No.", "Year", "Venue", "Host country"], ["edition", "year", "city", "country"]),
])
def test_table_headers_written_with_abbreviations_or_in_english(header, roles):
    assert column_roles(header) == roles


def test_a_fact_line_takes_its_place_or_mode_from_the_clause_after_the_date():
    text = STUDY.replace("मार्च 1978, दोहा — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर", "मार्च 1978 — दोहा, क़तर")
    assert (1978, "दोहा", None) in _held(text)
    virtual = STUDY.replace("मार्च 1978, दोहा — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर",
                            "9 मार्च 1978 — वीडियो कॉन्फ़्रेंस के माध्यम से (वर्चुअल)")
    rows = parse_document("t", virtual).rows["summits"]
    assert [(r["city"], r["mode"]) for r in rows if r["year"] == 1978] == [(None, "virtual")]


def test_a_sentence_split_at_a_dash_is_no_fact_line():
    text = STUDY.replace("• शिखर सम्मेलनों की शुरुआत: मार्च 1978, दोहा — पहला खाड़ी शिखर सम्मेलन, अमीर के बुलावे पर",
                         "परिषद के सदस्य देशों — क़तर, ओमान और कुवैत — के नेता मिले। परिषद का पहला शिखर सम्मेलन 1 मार्च 1978 को "
                         "अमीर की अध्यक्षता में हुआ।")
    assert 1978 not in [s[0] for s in _held(text)]  # no place: a sentence, not a fact line


WIKI_POSTPONED_ROW = """दक्षिण-पूर्व सहयोग शिखर सम्मेलन

दक्षिण-पूर्व सहयोग शिखर सम्मेलन आठ देशों के शासनाध्यक्षों की बैठक है।

शिखर सम्मेलनों की सूची

| क्र. | वर्ष | तिथि | स्थान | मेज़बान | टिप्पणी |
|---|---|---|---|---|---|
| 1 | 1998 | 12–13 मार्च | ढाका | बांग्लादेश | |
| – | 2007 | – | थिम्पू | भूटान | स्थगित |
| 2 | 2009 | 15–16 जून | थिम्पू | भूटान | |
| 3 | 2020 | 10 नवंबर | — (वर्चुअल) | भारत | कोविड-19 के कारण ऑनलाइन |
"""


def test_a_postponed_row_without_a_number_keeps_the_numbering_and_is_no_summit():
    assert _summits(WIKI_POSTPONED_ROW) == [
        (1998, "ढाका", 1, "held"), (2007, "थिम्पू", None, "cancelled"), (2009, "थिम्पू", 2, "held"), (2020, None, 3, "held"),
    ]


def test_virtual_in_brackets_in_the_city_cell_is_a_virtual_summit():
    rows = parse_document("t", WIKI_POSTPONED_ROW).rows["summits"]
    assert [(r["city"], r["mode"]) for r in rows if r["year"] == 2020] == [(None, "virtual")]


def test_an_ordinal_label_with_a_dash_then_date_and_place_before_a_colon():
    entries = read_entries(Line(1, "दूसरा शिखर सम्मेलन — 4 मई 2022, कोपेनहेगन: हरित साझेदारी पर चर्चा।"))
    assert [(e.period.label, e.place.city, e.edition) for e in entries] == [("2022-05-04", "कोपेनहेगन", 2)]


NOTES_ORDINAL_LABELS = (
    "# बंगाल की खाड़ी शिखर सम्मेलन — Quick Revision\r\n\r\n"
    "## शिखर सम्मेलन (Summits)\r\n\r\n"
    "- **तीसरा (2014)**: नेपीडॉ, म्यांमार\r\n"
    "- **चौथा**: 30–31 अगस्त 2018, काठमांडू\r\n"
    "- **पाँचवाँ (2022, वर्चुअल)**: कोलंबो की अध्यक्षता में\r\n"
    "- **पहली बार भारत में (2016)**: गोवा में आउटरीच बैठक\r\n"
)


def test_an_ordinal_word_alone_as_label_numbers_the_entry_and_the_text_may_open_with_the_city():
    held = _held(NOTES_ORDINAL_LABELS)
    assert (2014, "नेपीडॉ", 3) in held and (2018, "काठमांडू", 4) in held and (2022, None, 5) in held
    assert 2016 not in [s[0] for s in held]  # an outreach meeting; 'पहली बार' numbers nothing


def test_an_entry_opening_with_city_and_country_after_a_dash():
    entries = [s for s in _held(STUDY + "• 2019 — मस्कट, ओमान: 40वाँ सम्मेलन।\n")]
    assert (2019, "मस्कट", 40) in entries


def test_an_ordinal_with_the_titles_organisation_under_another_spelling_is_the_series():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.series import names_another_series

    lexicon = default_lexicon()
    assert not names_another_series("पहला G20 शिखर सम्मेलन वॉशिंगटन में हुआ", "जी-20 शिखर सम्मेलन", lexicon)
    assert names_another_series("11वाँ आसियान शिखर सम्मेलन भी हुआ", "पूर्वी एशिया शिखर सम्मेलन", lexicon)


def test_a_comma_lists_summits_when_every_part_has_its_date():
    entries = read_entries(Line(1, "ढाका (1985), बेंगलुरु (1986) और काठमांडू (1987): शुरुआती तीन सम्मेलन"))
    assert [(e.period.year, e.place.city) for e in entries] == [(1985, "ढाका"), (1986, "बेंगलुरु"), (1987, "काठमांडू")]
    one = read_entries(Line(1, "सुवा (फिजी), 19 नवंबर 2014: पहला सम्मेलन"))
    assert [(e.period.label, e.place.city) for e in one] == [("2014-11-19", "सुवा")]


WIKI_SANSKRIT_ORDINALS = """पूर्वी सहयोग मंच शिखर सम्मेलन

पूर्वी सहयोग मंच शिखर सम्मेलन छह देशों की बैठक है।

शिखर सम्मेलन

| संस्करण | तिथि | मेज़बान शहर | देश | स्थिति |
|---|---|---|---|---|
| प्रथम | 14–15 नवंबर 2008 | नई दिल्ली[3] | भारत | आयोजित |
| द्वितीय | नवंबर 2010 | सियोल | दक्षिण कोरिया | आयोजित |
| तृतीय | 2012 | टोक्यो | जापान | रद्द |
| तृतीय | 3 मई 2014 | बीजिंग | चीन | आयोजित |
| चतुर्थ | 2020–21 | वर्चुअल | — | आयोजित |
| पंचम | 31 अगस्त – 1 सितंबर 2023 | जकार्ता | इंडोनेशिया | आयोजित |
"""


def test_sanskrit_ordinals_number_the_rows_and_an_unread_row_leaves_a_gap():
    assert _held(WIKI_SANSKRIT_ORDINALS) == [
        (2008, "नई दिल्ली", 1), (2010, "सियोल", 2), (2014, "बीजिंग", 3), (2023, "जकार्ता", 5)]
    assert (13, "bad_year") in _issues(WIKI_SANSKRIT_ORDINALS)  # '2020–21': a range, not one year


def test_ordinals_with_a_gap_are_each_rows_own():
    # (the rows left are the first, second, third and fifth: their ordinals say so)
    text = WIKI_SANSKRIT_ORDINALS.replace("| चतुर्थ | 2020–21 | वर्चुअल | — | आयोजित |\n", "")
    assert [s[2] for s in _held(text)] == [1, 2, 3, 5]


def test_an_entry_dated_by_its_label_year_takes_the_day_and_month_from_its_text():
    entries = read_entries(Line(1, "2016, गोवा: आठवाँ सम्मेलन, 15–16 अक्टूबर"))
    assert [(e.period.label, e.edition) for e in entries] == [("2016-10-15/2016-10-16", 8)]
    two = read_entries(Line(1, "2016, गोवा: 15 अक्टूबर को बैठक, 16 अक्टूबर को सम्मेलन"))
    assert [e.period.label for e in two] == ["2016"]  # two days: which one is not said


def test_a_separate_bilateral_meeting_on_the_sidelines_keeps_the_summit():
    text = ARTICLE.replace("व्यापार समझौता हुआ।", "व्यापार समझौता हुआ; इसके इतर दो नेताओं ने अलग बैठक की।")
    assert (2010, "काहिरा", None) in _held(text)


WIKI_INFOBOX = """मध्य एशिया शिखर सम्मेलन

| विषय | विवरण |
|---|---|
| स्थापना | 1996 |
| पहला शिखर सम्मेलन | 15 जून 2001, शंघाई |

मध्य एशिया शिखर सम्मेलन छह देशों की बैठक है।

शिखर सम्मेलन

| वर्ष | शहर | देश |
|---|---|---|
| 2001 | शंघाई | चीन |
| 2002 | सेंट पीटर्सबर्ग | रूस |
"""


def test_an_infobox_table_in_the_lead_is_read_as_fact_lines():
    parsed = parse_document("t", WIKI_INFOBOX).rows
    assert sorted((r["year"], r["city"], r["edition"], r["date"]) for r in parsed["summits"]) == [
        (2001, "शंघाई", 1, "2001-06-15"), (2002, "सेंट पीटर्सबर्ग", None, None)]
    assert (5, "unread_table_row") in [(r["source_line"], r["reason"]) for r in parsed["parse_issues"]]
    assert "1996" in [r["period_label"] for r in parsed["timeline"]]  # the lead's years stay events


PRESS_GOALS_AFTER_A_LONG_SENTENCE = """कुमाऊँ-तराई शिखर सम्मेलन संपन्न

प्रधानमंत्री ने कहा कि दोनों क्षेत्रों के बीच साझेदारी का आधार विश्वास, व्यापार, पर्यटन, संस्कृति और लोगों के आपसी संपर्क की लंबी परंपरा है जो सदियों से चली आ रही है। उन्होंने सम्मेलन के लक्ष्य इस प्रकार रखे:

(i) व्यापार विस्तार: व्यापार को दोगुना करना।
(ii) पर्यटन सहयोग: सीधी बस सेवाएँ।
"""


def test_a_list_announced_by_the_last_sentence_of_a_long_paragraph_is_read():
    rows = parse_document("t", PRESS_GOALS_AFTER_A_LONG_SENTENCE).rows
    assert [r["name"] for r in rows["objectives"]] == ["व्यापार विस्तार", "पर्यटन सहयोग"]
    assert rows["objectives"][0]["section_id"] == "t.section.umhomne-sammelan-ke-laksya-is-prakar-rakhe"
