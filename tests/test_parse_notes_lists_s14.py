"""Session 14 (issue 8): the list shapes of study and Markdown notes by new writers. An
ordinal-first entry with a spaced range across months ('पहली — पेरिस, 19 मार्च – 28 अप्रैल
1951: ...'), several 'CITY (YEAR)' items on one line, nested bullets (the year on a bullet, the
meeting's short name, city and date on its sub-bullets), a pipe table whose year and city share
one cell under an English header, and a task list whose open box is a meeting to come; with
look-alikes that stay unread. Every document here is invented, of series no other test uses."""

from __future__ import annotations

from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.layout.structure import Line
from pipeline.parse.layout.summits import meeting_number, opening_clause, read_entries
from tests.parse_support import held, parse


def _summits(rows: dict) -> list[tuple]:
    return [(s["year"], s["city_en"], s["status"]) for s in rows["summits"]]


def _dates(rows: dict) -> dict[int, tuple]:
    return {s["year"]: (s["date"], s["date_end"]) for s in rows["summits"] if s["status"] == "held"}


# --- ordinal-first entries and 'CITY (YEAR)' lists ---------------------------------------------

CONGRESS = """विश्व मौसम विज्ञान संगठन (WMO) और विश्व मौसम विज्ञान कांग्रेस — परीक्षा नोट्स

▪ स्थापना: 23 मार्च 1950, जिनेवा
▪ मुख्यालय: जिनेवा (स्विट्ज़रलैंड)

मुख्य उद्देश्य
▪ पूर्वानुमान सहयोग: मौसम के आँकड़ों का मुफ़्त आदान-प्रदान।
▪ आपदा चेतावनी: सबके लिए समय पर चेतावनी।

इतिहास की झलक
1873 — वियना में अंतरराष्ट्रीय मौसम विज्ञान कांग्रेस; पूर्ववर्ती संस्था बनी।
1950 — संगठन की स्थापना।

कांग्रेस क्रम से
पहली — पेरिस (फ़्रांस), 19 मार्च – 28 अप्रैल 1951: संगठन के नियम अपनाए गए।
दूसरी — जिनेवा, 1955: विश्व मौसम निगरानी पर चर्चा।
बीच की कांग्रेस (सिर्फ़ क्रम के लिए): रोम (1959), लंदन (1963), मैड्रिड (1967)
18वीं — टोक्यो, 22 मई – 2 जून 2019: यह 2018 में होनी थी, पर एक साल टली।

याद रखें
▪ अगली यानी 20वीं कांग्रेस 2027 में प्रस्तावित है।
"""


def test_ordinal_first_entries_and_a_line_of_city_year_items_are_the_congresses():
    rows = parse(CONGRESS)
    assert held(rows) == [
        (1951, "Paris", "1951-03-19", 1), (1955, "Geneva", None, 2), (1959, "Rome", None, None),
        (1963, "London", None, None), (1967, "Madrid", None, None), (2019, "Tokyo", "2019-05-22", 18),
    ]
    assert _dates(rows)[1951] == ("1951-03-19", "1951-04-28")  # the range across months, spaced
    assert _dates(rows)[2019] == ("2019-05-22", "2019-06-02")
    # the timeline's congress of another body (1873) and the founding are no summits; 2027 is planned
    assert {y for y, _, status in _summits(rows) if status == "held"} == {1951, 1955, 1959, 1963, 1967, 2019}
    assert all(status != "held" for y, _, status in _summits(rows) if y == 2027)


def test_the_title_names_the_meeting_after_a_body_glossed_by_its_short_form():
    assert "कांग्रेस" in own_meeting_nouns("विश्व मौसम विज्ञान संगठन (WMO) और विश्व मौसम विज्ञान कांग्रेस — नोट्स")
    assert own_meeting_nouns("एशियाई विकास बैंक (ADB) और विश्व बैंक — नोट्स") == frozenset()


