"""Session 15, blind19's notes: general readings of Markdown and study notes, each on invented
documents of other series, with look-alikes that must stay unread."""

from __future__ import annotations

from pipeline.parse.language.dates import find_ordinal
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.layout.city_years import city_years, host_city
from pipeline.parse.layout.structure import heading_role
from pipeline.parse.layout.summits import _names_a_city
from pipeline.parse.parties.title import title_parties
from pipeline.parse.prose.counted_out import counted_out
from tests.parse_support import held, parse

LEXICON = default_lexicon()


def _names(rows: dict) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


# --- a series' own noun in an English plural; a title's sides in Latin letters ---------------

def test_an_english_plural_of_the_series_noun_heads_its_list():
    own = own_meeting_nouns("Japan–Vietnam Leaders' Retreat (जापान–वियतनाम रिट्रीट) — notes")
    assert heading_role("Retreats की list (जो मुझे पता हैं)", own) == "summits"
    assert heading_role("Past retreats", own) == "summits"
    forums = own_meeting_nouns("Pacific Energy Forum (प्रशांत ऊर्जा फ़ोरम) — notes")
    assert heading_role("Forums: कब और कहाँ", forums) == "summits"
    # without the series' noun in the title, the English plural names nothing
    assert heading_role("Retreats की list") is None


def test_a_title_names_its_sides_in_latin_letters():
    for title, sides in (
            ("Japan–Vietnam Leaders' Retreat (जापान–वियतनाम नेताओं का रिट्रीट) — मेरे notes", ["Japan", "Vietnam"]),
            ("# Brazil–Argentina Annual Summit — quick notes", ["Brazil", "Argentina"]),
            ("India–EU Leaders Meeting (भारत–यूरोपीय संघ) — notes", ["India", "European Union"]),
    ):
        names, unresolved = title_parties(title.lstrip("# "), LEXICON)
        assert [LEXICON.english(n) or n for n in names] == sides and not unresolved, title
    # one Latin-letter name that is no side of several: a place's or a forum's name
    for title in ("Jordan Valley Forum — notes", "Boao Forum for Asia — notes", "World Government Summit — notes",
                  "Leaders–Ministers Dialogue — notes"):
        assert title_parties(title, LEXICON)[0] == [], title


def test_latin_sides_give_the_document_its_parties():
    rows = parse("# Japan–Vietnam Leaders' Retreat — notes\n\n## Retreats की list\n\n"
                 "- **12 मार्च 2015 – टोक्यो**: पहला retreat।\n- **3 मई 2017 – हनोई**: दूसरा retreat।\n")
    assert _names(rows) == ["Japan", "Vietnam"]
    assert [s[:2] for s in held(rows)] == [(2015, "Tokyo"), (2017, "Hanoi")]


# --- a label's one-word city sounded exactly as a city of a million ---------------------------

def test_a_one_word_city_of_a_million_sounded_exactly_is_a_city():
    for name in ("सुरबाया", "मेदान", "सान्या", "दावाओ"):
        assert _names_a_city(name, LEXICON), name
    for name in ("कोरोना", "बात", "राजधानी", "स्थगित", "वर्चुअल"):  # a town's sound, or a word's
        assert not _names_a_city(name, LEXICON), name


def test_a_dated_label_then_such_a_city_is_a_summit_even_beside_an_announcement():
    rows = parse("# Malaysia–Indonesia Leaders' Retreat — notes\n\n## Retreats की list\n\n"
                 "- **14 नवंबर 2016 – सुरबाया** (East Java): industrial park का उद्घाटन; 2018 में नए समझौते की घोषणा।\n"
                 "- **9 अगस्त 2018 – पुत्राजाया**: सीमा पर बातचीत।\n")
    assert (2016, "Surabaya", "2016-11-14", None) in held(rows)
    # a timeline's event with no place stays an event
    event = parse("# Malaysia–Indonesia Leaders' Retreat — notes\n\n## Retreats की list\n\n"
                  "- **14 नवंबर 2016**: नए समझौते की घोषणा।\n- **9 अगस्त 2018 – पुत्राजाया**: सीमा पर बातचीत।\n")
    assert 2016 not in [s[0] for s in held(event)]


# --- a city's label over the years it hosted ------------------------------------------------

