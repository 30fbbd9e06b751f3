"""Layout-level causes of misses in study notes, Markdown notes, Wikipedia tables and articles
(issue 8, session 6): one rule per test, each on small invented documents, with a case where
the rule applies and one where it must not."""

from __future__ import annotations

from pipeline.parse.language.dates import find_ordinal
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties import bracketed_members
from pipeline.parse.layout.series import without_time_references
from pipeline.parse.layout.summits import find_place, label_place
from parse_support import held, parse


def issues(rows: dict) -> list[tuple]:
    return [(i["source_line"], i["reason"]) for i in rows["parse_issues"] if i["severity"] != "note"]


# --- ordinals: 'पहली शिखर बैठक' ---------------------------------------------------------------


def test_an_ordinal_before_shikhar_baithak_numbers_the_summit():
    assert find_ordinal("नेताओं के स्तर की पहली शिखर बैठक; राष्ट्रपति आए") == 1
    assert find_ordinal("तीसरी शिखर वार्ता") == 3
    assert find_ordinal("पहला क्वाड शिखर सम्मेलन") == 1  # a name between ordinal and noun still reads


def test_a_plain_first_meeting_is_still_no_summit_number():
    assert find_ordinal("विदेश सचिवों की पहली बैठक") is None
    assert find_ordinal("पहले दो शिखर सम्मेलन") is None


STUDY_NOTES = """त्रिकोण मंच शिखर बैठकें — नोट्स

• सदस्य: फ़्रांस, जर्मनी, पोलैंड

उद्देश्य
• एकीकरण: यूरोपीय संस्थाओं को क़रीब लाना।

नेताओं की प्रमुख बैठकें (तिथि, शहर — मुख्य बात)
• मार्च 2001, बर्लिन — नेताओं के स्तर की पहली शिखर बैठक; तीनों नेता मिले।
• मई 2003, पेरिस — इराक युद्ध पर चर्चा।
"""


def test_first_shikhar_baithak_in_a_list_entry_gives_edition_and_start():
    rows = parse(STUDY_NOTES)
    assert held(rows) == [(2001, "Berlin", None, 1), (2003, "Paris", None, None)]
    assert [e["period_start"][:4] for e in rows["timeline"]] == ["2001"]


def test_an_entry_without_an_ordinal_gets_no_edition():
    rows = parse(STUDY_NOTES.replace("नेताओं के स्तर की पहली शिखर बैठक", "नेताओं की शिखर बैठक"))
    assert held(rows) == [(2001, "Berlin", None, None), (2003, "Paris", None, None)]
    assert rows["timeline"] == []


# --- places: a verb of holding after punctuation, city-states --------------------------------


def test_an_unknown_city_before_a_verb_of_holding_and_a_semicolon_is_the_place():
    lexicon = default_lexicon()
    place = find_place("छठा शिखर सम्मेलन 14 मई 2024 को ज़ोरावनगर में हुआ; सभी नेता मिले", lexicon)
    assert place is not None and place.city == "ज़ोरावनगर"
    # without a verb of holding an unknown name before में is no place
    assert find_place("छठा शिखर सम्मेलन 14 मई 2024 को ज़ोरावनगर में; सभी नेता मिले", lexicon) is None


def test_a_city_state_named_as_a_place_is_its_city():
    lexicon = default_lexicon()
    assert label_place("सिंगापुर", lexicon).city == "सिंगापुर"
    assert find_place("2018 में सिंगापुर में आयोजित सम्मेलन", lexicon).city == "सिंगापुर"


def test_a_country_whose_capital_has_another_name_gives_no_city():
    lexicon = default_lexicon()
    assert label_place("थाईलैंड", lexicon).city is None
    assert label_place("मेक्सिको", lexicon).city is None  # its capital is मेक्सिको सिटी
    assert find_place("2018 में थाईलैंड में आयोजित सम्मेलन", lexicon).city is None


CITY_STATE_NOTES = """आसियान शिखर सम्मेलन — नोट्स

महत्वपूर्ण शिखर सम्मेलन (तिथि, शहर — मुख्य बात)
• 27–29 जनवरी 1992, सिंगापुर — चौथा शिखर सम्मेलन; मुक्त व्यापार क्षेत्र।
• नवंबर 2019, बैंकॉक — 35वाँ शिखर सम्मेलन।
• नवंबर 2022, कंबोडिया — 40वाँ शिखर सम्मेलन।
"""


def test_a_city_state_in_an_entry_label_is_the_host_city():
    rows = parse(CITY_STATE_NOTES)
    assert held(rows) == [(1992, "Singapore", "1992-01-27", 4), (2019, "Bangkok", None, 35), (2022, None, None, 40)]


# --- entries that name another series' summit as a point in time ------------------------------


def test_time_references_to_another_summit_are_neutral():
    assert without_time_references("विलनियस नाटो शिखर सम्मेलन (जुलाई 2023) से पहले बैठक।") == \
        "विलनियस नाटो आयोजन (जुलाई 2023) से पहले बैठक।"
    assert without_time_references("नाटो शिखर सम्मेलन की तैयारी पर घोषणा") == "नाटो आयोजन की तैयारी पर घोषणा"
    # the summit itself, not a reference to it
    assert without_time_references("ब्रसेल्स में नाटो शिखर सम्मेलन हुआ") == "ब्रसेल्स में नाटो शिखर सम्मेलन हुआ"


NINE = """पूर्वी नौ (E9) शिखर सम्मेलन — नोट्स

- सदस्य (4): पोलैंड, रोमानिया, लातविया, एस्टोनिया

उद्देश्य
- रक्षा: पूर्वी छोर की रक्षा।

सम्मेलन (शहर (देश), तिथि: मुख्य बात)
- बुखारेस्ट (रोमानिया), 4 नवंबर 2015: पहला सम्मेलन।
- वारसॉ (पोलैंड), जून 2018: ब्रसेल्स में होने वाले नाटो शिखर सम्मेलन से पहले तैयारी।
- रीगा (लातविया), जुलाई 2019: नाटो शिखर सम्मेलन (जुलाई 2019) के बाद समीक्षा।
- लंदन (ब्रिटेन), दिसंबर 2019: नाटो शिखर सम्मेलन; पूर्वी नौ की अलग बैठक नहीं हुई।
"""


def test_an_entry_timed_by_another_series_summit_is_still_this_series_summit():
    rows = parse(NINE)
    assert held(rows) == [(2015, "Bucharest", "2015-11-04", 1), (2018, "Warsaw", None, None), (2019, "Riga", None, None)]


def test_an_entry_that_is_another_series_summit_stays_out():
    rows = parse(NINE)
    assert (12, "not_a_summit") in issues(rows)  # the London line
    assert 2019 not in [s["year"] for s in rows["summits"] if s["city_en"] == "London"]


# --- entries that say the summits stopped, or that they stand apart from the series -----------

STOPPED = """नदी-द्वीप शिखर सम्मेलन

नदी-द्वीप शिखर सम्मेलन जापान और चार देशों के नेताओं की बैठक है।

लक्ष्य

कनेक्टिविटी: सड़कों से क्षेत्र को जोड़ना।

अब तक के सम्मेलन

2018: 9 अक्टूबर 2018 को टोक्यो में सम्मेलन हुआ।

2019: बैंकॉक में नवंबर 2019 में सम्मेलन हुआ।

2021: फ़रवरी 2021 में तख़्तापलट के बाद शिखर बैठकें रुक गईं; अभी तक अगला सम्मेलन नहीं हुआ है।
"""


def test_an_entry_saying_the_summits_stopped_is_no_summit():
    rows = parse(STOPPED)
    assert [s["year"] for s in rows["summits"]] == [2018, 2019]
    assert (15, "not_a_summit") in issues(rows)


def test_an_entry_whose_talks_went_on_is_a_summit():
    rows = parse(STOPPED.replace("शिखर बैठकें रुक गईं; अभी तक अगला सम्मेलन नहीं हुआ है", "हनोई में सम्मेलन हुआ"))
    assert held(rows)[-1] == (2021, "Hanoi", None, None)


def test_a_summit_said_to_stand_apart_from_the_series_is_left_out():
    apart = STOPPED.replace(
        "फ़रवरी 2021 में तख़्तापलट के बाद शिखर बैठकें रुक गईं; अभी तक अगला सम्मेलन नहीं हुआ है",
        "दिसंबर 2021 में टोक्यो में स्मारक शिखर सम्मेलन हुआ — यह नदी-द्वीप श्रृंखला से अलग है")
    rows = parse(apart)
    assert [s["year"] for s in rows["summits"]] == [2018, 2019]
    # "unlike the summits before it" does not set the meeting apart
    unlike = apart.replace("यह नदी-द्वीप श्रृंखला से अलग है", "यह पिछले सम्मेलनों से अलग था")
    assert [s["year"] for s in parse(unlike)["summits"]] == [2018, 2019, 2021]


# --- a city as the subject of hosting ---------------------------------------------------------


def test_a_known_city_that_hosted_is_the_place():
    lexicon = default_lexicon()
    place = find_place("दूसरे शिखर सम्मेलन की मेज़बानी मार्च 2016 में नई दिल्ली ने की; छात्रवृत्तियाँ", lexicon)
    assert place is not None and place.city == "नई दिल्ली"


