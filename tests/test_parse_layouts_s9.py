"""Layout rules of session 9 (issue 8): lists, tables and labels as a new writer lays them out.
One rule per test, on small invented documents, each with a case where the rule applies and
one where it must not."""

from __future__ import annotations

from pipeline.parse.language.dates import find_ordinal
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.summits import label_place
from parse_support import held, parse


NOTES = """# नॉर्डिक–कैस्पियन शिखर सम्मेलन — मेरे रिवीज़न नोट्स

**पक्ष**: यूरोपीय संघ और कज़ाख़स्तान

## मकसद

**व्यापार**: बाधाएँ घटाना।

## Summits जो याद रखने हैं

- **2004 — मॉस्को (12 मई)**: पहली बैठक।
{line}
- **ब्रसेल्स, 28 जनवरी 2014**: आख़िरी बैठक।
"""


def _summits(rows: dict) -> list[tuple]:
    return [(s[0], s[1], s[2]) for s in held(rows)]


def test_two_cities_after_one_year_label_are_two_summits_that_year():
    rows = parse(NOTES.format(line="- **2011: कज़ान (12–13 मई) और मिन्स्क (3 दिसंबर)** — पहले में वार्ता शुरू; दूसरा संकट के बाद।"))
    assert (2011, "Kazan", "2011-05-12") in _summits(rows) and (2011, "Minsk", "2011-12-03") in _summits(rows)
    assert [s["date_end"] for s in rows["summits"] if s["year"] == 2011] == ["2011-05-13", None]
    # 'पहले में ...; दूसरा ...' tells them apart; it numbers neither
    assert all(s["edition"] is None for s in rows["summits"] if s["year"] == 2011)


def test_two_cities_in_one_year_in_other_hands():
    # days before the names, Devanagari digits, a comma between
    rows = parse(NOTES.format(line="- २०११: १२ मई कज़ान, ३ दिसंबर मिन्स्क — दो बैठकें"))
    assert [(y, c, d) for y, c, d in _summits(rows) if y == 2011] == [(2011, "Kazan", "2011-05-12"), (2011, "Minsk", "2011-12-03")]
    # no days: two cities the lexicon or GeoNames knows
    rows = parse(NOTES.format(line="- 2011: कज़ान और मिन्स्क — दोनों बार तनाव रहा।"))
    assert [(y, c) for y, c, _ in _summits(rows) if y == 2011] == [(2011, "Kazan"), (2011, "Minsk")]
    # the country of each city in brackets beside its day
    rows = parse(NOTES.format(line="- 2011: कज़ान (रूस, 12 मई) और मिन्स्क (फ़्रांस, 3 दिसंबर)"))
    assert [(y, c, d) for y, c, d in _summits(rows) if y == 2011] == [(2011, "Kazan", "2011-05-12"), (2011, "Minsk", "2011-12-03")]


def test_one_year_label_with_countries_or_words_stays_one_summit():
    rows = parse(NOTES.format(line="- 2011: रूस और फ़्रांस — दोनों ने साझा बयान जारी किया।"))
    assert [(y, c) for y, c, _ in _summits(rows) if y == 2011] == [(2011, None)]
    rows = parse(NOTES.format(line="- 2011: वार्ता शुरू और समझौता हुआ।"))
    assert [y for y, _, _ in _summits(rows)].count(2011) <= 1
    # an unknown name without its own day is no second city
    rows = parse(NOTES.format(line="- 2011: कज़ान और पुरानीबस्ती — एक ही बैठक"))
    assert [y for y, _, _ in _summits(rows)].count(2011) == 1


def test_an_english_summit_noun_takes_its_number():
    assert find_ordinal("32वाँ और अंतिम summit — संकट के कारण छोटा") == 32
    assert find_ordinal("पहला Summit, ब्रसेल्स में") == 1
    assert find_ordinal("पहला summitry अभ्यास") is None  # another word
    assert find_ordinal("छठा और अब तक का अंतिम शिखर सम्मेलन") == 6  # the last so far keeps its number
    rows = parse(NOTES.format(line="- **रीगा, 4 जून 2012**: 9वाँ summit — ऊर्जा पर सहमति।"))
    assert (2012, "Riga", "2012-06-04", 9) in held(rows)


