"""Session 15, blind23's notes: general readings of Markdown and study notes (editions and
ministerials heading a summit list, 'चौथा edition', ordinals one line shares among its summits, a
fact line numbering the series' own meeting, 'DATE को CITY (COUNTRY)' labels, a bracketed aside
telling another year's meeting, another body's numbered meeting glossed with its short form, a
meeting's parts listed under it), each on invented documents of other series, with look-alikes
that must stay unread."""

from __future__ import annotations


from pipeline.parse.language.dates import find_periods
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import as_summit_nouns, own_meeting_nouns
from pipeline.parse.layout.asides import dated_asides
from pipeline.parse.layout.shared_ordinals import share_ordinals
from pipeline.parse.layout.structure import Line, heading_role
from pipeline.parse.layout.summits import Entry, label_head
from pipeline.parse.prose.glossed_others import numbers_another_bodys_meeting
from pipeline.parse.prose.words import names_a_meeting_series
from tests.parse_support import held, parse

LEXICON = default_lexicon()


def _cities(rows: dict) -> list[tuple]:
    return [(year, city) for year, city, _, _ in held(rows)]


# --- editions and ministerials head a summit list ----------------------------------------------

def test_editions_head_a_summit_list():
    for heading in ("Editions (जो मैंने note किए)", "अब तक के संस्करण", "Editions", "पिछले संस्करण"):
        assert heading_role(heading) == "summits", heading


def test_other_headings_stay_unread_as_summits():
    for heading in ("क्यों important है (Why it matters)", "Personal TODO", "प्रमुख क्षेत्र (Focus areas)"):
        assert heading_role(heading) != "summits", heading


def test_a_ministerial_is_the_own_noun_of_a_series_named_so():
    assert "ministerials" in own_meeting_nouns("Clean Energy Ministerial — मेरे notes")
    assert heading_role("Ministerials — list", own_meeting_nouns("Clean Energy Ministerial — मेरे notes")) == "summits"
    assert "ministerials" not in own_meeting_nouns("Asia Energy Summit — notes")


_EXPO = """# Africa Agri Expo (AAE) — मेरे notes

**क्या है**: कृषि technology का सालाना expo।
**पहला AAE**: 2019, नैरोबी

## मकसद (Objectives)

**Farm tech**: किसानों तक नई तकनीक पहुँचाना।

## Editions (जो याद रखने हैं)

- 12–14 मार्च 2019 – नैरोबी: पहला AAE।
- 2021 (3–5 मई) और 2022 (9–11 मई): दोनों अदीस अबाबा में — दूसरा और तीसरा edition।
- 2023: चौथा edition (dates check करनी हैं)।

## ध्यान दें

- 2020 में expo नहीं हुआ — COVID।
- 2026 का edition लागोस में होगा।
"""


def test_an_editions_list_of_notes_is_read_with_its_numbers():
    rows = parse(_EXPO)
    assert held(rows) == [(2019, "Nairobi", "2019-03-12", 1), (2021, "Addis Ababa", "2021-05-03", 2),
                          (2022, "Addis Ababa", "2022-05-09", 3), (2023, None, None, 4)]


_MINISTERIAL = """# Clean Water Ministerial — मेरे notes

**पहली ministerial**: 2015, लीमा
**Format**: हर दो साल

## Ministerials — list

- **लीमा, 2015**: पहली Clean Water Ministerial, 4 जून 2015 — पेरू की मेज़बानी; 2012 summit के वादे आगे बढ़ाए।
- **हनोई, 2017**: 8–9 मई 2017, वियतनाम — जल सुरक्षा पर घोषणा।

## ध्यान दें

- 2012 में रियो में एक leaders' summit हुआ था — वह इस series का हिस्सा नहीं।
- अगली ministerial 2027 में होने की उम्मीद है।
"""


def test_a_list_of_ministerials_in_notes_on_a_ministerial():
    rows = parse(_MINISTERIAL)
    assert held(rows) == [(2015, "Lima", "2015-06-04", 1), (2017, "Hanoi", "2017-05-08", None)]


# --- 'चौथा edition': an English edition numbered in Hindi -------------------------------------

def test_an_english_edition_after_a_hindi_ordinal_is_a_meeting():
    assert as_summit_nouns("पाँचवाँ edition (dates बाद में)", frozenset()) != "पाँचवाँ edition (dates बाद में)"
    assert as_summit_nouns("report का दूसरा edition जारी हुआ", frozenset()) == "report का दूसरा edition जारी हुआ"


# --- ordinals one line shares among its summits -----------------------------------------------

def _entries(*years: int, description: str) -> list[Entry]:
    line = Line(1, description)
    return [Entry(line, str(y), find_periods(str(y))[0][2], description) for y in years]


