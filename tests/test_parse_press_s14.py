"""Session 14 (press releases and wiki tables of blind21): a COP list announced at a paragraph's end
(kept working), a body's release line over the date line, a venue hall (मंडपम), a table numbered in Roman numerals after a
name, a numbered row with a ministerial remark, a city placed once in its country, the day nearest
the meeting, and two dated places of one sentence."""

from __future__ import annotations

from pipeline.parse.language.dates import nearest_day_month_in_year
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.pipe_tables import _numbered_name
from pipeline.parse.layout.structure import clean_lines, find_shape
from pipeline.parse.prose.sentence import summits_in_sentence
from pipeline.parse.geo.same_city import share_resolved_cities
from tests.parse_support import held, parse

COP_RELEASE = """पर्यावरण, वन और जलवायु परिवर्तन मंत्रालय

प्रविष्टि तिथि: १३ सितंबर, २०१९, ६:३० अपराह्न, पीआईबी दिल्ली

मरुस्थलीकरण रोकथाम कन्वेंशन के पक्षकारों का चौदहवाँ सम्मेलन (कॉप-१४) ग्रेटर नोएडा में संपन्न

संयुक्त राष्ट्र मरुस्थलीकरण रोकथाम कन्वेंशन के पक्षकारों के सम्मेलन का चौदहवाँ सत्र (कॉप-१४) आज ग्रेटर नोएडा में संपन्न हो गया।

सम्मेलन के उद्देश्य:

१. भूमि बहाली: क्षरित भूमि को उपजाऊ बनाना।
२. सूखा प्रबंधन: सूखे से निपटने की तैयारी।

पृष्ठभूमि:

कन्वेंशन १९९६ में लागू हुआ और इसका सर्वोच्च निकाय पक्षकारों का सम्मेलन है, जिसकी बैठक हर दो वर्ष में होती है। {announce}

• कॉप-१ — रोम (इटली), २९ सितंबर – १० अक्टूबर, १९९७
• कॉप-२ — डकार (सेनेगल), ३० नवंबर – ११ दिसंबर, १९९८
• कॉप-३ — रेसिफ़ (ब्राज़ील), १५–२६ नवंबर, १९९९

सम्मेलन ने निर्णय लिया कि कॉप-१५ का आयोजन वर्ष २०२१ में होगा।
"""


def _cop_rows(announce: str = "अब तक के सत्र:") -> list[dict]:
    return [s for s in parse(COP_RELEASE.format(announce=announce))["summits"] if s["year"] < 2000]


def test_a_list_announced_so_far_at_a_paragraphs_end_gives_each_cop_with_its_number_and_range():
    rows = _cop_rows()
    assert [(s["year"], s["city_en"], s["date"], s["date_end"], s["edition"]) for s in rows] == [
        (1997, "Rome", "1997-09-29", "1997-10-10", 1),
        (1998, "Dakar", "1998-11-30", "1998-12-11", 2),
        (1999, "Recife", "1999-11-15", "1999-11-26", 3),
    ]


COUNCIL_RELEASE = """राष्ट्रीय जल आयोग

प्रविष्टि तिथि: ३ मार्च, २०२४, ५:१० अपराह्न, पीआईबी दिल्ली

जल मंत्री ने राष्ट्रीय जल परिषद की चौथी बैठक की अध्यक्षता की

जल मंत्री ने आज, ३ मार्च, २०२४ को नई दिल्ली के यशोभूमि मंडपम में राष्ट्रीय जल परिषद की चौथी बैठक की अध्यक्षता की।

बैठक के उद्देश्य:

(क) जल सुरक्षा: हर घर तक सुरक्षित पेयजल।
(ख) नदी संरक्षण: नदियों का पुनर्जीवन।

परिषद की अब तक की बैठकें इस प्रकार हैं:

१. दूसरी बैठक — १० अप्रैल, २०१८, विज्ञान भवन, नई दिल्ली।
२. तीसरी बैठक — ५ मई, २०२१, भारत मंडपम, नई दिल्ली।
"""


