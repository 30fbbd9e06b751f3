"""Layout and entry rules of session 8 (issue 8): summits in articles, notes and tables that
other writers lay out their own way. One rule per test, on small invented documents, each
with a case where the rule applies and one where it must not."""

from __future__ import annotations

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.summits import find_place
from parse_support import held, parse


ARTICLE = """बाल्टिक सागर मंच शिखर सम्मेलन

बाल्टिक सागर मंच तटीय देशों का एक परामर्श मंच है, जिसमें एस्टोनिया, लातविया और लिथुआनिया भागीदार हैं।

अब तक के सम्मेलन

{summits}
"""


def test_an_inaugural_summit_is_the_series_own():
    rows = parse(ARTICLE.format(summits="उद्घाटन शिखर सम्मेलन 12 मई 2019 को रीगा में हुआ, जिसमें नौ देशों ने भाग लिया।"))
    assert held(rows) == [(2019, "Riga", "2019-05-12", None)]  # inaugural: the first, but no number written


def test_a_summit_named_by_another_word_stays_anothers():
    rows = parse(ARTICLE.format(summits="जलवायु शिखर सम्मेलन 12 मई 2019 को रीगा में हुआ, जिसमें नौ देशों ने भाग लिया।"))
    assert held(rows) == []


def test_how_a_summit_met_may_stand_between_its_city_and_the_verb():
    lexicon = default_lexicon()
    assert find_place("तीसरा शिखर सम्मेलन 4 जून 2021 को तालिन में हाइब्रिड रूप में आयोजित किया गया", lexicon).city == "तालिन"
    assert find_place("दूसरा सम्मेलन 2020 में विल्नियस में वर्चुअल माध्यम से हुआ", lexicon).city == "विल्नियस"
    # an unknown name needs its verb: a mode phrase before something else is no holding
    assert find_place("नेताओं ने समिति में हाइब्रिड रूप में भाग लिया", lexicon) is None
    rows = parse(ARTICLE.format(summits="तीसरा शिखर सम्मेलन 4 जून 2021 को तालिन में हाइब्रिड रूप में आयोजित किया गया।"))
    assert held(rows) == [(2021, "Tallinn", "2021-06-04", 3)]


def test_a_host_city_with_the_day_between_it_and_the_verb():
    rows = parse(ARTICLE.format(summits="चौथे शिखर सम्मेलन की मेज़बानी विल्नियस ने 11 सितंबर 2022 को की।"))
    assert held(rows) == [(2022, "Vilnius", "2022-09-11", 4)]
    # a person hosting names no city, whatever stands between
    rows = parse(ARTICLE.format(summits="चौथे शिखर सम्मेलन की मेज़बानी राष्ट्रपति ने 11 सितंबर 2022 को की।"))
    assert [s["city"] for s in rows["summits"]] in ([], [None])


NOTES = """# नॉर्डिक–बाल्टिक नेताओं की बैठकें — notes

## उद्देश्य

- **सुरक्षा**: क्षेत्र में सहयोग

## Leaders' summits

- **6 जून 2016** — स्टॉकहोम, स्वीडन; पहली बैठक
- **2 मई 2018** — रीगा, लातविया

## {heading}

- सितंबर 2017: ओस्लो में विदेश मंत्रियों की बैठक
- जनवरी 2019: तालिन (26 जनवरी) और विल्नियस (10 फ़रवरी) में सलाहकारों की बैठकें
- 15 मार्च 2020: कोपेनहेगन में नेताओं का शिखर सम्मेलन हुआ
"""


def test_a_heading_that_denies_summits_publishes_none_of_its_items():
    from pipeline.parse.layout.structure import denies_summits, heading_role
    assert denies_summits("जो summits नहीं हैं (ध्यान रहे!)") and heading_role("जो summits नहीं हैं") == "other"
    assert denies_summits("गैर-शिखर बैठकें") and denies_summits("Not summits")
    assert not denies_summits("अब तक के शिखर सम्मेलन") and heading_role("अब तक के शिखर सम्मेलन") == "summits"
    assert not denies_summits("जो लक्ष्य पूरे नहीं हुए")  # no summit noun: another list's heading
    rows = parse(NOTES.format(heading="जो summits नहीं हैं (ध्यान रहे!)"))
    assert [s[0] for s in held(rows)] == [2016, 2018]
    denied = {i["source_line"] for i in rows["parse_issues"] if i["reason"] == "not_a_summit"}
    assert denied == {14, 15, 16}  # the items not read are said, not dropped in silence