def test_a_lines_ordinals_number_its_summits_in_order():
    for text, editions in (("दोनों नई दिल्ली में — दूसरा और तीसरा edition।", [2, 3]),
                           ("मनीला में दूसरा सत्र, जकार्ता में तीसरा।", [2, 3]),
                           ("क्रमशः 5वाँ व 6वाँ सम्मेलन", [5, 6])):
        assert [e.edition for e in share_ordinals(_entries(2018, 2019, description=text))] == editions, text


def test_ordinals_of_times_or_in_another_count_number_nothing():
    for text in ("दूसरी और तीसरी बार भारत में।",                      # times, not meetings
                 "सियोल वाली बैठक दिसंबर में; अक्रा में पाँचवीं बैठक — Africa में पहली बार।",
                 "दूसरा सत्र।",                                        # one ordinal for two summits
                 "तीसरा और दूसरा सत्र।"):                              # not in the years' order
        assert [e.edition for e in share_ordinals(_entries(2018, 2019, description=text))] == [None, None], text
    entries = _entries(2019, 2018, description="दूसरा और तीसरा सत्र।")  # the years fall
    assert [e.edition for e in share_ordinals(entries)] == [None, None]


def test_two_summits_on_a_note_line_each_with_its_own_ordinal():
    rows = parse("# Andean Heritage Congress — notes\n\n## Congresses जो याद रखने हैं\n\n"
                 "- **1990 (लीमा)**: पहली कांग्रेस।\n"
                 "- **क्विटो (1992) और बोगोटा (1994)**: क्विटो में दूसरी कांग्रेस, बोगोटा में तीसरी।\n"
                 "- **1996 (ला पाज़)**: चौथी कांग्रेस।\n")
    assert [(y, e) for y, _, _, e in held(rows)] == [(1990, 1), (1992, 2), (1994, 3), (1996, 4)]


# --- a fact line numbering the series' own meeting --------------------------------------------

def test_a_series_named_by_its_plural_meetings():
    assert names_a_meeting_series("एडीबी–अफ़्रीका वार्षिक बैठकें: परीक्षा नोट्स")
    assert names_a_meeting_series("राष्ट्रमंडल शासनाध्यक्षों की बैठक")
    assert not names_a_meeting_series("आसियान शिखर सम्मेलन और उसकी बैठकें")


_ANNUAL = """एशियाई विकास कोष की वार्षिक बैठकें: संक्षिप्त नोट्स

► पूरा नाम: एशियाई विकास कोष के गवर्नरों की वार्षिक बैठकें
► पहली वार्षिक बैठक: 1967, मनीला
► ध्यान दें: हर अक्टूबर की "तकनीकी बैठकें" अलग हैं

उद्देश्य
► वित्त: सदस्य देशों के लिए सस्ता ऋण।

मनीला के बाहर हुई प्रमुख वार्षिक बैठकें
► 1978 में वियना।
► 3–5 मई 2009 को बाली (इंडोनेशिया) — संकट के बाद; इंडोनेशिया दूसरी बार मेज़बान (पहले 1983 में भी जकार्ता में बैठक हुई थी)।
► 2–5 मई 2017 को योकोहामा (जापान) — पचासवीं वर्षगांठ।
► अगली बैठक 2026 में समरकंद में होगी।
"""


def test_notes_on_annual_meetings_read_the_first_the_dated_and_the_aside():
    rows = parse(_ANNUAL)
    assert sorted(_cities(rows)) == [(1967, "Manila"), (1978, "Vienna"), (1983, "Jakarta"), (2009, "Bali"),
                                     (2017, "Yokohama")]
    assert (1967, "Manila", None, 1) in held(rows)
    assert all(s["year"] != 2026 for s in rows["summits"] if s["status"] == "held")


def test_a_label_dated_then_placed_after_को():
    period, place = label_head("6–7 अक्टूबर 2009 को इस्तांबुल", LEXICON)
    assert (period.year, place.city) == (2009, "इस्तांबुल")
    period, place = label_head("9–11 अक्टूबर 2015 को लीमा (पेरू)", LEXICON)
    assert place.city == "लीमा"
    # 'को' before a word that names no city, with no country after it: no place
    assert label_head("6 अक्टूबर 2009 को बैठक", LEXICON) is None or label_head("6 अक्टूबर 2009 को बैठक", LEXICON)[1] is None


# --- a bracketed aside telling another year's meeting ----------------------------------------

def test_an_aside_is_a_dated_clause_of_another_year():
    text = "6–7 अक्टूबर 2009 को इस्तांबुल — तुर्की दूसरी बार मेज़बान (पहले 1955 में भी इस्तांबुल में बैठक हुई थी)।"
    assert dated_asides(text, {2009}) == ["पहले 1955 में भी इस्तांबुल में बैठक हुई थी"]


def test_a_gloss_in_brackets_is_no_aside():
    for text in ("2018 (25–27 अक्टूबर) — नई दिल्ली", "9–11 अक्टूबर 2015 को लीमा (पेरू)", "2021 (COP-4, ऑनलाइन)",
                 "2009 — बाली (इसी 2009 वाली बैठक में घोषणा हुई थी)"):
        assert dated_asides(text, {2009, 2015, 2018, 2021}) == [], text


