"""Two countries' leaders' meetings and visits (session 11): a bilateral series' summits are
rarely called "शिखर सम्मेलन" one by one; the writer tells who visited whom, where and when.
Every document is small and invented, with other country pairs and other wordings than the
gold sets; each shape the parser must read is paired with a look-alike it must leave out.
"""

from __future__ import annotations

import pytest

from pipeline.parse import DocumentRejected
from pipeline.parse.layout.structure import announces_summits, clean_lines, find_shape
from tests.parse_support import held, parse


def _cities(text: str) -> list[tuple]:
    try:
        return sorted((year, city) for year, city, _, _ in held(parse(text)))
    except DocumentRejected:
        return []


def _release(background: str, entries: list[str], after: str = "") -> str:
    lines = "\n".join(entries)
    return ("विदेश मंत्रालय\n१४ मार्च २०२४\nभारत और वियतनाम के बीच सहयोग पर संयुक्त वक्तव्य जारी\n\n"
            "नई दिल्ली: भारत और वियतनाम ने आज व्यापार और समुद्री सहयोग पर सहमति जताई।\n\n"
            f"पृष्ठभूमि: दोनों देशों के बीच नियमित संवाद रहा है। {background}\n\n{lines}\n\n{after}\n")


# --- a list of dated entries announced in prose is a list of summits ---------------------------

@pytest.mark.parametrize("announcing", [
    "प्रमुख शिखर-स्तरीय आदान-प्रदान निम्नलिखित हैं:",
    "हाल के वर्षों में हुए शिखर सम्मेलन इस प्रकार हैं:",
    "दोनों नेताओं की प्रमुख मुलाक़ातें इस प्रकार रहीं:",
    "शीर्ष स्तर की यात्राएँ निम्नानुसार हैं:",
    "पिछले दशक में दोनों नेताओं की प्रमुख मुलाक़ातें:",
    "अब तक हुए शिखर सम्मेलन:",
])
def test_dated_entries_under_a_sentence_announcing_summits_are_summits(announcing):
    text = _release(announcing, [
        "1. 10-11 जनवरी 2016 – प्रधानमंत्री की हनोई यात्रा; रक्षा सहयोग पर समझौता।",
        "2. 3 मार्च 2018, नई दिल्ली — राष्ट्रपति की राजकीय यात्रा।",
    ], "3. वर्ष 2023 में दोनों देशों ने राजनयिक संबंधों की 50वीं वर्षगांठ मनाई।")
    assert _cities(text) == [(2016, "Hanoi"), (2018, "New Delhi")]


@pytest.mark.parametrize("announcing", [
    "विदेश मंत्रियों की प्रमुख बैठकें इस प्रकार हैं:",
    "विदेश मंत्रियों की प्रमुख बैठकें:",
    "प्रमुख समझौते इस प्रकार हैं:",
    "प्रमुख समझौते:",
    "व्यापार के आँकड़े निम्नलिखित हैं:",
])
def test_dated_entries_under_other_announcements_are_no_summits(announcing):
    text = _release(announcing, [
        "1. 10-11 जनवरी 2016 – हनोई में बैठक; रक्षा सहयोग पर समझौता।",
        "2. 3 मार्च 2018, नई दिल्ली — समुद्री सहयोग पर समझौता।",
    ])
    assert _cities(text) == []


def test_the_prose_after_the_announced_list_is_not_part_of_it():
    text = _release("प्रमुख शिखर सम्मेलन इस प्रकार हैं:", [
        "1. 10 जनवरी 2016, हनोई — पहला शिखर सम्मेलन।",
    ], "2. दोनों देशों के रक्षा मंत्रियों की बैठक 5 मई 2019 को हनोई में हुई।")
    shape = find_shape(clean_lines(text))
    listed = [s for s in shape.sections if s.role == "summits"]
    assert len(listed) == 1 and [line.text[:2] for line in listed[0].lines] == ["1."]
    assert _cities(text) == [(2016, "Hanoi")]


def test_an_announcement_needs_a_colon_and_the_summits_or_leaders_visits():
    assert announces_summits("पृष्ठभूमि: दोनों देशों के बीच नियमित संवाद रहा है। प्रमुख शिखर सम्मेलन इस प्रकार हैं:")
    assert not announces_summits("प्रमुख शिखर सम्मेलन इस प्रकार हैं।")
    assert not announces_summits("मंत्री स्तर की यात्राएँ इस प्रकार हैं:")
    assert not announces_summits("प्रमुख यात्राएँ इस प्रकार हैं:")  # whose visits: not said


