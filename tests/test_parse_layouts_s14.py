"""Session 14: tables written as list items, a forum's abbreviation as its meeting noun, a series
of ministers' conferences, ordinals that skip, lines of a summit list that tell other events, two
leaders who acted together, and a headline naming a meeting series' meeting."""

from __future__ import annotations

import pytest

from pipeline.parse.layout.bare_tables import bare_tables
from pipeline.parse.layout.structure import Line, clean_lines
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import ministerial_series
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties.leaders import leaders_between
from tests.parse_support import held, parse

NOTES = """प्रशांत द्वीप–जापान शिखर सम्मेलन — परीक्षोपयोगी नोट्स

उद्देश्य
➤ जलवायु: समुद्र के बढ़ते जलस्तर पर साझा आवाज़।
➤ व्यापार: मत्स्य संसाधनों का टिकाऊ उपयोग।

प्रमुख सम्मेलन ({columns})
{rows}

याद रखें
➤ 2030 तक उत्सर्जन आधा करने का लक्ष्य।
"""
ROWS = """➤ 2003 | पेरिस, फ़्रांस | 28 जुलाई — पहला सम्मेलन; विकास पर ज़ोर।
➤ 2006 | टोक्यो | 26 जून — दूसरा सम्मेलन; सहायता की घोषणा।
➤ 2015 | मनीला | 26 नवंबर — चौथा सम्मेलन; जलवायु पर साझा रुख़।"""


def _notes(columns: str = "वर्ष | स्थान | तिथि — मुख्य बिंदु", rows: str = ROWS) -> dict:
    return parse(NOTES.format(columns=columns, rows=rows))


def test_bulleted_rows_under_columns_named_in_the_heading_are_a_summit_table():
    rows = _notes()
    assert held(rows) == [(2003, "Paris", "2003-07-28", 1), (2006, "Tokyo", "2006-06-26", 2),
                          (2015, "Manila", "2015-11-26", 4)]
    assert not rows["cooperation_areas"]  # the rows are no list of areas, the heading no area
    assert [s["source_line"] for s in rows["summits"]] == [8, 9, 10]  # the rows' own lines


def test_the_rows_may_stand_one_blank_line_apart_and_be_numbered_under_a_number_column():
    spaced = ROWS.replace("\n", "\n\n")
    assert [y for y, *_ in held(_notes(rows=spaced))] == [2003, 2006, 2015]
    numbered = "\n".join(f"{k}) " + line[2:].replace(" — ", " | ", 1).split(" — ")[0].replace("| पहला", "| पहला")
                         for k, line in enumerate(ROWS.splitlines(), start=1))
    found = held(_notes(columns="क्रम | वर्ष | स्थान | तिथि | टिप्पणी", rows=numbered))
    assert [(y, e) for y, _, _, e in found] == [(2003, 1), (2006, 2), (2015, 3)]


def test_a_date_range_keeps_its_dash_when_the_remarks_follow_another():
    rows = ("▪ पहला | सिएटल, अमेरिका | 30 नवंबर - 3 दिसंबर 1999 - भारी विरोध प्रदर्शन हुए।\n"
            "▪ दूसरा | दोहा, क़तर | 9-14 नवंबर 2001 - विकास एजेंडा शुरू।")
    found = held(_notes(columns="क्रम | शहर, देश | तिथि - क्या हुआ", rows=rows))
    assert found == [(1999, "Seattle", "1999-11-30", 1), (2001, "Doha", "2001-11-09", 2)]


def test_rows_without_a_header_stay_list_entries_and_a_title_with_a_pipe_is_no_row():
    lines = [Line(1, "आसियान | नोट्स"), Line(3, "- 2021 | दुशांबे | 21वाँ सम्मेलन"), Line(4, "- 2022 | नोट | 22वाँ सम्मेलन")]
    assert bare_tables(lines) == lines
    assert [l.text for l in clean_lines("शीर्षक | एक | दो\n\nपाठ")] == ["शीर्षक | एक | दो", "पाठ"]


def test_a_heading_naming_columns_only_in_brackets_is_no_row():
    # one line with the pipes inside its brackets, then prose: nothing to rewrite
    lines = [Line(1, "प्रमुख सम्मेलन (वर्ष | स्थान | तिथि)"), Line(2, "सम्मेलन हर साल होता है।")]
    assert bare_tables(lines) == lines


FORUM = """# वैश्विक जल फ़ोरम (WWF) — मेरी notes

## लक्ष्य (Goals)
**जल सुरक्षा**: सबके लिए पानी।

## फ़ोरम से पहले (background — ये WWF की बैठकें नहीं!)
- मार्च 1977: मार डेल प्लाटा में संयुक्त राष्ट्र जल सम्मेलन

## अब तक के WWF
- **1997, मराकेश (मोरक्को)**: पहला WWF, 21–25 मार्च
- **2000, हेग (नीदरलैंड)**: दूसरा WWF
- **2003, क्योटो (जापान)**: तीसरा WWF, 16–23 मार्च
"""