def test_a_plain_summits_heading_still_reads_its_summits():
    rows = parse(NOTES.format(heading="अन्य शिखर सम्मेलन"))
    assert 2020 in [s[0] for s in held(rows)]


STUDY = """बाल्टिक सागर मंच शिखर सम्मेलन: संक्षिप्त नोट्स

• सदस्य: एस्टोनिया, लातविया और लिथुआनिया।

अब तक के शिखर सम्मेलन
• 12 मई 2019, रीगा — पहला शिखर सम्मेलन।
• 4 जून 2021, तालिन — दूसरा शिखर सम्मेलन।

ध्यान दें
• {line}
"""


def test_a_summit_of_a_series_the_sentence_calls_separate_is_anothers():
    rows = parse(STUDY.format(line='2016: पोलैंड द्वारा शुरू की गई "तीन सागर पहल" — यह अलग श्रृंखला है, इसका पहला सम्मेलन दुब्रोवनिक में हुआ था।'))
    assert [s[0] for s in held(rows)] == [2019, 2021]
    assert any(i["reason"] == "not_a_summit" for i in rows["parse_issues"])
    rows = parse(STUDY.format(line="2016: इसका तीसरा शिखर सम्मेलन विल्नियस में हुआ था।"))
    assert sorted(s[0] for s in held(rows)) == [2016, 2019, 2021]


def test_an_island_hosts_the_summit_as_written():
    lexicon = default_lexicon()
    assert find_place("वेनेज़ुएला के मार्गरीटा द्वीप पर 26 सितंबर 2009 को दूसरा शिखर सम्मेलन आयोजित हुआ", lexicon).city \
        == "मार्गरीटा द्वीप"
    assert find_place("बाली द्वीप में शिखर सम्मेलन हुआ", lexicon).city == "बाली"  # a name the lexicon knows as a city
    assert find_place("सोलोमन द्वीप में सम्मेलन हुआ", lexicon).city is None  # a country: no city
    assert find_place("नेताओं ने द्वीप पर चर्चा की", lexicon) is None  # no name before द्वीप
    rows = parse(STUDY.format(line="x").replace("• 4 जून 2021, तालिन", "• दिसंबर 2021, गोटलैंड द्वीप (स्वीडन)"))
    assert [s["city"] for s in rows["summits"]] == ["रीगा", "गोटलैंड द्वीप"]


def test_a_country_of_another_clause_does_not_make_any_name_a_place():
    lexicon = default_lexicon()
    # '<country> के X में': a place in that country, the name unknown to the lexicon
    assert find_place("फ़्रांस के रांबुये में बैठक हुई", lexicon).city == "रांबुये"
    # the country belongs to the clause before 'ने': 'इसे सुर्ख़ियों में' is no place
    assert find_place("लीबिया के नेता की मौजूदगी ने इसे सुर्ख़ियों में रखा", lexicon) is None


WIKI = """बाल्टिक सागर मंच

'''बाल्टिक सागर मंच''' तटीय देशों का मंच है।

== उद्देश्य ==
* क्षेत्रीय सुरक्षा

== हाल के शिखर सम्मेलन ==
{{| class="wikitable"
! वर्ष !! तिथि !! शहर
|-
| 2019 || 12 मई || रीगा
|-
| 2021 || 4 जून || तालिन
|}}

{line}
"""


def test_a_sentence_opened_by_a_date_without_a_meeting_or_city_is_no_summit():
    rows = parse(WIKI.format(line="जनवरी 2022 में लातविया में हुई अशांति के दौरान मंच ने पहली बार संयुक्त दल भेजा।"))
    assert [s[0] for s in held(rows)] == [2019, 2021]
    assert any(i["reason"] == "not_a_summit" for i in rows["parse_issues"])