def test_a_country_that_hosted_or_a_city_that_did_something_else_is_no_city():
    lexicon = default_lexicon()
    assert find_place("दूसरे शिखर सम्मेलन की मेज़बानी मार्च 2016 में भारत ने की", lexicon) is None
    assert find_place("मार्च 2016 में नई दिल्ली ने प्रस्ताव रखा", lexicon) is None


# --- parties: a group's members in brackets, a country admitted as a member --------------------

GROUP = """## आसियान-कोरिया स्मारक शिखर सम्मेलन

**पक्ष**: दक्षिण कोरिया और आसियान (ब्रुनेई, कंबोडिया, इंडोनेशिया, लाओस, मलेशिया)

## सम्मेलन

- **2009, जेजू**: पहला स्मारक शिखर सम्मेलन।
- **2014, बुसान**: दूसरा स्मारक शिखर सम्मेलन।
"""


def party_names_en(rows: dict) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


def test_members_in_brackets_after_a_group_are_parties():
    assert set(party_names_en(parse(GROUP))) == {
        "ASEAN", "South Korea", "Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia"}


def test_a_gloss_or_observers_in_brackets_add_no_party():
    assert set(party_names_en(parse(GROUP.replace("(ब्रुनेई, कंबोडिया, इंडोनेशिया, लाओस, मलेशिया)", "(ASEAN)")))) == {
        "ASEAN", "South Korea"}
    lexicon = default_lexicon()
    assert bracketed_members("आसियान (पर्यवेक्षक: ब्रुनेई, कंबोडिया, लाओस)", lexicon) == []
    assert bracketed_members("भारत (ब्रुनेई, कंबोडिया, लाओस के साथ)", lexicon) == []  # not after a group
    assert bracketed_members("आसियान (ब्रुनेई, कंबोडिया, लाओस)", lexicon) == ["ब्रुनेई", "कंबोडिया", "लाओस"]


ADMITTED = """डी-9 शिखर सम्मेलन

डी-9 शिखर सम्मेलन विकासशील देशों के संगठन की बैठक है। संगठन के संस्थापक सदस्य बांग्लादेश, मिस्र, इंडोनेशिया और ईरान हैं। दिसंबर 2024 में काहिरा शिखर सम्मेलन के दौरान अज़रबैजान को संगठन के नौवें सदस्य के रूप में शामिल किया गया।

शिखर सम्मेलन

2022: ढाका में आयोजित सम्मेलन।
2024: काहिरा में आयोजित सम्मेलन।
"""


def test_a_country_admitted_as_a_member_is_a_party():
    assert "Azerbaijan" in party_names_en(parse(ADMITTED))


def test_a_country_admitted_as_an_observer_is_no_party():
    observer = ADMITTED.replace("संगठन के नौवें सदस्य के रूप में", "पर्यवेक्षक सदस्य के रूप में")
    assert "Azerbaijan" not in party_names_en(parse(observer))


# --- two summits on one line joined by और, the place of a later sentence ----------------------

PAIR = """## स्मारक शिखर सम्मेलन

**पक्ष**: दक्षिण कोरिया और आसियान

## सम्मेलन

- **बुसान (2014) और बुसान (2019)**: 11–12 दिसंबर 2014 को दूसरा सम्मेलन (25वीं वर्षगांठ, मेज़बान राष्ट्रपति) और 25–26 नवंबर 2019 को तीसरा सम्मेलन (30वीं वर्षगांठ)।
"""


def test_two_summits_in_one_clause_joined_by_and_take_their_own_ordinal_and_day():
    assert held(parse(PAIR)) == [(2014, "Busan", "2014-12-11", 2), (2019, "Busan", "2019-11-25", 3)]


def test_a_clause_with_one_summit_is_not_narrowed():
    one = PAIR.replace("बुसान (2014) और बुसान (2019)", "बुसान (2014)").replace(
        " और 25–26 नवंबर 2019 को तीसरा सम्मेलन (30वीं वर्षगांठ)", " और नेताओं ने घोषणा अपनाई")
    assert held(parse(one)) == [(2014, "Busan", "2014-12-11", 2)]


ARTICLE = """भारत-फ़्रांस शिखर वार्ता

भारत और फ़्रांस के नेताओं की वार्ता।

प्रमुख शिखर वार्ताएँ

2019: 22 अगस्त 2019 को दोनों नेताओं की शिखर वार्ता हुई। कुछ दिन बाद प्रधानमंत्री मोदी बियारिट्ज़ में हुए G7 शिखर सम्मेलन में अतिथि के रूप में शामिल हुए।

2023: 14 जुलाई 2023 को शिखर वार्ता हुई। उसी दिन पेरिस में हुई इस वार्ता में साझेदारी का रोडमैप अपनाया गया।
"""


def test_the_place_of_a_later_sentence_about_another_series_summit_is_not_the_entrys():
    rows = parse(ARTICLE)
    assert [(s["year"], s["city"]) for s in rows["summits"]] == [(2019, None), (2023, "पेरिस")]


# --- parties: an organisation describing the subject in a title's subtitle --------------------

SUBTITLE = """पूर्वी नौ (E9): नाटो के पूर्वी छोर का मंच (नोट्स)

- सदस्य (4): पोलैंड, रोमानिया, लातविया, एस्टोनिया

सम्मेलन
- 2015, बुखारेस्ट: पहला सम्मेलन।
- 2018, वारसॉ: दूसरा सम्मेलन।
"""


def test_an_organisation_describing_the_subject_in_a_subtitle_is_no_party():
    assert set(party_names_en(parse(SUBTITLE))) == {"Poland", "Romania", "Latvia", "Estonia"}


def test_an_organisation_that_is_the_titles_subject_stays_a_party():
    rows = parse(SUBTITLE.replace("पूर्वी नौ (E9): नाटो के पूर्वी छोर का मंच (नोट्स)", "नाटो: पूर्वी छोर का मंच (नोट्स)"))
    assert "NATO" in party_names_en(rows)


# --- tables numbered in Roman numerals; anniversaries are no editions ---------------------------

ROMAN_TABLE = """अरब-दक्षिण अमेरिका शिखर सम्मेलन

अरब-दक्षिण अमेरिका शिखर सम्मेलन दोनों क्षेत्रों के नेताओं की बैठक है।

सम्मेलनों की सूची

| # | आयोजन वर्ष | तारीख़ | मेज़बान नगर | देश |
|---|---|---|---|---|
| I | 2005 | 10–11 मई | ब्रासीलिया | ब्राज़ील |
| II | 2009 | 31 मार्च | दोहा | क़तर |
| III | 2012 | 1–2 अक्टूबर | लीमा | पेरू |
"""


def test_a_roman_numbered_table_gives_editions():
    rows = parse(ROMAN_TABLE)
    assert held(rows) == [(2005, "Brasília", "2005-05-10", 1), (2009, "Doha", "2009-03-31", 2),
                          (2012, "Lima", "2012-10-01", 3)]


def test_malformed_roman_numerals_number_nothing():
    rows = parse(ROMAN_TABLE.replace("| I |", "| IIII |").replace("| II |", "| VX |").replace("| III |", "| IC |"))
    assert [s["edition"] for s in rows["summits"]] == [None, None, None]


ANNIVERSARY = """काला सागर शिखर सम्मेलन — नोट्स

शिखर सम्मेलन
• इस्तांबुल, 25 जून 1992 — संस्थापक शिखर सम्मेलन।
• इस्तांबुल, 25 जून 2007 — 15वीं वर्षगांठ शिखर सम्मेलन।
• बेलग्रेड, 2012 — 20वाँ शिखर सम्मेलन।
"""


def test_an_anniversary_summit_is_a_summit_without_edition():
    assert held(parse(ANNIVERSARY)) == [(1992, "Istanbul", "1992-06-25", None), (2007, "Istanbul", "2007-06-25", None),
                                        (2012, "Belgrade", None, 20)]
    assert find_ordinal("25वीं वर्षगाँठ स्मारक शिखर सम्मेलन") is None


# --- numbered headings; merged (blank) year cells ------------------------------------------------

NUMBERED = """भारत-मध्य यूरोप शिखर सम्मेलन: एक परिचय

भारत-मध्य यूरोप शिखर सम्मेलन भारत और चार देशों — पोलैंड, चेक गणराज्य, स्लोवाकिया और हंगरी — के नेताओं की बैठक है।

1. पृष्ठभूमि

2004 में ये देश यूरोपीय संघ में शामिल हुए।

2. उद्देश्य

व्यापार विस्तार: द्विपक्षीय व्यापार को दोगुना करना।
रक्षा उद्योग: संयुक्त उत्पादन।

3. सहयोग के क्षेत्र

1. कृषि क्षेत्र
2. ऊर्जा क्षेत्र

4. शिखर सम्मेलन

२०१९, बुडापेस्ट — पहला शिखर सम्मेलन।
२०२२, प्राग — दूसरा शिखर सम्मेलन।
"""


def test_numbered_headings_open_sections():
    rows = parse(NUMBERED)
    assert [(s["heading"], s["role"]) for s in rows["sections"]] == [
        ("पृष्ठभूमि", "history"), ("उद्देश्य", "objectives"), ("सहयोग के क्षेत्र", "cooperation_areas"),
        ("शिखर सम्मेलन", "summits")]
    assert [o["name"] for o in rows["objectives"]] == ["व्यापार विस्तार", "रक्षा उद्योग"]
    assert held(rows) == [(2019, "Budapest", None, 1), (2022, "Prague", None, 2)]