# --- a sentence on the two sides' leaders meeting or visiting is a summit ----------------------

from pipeline.parse.language.lexicon import default_lexicon  # noqa: E402
from pipeline.parse.prose.visits import leaders_visits  # noqa: E402

LEXICON = default_lexicon()


def _visits(sentence: str) -> list[tuple]:
    return [(m.period.label, m.place.city) for m in leaders_visits(sentence, LEXICON)]


@pytest.mark.parametrize("sentence, expected", [
    ("राष्ट्रपति मैक्रों ने 14 जुलाई 2023 को पेरिस में प्रधानमंत्री मोदी से मुलाक़ात की।", [("2023-07-14", "पेरिस")]),
    ("चांसलर शोल्ज़ ने 25 फ़रवरी 2023 को नई दिल्ली में मोदी के साथ बातचीत की थी।", [("2023-02-25", "नई दिल्ली")]),
    ("तब राष्ट्रपति लूला ने ब्राज़ीलिया जाकर 5 मई 2024 को अपने समकक्ष से भेंट की।", [("2024-05-05", "ब्राज़ीलिया")]),
    ("अप्रैल 2019 में मॉस्को में पुतिन और शी की बैठक लंबी चली।", [("2019-04", "मॉस्को")]),
    ("मार्च 2016 में दोनों नेताओं ने बर्लिन में मिलकर घोषणापत्र जारी किया।", [("2016-03", "बर्लिन")]),
    ("प्रधानमंत्री अल्बनीज़ ने 8 मार्च 2023 को अहमदाबाद आकर जवाबी दौरा किया और 24 मई 2023 को मोदी फिर सिडनी पहुँचे।",
     [("2023-03-08", "अहमदाबाद"), ("2023-05-24", "सिडनी")]),
    ("इसके बाद नवंबर 2015 में प्रधानमंत्री जवाबी दौरे पर लंदन पहुँचे।", [("2015-11", "लंदन")]),
    ("16 मई 2022 को मोदी ने काठमांडू की राजकीय यात्रा की।", [("2022-05-16", "काठमांडू")]),
    ("22 जून 2023 को वॉशिंगटन में मोदी की राजकीय यात्रा के दौरान कई समझौते हुए।", [("2023-06-22", "वॉशिंगटन")]),
])
def test_a_meeting_or_visit_with_its_date_and_city_is_a_summit_there(sentence, expected):
    assert _visits(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "विदेश मंत्री जयशंकर ने 14 जुलाई 2023 को पेरिस में अपने समकक्ष से मुलाक़ात की।",  # a minister
    "विदेश सचिव 3 मार्च 2021 को ढाका पहुँचे और बांग्लादेशी अधिकारियों से वार्ता की।",  # an official
    "प्रधानमंत्री 9 जून 2024 को शपथ ग्रहण समारोह में विशिष्ट अतिथि के रूप में नई दिल्ली आई थीं।",  # another event
    "सितंबर 2023 में नई दिल्ली में जी-20 शिखर सम्मेलन के इतर मोदी ने हसीना से मुलाक़ात की।",  # another summit's sideline
    "राष्ट्रपति 22 अक्टूबर 2024 को ब्रिक्स सम्मेलन में भाग लेने के लिए कज़ान पहुँचे।",  # to attend another series
    "दोनों नेताओं ने तय किया कि प्रधानमंत्री मार्च 2026 में टोक्यो जाएँगे।",  # planned
    "प्रधानमंत्री ने राष्ट्रपति को 2025 में नई दिल्ली आने का निमंत्रण दिया, जिसे स्वीकार कर लिया गया।",  # an invitation
    "1988 में प्रधानमंत्री की बीजिंग यात्रा ने संबंधों में नया अध्याय खोला।",  # a visit as a point in history
    "अक्टूबर 2005 में राष्ट्रपति प्योंगयांग गए थे; वह यात्रा इस शृंखला का हिस्सा नहीं है।",  # denied
    "मार्च 2023 में प्रधानमंत्री की नई दिल्ली यात्रा द्विपक्षीय बैठक थी, वार्षिक शिखर सम्मेलन नहीं।",  # denied
    "2022 में नई दिल्ली में संयुक्त आयोग की बैठक हुई।",  # a body's meeting
    "प्रधानमंत्री ने 14 जुलाई 2023 को पेरिस में राष्ट्रपति से मुलाक़ात की घोषणा की तारीख़ बताई।",  # hmm: announced
])
def test_ministers_other_events_plans_and_denied_meetings_are_no_summits(sentence):
    assert _visits(sentence) == []