def test_a_plan_dated_before_the_entry_is_the_plan_it_outgrew_and_a_later_one_stays_a_plan():
    def status(text: str) -> str:
        found = read_entries(Line(1, text))
        assert isinstance(found, list)
        return found[0].status
    assert status("7वीं — लीमा, 4–9 मई 2021: यह 2020 में होनी थी, पर महामारी के कारण टली।") == "held"
    assert status("2021: यह 2022 में होनी थी") == "planned"
    assert status("2021: यह 2020 में होनी थी, पर 2022 तक टली") == "planned"


def test_a_spaced_range_across_months_is_one_date_and_a_spaced_dash_still_ends_a_clause():
    assert opening_clause("बर्न, 15 सितंबर – 9 अक्टूबर 1874: संधि") == "बर्न, 15 सितंबर – 9 अक्टूबर 1874"
    assert opening_clause("बर्न, 1874 – संधि पर हस्ताक्षर") == "बर्न, 1874"


def test_a_line_of_city_year_items_under_a_label_of_treaties_is_no_summit_list():
    text = CONGRESS.replace("दूसरी — जिनेवा, 1955: विश्व मौसम निगरानी पर चर्चा।",
                            "दूसरी — जिनेवा, 1955: विश्व मौसम निगरानी पर चर्चा।\n"
                            "प्रमुख संधियाँ: रोम (1957), लिस्बन (2007)")
    years = [y for y, *_ in held(parse(text))]
    assert 1957 not in years and 2007 not in years
    assert 1955 in years


def test_city_year_items_that_are_no_cities_stay_unread():
    assert not isinstance(read_entries(Line(1, "मुख्य दस्तावेज़: घोषणा (2001), चार्टर (2002)")), list)


# --- nested bullets ---------------------------------------------------------------------------

NESTED = """बेसल कन्वेंशन के COP सम्मेलन — अध्ययन नोट्स

- पूरा नाम: खतरनाक कचरे की सीमा-पार आवाजाही पर नियंत्रण का कन्वेंशन
- हस्ताक्षर: 22 मार्च 1989, बेसल

लक्ष्य
- कचरा घटाना: खतरनाक कचरे का उत्पादन कम करना।
- सुरक्षित निपटान: कचरे का पर्यावरण-अनुकूल प्रबंधन।

COP सम्मेलन — वर्षवार

• 1992
    ◦ COP1 — पहला पक्षकार सम्मेलन
    ◦ शहर: मोंटेवीडियो (उरुग्वे)
• 1994 / 1995
    ◦ COP2 और COP3 — दोनों बार जिनेवा (स्विट्ज़रलैंड) में
• 1998
    ◦ COP4 — कुचिंग (मलेशिया)
• 2006
    ◦ COP8
    ◦ शहर: नैरोबी
    ◦ समय: नवंबर 2006
• 2011
    ◦ COP10
    ◦ शहर: कार्टाहेना (कोलंबिया)
    ◦ तिथि: 17–21 अक्टूबर 2011
    ◦ थीम: "Prevention, minimization and recovery of wastes"

ध्यान दें
- 1989 (हस्ताक्षर) और 1992 (लागू होना) में से सिर्फ़ 1992 में COP हुआ।
- अगला COP 2027 में प्रस्तावित है।
"""


def test_a_year_over_sub_bullets_naming_its_cop_city_and_date_is_one_summit():
    rows = parse(NESTED)
    assert held(rows) == [
        (1992, "Montevideo", None, 1), (1994, "Geneva", None, 2), (1995, "Geneva", None, 3),
        (1998, "Kuching", None, 4), (2006, "Nairobi", None, 8), (2011, "Cartagena", "2011-10-17", 10),
    ]
    assert _dates(rows)[2011] == ("2011-10-17", "2011-10-21")
    assert not [r for r in rows["parse_issues"] if r["reason"] in ("bad_year", "empty_entry", "unparsed_entry")]


def test_a_year_over_sub_bullets_of_something_else_is_no_summit():
    text = NESTED.replace("""• 1998
    ◦ COP4 — कुचिंग (मलेशिया)""", """• 1998
    ◦ संशोधन — कुचिंग में मसौदा तैयार""")
    years = [y for y, *_ in held(parse(text))]
    assert 1998 not in years
    assert years == [1992, 1994, 1995, 2006, 2011]