def test_a_bodys_line_over_the_release_date_line_is_not_the_headline():
    rows = parse(COUNCIL_RELEASE)
    assert rows["documents"][0]["title"] == "जल मंत्री ने राष्ट्रीय जल परिषद की चौथी बैठक की अध्यक्षता की"


def test_a_body_named_headline_over_a_plain_date_line_stays_the_headline():
    # a wiki-like page whose title is the body's name, then a date: not a release's issuer line
    text = "भारत-अफ्रीका व्यापार परिषद\n\n12 मार्च 2024\n\nइतिहास\n\nपरिषद की पहली बैठक 2010 में नई दिल्ली में हुई।\n"
    shape = find_shape(clean_lines(text))
    assert shape is not None and shape.title.text == "भारत-अफ्रीका व्यापार परिषद"


def test_a_hall_named_before_its_city_is_no_city():
    assert held(parse(COUNCIL_RELEASE)) == [
        (2024, "New Delhi", "2024-03-03", 4), (2018, "New Delhi", "2018-04-10", 2), (2021, "New Delhi", "2021-05-05", 3)]


ROMAN_TABLE = """अंतरराष्ट्रीय जल विज्ञान सम्मेलन

अंतरराष्ट्रीय जल विज्ञान सम्मेलन यूनेस्को द्वारा आयोजित सम्मेलन शृंखला है।

उद्देश्य

जल नीति: देशों के बीच अनुभवों का आदान-प्रदान।

सम्मेलनों की सूची

साल | संस्करण | आयोजन स्थल | देश
--- | --- | --- | ---
1965 | HYDROCONF {a} | पेरिस | फ़्रांस
1977 | HYDROCONF {b} | टोक्यो | जापान
1990 | HYDROCONF {c} | हैम्बर्ग | जर्मनी
"""


def test_a_name_numbered_in_roman_numerals_gives_each_rows_edition():
    assert [s[3] for s in held(parse(ROMAN_TABLE.format(a="II", b="III", c="IV")))] == [2, 3, 4]
    assert _numbered_name("CONFINTEA VII") == ("confintea", 7)
    assert _numbered_name("CONFINTEA IIII") is None  # no well-formed numeral


def test_the_same_roman_numeral_in_every_row_numbers_nothing():
    # 'HYDROCONF I' in every row names the conference, not one meeting
    assert [s[3] for s in held(parse(ROMAN_TABLE.format(a="I", b="I", c="I")))] == [None, None, None]


NUMBERED_TABLE = """अंतरराष्ट्रीय दाता सम्मेलन (हैती)

हैती पर अंतरराष्ट्रीय दाता सम्मेलन पुनर्निर्माण के लिए सहायता जुटाने वाली बैठकों की शृंखला है।

उद्देश्य

पुनर्निर्माण: भूकंप के बाद आवास और सड़कें।

सम्मेलनों की सूची

क्रमांक | वर्ष | आयोजन स्थल | प्रमुख परिणाम
---|---|---|---
1 | 2004 | वॉशिंगटन | आपात सहायता
2 | 2010 | न्यूयॉर्क | 5 अरब डॉलर के वादे
3 | 2012 | लंदन | {third}
4 | 2015 | पेरिस | {fourth}
"""


def test_a_row_the_numbering_counts_between_its_neighbours_keeps_a_ministerial_remark():
    rows = parse(NUMBERED_TABLE.format(third="सुधारों की मंत्रिस्तरीय समीक्षा", fourth="नया कोष"))
    assert [s[:2] for s in held(rows)] == [(2004, "Washington"), (2010, "New York"), (2012, "London"), (2015, "Paris")]


def test_the_last_numbered_row_is_still_judged_by_its_remark():
    rows = parse(NUMBERED_TABLE.format(third="नया कोष", fourth="विदेश मंत्रियों की बैठक"))
    assert 2015 not in [s[0] for s in held(rows)]