def test_a_visit_names_the_city_visited_never_a_country():
    assert _visits("प्रधानमंत्री हसीना 21 जून 2024 को भारत की राजकीय यात्रा पर रहीं।") == []


def _bilateral_news(body: str, title: str = "हनोई में मोदी–चिन्ह शिखर वार्ता: रिश्तों में नई गर्मजोशी") -> str:
    return f"{title}\n\nहनोई, 12 मई (एजेंसियाँ)। भारत और वियतनाम के रिश्ते मज़बूत हुए हैं। {body}\n"


def test_in_a_document_on_two_sides_their_leaders_meetings_are_summits():
    text = _bilateral_news("इससे पहले प्रधानमंत्री चिन्ह ने 30 जुलाई 2024 को नई दिल्ली में मोदी से मुलाक़ात की थी।")
    assert (2024, "New Delhi") in _cities(text)


def test_in_a_document_on_a_group_a_leaders_meeting_is_no_summit_of_the_group():
    text = ("आसियान–भारत शिखर सम्मेलन: एक परिचय\n\nभारत, इंडोनेशिया, वियतनाम, थाईलैंड और मलेशिया इस मंच के सदस्य हैं। "
            "प्रधानमंत्री चिन्ह ने 30 जुलाई 2024 को नई दिल्ली में मोदी से मुलाक़ात की थी।\n\n## उद्देश्य\n\n- व्यापार: बढ़ाना\n")
    assert (2024, "New Delhi") not in _cities(text)


def test_a_visit_to_the_country_whose_capital_the_dateline_names_took_place_there():
    sentence = "प्रधानमंत्री हसीना 21-22 जून 2024 को भारत की राजकीय यात्रा पर रहीं।"
    found = [(m.period.label, m.place.city) for m in leaders_visits(sentence, LEXICON, "नई दिल्ली")]
    assert found == [("2024-06-21/2024-06-22", "नई दिल्ली")]
    # a report filed in the visitor's capital, or in another city, says nothing of where the visit went
    assert leaders_visits(sentence, LEXICON, "ढाका") == []
    assert leaders_visits(sentence, LEXICON, "मुंबई") == []
    assert leaders_visits("प्रधानमंत्री हसीना 21 जून 2024 को भारत की यात्रा पर जाएँगी।", LEXICON, "नई दिल्ली") == []


# --- the entries of a summit list: the city come to, the day of the label's month, the day they met

def _notes(*entries: str) -> str:
    lines = "\n".join(f"- {e}" for e in entries)
    return ("# भारत–वियतनाम शिखर वार्ताएँ — नोट्स\n\n**पक्ष**: भारत और वियतनाम\n\n"
            f"## शिखर वार्ताएँ\n\n{lines}\n")


def _held_rows(text: str) -> list[tuple]:
    return [(s["year"], s["city_en"], s["date"], s["date_end"]) for s in parse(text)["summits"] if s["status"] == "held"]


def test_an_entry_names_the_city_a_leader_came_to():
    assert _held_rows(_notes("**अगस्त 2017**: प्रधानमंत्री फुक नई दिल्ली आए")) == [(2017, "New Delhi", None, None)]
    assert _held_rows(_notes("**मार्च 2019**: प्रधानमंत्री मोदी हनोई पहुँचे; समुद्री सहयोग")) == [(2019, "Hanoi", None, None)]
    # a city the visitor came from is not where they met
    assert _held_rows(_notes("**अगस्त 2017**: प्रधानमंत्री फुक मुंबई से आए")) == [(2017, None, None, None)]


def test_an_entry_of_a_month_takes_the_days_of_that_month_from_its_text():
    assert _held_rows(_notes("**अगस्त 2014**: 3–4 अगस्त को मोदी की हनोई यात्रा")) == [
        (2014, "Hanoi", "2014-08-03", "2014-08-04")]
    assert _held_rows(_notes("**अगस्त 2014**: 3 सितंबर को घोषित मोदी की हनोई यात्रा")) == [(2014, "Hanoi", None, None)]


