"""Table rules of session 9 (issue 8): summit tables as new writers lay them out on Hindi
Wikipedia's pattern. One rule per test, on small invented documents, each with a case where
the rule applies and one where it must not."""

from __future__ import annotations

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
    # whether or not the long line is taken for a heading, the table's rows are summits,
    # not items of the areas' section above, and never dropped
    rows = parse(WIKI.format(heading="समझौता लागू होने के बाद हुए सभी बड़े सम्मेलन", table=SESSIONS))
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2016, "Nairobi"), (2018, "Geneva")]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["हिमनद", "नदी बेसिन"]
    # a table of the areas themselves (no year, no place column) under a sentence that is no
    # heading stays the areas' section's items
    areas = "| क्षेत्र | विवरण |\n|---|---|\n| भूजल | कुओं का मानचित्रण |"
    rows = parse(WIKI.format(heading="समझौते के बाद जुड़े क्षेत्रों का ब्योरा नीचे की तालिका में है।", table=areas))
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


LIST = """दक्षिणी सागर देशों का शिखर सम्मेलन

दक्षिणी सागर देशों का शिखर सम्मेलन तटीय देशों के नेताओं की बैठक है।

शिखर सम्मेलनों की सूची

{table}
"""


def _table(table: str) -> list[tuple]:
    return held(parse(LIST.format(table=table)))


def _issues(table: str) -> list[str]:
    return [p["reason"] for p in parse(LIST.format(table=table))["parse_issues"]]


def test_hindi_wikipedia_header_with_host_country_city_and_leader():
    table = """| क्रम | तिथि | मेज़बान देश | मेज़बान शहर | मेज़बान नेता |
|---|---|---|---|---|
| 1 | 12–13 मार्च 2009 | जापान | टोक्यो | प्रधानमंत्री तारो आसो |
| 2 | 4 मई 2011 | भारत | नई दिल्ली | प्रधानमंत्री मनमोहन सिंह |"""
    # the host leader's title is no sign of a ministers' meeting
    assert _table(table) == [(2009, "Tokyo", "2009-03-12", 1), (2011, "New Delhi", "2011-05-04", 2)]


def test_a_year_and_place_table_and_a_summit_column_of_ordinals():
    assert _table("| वर्ष | स्थान |\n|---|---|\n| 2009 | टोक्यो |\n| 2014 | सिडनी, ऑस्ट्रेलिया |") == [
        (2009, "Tokyo", None, None), (2014, "Sydney", None, None)]
    table = "| सम्मेलन | वर्ष | स्थान |\n|---|---|---|\n| पहला | 2009 | टोक्यो |\n| दूसरा | 2011 | नई दिल्ली |"
    assert _table(table) == [(2009, "Tokyo", None, 1), (2011, "New Delhi", None, 2)]


def test_devanagari_digits_in_every_column():
    table = "| क्रम | वर्ष | तिथि | शहर |\n|---|---|---|---|\n| १ | २००९ | १२–१३ मार्च | टोक्यो |\n| २ | २०११ | ४ मई | नई दिल्ली |"
    assert _table(table) == [(2009, "Tokyo", "2009-03-12", 1), (2011, "New Delhi", "2011-05-04", 2)]


def test_footnote_marks_of_every_kind_are_not_part_of_a_cell():
    table = """| क्रम | वर्ष | शहर | देश |
|---|---|---|---|
| 1 | 2009[क] | टोक्यो[1] | जापान |
| 2 | 2011 | नई दिल्ली[नोट 1] | भारत |
| 3 | 2014† | सिडनी* | ऑस्ट्रेलिया |
| 4 | 2016 | पर्थ[उद्धरण चाहिए] | ऑस्ट्रेलिया |"""
    assert [(y, c) for y, c, _, _ in _table(table)] == [(2009, "Tokyo"), (2011, "New Delhi"), (2014, "Sydney"),
                                                       (2016, "Perth")]
    # a year the cell does not hold is still no year
    assert _issues("| वर्ष | शहर |\n|---|---|\n| [1] | टोक्यो |\n| 2011 | नई दिल्ली |") == ["bad_year"]


def test_a_host_country_column_alone_places_the_summit_in_no_city():
    table = "| वर्ष | मेज़बान देश |\n|---|---|\n| 2009 | जापान |\n| 2013 | सिंगापुर |"
    assert _table(table) == [(2009, None, None, None), (2013, "Singapore", None, None)]
    # a bare country column may say who joined when: not a summit table
    table = "| वर्ष | देश |\n|---|---|\n| 2009 | जापान |\n| 2013 | सिंगापुर |"
    assert _table(table) == []
    assert _issues(table) == ["unread_table_row", "unread_table_row"]


