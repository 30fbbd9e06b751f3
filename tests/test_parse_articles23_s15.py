"""Session 15 (blind23's articles and wiki tables): a mark inside brackets ends no clause; a participle
before the body's genitive ('में हुए समिति के 7वें सत्र'); a table remark on another year's meeting; a
meeting adjourned early met; an entry's plan turned and held in its year; another numbered summit an
entry tells in passing; what a body did in a city is an event; meetings before the stated start of
the series; a treaty's parties; a UN body is not the UN; 'YEAR में CITY' labels with a GeoNames city.
Invented documents of other series, with look-alikes that must stay unread."""

from __future__ import annotations

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.row_remarks import without_other_meetings
from pipeline.parse.layout.summits import entry_status
from pipeline.parse.parties import co_chairs, known_names
from pipeline.parse.prose.sentence import summits_in_sentence
from pipeline.parse.prose.when import _clause_bounds
from tests.parse_support import held, parse

LEXICON = default_lexicon()


def _sentence(sentence: str, title: str) -> list[tuple]:
    return [(m.period.year, m.place.city if m.place else None, m.edition, m.status)
            for m in summits_in_sentence(sentence, title, LEXICON, multilateral=True)]


# --- a mark inside brackets ends no clause -------------------------------------------------------

def test_a_dash_inside_brackets_ends_no_clause():
    sentence = "जापान ने 2009 में टोक्यो में पाँचवें सम्मेलन (12 – 14 मई) की मेज़बानी की।"
    begin, finish = _clause_bounds(sentence, sentence.index("सम्मेलन"), sentence.index("सम्मेलन") + 7)
    assert (begin, finish) == (0, len(sentence))
    outside = "2009 में टोक्यो में पाँचवाँ सम्मेलन हुआ – अगला सम्मेलन 2011 में होगा।"
    _, finish = _clause_bounds(outside, outside.index("सम्मेलन"), outside.index("सम्मेलन") + 7)
    assert finish == outside.index(" – ")  # a dash outside brackets still ends the clause


def test_a_summit_hosted_with_its_days_in_brackets():
    title = "प्रशांत मत्स्य परामर्शदात्री बैठक"
    for sentence in (
        "फ़िजी ने पहली बार 2011 में सुवा में 14वीं परामर्शदात्री बैठक (30 अप्रैल – 11 मई) की मेज़बानी की थी।",
        "फ़िजी ने 2011 में सुवा में 14वीं परामर्शदात्री बैठक (30 अप्रैल – 11 मई) की मेज़बानी की।",
    ):
        assert _sentence(sentence, title) == [(2011, "सुवा", 14, "held")], sentence
    # the plan to host one is no summit held
    assert _sentence("फ़िजी ने 2031 में सुवा में 30वीं परामर्शदात्री बैठक (मई – जून) की मेज़बानी करने का प्रस्ताव रखा।",
                     title) == []


# --- a participle before the body's genitive -----------------------------------------------------

def test_a_participle_before_the_bodys_genitive_says_the_session_met():
    title = "अंतरराष्ट्रीय व्हेलिंग आयोग"
    for sentence in (
        "मई 1999 में ग्रेनेडा (कैरेबियन) में हुए आयोग के 51वें सत्र में दो नए अभयारण्य — दक्षिणी महासागर और हिंद महासागर — स्वीकृत किए गए।",
        "1999 में ग्रेनेडा में आयोजित आयोग के 51वें सत्र में नए नियम — तीन प्रस्ताव — पारित हुए।",
    ):
        found = _sentence(sentence, title)
        assert [(y, e, s) for y, _, e, s in found] == [(1999, 51, "held")], sentence
    # to come: 'होने वाले' is no participle of a meeting held
    assert [s for *_, s in _sentence("2027 में लीमा में होने वाले आयोग के 70वें सत्र में — तीन प्रस्ताव — रखे जाएँगे।",
                                     title)] in ([], ["planned"])


# --- a table's remarks on another year's meeting ---------------------------------------------------

def test_a_remark_on_another_years_meeting_is_left_out():
    assert without_other_meetings("2020 का सत्र स्थगित होने के बाद विस्तारित सत्र", 2021) == ""
    assert without_other_meetings("2019 की वार्षिक बैठक रद्द हुई; इस बार दो दिन", 2020) == "इस बार दो दिन"
    # the year a meeting was moved to is not another meeting's owner
    assert without_other_meetings("2021 तक स्थगित", 2020) == "2021 तक स्थगित"
    assert without_other_meetings("महामारी के कारण रद्द", 2020) == "महामारी के कारण रद्द"
    assert without_other_meetings("2020 का सत्र भी यहीं हुआ", 2020) == "2020 का सत्र भी यहीं हुआ"