def test_of_two_days_in_an_entry_the_day_the_leaders_met_is_the_summits():
    assert _held_rows(_notes("**2022**: 21 अप्रैल को मुंबई पहुँचने के बाद फुक ने 22 अप्रैल को नई दिल्ली में मोदी से वार्ता की")) == [
        (2022, "New Delhi", "2022-04-22", None)]
    # no verb of meeting: which day is the summit's is not said
    assert _held_rows(_notes("**2022**: 21 अप्रैल को मुंबई और 22 अप्रैल को नई दिल्ली में कार्यक्रम")) [0][2] is None


def test_a_target_that_fell_short_does_not_cancel_the_summit():
    rows = _held_rows(_notes("**2022**: 22 अप्रैल को नई दिल्ली में वार्ता; दिवाली तक व्यापार समझौते का लक्ष्य रखा गया, "
                             "जो पूरा नहीं हो सका"))
    assert rows == [(2022, "New Delhi", "2022-04-22", None)]
    assert _held_rows(_notes("**2022**: 22 अप्रैल को नई दिल्ली में होने वाली वार्ता नहीं हो सकी")) == []


@pytest.mark.parametrize("sentence, expected", [
    # a trip: the city they met in, not the one the visitor reached first
    ("राष्ट्रपति मैक्रों 25 जनवरी 2024 को नई दिल्ली आए और जयपुर में मोदी से मिले।", [("2024-01-25", "जयपुर")]),
    ("दोनों प्रधानमंत्रियों ने 12 दिसंबर 2015 को नई दिल्ली में वार्ता की।", [("2015-12-12", "नई दिल्ली")]),
    ("द्विपक्षीय वार्ता के लिए प्रधानमंत्री 6 जून 2015 को ढाका पहुँचे।", [("2015-06-06", "ढाका")]),
    ("15 जून 2015 को उफ़ा में दोनों नेताओं के बीच बातचीत हुई।", [("2015-06-15", "उफ़ा")]),
    ("प्रधानमंत्री की 2015 की ढाका यात्रा के दौरान भूमि सीमा समझौता लागू हुआ।", [("2015", "ढाका")]),
])
def test_more_wordings_of_a_leaders_meeting(sentence, expected):
    assert _visits(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "प्रधानमंत्री मार्च 2026 में टोक्यो जाने वाले हैं।",
    "प्रधानमंत्री इलाज के लिए 5 मई 2019 को लंदन पहुँचे।",
    "दोनों देशों के व्यापारियों ने 12 दिसंबर 2015 को नई दिल्ली में वार्ता की।",
    "निवेशक 12 दिसंबर 2015 को नई दिल्ली पहुँचे।",  # no leader, no visit
])
def test_more_look_alikes_that_are_no_summit(sentence):
    assert _visits(sentence) == []


def test_a_leaders_visit_before_the_year_the_text_says_the_summits_began_is_history():
    body = ("1988 में प्रधानमंत्री राजीव गांधी ने बीजिंग की ऐतिहासिक यात्रा की। "
            "अनौपचारिक शिखर सम्मेलनों की परंपरा 2018 में शुरू हुई। "
            "प्रधानमंत्री मोदी ने 27 अप्रैल 2018 को वुहान में शी से मुलाक़ात की।")
    found = _cities(_bilateral_news(body, "भारत–चीन अनौपचारिक शिखर वार्ता: एक नज़र"))
    assert (2018, "Wuhan") in found and (1988, "Beijing") not in found
    # no start stated: the visit counts
    found = _cities(_bilateral_news("1988 में प्रधानमंत्री राजीव गांधी ने बीजिंग की ऐतिहासिक यात्रा की।",
                                    "भारत–चीन शिखर वार्ता: एक नज़र"))
    assert (1988, "Beijing") in found


def test_today_in_a_release_is_its_day():
    from pipeline.parse.language.dates import day_period
    import datetime as dt
    today = day_period(dt.date(2024, 6, 22))
    found = [(m.period.label, m.place.city) for m in leaders_visits(
        "प्रधानमंत्री कार्नी ने आज ओटावा में राष्ट्रपति से मुलाक़ात की।", LEXICON, None, today)]
    assert found == [("2024-06-22", "ओटावा")]
    assert leaders_visits("प्रधानमंत्री कार्नी ने ओटावा में राष्ट्रपति से मुलाक़ात की।", LEXICON, None, today) == []
    assert leaders_visits("प्रधानमंत्री कार्नी ने आज ओटावा में राष्ट्रपति से मुलाक़ात की।", LEXICON) == []