def test_numbered_items_of_a_list_stay_items():
    rows = parse(NUMBERED)
    assert [a["name"] for a in rows["cooperation_areas"]] == ["कृषि क्षेत्र", "ऊर्जा क्षेत्र"]


MERGED = """पूर्वी सागर शिखर सम्मेलन

पूर्वी सागर शिखर सम्मेलन नेताओं का वार्षिक मंच है।

शिखर सम्मेलनों की सूची

| क्रम | वर्ष | तिथि | स्थान |
|---|---|---|---|
| 1 | 2005 | 14 दिसंबर | कुआलालंपुर |
| 2 | 2007 | 15 जनवरी | मनीला |
| 3 | | 21 नवंबर | सिंगापुर |
| 4 | | | हनोई |
"""


def test_a_blank_year_cell_under_a_year_is_the_merged_year():
    rows = parse(MERGED)
    assert held(rows)[:3] == [(2005, "Kuala Lumpur", "2005-12-14", 1), (2007, "Manila", "2007-01-15", 2),
                              (2007, "Singapore", "2007-11-21", 3)]
    third = rows["summits"][2]
    assert "2007" in third["source_text"] and "सिंगापुर" in third["source_text"]


def test_a_row_with_no_year_and_no_date_is_left_out_with_an_issue():
    rows = parse(MERGED)
    assert len(rows["summits"]) == 3
    assert (12, "bad_year") in issues(rows)


# --- era words in labels, a city after the dash, dated Markdown headings under the summits -------

ERA = """दक्षिण प्रशांत फोरम शिखर सम्मेलन — नोट्स

- सदस्य: फ़िजी, समोआ, टोंगा, वानुअतु

शिखर सम्मेलन
- सन् 2011 — सुवा: पहला शिखर सम्मेलन।
- वर्ष 2013 — आपिया: दूसरा शिखर सम्मेलन।
- 2018 ई. — पोर्ट विला: चौथा शिखर सम्मेलन।
- 2019 — नोट: पाँचवाँ शिखर सम्मेलन टोंगा में।
"""


def test_era_words_around_a_year_are_no_place():
    rows = parse(ERA)
    assert [(s["year"], s["city"], s["edition"]) for s in rows["summits"]][:3] == [
        (2011, "सुवा", 1), (2013, "आपिया", 2), (2018, "पोर्ट विला", 4)]


def test_a_word_before_the_colon_that_is_no_city_stays_in_the_text():
    rows = parse(ERA)
    assert [(s["year"], s["city"]) for s in rows["summits"]][3] == (2019, None)


DATED_HEADINGS = """# मध्य एशिया-जापान शिखर संवाद

**सदस्य**: जापान, कज़ाख़स्तान, किर्गिस्तान, ताजिकिस्तान, तुर्कमेनिस्तान और उज़्बेकिस्तान

## प्रमुख घटनाक्रम

- 2004: विदेश मंत्रियों के स्तर पर संवाद की शुरुआत।

## सम्मेलन

### 2025 — टोक्यो

पहला शिखर सम्मेलन 20 दिसंबर 2025 को हुआ; घोषणा अपनाई गई।

### 2027 — अस्ताना

दूसरा शिखर सम्मेलन 2027 में होगा।
"""


def test_a_dated_markdown_heading_under_the_summits_is_an_entry():
    rows = parse(DATED_HEADINGS)
    assert [(s["heading"], s["role"]) for s in rows["sections"]] == [("प्रमुख घटनाक्रम", "history"), ("सम्मेलन", "summits")]
    assert held(rows) == [(2025, "Tokyo", "2025-12-20", 1)]


def test_a_dated_markdown_heading_elsewhere_is_still_a_heading():
    rows = parse(DATED_HEADINGS.replace("## सम्मेलन\n", "## टिप्पणियाँ\n"))
    assert "2025 — टोक्यो" in [s["heading"] for s in rows["sections"]]


# --- headings: priorities are areas; a heading naming summits and results lists summits ---------

PRIORITIES = """कैरिबियाई-अफ्रीकी शिखर सम्मेलन

कैरिबियाई-अफ्रीकी शिखर सम्मेलन दोनों क्षेत्रों के नेताओं की बैठक है।

मुख्य प्राथमिकताएँ

जलवायु वित्त: विकासशील देशों के लिए धन।
ऋण राहत: कर्ज़ पुनर्गठन।

प्रमुख बातें

संपर्क: उड़ानें बढ़ाना।

सम्मेलन

2023: दूसरा शिखर सम्मेलन 1 सितंबर 2023 को नैरोबी में हुआ।
"""


def test_a_priorities_heading_lists_areas():
    rows = parse(PRIORITIES)
    assert [a["name"] for a in rows["cooperation_areas"]] == ["जलवायु वित्त", "ऋण राहत"]


def test_an_unknown_heading_lists_neither_areas_nor_objectives():
    rows = parse(PRIORITIES)
    assert "संपर्क" not in [a["name"] for a in rows["cooperation_areas"]] + [o["name"] for o in rows["objectives"]]


RESULTS = """भारत-खाड़ी शिखर सम्मेलन

भारत-खाड़ी शिखर सम्मेलन भारत और छह खाड़ी देशों के नेताओं की बैठक है।

प्रमुख शिखर सम्मेलन और उनके परिणाम

2016, रियाद: ऊर्जा साझेदारी पर घोषणा।
2019, मस्कट: निवेश कोष की स्थापना।

प्रमुख निर्णय

2016, रियाद: ऊर्जा साझेदारी घोषणा।
2019: निवेश कोष।

उद्देश्य

ऊर्जा सुरक्षा: तेल की स्थिर आपूर्ति।
"""


def test_dated_entries_with_cities_under_a_heading_naming_summits_are_summits():
    rows = parse(RESULTS)
    assert [(s["year"], s["city_en"], s["source_line"]) for s in rows["summits"]] == [(2016, "Riyadh", 7), (2019, "Muscat", 8)]


def test_the_same_entries_under_a_heading_naming_no_summit_are_no_summit_list():
    rows = parse(RESULTS.replace("प्रमुख शिखर सम्मेलन और उनके परिणाम", "प्रमुख परिणाम"))
    assert rows["summits"] == []


# --- a table whose host column names cities; one summit in two tables ---------------------------

HOST_TABLE = """दक्षिण एशियाई सहयोग शिखर सम्मेलन

दक्षिण एशियाई सहयोग शिखर सम्मेलन क्षेत्र के देशों की बैठक है।

सम्मेलन

| क्रम | वर्ष | मेज़बान |
|---|---|---|
| 1 | 1985 | ढाका, बांग्लादेश |
| 2 | 1986 | भारत |

तिथियाँ

| सम्मेलन | तिथि | आयोजन स्थल |
|---|---|---|
| पहला | 7–8 दिसंबर 1985 | ढाका |
| दूसरा | 16–17 नवंबर 1986 | बेंगलुरु |
"""


def test_a_bare_host_column_names_the_city_and_two_tables_state_one_summit():
    rows = parse(HOST_TABLE)
    assert held(rows) == [(1985, "Dhaka", "1985-12-07", 1), (1986, "Bengaluru", "1986-11-16", 2)]
    assert rows["summits"][0]["source_text"].count("ढाका") == 2  # both rows quoted


def test_a_host_country_column_beside_a_city_column_stays_a_country():
    table = HOST_TABLE.replace("| क्रम | वर्ष | मेज़बान |", "| क्रम | वर्ष | मेज़बान | शहर |").replace(
        "| 1 | 1985 | ढाका, बांग्लादेश |", "| 1 | 1985 | बांग्लादेश | ढाका |").replace("| 2 | 1986 | भारत |", "| 2 | 1986 | भारत | |")
    rows = parse(table)
    assert [(s["year"], s["city_en"]) for s in rows["summits"]] == [(1985, "Dhaka"), (1986, "Bengaluru")]


def test_two_entries_of_one_list_in_one_year_and_city_stay_two_summits():
    notes = """आसियान शिखर सम्मेलन — नोट्स

शिखर सम्मेलन
• 2025, कुआलालंपुर — 46वाँ शिखर सम्मेलन।
• 2025, कुआलालंपुर — 47वाँ शिखर सम्मेलन।
"""
    assert held(parse(notes)) == [(2025, "Kuala Lumpur", None, 46), (2025, "Kuala Lumpur", None, 47)]


# --- Markdown: links, block quotes, strike-through ---------------------------------------------

MARKDOWN = "\r\n".join([
    "# नॉर्डिक-अफ्रीकी शिखर सम्मेलन", "",
    "> **सदस्य**: डेनमार्क, फ़िनलैंड, नॉर्वे, स्वीडन और आइसलैंड", "",
    "## उद्देश्य", "", "1. **हरित ऊर्जा**: पवन ऊर्जा परियोजनाएँ।", "",
    "## सम्मेलन", "",
    "1. **2016, [हेलसिंकी](https://hi.wikipedia.org/wiki/हेलसिंकी)** — पहला शिखर सम्मेलन।",
    "2. **2019, [ओस्लो](https://example.org)** — दूसरा शिखर सम्मेलन।",
    "3. ~~2021, स्टॉकहोम~~ — रद्द।", "",
])