STUDY = """अटलांटिक तटीय संघ के शिखर सम्मेलन — संक्षिप्त नोट्स

▪ सदस्य (3): मोरक्को, सेनेगल और मॉरिटानिया

उद्देश्य
▪ व्यापार: तटीय व्यापार बढ़ाना।

{heading}
▪ डकार (सेनेगल), 4–5 मार्च 2001 → पहला सत्र; संस्थाएँ बनीं।
▪ रबात (मोरक्को), 10 जून 2003 → सम्मेलन के दूसरे सत्र में व्यापार पर चर्चा।
▪ नुआकशोत (मॉरिटानिया), 2–3 मई 2005 → तीसरा और अब तक का अंतिम सत्र।
"""


def test_a_heading_that_calls_the_summits_sessions_numbers_them_by_session():
    rows = parse(STUDY.format(heading="शिखर सम्मेलन — परिषद के सत्र (शहर, तिथि → मुख्य बात)"))
    assert [(s[0], s[3]) for s in held(rows)] == [(2001, 1), (2003, None), (2005, 3)]  # 'सम्मेलन के दूसरे सत्र': a session of one


def test_sessions_number_nothing_under_a_heading_that_names_none():
    rows = parse(STUDY.format(heading="शिखर सम्मेलन (शहर, तिथि → मुख्य बात)"))
    assert [(s[0], s[3]) for s in held(rows)] == [(2001, None), (2003, None), (2005, None)]


def test_a_long_place_name_is_a_place_when_known_as_a_whole():
    lexicon = default_lexicon()
    assert label_place("सांता क्रूज डी ला सिएरा", lexicon).city == "सांता क्रूज डी ला सिएरा"
    assert label_place("शहर के पुराने किले का सभागार", lexicon) is None  # four words no gazetteer knows
    table = """लैटिन तट मंच

== शिखर सम्मेलन ==
| क्रम | तिथि | शहर | देश |
|---|---|---|---|
| पहला | 5 अप्रैल 2010 | {city} | बोलीविया |
"""
    rows = parse(table.format(city="सांता क्रूज डी ला सिएरा"))
    assert held(rows) == [(2010, "Santa Cruz de la Sierra", "2010-04-05", 1)]
    rows = parse(table.format(city="नदी किनारे का नया सभागार"))
    assert [s["city_en"] for s in rows["summits"]] == [None]


EARTH = """महासागर शिखर सम्मेलन — संक्षिप्त नोट्स

◆ परिचय: {lead}
◆ क्यों महत्वपूर्ण: समुद्री संरक्षण को नीति के केंद्र में लाना।

उद्देश्य
◆ संरक्षण: समुद्री जीवन बचाना।

सम्मेलन-दर-सम्मेलन
➤ 2017 ➝ न्यूयॉर्क (अमेरिका), 5–9 जून : महासागरों पर संयुक्त राष्ट्र सम्मेलन; स्वैच्छिक प्रतिबद्धताएँ।
➤ 2022 ➝ लिस्बन (पुर्तगाल), 27 जून – 1 जुलाई : दूसरा सम्मेलन; लिस्बन घोषणा।
➤ 2023 ➝ नैरोबी (केन्या), 3 मई : अफ्रीकी संघ शिखर सम्मेलन, जिसमें महासागर पर भी चर्चा हुई।
"""


def test_a_summit_named_after_the_organisation_that_holds_the_series_is_its_own():
    rows = parse(EARTH.format(lead="संयुक्त राष्ट्र के तत्वावधान में होने वाले महासागर सम्मेलन।"))
    assert [(s[0], s[1]) for s in held(rows)] == [(2017, "New York"), (2022, "Lisbon")]  # not the AU's of 2023
    rows = parse(EARTH.format(lead="महासागर सम्मेलन।").replace("◆ क्यों", "◆ आयोजक: संयुक्त राष्ट्र; भागीदार — सदस्य देश\n◆ क्यों"))
    assert [s[0] for s in held(rows)] == [2017, 2022]


def test_without_the_organiser_an_organisations_conference_is_anothers():
    rows = parse(EARTH.format(lead="समुद्री देशों के नेताओं के सम्मेलन।"))
    assert [s[0] for s in held(rows)] == [2022]


MEMBERS = """# भूमध्य-खाड़ी संयुक्त शिखर सम्मेलन — मेरे नोट्स

**{label}**: अफ्रीकी संघ (55 सदस्य) और आसियान (10 सदस्य) — दोनों के नेता एक साथ
**प्रकृति**: असाधारण बैठक

## मकसद (Aims)

**युद्धविराम**: साझा दबाव बनाना।
"""