def test_a_forums_abbreviation_in_the_title_names_its_meetings():
    assert own_meeting_nouns("वैश्विक जल फ़ोरम (WWF) — मेरी notes") >= {"wwf"}
    # an organisation's abbreviation names the body, not its meetings
    assert not own_meeting_nouns("विश्व व्यापार संगठन (WTO) मंत्रिस्तरीय सम्मेलन")
    found = held(parse(FORUM))
    assert [(y, c, e) for y, c, _, e in found] == [(1997, "Marrakesh", 1), (2000, "The Hague", 2), (2003, "Kyoto", 3)]


def test_a_heading_whose_gloss_denies_the_meetings_lists_none():
    assert 1977 not in [y for y, *_ in held(parse(FORUM))]


@pytest.mark.parametrize("title, expected", [
    ("विश्व व्यापार संगठन (WTO) मंत्रिस्तरीय सम्मेलन — नोट्स", True),
    ("नई दिल्ली में चौथी स्वच्छ ऊर्जा मंत्रिस्तरीय बैठक शुरू", True),
    ("खेल और शारीरिक शिक्षा मंत्रियों का अंतरराष्ट्रीय सम्मेलन", True),
    ("विदेश मंत्रियों की बैठक के बाद शिखर सम्मेलन की तैयारी", False),  # a leaders' summit
    ("भारत–जापान वार्षिक शिखर सम्मेलन", False),
])
def test_a_series_of_ministers_conferences(title, expected):
    assert ministerial_series(match_key(title)) is expected


MINISTERIAL = """वैश्विक कृषि मंत्रिस्तरीय सम्मेलन — संक्षिप्त नोट्स

महत्वपूर्ण मंत्रिस्तरीय सम्मेलन (क्रम | शहर, देश | तिथि — क्या हुआ)
▪ पहला | सिंगापुर | 9–13 दिसंबर 1996 — कार्यदल बने।
▪ तीसरा | सिएटल, अमेरिका | 30 नवंबर – 3 दिसंबर 1999 — सहमति नहीं बन सकी।
▪ चौथा | दोहा, क़तर | 9–14 नवंबर 2001 — कोई संयुक्त घोषणा जारी नहीं हो सकी।

अन्य बैठकें
▪ 2004: जिनेवा में अधिकारियों की बैठक हुई।
"""


def test_a_ministers_series_counts_its_ministerial_conferences_not_its_officials_meetings():
    found = held(parse(MINISTERIAL))
    # the ordinals skip the second: each is its row's own; a declaration not issued cancels nothing
    assert found == [(1996, "Singapore", "1996-12-09", 1), (1999, "Seattle", "1999-11-30", 3),
                     (2001, "Doha", "2001-11-09", 4)]
    leaders = MINISTERIAL.replace("वैश्विक कृषि मंत्रिस्तरीय सम्मेलन", "वैश्विक कृषि शिखर सम्मेलन")
    assert held(parse(leaders)) == []  # in a leaders' series the ministers' conferences are none


COMMITTEE = """तुर्की–क़तर सर्वोच्च रणनीतिक समिति

तुर्की–क़तर सर्वोच्च रणनीतिक समिति दोनों देशों के नेताओं की वार्षिक बैठक है।

समिति की बैठकें
2014: दिसंबर में दोहा में समिति के गठन के समझौते पर हस्ताक्षर; इसे समिति की बैठकों में नहीं गिना जाता।
2015: दिसंबर में दोहा में समिति की पहली बैठक हुई।
2017: नाकेबंदी के बीच नवंबर में दोहा में तीसरी बैठक हुई।
2017: जून में तुर्की की संसद ने अतिरिक्त सैनिक भेजने को मंज़ूरी दी।
2018: वर्चुअल
"""


def test_lines_of_a_summit_list_that_are_not_counted_or_tell_another_event_are_no_summits():
    found = [(y, c) for y, c, _, _ in held(parse(COMMITTEE))]
    assert found == [(2015, "Doha"), (2017, "Doha"), (2018, None)]
    reasons = {r["reason"] for r in parse(COMMITTEE)["parse_issues"] if r["source_line"] == 9}
    assert "not_a_summit" in reasons


NEWS = """इगुआसू घोषणा के 40 बरस: पड़ोसी अब भी साझेदार

अंतरराष्ट्रीय डेस्क | ब्यूनस आयर्स, 30 नवंबर

ब्राज़ील के राष्ट्रपति जोसे सार्नेई और अर्जेंटीना के राष्ट्रपति राउल अल्फ़ोन्सिन ने एक घोषणा पर दस्तख़त किए थे। दोनों देशों के बीच शिखर बैठकों की परंपरा यहीं से शुरू हुई।

23 जनवरी 2023 को ब्यूनस आयर्स में दोनों राष्ट्रपतियों की द्विपक्षीय बैठक हुई।
"""