def test_markdown_links_quotes_and_strike_through_keep_only_their_text():
    rows = parse(MARKDOWN)
    assert held(rows) == [(2016, "Helsinki", None, 1), (2019, "Oslo", None, 2)]
    assert [(s["year"], s["status"]) for s in rows["summits"]][2] == (2021, "cancelled")
    assert len(rows["parties"]) == 5


def test_square_brackets_that_are_no_link_stay():
    from pipeline.parse.layout.structure import markdown_free
    assert markdown_free("वर्ष [2019] (अनुमानित)")[0] == "वर्ष [2019] (अनुमानित)"
    assert markdown_free("a > b")[0] == "a > b"  # only a line's opening '>' quotes


# --- several summits on one line: cities and numbers in order -----------------------------------

SEVERAL = """## ब्रिक्स शिखर सम्मेलन (BRICS Summit)

**सदस्य**: ब्राज़ील, रूस, भारत, चीन और दक्षिण अफ्रीका

## सम्मेलन (Summits)

- **2009 और 2010**: येकातेरिनबर्ग और ब्रासीलिया में पहले दो सम्मेलन हुए।
- **सान्या (2011), नई दिल्ली (2012) और डरबन (2013)**: तीसरा, चौथा और पाँचवाँ सम्मेलन।
- **2014, 2015 — फ़ोर्टालेज़ा, ऊफ़ा**: छठा और सातवाँ सम्मेलन।
"""


def test_cities_and_ordinals_listed_in_order_go_to_the_summits_in_order():
    assert held(parse(SEVERAL)) == [
        (2009, "Yekaterinburg", None, None), (2010, "Brasília", None, None),
        (2011, "Sanya", None, 3), (2012, "New Delhi", None, 4), (2013, "Durban", None, 5),
        (2014, "Fortaleza", None, 6), (2015, "Ufa", None, 7)]


def test_lists_of_another_length_assign_nothing():
    lexicon = default_lexicon()
    from pipeline.parse.layout.summits import parallel_places
    assert parallel_places("येकातेरिनबर्ग और ब्रासीलिया में पहले दो सम्मेलन हुए।", 3, lexicon) == []
    assert parallel_places("नोट और टिप्पणी में दो सम्मेलन", 2, lexicon) == []  # no cities
    from pipeline.parse.language.dates import ordinal_run
    assert ordinal_run("पहले दो सम्मेलन") == [] and ordinal_run("तीसरा सम्मेलन") == []
    rows = parse(SEVERAL.replace("छठा और सातवाँ सम्मेलन", "छठा, सातवाँ और आठवाँ सम्मेलन"))
    assert [s["edition"] for s in rows["summits"]][-2:] == [None, None]  # not 8 for both


# --- a heading naming the title's meeting noun ----------------------------------------------------

TALKS = """भारत-जापान वार्षिक शिखर वार्ता

भारत-जापान वार्षिक शिखर वार्ता दोनों देशों के प्रधानमंत्रियों की वार्षिक बैठक है।

उद्देश्य

हिंद-प्रशांत: मुक्त और खुला हिंद-प्रशांत।

प्रमुख वार्ताएँ

2014, टोक्यो: विशेष रणनीतिक साझेदारी।
2015, नई दिल्ली: बुलेट ट्रेन समझौता।

व्यापार समझौते

2011, टोक्यो: व्यापक आर्थिक भागीदारी समझौता।
2016, नई दिल्ली: असैन्य परमाणु समझौता।
"""


def test_dated_entries_with_cities_under_the_titles_meeting_noun_are_summits():
    rows = parse(TALKS)
    assert held(rows) == [(2014, "Tokyo", None, None), (2015, "New Delhi", None, None)]


def test_the_same_entries_under_another_heading_are_no_summits():
    rows = parse(TALKS)
    assert 2011 not in [s["year"] for s in rows["summits"]] and 2016 not in [s["year"] for s in rows["summits"]]


# --- the next summit in a list is planned --------------------------------------------------------

NEXT = """हिंद महासागर शिखर सम्मेलन — नोट्स

शिखर सम्मेलन
- 2022, माले: पहला शिखर सम्मेलन।
- 2024, कोलंबो: दूसरा शिखर सम्मेलन; अगले वर्ष के लिए कार्ययोजना।
- 2026, पोर्ट लुई: अगला सम्मेलन।
- 2028, विक्टोरिया: तीसरा सम्मेलन (निर्धारित)।
"""


def test_the_next_or_a_scheduled_summit_is_planned():
    rows = parse(NEXT)
    assert [(s["year"], s["status"]) for s in rows["summits"]] == [
        (2022, "held"), (2024, "held"), (2026, "planned"), (2028, "planned")]


# --- tables: bold header cells, no outer pipes ---------------------------------------------------

BOLD_TABLE = """प्रशांत द्वीप शिखर सम्मेलन

प्रशांत द्वीप शिखर सम्मेलन क्षेत्र के नेताओं की बैठक है।

सम्मेलन सूची

| **क्रम** | **वर्ष** | **शहर** | **स्थिति** |
|---|---|---|---|
| 1 | 2015 | सुवा | आयोजित |
| 2 | 2018 | आपिया | आयोजित |
| 3 | 2021 | होनियारा | रद्द |
"""


def test_a_table_with_bold_header_cells_is_read():
    rows = parse(BOLD_TABLE)
    assert [(s["year"], s["city"], s["status"]) for s in rows["summits"]] == [
        (2015, "सुवा", "held"), (2018, "आपिया", "held"), (2021, "होनियारा", "cancelled")]


def test_a_table_without_outer_pipes_is_read():
    bare = BOLD_TABLE.replace("| **क्रम** | **वर्ष** | **शहर** | **स्थिति** |", "क्रम | वर्ष | शहर | स्थिति").replace(
        "|---|---|---|---|", "---|---|---|---")
    bare = "\n".join(line.strip("| ") if line.startswith("| ") else line for line in bare.splitlines())
    rows = parse(bare)
    assert [(s["year"], s["city"], s["status"]) for s in rows["summits"]] == [
        (2015, "सुवा", "held"), (2018, "आपिया", "held"), (2021, "होनियारा", "cancelled")]


def test_lines_with_pipes_are_a_table_only_under_a_header_of_words():
    from pipeline.parse.layout.structure import clean_lines
    lines = clean_lines("शीर्षक\nविशेष संवाददाता | नई दिल्ली\nक्रम | वर्ष | शहर\n1 | 2015 | सुवा\n")
    assert [l.text for l in lines] == ["शीर्षक", "विशेष संवाददाता | नई दिल्ली", "| क्रम | वर्ष | शहर |", "| 1 | 2015 | सुवा |"]
    # rows with no header are list entries, read one by one
    lines = clean_lines("शीर्षक\n\n1 | 2015 | सुवा\n2 | 2017 | नोट\n")
    assert [l.text for l in lines] == ["शीर्षक", "1 | 2015 | सुवा", "2 | 2017 | नोट"]


# --- a table of areas or objectives ----------------------------------------------------------------

AREA_TABLE = """भारत-अफ्रीका कृषि शिखर सम्मेलन

भारत-अफ्रीका कृषि शिखर सम्मेलन दोनों पक्षों के नेताओं की बैठक है।

सहयोग के प्रमुख क्षेत्र

| क्षेत्र | विवरण |
|---|---|
| खाद्य सुरक्षा | अनाज भंडारण[1] |
| सिंचाई | सूक्ष्म सिंचाई |

उद्देश्य

| क्रम | वर्ष | शहर |
|---|---|---|
| 1 | 2015 | नई दिल्ली |
"""


def test_the_rows_of_a_table_under_an_areas_heading_are_areas():
    rows = parse(AREA_TABLE)
    assert [(a["name"], a["description"]) for a in rows["cooperation_areas"]] == [
        ("खाद्य सुरक्षा", "अनाज भंडारण"), ("सिंचाई", "सूक्ष्म सिंचाई")]


def test_a_summit_table_under_an_objectives_heading_gives_no_objectives():
    assert parse(AREA_TABLE)["objectives"] == []


# --- label orders: 'CITY — YEAR:', 'CITY YEAR:', '(YEAR) CITY:' -----------------------------------

ORDERS = """बंगाल की खाड़ी शिखर सम्मेलन — नोट्स

शिखर सम्मेलन
- ढाका — 2015: पहला शिखर सम्मेलन।
- काठमांडू, नेपाल (2016): दूसरा शिखर सम्मेलन।
- (2017) थिम्पू: तीसरा शिखर सम्मेलन।
- माले 2019: पाँचवाँ शिखर सम्मेलन।
- शुरुआत — 2020: छठा शिखर सम्मेलन।
"""


def test_a_city_and_year_in_any_order_before_the_colon_label_the_entry():
    assert held(parse(ORDERS))[:4] == [(2015, "Dhaka", None, 1), (2016, "Kathmandu", None, 2),
                                       (2017, "Thimphu", None, 3), (2019, "Malé", None, 5)]


def test_a_word_that_is_no_city_before_the_dash_does_not_label_the_entry():
    rows = parse(ORDERS)
    assert 2020 not in [s["year"] for s in rows["summits"] if s["city"]]
    assert (8, "unparsed_entry") in issues(rows)