# --- a section on the two sides' leaders' visits or meetings lists their summits --------------

def _sectioned(heading: str, parties: str = "भारत और वियतनाम", title: str = "भारत–वियतनाम संबंध") -> str:
    return (f"# {title} — नोट्स\n\n**पक्ष**: {parties}\n\n## {heading}\n\n"
            "- **2016**: प्रधानमंत्री मोदी की हनोई यात्रा; व्यापक रणनीतिक साझेदारी\n"
            "- **2018**: राष्ट्रपति क्वांग की नई दिल्ली यात्रा\n"
            "- **2019**: विदेश मंत्री की हनोई यात्रा\n"
            "- 2024: 1 अगस्त को नई दिल्ली में मोदी और चिन्ह की वार्ता\n")


@pytest.mark.parametrize("heading", ["प्रमुख यात्राएँ", "नेताओं की मुलाक़ातें", "शीर्ष-स्तरीय दौरे"])
def test_a_section_of_the_leaders_visits_lists_summits_but_not_a_ministers_visit(heading):
    assert _held_rows(_sectioned(heading)) == [
        (2016, "Hanoi", None, None), (2018, "New Delhi", None, None), (2024, "New Delhi", "2024-08-01", None)]


@pytest.mark.parametrize("heading", ["मंत्री-स्तरीय यात्राएँ", "सांस्कृतिक आदान-प्रदान"])
def test_a_section_of_ministers_or_other_visits_lists_no_summits(heading):
    assert [r for r in _held_rows(_sectioned(heading)) if r[0] in (2016, 2019)] == []


def test_in_a_document_on_a_group_a_visits_section_lists_no_summits_of_the_group():
    rows = _held_rows(_sectioned("प्रमुख यात्राएँ", "भारत, वियतनाम, थाईलैंड, लाओस और कंबोडिया", "मेकांग–गंगा सहयोग"))
    assert [r for r in rows if r[0] == 2016] == []


@pytest.mark.parametrize("sentence, expected", [
    ("इससे पहले दोनों नेता जून 2023 में वॉशिंगटन में मिले थे।", [("2023-06", "वॉशिंगटन")]),
    ("मई 2018 में मोदी सोची गए, जहाँ उन्होंने पुतिन के साथ अनौपचारिक बातचीत की।", [("2018-05", "सोची")]),
    ("फ़रवरी 1999 में प्रधानमंत्री वाजपेयी बस से लाहौर पहुँचे और नवाज़ शरीफ़ से मिले।", [("1999-02", "लाहौर")]),
])
def test_leaders_who_met_or_went_to_meet(sentence, expected):
    assert _visits(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "2023 में जी-20 शिखर सम्मेलन के लिए बाइडन नई दिल्ली आए और मोदी से मिले।",
    "प्रधानमंत्री ने 5 मई 2019 को टोक्यो में जापानी उद्योगपतियों से मुलाक़ात की।",
    "प्रधानमंत्री ने 5 मई 2019 को टोक्यो में भारतीय समुदाय के लोगों से मुलाक़ात की।",
    "मई 2018 में छात्र सोची गए।",
])
def test_people_met_who_are_not_the_other_leader_or_a_trip_for_another_event(sentence):
    assert _visits(sentence) == []


def test_a_visit_dated_in_brackets_or_after_a_comma():
    assert _held_rows(_notes("प्रधानमंत्री मोदी की ढाका यात्रा (6-7 जून 2015); भूमि सीमा समझौता",
                             "प्रधानमंत्री हसीना की नई दिल्ली यात्रा, अक्टूबर 2019",
                             "विदेश मंत्री की ढाका यात्रा (2020)")) == [
        (2015, "Dhaka", "2015-06-06", "2015-06-07"), (2019, "New Delhi", None, None)]
    # a bracket that holds no date says nothing of when
    assert _visits("प्रधानमंत्री मोदी की ढाका यात्रा (पहली बार) ने 2015 में नया अध्याय खोला।") == []


