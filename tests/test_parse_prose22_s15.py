"""Session 15, blind22's news, press releases and articles: general readings, each tested on
invented documents of other series (positives in several wordings, look-alikes that stay unread)."""

from __future__ import annotations

import pytest

from pipeline.parse.language.dates import find_ordinal
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.series import another_kind_of_meeting
from pipeline.parse.layout.summits import find_place
from pipeline.parse.parties.pairs import co_chairs
from pipeline.parse.prose.phases import as_phase_of_the_summit, tells_phases
from tests.parse_support import held, parse

LEXICON = default_lexicon()

ARTICLE = """{title}

{title} एक अंतरराष्ट्रीय सम्मेलनों की शृंखला है, जिसमें सरकारें और वैज्ञानिक भाग लेते हैं।


पृष्ठभूमि

{background}


उद्देश्य

जल सुरक्षा: सबके लिए स्वच्छ जल।


सम्मेलनों का विवरण

{entries}
"""


def _article(entries: str, background: str = "यह शृंखला 1970 के दशक की चिंताओं से निकली।",
             title: str = "विश्व मृदा सम्मेलन") -> dict:
    return parse(ARTICLE.format(title=title, background=background, entries=entries))


# --- a summit as a point in time, counted in days, months or years ('के कुछ ही महीने बाद') ---

@pytest.mark.parametrize("after", ["के कुछ ही महीने बाद", "के लगभग दो साल बाद", "के ठीक तीन दिन बाद", "के कुछ महीने बाद"])
def test_a_time_counted_from_a_summit_is_not_that_summit(after):
    entries = ("1994: पहला विश्व मृदा सम्मेलन 3 से 5 मई 1994 को नैरोबी में हुआ।\n\n"
               "2004: दूसरा विश्व मृदा सम्मेलन 7 से 9 जून 2004 को लीमा में हुआ।")
    background = f"दूसरे सम्मेलन {after}, दिसंबर 2004 में ब्यूनस आयर्स में सीओपी-10 हुआ।"
    rows = _article(entries, background)
    assert [(y, c) for y, c, *_ in held(rows)] == [(1994, "Nairobi"), (2004, "Lima")]


# --- a meeting of scientists or experts in a list of the series' conferences ---

@pytest.mark.parametrize("line", [
    "1999: नीदरलैंड के एक शहर में एफ़एओ और यूनेप की संयुक्त वैज्ञानिक बैठक ने मृदा क्षरण पर चेतावनी दी।",
    "1999: विशेषज्ञों की एक बैठक ने अगले सम्मेलन के लिए सिफ़ारिशें तैयार कीं।",
    "1999: रोम में कार्य समूह की बैठक हुई, जिसने मसौदा घोषणा लिखी।",
])
def test_an_experts_meeting_in_a_list_of_conferences_is_not_one_of_them(line):
    entries = ("1994: पहला विश्व मृदा सम्मेलन 3 से 5 मई 1994 को नैरोबी में हुआ।\n\n" + line + "\n\n"
               "2004: दूसरा विश्व मृदा सम्मेलन 7 से 9 जून 2004 को लीमा में हुआ।")
    assert [(y, c, e) for y, c, _, e in held(_article(entries))] == [(1994, "Nairobi", 1), (2004, "Lima", 2)]


def test_a_series_named_by_such_a_meeting_keeps_its_own():
    text = "2010: ओस्लो में 12वीं वैज्ञानिक बैठक हुई।"
    assert another_kind_of_meeting(text, "विश्व मृदा सम्मेलन")
    assert not another_kind_of_meeting(text, "ध्रुवीय अनुसंधान पर अंतरराष्ट्रीय वैज्ञानिक बैठक")
    # a summit entry whose first clause names no such meeting stays a summit
    assert not another_kind_of_meeting("2004: दूसरा सम्मेलन लीमा में हुआ; बाद में विशेषज्ञों की बैठक हुई।", "विश्व मृदा सम्मेलन")


# --- a summit held with a side of the series by a country outside it ---