def test_a_meetings_short_name_numbers_it_unless_the_number_is_its_year():
    assert meeting_number("COP14", 2022) == 14
    assert meeting_number("PP-94", 1994) is None  # 'PP-94' of 1994: the year's two digits
    assert meeting_number("PP-02", 2002) is None
    assert meeting_number("IWC-67", 2018) == 67
    assert meeting_number("कॉप-22", 2016) == 22
    assert meeting_number("बैठक", 2016) is None


# --- a pipe table whose year and city share one cell ------------------------------------------

TABLE = """# स्टॉकहोम कन्वेंशन के COP — मेरे notes

> last edited: 3 Mar 2025 · tags: #environment

## उद्देश्य (Objectives)

**POPs पर रोक**: स्थायी कार्बनिक प्रदूषकों का उत्पादन बंद करना।  
**स्वास्थ्य सुरक्षा**: मानव स्वास्थ्य को रसायनों से बचाना।  

## COP list

| COP | Venue (Year) | Dates | Key outcome |
|---|---|---|---|
| 1 | पुंटा डेल एस्टे, उरुग्वे (2005) | 2–6 मई | पहला COP |
| 2 | जिनेवा, स्विट्ज़रलैंड (2006) | — | — |
| 4 | जिनेवा, स्विट्ज़रलैंड (2009) | 4–8 मई | नौ नए रसायन जोड़े गए |
| 5 | जिनेवा, स्विट्ज़रलैंड (2011) | 25 अप्रैल – 29 अप्रैल | एंडोसल्फ़ान पर रोक |

> **COP3 (मई 2007)** — टेबल में अलग रखा: डकार (सेनेगल) में हुआ।

## ध्यान दें

- **2001**: स्टॉकहोम में सिर्फ़ हस्ताक्षर हुए — COP नहीं।
"""


def test_a_table_whose_year_and_city_share_a_cell_under_an_english_header_is_read():
    rows = parse(TABLE)
    found = held(rows)
    assert (2005, "Punta del Este", "2005-05-02", 1) in found
    assert (2006, "Geneva", None, 2) in found
    assert (2009, "Geneva", "2009-05-04", 4) in found
    assert (2011, "Geneva", "2011-04-25", 5) in found  # a COP header numbers each row, a gap or not
    assert _dates(rows)[2005] == ("2005-05-02", "2005-05-06")
    assert 2001 not in [y for y, *_ in found]


def test_a_cop_line_set_apart_below_the_table_is_its_own_summit():
    found = held(parse(TABLE))
    assert [(y, e) for y, _, _, e in found if y == 2007] == [(2007, 3)]


def test_a_bare_number_column_under_no_meeting_header_numbers_nothing_new():
    text = TABLE.replace("| COP | Venue (Year) |", "| # | Venue (Year) |")
    editions = {y: e for y, _, _, e in held(parse(text)) if y != 2007}
    assert editions[2009] is None and editions[2011] is None  # '#' counts rows; 3 is skipped


def test_a_table_of_treaties_with_a_year_and_place_cell_is_no_summit_table():
    text = """# रसायन संधियाँ — notes

## उद्देश्य

**रोक**: ज़हरीले रसायनों पर रोक।

## संधियाँ

| संधि | Venue (Year) | Dates |
|---|---|---|
| बेसल | बेसल, स्विट्ज़रलैंड (1989) | 22 मार्च |
| रॉटरडैम | रॉटरडैम, नीदरलैंड्स (1998) | 10 सितंबर |
"""
    assert held(parse(text)) == []


# --- a task list ------------------------------------------------------------------------------