def test_a_sentence_opened_by_a_date_that_names_a_meeting_or_city_still_counts():
    rows = parse(WIKI.format(line="मार्च 2023 में विशेष शिखर सम्मेलन वर्चुअल रूप से हुआ।"))
    assert sorted(s[0] for s in held(rows)) == [2019, 2021, 2023]
    rows = parse(WIKI.format(line="मार्च 2023 में स्टॉकहोम में नेता मिले और घोषणा जारी हुई।"))
    assert sorted(s[0] for s in held(rows)) == [2019, 2021, 2023]


def test_a_label_city_met_online_keeps_its_city():
    from pipeline.parse.layout.summits import label_head
    lexicon = default_lexicon()
    assert label_head("6 मई 2020, रीगा (वीडियो कॉन्फ्रेंस)", lexicon)[1].city == "रीगा"
    assert label_head("2020 (वर्चुअल)", lexicon)[1] is None  # no city written: none
    assert label_head("27 अक्टूबर 2021, वर्चुअल", lexicon)[1] is None
    rows = parse(STUDY.format(line="x").replace("• 4 जून 2021, तालिन — दूसरा", "• 4 जून 2021, तालिन (वीडियो कॉन्फ्रेंस) — दूसरा"))
    assert [(s["city_en"], s["mode"]) for s in rows["summits"]] == [("Riga", "in_person"), ("Tallinn", "virtual")]


COLUMN = """# नॉर्डिक–बाल्टिक नेताओं की बैठकें — notes

## Leaders' summits — timeline

- **6 जून 2016** — {first}; पहली मुलाकात
- **11 फ़रवरी 2017** — स्टॉकहोम, स्वीडन; रात भर चली बातचीत
- **2 अक्टूबर 2018** — रीगा (राष्ट्रपति भवन)
- **19 अक्टूबर 2019** — तालिन; "रोडमैप" पर सहमति
"""


def test_a_column_of_cities_gives_an_unknown_name_in_that_place_its_city():
    rows = parse(COLUMN.format(first="सार्रेमा (एस्टोनिया), किले में दोपहर के भोजन पर"))
    assert [s["city"] for s in rows["summits"]] == ["सार्रेमा", "स्टॉकहोम", "रीगा", "तालिन"]


def test_the_column_gives_no_city_to_a_country_a_month_or_a_meeting():
    # ... nor a word whose text names a country it is no city of ('नोट: ... स्वीडन में')
    for first in ("स्वीडन, राजधानी के बाहर", "जून की बैठक", "वर्चुअल बैठक", "नोट: बातचीत स्वीडन में"):
        rows = parse(COLUMN.format(first=first))
        assert rows["summits"][0]["city"] is None, first


def test_without_a_column_of_known_cities_an_unknown_name_is_no_city():
    # (with its country in brackets, 'सार्रेमा (एस्टोनिया), ...', the name is a place by itself: `leading_place`)
    text = COLUMN.format(first="सार्रेमा, किले में").replace("स्टॉकहोम, स्वीडन", "लंबी बातचीत, देर रात") \
        .replace("रीगा (राष्ट्रपति भवन)", "घोषणा (संयुक्त)")
    rows = parse(text)
    assert rows["summits"][0]["city"] is None


def test_an_entry_text_opening_with_a_geonames_city_names_it():
    from pipeline.parse.layout.summits import leading_place
    lexicon = default_lexicon()
    assert leading_place("रीगा (राष्ट्रपति भवन); घोषणा", lexicon).city == "रीगा"  # GeoNames knows रीगा
    assert leading_place("घोषणा (संयुक्त); बातचीत", lexicon) is None  # no city by that name


def test_an_ordinary_summit_is_the_series_own():
    rows = parse(ARTICLE.format(summits="12वाँ साधारण शिखर सम्मेलन 17 फ़रवरी 2024 को रीगा में संपन्न हुआ।"))
    assert held(rows) == [(2024, "Riga", "2024-02-17", 12)]
    rows = parse(ARTICLE.format(summits="12वाँ ऊर्जा शिखर सम्मेलन 17 फ़रवरी 2024 को रीगा में संपन्न हुआ।"))
    assert held(rows) == []  # a name word before the noun: another summit