def test_a_meeting_adjourned_early_met():
    assert entry_status("तख़्तापलट के प्रयास के कारण सत्र समय से पहले स्थगित") == "held"
    assert entry_status("हड़ताल के कारण सम्मेलन बीच में ही स्थगित कर दिया गया") == "held"
    assert entry_status("बाढ़ के कारण सत्र स्थगित") == "cancelled"
    assert entry_status("सम्मेलन रद्द") == "cancelled"


TABLE = """दक्षिण प्रशांत पर्यटन परिषद

दक्षिण प्रशांत पर्यटन परिषद क्षेत्र के पर्यटन मंत्रालयों का मंच है।

हाल के सत्र

सत्र | वर्ष | आयोजन स्थल | मेज़बान देश | दिनांक | टिप्पणी
---|---|---|---|---|---
12वाँ | 2018 | सुवा | फ़िजी | 3–5 जून |
13वाँ | 2019 | आपिया | समोआ | जुलाई | चक्रवात के कारण सत्र समय से पहले स्थगित
14वाँ | 2021 | नूकुअलोफ़ा (वर्चुअल) | टोंगा | 10–12 मई | 2020 का सत्र स्थगित होने के बाद विस्तारित सत्र
15वाँ | 2022 | पोर्ट विला | वानूआतू | 8–9 जून | चक्रवात के कारण स्थगित
"""


def test_table_rows_whose_remarks_tell_of_other_meetings_stay_held():
    rows = parse(TABLE)
    found = {(y, e) for y, _, _, e in held(rows)}
    assert {(2018, 12), (2019, 13), (2021, 14)} <= found
    assert 2022 not in {y for y, *_ in held(rows)}  # put off, and nothing says of another meeting


# --- an entry's plan turned and held in its own year -----------------------------------------------

ARTICLE = """{title}

{title} {lead}


पृष्ठभूमि

{background}


उद्देश्य

निवेश: क्षेत्र में निवेश बढ़ाना।

व्यापार: व्यापार को आसान बनाना।


उल्लेखनीय बैठकें

{summits}
"""


def _article(summits: str, title: str = "अरब निवेश कोष की वार्षिक बैठक",
             lead: str = "कोष के गवर्नरों की वार्षिक बैठक है।", background: str = "कोष की स्थापना 1974 में हुई।") -> dict:
    return parse(ARTICLE.format(title=title, lead=lead, background=background, summits=summits))


def test_a_plan_turned_and_held_in_the_entrys_year():
    summits = ("2018: दुबई में 30वीं वार्षिक बैठक हुई।\n\n"
               "2020: 32वीं वार्षिक बैठक अप्रैल में मस्कट में होनी थी, लेकिन महामारी के कारण इसे टालकर "
               "अक्टूबर 2020 में पूरी तरह वर्चुअल रूप में आयोजित किया गया।\n\n"
               "2022: 34वीं वार्षिक बैठक काहिरा में होनी थी, लेकिन इसे 2023 तक टाल दिया गया।\n\n"
               "2024: 36वीं वार्षिक बैठक रबात में होनी थी, किंतु यह मार्च 2025 में आयोजित हुई।\n")
    rows = _article(summits)
    found = {(y, c, e) for y, c, _, e in held(rows)}
    assert (2020, None, 32) in found
    assert not any(y in (2022, 2024) for y, *_ in found)
    virtual = [s for s in rows["summits"] if s["year"] == 2020 and s["status"] == "held"]
    assert virtual and virtual[0]["mode"] == "virtual"


# --- another numbered summit an entry tells in passing ----------------------------------------------

def test_another_numbered_summit_an_entry_tells():
    summits = ("2018: दुबई में 30वीं वार्षिक बैठक हुई।\n\n"
               "2024: जॉर्डन के अम्मान में 3 से 5 मई 2024 तक 36वीं वार्षिक बैठक आयोजित की गई; यह 2012 में मिस्र के "
               "काहिरा में हुई 24वीं बैठक के बाद अरब जगत के बाहर नहीं, भीतर पहली बड़ी बैठक थी।\n\n"
               "2025: रियाद में 37वीं वार्षिक बैठक हुई; यह 2020 के बाद पहली आमने-सामने की बैठक थी।\n")
    found = {(y, c, e) for y, c, _, e in held(_article(summits))}
    assert (2012, "Cairo", 24) in found
    assert (2024, "Amman", 36) in found
    assert 2020 not in {y for y, *_ in found}  # a point in time, no city, no number


# --- what a body did in a city is an event ---------------------------------------------------------