NEWS = """{title}

{deck}

{dateline}। {lead}

{body}

पृष्ठभूमि

दोनों क्षेत्रों के संबंध पुराने हैं।
"""


def _news(lead: str, body: str, title: str = "ताशकंद में पहला खाड़ी-मध्य एशिया शिखर सम्मेलन: व्यापार पर ज़ोर",
          deck: str = "ऊर्जा और संपर्क रहे चर्चा के केंद्र में", dateline: str = "ताशकंद, 5 जून") -> dict:
    return parse(NEWS.format(title=title, deck=deck, dateline=dateline, lead=lead, body=body))


GULF_LEAD = ("ताशकंद में खाड़ी और मध्य एशिया के नेताओं ने शुक्रवार को सहयोग बढ़ाने की घोषणा की। 4-5 जून 2025 को "
             "हुआ यह सम्मेलन खाड़ी और मध्य एशिया का पहला शिखर सम्मेलन था।")


@pytest.mark.parametrize("other", [
    "तुर्की ने अक्टूबर 2022 में अंकारा में मध्य एशिया के साथ पहला शिखर सम्मेलन किया था।",
    "जापान ने दिसंबर 2024 में टोक्यो में मध्य एशियाई देशों के साथ अपना पहला शिखर सम्मेलन आयोजित किया था।",
])
def test_a_summit_an_outsider_held_with_a_side_is_anothers(other):
    rows = _news(GULF_LEAD, other)
    assert [(y, c, e) for y, c, _, e in held(rows)] == [(2025, "Tashkent", 1)]


def test_an_identity_names_its_owner_in_several_words():
    # 'हुआ यह सम्मेलन खाड़ी और मध्य एशिया का पहला शिखर सम्मेलन था': the edition of the summit named first
    rows = _news(GULF_LEAD, "दोनों पक्षों ने घोषणा पत्र जारी किया।")
    assert held(rows) == [(2025, "Tashkent", "2025-06-04", 1)]


# --- a meeting told without a summit noun, numbered by the next sentence ---

NORDIC = "ओस्लो में भारत-नॉर्डिक शिखर सम्मेलन: हरित साझेदारी पर सहमति"


@pytest.mark.parametrize("told, numbered, expected", [
    ("प्रधानमंत्री मोदी ने बुधवार, 4 मई 2022 को कोपेनहेगन में नॉर्डिक देशों के प्रधानमंत्रियों से मुलाक़ात की।",
     "यह भारत-नॉर्डिक प्रारूप का दूसरा शिखर सम्मेलन था।", (2022, "Copenhagen", "2022-05-04", 2)),
    ("पाँचों देशों के नेता 17 अप्रैल 2018 को स्टॉकहोम में मिले।", "यह पहला भारत-नॉर्डिक शिखर सम्मेलन था।",
     (2018, "Stockholm", "2018-04-17", 1)),
    ("स्वीडन के प्रधानमंत्री ने 17 अप्रैल 2018 को स्टॉकहोम स्थित सरकारी भवन में नेताओं की मेज़बानी की।",
     "नेताओं के स्तर पर यह पहला शिखर सम्मेलन था।", (2018, "Stockholm", "2018-04-17", 1)),
])
def test_a_meeting_the_next_sentence_numbers_is_that_summit(told, numbered, expected):
    # (a host is a side when the lead names it so: 'स्वीडन के प्रधानमंत्री ने ... मेज़बानी की')
    lead = "भारत और पाँच नॉर्डिक देशों — डेनमार्क, फ़िनलैंड, आइसलैंड, नॉर्वे और स्वीडन — के नेताओं ने हरित ऊर्जा पर सहमति जताई।"
    rows = _news(lead, f"{told} {numbered}", title=NORDIC,
                 deck="नॉर्डिक देशों के साथ सहयोग बढ़ा", dateline="ओस्लो, 10 मई")
    assert expected in held(rows)


