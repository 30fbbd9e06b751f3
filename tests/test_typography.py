"""Dash typing variants (`pipeline.parse.language.typography`): the same entry however its dashes are spaced."""

from __future__ import annotations

import pytest

from pipeline.parse.language.typography import fold, fold_dashes
from tests.parse_support import held, parse

HEAD = "भारत–अफ्रीका शिखर सम्मेलन\n\nप्रमुख सम्मेलन\n\n"


@pytest.mark.parametrize(("typed", "folded"), [
    ("पहला आईजीसी—३१ मई २०११", "पहला आईजीसी — ३१ मई २०११"),
    ("2015—ढाका", "2015 — ढाका"),
    ("8 – 9 अप्रैल 2008 को", "8–9 अप्रैल 2008 को"),
    ("14 - 15 नवम्बर 2008", "14-15 नवम्बर 2008"),
    ("जनवरी 1964, काहिरा - पहला अरब शिखर सम्मेलन", "जनवरी 1964, काहिरा — पहला अरब शिखर सम्मेलन"),
    ("2008 - 14 नवंबर को वॉशिंगटन", "2008 — 14 नवंबर को वॉशिंगटन"),  # a year label, then a date
    ("17 अगस्त 2020—40वाँ शिखर सम्मेलन", "17 अगस्त 2020 — 40वाँ शिखर सम्मेलन"),  # a date, then an ordinal
    ("1998—24 जुलाई 1998 को", "1998 — 24 जुलाई 1998 को"),
    ("- 2021 – 2022: पहला", "- 2021–2022: पहला"),  # a span of years
    ("1998 - 2013 = G8 era", "1998-2013 = G8 era"),
])
def test_variants_fold(typed, folded):
    assert fold_dashes(typed) == folded


@pytest.mark.parametrize("kept", [
    "14—15 नवंबर 2008",  # an em dash between numbers is a range
    "भारत–जापान शिखर सम्मेलन",  # an en dash joins a name
    "2015 — ढाका",  # already spaced
    "2 - 3 देशों ने भाग लिया",  # no month after the days
    "2 - 3 देश",  # a range of counts
    "14—15 नवंबर 2008", "2010—2015 के बीच",  # ranges
    "- 2010: टोक्यो", "| --- | - |",  # a bullet, a table rule
])
def test_other_dashes_stay(kept):
    assert fold_dashes(kept) == kept


@pytest.mark.parametrize("sentence", [
    "पहला शिखर सम्मेलन 8-9 अप्रैल 2008 को नई दिल्ली में हुआ।",
    "पहला शिखर सम्मेलन 8 – 9 अप्रैल 2008 को नई दिल्ली में हुआ।",
])
def test_spaced_day_range_in_a_sentence(sentence):
    assert held(parse(HEAD + sentence + "\n")) == [(2008, "New Delhi", "2008-04-08", 1)]


@pytest.mark.parametrize("entry", ["- 2010 — टोक्यो: दूसरा शिखर सम्मेलन।", "- 2010—टोक्यो: दूसरा शिखर सम्मेलन।",
                                   "- 2010 - टोक्यो: दूसरा शिखर सम्मेलन।"])
def test_dashes_after_a_label(entry):
    rows = parse(HEAD + "- 2008 — नई दिल्ली: पहला शिखर सम्मेलन।\n" + entry + "\n")
    assert [(year, city) for year, city, _, _ in held(rows)] == [(2008, "New Delhi"), (2010, "Tokyo")]


def test_the_headline_keeps_its_dashes():
    rows = parse("भारत—जापान शिखर सम्मेलन\n\nप्रमुख सम्मेलन\n\n- 2010—टोक्यो: दूसरा शिखर सम्मेलन।\n")
    assert rows["documents"][0]["title"] == "भारत—जापान शिखर सम्मेलन"
    assert [(year, city) for year, city, _, _ in held(rows)] == [(2010, "Tokyo")]