def test_a_city_label_lists_the_years_it_hosted():
    def city(name: str) -> bool:
        return name in ("Nairobi", "नैरोबी", "जिनेवा")

    assert host_city("Nairobi twice") == "Nairobi" and host_city("नैरोबी (दो बार)") == "नैरोबी"
    assert host_city("नैरोबी में तीन बार") == "नैरोबी"
    assert city_years("Nairobi twice", "2006 (12वाँ, 6–17 November) और 2016 (23वाँ, 7–18 November) — दोनों बार UN परिसर",
                      city) == [("6–17 November 2006, Nairobi", "12वाँ, 6–17 November", 12),
                                ("7–18 November 2016, Nairobi", "23वाँ, 7–18 November", 23)]
    assert [y[0] for y in city_years("जिनेवा (तीन बार)", "1998, 2004 और 2010", city)] == [
        "1998, जिनेवा", "2004, जिनेवा", "2010, जिनेवा"]
    # not a list of years alone, one year only, or a label that is no city
    assert city_years("जिनेवा", "1998 में स्थापना", city) is None
    assert city_years("जिनेवा", "1998 और 2004 में घोषणाएँ", city) is None
    assert city_years("जिनेवा (दो बार)", "1998", city) is None
    assert city_years("भारत", "2000 और 2016", city) is None


def test_a_city_label_over_its_years_in_a_document():
    text = ("# विश्व जल सम्मेलन (World Water Conference) — नोट्स\n\n## सम्मेलन — list\n\n"
            "- **1997, मराकेश**: पहला सम्मेलन।\n"
            "- **Kyoto twice**: 2003 (तीसरा, 16–23 March) और 2012 (छठा, 12–17 March) — दोनों बार जापान की मेज़बानी।\n"
            "- **नैरोबी (दो बार)**: 2006 और 2018; अफ्रीका में।\n"
            "- **भारत**: 2009 और 2015 — भारत के प्रतिनिधिमंडल सबसे बड़े।\n")
    found = held(parse(text))
    assert (2003, "Kyoto", "2003-03-16", 3) in found and (2012, "Kyoto", "2012-03-12", 6) in found
    assert (2006, "Nairobi", None, None) in found and (2018, "Nairobi", None, None) in found
    assert not {2009, 2015} & {s[0] for s in found}  # a country's label: the years it sent delegations


# --- a dated head, then the city or 'Virtual' as the text's first piece -----------------------

def test_a_short_name_and_year_then_the_city_or_virtual():
    text = ("# विश्व जल मंच (World Water Forum) — नोट्स\n\n## अब तक के मंच\n\n"
            "- **2015, Daegu**: 7वाँ, 12–17 April।\n"
            "- **WWF 2018: ब्रासीलिया** — 8वाँ, 18–23 March 2018; पहली बार दक्षिणी गोलार्ध में।\n"
            "- **WWF 2021: Virtual** — 9वाँ, 21–26 March 2021; पहले डकार में होना था।\n"
            "- **WWF 2022: घोषणा-पत्र** — डकार घोषणा का मसौदा।\n")
    found = held(parse(text))
    assert (2018, "Brasília", "2018-03-18", 8) in found
    assert (2021, None, "2021-03-21", 9) in found
    assert 2022 not in [s[0] for s in found]  # no city, no word for online: not sure


# --- a table's remarks keep their cells apart ---------------------------------------------

def test_the_note_column_numbers_a_row_beside_the_people_columns():
    text = ("# जापान–भारत वार्षिक नेता बैठक — नोट्स\n\n## Meetings table\n\n"
            "वर्ष | शहर | जापानी PM | भारतीय PM | नोट\n--- | --- | --- | --- | ---\n"
            "2018 | टोक्यो | शिंजो आबे | नरेंद्र मोदी | 13वीं बैठक; पहली बार विला में भोज\n"
            "2019 | गुवाहाटी | शिंजो आबे | नरेंद्र मोदी | रद्द\n"
            "2022 | टोक्यो | फ़ुमियो किशिदा | नरेंद्र मोदी | 14वीं बैठक; किसी PM की पहली विदेश यात्रा\n"
            "2023 | नई दिल्ली | फ़ुमियो किशिदा | नरेंद्र मोदी | किसी PM की पहली भारत यात्रा\n")
    found = held(parse(text))
    assert (2018, "Tokyo", None, 13) in found and (2022, "Tokyo", None, 14) in found
    assert (2023, "New Delhi", None, None) in found  # 'पहली भारत यात्रा' numbers a visit, not the meeting


# --- 'दौर': rounds, or a period of time -------------------------------------------------------