@pytest.mark.parametrize("told, numbered", [
    ("विदेश मंत्रियों ने 5 मार्च 2021 को हेलसिंकी में बैठक की।", "यह मंत्रियों की तीसरी बैठक थी।"),
    ("नेता 10 अक्टूबर 2026 को हेलसिंकी में मिलेंगे।", "यह तीसरा शिखर सम्मेलन होगा।"),
    ("चीन ने मई 2023 में शीआन में नॉर्डिक नेताओं की मेज़बानी की।", "यह उनका पहला शिखर सम्मेलन था।"),
    ("नेता 2019 में हेलसिंकी और 2020 में रेक्याविक में मिले।", "यह तीसरा शिखर सम्मेलन था।"),
    ("प्रधानमंत्री ने 5 मार्च 2021 को हेलसिंकी की यात्रा की।", "यह उनकी दूसरी नॉर्डिक यात्रा थी।"),
])
def test_look_alikes_of_a_numbered_meeting_stay_unread(told, numbered):
    rows = _news("दोनों पक्षों ने हरित ऊर्जा पर सहमति जताई।", f"{told} {numbered}", title=NORDIC,
                 deck="नॉर्डिक देशों के साथ सहयोग बढ़ा", dateline="ओस्लो, 10 मई")
    assert not [s for s in held(rows) if s[0] in (2019, 2020, 2021, 2023, 2026)]


# --- an ordinal after 'X द्वारा आयोजित' numbers the summit ---

def test_an_ordinal_after_its_organiser_numbers_the_summit():
    assert find_ordinal("राष्ट्रपति द्वारा आयोजित पहले वैश्विक पोषण शिखर सम्मेलन") == 1
    assert find_ordinal("जापान सरकार द्वारा आयोजित दूसरे वैश्विक पोषण शिखर सम्मेलन") == 2
    # the first held somewhere is still no edition
    assert find_ordinal("लिस्बन में आयोजित पहले भारत-यूरोपीय संघ शिखर सम्मेलन") is None


# --- a body's chair and co-chair are sides ---

@pytest.mark.parametrize("text, chairs", [
    ("भारत सभा का अध्यक्ष और फ़्रांस सह-अध्यक्ष है।", ["भारत", "फ़्रांस"]),
    ("जापान इसका अध्यक्ष है और ब्राज़ील उपाध्यक्ष।", ["जापान", "ब्राज़ील"]),
    ("भारत के प्रधानमंत्री परिषद के अध्यक्ष और फ़्रांस के राष्ट्रपति सह-अध्यक्ष थे।", ["भारत", "फ़्रांस"]),
])
def test_a_bodys_chair_and_co_chair(text, chairs):
    assert co_chairs(text, LEXICON) == chairs


@pytest.mark.parametrize("text", [
    "मंच के अध्यक्ष और सह-अध्यक्ष बारी-बारी से चुने जाते हैं।",
    "संयुक्त राष्ट्र महासचिव सभा के अध्यक्ष और भारत सह-अध्यक्ष है।",
    "सभा का अध्यक्ष हर दो वर्ष में बदलता है, और सचिवालय गुरुग्राम में है।",
])
def test_no_chairs_without_a_country_for_each(text):
    assert co_chairs(text, LEXICON) == []


# --- a building's city, one word GeoNames knows ---

@pytest.mark.parametrize("text, city", [
    ("पटना के बापू सभागार में सम्मेलन हुआ", "पटना"),
    ("भोपाल के मिंटो हॉल में आयोजित", "भोपाल"),
    ("21-22 फरवरी 2018 को इंदौर के ब्रिलियंट कन्वेंशन सेंटर में समिट आयोजित हुई थी।", "इंदौर"),
])
def test_a_buildings_city(text, city):
    assert find_place(text, LEXICON).city == city


@pytest.mark.parametrize("text", ["सरकार के विज्ञान भवन में बैठक हुई", "देश के सबसे बड़े सभागार में", "कंपनी के मुख्य भवन में"])
def test_no_city_of_a_building_without_one(text):
    place = find_place(text, LEXICON)
    assert place is None or place.kind != "city"


# --- a summit that began on the dateline's weekday, its days in a bare-noun sentence ---