@pytest.mark.parametrize(("typed", "folded"), [
    ("नई दिल्ली, जुलाई 29, 2023", "नई दिल्ली, 29 जुलाई 2023"),
    ("कीव, ०३.०२.२०२३", "कीव, ३ फ़रवरी २०२३"),
    ("क्रमशः 3 जुलाई, 1998 को", "क्रमशः 3 जुलाई 1998 को"),
    ("12-03-2019 और 12/03/2019", "12 मार्च 2019 और 12 मार्च 2019"),
    ("सम्मेलन हुआ. अगला (एजेंसियां). यह", "सम्मेलन हुआ। अगला (एजेंसियां)। यह"),
    ("स्थापित हुए । वार्षिक", "स्थापित हुए। वार्षिक"),
])
def test_dates_and_full_stops_fold(typed, folded):
    assert fold(typed) == folded


@pytest.mark.parametrize("kept", [
    "12.13.2019 और 31.02.2019",  # no such day
    "संस्करण 2.0.2019",  # not a date
    "डॉ. सिंह और जोसेफ आर. बाइडन वॉशिंगटन डी.सी. में",  # short forms
    "2018 ई. में, म. प्र. के",
    "1. उद्देश्य",  # a list number
    "। अकेला दंड",  # a danda opening a line keeps its place
    "मार्च 2019 में 12 देश",  # a month and year, then a count
])
def test_other_dots_and_numbers_stay(kept):
    assert fold(kept) == kept


@pytest.mark.parametrize("dateline", ["नई दिल्ली, 29 जुलाई 2023", "नई दिल्ली, जुलाई 29, 2023", "नई दिल्ली, 29.07.2023"])
def test_a_press_release_date_line_in_any_date_order(dateline):
    rows = parse(f"विदेश मंत्रालय\n{dateline}\n\nभारत–रूस शिखर सम्मेलन\n\nनई दिल्ली में 2008 में पहला शिखर सम्मेलन हुआ।\n")
    assert rows["documents"][0]["title"] == "भारत–रूस शिखर सम्मेलन"


def test_a_date_with_a_comma_in_a_respectively_sentence():
    rows = parse(HEAD + "तीसरा और चौथा शिखर सम्मेलन क्रमशः 3 जुलाई, 1998 को अल्माटी में और 25 अगस्त 1999 को "
                 "बिश्केक में आयोजित हुए।\n")
    assert held(rows) == [(1998, "Almaty", "1998-07-03", 3), (1999, "Bishkek", "1999-08-25", 4)]


@pytest.mark.parametrize("month", ["सितंबर", "सितम्बर"])
def test_a_host_and_its_day_before_the_verb_in_either_spelling(month):
    rows = parse(HEAD + f"चौथे शिखर सम्मेलन की मेज़बानी कीव ने 11 {month} 2024 को की।\n")
    assert held(rows) == [(2024, "Kyiv", "2024-09-11", 4)]


def test_month_spellings_fold_only_whole_words():
    assert fold("7 सितम्बर, उसी वर्ष अक्तूबर में") == "7 सितंबर, उसी वर्ष अक्टूबर में"
    assert fold("सितम्बरी") == "सितम्बरी"


@pytest.mark.parametrize("month", ["सितंबर", "सितम्बर"])
def test_hosts_with_dates_before_one_noun(month):
    rows = parse(HEAD + f"इसके बाद फ़्रांस के मित्र अंकारा ने 4 अप्रैल 2018 को और तेहरान ने उसी वर्ष 7 {month} को शिखर "
                 "बैठक की मेज़बानी की।\n")
    assert [(y, c, d) for y, c, d, _ in held(rows)] == [(2018, "Ankara", "2018-04-04"), (2018, "Tehran", "2018-09-07")]


@pytest.mark.parametrize("dash", ["—", "-"])
def test_a_fact_line_with_either_dash(dash):
    rows = parse(HEAD.replace("प्रमुख सम्मेलन", "इतिहास") + f"• शिखर सम्मेलनों की शुरुआत: जनवरी 1964, काहिरा {dash} पहला "
                 "शिखर सम्मेलन, मिस्र के राष्ट्रपति के बुलावे पर\n")
    assert held(rows) == [(1964, "Cairo", None, 1)]