def test_countries_in_brackets_after_a_noun_for_countries_are_members():
    lexicon = default_lexicon()
    assert bracketed_members("समूह में पाँच नॉर्डिक देश (डेनमार्क, फ़िनलैंड, आइसलैंड) शामिल", lexicon) == [
        "डेनमार्क", "फ़िनलैंड", "आइसलैंड"]
    assert bracketed_members("चार पर्यवेक्षक देश (मंगोलिया, ईरान, बेलारूस)", lexicon) == []


# --- a count of summits announced, their dates listed after a colon ------------------------------

ENUMERATED = """आसियान-भारत शिखर सम्मेलन

आसियान-भारत शिखर सम्मेलन आसियान और भारत के नेताओं की वार्षिक बैठक है।

उद्देश्य

संपर्क: सड़क और समुद्री संपर्क।

टिप्पणियाँ

क्रमांकित बैठकों के अलावा भारत ने नई दिल्ली में दो स्मारक शिखर सम्मेलनों की मेज़बानी की है: 20 वर्ष पूरे होने पर 20–21 दिसंबर 2012 को, और 25 वर्ष पूरे होने पर 25 जनवरी 2018 को। 2018 के सम्मेलन के बाद परेड हुई।
"""


def test_a_count_of_summits_with_as_many_dates_after_the_colon_gives_each():
    assert held(parse(ENUMERATED)) == [(2012, "New Delhi", "2012-12-20", None), (2018, "New Delhi", "2018-01-25", None)]


def test_a_count_that_does_not_match_the_dates_or_a_plan_gives_none():
    assert held(parse(ENUMERATED.replace("दो स्मारक", "तीन स्मारक"))) == []
    planned = ENUMERATED.replace("की मेज़बानी की है", "की मेज़बानी करेगा")
    assert held(parse(planned)) == []


# --- English headings in Markdown notes ---------------------------------------------------------

ENGLISH = """# हिमालयी शिखर सम्मेलन — Quick Notes

**सदस्य**: भारत, नेपाल, भूटान

## Goals

**जल सुरक्षा**: नदियों का साझा प्रबंधन।

## Key Areas

**पर्यटन**: तीर्थ सर्किट।

## Summits

- **2019, काठमांडू**: पहला सम्मेलन।

## Key Facts

- **पर्वत**: 2020 में नया मानचित्र।

## References

- 2021: एक लेख।
"""


def test_english_headings_have_roles():
    rows = parse(ENGLISH)
    assert [(s["heading"], s["role"]) for s in rows["sections"]] == [
        ("Goals", "objectives"), ("Key Areas", "cooperation_areas"), ("Summits", "summits"),
        ("Key Facts", "other"), ("References", "other")]
    assert [o["name"] for o in rows["objectives"]] == ["जल सुरक्षा"]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["पर्यटन"]
    assert held(rows) == [(2019, "Kathmandu", None, 1)]


def test_an_english_references_section_states_nothing():
    rows = parse(ENGLISH)
    assert all(e["period_start"][:4] != "2021" for e in rows["timeline"])


# --- numeric dates, the month first, a weekday before the date ----------------------------------


def test_numeric_and_month_first_dates_are_days():
    from pipeline.parse.language.dates import find_periods
    assert [p.label for _, _, p in find_periods("12/03/2021 को")] == ["2021-03-12"]
    assert [p.label for _, _, p in find_periods("2025-06-05")] == ["2025-06-05"]
    assert [p.label for _, _, p in find_periods("मार्च 12, 2024")] == ["2024-03-12"]


def test_number_runs_that_are_no_dates_stay_years():
    from pipeline.parse.language.dates import find_periods
    assert [p.label for _, _, p in find_periods("2019-20 का बजट")] == ["2019"]
    assert [p.label for _, _, p in find_periods("31/02/2021")] == ["2021"]  # no such day
    assert [p.label for _, _, p in find_periods("संस्करण 2.0 2021")] == ["2021"]


DATED = """उत्तर सागर शिखर सम्मेलन — नोट्स

शिखर सम्मेलन
- 12/03/2021, ओस्लो: पहला शिखर सम्मेलन।
- शुक्रवार, 14 अप्रैल 2023 — कोपेनहेगन: दूसरा शिखर सम्मेलन।
- मार्च 12, 2024 (स्टॉकहोम): तीसरा शिखर सम्मेलन।
"""


def test_entries_labelled_with_such_dates_are_read():
    assert held(parse(DATED)) == [(2021, "Oslo", "2021-03-12", 1), (2023, "Copenhagen", "2023-04-14", 2),
                                  (2024, "Stockholm", "2024-03-12", 3)]


def test_wikitext_headings_are_headings_and_other_equals_signs_stay():
    from pipeline.parse.layout.structure import markdown_free
    assert markdown_free("== इतिहास ==") == ("इतिहास", True)
    assert markdown_free("=== सहयोग के क्षेत्र ===") == ("सहयोग के क्षेत्र", True)
    assert markdown_free("== इतिहास =")[1] is False  # unbalanced: no heading
    assert markdown_free("क = 2 गुणा")[1] is False


def test_a_founding_in_a_city_under_a_heading_naming_summits_is_no_summit():
    doc = """भारत-खाड़ी शिखर सम्मेलन

भारत-खाड़ी शिखर सम्मेलन भारत और छह खाड़ी देशों के नेताओं की बैठक है।

शिखर सम्मेलनों की पृष्ठभूमि

1981, रियाद: खाड़ी सहयोग परिषद की स्थापना।
1985, मस्कट: सुरक्षा समझौते पर हस्ताक्षर।

उद्देश्य

ऊर्जा सुरक्षा: तेल की स्थिर आपूर्ति।
"""
    assert parse(doc)["summits"] == []


def test_a_numbered_entry_with_its_date_is_no_heading():
    doc = """भारत-नॉर्डिक शिखर सम्मेलन

भारत और नॉर्डिक देशों के नेताओं की बैठक।

शिखर सम्मेलन

1. पहला शिखर सम्मेलन (2018, स्टॉकहोम)

इसमें नवाचार पर चर्चा हुई।

2. दूसरा शिखर सम्मेलन (2022, कोपेनहेगन)

इसमें हरित संक्रमण पर चर्चा हुई।
"""
    rows = parse(doc)
    assert [s["heading"] for s in rows["sections"]] == ["शिखर सम्मेलन"]
    assert held(rows) == [(2018, "Stockholm", None, 1), (2022, "Copenhagen", None, 2)]


def test_an_arrow_separates_label_and_text():
    doc = """## शंघाई सहयोग संगठन शिखर सम्मेलन — Revision

## सम्मेलन

- 2020 (मॉस्को) → 20वाँ सम्मेलन, वर्चुअल।
- 2022 => समरकंद: 22वाँ सम्मेलन।
"""
    rows = parse(doc)
    assert [(s["year"], s["city"], s["edition"], s["mode"]) for s in rows["summits"]] == [
        (2020, "मॉस्को", 20, "virtual"), (2022, "समरकंद", 22, "in_person")]
    from pipeline.parse.layout.structure import Line, split_item
    assert split_item(Line(1, "मूल्य x->y बदला")) is None  # an arrow inside a word separates nothing


def test_a_piped_line_with_a_date_and_a_city_is_an_entry():
    doc = """## शंघाई सहयोग संगठन शिखर सम्मेलन — Revision

## सम्मेलन

- 2021 | दुशांबे | 21वाँ सम्मेलन
- 2022 | नोट | 22वाँ सम्मेलन
"""
    rows = parse(doc)
    assert [(s["year"], s["city"], s["edition"]) for s in rows["summits"]] == [(2021, "दुशांबे", 21)]
    assert (6, "bad_year") in issues(rows)  # 'नोट' is no city: the line is not read, and says so


def test_a_label_only_entry_with_a_known_city_is_read_and_one_without_is_an_issue():
    doc = """बंगाल की खाड़ी शिखर सम्मेलन — नोट्स

शिखर सम्मेलन
1. 2015, ढाका
2. 2017, काठमांडू
3. 2019:
4. 2020, नोट
"""
    rows = parse(doc)
    # (the list numbers its summits from the first, lines not read too: each number is an edition)
    assert held(rows) == [(2015, "Dhaka", None, 1), (2017, "Kathmandu", None, 2)]
    assert (6, "empty_entry") in issues(rows) and (7, "bad_year") in issues(rows)


def test_months_and_seasons_in_a_label_are_no_place():
    from pipeline.parse.layout.summits import read_entries
    from pipeline.parse.layout.structure import Line
    def read(text):
        found = read_entries(Line(1, text))
        return [(e.period.label, e.place.city if e.place else None) for e in found] if isinstance(found, list) else found.reason
    assert read("- नवंबर-दिसंबर 2015, ढाका: पहला सम्मेलन।") == [("2015", "ढाका")]
    assert read("- नवंबर–दिसंबर 2015: पहला सम्मेलन।") == [("2015", None)]
    assert read("- मध्य 2016 — काठमांडू: दूसरा सम्मेलन।") == [("2016", "काठमांडू")]
    assert read("- 2015 (मध्य): तीसरा सम्मेलन।") == [("2015", None)]
    assert read("- 2015 की शरद ऋतु, ढाका: पहला सम्मेलन।") == "bad_year"
    assert read("- दिसंबर 2015, ढाका: चौथा सम्मेलन।") == [("2015-12", "ढाका")]


