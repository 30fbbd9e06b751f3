"""Past summits listed in prose and in numbered lists (session 12): a press release or an article
names the series' earlier meetings inside one sentence ('..., जिनमें ढाका (२००४), कोलंबो (२००८)
और हनोई (२०१२) के मंच शामिल हैं') or in a numbered list under a line that names them ('पिछले
मंचों का विवरण इस प्रकार है:'), and a list of summits after a list of areas is never more areas.
Every document is small and invented, with series, cities and wordings of its own; each shape
the parser must read is paired with a look-alike it must leave out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.series_noun import as_summit_nouns
from pipeline.parse.layout.structure import announces_summits, clean_lines, find_shape
from tests.parse_support import held, parse


def _cities(text: str) -> list[tuple]:
    return sorted((year, city) for year, city, _, _ in held(parse(text)))


def _release(title: str, body: str) -> str:
    return ("कृषि मंत्रालय\n\nप्रविष्टि तिथि: १२ मार्च, २०२४, ४:१० अपराह्न, पीआईबी दिल्ली\n\n"
            f"{title}\n\n{body}\n\n***\nएबी/सीडी\n")


_FORUM = "भारतीय दल ने जकार्ता में सातवें एशियाई बीज मंच में भाग लिया"
_CONGRESS = "भारत ने बैंकॉक में पाँचवीं एशियाई मृदा कांग्रेस की मेज़बानी में सहयोग किया"
_LEAD = "भारतीय दल ने ४ से ६ मार्च, २०२४ तक जकार्ता में आयोजित सातवें एशियाई बीज मंच में भाग लिया।"


# --- (1) a list of past meetings inside one sentence ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "भारत पिछले कई मंचों में भाग लेता रहा है, जिनमें ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) के मंच शामिल हैं।",
    "भारत ने ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) के मंचों में भी भाग लिया था।",
    "भारत ने ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) में हुए मंचों में हिस्सा लिया।",
    "भारतीय दल कई मंचों में शामिल रहा है, जैसे ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२)।",
    "भारत ने २००४ में ढाका, २००८ में कोलंबो और २०१२ में हनोई के मंचों में भाग लिया।",
    "भारत ने कई मंचों में भाग लिया है, जिनमें २००४ में ढाका, २००८ में कोलंबो और २०१२ में हनोई के मंच शामिल हैं।",
])
def test_a_sentence_listing_the_series_past_meetings_gives_one_summit_each(sentence):
    text = _release(_FORUM, f"{_LEAD}\n\n{sentence}")
    assert _cities(text) == [(2004, "Dhaka"), (2008, "Colombo"), (2012, "Hanoi"), (2024, "Jakarta")]


@pytest.mark.parametrize("sentence", [
    # what was attended is not the series' meetings
    "भारत ने ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) के व्यापार मेलों में भाग लिया।",
    "भारत ने २००४ में ढाका, २००८ में कोलंबो और २०१२ में हनोई के व्यापार मेलों में भाग लिया।",
    # a plan: they will be attended
    "भारत ढाका (२०२६), कोलंबो (२०२८) और हनोई (२०३०) के मंचों में भाग लेगा।",
    # ministers' meetings
    "कृषि मंत्रियों ने ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) की मंत्रिस्तरीय बैठकों में भाग लिया।",
    # a list of cities without years
    "भारत ने ढाका, कोलंबो और हनोई के मंचों में भी भाग लिया था।",
    # attended, but the list names no meeting at all
    "भारत ने ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) में भाग लिया।",
])
def test_other_lists_in_a_sentence_give_no_summit(sentence):
    text = _release(_FORUM, f"{_LEAD}\n\n{sentence}")
    assert _cities(text) == [(2024, "Jakarta")]


def test_a_name_no_gazetteer_holds_is_a_place_beside_known_cities():
    sentence = ("भारत पिछले कई मंचों में भाग लेता रहा है, जिनमें ढाका (२००४), कोलंबो (२००८) और "
                "फ़लानपुर (२०१२) के मंच शामिल हैं।")
    rows = parse(_release(_FORUM, f"{_LEAD}\n\n{sentence}"))
    assert sorted((s["year"], s["city"]) for s in rows["summits"]) == [
        (2004, "ढाका"), (2008, "कोलंबो"), (2012, "फ़लानपुर"), (2024, "जकार्ता")]
    # but a list of mostly unknown names is not sure to list places
    sentence = "भारत ने कई मंचों में भाग लिया है, जैसे ढाका (२००४), फ़लानपुर (२००८) और ढिमकानगर (२०१२)।"
    assert _cities(_release(_FORUM, f"{_LEAD}\n\n{sentence}")) == [(2024, "Jakarta")]


def test_a_plural_own_noun_stays_plural():
    own = frozenset({"मंच", "मंचों"})
    assert as_summit_nouns("पिछले कई मंचों में", own) == "पिछले कई सम्मेलनों में"
    assert as_summit_nouns("सातवें मंच में", own) == "सातवें सम्मेलन में"


# --- (2) a numbered list of the series' meetings ------------------------------------------

_AREAS = ("भारत की भागीदारी के प्रमुख क्षेत्र इस प्रकार रहे:\n\n"
          "१. बीज परीक्षण: प्रयोगशालाओं का जाल।\n२. जलवायु-सहिष्णु किस्में: नई किस्मों का प्रदर्शन।\n\n"
          "सचिव ने कहा कि बीज क्षेत्र में सहयोग बढ़ रहा है।")
_LISTED = ("१. चौथा मंच – ढाका, बांग्लादेश, फरवरी २०१५\n"
           "२. पाँचवाँ मंच – कोलंबो, श्रीलंका, ८–१० मार्च, २०१८\n"
           "३. छठा मंच – हनोई, वियतनाम, २१–२३ जून, २०२१")


@pytest.mark.parametrize("introduction", [
    "पिछले मंचों का विवरण इस प्रकार है:",
    "हाल के तीन मंच:",
    "पिछले मंच इन शहरों में हुए:",
    "इससे पहले के आयोजन:",  # no meeting noun: the items themselves say what they are
    "",  # no introduction at all
])
def test_a_numbered_list_of_meetings_after_a_list_of_areas_is_a_summit_list(introduction):
    text = _release(_FORUM, f"{_LEAD}\n\n{_AREAS}\n\n{introduction}\n\n{_LISTED}")
    rows = parse(text)
    assert sorted((y, c, e) for y, c, _, e in held(rows)) == [
        (2015, "Dhaka", 4), (2018, "Colombo", 5), (2021, "Hanoi", 6), (2024, "Jakarta", 7)]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["बीज परीक्षण", "जलवायु-सहिष्णु किस्में"]


def test_an_own_noun_announces_the_list():
    own = frozenset({"मंच", "मंचों"})
    assert announces_summits("हाल के मंचों का विवरण इस प्रकार है:", own)
    assert announces_summits("हाल के तीन मंच:", own)
    assert not announces_summits("हाल के मंचों का विवरण इस प्रकार है:")  # another series' word
    assert not announces_summits("मंच के उद्देश्य इस प्रकार हैं:", own)
    assert not announces_summits("पिछले मंचों के प्रमुख परिणाम इस प्रकार रहे:", own)
    shape = find_shape(clean_lines(_release(_FORUM, f"{_LEAD}\n\nपिछले मंचों का विवरण इस प्रकार है:\n\n{_LISTED}")))
    assert [s.role for s in shape.sections] == ["summits"]


@pytest.mark.parametrize("items", [
    # areas whose items carry a year but no meeting in a city
    "१. बीज परीक्षण – २०१५ से प्रयोगशालाओं का जाल\n२. नई किस्में – २०१८ तक सौ किस्में",
    # one dated item alone is no list
    "१. चौथा मंच – ढाका, बांग्लादेश, फरवरी २०१५",
    # ministers' meetings
    "१. चौथी मंत्रिस्तरीय बैठक – ढाका, फरवरी २०१५\n२. पाँचवीं मंत्रिस्तरीय बैठक – कोलंबो, मार्च २०१८",
])
def test_other_items_under_areas_stay_areas_or_nothing(items):
    text = _release(_FORUM, f"{_LEAD}\n\nभारत की भागीदारी के प्रमुख क्षेत्र इस प्रकार रहे:\n\n{items}")
    assert _cities(text) == [(2024, "Jakarta")]


def test_a_list_under_an_introduction_that_calls_all_of_them_virtual():
    text = _release("प्रधानमंत्री ने तीसरे दक्षिण सागर शिखर सम्मेलन को संबोधित किया",
                    "प्रधानमंत्री ने आज, १२ मार्च, २०२४ को वर्चुअल प्रारूप में आयोजित तीसरे दक्षिण सागर शिखर सम्मेलन "
                    "को संबोधित किया।\n\nअब तक के तीनों शिखर सम्मेलन वर्चुअल प्रारूप में हुए हैं:\n\n"
                    "१. पहला शिखर सम्मेलन — १२-१३ जनवरी, २०२२।\n२. दूसरा शिखर सम्मेलन — १७ नवंबर, २०२३।\n"
                    "३. तीसरा शिखर सम्मेलन — १२ मार्च, २०२४।")
    rows = parse(text)
    assert sorted((s["year"], s["edition"], s["mode"]) for s in rows["summits"]) == [
        (2022, 1, "virtual"), (2023, 2, "virtual"), (2024, 3, "virtual")]


# --- editions told as the series' Nth holding or Nth edition -------------------------------

_HISTORY_TITLE = "प्रधानमंत्री ने चेन्नई में वैश्विक बंदरगाह शिखर सम्मेलन को संबोधित किया"


@pytest.mark.parametrize("sentence, edition", [
    ("बंदरगाह शिखर सम्मेलन शृंखला का पहला आयोजन १४-१६ अप्रैल २०१६ को कोच्चि में हुआ था।", 1),
    ("बंदरगाह शिखर सम्मेलन का दूसरा आयोजन १४-१६ अप्रैल २०१६ को कोच्चि में हुआ था।", 2),
    ("तीसरा संस्करण, जिसे पहली बार 'वैश्विक समुद्री बंदरगाह शिखर सम्मेलन' नाम दिया गया, १४ से १६ अप्रैल २०१६ तक "
     "कोच्चि के प्रदर्शनी मैदान में हुआ, जहाँ नई नीति जारी हुई।", 3),
    # the edition noun opens the sentence, but the summit it names comes after another date: not its number
    ("तीसरा संस्करण २०१४ में हुआ; इसके बाद १४ से १६ अप्रैल २०१६ तक कोच्चि में बंदरगाह शिखर सम्मेलन हुआ।", None),
    # an ordinal of something else
    ("बंदरगाह शिखर सम्मेलन १४-१६ अप्रैल २०१६ को कोच्चि में हुआ, जिसमें पहला सत्र व्यापार पर था।", None),
])
def test_an_edition_named_as_the_series_holding_or_edition(sentence, edition):
    text = _release(_HISTORY_TITLE, f"प्रधानमंत्री ने आज सम्मेलन को संबोधित किया।\n\nइतिहास\n\n{sentence}")
    rows = parse(text)
    assert [(s["year"], s["city_en"], s["edition"]) for s in rows["summits"] if s["year"] == 2016] == [
        (2016, "Kochi", edition)]


# --- the release's own event: the lead's dated span holds the release's day -------------------

def _own_event(date_line: str, sentence: str) -> list[tuple]:
    text = ("पत्तन मंत्रालय\n" f"{date_line}\n" f"{_HISTORY_TITLE}\n\n"
            "प्रधानमंत्री श्री मोदी ने आज चेन्नई में पोत सप्ताह २०२५ के अंतर्गत आयोजित नेतृत्व सत्र को संबोधित किया। "
            f"{sentence}\n\nउद्देश्य\n\n(i) निवेश: बंदरगाहों में निवेश।\n")
    return [(s["year"], s["city_en"], s["date"], s["date_end"]) for s in parse(text)["summits"]]


def test_the_release_of_a_day_within_the_leads_span_dates_the_headline_summit():
    sentence = "१२ से १६ अक्टूबर २०२५ तक प्रदर्शनी केंद्र में चल रहे इस आयोजन में वैश्विक बंदरगाह शिखर सम्मेलन भी शामिल है।"
    assert _own_event("१४ अक्टूबर २०२५, १८:४५ IST", sentence) == [(2025, "Chennai", "2025-10-12", "2025-10-16")]


@pytest.mark.parametrize("date_line, sentence", [
    # the release is dated after the span
    ("२९ अक्टूबर २०२५, १८:४५ IST",
     "१२ से १६ अक्टूबर २०२५ तक प्रदर्शनी केंद्र में चले इस आयोजन में वैश्विक बंदरगाह शिखर सम्मेलन भी शामिल था।"),
    # the span is another event's, with no summit named
    ("१४ अक्टूबर २०२५, १८:४५ IST", "१२ से १६ अक्टूबर २०२५ तक प्रदर्शनी केंद्र में व्यापार मेला चल रहा है।"),
    # another city
    ("१४ अक्टूबर २०२५, १८:४५ IST",
     "१२ से १६ अक्टूबर २०२५ तक कोलकाता में चल रहे इस आयोजन में वैश्विक बंदरगाह शिखर सम्मेलन भी शामिल है।"),
])
def test_other_spans_do_not_date_the_headline_summit(date_line, sentence):
    assert _own_event(date_line, sentence) == []


# --- an old release's layout: a hyphenated date line; the edition after a short form ---------

def _old_release(date_line: str, headline: str, lead: str, rest: str = "") -> dict:
    return parse("पत्र सूचना कार्यालय\nभारत सरकार\nकृषि मंत्रालय\n\n" f"{date_line}\n\n{headline}\n\n{lead}\n\n"
                 "सम्मेलन के उद्देश्य:\n\n(i) जल संरक्षण: सिंचाई में पानी की बचत।\n(ii) मृदा स्वास्थ्य: जाँच प्रयोगशालाएँ।\n\n"
                 f"{rest}\n")


_OLD_HEADLINE = "प्रधानमंत्री ने जयपुर में शुष्क भूमि पर वैश्विक सम्मेलन (जीसीडीएल) के चौथे संस्करण का उद्घाटन किया"
_OLD_LEAD = ("प्रधानमंत्री श्री मोदी ने आज जयपुर में शुष्क भूमि पर वैश्विक सम्मेलन का उद्घाटन किया। "
             "१४ और १५ मार्च, २०१८ को आयोजित हो रहा यह सम्मेलन इस शृंखला का चौथा संस्करण है।")


@pytest.mark.parametrize("date_line", ["14-मार्च-2018 14:35 IST", "१४-मार्च-२०१८ १४:३५ IST", "14 मार्च 2018 14:35 IST"])
def test_a_hyphenated_date_line_is_the_preamble_and_the_release_day(date_line):
    rows = _old_release(date_line, _OLD_HEADLINE, _OLD_LEAD)
    assert rows["documents"][0]["title"] == _OLD_HEADLINE
    assert [(s["year"], s["city_en"], s["date"], s["date_end"], s["edition"]) for s in rows["summits"]] == [
        (2018, "Jaipur", "2018-03-14", "2018-03-15", 4)]


def test_the_edition_said_only_in_the_lead():
    headline = "प्रधानमंत्री ने जयपुर में शुष्क भूमि पर वैश्विक सम्मेलन का उद्घाटन किया"
    rows = _old_release("14-मार्च-2018 14:35 IST", headline, _OLD_LEAD)
    assert [(s["year"], s["edition"]) for s in rows["summits"]] == [(2018, 4)]
    # 'इस शृंखला का चौथा सत्र': a session, not an edition
    lead = _OLD_LEAD.replace("इस शृंखला का चौथा संस्करण है", "इस शृंखला का चौथा सत्र है")
    rows = _old_release("14-मार्च-2018 14:35 IST", headline, lead)
    assert [(s["year"], s["edition"]) for s in rows["summits"]] == [(2018, None)]


@pytest.mark.parametrize("introduction, role", [
    ("सम्मेलन में चार प्रमुख क्षेत्रों (उप-विषयों) पर सत्र आयोजित किए जा रहे हैं:", "cooperation_areas"),
    ("इस वर्ष मंच ने तीन मुख्य उद्देश्य तय किए:", "objectives"),
    ("सम्मेलन के प्रमुख क्षेत्र इस प्रकार हैं:", "cooperation_areas"),
    ("सम्मेलन में पाँच सत्र आयोजित किए जा रहे हैं:", None),  # sessions, no role's noun counted
    ("पिछले तीन सम्मेलनों में ये सत्र हुए:", None),
])
def test_a_count_before_a_list_noun_announces_that_list(introduction, role):
    from pipeline.parse.layout.structure import is_list_introduction
    assert is_list_introduction(introduction) == role


# --- a news report's history of the series, told in sentences --------------------------------

def _news(paragraphs: list[str]) -> list[tuple]:
    body = "\n\n".join(paragraphs)
    text = ("मरुस्थलीकरण पर विश्व सम्मेलनों की विरासत पर रियाद में चर्चा\n\n"
            f"रियाद, 5 जून (एजेंसियां)। विशेषज्ञों ने इस सप्ताह सम्मेलनों की विरासत पर चर्चा की।\n\n{body}\n\n"
            "उद्देश्य:\n\n- भूमि: भूमि की उर्वरता लौटाना।\n- जल: सूखे से निपटना।\n")
    return [(s["year"], s["city_en"], s["date"], s["date_end"], s["edition"]) for s in parse(text)["summits"]
            if s["status"] == "held"]


def test_the_series_began_then_and_there_is_its_first_summit():
    assert _news(["विश्व सम्मेलनों की शृंखला की शुरुआत 12 से 16 मई 1997 के बीच टुरिन में हुई थी, जहाँ एक "
                  "रणनीति स्वीकार की गई।"]) == [(1997, "Turin", "1997-05-12", "1997-05-16", None)]
    # a start without a city, or the ministers' meetings' start, is no summit
    assert _news(["विश्व सम्मेलनों की शृंखला की शुरुआत मई 1997 में हुई थी।"]) == []
    assert _news(["मंत्रिस्तरीय सम्मेलनों की शृंखला की शुरुआत 12 से 16 मई 1997 के बीच टुरिन में हुई थी।"]) == []


def test_days_of_this_summit_in_the_next_sentence_date_a_summit_told_by_its_month():
    assert _news(["दूसरा विश्व सम्मेलन जनवरी 2005 में सुराबाया में हुआ। 18 से 22 जनवरी तक चले इस सम्मेलन पर "
                  "कुछ ही हफ्ते पहले, 26 दिसंबर 2004 को आए भूकंप की छाया थी।"]) == [
        (2005, "Surabaya", "2005-01-18", "2005-01-22", 2)]
    # days of another month are not the summit's
    assert _news(["दूसरा विश्व सम्मेलन जनवरी 2005 में सुराबाया में हुआ। 18 से 22 मार्च तक चले इस सम्मेलन के "
                  "अनुवर्ती सत्र भी हुए।"]) == [(2005, "Surabaya", None, None, 2)]


@pytest.mark.parametrize("host, expected", [
    ("टुरिन", [(2015, "Turin", "2015-03-14", "2015-03-18", 3)]),
    ("सुराबाया", [(2015, "Surabaya", "2015-03-14", "2015-03-18", 3)]),
    ("इटली", []),  # a country hosted: no city
    ("मोदी", []),  # a person
])
def test_a_host_city_gazetteers_spell_otherwise(host, expected):
    assert _news([f"तीसरे सम्मेलन की मेज़बानी {host} ने 14–18 मार्च 2015 को की।"]) == expected


@pytest.mark.parametrize("headline, edition", [
    ("पुत्राजाया में ११वाँ मलेशिया-सिंगापुर नेताओं का वार्षिक रिट्रीट संपन्न", 11),
    ("हनोई में ११वीं भारत-वियतनाम नेताओं की वार्षिक शिखर बैठक संपन्न", 11),
    ("हनोई में भारत-वियतनाम नेताओं की वार्षिक शिखर बैठक संपन्न", None),
])
def test_an_ordinal_before_the_leaders_annual_meeting_numbers_it(headline, edition):
    text = (f"दिनांक: ०८ जनवरी २०२५\n\n{headline}\n\n"
            "दोनों प्रधानमंत्रियों ने ७ जनवरी २०२५ को बैठक की सह-अध्यक्षता की।\n\n"
            "उद्देश्य:\n\n(क) व्यापार: आवाजाही को सुगम बनाना।\n(ख) निवेश: निवेश आकर्षित करना।\n")
    assert [(s["year"], s["edition"]) for s in parse(text)["summits"]] == [(2025, edition)]


@pytest.mark.parametrize("second, end", [
    ("भारत सरकार के सहयोग से आयोजित यह तीन दिवसीय सम्मेलन १५ से १७ फरवरी, २०२३ तक चलेगा।", "2023-02-17"),
    ("यह सम्मेलन १५ से १७ फरवरी, २०२३ तक चलेगा।", "2023-02-17"),
    # a span that does not hold the day told: another meeting's
    ("इसके बाद यह सम्मेलन २० से २२ फरवरी, २०२३ तक सुवा में चलेगा।", None),
    # a span, but of something else than this summit
    ("प्रदर्शनी १५ से १७ फरवरी, २०२३ तक चलेगी।", None),
])
def test_a_span_holding_the_day_told_is_the_summits(second, end):
    text = _release("फिजी के लौटोका में १२वाँ विश्व तमिल सम्मेलन आरंभ",
                    "विदेश मंत्री ने आज, १५ फरवरी, २०२३ को लौटोका में १२वें विश्व तमिल सम्मेलन का उद्घाटन किया। " + second)
    rows = parse(text)
    assert [(s["date"], s["date_end"]) for s in rows["summits"] if s["status"] == "held"] == [("2023-02-15", end)]


@pytest.mark.parametrize("second, edition", [
    ("यह शिखर सम्मेलन गठबंधन के तीसरे पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया, जिसका लक्ष्य २०२१ से "
     "२०२५ के लिए धन जुटाना था।", 3),
    ("यह शिखर सम्मेलन गठबंधन के पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया।", None),
    # held as another series' Nth meeting's side event: 'के दौरान', not 'के रूप में'
    ("यह शिखर सम्मेलन गठबंधन के तीसरे मंत्री सम्मेलन के दौरान आयोजित किया गया।", None),
])
def test_held_as_the_series_nth_numbers_the_summit_before(second, edition):
    text = _release("प्रधानमंत्री ने वैश्विक टीका शिखर सम्मेलन को संबोधित किया",
                    "प्रधानमंत्री ने आज, ४ जून २०२० को ब्रिटेन द्वारा आयोजित वैश्विक टीका शिखर सम्मेलन को वीडियो "
                    "कॉन्फ्रेंस के माध्यम से संबोधित किया। " + second)
    assert [(s["year"], s["edition"]) for s in parse(text)["summits"]] == [(2020, edition)]


@pytest.mark.parametrize("entry, edition", [
    ("- 2015: दक्षिण कोरिया के इंचियोन में 19 से 22 मई तक तीसरा विश्व साक्षरता मंच हुआ।", 3),
    ("- 2015: दक्षिण कोरिया के इंचियोन में 19 से 22 मई तक तीसरी विश्व साक्षरता कांग्रेस हुई।", 3),
    ("- 2015: दक्षिण कोरिया के इंचियोन में 19 से 22 मई तक विश्व साक्षरता मंच हुआ।", None),
])
def test_an_entry_numbered_by_another_word_for_a_meeting(entry, edition):
    text = ("# विश्व साक्षरता सम्मेलन\n\nसाक्षरता पर सम्मेलनों की शृंखला।\n\n## प्रमुख सम्मेलन\n\n"
            "- 1990: 5 से 9 मार्च 1990 तक जोमटियन में पहला विश्व साक्षरता सम्मेलन हुआ।\n"
            "- 2000: डकार में 26–28 अप्रैल 2000 को दूसरा सम्मेलन हुआ।\n" f"{entry}\n")
    assert [(s["year"], s["edition"]) for s in parse(text)["summits"]] == [(1990, 1), (2000, 2), (2015, edition)]


# --- more wordings of a list of past meetings in one sentence -------------------------------

@pytest.mark.parametrize("sentence", [
    "ढाका में २००४ में, कोलंबो में २००८ में और हनोई में २०१२ में मंच हुए।",
    "पिछले मंच ढाका में २००४ में, कोलंबो में २००८ में और हनोई में २०१२ में हुए।",
    "भारत ने २००४ (ढाका), २००८ (कोलंबो) और २०१२ (हनोई) के मंचों में भाग लिया।",
    "मंच की मेज़बानी ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) कर चुके हैं।",
    "पिछले मंचों में — ढाका (२००४), कोलंबो (२००८) और हनोई (२०१२) — भारत ने सक्रिय भागीदारी की।",
])
def test_other_wordings_of_a_list_of_past_meetings(sentence):
    text = _release(_FORUM, f"{_LEAD}\n\n{sentence}")
    assert _cities(text) == [(2004, "Dhaka"), (2008, "Colombo"), (2012, "Hanoi"), (2024, "Jakarta")]


@pytest.mark.parametrize("sentence", [
    # an offer to host is no summit held
    "ढाका (२०२६) और कोलंबो (२०२८) ने मंच की मेज़बानी की पेशकश की है।",
    # the years of something else than the meetings
    "भारत ने २००४ (ढाका), २००८ (कोलंबो) और २०१२ (हनोई) के व्यापार मेलों में भाग लिया।",
    # places then years of a plan
    "ढाका में २०२६ में और कोलंबो में २०२८ में मंच होंगे।",
])
def test_look_alike_lists_give_no_held_summit(sentence):
    text = _release(_FORUM, f"{_LEAD}\n\n{sentence}")
    assert _cities(text) == [(2024, "Jakarta")]


@pytest.mark.parametrize("text, edition", [
    ("कज़ान में आयोजित १६वें ब्रिक्स शिखर सम्मेलन", 16),
    ("काहिरा में ४-८ नवंबर, २०२४ को आयोजित बारहवें विश्व आवास सम्मेलन", 12),
    # 'the first ... held in X' qualifies the place: the first there, not the series' first
    ("लिस्बन में आयोजित पहले भारत-यूरोपीय संघ शिखर सम्मेलन", None),
])
def test_an_ordinal_after_the_participle_of_holding(text, edition):
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal(text) == edition


@pytest.mark.parametrize("entry, city", [
    ("2003: क्योटो (जापान), 16–23 मार्च — शिगा और ओसाका में भी सत्र हुए।", "Kyoto"),
    ("2003: क्योटो, जापान, 16–23 मार्च — ओसाका में समापन सत्र हुआ।", "Kyoto"),
    ("2003: 16–23 मार्च को ओसाका में मंच हुआ।", "Osaka"),
])
def test_the_city_an_entry_opens_with_is_its_summits(entry, city):
    text = ("# विश्व सिंचाई मंच\n\nसिंचाई पर मंचों की शृंखला।\n\n## प्रमुख मंच\n\n"
            "1997: मराकेश (मोरक्को), 21–22 मार्च — पहला मंच।\n" f"{entry}\n")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(1997, "Marrakesh"), (2003, city)]


@pytest.mark.parametrize("items, editions", [
    ("१. ढाका, बांग्लादेश — फरवरी २०१५\n२. कोलंबो, श्रीलंका — मार्च २०१८", [None, None]),
    ("- ढाका (२०१५)\n- कोलंबो (२०१८)", [None, None]),
    ("• फरवरी २०१५, ढाका — चौथा मंच\n• मार्च २०१८, कोलंबो — पाँचवाँ मंच", [4, 5]),
])
def test_a_list_of_places_and_dates_only_is_a_summit_list_under_any_introduction(items, editions):
    text = _release(_FORUM, f"{_LEAD}\n\n{_AREAS}\n\nइससे पहले के आयोजन:\n\n{items}")
    rows = parse(text)
    assert sorted((y, c, e) for y, c, _, e in held(rows)) == [
        (2015, "Dhaka", editions[0]), (2018, "Colombo", editions[1]), (2024, "Jakarta", 7)]
    assert [a["name"] for a in rows["cooperation_areas"]] == ["बीज परीक्षण", "जलवायु-सहिष्णु किस्में"]


def test_places_and_dates_with_an_event_under_an_unknown_introduction_are_no_summits():
    text = _release(_FORUM, f"{_LEAD}\n\n{_AREAS}\n\nइससे पहले के आयोजन:\n\n"
                            "- ढाका (२०१५): व्यापार समझौता\n- कोलंबो (२०१८): जल संधि")
    assert _cities(text) == [(2024, "Jakarta")]


def test_planned_places_each_with_its_year_are_paired_as_written():
    text = _release(_FORUM, f"{_LEAD}\n\nढाका में २०२६ में और कोलंबो में २०२८ में मंच होंगे।")
    planned = sorted((s["year"], s["city_en"]) for s in parse(text)["summits"] if s["status"] == "planned")
    assert planned == [(2026, "Dhaka"), (2028, "Colombo")]