def test_a_label_asking_whose_forum_it_is_names_the_parties():
    for label in ("किसका मंच", "किनके बीच", "प्रतिभागी"):
        rows = parse(MEMBERS.format(label=label))
        assert sorted(p["name_en"] for p in rows["parties"]) == ["ASEAN", "African Union"], label


def test_a_label_that_does_not_ask_who_takes_part_names_no_party():
    rows = parse(MEMBERS.format(label="पृष्ठभूमि"))
    assert rows["parties"] == []


NUMBERED = """## G5 शिखर सम्मेलन — quick notes

**सदस्य**: अमेरिका, ब्रिटेन, फ़्रांस, जर्मनी और जापान

### लक्ष्य (Goals)
* **समन्वय**: साझा नीति

### याद रखने वाले सम्मेलन
1. 2001 — रोम, इटली; 21–23 जुलाई
2. 2004 म्यूनिख और 2006 सेंट पीटर्सबर्ग
{detail}
3. {last}
"""


def test_a_bullet_under_an_entry_dates_the_summit_it_names():
    rows = parse(NUMBERED.format(detail="   * म्यूनिख: 6–8 जुलाई 2004, भारी सुरक्षा के बीच", last="2009, ओस्लो"))
    assert [s[:3] for s in held(rows)] == [(2001, "Rome", "2001-07-21"), (2004, "Munich", "2004-07-06"),
                                           (2006, "Saint Petersburg", None), (2009, "Oslo", None)]
    # a date of another year is not this summit's
    rows = parse(NUMBERED.format(detail="   * म्यूनिख: 6–8 जुलाई 2005, भारी सुरक्षा के बीच", last="2009, ओस्लो"))
    assert (2004, "Munich", None) in [s[:3] for s in held(rows)]
    # a bullet naming a city no entry above lists dates nothing above
    rows = parse(NUMBERED.format(detail="   * बर्लिन: 6–8 जुलाई 2004, भारी सुरक्षा के बीच", last="2009, ओस्लो"))
    assert (2004, "Munich", None) in [s[:3] for s in held(rows)]


def test_a_label_naming_the_summit_by_its_place_in_the_series():
    rows = parse(NUMBERED.format(detail="", last="अंतिम G5: ओस्लो (नॉर्वे), 17–18 जून 2013"))
    assert (2013, "Oslo", "2013-06-17") in [s[:3] for s in held(rows)]
    rows = parse(NUMBERED.format(detail="", last="नवीनतम: ओस्लो, 17–18 जून 2013"))
    assert (2013, "Oslo", "2013-06-17") in [s[:3] for s in held(rows)]
    # a label of another kind is no summit, nor is a position word before a long phrase
    for label in ("अंतिम घोषणा पर हस्ताक्षर", "G5 विस्तार"):
        rows = parse(NUMBERED.format(detail="", last=f"{label}: ओस्लो (नॉर्वे), 17–18 जून 2013"))
        assert 2013 not in [s[0] for s in held(rows)], label


LIST = """कैस्पियन तटीय मंच शिखर सम्मेलन — संक्षिप्त नोट्स

• सदस्य: रूस, कज़ाख़स्तान, अज़रबैजान, ईरान और तुर्कमेनिस्तान

उद्देश्य
• व्यापार: तटीय व्यापार बढ़ाना।

अब तक के शिखर सम्मेलन
{body}
"""


def _listed(body: str) -> list[tuple]:
    return held(parse(LIST.format(body=body)))