CHECKLIST = """# अंतरराष्ट्रीय व्हेलिंग आयोग (IWC) की बैठकें — Quick Revision

`#IWC` `#environment` · अपडेट: 2 जनवरी 2025

## मकसद (Mission)

**व्हेल संरक्षण**: व्हेल की आबादी की रक्षा।
**नियमन**: व्यावसायिक शिकार पर नियम।

## IWC checklist  (✔ [x] = हो चुका · [ ] = अभी बाकी)

- [x] **IWC-66** — 2016, बर्लिन (जर्मनी), 20–28 अक्टूबर: अभयारण्य पर बहस
- [x] **IWC-67** — 2018, फ्लोरियानोपोलिस (ब्राज़ील), 4 सितंबर – 14 सितंबर: "फ्लोरियानोपोलिस घोषणा"
- [x] **IWC-69** — 2024, लीमा (पेरू): नई अध्यक्षता
- [ ] **IWC-70** — 2026, सिडनी (ऑस्ट्रेलिया): मेज़बानी तय

## Confuse मत करना — ये IWC बैठकें नहीं हैं

- **CITES CoP-19**: पनामा सिटी, 14–25 नवंबर 2022 — वन्यजीव व्यापार की सभा
- **SC-68**: लीमा, 2023 — वैज्ञानिक समिति
"""


def test_a_checklist_of_numbered_meetings_is_a_summit_list_and_an_open_box_is_to_come():
    rows = parse(CHECKLIST)
    assert held(rows) == [(2016, "Berlin", "2016-10-20", 66), (2018, "Florianópolis", "2018-09-04", 67),
                          (2024, "Lima", None, 69)]
    assert _dates(rows)[2018] == ("2018-09-04", "2018-09-14")
    assert (2026, "Sydney", "planned") in _summits(rows)
    assert 2022 not in [y for y, *_ in held(rows)] and 2023 not in [y for y, *_ in held(rows)]


def test_an_open_box_makes_a_held_looking_entry_planned_and_a_ticked_one_stays_held():
    from pipeline.parse.layout.structure import clean_lines
    ticked, unticked = clean_lines("- [x] 2016, लीमा: बैठक हुई\n- [ ] 2026, सिडनी: बैठक")
    assert not ticked.unticked and unticked.unticked
    assert [e.status for e in read_entries(ticked)] == ["held"]  # type: ignore[union-attr]
    assert [e.status for e in read_entries(unticked)] == ["planned"]  # type: ignore[union-attr]


def test_numbered_names_of_different_meetings_are_no_list_of_one_meetings_editions():
    text = CHECKLIST.replace("## IWC checklist  (✔ [x] = हो चुका · [ ] = अभी बाकी)", "## और भी")
    text = text.replace("**IWC-66**", "**WRC-16**").replace("**IWC-67**", "**WTDC-18**").replace("**IWC-69**", "**GSR-24**")
    assert held(parse(text)) == []


# --- year banners over bullets of days --------------------------------------------------------

BANNERS = """दक्षिण काकेशस आर्थिक परिषद की शिखर बैठकें — अध्ययन नोट्स

मूल तथ्य
▪ सदस्य: आर्मेनिया, जॉर्जिया और अज़रबैजान

लक्ष्य
▪ साझा बाज़ार: वस्तुओं की बिना रोक-टोक आवाजाही।
▪ परिवहन: सड़क और रेल गलियारे।

परिषद की प्रमुख बैठकें — साल के हिसाब से
(पूरी सूची नहीं, सिर्फ़ परीक्षा वाले सत्र)

===== 2016 =====
  – 12 अप्रैल, त्बिलिसी: सीमा शुल्क पर सहमति।
  – 5 दिसंबर, येरेवान: अगली बैठक मई 2017 में बाकू में करने का फ़ैसला।

===== 2020 (कोविड वर्ष) =====
  – 19 मई: बैठक वीडियो कॉन्फ़्रेंस से हुई।

===== 2021 =====
  – जून, बाकू: ऊर्जा गलियारे पर घोषणा।

ध्यान दें
▪ 1996 में परिषद की स्थापना हुई — वह बैठक नहीं है।
"""


def test_year_banners_over_bullets_of_days_are_one_summit_a_bullet():
    rows = parse(BANNERS)
    assert held(rows) == [(2016, "Tbilisi", "2016-04-12", None), (2016, "Yerevan", "2016-12-05", None),
                          (2020, None, "2020-05-19", None), (2021, "Baku", None, None)]
    # the heading with a dash and a remark in brackets under it opens the summits' section
    assert not rows["cooperation_areas"]
    assert [r["role"] for r in rows["sections"] if r["role"] == "summits"] == ["summits"]


