"""Session 15, blind22's notes: general readings of Markdown and study notes (a meeting's short form
glossed in the title, headings glossed in Hindi or warning off, a summit's number then its city,
Latin city names, days after a year label, members grouped by region), each on invented documents
of other series, with look-alikes that must stay unread."""

from __future__ import annotations

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import glossed_meeting_acronym, own_meeting_nouns
from pipeline.parse.layout.numbered_labels import numbered_name_removed
from pipeline.parse.layout.structure import heading_role
from pipeline.parse.layout.summits import _names_a_city, opening_days
from tests.parse_support import held, parse

LEXICON = default_lexicon()


def _names(rows: dict) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


def _city(name: str) -> bool:
    return _names_a_city(name, LEXICON)


# --- a meeting's short form glossed in the title is the series' word for its meetings ----------

def test_a_short_form_glossing_whose_meeting_it_is_names_the_meetings():
    assert glossed_meeting_acronym("Nagoya Protocol: पक्षकारों की बैठकें (NPM) — revision notes") == {"npm", "npms"}
    assert glossed_meeting_acronym("राष्ट्रमंडल खेल मंत्रियों की बैठक (CSMM) — नोट्स") == {"csmm", "csmms"}
    assert glossed_meeting_acronym("Meeting of the States Parties (MSP) — notes") == {"msp", "msps"}
    assert {"npm", "npms"} <= own_meeting_nouns("Nagoya Protocol: पक्षकारों की बैठकें (NPM) — revision notes")


def test_a_groups_short_form_names_no_meetings():
    for title in ("ब्रिक्स शिखर सम्मेलन (BRICS) — नोट्स", "सार्क (SAARC) शिखर सम्मेलन", "भारत–आसियान संबंध (ASEAN)",
                  "पूर्वी एशिया शिखर सम्मेलन (EAS) — notes", "Nagoya Protocol (NP) — notes"):
        assert glossed_meeting_acronym(title) == frozenset(), title


_NPM = """# Nagoya Protocol: पक्षकारों की बैठकें (NPM) — revision notes

**क्या है**: आनुवंशिक संसाधनों तक पहुँच पर संधि; 2010 में अपनाई गई, 2014 में लागू।

## NPMs — exam के लिए

- **पहली NPM — Seoul, 13–17 Oct 2014**: पहली बैठक।
- **दूसरी NPM — Cancún (2016) और तीसरी NPM — शर्म अल-शेख़ (2018)**: दोनों COP के साथ।
- 2021 में Kunming में **चौथी NPM** → हाइब्रिड बैठक।
- **पाँचवीं NPM**, Montreal, Dec 2022: COP15 के साथ।
- **छठी NPM Cali (2024)**: सबसे नई।

## Timeline (NPM नहीं — confuse मत करना)

- 2010: नागोया में protocol अपनाया गया
- 2014: protocol लागू (12 October)

## इन्हें NPM मत समझना

- 2019: Madrid में एक workshop हुई।
"""


def test_notes_on_a_glossed_meeting_read_its_numbered_list():
    rows = parse(_NPM)
    assert [(s[0], s[1], s[3]) for s in held(rows)] == [
        (2014, "Seoul", 1), (2016, "Cancún", 2), (2018, "Sharm El Sheikh", 3), (2021, "Kunming", 4),
        (2022, "Montreal", 5), (2024, "Cali", 6)]
    assert held(rows)[0][2] == "2014-10-13"


# --- a heading's role from its Hindi gloss; a warning heading ---------------------------------

def test_a_heading_says_its_role_in_a_hindi_gloss():
    assert heading_role("Working Groups (सहयोग के क्षेत्र)") == "cooperation_areas"
    assert heading_role("Pillars of action (स्तंभ)") == "cooperation_areas"
    assert heading_role("Aims (उद्देश्य)") == "objectives"
    # a gloss that names no role, or a heading whose own words name one already
    assert heading_role("Basics (मूल बातें)") is None
    assert heading_role("शिखर सम्मेलन (सालाना)") == "summits"


def test_a_heading_that_warns_the_items_are_no_summits_denies_them():
    assert heading_role("Confusing stuff — इन्हें GPAI summit मत समझना") == "other"
    assert heading_role("ये शिखर सम्मेलन मत गिनना") == "other"
    assert heading_role("Timeline (सम्मेलन नहीं — confuse मत करना)") != "summits"
    # 'मत' inside another word is no warning
    assert heading_role("शिखर सम्मेलन और मतदान") == "summits"
    rows = parse("# Pacific Data Summit — notes\n\n## Summits\n\n- **सुवा, 2019**: पहला summit।\n\n"
                 "## Confusing stuff — इन्हें summit मत समझना\n\n- 3–4 मई 2021: Nadi में data workshop।\n"
                 "- 2022: Apia में ministers की बैठक।\n")
    assert [s[:2] for s in held(rows)] == [(2019, "Suva")]


# --- a summit's number, then its city ---------------------------------------------------------

