"""Summits invented on blind set 7 (issue 8), by class: a later clause's date read for an
earlier summit, and summits of another series named in the text. One rule per test, on small
invented documents, each with a case where the rule applies and one where it must not."""

from __future__ import annotations

from parse_support import held, parse


ARTICLE = """बाल्टिक सागर मंच शिखर सम्मेलन

बाल्टिक सागर मंच तटीय देशों का एक परामर्श मंच है, जिसमें एस्टोनिया, लातविया और लिथुआनिया भागीदार हैं।

इतिहास

{text}
"""


def test_a_verb_comma_and_and_end_the_clause_of_a_summit():
    # '... में दूसरा सम्मेलन हुआ, और ... में 5 मई 2009 को हुए तीसरे ...': the second summit's date
    # is the one of its own clause, not the third's, though that one stands nearer its noun
    rows = parse(ARTICLE.format(text="इसके बाद 10-11 मार्च 2006 को लातविया के रीगा में दूसरा सम्मेलन हुआ, और "
                                "लिथुआनिया के विल्नियस में 5 मई 2009 को हुए तीसरे सम्मेलन में साझा बाज़ार की घोषणा की गई।"))
    assert held(rows) == [(2006, "Riga", "2006-03-10", 2), (2009, "Vilnius", "2009-05-05", 3)]


def test_a_comma_and_after_a_noun_keeps_one_clause():
    # no verb before ', और': the summit's clause goes on to its date
    rows = parse(ARTICLE.format(text="पहला शिखर सम्मेलन, और उसके साथ एक व्यापार मेला, 12 मई 2019 को रीगा में हुआ।"))
    assert held(rows) == [(2019, "Riga", "2019-05-12", 1)]


LIST = """बाल्टिक सागर मंच शिखर सम्मेलन

बाल्टिक सागर मंच तटीय देशों का एक परामर्श मंच है, जिसमें एस्टोनिया, लातविया और लिथुआनिया भागीदार हैं।

अब तक के सम्मेलन

2009: लातविया की राजधानी रीगा में 19–20 जनवरी 2009 को पहला सम्मेलन हुआ।

{entry}

2013: लिथुआनिया की राजधानी विल्नियस में 21–22 जनवरी 2013 को तीसरा सम्मेलन हुआ।
"""


def test_an_entry_that_says_no_summit_met_that_year_is_none():
    rows = parse(LIST.format(entry="2011: एस्टोनिया की राजधानी तालिन में परिषद का नियमित शिखर सम्मेलन हुआ; "
                                   "इस वर्ष मंच का शिखर सम्मेलन नहीं हुआ।"))
    assert [s[:2] for s in held(rows)] == [(2009, "Riga"), (2013, "Vilnius")]
    assert any(i["reason"] == "not_a_summit" for i in rows["parse_issues"])


def test_an_entry_that_denies_only_another_year_stays_a_summit():
    # the denial is of another year, told in passing: this entry's summit met
    rows = parse(LIST.format(entry="2011: एस्टोनिया की राजधानी तालिन में 5 मई 2011 को दूसरा सम्मेलन हुआ; 2010 में कोई सम्मेलन नहीं हुआ।"))
    assert [s[:2] for s in held(rows)] == [(2009, "Riga"), (2011, "Tallinn"), (2013, "Vilnius")]


NOTES = """# बाल्टिक सागर मंच शिखर सम्मेलन — मेरे नोट्स

**किसका मंच**: एस्टोनिया, लातविया और लिथुआनिया के नेता

## अब तक की बैठकें

- **रीगा (12 मई 2019)**: पहली बैठक हुई।
- **विल्नियस (4 जून 2021)**: दूसरी बैठक हुई।

## ध्यान दें

- {line}
"""


def test_a_line_whose_head_calls_its_summits_another_series_lists_none_of_ours():
    rows = parse(NOTES.format(line="नॉर्डिक परिषद के नियमित सम्मेलन अलग शृंखला हैं: मई 2022 तालिन (32वाँ), "
                                   "मई 2023 हेलसिंकी (33वाँ)।"))
    assert [s[:2] for s in held(rows)] == [(2019, "Riga"), (2021, "Vilnius")]
    assert [i["reason"] for i in rows["parse_issues"] if "तालिन" in i["source_text"]] == ["not_a_summit"]


def test_a_line_whose_head_names_the_series_lists_its_summits():
    rows = parse(NOTES.format(line="बाद के शिखर सम्मेलन: मई 2022 तालिन (तीसरा), मई 2023 हेलसिंकी (चौथा)।"))
    assert [s[:2] for s in held(rows)] == [(2019, "Riga"), (2021, "Vilnius"), (2022, "Tallinn"), (2023, "Helsinki")]


YEARS = """# बाल्टिक सागर मंच शिखर सम्मेलन — मेरे नोट्स

**किसका मंच**: एस्टोनिया, लातविया और लिथुआनिया के नेता

## अब तक की बैठकें

- **2019 और 2021 — {where}**: पहली बैठक 12 मई 2019 को हुई; नेताओं ने साझा घोषणा जारी की। दूसरी बैठक 4 जून 2021 को हुई।
"""


def test_one_city_said_of_every_summit_of_a_label_places_each():
    rows = parse(YEARS.format(where="दोनों बार ताशकंद"))
    assert held(rows) == [(2019, "Tashkent", "2019-05-12", 1), (2021, "Tashkent", "2021-06-04", 2)]


def test_every_time_before_a_word_that_is_no_city_places_none():
    rows = parse(YEARS.format(where="दोनों बार वर्चुअल"))
    assert [s[1] for s in held(rows)] in ([], [None, None])


SHORT_NAME = """{title}

{title} तटीय देशों के नेताओं का सम्मेलन है, जिसमें एस्टोनिया, लातविया और लिथुआनिया भागीदार हैं।

इतिहास

मई 2019 में ताशकंद के बाल्टिक शिखर सम्मेलन में लातविया के राष्ट्रपति ने इसे उसी वर्ष नवंबर में रीगा में आयोजित करने की उम्मीद जताई थी।
"""


def test_the_first_word_of_a_long_series_name_alone_names_a_larger_series():
    rows = parse(SHORT_NAME.format(title="बाल्टिक ऊर्जा और जलवायु सहयोग शिखर सम्मेलन"))
    assert held(rows) == []


def test_the_first_word_of_a_short_series_name_is_the_series_own():
    rows = parse(SHORT_NAME.format(title="बाल्टिक परिषद शिखर सम्मेलन"))
    assert [s[:2] for s in held(rows)] == [(2019, "Tashkent")]


def test_an_ordinal_or_a_place_before_a_long_name_is_not_its_first_word():
    from pipeline.parse.prose.series import _first_word_only
    from pipeline.parse.language.text import match_key

    title = match_key("तीसरा बाल्टिक ऊर्जा सहयोग शिखर सम्मेलन ताशकंद में संपन्न")
    assert not _first_word_only(match_key("तीसरा"), title)  # 'तीसरा शिखर सम्मेलन' is this one
    assert _first_word_only(match_key("बाल्टिक"), title)
    assert not _first_word_only(match_key("ताशकंद"), match_key("ताशकंद में बाल्टिक ऊर्जा सहयोग शिखर सम्मेलन"))