def test_a_first_meeting_as_something_is_no_edition():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("भारत की पहली बैठक पूर्ण सदस्य के रूप में", meeting=True) is None
    assert find_ordinal("नेताओं की पहली बैठक, जिसमें घोषणा हुई", meeting=True) == 1
    assert find_ordinal("दूसरा शिखर सम्मेलन, अध्यक्ष के रूप में भारत", meeting=True) == 2


TABLE = """बाल्टिक सागर मंच शिखर सम्मेलन

{{| class="wikitable"
! क्रम !! तिथि !! मेज़बान शहर !! देश
|-
| पहला || 12 मई 2019 || रीगा || लातविया
|-
| दूसरा || 30 मार्च 2022 || {cell} || एस्टोनिया
|}}
"""


def test_a_table_city_with_a_virtual_remark_keeps_its_city():
    rows = parse(TABLE.format(cell="तालिन (वर्चुअल)"))
    assert [(s["city_en"], s["mode"]) for s in rows["summits"]] == [("Riga", "in_person"), ("Tallinn", "virtual")]
    rows = parse(TABLE.format(cell="वर्चुअल"))
    assert [(s["city_en"], s["mode"]) for s in rows["summits"]] == [("Riga", "in_person"), (None, "virtual")]


HISTORY = """बाल्टिक सागर मंच शिखर सम्मेलन

बाल्टिक सागर मंच एस्टोनिया, लातविया और लिथुआनिया का समूह है।

इतिहास

{text}
"""


def test_summits_listed_after_one_noun_give_one_each():
    rows = parse(HISTORY.format(text="इसके बाद शिखर सम्मेलन 2010 (रीगा), 2011 (तालिन) और 2012 (विल्नियस) में हुए।"))
    assert [(s[0], s[1]) for s in held(rows)] == [(2010, "Riga"), (2011, "Tallinn"), (2012, "Vilnius")]
    rows = parse(HISTORY.format(text="इसके बाद शिखर सम्मेलन 2010 में रीगा और 2011 में तालिन में आयोजित हुए।"))
    assert [(s[0], s[1]) for s in held(rows)] == [(2010, "Riga"), (2011, "Tallinn")]


def test_a_noun_list_with_an_item_that_is_no_city_or_of_another_series_gives_none():
    rows = parse(HISTORY.format(text="इसके बाद शिखर सम्मेलन 2010 (रीगा) और 2011 (घोषणा) में हुए।"))
    assert held(rows) == []
    rows = parse(HISTORY.format(text="जी-20 शिखर सम्मेलन 2016 (हांगझोऊ) और 2017 (हैम्बर्ग) में हुए।"))
    assert held(rows) == []
    rows = parse(HISTORY.format(text="अगले शिखर सम्मेलन 2026 (रीगा) और 2027 (तालिन) में प्रस्तावित हैं।"))
    assert held(rows) == []


def test_the_leaders_first_formal_meeting_is_a_summit():
    rows = parse(HISTORY.format(text="समूह के नेताओं की पहली औपचारिक बैठक 16 जून 2009 को रीगा में हुई।"))
    assert [(s[0], s[1], s[2]) for s in held(rows)] == [(2009, "Riga", "2009-06-16")]
    rows = parse(HISTORY.format(text="समूह के मंत्रियों की पहली औपचारिक बैठक 16 जून 2009 को रीगा में हुई।"))
    assert held(rows) == []


REMARKS = """बाल्टिक सागर मंच शिखर सम्मेलन

{| class="wikitable"
! क्रम !! वर्ष !! मेज़बान शहर !! टिप्पणी
|-
| पहला || 2019 || रीगा ||
|-
| दूसरा || 2022 || तालिन || REMARK
|}
"""


def test_a_table_row_planned_earlier_than_it_met_was_held():
    rows = parse(REMARKS.replace("REMARK", "मूल रूप से दिसंबर 2021 के लिए निर्धारित"))
    assert [(s["year"], s["status"]) for s in rows["summits"]] == [(2019, "held"), (2022, "held")]
    rows = parse(REMARKS.replace("REMARK", "2023 के लिए निर्धारित"))  # postponed to a later year
    assert [(s["year"], s["status"]) for s in rows["summits"]] == [(2019, "held"), (2022, "planned")]