def test_a_banner_that_is_no_year_keeps_its_bullets_as_they_are():
    text = BANNERS.replace("===== 2016 =====", "===== शुरुआती दौर =====")
    years = [y for y, *_ in held(parse(text))]
    assert 2016 not in years and 2020 in years


def test_the_next_meetings_plan_said_at_a_dated_meeting_leaves_that_meeting_held():
    found = read_entries(Line(1, "- 5 दिसंबर 2016, येरेवान: अगली बैठक मई 2017 में बाकू में करने का फ़ैसला।"))
    assert isinstance(found, list) and found[0].status == "held"
    plan = read_entries(Line(1, "- 2017: अगली बैठक मई 2017 में बाकू में"))
    assert isinstance(plan, list) and plan[0].status == "planned"


# --- a timeline whose legend marks the summits ------------------------------------------------

MARKED = """# भारत–मिस्र सामरिक परिषद: लीडर्स मीटिंग — मेरे नोट्स

## मकसद (Objectives)

**व्यापार**: द्विपक्षीय व्यापार दोगुना करना।  
**रक्षा**: संयुक्त अभ्यास।  

## Timeline (summits + बाक़ी events एक साथ, ★ = परिषद की leaders' meeting)

- **जनवरी 2023** → राष्ट्रपति सीसी गणतंत्र दिवस के मुख्य अतिथि।
- **जून 2023** → काहिरा: परिषद बनाने के समझौते पर हस्ताक्षर — मीटिंग नहीं हुई।
- ★ **12 मार्च 2024** → नई दिल्ली (हैदराबाद हाउस): परिषद की पहली leaders' meeting; ऊर्जा पर बात।
- **9 सितंबर 2024** → नई दिल्ली: विदेश मंत्रियों की समिति की बैठक — यह ministerial है।
- ★ **4 फ़रवरी 2025** → काहिरा: परिषद की दूसरी leaders' meeting; चार MoUs।
"""


def test_the_lines_a_timelines_legend_marks_are_its_summits_and_the_rest_stay_events():
    rows = parse(MARKED)
    assert held(rows) == [(2024, "New Delhi", "2024-03-12", 1), (2025, "Cairo", "2025-02-04", 2)]  # 'पहली leaders' meeting'
    assert {r["period_label"] for r in rows["timeline"]} >= {"2023-01", "2023-06"}


def test_a_legend_sign_for_anything_but_a_meeting_marks_no_summits():
    text = MARKED.replace("★ = परिषद की leaders' meeting", "★ = ज़रूरी तारीख़")
    assert held(parse(text)) == []


# --- a place that is no city: the meeting held online ------------------------------------------

def test_a_list_item_placed_online_then_dated_is_a_virtual_summit_in_no_city():
    found = read_entries(Line(1, "(घ) वीडियो कॉन्फ़्रेंस — 8 सितंबर 2020 — छठी बैठक; महामारी के कारण।"))
    assert isinstance(found, list) and found[0].place is None and found[0].period.label == "2020-09-08"
    assert not isinstance(read_entries(Line(1, "(घ) संयुक्त घोषणा — 8 सितंबर 2020 — छठी बैठक")), list)


# --- summits by host country ------------------------------------------------------------------

HOSTS = """# फ़्रांस–पश्चिम अफ्रीका शिखर सम्मेलन (W5+1) — notes

## लक्ष्य (Goals)

**सुरक्षा**: साहेल में स्थिरता।  
**व्यापार**: निवेश बढ़ाना।  

## शिखर सम्मेलन — मेज़बान देश के हिसाब से (host-wise)

### 🇫🇷 फ़्रांस
- **पेरिस**
  - 14 मार्च 2019 — पहला शिखर सम्मेलन; सुरक्षा पर संयुक्त घोषणा।

### 🇸🇳 सेनेगल
- **डकार**
  - 2 मई 2022 — दूसरा शिखर सम्मेलन; ऊर्जा पर समझौते।
  - 30 अप्रैल 2022 — राष्ट्रपति की यात्रा का पहला पड़ाव — यह **summit नहीं** था, सिर्फ़ bilateral visit।

### माली / नाइजर
- अभी तक किसी शिखर सम्मेलन की मेज़बानी नहीं।

## दूसरे "X+1" formats (confuse मत होना)

- जर्मनी–पश्चिम अफ्रीका: पहला शिखर सम्मेलन अबुजा, 14 अक्टूबर 2021।
"""