def test_two_leaders_who_acted_together_in_a_paragraph_on_both_countries_are_the_sides():
    rows = parse(NEWS)
    assert sorted(p["name_en"] for p in rows["parties"]) == ["Argentina", "Brazil"]
    # without 'both countries' the pair is only two leaders who did something
    lead = NEWS.split("\n\n")[2]
    assert sorted(leaders_between(lead, default_lexicon())) == ["अर्जेंटीना", "ब्राज़ील"]
    assert leaders_between(lead.replace("दोनों देशों के बीच", "इसके बाद"), default_lexicon()) == []


RELEASE = """पत्र सूचना कार्यालय
भारत सरकार
नवीन और नवीकरणीय ऊर्जा मंत्रालय

१७-अप्रैल-२०१३ १८:१० IST

नई दिल्ली में चौथी स्वच्छ ऊर्जा मंत्रिस्तरीय बैठक शुरू; मंत्री ने कहा, पहुँच पहली ज़रूरत

मंत्री ने आज नई दिल्ली में चौथी स्वच्छ ऊर्जा मंत्रिस्तरीय बैठक का उद्घाटन किया। १७ और १८ अप्रैल, २०१३ को हो रही इस दो दिवसीय बैठक की मेज़बानी भारत पहली बार कर रहा है।

बैठक के उद्देश्य
• ऊर्जा तक पहुँच: गाँवों तक बिजली।
• निवेश: स्वच्छ ऊर्जा में पूँजी।
"""


def test_a_headline_naming_a_meeting_series_meeting_in_its_city_is_the_meeting_going_on():
    assert held(parse(RELEASE)) == [(2013, "New Delhi", "2013-04-17", 4)]
    # a meeting to come, in its headline and its lead, is none held
    coming = RELEASE.replace("बैठक शुरू;", "बैठक की तैयारी;").replace("आज नई दिल्ली में चौथी", "अगले महीने होने वाली चौथी").replace(
        "१७ और १८ अप्रैल, २०१३ को हो रही", "१७ और १८ मई, २०१३ को होने वाली")
    assert held(parse(coming)) == []


# --- a table written as a list of entries (perturb.tables_as_entries) --------------------------

ENTRIES = """कैरिबियाई–प्रशांत शिखर सम्मेलन

कैरिबियाई–प्रशांत शिखर सम्मेलन दोनों क्षेत्रों के नेताओं की बैठक है।

{heading}

{items}
"""


def _entries(items: str, heading: str = "बैठकों की सूची") -> list[tuple]:
    return held(parse(ENTRIES.format(heading=heading, items=items)))


def test_a_numbered_list_of_dated_places_numbers_its_summits_past_a_line_not_read():
    items = ("1. 27–28 जनवरी 2013, सैंटियागो (चिली)\n2. 28 जनवरी 2014, हवाना (क्यूबा)\n"
             "3. 21 नवंबर 2015, जोहान्सबर्ग (दक्षिण अफ्रीका और ब्रिटेन) — 11\n4. 27 जनवरी 2016, कीटो (इक्वाडोर)\n"
             "2016 के चौथे संस्करण में कई नेता आए।")
    assert [(y, e) for y, _, _, e in _entries(items)][:2] == [(2013, 1), (2014, 2)]
    assert (2016, 4) in [(y, e) for y, _, _, e in _entries(items)]


def test_a_label_only_entry_placed_by_its_country_or_held_online_is_a_summit():
    items = ("- 28 जनवरी 2015, बेलेन (कोस्टा रिका)\n- अक्टूबर 1987, वैंकूवर, कनाडा\n"
             "- 10 नवंबर 2020, वर्चुअल (रूस)\n- 2021, नोट (कुछ)")
    found = _entries(items, heading="शिखर सम्मेलन")
    assert [(y, d) for y, _, d, _ in found] == [(2015, "2015-01-28"), (1987, None), (2020, "2020-11-10")]
    assert next(c for y, c, _, _ in found if y == 2020) is None


def test_a_heading_opening_with_a_year_phrase_is_a_heading():
    items = "- 16 जून 2001, ल्युब्लियाना, स्लोवेनिया — पहली भेंट\n- 24 मई 2002, मॉस्को, रूस — संधि"
    assert [y for y, *_ in _entries(items, heading="2000 के बाद के शिखर सम्मेलन")] == [2001, 2002]
    # a line opening with a year and no phrase after it stays an entry, not a heading
    from pipeline.parse.layout.structure import looks_like_heading
    assert not looks_like_heading("2015 ढाका")