def test_an_aside_on_a_cancelled_or_planned_meeting_stays_unread():
    rows = parse("एशियाई विकास कोष की वार्षिक बैठकें: नोट्स\n\nप्रमुख वार्षिक बैठकें\n"
                 "► 1978 में वियना।\n"
                 "► 1990 में नई दिल्ली — (2001 की बैठक सियोल में प्रस्तावित थी पर रद्द कर दी गई थी)।\n"
                 "► 1995 में टोक्यो — (अगली बैठक 2027 में बैंकॉक में होगी, ऐसी घोषणा हुई)।\n")
    assert {year for year, _ in _cities(rows)} <= {1978, 1990, 1995}


# --- another body's numbered meeting glossed with its short form -------------------------------

def test_a_meeting_glossed_with_another_bodys_short_form():
    series = "अंतरराष्ट्रीय जल सभा (IWA) — नोट्स"
    assert numbers_another_bodys_meeting("2024 में लीमा में हुई तीसरी बैठक (INC-3) में सहमति नहीं बनी", series)
    assert numbers_another_bodys_meeting("ओस्लो में दूसरा सत्र (MOP-2) हुआ", series)
    assert not numbers_another_bodys_meeting("2024 में लीमा में तीसरा सत्र (IWA-3) हुआ", series)
    assert not numbers_another_bodys_meeting("2024 में लीमा में तीसरा सत्र हुआ", series)
    assert not numbers_another_bodys_meeting("बाली में चौथी बैठक (COP-4) हुई", "पारा अभिसमय: पक्षकारों का सम्मेलन (COP)")


_ASSEMBLY = """अंतरराष्ट्रीय जल सभा (IWA) — क्विक नोट्स

▪ प्रकृति: जल पर सर्वोच्च निकाय

उद्देश्य
▪ जल सुरक्षा: सबके लिए पानी।

अब तक के सत्र (तिथि, शहर — मुख्य बात)
1. 3–5 जून 2016, जिनेवा — पहला सत्र (IWA-1); घोषणा।
2. 6–8 जून 2018, जिनेवा — दूसरा सत्र।
3. तीसरा सत्र दो भागों में:
   – पहला भाग (IWA-3.1): 1–2 मार्च 2021 — कोविड-19 के कारण वर्चुअल माध्यम से।
   – दूसरा भाग (IWA-3.2): 7–9 मार्च 2022, जिनेवा — संधि पर वार्ता शुरू।
4. 4–6 मार्च 2024, जिनेवा — चौथा सत्र।

आगे क्या
▪ जल संधि: नवंबर 2024 में लीमा (पेरू) में हुई पाँचवीं बैठक (INC-5) में सहमति नहीं बनी।
"""


def test_a_sessions_parts_take_its_number_and_another_bodys_meeting_stays_out():
    rows = parse(_ASSEMBLY)
    assert [(y, c, e) for y, c, _, e in held(rows)] == [
        (2016, "Geneva", 1), (2018, "Geneva", 2), (2021, None, 3), (2022, "Geneva", 3), (2024, "Geneva", 4)]


def test_a_part_under_no_meeting_in_parts_keeps_no_number():
    rows = parse("अंतरराष्ट्रीय जल सभा (IWA) — नोट्स\n\nअब तक के सत्र\n"
                 "1. 3–5 जून 2016, जिनेवा — पहला सत्र।\n"
                 "2. 6–8 जून 2018, जिनेवा — दूसरा सत्र।\n"
                 "3. सत्र की योजना:\n"
                 "   – दूसरा चरण: 7–9 मार्च 2022, जिनेवा — वार्ता।\n")
    assert (2022, "Geneva", "2022-03-07", 2) not in held(rows)


def test_a_note_takers_to_do_plans_no_meeting():
    from pipeline.parse.layout.summits import entry_status
    assert entry_status("चौथा edition (dates check करनी हैं)।") == "held"
    assert entry_status("पाँचवाँ सत्र — venue confirm करना है।") == "held"
    assert entry_status("अगला सत्र 2027 में होगा।") == "planned"


def test_a_fact_line_numbering_the_first_meeting_before_a_dash():
    from pipeline.parse.layout.fact_lines import numbered_fact
    fact = numbered_fact(Line(1, "► पहली वार्षिक बैठक — 1967, मनीला"), LEXICON, meeting=True)
    assert (fact.period.year, fact.place.city, fact.edition) == (1967, "मनीला", 1)
    # a sentence split at a dash, or a dashed line with more than its date and city, is no fact line
    assert numbered_fact(Line(1, "► भागीदार — सदस्य देशों की पहली बैठक 1967 में मनीला में"), LEXICON, meeting=True) is None
    assert numbered_fact(Line(1, "१. तीसरी बैठक — २३ अप्रैल, २०१७, राष्ट्रपति भवन, नई दिल्ली; चर्चा।"), LEXICON,
                         meeting=True) is None