HEADED = """बाल्टिक सागर मंच शिखर सम्मेलन

'''बाल्टिक सागर मंच''' एस्टोनिया, लातविया और लिथुआनिया का मंच है।

== शिखर सम्मेलन ==
=== 2021: रीगा ===
{first}
=== 2023: तालिन ===
शिखर सम्मेलन 23 नवंबर को तालिन में हुआ।
"""


def test_a_dated_paragraph_under_a_dated_heading_of_its_year_is_that_summit():
    rows = parse(HEADED.format(first="16 सितंबर 2021 को रीगा में बैठक हुई।"))
    assert [(s[0], s[1], s[2]) for s in held(rows)] == [(2021, "Riga", "2021-09-16"), (2023, "Tallinn", "2023-11-23")]


def test_a_paragraph_dated_another_year_stays_apart_from_the_heading():
    rows = parse(HEADED.format(first="16 सितंबर 2020 को मंत्रियों ने तैयारी शुरू की।"))
    assert [(s[0], s[1]) for s in held(rows)] == [(2021, "Riga"), (2023, "Tallinn")]


def test_a_template_over_several_lines_is_markup():
    from pipeline.parse.layout.structure import clean_lines
    text = "शीर्षक\n{{Infobox organization\n| name = मंच\n| formation = 2002\n}}\nपाठ की पंक्ति\n"
    assert [line.text for line in clean_lines(text)] == ["शीर्षक", "पाठ की पंक्ति"]
    # a template that never closes is left as it is: nothing of the text is lost
    unclosed = "शीर्षक\n{{Infobox organization\n| name = मंच\nपाठ की पंक्ति\n"
    assert "पाठ की पंक्ति" in [line.text for line in clean_lines(unclosed)]


ASKED = """# बाल्टिक सागर मंच शिखर सम्मेलन — notes

## शिखर बैठकें

| क्र. | {when} | {where} | ख़ास बात |
|---|---|---|---|
| 1 | 12 मई 2019 | रीगा | पहली बैठक |
| 2 | 4 जून 2021 | तालिन | |
"""


def test_a_table_headed_when_and_where_is_a_summit_table():
    rows = parse(ASKED.format(when="कब", where="कहाँ"))
    assert [(s[0], s[1], s[2]) for s in held(rows)] == [(2019, "Riga", "2019-05-12"), (2021, "Tallinn", "2021-06-04")]
    rows = parse(ASKED.format(when="किसने", where="क्यों"))  # other questions name no date or place
    assert held(rows) == []


def test_a_paragraph_opened_by_a_year_is_read_sentence_by_sentence():
    text = ("2019 में रीगा (लातविया) में हुए पहले शिखर सम्मेलन में घोषणा स्वीकार हुई। दूसरा सम्मेलन तालिन में "
            "4 जून 2021 को आयोजित किया गया। 2022 का तीसरा सम्मेलन वीडियो कॉन्फ्रेंसिंग के ज़रिए हुआ।")
    rows = parse(ARTICLE.format(summits=text))
    assert [(s["year"], s["city_en"], s["edition"], s["mode"]) for s in rows["summits"]] == [
        (2019, "Riga", 1, "in_person"), (2021, "Tallinn", 2, "in_person"), (2022, None, 3, "virtual")]


def test_an_entry_opened_by_a_year_with_sentences_of_that_year_stays_one_entry():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    found = read_entries(Line(1, "2019 में रीगा में पहला शिखर सम्मेलन हुआ। उसी वर्ष घोषणा जारी हुई।"))
    assert isinstance(found, list) and len(found) == 1


def test_a_body_in_brackets_names_another_series_but_a_country_does_not():
    from pipeline.parse.prose.series import _bracketed_other_name
    from pipeline.parse.language.text import match_key
    lexicon = default_lexicon()
    title = match_key("बाल्टिक सागर मंच शिखर सम्मेलन")
    words = "2015 में उफ़ा (रूस) में हुए सातवें शिखर सम्मेलन".split()
    assert not _bracketed_other_name(words, 7, title, lexicon)
    words = "खाद्य और कृषि संगठन (एफएओ) के शिखर सम्मेलन".split()
    assert _bracketed_other_name(words, 6, title, lexicon)