def test_a_label_keeps_its_day_when_a_later_clause_names_another_summit():
    items = ("- 6 अक्टूबर 2009, स्टॉकहोम, स्वीडन — राष्ट्रपति लूला; कोपेनहेगन जलवायु सम्मेलन से पहले चर्चा\n"
             "- 8–9 जुलाई 2015, ऊफ़ा (रूस) — SCO सम्मेलन के साथ")
    assert [(y, d) for y, _, d, _ in _entries(items, heading="शिखर सम्मेलन")] == [
        (2009, "2009-10-06"), (2015, "2015-07-08")]


def test_the_first_meeting_in_a_country_numbers_nothing():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("यह किसी प्रशांत द्वीपीय देश में हुई पहली बैठक थी", meeting=True) is None
    assert find_ordinal("ढाका में हुआ पहला शिखर सम्मेलन") == 1


def test_a_list_of_meetings_heading_but_not_a_sentence_recalling_meetings():
    from pipeline.parse.layout.structure import heading_role
    assert heading_role("बैठकों की सूची") == "summits"
    assert heading_role("दोनों नेताओं ने अपनी बैठकों को याद किया") != "summits"


# --- the last reading of a summit list's line (layout/loose_entries.py) ------------------------

@pytest.mark.parametrize("line, expected", [
    ("24वीं — जिनेवा, 23 जुलाई – 12 अगस्त 2008: मूल रूप से नैरोबी (केन्या) में होनी थी", ("2008-07-23/2008-08-12", "जिनेवा", 24)),
    ("(घ) वीडियो कॉन्फ़्रेंस — 8 सितंबर 2020 — छठी बैठक; कोविड-19 के कारण", ("2020-09-08", None, 6)),
    ("- जिनेवा ▸ 2008 ▸ 24वीं", ("2008", "जिनेवा", 24)),
    ("17–22 फ़रवरी 2020, गांधीनगर (गुजरात), आयोजन स्थल महात्मा मंदिर: भारत में पहली बार", ("2020-02-17/2020-02-22", "गांधीनगर", None)),
])
def test_a_line_no_entry_shape_reads_gives_its_one_date_and_one_city(line, expected):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.loose_entries import loose_entry
    entry = loose_entry(Line(1, line), default_lexicon())
    assert (entry.period.label, entry.place.city if entry.place else None, entry.edition) == expected


@pytest.mark.parametrize("line", [
    "याद रखने की ट्रिक: \"अं-ते-अं\" = अंकारा 2014, तेहरान 2017",  # two dates
    "- 2019, ढाका, काठमांडू",  # two cities
    "- 2019, नोट, कुछ",  # no city it knows, and a name it cannot tell from one
    "• 1994",  # no place
    "- सीमा का पुराना आधार: 1639 की क़स्र-ए-शीरीन (ज़ुहाब) संधि — ओटोमन",
])
def test_a_line_without_exactly_one_date_and_one_known_city_is_no_loose_entry(line):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.loose_entries import loose_entry
    assert loose_entry(Line(1, line), default_lexicon()) is None


def test_the_loose_reading_is_for_declared_summit_lists_only():
    items = "- जिनेवा ▸ 2008 ▸ नई रणनीति\n- दोहा ▸ 2012 ▸ चुनाव"
    assert [(y, c) for y, c, _, _ in _entries(items, heading="अब तक के सम्मेलन")] == [(2008, "Geneva"), (2012, "Doha")]
    from pipeline.parse import DocumentRejected
    with pytest.raises(DocumentRejected):  # (nothing else read: the document has no summit and no section)
        _entries(items, heading="याद रखें")


# --- a city written in Latin letters (geo/places._latin_city) -----------------------------------

def test_a_city_written_in_latin_letters_is_found_by_its_english_name():
    from pipeline.parse.geo.places import find_city
    assert find_city("Oslo").name == "Oslo"  # a capital, the one large city of the name
    assert find_city("Paris").country_code == "FR"  # Paris, Texas is dwarfed
    assert find_city("Paris", party_countries=frozenset({"US"})).country_code == "US"  # a document's country first
    assert find_city("Summit") is None  # a small town's name is an English word too often
    assert find_city("Stralsund") is None  # a smaller city, in no country the document names
    assert find_city("Stralsund", party_countries=frozenset({"DE"})).country_code == "DE"
    row = {"city": "Oslo", "city_en": None, "source_text": "- [x] **Oslo, 1997** — पहला सम्मेलन"}
    from pipeline.parse.geo.places import _add_city
    from pipeline.parse.language.lexicon import default_lexicon
    _add_city(row, frozenset({"IN"}), default_lexicon())
    assert (row["city_en"], row["city_en_source"], row["country_code"]) == ("Oslo", "geonames", "NO")