STATE = """बिहार बिज़नेस कनेक्ट समिट: मुख्यमंत्री ने किया उद्घाटन, निवेश पर नज़र

गांधी मैदान में देश-विदेश के उद्योगपतियों का जमावड़ा

पटना, 15 मार्च (संवाददाता)। राजधानी के ज्ञान भवन में {weekday} को बिहार बिज़नेस कनेक्ट समिट 2023 की शुरुआत हुई। मुख्यमंत्री ने तीन दिवसीय समिट का उद्घाटन किया। समिट 15 से 17 मार्च 2023 तक चलेगी।

इससे पहले 9-10 अक्टूबर 2019 को पटना के बापू सभागार में बिहार बिज़नेस कनेक्ट समिट आयोजित हुई थी।
"""


def test_a_summit_that_began_on_the_datelines_weekday():
    rows = parse(STATE.format(weekday="बुधवार"))  # 15 March 2023 was a Wednesday
    found = {(s["year"], s["city_en"], s["date"], s["date_end"]) for s in rows["summits"] if s["status"] == "held"}
    assert found == {(2023, "Patna", "2023-03-15", "2023-03-17"), (2019, "Patna", "2019-10-09", "2019-10-10")}


def test_another_weekday_dates_nothing():
    rows = parse(STATE.format(weekday="सोमवार"))
    assert not [s for s in rows["summits"] if s["date"] == "2023-03-15"]


# --- a summit held in phases ---

PHASES = ("शिखर सम्मेलन का पहला चरण 5 से 7 जून 2011 तक नॉर्वे की राजधानी ओस्लो में हुआ। इसमें 120 देशों ने भाग लिया।\n\n"
          "दूसरा चरण 3 से 5 मई 2013 तक पेरू की राजधानी लीमा में आयोजित हुआ। इस चरण में लीमा एजेंडा स्वीकार किया गया।\n\n"
          "परियोजना का दूसरा चरण 2015 में नैरोबी में शुरू हुआ।")


def test_a_summit_held_in_phases():
    rows = _article(PHASES, title="महासागर विज्ञान पर विश्व शिखर सम्मेलन")
    assert held(rows) == [(2011, "Oslo", "2011-06-05", None), (2013, "Lima", "2013-05-03", None)]


def test_phases_only_of_a_summit_that_met_in_them():
    assert tells_phases("शिखर सम्मेलन का पहला चरण जिनेवा में हुआ") and tells_phases("सम्मेलन दो चरणों में होगा")
    assert not tells_phases("परियोजना का पहला चरण 2010 में शुरू हुआ")
    assert as_phase_of_the_summit("दूसरे चरण का आयोजन 2005 में हुआ") == "शिखर सम्मेलन के दूसरे चरण का आयोजन 2005 में हुआ"
    assert as_phase_of_the_summit("परियोजना का दूसरा चरण 2015 में शुरू हुआ") == "परियोजना का दूसरा चरण 2015 में शुरू हुआ"
    # a document that tells no phases reads no phase as a summit
    text = PHASES.replace("शिखर सम्मेलन का पहला चरण", "अभियान का पहला चरण")
    assert not [s for s in held(_article(text, title="महासागर विज्ञान पर विश्व शिखर सम्मेलन")) if s[0] == 2013]


def test_the_datelines_day_only_in_the_reports_year():
    from pipeline.parse.prose.datelines import Dateline
    from pipeline.parse.layout.summits import Place
    from pipeline.parse.language.text import match_key

    dateline = Dateline(Place("पटना", "city"), 3, 15, "पटना, 15 मार्च", not_before=2023)
    assert dateline.day_in_year(match_key("राजधानी में बुधवार को समिट 2023 की शुरुआत हुई"), 2023).label == "2023-03-15"
    assert dateline.day_in_year(match_key("आज समिट की शुरुआत हुई"), 2023).label == "2023-03-15"
    assert dateline.day_in_year(match_key("आज 2019 के सम्मेलन को याद किया गया"), 2019) is None
    assert dateline.day_in_year(match_key("सोमवार को समिट 2023 की शुरुआत हुई"), 2023) is None