def test_a_date_may_stand_between_an_unknown_city_and_the_verb():
    lexicon = default_lexicon()
    assert find_place("दूसरा सम्मेलन सार्रेमा में 4 जून 2021 को आयोजित किया गया", lexicon).city == "सार्रेमा"
    assert find_place("सम्मेलन सार्रेमा में 15-16 अक्टूबर 2016 को हुआ", lexicon).city == "सार्रेमा"
    # a date before something else than a verb of holding: no unknown name becomes a place
    assert find_place("समिति में 4 जून 2021 को चर्चा शुरू की गई", lexicon) is None


ROMAN = """बाल्टिक सागर मंच शिखर बैठकें — अध्ययन सामग्री

उद्देश्य
• संपर्क बढ़ाना

शिखर बैठकें (तिथि – स्थान)
I. २९ नवंबर २००४ – रीगा, लातविया
II. १४ दिसंबर २००५ – तालिन, एस्टोनिया
V. २०१२ ई. – विल्नियस (स्मारक)
"""


def test_upper_case_roman_numbers_mark_list_items():
    from pipeline.parse.layout.structure import strip_marker
    assert strip_marker("IV. नवंबर २००७ – सिंगापुर") == ("नवंबर २००७ – सिंगापुर", True)
    assert strip_marker("IVORY coast") == ("IVORY coast", False)  # a word, not a number
    rows = parse(ROMAN)
    assert [(s[0], s[1]) for s in held(rows)] == [(2004, "Riga"), (2005, "Tallinn"), (2012, "Vilnius")]


RECORDS = """# बाल्टिक सागर मंच शिखर सम्मेलन — मेरे नोट्स

## उद्देश्य
- आर्थिक सहयोग

## शिखर सम्मेलन

- **2014**
  - स्थान: रीगा (लातविया)
  - तिथि: 4 मार्च
  - मुख्य बात: सचिवालय पर समझौता
- **2018**
  - {field}
  - तिथि: 30–31 अगस्त

### 2025
- **स्थान**: विल्नियस
- **तिथि**: 4 अप्रैल 2025
"""


def test_a_record_of_labelled_lines_under_a_year_is_one_summit():
    rows = parse(RECORDS.format(field="स्थान: तालिन"))
    assert [(s["year"], s["city_en"], s["date"], s["date_end"]) for s in rows["summits"]] == [
        (2014, "Riga", "2014-03-04", None), (2018, "Tallinn", "2018-08-30", "2018-08-31"),
        (2025, "Vilnius", "2025-04-04", None)]
    assert not [i for i in rows["parse_issues"] if i["reason"] in ("unparsed_entry", "empty_entry")]


def test_a_record_field_that_is_no_place_gives_no_city():
    rows = parse(RECORDS.format(field="मुख्य बात: घोषणा पर सहमति"))
    assert [(s["year"], s["city"], s["date"]) for s in rows["summits"] if s["year"] == 2018] == [
        (2018, None, "2018-08-30")]
    assert "तिथि" not in [s["city"] for s in rows["summits"]]  # a field's label is never a city


def test_a_field_label_before_a_date_is_no_place():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    found = read_entries(Line(1, "- तिथि: 4 अप्रैल 2025"))
    assert not isinstance(found, list)  # not a summit in a city called तिथि
    found = read_entries(Line(1, "- रीगा, लातविया — 26–27 जून 2002"))
    assert isinstance(found, list) and found[0].place.city == "रीगा"


TILDES = """# बाल्टिक सागर मंच शिखर सम्मेलन 📝

## 🎯 लक्ष्य
* **संपर्क**: रेल और बंदरगाह

## 🗓️ कब-कहाँ
* **2015** ~ रीगा ~ बंदरगाह समझौता
* **2016** ~ तालिन
* **2019** ~ {third}
"""