def test_leaders_talks_online_are_a_virtual_summit_without_a_city():
    found = leaders_visits("दोनों नेताओं ने 15 जून 2020 को वर्चुअल माध्यम से वार्ता की।", LEXICON)
    assert [(m.period.label, m.place, m.mode) for m in found] == [("2020-06-15", None, "virtual")]
    assert leaders_visits("प्रधानमंत्री ने 2 जनवरी 2024 को राष्ट्रपति से फ़ोन पर बात की।", LEXICON) == []
    assert leaders_visits("दोनों देशों के अधिकारियों ने 15 जून 2020 को वर्चुअल माध्यम से वार्ता की।", LEXICON) == []


@pytest.mark.parametrize("sentence", [
    "दोनों नेताओं की पिछली मुलाक़ात नवंबर 2019 में ओसाका में जी-20 के दौरान हुई थी।",
    "2019 में ओसाका में ब्रिक्स बैठक के मौक़े पर मोदी ने शी से मुलाक़ात की।",
    "सितंबर 2019 में मोदी पूर्वी आर्थिक मंच के लिए व्लादिवोस्तोक पहुँचे।",
])
def test_a_meeting_at_a_forum_of_many_is_on_its_sidelines(sentence):
    assert _visits(sentence) == []


@pytest.mark.parametrize("sentence", [
    "3 मार्च 2021 को वर्चुअल माध्यम से हुई मंत्रिस्तरीय बैठक में साझेदारी का दर्जा बढ़ाया गया।",
    "2021 की सातवीं बैठक महामारी के कारण वीडियो लिंक से हुई।",
    "3 मार्च 2021 को वीडियो लिंक से हुई विदेश मंत्रियों की बैठक में सहमति बनी।",
])
def test_a_ministers_meeting_online_is_no_virtual_summit(sentence):
    assert _visits(sentence) == []


def test_a_leader_hosted_by_the_other_met_there():
    assert _visits("प्रधानमंत्री आबे ने 29 अक्टूबर 2018 को टोक्यो में मोदी की मेज़बानी की।") == [("2018-10-29", "टोक्यो")]
    assert _visits("जापान ने 29 अक्टूबर 2018 को टोक्यो में प्रदर्शनी की मेज़बानी की।") == []
    assert _visits("जापान ने 2019 में ओसाका में जी-20 शिखर सम्मेलन की मेज़बानी की।") == []
    assert _visits("भारत 2026 में नई दिल्ली में राष्ट्रपति की मेज़बानी करेगा।") == []


def test_unmarked_dated_lines_under_an_announcing_sentence_are_summits_too():
    text = _release("दोनों नेताओं की प्रमुख मुलाक़ातें इस प्रकार रहीं:", [
        "10-11 जनवरी 2016 – प्रधानमंत्री की हनोई यात्रा",
        "2018 – नई दिल्ली",
    ], "इसके बाद 2023 में दोनों देशों ने राजनयिक संबंधों की 50वीं वर्षगांठ मनाई।")
    assert _cities(text) == [(2016, "Hanoi"), (2018, "New Delhi")]
    # a dated sentence is no entry: the list is not announced by it
    text = _release("दोनों नेताओं की प्रमुख मुलाक़ातें इस प्रकार रहीं:", [
        "2023 में दोनों देशों ने राजनयिक संबंधों की 50वीं वर्षगांठ नई दिल्ली में मनाई।",
    ])
    assert _cities(text) == []


def test_a_title_on_three_sides_talks_is_no_document_on_two_sides():
    body = "इससे पहले प्रधानमंत्री चिन्ह ने 30 जुलाई 2024 को नई दिल्ली में मोदी से मुलाक़ात की थी।"
    assert (2024, "New Delhi") in _cities(_bilateral_news(body, "हनोई में शिखर वार्ता: रिश्तों में नई गर्मजोशी"))
    assert (2024, "New Delhi") not in _cities(_bilateral_news(body, "हनोई में त्रिपक्षीय शिखर वार्ता: नई गर्मजोशी"))


def test_a_leader_who_arrived_and_met_the_other_and_talks_that_failed():
    assert _visits("दिसंबर 2015 में मोदी अचानक लाहौर पहुँचे और शरीफ़ से मिले।") == [("2015-12", "लाहौर")]
    assert _visits("जुलाई 2001 में आगरा में मुशर्रफ़ और वाजपेयी की वार्ता विफल रही।") == [("2001-07", "आगरा")]
    assert _visits("दिसंबर 2015 में पर्यटक लाहौर पहुँचे।") == []
    assert _visits("दोनों नेताओं ने 5 मई 2020 को फ़ोन पर वार्ता की।") == []  # a call is no summit