def test_a_spaced_hyphen_separates_an_entrys_parts():
    assert _listed("2011 - कज़ान - पहला शिखर सम्मेलन\n2014 - मिन्स्क - दूसरा शिखर सम्मेलन") == [
        (2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # what stands there must still be a city
    assert _listed("2011 - घोषणा पर सहमति - कोई नई बात नहीं\n2014 - मिन्स्क - दूसरा शिखर सम्मेलन")[0][:2] == (2011, None)


def test_a_dated_note_without_a_verb_states_its_meeting():
    assert _listed("• 2011 में कज़ान में पहला शिखर सम्मेलन\n• 2014 में मिन्स्क में दूसरा शिखर सम्मेलन") == [
        (2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # a dated note naming no meeting is no summit
    assert _listed("• 2011 में संगठन की स्थापना\n• 2014 में मिन्स्क में दूसरा शिखर सम्मेलन") == [(2014, "Minsk", None, 2)]


def test_an_ordinal_alone_between_separators_numbers_the_entry():
    assert _listed("2011 | कज़ान | पहला\n2014 | मिन्स्क | दूसरा") == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    assert _listed("- 2011: कज़ान (रूस) — पहला\n- **2014 (मिन्स्क)** — दूसरा") == [
        (2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # an ordinal with other words, or 'पहले' (before), numbers nothing
    assert _listed("2011 — कज़ान — पहले दिन वार्ता\n2014 | मिन्स्क | पहले") == [
        (2011, "Kazan", None, None), (2014, "Minsk", None, None)]


def test_a_known_city_with_the_word_for_city_after_it():
    assert _listed("- 2011: कज़ान शहर\n- 2014: मिन्स्क नगर") == [(2011, "Kazan", None, None), (2014, "Minsk", None, None)]
    assert _listed("- 2011: पुराना शहर\n- 2014: मिन्स्क")[0][:2] == (2011, None)


def test_a_country_written_before_its_city():
    assert _listed("- 2011: रूस (कज़ान)\n- 2014: बेलारूस, मिन्स्क") == [(2011, "Kazan", None, None), (2014, "Minsk", None, None)]
    assert _listed("- रूस (कज़ान), 12 मई 2011: पहला\n- 2014: मिन्स्क") == [(2011, "Kazan", "2011-05-12", 1), (2014, "Minsk", None, None)]
    # a country with no known city beside it gives no city
    assert _listed("- 2011: रूस (उत्तरी भाग)\n- 2014: भारत, अमेरिका और जापान के नेता मिले") == [
        (2011, None, None, None), (2014, None, None, None)]


def test_a_year_column_whose_cells_also_name_the_city():
    table = "| वर्ष | टिप्पणी |\n|---|---|\n| 2011, कज़ान | पहला |\n| 2014 (मिन्स्क) | दूसरा |"
    assert _listed(table) == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # a header naming both in brackets: 'वर्ष (शहर)'
    table = "| सम्मेलन | वर्ष (शहर) |\n|---|---|\n| पहला | 2011 (कज़ान) |\n| दूसरा | 2014 (मिन्स्क) |"
    assert _listed(table) == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # a year column whose cells hold years and remarks, no city, is no summit table
    table = "| वर्ष | टिप्पणी |\n|---|---|\n| 2011 (संधि) | हस्ताक्षर |\n| 2014 (विस्तार) | नए सदस्य |"
    assert _listed(table) == []


def test_a_heading_under_the_summits_with_the_year_in_brackets_is_an_entry():
    body = "### कज़ान (2011)\nपहला शिखर सम्मेलन।\n### मिन्स्क (2014)\nदूसरा शिखर सम्मेलन।"
    assert _listed(body) == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    rows = parse(LIST.format(body="### आगे की राह\nअगला शिखर सम्मेलन अस्ताना में प्रस्तावित है।"))
    assert held(rows) == []  # a heading without a year stays a heading


def test_two_cities_of_one_year_with_their_months():
    assert _listed("- 2011 (दो बैठकें): कज़ान (मई) और मिन्स्क (दिसंबर)\n- 2014: अस्ताना") == [
        (2011, "Kazan", None, None), (2011, "Minsk", None, None), (2014, "Astana", None, None)]
    ids = [s["summit_id"] for s in parse(LIST.format(body="- 2011 (दो बैठकें): कज़ान (मई) और मिन्स्क (दिसंबर)"))["summits"]]
    assert ids == ["t.summit.2011-05", "t.summit.2011-12"]  # a month gives the id and no date


def test_a_record_written_on_one_line():
    assert _listed("- 2011 — स्थान: कज़ान; तिथि: 12 मई; मुख्य बात: समझौता\n- 2014 | स्थान: मिन्स्क | तिथि: 3 दिसंबर") == [
        (2011, "Kazan", "2011-05-12", None), (2014, "Minsk", "2014-12-03", None)]
    # a field inside the text is not the record's
    assert _listed("- 2011 — नया मुख्यालय; स्थान: मिन्स्क\n- 2014: अस्ताना")[0][:2] == (2011, None)


def test_what_became_of_two_summits_of_one_year_is_said_after_them():
    assert _listed("- 2011: कज़ान\n- 2016: अस्ताना (मई) और मिन्स्क (दिसंबर) — दोनों रद्द") == [(2011, "Kazan", None, None)]
    assert _listed("- 2011: कज़ान\n- 2016: अस्ताना (मई) और मिन्स्क (दिसंबर) — दोनों में व्यापार पर चर्चा") == [
        (2011, "Kazan", None, None), (2016, "Astana", None, None), (2016, "Minsk", None, None)]


def test_a_label_whose_brackets_say_the_summit_did_not_meet():
    assert _listed("- 2011: कज़ान\n- 2026 (प्रस्तावित): मिन्स्क\n- 2016 (रद्द): अस्ताना") == [(2011, "Kazan", None, None)]
    assert _listed("- 2011 (पहला): कज़ान\n- 2014 (मिन्स्क): दूसरा") == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]


def test_more_separators_and_year_marks_of_notes():
    kazan_minsk = [(2011, "Kazan", None, None), (2014, "Minsk", None, None)]
    assert _listed("2011 ▸ कज़ान\n2014 » मिन्स्क") == kazan_minsk
    assert _listed("- [2011] कज़ान\n- [2014] मिन्स्क") == kazan_minsk
    assert _listed("- `2011` — कज़ान\n- `2014` — मिन्स्क") == kazan_minsk
    # a footnote mark stays a footnote, a bracketed number inside a text is no label
    assert _listed("- 2011: कज़ान[1]\n- 2014: मिन्स्क [2]") == kazan_minsk
    assert _listed("- सदस्य [2011] नहीं\n- 2014: मिन्स्क") == [(2014, "Minsk", None, None)]


def test_a_table_city_cell_with_its_country_after_a_dash_or_slash():
    table = "| वर्ष | स्थान |\n|---|---|\n| 2011 | कज़ान – रूस |\n| 2014 | मिन्स्क / बेलारूस |"
    assert _listed(table) == [(2011, "Kazan", None, None), (2014, "Minsk", None, None)]
    # a hyphen inside a name joins it
    table = "| वर्ष | स्थान |\n|---|---|\n| 2011 | रोस्तोव-ऑन-डॉन |"
    assert _listed(table) == [(2011, "Rostov-on-Don", None, None)]


def test_a_header_naming_its_column_with_a_slash():
    table = "| माह/वर्ष | शहर |\n|---|---|\n| मई 2011 | कज़ान |\n| दिसंबर 2014 | मिन्स्क |"
    assert _listed(table) == [(2011, "Kazan", None, None), (2014, "Minsk", None, None)]
    table = "| माह/टिप्पणी | शहर |\n|---|---|\n| मई | कज़ान |"
    assert _listed(table) == []  # no year or date column: not a summit table


LISTS = """कैस्पियन तटीय मंच शिखर सम्मेलन — संक्षिप्त नोट्स

{objectives}

{areas}

अब तक के शिखर सम्मेलन
• 2011: कज़ान — पहला शिखर सम्मेलन
"""


def _labels(objectives: str, areas: str) -> tuple[list[str], list[str]]:
    rows = parse(LISTS.format(objectives=objectives, areas=areas))
    return [o["name"] for o in rows["objectives"]], [a["name"] for a in rows["cooperation_areas"]]


def test_labels_in_underscore_italics():
    assert _labels("## उद्देश्य\n* _व्यापार_: बढ़ाना।\n* _सुरक्षा_: मज़बूत करना।", "## प्रमुख क्षेत्र\n* ऊर्जा: पाइपलाइन।") == (
        ["व्यापार", "सुरक्षा"], ["ऊर्जा"])
    # an underscore inside a word is no emphasis
    assert _labels("## उद्देश्य\n* ई_कॉमर्स: बढ़ाना।", "## प्रमुख क्षेत्र\n* ऊर्जा: पाइपलाइन।")[0] == ["ई_कॉमर्स"]


def test_items_numbered_under_their_sections_number():
    assert _labels("2. उद्देश्य\n2.1 व्यापार: बढ़ाना।\n2.2 सुरक्षा: मज़बूत करना।", "3. प्रमुख क्षेत्र\n3.1 ऊर्जा: पाइपलाइन।") == (
        ["व्यापार", "सुरक्षा"], ["ऊर्जा"])
    # a numeric date opening a line is no item number
    rows = parse(LIST.format(body="12.05.2011 — कज़ान\n03.12.2014 — मिन्स्क"))
    assert [s[:3] for s in held(rows)] == [(2011, "Kazan", "2011-05-12"), (2014, "Minsk", "2014-12-03")]


def test_a_heading_for_the_fields_of_work():
    assert _labels("उद्देश्य\n• व्यापार: बढ़ाना।", "कार्यक्षेत्र\n• ऊर्जा: पाइपलाइन।\n• परिवहन: रेल।") == (
        ["व्यापार"], ["ऊर्जा", "परिवहन"])


WIKI_LONG = """तटीय देशों का जल सम्मेलन

तटीय देशों का जल सम्मेलन तटीय देशों का वार्षिक सम्मेलन है।

उद्देश्य

जल सुरक्षा: साझा नदियों का प्रबंधन।

{heading}

| सत्र | वर्ष | तिथि | शहर | मेज़बान देश |
|---|---|---|---|---|
| {first} | 2016 | 7–18 नवंबर | माराकेश | मोरक्को |
| {second} | 2017 | 6–17 नवंबर | बॉन | जर्मनी |
"""


def test_a_longer_line_set_apart_that_names_the_summits_is_their_heading():
    rows = parse(WIKI_LONG.format(heading="पेरिस समझौता लागू होने के बाद के सम्मेलन", first="जल-22", second="जल-23"))
    assert [s[:2] for s in held(rows)] == [(2016, "Marrakesh"), (2017, "Bonn")]
    assert rows["cooperation_areas"] == []  # the table is not read as the objectives' or areas' items
    # a sentence of that length is no heading, whatever its last word
    for line in ("हमने नीचे की तालिका में बाद के सभी सम्मेलन दिए हैं।", "हमने नीचे की तालिका में बाद के सभी सम्मेलन दिए हैं"):
        rows = parse(WIKI_LONG.format(heading=line, first="जल-22", second="जल-23"))
        assert [s["role"] for s in rows["sections"]] == ["objectives"], line  # its last word names no section


def test_a_summits_name_with_its_number_is_its_edition():
    rows = parse(WIKI_LONG.format(heading="सम्मेलन", first="जल-22", second="जल-23"))
    assert [(s[0], s[3]) for s in held(rows)] == [(2016, 22), (2017, 23)]
    # two names, or numbers that do not rise, number nothing
    rows = parse(WIKI_LONG.format(heading="सम्मेलन", first="जल-22", second="थल-23"))
    assert [(s[0], s[3]) for s in held(rows)] == [(2016, None), (2017, None)]
    rows = parse(WIKI_LONG.format(heading="सम्मेलन", first="जल-23", second="जल-22"))
    assert [(s[0], s[3]) for s in held(rows)] == [(2016, None), (2017, None)]


TRI = """भारत–जापान–फ़्रांस त्रिपक्षीय शिखर बैठकें : संक्षिप्त नोट्स

► सदस्य देश: भारत, जापान, फ़्रांस

◆ उद्देश्य
- सुरक्षा: साझा रणनीति।

◆ प्रमुख त्रिपक्षीय शिखर बैठकें (शहर, तिथि — मुख्य बिंदु)
- द हेग (नीदरलैंड), 25 मार्च 2014 — पहली मुलाक़ात।
{line}
"""


def _tri(line: str) -> list[tuple]:
    return held(parse(TRI.format(line=line)))


def test_another_summit_named_as_the_occasion_keeps_the_meeting_and_its_number_is_not_ours():
    assert _tri("- वॉशिंगटन, 31 मार्च 2016 — चौथे परमाणु सुरक्षा शिखर सम्मेलन के हाशिये पर; परीक्षण पर चर्चा।")[1] == (
        2016, "Washington", "2016-03-31", None)
    assert _tri("- रोम, 2 मई 2017 — जलवायु शिखर सम्मेलन के मौके पर; चर्चा।")[1][:2] == (2017, "Rome")
    # another series' summit that is the entry itself stays out
    assert len(_tri("- वॉशिंगटन, 31 मार्च 2016 — चौथा परमाणु सुरक्षा शिखर सम्मेलन; परीक्षण पर चर्चा।")) == 1


def test_the_first_stand_alone_summit_is_ours_and_no_edition():
    assert _tri("- कैंप डेविड (अमेरिका), 18 अगस्त 2023 — किसी अन्य सम्मेलन से अलग, तीनों देशों का पहला स्वतंत्र शिखर सम्मेलन।")[1] \
        == (2023, "Camp David", "2023-08-18", None)
    assert len(_tri("- मिलान, 4 नवंबर 2017 — पहला पोषण शिखर सम्मेलन; अलग आयोजन।")) == 1


def test_a_piped_entry_with_the_city_first():
    assert _listed("▸ लंदन (ब्रिटेन) | 8 जून 2013 | पहला शिखर सम्मेलन\n▸ तोक्यो (जापान) | 7–8 दिसंबर 2021 | दूसरा") == [
        (2013, "London", "2013-06-08", 1), (2021, "Tokyo", "2021-12-07", 2)]
    assert _listed("▸ घोषणा | 8 जून 2013 | कुछ नहीं\n▸ तोक्यो (जापान) | 7–8 दिसंबर 2021 | दूसरा") == [
        (2021, "Tokyo", "2021-12-07", 2)]


def test_an_ordinal_label_then_the_city_then_the_date():
    assert _listed("- **4th — माले (मालदीव)**: 3–4 सितंबर 2019; मंत्री शामिल हुए।\n- **5वाँ — मिन्स्क, 4 दिसंबर 2021**: थीम") == [
        (2019, "Malé", "2019-09-03", 4), (2021, "Minsk", "2021-12-04", 5)]


def test_a_short_label_then_summits_listed_with_their_cities():
    assert _listed("- विषयगत दौर: 2022 (ब्रसेल्स) और 2023 (मिन्स्क)\n- 2024: अस्ताना") == [
        (2022, "Brussels", None, None), (2023, "Minsk", None, None), (2024, "Astana", None, None)]
    assert _listed("- विषयगत दौर: 2022 (घोषणा) और 2023 (चार्टर)\n- 2024: अस्ताना") == [(2024, "Astana", None, None)]


def test_bullets_under_a_line_of_summits_give_their_dates_after_the_meetings_name():
    body = ("- विषयगत दौर: 2022 (ब्रसेल्स) और 2023 (मिन्स्क)\n"
            "   - ब्रसेल्स, बेल्जियम — वन ओशन समिट, 9–11 फ़रवरी 2022; अध्यक्षता के दौरान\n"
            "   - मिन्स्क, बेलारूस — वन फ़ॉरेस्ट समिट, 1–2 मार्च 2023; सह-मेज़बानी")
    assert _listed(body) == [(2022, "Brussels", "2022-02-09", None), (2023, "Minsk", "2023-03-01", None)]
    # the same bullets standing alone are entries of their own
    assert _listed(body.split("\n", 1)[1].replace("   - ", "- ")) == [
        (2022, "Brussels", "2022-02-09", None), (2023, "Minsk", "2023-03-01", None)]


def test_the_summit_noun_samit_and_an_occasion_clause_keep_the_entrys_date():
    assert _listed("- रियाद (सऊदी अरब), 3 दिसंबर 2024: वन वॉटर समिट; संयुक्त राष्ट्र सम्मेलन (COP16) के मौके पर।") == [
        (2024, "Riyadh", "2024-12-03", None)]
    assert find_ordinal("तीसरा वन प्लैनेट समिट") == 3


def test_organisers_and_a_co_host_label_the_parties():
    notes = "# वन ओशन शिखर सम्मेलन — नोट्स\n\n{line}\n\n## उद्देश्य\n\n**संरक्षण**: समुद्र बचाना।\n"
    parties = lambda line: sorted(p["name_en"] for p in parse(notes.format(line=line))["parties"])  # noqa: E731
    assert parties("**आयोजक**: फ़्रांस और जापान") == ["France", "Japan"]
    assert parties("▪ आयोजक देश: ब्रिटेन (2013, ब्राज़ील के साथ), जापान (2021)") == ["Brazil", "Japan", "United Kingdom"]
    assert parties("**भागीदार**: भारत सहित क्षेत्र के तटीय देश") == ["India"]
    # one organiser alone is the side that holds the series; one partner without 'सहित' names no members
    assert parties("**आयोजक**: फ़्रांस") == ["France"]
    assert parties("**भागीदार**: भारत और क्षेत्र के तटीय देश") == []


RELEASE = """पृथ्वी विज्ञान मंत्रालय

प्रविष्टि तिथि: १४ जून, २०२५, पीआईबी दिल्ली

नीस में तीसरे तटीय जल सम्मेलन में भारत ने प्रतिबद्धता दोहराई

सम्मेलन के उद्देश्य:

(क) संरक्षण: समुद्र बचाना।
(ख) विज्ञान: शोध बढ़ाना।

{line}

पृष्ठभूमि:

इस श्रृंखला के सम्मेलन इस प्रकार हैं -

{items}
"""


def _release(items: str, line: str = "सम्मेलन में घोषणा स्वीकार की गई।") -> dict:
    return parse(RELEASE.format(items=items, line=line))


def test_a_city_named_before_the_venue_it_holds():
    rows = _release("• प्रथम सम्मेलन: ५-९ जून, २०१७ को न्यूयॉर्क स्थित संयुक्त राष्ट्र मुख्यालय में, फ़िजी और स्वीडन की सह-मेज़बानी में।")
    assert held(rows) == [(2017, "New York", "2017-06-05", 1)]
    # 'सह-मेज़बानी में' is no place
    rows = _release("• प्रथम सम्मेलन: ५-९ जून, २०१७ को फ़िजी और स्वीडन की सह-मेज़बानी में।")
    assert [s[1] for s in held(rows)] == [None]


def test_a_plan_then_the_meeting_held_gives_the_held_one():
    first = "• प्रथम सम्मेलन: ५-९ जून, २०१७ को न्यूयॉर्क में हुआ।\n"
    rows = _release(first + "• द्वितीय सम्मेलन: मूल रूप से जून, २०२० में लिस्बन में प्रस्तावित था, किंतु महामारी के कारण "
                    "स्थगित हुआ और अंततः २७ जून-१ जुलाई, २०२२ को लिस्बन में संपन्न हुआ।")
    assert held(rows)[1:] == [(2022, "Lisbon", "2022-06-27", 2)]
    # a plan that was never held gives no summit
    rows = _release(first + "• द्वितीय सम्मेलन: मूल रूप से जून, २०२० में लिस्बन में प्रस्तावित था, किंतु महामारी के कारण "
                    "२०२१ में भी नहीं हो सका।")
    assert held(rows)[1:] == []


def test_a_colon_inside_a_quotation_makes_no_label():
    rows = _release("• प्रथम सम्मेलन: ५-९ जून, २०१७ को न्यूयॉर्क में।",
                    line='सम्मेलन के अंत में "हमारा महासागर, हमारा भविष्य: तत्काल कार्रवाई" शीर्षक से घोषणा स्वीकार की गई।')
    assert [o["name"] for o in rows["objectives"]] == ["संरक्षण", "विज्ञान"]
    assert not any("हमारा" in a["name"] for a in rows["cooperation_areas"])


HEADED = """# कैस्पियन तटीय मंच शिखर सम्मेलन — नोट्स

**सदस्य**: रूस, कज़ाख़स्तान, अज़रबैजान, ईरान और तुर्कमेनिस्तान

## उद्देश्य

- **व्यापार**: बढ़ाना।

## अब तक के शिखर सम्मेलन

{body}
"""


def test_a_wholly_bold_dated_line_heads_the_paragraph_under_it():
    body = "**2011 — कज़ान**\nपहला शिखर सम्मेलन 12 मई को हुआ।\n\n**2014 — मिन्स्क**\nदूसरा शिखर सम्मेलन 3 दिसंबर को हुआ।"
    assert held(parse(HEADED.format(body=body))) == [(2011, "Kazan", "2011-05-12", 1), (2014, "Minsk", "2014-12-03", 2)]
    # a bold line that is not dated stays what it was; the paragraph is not its text
    body = "**कज़ान की बैठक**\n2011 में पहला शिखर सम्मेलन कज़ान में हुआ।"
    assert held(parse(HEADED.format(body=body))) == [(2011, "Kazan", None, 1)]


def test_a_heading_naming_one_dated_summit_under_the_summits_is_its_entry():
    body = "### पहला शिखर सम्मेलन (2011, कज़ान)\nव्यापार पर चर्चा।\n### दूसरा शिखर सम्मेलन (2014, मिन्स्क)\nऊर्जा पर चर्चा।"
    assert held(parse(HEADED.format(body=body))) == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # a heading naming summits without one's year stays a heading
    rows = parse(HEADED.format(body="### अगले शिखर सम्मेलन\nअगला शिखर सम्मेलन अस्ताना में प्रस्तावित है।"))
    assert held(rows) == [] and "अगले शिखर सम्मेलन" in [s["heading"] for s in rows["sections"]]


def test_a_bare_year_line_under_the_summits_heads_the_paragraph_under_it():
    body = "2011\nकज़ान में पहला शिखर सम्मेलन हुआ।\n\n2014\nमिन्स्क में दूसरा शिखर सम्मेलन हुआ।"
    assert held(parse(HEADED.format(body=body))) == [(2011, "Kazan", None, 1), (2014, "Minsk", None, 2)]
    # a year line followed by another dated line heads nothing
    body = "2011\n2014 में मिन्स्क में दूसरा शिखर सम्मेलन हुआ।"
    assert [s[:2] for s in held(parse(HEADED.format(body=body)))] == [(2014, "Minsk")]