def test_yaml_front_matter_is_no_title_and_a_lone_rule_changes_nothing():
    doc = """---
title: नोट्स
tags: [अंतरराष्ट्रीय संबंध]
---

# कैरेबियाई समुदाय शिखर सम्मेलन

**सदस्य**: जमैका, त्रिनिदाद और टोबैगो, बारबाडोस, गुयाना

## सम्मेलन
- **2019, कास्ट्रीज़**: 40वाँ सम्मेलन।
"""
    rows = parse(doc)
    assert rows["documents"][0]["title"] == "कैरेबियाई समुदाय शिखर सम्मेलन"
    assert len(rows["parties"]) == 4
    # a rule above the title, with no closing one, is just a rule
    ruled = parse("---\n" + doc.split("---\n", 2)[2].lstrip())
    assert ruled["documents"][0]["title"] == "कैरेबियाई समुदाय शिखर सम्मेलन"


# --- bullets of any symbol; the same symbols may decorate a heading --------------------------

SYMBOL_BULLETS = """ग्रेट लेक्स शिखर मंच: परीक्षा नोट्स

★ उद्देश्य
➤ जल सुरक्षा: साझा नदियों का प्रबंधन
■ व्यापार: सीमा शुल्क घटाना

★ सहयोग के क्षेत्र
🔹 ऊर्जा: ग्रिड जोड़ना
✔️ पर्यटन: साझा वीज़ा

★ परीक्षा में फँसाने वाले बिंदु
➤ 2030 तक व्यापार दोगुना करने का लक्ष्य
"""


def test_any_symbol_is_a_bullet_and_a_decorated_short_line_is_a_heading():
    rows = parse(SYMBOL_BULLETS)
    assert sorted(o["name"] for o in rows["objectives"]) == ["जल सुरक्षा", "व्यापार"]
    assert sorted(a["name"] for a in rows["cooperation_areas"]) == ["ऊर्जा", "पर्यटन"]
    assert rows["summits"] == []


def test_a_city_cell_with_a_dotted_short_form_names_the_city():
    assert label_place("वॉशिंगटन डी.सी.", default_lexicon()).city == "वॉशिंगटन"
    assert label_place("डी.सी.", default_lexicon()).kind == "unknown"  # the short form alone names nothing known


def test_an_unknown_name_before_the_summit_noun_and_its_verb_is_the_place():
    lexicon = default_lexicon()
    assert find_place("16 अक्टूबर को तिराना में सम्मेलन हुआ — पहली बार", lexicon).city == "तिराना"
    assert find_place("12 जुलाई को त्रिएस्ते (इटली) में शिखर सम्मेलन आयोजित किया गया", lexicon).city == "त्रिएस्ते"
    assert find_place("इस वर्ष में सम्मेलन हुआ", lexicon) is None  # a time, not a place
    assert find_place("तिराना में सम्मेलन की तैयारी पर चर्चा", lexicon) is None  # no verb of holding


def test_days_in_brackets_after_the_year_date_the_entry():
    from pipeline.parse.layout.summits import label_head
    period, place = label_head("२००३ (११–१२ दिसंबर), टोक्यो", default_lexicon())
    assert (period.start.isoformat(), period.end.isoformat(), place.city) == ("2003-12-11", "2003-12-12", "टोक्यो")
    assert label_head("2015 (2 चरण), दिल्ली", default_lexicon()) is None  # a number in brackets that is no day


def test_a_year_label_whose_text_opens_with_days_and_a_city_is_placed_there():
    from pipeline.parse.layout.summits import _dated_and_placed_text
    lexicon = default_lexicon()
    period, place = _dated_and_placed_text("30–31 अक्टूबर, नाननिंग (ग्वांग्शी, चीन); पहला स्मारक सम्मेलन", 2006, lexicon)
    assert (period.start.isoformat(), place.city) == ("2006-10-30", "नाननिंग")
    assert _dated_and_placed_text("22 नवंबर, वर्चुअल; 30वीं वर्षगांठ", 2021, lexicon) is None
    assert _dated_and_placed_text("15 अक्टूबर, पहला सम्मेलन हुआ जिसमें कई नेता आए", 2006, lexicon) is None


def test_a_year_label_whose_text_opens_with_a_city_and_days_is_placed_there_not_in_a_later_place():
    from pipeline.parse.layout.summits import _dated_and_placed_text
    lexicon = default_lexicon()
    period, place = _dated_and_placed_text("क्योटो (जापान), 16–23 मार्च — शिगा और ओसाका में भी सत्र हुए।", 2003, lexicon)
    assert (period.start.isoformat(), period.end.isoformat(), place.city) == ("2003-03-16", "2003-03-23", "क्योटो")
    # the days may span a spaced dash; the colon ends the opening
    period, place = _dated_and_placed_text("जोहान्सबर्ग (दक्षिण अफ्रीका), 26 अगस्त – 4 सितंबर : रियो+10", 2002, lexicon)
    assert (period.end.isoformat(), place.city) == ("2002-09-04", "जोहान्सबर्ग")
    assert _dated_and_placed_text("पहला सम्मेलन हुआ, 15 अक्टूबर — बाद में पेरिस में भी", 2006, lexicon) is None
    assert _dated_and_placed_text("वर्चुअल, 22 नवंबर; 30वीं वर्षगांठ", 2021, lexicon) is None
    # a venue with its town in brackets is left to the reading by position
    assert _dated_and_placed_text("सनीलैंड्स (रैंचो मिराज, कैलिफ़ोर्निया), 7–8 जून: वार्ता", 2013, lexicon) is None
    rows = parse("# विश्व नदी मंच\n\n## मंच\n\n"
                 "- 2003: क्योटो (जापान), 16–23 मार्च — शिगा और ओसाका में भी सत्र हुए।\n"
                 "- 2006: इस्तांबुल (तुर्की), 16–22 मार्च — अंकारा में भी एक बैठक हुई।\n")
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2003, "Kyoto"), (2006, "Istanbul")]


def test_a_street_address_in_brackets_after_the_place_is_no_second_number():
    from pipeline.parse.layout.summits import label_head
    lexicon = default_lexicon()
    period, place = label_head("15 दिसंबर 1993, लंदन (10 डाउनिंग स्ट्रीट)", lexicon)
    assert (period.start.isoformat(), place.city) == ("1993-12-15", "लंदन")
    period, place = label_head("4 जुलाई 2001, वॉशिंगटन (1600 Pennsylvania Avenue)", lexicon)
    assert place.city == "वॉशिंगटन"
    assert label_head("15 दिसंबर 1993, लंदन (10 दिन)", lexicon) is None  # a number that is no address
    assert label_head("2015 (2 चरण), दिल्ली", lexicon) is None


def test_another_series_summit_named_as_the_occasion_is_a_time_reference():
    neutral = without_time_references("१५ अक्टूबर, २०१६, गोवा (ब्रिक्स के आठवें शिखर सम्मेलन के साथ)")
    assert "सम्मेलन" not in neutral and "आयोजन के साथ" in neutral
    assert "आयोजन के इतर" in without_time_references("जी20 शिखर सम्मेलन के इतर बैठक")
    assert without_time_references("ब्रिक्स का आठवाँ शिखर सम्मेलन गोवा में हुआ") == "ब्रिक्स का आठवाँ शिखर सम्मेलन गोवा में हुआ"


# --- wikitext (session 7): '''bold''' labels, <ref> citations, {| |} tables --------------------

WIKITEXT = """त्रिकोण समूह शिखर सम्मेलन

'''त्रिकोण समूह''' तीन देशों का मंच है।<ref>घोषणा, 2016</ref>

== उद्देश्य ==
* '''आर्थिक विकास''': निवेश और रोज़गार।

== शिखर सम्मेलन ==
{| class="wikitable"
|+ सम्मेलन
! क्रमांक !! वर्ष !! तिथि !! शहर !! देश
|-
| 1 || 2016 || 9 सितंबर || [[एथेंस]] || यूनान
|-
| 2 || rowspan="2" | 2017 || 28 जनवरी || लिस्बन || पुर्तगाल
|-
| 3 || 10 अप्रैल || style="color:red" | [[मैड्रिड (स्पेन)|मैड्रिड]] || स्पेन
|}
"""


def test_a_wikitext_table_reads_like_a_pipe_table_with_merged_year_cells():
    rows = parse(WIKITEXT)
    assert held(rows) == [(2016, "Athens", "2016-09-09", 1), (2017, "Lisbon", "2017-01-28", 2),
                          (2017, "Madrid", "2017-04-10", 3)]
    assert [o["name"] for o in rows["objectives"]] == ["आर्थिक विकास"]


def test_a_wikitext_table_without_a_year_column_states_no_summit():
    text = WIKITEXT.replace("! क्रमांक !! वर्ष !! तिथि !! शहर !! देश", "! क्रमांक !! टिप्पणी !! नोट !! नाम !! राष्ट्र")
    assert held(parse(text)) == []


def test_wikitext_markup_is_dropped_but_a_ditto_cell_is_kept():
    from pipeline.parse.layout.structure import markdown_free, wikitext_tables
    assert markdown_free("* '''ऊर्जा''': ग्रिड<ref name=\"a\">स्रोत</ref>")[0] == "- ऊर्जा: ग्रिड"
    assert markdown_free("| '' | 21 नवंबर | '' |")[0] == "| '' | 21 नवंबर | '' |"
    assert markdown_free("ओ'नील ने 2001 में")[0] == "ओ'नील ने 2001 में"
    plain = ["| 1 | 2016 |", "पाठ"]
    assert wikitext_tables(plain) == [(1, "| 1 | 2016 |"), (2, "पाठ")]