def test_a_bodys_event_in_a_city_is_no_summit():
    summits = ("2018: दुबई में 30वीं वार्षिक बैठक हुई।\n\n"
               "2019: इस्लामी विकास बैंक ने जेद्दा से नया कोष शुरू किया; कोष ने सह-वित्तपोषण की इच्छा जताई।\n\n"
               "2021: बहरीन के मनामा में 33वीं वार्षिक बैठक हुई।\n")
    years = {y for y, *_ in held(_article(summits))}
    assert 2019 not in years
    assert {2018, 2021} <= years


# --- meetings before the stated start of the series ------------------------------------------------

def test_a_meeting_before_the_stated_start_is_a_forerunner():
    background = ("कोष का समझौता 1974 में अबू धाबी में हुआ। 10 से 12 मार्च 1975 तक कुवैत सिटी में गवर्नरों की "
                  "उद्घाटन बैठक हुई। गवर्नरों की नियमित वार्षिक बैठकों का सिलसिला 1977 से शुरू हुआ।")
    summits = "2018: दुबई में 30वीं वार्षिक बैठक हुई।\n\n2021: बहरीन के मनामा में 33वीं वार्षिक बैठक हुई।\n"
    years = {y for y, *_ in held(_article(summits, background=background))}
    assert 1975 not in years and {2018, 2021} <= years
    # without a stated start, the inaugural meeting is still read as before
    plain = "कोष का समझौता 1974 में अबू धाबी में हुआ। 10 से 12 मार्च 1975 तक कुवैत सिटी में गवर्नरों की उद्घाटन बैठक हुई।"
    assert 1975 in {y for y, *_ in held(_article(summits, background=plain))}


# --- a treaty's parties ----------------------------------------------------------------------------

TREATY = """दक्षिणी महासागर मत्स्य संधि परामर्शदात्री बैठक

दक्षिणी महासागर मत्स्य संधि परामर्शदात्री बैठक संधि के परामर्शदात्री पक्षों की वार्षिक बैठक है।

इतिहास

संधि पर 1980 में कैनबरा में हस्ताक्षर हुए। ये 5 मूल पक्ष अर्जेंटीना, चिली, नॉर्वे, जापान और न्यूज़ीलैंड हैं।
भारत 1986 में संधि में शामिल हुआ और उसी वर्ष उसे परामर्शदात्री पक्ष का दर्जा मिला; कोरिया गणराज्य 1990 में और पोलैंड 1992 में परामर्शदात्री पक्ष बने। दोनों पक्ष — मेज़बान और सचिवालय — बैठक की तैयारी करते हैं।

हाल की बैठकें

बैठक | वर्ष | आयोजन स्थल | मेज़बान देश
---|---|---|---
30वीं | 2018 | होबार्ट | ऑस्ट्रेलिया
31वीं | 2019 | ओस्लो | नॉर्वे
"""


def test_a_treatys_listed_and_new_parties():
    parties = {p["name_en"] for p in parse(TREATY)["parties"]}
    assert {"Argentina", "Chile", "Norway", "Japan", "New Zealand", "India", "Poland"} <= parties
    assert "Australia" not in parties  # only a host


# --- a UN body is not the UN -----------------------------------------------------------------------

def test_a_un_body_is_not_the_un():
    assert known_names("संयुक्त राष्ट्र पर्यावरण कार्यक्रम और केन्या", LEXICON) == ["केन्या"]
    assert known_names("संयुक्त राष्ट्र महासभा ने प्रस्ताव पारित किया", LEXICON) == []
    assert known_names("संयुक्त राष्ट्र और केन्या", LEXICON) == ["संयुक्त राष्ट्र", "केन्या"]
    assert known_names("संयुक्त राष्ट्र के सदस्य देश", LEXICON) == ["संयुक्त राष्ट्र"]


def test_a_un_body_beside_one_country_as_co_organisers():
    text = "सम्मेलन का आयोजन संयुक्त राष्ट्र शरणार्थी उच्चायुक्त और नॉर्वे की सरकार मिलकर करते हैं।"
    assert co_chairs(text, LEXICON) == ["नॉर्वे"]
    # one country with a body that is no UN body's name is no pair
    assert co_chairs("सम्मेलन का आयोजन एक निजी संस्था और नॉर्वे की सरकार मिलकर करते हैं।", LEXICON) == []


# --- 'YEAR में CITY' labels ------------------------------------------------------------------------

def test_a_year_in_a_city_geonames_writes_in_hindi():
    summits = ("2018 में दुबई: 30वीं वार्षिक बैठक 4 अप्रैल 2018 को हुई।\n\n"
               "2022 में फ़्लोरेंस: 34वीं वार्षिक बैठक 9 मई 2022 को हुई।\n\n"
               "2023 में अभ्यास: गवर्नरों ने नई नीति अपनाई।\n")
    found = {(y, c) for y, c, _, _ in held(_article(summits))}
    assert (2022, "Florence") in found
    assert 2023 not in {y for y, _ in found}