def test_a_merged_year_cell_left_blank_or_left_out():
    blank = """| वर्ष | शहर |
|---|---|
| 2009 | टोक्यो |
| | ओसाका |
| 2011 | नई दिल्ली |"""
    assert [(y, c) for y, c, _, _ in _table(blank)] == [(2009, "Tokyo"), (2009, "Osaka"), (2011, "New Delhi")]
    # a dash is a year not known, not the one above
    assert _issues(blank.replace("| | ओसाका |", "| — | ओसाका |")) == ["bad_year"]
    left_out = """| क्रम | वर्ष | तिथि | शहर | देश |
|---|---|---|---|---|
| 1 | 2009 | 12 मार्च | टोक्यो | जापान |
| 2 | 20 नवंबर | ओसाका | जापान |
| 3 | 2011 | 4 मई | नई दिल्ली | भारत |"""
    assert _table(left_out) == [(2009, "Tokyo", "2009-03-12", 1), (2009, "Osaka", "2009-11-20", 2),
                                (2011, "New Delhi", "2011-05-04", 3)]
    # a row short of its last cell (no remark) keeps its cells where they are
    short_end = left_out.replace("| 2 | 20 नवंबर | ओसाका | जापान |", "| 2 | 2010 | 20 नवंबर | ओसाका |")
    assert _table(short_end)[1] == (2010, "Osaka", "2010-11-20", 2)


def test_a_merged_city_cell_left_out_is_the_city_above():
    table = """| वर्ष | शहर | टिप्पणी |
|---|---|---|
| 2009 | टोक्यो | स्थापना |
| 2010 | जल संधि पर हस्ताक्षर |
| 2011 | नई दिल्ली | |"""
    assert [(y, c) for y, c, _, _ in _table(table)] == [(2009, "Tokyo"), (2010, "Tokyo"), (2011, "New Delhi")]
    # a short row whose cells fit as written keeps them: its remark is what is left out
    table = table.replace("| 2010 | जल संधि पर हस्ताक्षर |", "| 2010 | ओसाका |")
    assert [(y, c) for y, c, _, _ in _table(table)] == [(2009, "Tokyo"), (2010, "Osaka"), (2011, "New Delhi")]


def test_a_plan_in_the_remarks_before_the_rows_date_is_the_past_plan_of_a_held_summit():
    table = """| वर्ष | तिथि | शहर | टिप्पणी |
|---|---|---|---|
| 2009 | 12 मार्च | टोक्यो | पहले 5 जनवरी 2009 को प्रस्तावित था |
| 2011 | 4 मई | नई दिल्ली | |"""
    assert [y for y, _, _, _ in _table(table)] == [2009, 2011]
    later = table.replace("पहले 5 जनवरी 2009 को प्रस्तावित था", "अब 5 नवंबर 2009 के लिए प्रस्तावित")
    assert [y for y, _, _, _ in _table(later)] == [2011]


def test_headers_that_join_or_gloss_their_words():
    from pipeline.parse.layout.pipe_tables import column_roles
    assert column_roles(["क्र॰", "दिनांक/तिथि", "शहर, देश", "मेज़बान राष्ट्र"]) == ["edition", "date", "city", "country"]
    assert column_roles(["Year(s)", "तिथि(याँ)", "स्थान (देश)"]) == ["year", "date", "city"]
    # a header naming no column stays unnamed
    assert column_roles(["वर्ष", "शहर", "मुख्य परिणाम"]) == ["year", "city", None]
    table = """| क्र॰ | दिनांक/तिथि | शहर, देश |
|---|---|---|
| 1 | 12–13 मार्च 2009 | टोक्यो, जापान |
| 2 | 4 मई 2011 | नई दिल्ली, भारत |"""
    assert _table(table) == [(2009, "Tokyo", "2009-03-12", 1), (2011, "New Delhi", "2011-05-04", 2)]


def test_a_column_naming_each_summit_with_its_ordinal_numbers_them():
    table = """| शिखर सम्मेलन | तिथि | स्थान |
|---|---|---|
| पहला दक्षिणी सागर शिखर सम्मेलन | 12 मार्च 2009 | टोक्यो |
| दूसरा दक्षिणी सागर शिखर सम्मेलन | 4 मई 2011 | नई दिल्ली |"""
    assert [e for _, _, _, e in _table(table)] == [1, 2]
    # a remarks column that only sometimes opens with an ordinal numbers nothing
    table = table.replace("पहला दक्षिणी सागर शिखर सम्मेलन", "पहला सम्मेलन एशिया में").replace(
        "दूसरा दक्षिणी सागर शिखर सम्मेलन", "व्यापार समझौता")
    assert [e for _, _, _, e in _table(table)] == [None, None]