def test_summits_listed_by_host_country_and_city_are_read_and_a_visit_is_not():
    rows = parse(HOSTS)
    assert held(rows) == [(2019, "Paris", "2019-03-14", 1), (2022, "Dakar", "2022-05-02", 2)]
    assert [r["role"] for r in rows["sections"] if r["heading"].endswith("फ़्रांस")] == ["summits"]


def test_a_heading_of_other_formats_holds_no_summits_of_the_series():
    from pipeline.parse.layout.structure import denies_summits, names_host_countries
    assert denies_summits('दूसरे "X+1" formats (confuse मत होना)')
    assert denies_summits("अन्य समूहों के शिखर सम्मेलन")
    assert not denies_summits("दूसरे दौर के शिखर सम्मेलन")
    assert names_host_countries("🇫🇷 फ़्रांस") and names_host_countries("माली / नाइजर")
    assert not names_host_countries("पेरिस बैठकें")


def test_a_name_over_dated_bullets_that_is_no_city_stays_as_it_is():
    text = HOSTS.replace("- **पेरिस**", "- **प्रमुख घटनाएँ**")
    # the dated bullet is still an entry of the summits' section, but the head names no place of it
    assert held(parse(text)) == [(2019, None, "2019-03-14", 1), (2022, "Dakar", "2022-05-02", 2)]


# --- typed otherwise: the same facts ----------------------------------------------------------

def test_a_meetings_short_name_with_a_tight_dash_reads_as_with_a_spaced_one():
    spaced = read_entries(Line(1, "- IWC-67 — 2018, फ्लोरियानोपोलिस (ब्राज़ील), 4–14 सितंबर: घोषणा"))
    tight = read_entries(Line(1, "- IWC-67—2018, फ्लोरियानोपोलिस (ब्राज़ील), 4–14 सितंबर: घोषणा"))
    assert isinstance(spaced, list) and isinstance(tight, list)
    assert [(e.period, e.place, e.edition) for e in tight] == [(e.period, e.place, e.edition) for e in spaced]


def test_record_fields_typed_with_a_dash_after_the_colon_give_the_same_summits():
    assert held(parse(NESTED.replace(": ", ":- "))) == held(parse(NESTED))


def test_two_summits_on_a_line_take_the_bare_ordinals_the_text_opens_with():
    found = read_entries(Line(1, "- लीमा (2011) और मनीला (2012): दूसरा और तीसरा; मनीला वाला 3–6 दिसंबर 2012 को हुआ"))
    assert isinstance(found, list) and [e.edition for e in found] == [2, 3]
    plain = read_entries(Line(1, "- लीमा (2011) और मनीला (2012): पहले और बाद में बातचीत"))
    assert isinstance(plain, list) and [e.edition for e in plain] == [None, None]


def test_a_year_over_sub_bullets_numbering_its_meeting_by_an_ordinal_is_one_summit():
    text = """अंतरराष्ट्रीय ध्रुवीय सहयोग सम्मेलन — अध्ययन नोट्स

लक्ष्य
- बर्फ़ का अध्ययन: ध्रुवीय बर्फ़ का मापन।
- साझा डेटा: आँकड़ों का आदान-प्रदान।

सम्मेलन — वर्षवार

- **2011**
  - 10वाँ सम्मेलन
  - शहर: बर्गेन (नॉर्वे)
  - तिथि: 20–25 नवंबर 2011
- **2014**
  - ग्यारहवाँ सम्मेलन — क्विटो (इक्वाडोर)
  - तिथि: 4–9 नवंबर 2014
"""
    assert held(parse(text)) == [(2011, "Bergen", "2011-11-20", 10), (2014, "Quito", "2014-11-04", 11)]