NESTED_GOALS = """# त्रिकोण मंच (मेरे नोट्स)\r
\r
## उद्देश्य\r
- **ऊर्जा सहयोग**: गैस भंडारों का साझा उपयोग\r
  - 2020 में समुद्री सीमा समझौता — यह summit नहीं था\r
- **क्षेत्रीय स्थिरता**: आतंकवाद पर साझा रुख\r
"""


def test_a_nested_bullet_under_an_objective_is_no_objective():
    rows = parse(NESTED_GOALS)
    assert [o["name"] for o in rows["objectives"]] == ["ऊर्जा सहयोग", "क्षेत्रीय स्थिरता"]


def test_indented_items_under_an_introduction_are_still_items():
    text = NESTED_GOALS.replace("## उद्देश्य\r\n", "## उद्देश्य\r\nमुख्य उद्देश्य इस प्रकार हैं:\r\n").replace(
        "- **ऊर्जा", "  - **ऊर्जा").replace("- **क्षेत्रीय", "  - **क्षेत्रीय").replace("  - 2020", "    - 2020")
    assert [o["name"] for o in parse(text)["objectives"]] == ["ऊर्जा सहयोग", "क्षेत्रीय स्थिरता"]


JOINED_NOTES = """# त्रिकोण मंच शिखर सम्मेलन (मेरे नोट्स)\r
\r
## शिखर सम्मेलन\r
- [x] पहला: 8 नवंबर 2014, काहिरा\r
- [x] 2015 (पेरिस, 29 अप्रैल) और 2015 (एथेंस, 9 दिसंबर) — एक ही साल में दो!\r
4. 2017 रोम और 2018 मैड्रिड (दूसरी बार)\r
"""


def test_two_summits_joined_by_aur_need_no_colon():
    assert held(parse(JOINED_NOTES)) == [(2014, "Cairo", "2014-11-08", 1), (2015, "Paris", "2015-04-29", None),
                                         (2015, "Athens", "2015-12-09", None), (2017, "Rome", None, None),
                                         (2018, "Madrid", None, None)]


def test_a_joined_line_whose_second_part_names_no_place_is_no_pair_of_summits():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    for text in ("- 2015 (पेरिस) और 2016 की योजना", "2020 में यूनान और मिस्र ने समझौता किया"):
        found = read_entries(Line(1, text))
        assert not isinstance(found, list) or len(found) < 2


TIMELINE_REPEAT = """त्रिकोण शिखर सम्मेलन — नोट्स

अब तक के शिखर सम्मेलन
• 7–9 मार्च 1977, काहिरा (मिस्र) — पहला त्रिकोण शिखर सम्मेलन; घोषणापत्र अपनाया गया।
• 10 अक्टूबर 2010, सिर्ते (लीबिया) — दूसरा सम्मेलन।

समयरेखा
1977 — काहिरा सम्मेलन (पहला)
1977–2010 — सम्मेलन प्रक्रिया ठप रही
2010 — लीबिया में दूसरा सम्मेलन
2019 — सऊदी अरब में तीसरा सम्मेलन प्रस्तावित था, पर स्थगित हो गया
"""


def test_a_timeline_year_without_city_repeats_the_listed_summit_of_that_year():
    assert [(y, c) for y, c, _, _ in held(parse(TIMELINE_REPEAT))] == [(1977, "Cairo"), (2010, "Sirte")]


def test_a_timeline_year_with_another_number_is_another_summit():
    text = TIMELINE_REPEAT.replace("1977 — काहिरा सम्मेलन (पहला)", "1977 — वर्ष का तीसरा सम्मेलन")
    assert [(y, e) for y, _, _, e in held(parse(text))].count((1977, 3)) == 1


# --- a members' line whose label counts the sides; a side glossed with an acronym ------------

TWO_SIDES = """## त्रिकोण–सागर शिखर सम्मेलन: Revision Notes\r
\r
**दो पक्ष**: यूरोपीय संघ (EU, 27 सदस्य देश) और सागर तटीय राज्यों का समुदाय (SATRA, 12 देश)\r
\r
## सहयोग के प्रमुख क्षेत्र\r
**व्यापार**: निवेश\r
"""


def test_a_counted_sides_label_lists_the_parties_and_an_acronym_names_an_unknown_side():
    parties = [(p["name"], p["name_en"], p["name_en_source"]) for p in parse(TWO_SIDES)["parties"]]
    assert ("सागर तटीय राज्यों का समुदाय", "SATRA", "text") in parties
    assert [p[1] for p in parties].count("European Union") == 1


def test_an_acronym_outside_a_members_line_names_no_party():
    text = TWO_SIDES.replace("**दो पक्ष**", "**दो बातें**")
    assert "SATRA" not in [p["name_en"] for p in parse(text)["parties"]]


def test_a_known_side_keeps_its_name_when_glossed():
    from pipeline.parse.parties import glossed_sides
    lexicon = default_lexicon()
    assert glossed_sides("यूरोपीय संघ (EU, 27 सदस्य देश) और सागर समुदाय (SATRA)", lexicon) == ["सागर समुदाय (SATRA)"]
    assert glossed_sides("भारत (मेज़बान) और जापान", lexicon) == []


# --- 'CITY, COUNTRY — DATE': the place first, then a dash and the date ------------------------


def test_a_place_then_a_dash_and_a_date_is_an_entry():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    found = read_entries(Line(1, "3. ओटावा, कनाडा — 26–27 जून 2002"))
    assert [(e.period.label, e.place.city) for e in found] == [("2002-06-26/2002-06-27", "ओटावा")]
    found = read_entries(Line(1, "- सुवा (फिजी) — 19 नवंबर 2014; पहला सम्मेलन"))
    assert [(e.period.label, e.place.city, e.edition) for e in found] == [("2014-11-19", "सुवा", 1)]


def test_a_founding_or_a_declaration_before_a_dash_is_no_place():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    for text in ("- स्थापना — 1997, बैंकॉक", "- बैंकॉक घोषणा — 6 जून 1997", "- ओटावा (कनाडा) — 2002 में G8 के बाद"):
        assert not isinstance(read_entries(Line(1, text)), list), text


JOINED_LATER = """प्रशांत द्वीप नेताओं की बैठक

यह बैठक जापान और प्रशांत द्वीपीय देशों का शिखर सम्मेलन है। इसमें जापान के साथ फ़िजी, समोआ, टोंगा और पलाऊ भाग लेते हैं।

पृष्ठभूमि

ऑस्ट्रेलिया और न्यूज़ीलैंड बाद में इस प्रक्रिया से जुड़े, और भारत के प्रधानमंत्री ने 2018 की बैठक में भाग लिया।
चीन ने अतिथि के रूप में 2021 की बैठक में भाग लिया।

बैठकें

| क्रम | वर्ष | तिथि | स्थान |
|---|---|---|---|
| 1 | 1997 | 13 अक्टूबर | तोक्यो |
"""


def test_countries_that_joined_the_process_later_are_parties_but_not_a_leader_or_a_guest():
    names = [p["name_en"] for p in parse(JOINED_LATER)["parties"]]
    assert {"Australia", "New Zealand"} <= set(names)
    assert "India" not in names and "China" not in names


DAYS_THEN_SUMMIT_CLAUSE = """# त्रिकोण स्मारक शिखर सम्मेलन — Notes\r
\r
## दोनों सम्मेलन — विस्तार से\r
**2006**: 30–31 अक्टूबर, नाननिंग (ग्वांग्शी, चीन); पहला स्मारक सम्मेलन; चीन की धरती पर पहला त्रिकोण शिखर सम्मेलन\r
**2019**: 5 मार्च को व्यापार समझौता; इसके बाद बैंकॉक में हुए शिखर सम्मेलन में घोषणा\r
"""


def test_days_opening_an_entry_stay_its_date_when_a_later_clause_names_the_summit():
    rows = parse(DAYS_THEN_SUMMIT_CLAUSE)
    dates = {s["year"]: (s["date"], s["date_end"]) for s in rows["summits"] if s["status"] == "held"}
    assert dates[2006] == ("2006-10-30", "2006-10-31")
    assert dates[2019] == (None, None)  # the day is the agreement's, not the summit's


# --- one table column for the date and the place ('तिथि और स्थान', 'वर्ष/स्थान') --------------

JOINT_COLUMN = """त्रिकोण शिखर सम्मेलन

त्रिकोण तीन देशों का मंच है।

== शिखर सम्मेलनों की सूची ==
| क्रम | तिथि और स्थान | टिप्पणी |
|---|---|---|
| 1 | 16 जून 2009, येकातेरिनबर्ग | पहला |
| 2 | 15 अप्रैल 2010, ब्रासीलिया | — |
| 3 | 17 नवंबर 2020, वर्चुअल | कोविड-19 |
"""


def test_a_joint_date_and_place_column_gives_both():
    rows = parse(JOINT_COLUMN)
    assert held(rows) == [(2009, "Yekaterinburg", "2009-06-16", 1), (2010, "Brasília", "2010-04-15", 2),
                          (2020, None, "2020-11-17", 3)]
    assert [s["mode"] for s in rows["summits"]][-1] == "virtual"