def test_a_city_placed_once_in_its_country_names_the_same_city_in_every_row():
    davos = {"city_en": "Davos", "city_en_source": "geonames", "city_geonames_id": 1, "latitude": 46.8,
             "longitude": 9.8, "country_code": "CH"}
    rows = {"summits": [{"city": "दावोस", **davos}, {"city": "दावोस", "city_en": None}, {"city": "सुवा", "city_en": None}]}
    share_resolved_cities(rows)
    assert rows["summits"][1]["city_en"] == "Davos" and rows["summits"][1]["country_code"] == "CH"
    assert rows["summits"][2]["city_en"] is None


def test_a_name_resolved_two_ways_in_one_document_is_not_shared():
    rows = {"summits": [{"city": "सैन होज़े", "city_en": "San Jose", "country_code": "US"},
                        {"city": "सैन होज़े", "city_en": "San José", "country_code": "CR"},
                        {"city": "सैन होज़े", "city_en": None}]}
    share_resolved_cities(rows)
    assert rows["summits"][2]["city_en"] is None


def test_the_day_nearest_the_meeting_is_its_day():
    text = "२६ जनवरी के समारोह के बाद वर्ष २०१७ की वार्षिक बैठक ४ से ७ मई तक योकोहामा में आयोजित की गई थी।"
    day = nearest_day_month_in_year(text, 2017, text.index("बैठक"))
    assert (str(day.start), str(day.end)) == ("2017-05-04", "2017-05-07")
    only = nearest_day_month_in_year("वर्ष २०१७ की बैठक ४ मई को हुई।", 2017, 0)
    assert str(only.start) == "2017-05-04"


ANNUAL_RELEASE = """वित्त मंत्रालय

प्रविष्टि तिथि: ५ मई, २०२४, ६:०० अपराह्न, पीआईबी दिल्ली

त्बिलिसी में एशियाई विकास बैंक के बोर्ड ऑफ़ गवर्नर्स की ५७वीं वार्षिक बैठक संपन्न

जॉर्जिया के त्बिलिसी में २ से ५ मई, २०२४ तक आयोजित एशियाई विकास बैंक की ५७वीं वार्षिक बैठक आज संपन्न हो गई।

उद्देश्य:

(i) पूँजी पर्याप्तता: बैंक की ऋण क्षमता बढ़ाना।
(ii) जलवायु वित्त: हरित परियोजनाओं के लिए धन।

पृष्ठभूमि:

२६ जनवरी के समारोह की तैयारी के बीच वर्ष २०१७ की वार्षिक बैठक ४ से ७ मई तक योकोहामा में आयोजित की गई थी। इसके बाद ३ मई, २०१८ को मनीला में और २ मई, २०१९ को सुवा में वार्षिक बैठकें हुईं; सुवा में वित्त मंत्री ने भाग लिया।
"""


def test_an_annual_meetings_day_and_two_dated_places_of_one_sentence():
    assert [s[:3] for s in held(parse(ANNUAL_RELEASE))] == [
        (2024, "Tbilisi", "2024-05-02"), (2017, "Yokohama", "2017-05-04"), (2018, "Manila", "2018-05-03"),
        (2019, "Suva", "2019-05-02")]


TITLE = "काहिरा में जल सुरक्षा प्रक्रिया का चौथा सम्मेलन संपन्न"


def _read(sentence: str) -> list[tuple]:
    return [(m.period.label, m.place.city if m.place else None, m.edition, m.status)
            for m in summits_in_sentence(sentence, TITLE, default_lexicon(), multilateral=True)]


def test_two_dated_places_keep_the_number_the_next_clause_gives_one_of_them():
    assert _read("इसके बाद १२ मार्च २०१८ को दोहा में और ९ अप्रैल २०१९ को रियाद में सम्मेलन हुए; रियाद के तीसरे "
                 "सम्मेलन में भारत ने भाग लिया।") == [
        ("2018-03-12", "दोहा", None, "held"), ("2019-04-09", "रियाद", 3, "held")]


def test_two_dated_places_of_a_plan_are_not_held():
    assert all(status != "held" for *_, status in _read(
        "इसके बाद १२ मार्च २०२८ को दोहा में और ९ अप्रैल २०२९ को रियाद में सम्मेलन होंगे।"))