def test_a_period_is_no_list_of_rounds():
    assert heading_role("Freeze वाला दौर (2020–2022)") is None
    assert heading_role("कोविड का दौर") is None
    assert heading_role("अब तक के दौर") == "summits" and heading_role("वार्ता के दौर") == "summits"
    text = ("# कनाडा–चीन वार्षिक नेता बैठक — नोट्स\n\n## बैठकें\n\n- **2016, बीजिंग**: पहली बैठक।\n"
            "- **2017, ओटावा**: दूसरी बैठक।\n\n## तनाव वाला दौर (2018–2021)\n\n"
            "- दिसंबर 2018: कनाडा सरकार ने एक अधिकारी की गिरफ़्तारी की।\n"
            "- मार्च 2019: चीन ने कनोला के आयात पर रोक लगाई।\n")
    assert [s[:2] for s in held(parse(text))] == [(2016, "Beijing"), (2017, "Ottawa")]


# --- 'CITY, YEAR (DAYS)' and 'YEAR में CITY, COUNTRY (...)' ------------------------------------

def test_days_in_brackets_after_a_city_and_its_year():
    text = ("विश्व डाक सम्मेलन — परीक्षा हेतु नोट्स\n\nसम्मेलन के सत्र (शहर, वर्ष — मुख्य बात)\n"
            "▪ बर्न, 1874 — पहला सत्र (सितंबर 1874)।\n"
            "▪ नैरोबी, 2004 (5–12 अक्टूबर) — 23वाँ सत्र।\n"
            "▪ दोहा, 2012 (24 सितंबर – 15 अक्टूबर) — 25वाँ सत्र।\n"
            "▪ 2008 में जिनेवा (24वाँ सत्र) और 2016 में इस्तांबुल, तुर्की (26वाँ सत्र) — लगातार दो सत्र।\n")
    found = held(parse(text))
    assert (2004, "Nairobi", "2004-10-05", 23) in found and (2012, "Doha", "2012-09-24", 25) in found
    assert (2008, "Geneva", None, 24) in found and (2016, "Istanbul", None, 26) in found
    assert (1874, "Bern", None, 1) in found  # a month without a day dates nothing


# --- one venue every time ------------------------------------------------------------------

def test_one_venue_named_on_every_line_is_the_place():
    lines = ("ताम्रवन — 6–8 अप्रैल 2013 : पहला भाषण।\nताम्रवन — 26–29 मार्च 2015 : विषय पर चर्चा।\n"
             "ताम्रवन — 8–11 अप्रैल 2018 : नए कदम।\n")
    text = f"ताम्रवन एशिया मंच वार्षिक सम्मेलन — अध्ययन नोट्स\n\nमहत्वपूर्ण वार्षिक सम्मेलन\n{lines}"
    found = parse(text)["summits"]
    assert [(s["year"], s["city"], s["date"]) for s in found] == [
        (2013, "ताम्रवन", "2013-04-06"), (2015, "ताम्रवन", "2015-03-26"), (2018, "ताम्रवन", "2018-04-08")]
    # a name on two lines only is no venue the list shows
    two = "\n".join(lines.splitlines()[:2])
    assert parse(f"ताम्रवन एशिया मंच वार्षिक सम्मेलन — अध्ययन नोट्स\n\nमहत्वपूर्ण वार्षिक सम्मेलन\n{two}\n")["summits"] == []


# --- a note's dash clause that counts the meeting out; a way of meeting's first --------------

def test_a_dash_clause_counts_the_meeting_out():
    assert counted_out('जून 2019 में चिंगदाओ में हुआ पहला "स्वास्थ्य फ़ोरम" — इसे वार्षिक सम्मेलन न गिनें।')
    assert counted_out("Strategic Dialogue अलग चीज़ है — उसे वार्षिक बैठक में मत जोड़ो।")
    assert counted_out("2023 में हवाना में विशेष सम्मेलन हुआ था, किंतु उसे श्रृंखला में नहीं गिना जाता")
    assert not counted_out("2019 में रोम में पाँचवाँ सम्मेलन हुआ — यह अब तक का सबसे बड़ा था")
    assert not counted_out("2019 में रोम में पाँचवाँ सम्मेलन हुआ — न केवल नेता बल्कि व्यापारी भी आए")
    assert not counted_out("2019 में रोम में पाँचवाँ सम्मेलन हुआ — इसे न भूलें")


def test_the_first_held_in_a_way_of_meeting_numbers_nothing():
    assert find_ordinal("महामारी के बाद पूरी तरह आमने-सामने हुआ पहला वार्षिक सम्मेलन") is None
    assert find_ordinal("वर्चुअल हुआ पहला सम्मेलन") is None
    assert find_ordinal("2002 में बोआओ में हुआ पहला वार्षिक सम्मेलन") == 1
    assert find_ordinal("दिल्ली में आयोजित पहला सम्मेलन") == 1