def test_a_joint_column_of_topics_and_places_is_no_summit_table():
    text = JOINT_COLUMN.replace("तिथि और स्थान", "विषय और स्थान").replace("16 जून 2009, ", "ऊर्जा, ").replace(
        "15 अप्रैल 2010, ", "व्यापार, ").replace("17 नवंबर 2020, ", "स्वास्थ्य, ")
    assert held(parse(text)) == []


# --- a line that is only a list of summits ----------------------------------------------------


def test_a_line_listing_summits_by_year_and_city_gives_each():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    found = read_entries(Line(1, "• 2009 (येकातेरिनबर्ग), 2010 (ब्रासीलिया), 2011 (सान्या)"))
    assert [(e.period.year, e.place.city) for e in found] == [(2009, "येकातेरिनबर्ग"), (2010, "ब्रासीलिया"), (2011, "सान्या")]
    found = read_entries(Line(1, "स्मारक सम्मेलन अब तक: 2006 – नाननिंग; 2021 – वीडियो कॉन्फ्रेंस द्वारा"))
    assert [(e.period.year, e.place.city if e.place else None) for e in found] == [(2006, "नाननिंग"), (2021, None)]


def test_a_line_listing_documents_or_years_is_no_list_of_summits():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    for text in ("• 2001 (शंघाई घोषणा), 2002 (चार्टर), 2004 (सचिवालय)", "• 2001 (शंघाई घोषणा) और 2002 (चार्टर)",
                 "प्रमुख वर्ष: 2009, 2010, 2011"):
        found = read_entries(Line(1, text))
        assert not isinstance(found, list) or len(found) < 2, text


def test_an_ordinal_alone_in_brackets_numbers_the_entry():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    found = read_entries(Line(1, "• ब्रासीलिया — 16 जून 2009 (पहला)"))
    assert [(e.period.label, e.place.city, e.edition) for e in found] == [("2009-06-16", "ब्रासीलिया", 1)]
    assert [e.edition for e in read_entries(Line(1, "• 2010 → ब्रासीलिया (दूसरा सम्मेलन)"))] == [2]


def test_a_first_time_in_brackets_is_no_edition():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    assert [e.edition for e in read_entries(Line(1, "• 2010 → ब्रासीलिया (पहली बार भारत के बाहर)"))] == [None]
    assert [e.edition for e in read_entries(Line(1, "• 2010 → ब्रासीलिया (पहला) (दूसरा)"))] == [None]


def test_a_task_list_box_is_markup_and_a_footnote_stays_dropped():
    from pipeline.parse.layout.structure import markdown_free
    assert markdown_free("- [ ] **ऊर्जा**: ग्रिड")[0] == "- ऊर्जा: ग्रिड"
    assert markdown_free("1. [X] पहला: 2014, काहिरा")[0] == "1. पहला: 2014, काहिरा"
    assert markdown_free("सम्मेलन में [ ] खाली")[0] == "सम्मेलन में [ ] खाली"  # a box only opens an item


def test_closing_hashes_and_a_level_one_wikitext_heading_are_markup():
    from pipeline.parse.layout.structure import markdown_free
    assert markdown_free("# त्रिकोण शिखर सम्मेलन — नोट्स #") == ("त्रिकोण शिखर सम्मेलन — नोट्स", True)
    assert markdown_free("= त्रिकोण शिखर सम्मेलन =") == ("त्रिकोण शिखर सम्मेलन", True)
    assert markdown_free("# C# और F# भाषाएँ") == ("C# और F# भाषाएँ", True)  # a hash inside a word stays
    assert markdown_free("x = 5 =")[1] is False


# --- a label that names one summit without a date ('अंतिम सम्मेलन: CITY, DATE') ---------------


def test_a_label_naming_one_summit_takes_the_date_and_place_after_it():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries

    def read(text):
        found = read_entries(Line(1, text))
        return [(e.period.label, e.place.city if e.place else None, e.edition, e.status) for e in found] \
            if isinstance(found, list) else found

    assert read("• अंतिम सम्मेलन: ब्रासीलिया (ब्राज़ील), 17 जून 2013") == [("2013-06-17", "ब्रासीलिया", None, "held")]
    assert read("• नवीनतम (16वाँ) सम्मेलन: 2024, कज़ान") == [("2024", "कज़ान", 16, "held")]
    assert read("1. रूस 1997 में पूरी तरह जुड़ा; पहला औपचारिक सम्मेलन: बर्मिंघम (ब्रिटेन), 15 मई 1998") == [
        ("1998-05-15", "बर्मिंघम", 1, "held")]
    assert read("• अगला सम्मेलन: 2026, रियाद")[0][3] == "planned"


def test_a_ministers_label_or_a_quoted_colon_makes_no_named_summit():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    assert not isinstance(read_entries(Line(1, "• विदेश मंत्रियों की बैठक सूची में नहीं: कोई तिथि नहीं")), list)
    found = read_entries(Line(1, '• 9–10 सितंबर 2023, नई दिल्ली — 18वाँ शिखर सम्मेलन; थीम "एक पृथ्वी : एक परिवार"'))
    assert [(e.period.label, e.place.city, e.edition) for e in found] == [("2023-09-09/2023-09-10", "नई दिल्ली", 18)]


def test_english_ordinal_suffixes_number_a_summit_but_not_a_word():
    assert find_ordinal("3rd शिखर सम्मेलन") == 3
    from pipeline.parse.language.dates import leading_ordinal
    assert leading_ordinal("2nd") == 2 and leading_ordinal("10th Summit") == 10
    assert leading_ordinal("1stclass: x") is None
    assert find_ordinal("2010 में सम्मेलन") is None


def test_two_summits_listed_with_a_semicolon_or_a_comma_give_two():
    rows = parse(JOINED_NOTES.replace("4. 2017 रोम और 2018 मैड्रिड (दूसरी बार)", "- **2017** रोम; **2018** मैड्रिड"))
    assert [(y, c) for y, c, _, _ in held(rows)][-2:] == [(2017, "Rome"), (2018, "Madrid")]
    rows = parse(JOINED_NOTES.replace("4. 2017 रोम और 2018 मैड्रिड (दूसरी बार)", "- 2017 रोम घोषणा, 2018 मैड्रिड संधि"))
    assert [y for y, _, _, _ in held(rows)] == [2014, 2015, 2015]


def test_citations_and_templates_in_wikitext_cells_do_not_split_them():
    text = WIKITEXT.replace("| 1 || 2016 || 9 सितंबर || [[एथेंस]] || यूनान",
                            "| 1 || 2016<ref name=\"a\">{{cite web|url=x|title=y}}</ref> || 9 सितंबर || [[एथेंस]] || {{flagicon|GRC}} यूनान")
    assert held(parse(text))[0] == (2016, "Athens", "2016-09-09", 1)


def test_the_place_an_entry_opens_with_beats_a_place_its_text_adds():
    from pipeline.parse.layout.summits import _opening_place
    lexicon = default_lexicon()
    assert _opening_place("क्योटो — शिगा और ओसाका में भी सत्र हुए।", lexicon).city == "क्योटो"
    assert _opening_place("क्योटो (जापान), मार्च — ओसाका में भी सत्र हुए।", lexicon).city == "क्योटो"
    assert _opening_place("सुंड्सवाल (स्वीडन) — दूसरा सत्र ओसाका में", lexicon).city == "सुंड्सवाल"  # unknown, with its country
    assert _opening_place("पहला मंच — ओसाका में हुआ।", lexicon) is None
    assert _opening_place("जल सुरक्षा — ओसाका में हुआ।", lexicon) is None  # an unknown name needs its country
    assert _opening_place("सुंड्सवाल (नीला) — ओसाका में", lexicon) is None  # a bracket that is no country
    rows = parse("# विश्व नदी मंच\n\n## मंच\n\n"
                 "- 2003: क्योटो (जापान) — शिगा और ओसाका में भी सत्र हुए।\n"
                 "- 16–23 मार्च 2006: इस्तांबुल — अंकारा में भी एक बैठक हुई।\n"
                 "- 2009: जल सुरक्षा — अंकारा में हुआ।\n")
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2003, "Kyoto"), (2006, "Istanbul"), (2009, "Ankara")]


def test_a_signing_a_later_clause_puts_at_ministers_level_is_no_summit():
    from pipeline.parse.layout.summits import is_ministerial
    assert is_ministerial("यह व्यापार मंत्रियों के स्तर पर हुआ था।")
    assert is_ministerial("बैठक वरिष्ठ अधिकारियों के स्तर पर हुई।")
    assert not is_ministerial("प्रधानमंत्रियों के स्तर पर शिखर वार्ता हुई।")  # the heads of government's
    text = ("# नदी समूह शिखर सम्मेलन\n\n## शिखर सम्मेलन\n\n"
            "- 1991 — प्राग: पहला शिखर सम्मेलन।\n"
            "- 1992: दिसंबर में ब्रनो में ही मुक्त व्यापार समझौते पर हस्ताक्षर हुए; यह व्यापार मंत्रियों के स्तर पर हुआ था।\n")
    assert [y for y, _, _, _ in held(parse(text))] == [1991]
    assert [y for y, _, _, _ in held(parse(text.replace("यह व्यापार मंत्रियों के स्तर पर", "यह नेताओं के स्तर पर")))] == [1991, 1992]