def test_a_place_or_day_still_to_be_fixed_is_a_planned_meeting_in_no_city():
    table = """| क्रम | वर्ष | शहर |
|---|---|---|
| 1 | 2009 | टोक्यो |
| 2 | 2011 | नई दिल्ली |
| 3 | 2031 | अभी तय नहीं |
| 4 | 2032 | घोषित होना बाकी |"""
    rows = parse(LIST.format(table=table))
    assert held(rows) == [(2009, "Tokyo", None, 1), (2011, "New Delhi", None, 2)]
    assert [(s["year"], s["city"], s["status"]) for s in rows["summits"][2:]] == [
        (2031, None, "planned"), (2032, None, "planned")]
    # a place not known is no place, but the meeting was held
    rows = parse(LIST.format(table=table.replace("अभी तय नहीं", "अज्ञात").replace("| 2032 | घोषित होना बाकी |", "| 2032 | सिडनी |")))
    assert held(rows)[2:] == [(2031, None, None, 3), (2032, "Sydney", None, 4)]


def test_a_status_written_in_the_city_column_is_no_city():
    table = """| वर्ष | शहर | देश |
|---|---|---|
| 2009 | टोक्यो | जापान |
| 2010 | स्थगित | भारत |"""
    rows = parse(LIST.format(table=table))
    assert [(s["year"], s["city"], s["status"]) for s in rows["summits"]] == [
        (2009, "टोक्यो", "held"), (2010, None, "cancelled")]


def test_a_table_pasted_with_tabs_between_its_cells():
    table = "क्रम\tवर्ष\tतिथि\tशहर\tमेज़बान देश\n1\t2009\t12–13 मार्च\tटोक्यो\tजापान\n2\t2011\t4 मई\tनई दिल्ली\tभारत"
    assert _table(table) == [(2009, "Tokyo", "2009-03-12", 1), (2011, "New Delhi", "2011-05-04", 2)]
    # a merged cell left out of a pasted row: the row is one cell short
    table += "\n3\t20 नवंबर\tओसाका\tजापान"
    assert _table(table)[2] == (2011, "Osaka", "2011-11-20", 3)
    # lines of a year and a city with no header are a list, not a table
    listed = "2009\tटोक्यो में पहला शिखर सम्मेलन\n2011\tनई दिल्ली में दूसरा शिखर सम्मेलन"
    assert [(y, c) for y, c, _, _ in _table(listed)] == [(2009, "Tokyo"), (2011, "New Delhi")]
    assert "unread_table_row" not in _issues(listed)


def test_a_table_listing_the_latest_summit_first_still_numbers_them():
    table = """| क्रम | वर्ष | शहर |
|---|---|---|
| 3 | 2014 | सिडनी |
| 2 | 2011 | नई दिल्ली |
| 1 | 2009 | टोक्यो |"""
    assert [(y, e) for y, _, _, e in _table(table)] == [(2014, 3), (2011, 2), (2009, 1)]
    # counting down to 4, not to 1: a count of something else
    assert [e for _, _, _, e in _table(table.replace("| 3 |", "| 6 |").replace("| 2 |", "| 5 |").replace(
        "| 1 |", "| 4 |"))] == [None, None, None]


def test_a_host_cell_naming_the_country_then_its_city():
    table = "| वर्ष | मेज़बान |\n|---|---|\n| 2009 | जापान (टोक्यो) |\n| 2011 | भारत, नई दिल्ली |"
    assert [(y, c) for y, c, _, _ in _table(table)] == [(2009, "Tokyo"), (2011, "New Delhi")]
    # a bracket that names no city leaves the country alone: no city
    table = "| वर्ष | मेज़बान |\n|---|---|\n| 2009 | जापान (सह-मेज़बान) |\n| 2011 | भारत |"
    assert [(y, c) for y, c, _, _ in _table(table)] == [(2009, None), (2011, None)]


OTHERS = """दक्षिणी सागर देशों का शिखर सम्मेलन

दक्षिणी सागर देशों का शिखर सम्मेलन तटीय देशों के नेताओं की बैठक है।

शिखर सम्मेलन

| क्रम | वर्ष | शहर |
|---|---|---|
| 1 | 2009 | टोक्यो |
| 2 | 2011 | नई दिल्ली |

{heading}

{table}
"""
SECOND = "| वर्ष | शहर |\n|---|---|\n| 2010 | सियोल |\n| 2012 | बैंकॉक |"


def _years(heading: str, table: str = SECOND) -> list[int]:
    return [y for y, _, _, _ in held(parse(OTHERS.format(heading=heading, table=table)))]