def test_the_city_after_a_summits_number_is_kept():
    assert numbered_name_removed("19वीं MOP, Montreal, Sept", _city) == "Montreal, Sept"
    assert numbered_name_removed("दूसरी बैठक — लीमा", _city) == "लीमा"
    assert numbered_name_removed("35वीं MOP Nairobi", _city) == "Nairobi"
    assert numbered_name_removed("सातवाँ सम्मेलन नैरोबी", _city) == "नैरोबी"
    # the number alone, or a city in the meeting's name, keeps nothing
    assert numbered_name_removed("पहला शिखर सम्मेलन", _city) == ""
    assert numbered_name_removed("दूसरा दिल्ली सम्मेलन", _city) == ""
    assert numbered_name_removed("तीसरा", _city) == ""


def test_numbered_summits_with_their_cities_in_study_notes():
    rows = parse("ऊर्जा संक्रमण पर क्षेत्रीय सम्मेलन — परीक्षा नोट्स\n\nअब तक के सम्मेलन\n"
                 "► 12वाँ सम्मेलन, लीमा (2014): जलवायु पर।\n"
                 "► 13वाँ सम्मेलन, Quito, नवंबर 2016: ऊर्जा पर।\n"
                 "► पहला शिखर सम्मेलन (2008): शुरुआत।\n")
    assert [(s[0], s[1], s[3]) for s in held(rows)] == [(2014, "Lima", 12), (2016, "Quito", 13), (2008, None, 1)]


def test_two_numbered_summits_before_a_colon():
    rows = parse("# Andean Water Forum (AWF) — notes\n\n## Forums\n\n"
                 "- **दूसरा फ़ोरम — Lima (2005) और तीसरा फ़ोरम — Bogotá (2007)**: Lima में घोषणा; Bogotá में कोष।\n"
                 "- **चौथा फ़ोरम — 2009 और पाँचवाँ फ़ोरम — 2011**: दोनों ऑनलाइन योजनाएँ।\n")
    assert [(s[0], s[1], s[3]) for s in held(rows)][:2] == [(2005, "Lima", 2), (2007, "Bogotá", 3)]
    assert all(s[1] is None for s in held(rows)[2:])


# --- Latin city names ----------------------------------------------------------------------------

def test_a_latin_name_is_a_city_when_geonames_knows_a_capital_or_a_big_city_by_it():
    for name in ("Copenhagen", "Quito", "Helsinki", "Montreal", "Kigali"):
        assert _city(name), name
    # a country's name, an English word, a town of no size
    for name in ("Mexico", "Canada", "Summit", "Sept", "Bath", "Reading"):
        assert not _city(name), name


def test_a_latin_city_before_में_and_a_numbered_meeting():
    rows = parse("# Rotterdam Convention: पक्षकारों की बैठकें (RCM) — notes\n\n## RCMs\n\n"
                 "- 2011 में Vienna में **5वीं RCM** → नए रसायन सूची में।\n"
                 "- 2013 में Nairobi में protocol पर बातचीत → कोई बैठक नहीं।\n")
    assert [(s[0], s[1], s[3]) for s in held(rows)] == [(2011, "Vienna", 5)]


# --- the days after a year label -----------------------------------------------------------------

def test_the_days_a_year_labels_text_opens_with_date_the_summit():
    assert opening_days("22 से 24 मार्च; दूसरा सम्मेलन", 2023).start.isoformat() == "2023-03-22"
    assert opening_days("30 नवंबर – 1 दिसंबर — x", 2019).end.isoformat() == "2019-12-01"
    for text in ("800 प्रतिबद्धताएँ; कोई घोषणा नहीं", "मार्च में; x", "21 अप्रैल को अहमदाबाद पहुँचने के बाद 22 अप्रैल को ..."):
        assert opening_days(text, 2022) is None, text
    rows = parse("मरुस्थलीकरण पर अंतरराष्ट्रीय सम्मेलन — स्टडी नोट्स\n\nअब तक के सम्मेलन (स्थान, वर्ष — तिथि)\n"
                 "► नैरोबी, 1977 — 29 अगस्त से 9 सितंबर; पहला सम्मेलन।\n"
                 "► रियाद, 2024 — 800 प्रतिबद्धताएँ; दूसरा सम्मेलन।\n")
    assert [(s[0], s[2]) for s in held(rows)] == [(1977, "1977-08-29"), (2024, None)]


# --- members grouped by region under a members' label --------------------------------------------

_REGIONS = """तटीय विकासशील देशों का सम्मेलन — नोट्स

▪ पूरा नाम: तटीय विकासशील देशों का सम्मेलन
▪ सदस्य देश (क्षेत्रवार):
   – एशिया: बांग्लादेश, म्यांमार, श्रीलंका
   – अफ्रीका: केन्या, तंज़ानिया
   – पर्यवेक्षक: नॉर्वे, जापान
▪ भारत की भूमिका: भारत सदस्य नहीं, पर सहयोगी है

अब तक के सम्मेलन
► 2010: ढाका में पहला सम्मेलन।
"""


def test_members_grouped_by_region_under_a_members_label():
    names = _names(parse(_REGIONS))
    assert names == ["Bangladesh", "Myanmar", "Sri Lanka", "Kenya", "Tanzania"]


def test_a_country_label_that_became_a_party():
    rows = parse("# Minamata Convention: पक्षकारों का सम्मेलन — notes\n\n**भारत**: 2018 में party बना\n"
                 "**चीन**: party नहीं बना\n\n## सम्मेलन\n\n- **पहला सम्मेलन — Geneva, 2017**: शुरुआत।\n")
    assert _names(rows) == ["India"]