def test_tildes_separate_parts_and_a_when_where_heading_lists_summits():
    from pipeline.parse.layout.structure import heading_role
    assert heading_role("🗓️ कब-कहाँ") == "summits"
    rows = parse(TILDES.format(third="विल्नियस"))
    assert [(s["year"], s["city_en"], s["status"]) for s in rows["summits"]] == [
        (2015, "Riga", "held"), (2016, "Tallinn", "held"), (2019, "Vilnius", "held")]


def test_a_short_clause_after_the_place_says_what_became_of_the_summit():
    from pipeline.parse.layout.summits import entry_status
    assert entry_status("विल्नियस — रद्द (विरोध प्रदर्शन)") == "cancelled"
    assert entry_status("विल्नियस — प्रस्तावित") == "planned"
    # a numbered summit's later clause about other years is not this summit's fate
    assert entry_status("31वाँ सम्मेलन; कोविड-19 के कारण 2020 और 2021 में कोई सम्मेलन नहीं हो सका था।") == "held"
    rows = parse(TILDES.format(third="विल्नियस ~ रद्द (विरोध प्रदर्शन)"))
    assert [(s["year"], s["status"]) for s in rows["summits"]][-1] == (2019, "cancelled")
    assert "~16" in [line.text for line in __import__("pipeline.parse.layout.structure", fromlist=["x"]).clean_lines(
        "शीर्षक\nबातचीत ~16 घंटे चली\n")][1]  # a tilde before a number means about, not a dash


TIMELINE = """बाल्टिक सागर मंच — नोट्स

सदस्य: एस्टोनिया, लातविया, लिथुआनिया

घटनाक्रम
2006: कौनास में विदेश मंत्रियों की पहली बैठक।
2009: रीगा में पहला शिखर सम्मेलन।
2010: पोलैंड को आमंत्रण।
{line}
2024: फ़िनलैंड सदस्य बना।

लक्ष्य
• क्षेत्रीय सुरक्षा
"""


def test_a_numbered_summit_in_a_timeline_of_other_events_is_read():
    rows = parse(TIMELINE.format(line="2015: तालिन में सातवाँ शिखर सम्मेलन; बैंक चालू।"))
    assert [(s[0], s[1], s[3]) for s in held(rows)] == [(2009, "Riga", 1), (2015, "Tallinn", 7)]


def test_a_timeline_summit_of_another_body_or_year_is_not_read():
    rows = parse(TIMELINE.format(line="2016: वारसॉ के नाटो शिखर सम्मेलन में निर्णय।"))
    assert [s[0] for s in held(rows)] == [2009]
    rows = parse(TIMELINE.format(line="2015: तालिन में पहला शिखर सम्मेलन 2016 में होगा, यह तय हुआ।"))
    assert [s[0] for s in held(rows)] == [2009]  # another year in the text: not this entry's summit


def test_a_hindi_word_that_sounds_like_a_town_is_no_city():
    from pipeline.parse.layout.structure import Line
    from pipeline.parse.layout.summits import read_entries
    for text in ("- 2020 — कोरोना: सम्मेलन वर्चुअल रूप से हुआ", "- 2021 — बात: नेताओं की बैठक हुई"):
        found = read_entries(Line(1, text))
        assert not isinstance(found, list) or found[0].place is None, text
    # a capital, or a name of several words, still names its city
    for text, city in (("- 2019 — आपिया: पाँचवाँ शिखर सम्मेलन", "आपिया"), ("- 2018 — पोर्ट विला: चौथा", "पोर्ट विला")):
        found = read_entries(Line(1, text))
        assert isinstance(found, list) and found[0].place.city == city, text


def test_a_heading_that_only_says_its_list_is_partial_denies_nothing():
    from pipeline.parse.layout.structure import denies_summits, heading_role
    assert not denies_summits("शिखर सम्मेलन — पूरी सूची नहीं") and heading_role("शिखर सम्मेलन — पूरी सूची नहीं") == "summits"
    assert not denies_summits("Summits — not exhaustive")
    assert denies_summits("ये शिखर सम्मेलन नहीं थे") and denies_summits("Non-summit meetings")