def test_a_table_under_a_heading_of_ministers_meetings_or_treaties_lists_no_summits():
    assert _years("विदेश मंत्रियों की बैठकें") == [2009, 2011]
    assert _years("प्रमुख संधियाँ") == [2009, 2011]
    rows = parse(OTHERS.format(heading="विदेश मंत्रियों की बैठकें", table=SECOND))
    assert [p["reason"] for p in rows["parse_issues"]] == ["not_a_summit", "not_a_summit"]
    # a heading naming the summits with them, or naming other summits, keeps them summits
    assert _years("शिखर सम्मेलन और मंत्रिस्तरीय बैठकें") == [2009, 2011, 2010, 2012]
    assert _years("बाद के शिखर सम्मेलन") == [2009, 2011, 2010, 2012]


def test_a_table_whose_first_column_names_a_treaty_lists_no_summits():
    treaties = "| संधि | वर्ष | हस्ताक्षर स्थल |\n|---|---|---|\n| समुद्री संधि | 2010 | सियोल |"
    assert _years("इतिहास", treaties) == [2009, 2011]
    meetings = "| सम्मेलन | वर्ष | स्थान |\n|---|---|---|\n| तीसरा | 2013 | सियोल |"
    assert _years("इतिहास", meetings) == [2009, 2011, 2013]


def test_a_status_cell_of_one_word_says_what_became_of_the_meeting():
    table = """| वर्ष | शहर | स्थिति |
|---|---|---|
| 2009 | टोक्यो | आयोजित |
| 2011 | नई दिल्ली | postponed |
| 2031 | सिडनी | आगामी |"""
    rows = parse(LIST.format(table=table))
    assert [(s["year"], s["status"]) for s in rows["summits"]] == [(2009, "held"), (2011, "cancelled"), (2031, "planned")]
    # the word inside a remark about something else says nothing of this row's meeting
    table = table.replace("| आगामी |", "| आगामी सम्मेलन की तैयारी यहीं हुई |").replace("| postponed |", "| |")
    assert [y for y, _, _, _ in _table(table)] == [2009, 2011, 2031]


def test_a_wikitext_table_with_line_breaks_and_templates_in_its_cells():
    table = """{| class="wikitable sortable"
! क्रम !! तिथि !! शहर !! देश
|-
| 1 || {{dts|2009|3|12}} || टोक्यो<br />(जापान) || {{flagicon|जापान}} {{flag|जापान}}
|-
| 2 || 4 मई<br>2011 || {{nowrap|नई दिल्ली}} || {{flag|भारत}}
|}"""
    assert _table(table) == [(2009, "Tokyo", "2009-03-12", 1), (2011, "New Delhi", "2011-05-04", 2)]
    # a template not known here shows nothing: the row has no date
    assert _issues(table.replace("{{dts|2009|3|12}}", "{{अज्ञात साँचा|2009}}")) == ["bad_year"]


def test_template_text():
    import re
    from pipeline.parse.layout.copied_tables import template_text
    shown = [template_text(re.match(r".*", t)) for t in (
        "{{flag|जापान}}", "{{flagicon|जापान}}", "{{dts|2009}}", "{{dts|2009|3|12}}", "{{sort|b|टोक्यो}}",
        "{{dts|2009|df=y}}")]
    assert shown == ["जापान", "", "2009", "2009-03-12", "टोक्यो", "2009"]


def test_columns_lined_up_with_spaces_are_a_table():
    table = """क्रम  वर्ष   तिथि          शहर
1     2009   12–13 मार्च   टोक्यो
2     2011   4 मई          नई दिल्ली"""
    assert _table(table) == [(2009, "Tokyo", "2009-03-12", 1), (2011, "New Delhi", "2011-05-04", 2)]
    # sentences with a double space here and there are no table: the summits stay the sentences'
    prose = ("पहला शिखर सम्मेलन 2009 में टोक्यो में हुआ।  दूसरा  सम्मेलन अगले वर्ष हुआ।\n"
             "तीसरा शिखर सम्मेलन 2011 में नई दिल्ली में हुआ।  इसमें  कई देश आए।\n"
             "चौथा शिखर सम्मेलन 2014 में सिडनी में हुआ।  यह  अंतिम था।")
    rows = parse(LIST.format(table=prose))
    assert "unread_table_row" not in [p["reason"] for p in rows["parse_issues"]]
    assert [y for y, _, _, _ in held(rows)][:1] == [2009]


def test_a_meeting_over_the_new_year_runs_into_the_next_year():
    table = "| वर्ष | तिथि | शहर |\n|---|---|---|\n| 2009 | 30 दिसंबर – 2 जनवरी | टोक्यो |"
    rows = parse(LIST.format(table=table))
    assert [(s["date"], s["date_end"]) for s in rows["summits"]] == [("2009-12-30", "2010-01-02")]
    # two months in their order stay in the row's year
    rows = parse(LIST.format(table=table.replace("30 दिसंबर – 2 जनवरी", "31 अगस्त – 1 सितंबर")))
    assert [(s["date"], s["date_end"]) for s in rows["summits"]] == [("2009-08-31", "2009-09-01")]
