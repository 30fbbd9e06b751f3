"""Layout rules of session 10 (issue 8): notes, Markdown and tables as writers the parser never saw
lay them out. One rule per test, on small invented documents, each with a case where the rule
applies and one where it must not."""

from __future__ import annotations

from pipeline.parse.layout.structure import clean_lines, find_shape, heading_role
from parse_support import held, parse


def _summits(rows: dict) -> list[tuple]:
    return [(s[0], s[1], s[2], s[3]) for s in held(rows)]


ROUNDS = """# फ़्रांस–पोलैंड सरकारी परामर्श — मेरे नोट्स

**शुरुआत**: 2009, पेरिस

## उद्देश्य

**सुरक्षा**: साझा रक्षा नीति।

{heading}

{items}
"""

ROUND_ITEMS = """- **2009, पेरिस**: पहला दौर, 3 मई 2009 — कई समझौते हुए।
- **वारसॉ (2011) और पेरिस (2013)**: वारसॉ में दूसरा दौर 8 जून 2011 को हुआ; तीसरा दौर 2013 के अंत में पेरिस में हुआ।
- **2015, वारसॉ**: चौथा दौर, नवंबर 2015।"""


def test_a_heading_that_calls_the_meetings_rounds_lists_summits_numbered_by_round():
    for heading in ("## अब तक के दौर (Rounds)", "## सभी दौर", "## परामर्श के दौर", "## अब तक (Rounds)"):
        rows = parse(ROUNDS.format(heading=heading, items=ROUND_ITEMS))
        assert _summits(rows) == [(2009, "Paris", "2009-05-03", 1), (2011, "Warsaw", "2011-06-08", 2),
                                  (2013, "Paris", None, 3), (2015, "Warsaw", None, 4)], heading
    # conventions (अधिवेशन) too, with Devanagari digits
    items = "- २००९, पेरिस: पहला अधिवेशन, ३ मई २००९।\n- २०११, वारसॉ: दूसरा अधिवेशन, ८ जून २०११।"
    rows = parse(ROUNDS.format(heading="## अधिवेशन", items=items))
    assert _summits(rows) == [(2009, "Paris", "2009-05-03", 1), (2011, "Warsaw", "2011-06-08", 2)]


def test_rounds_number_nothing_under_a_heading_of_summits_or_outside_a_list():
    # under a summits heading a 'round' of talks is no summit's number
    items = "- 2009, पेरिस: वार्ता का पहला दौर, 3 मई 2009।\n- 2011, वारसॉ: दूसरा दौर, 8 जून 2011।"
    rows = parse(ROUNDS.format(heading="## शिखर सम्मेलन", items=items))
    assert [(y, c, e) for y, c, _, e in _summits(rows)] == [(2009, "Paris", None), (2011, "Warsaw", None)]
    # 'इस दौर के उद्देश्य' is a heading of objectives, not of rounds
    assert heading_role("इस दौर के उद्देश्य") == "objectives"
    # a gloss in Hindi is no English gloss: 'प्रमुख उपलब्धियाँ (2010 के सम्मेलन में)' names no role
    assert heading_role("प्रमुख उपलब्धियाँ (2010 के सम्मेलन में)") is None
    assert heading_role("ध्यान दें (Traps)") is None
    assert heading_role("याद रखें (Not summits)") == "other"


TABLE = """इकोनॉमिक कम्युनिटी शिखर सम्मेलन

इकोनॉमिक कम्युनिटी के सदस्य देश हैं — बेनिन, घाना, टोगो और नाइजीरिया।

उद्देश्य

व्यापार: साझा बाज़ार।

हाल के शिखर सम्मेलन

| {head} | वर्ष | तिथि | स्थान |
|---|---|---|---|
{rows}
"""


def test_a_table_of_ordinal_sessions_keeps_each_stated_number_wherever_it_starts():
    rows = "\n".join(["| 41वाँ साधारण सत्र | 2012 | 3 जुलाई | अक्रा |",
                      "| असाधारण सत्र | 2012 | 30 जुलाई | अबूजा |",
                      "| 42वाँ साधारण सत्र | 2012 | 4 दिसंबर | अबूजा |",
                      "| 43वाँ साधारण सत्र | 2013 | 9 जुलाई | लोमे |"])
    found = _summits(parse(TABLE.format(head="सत्र", rows=rows)))
    assert [(y, c, e) for y, c, _, e in found] == [(2012, "Accra", 41), (2012, "Abuja", None), (2012, "Abuja", 42),
                                                  (2013, "Lomé", 43)]
    # the latest first, ordinal words in a column no header names
    rows = "\n".join(["| सातवाँ शिखर सम्मेलन | 2014 | 3 जुलाई | अक्रा |",
                      "| छठा शिखर सम्मेलन | 2013 | 4 दिसंबर | अबूजा |"])
    found = _summits(parse(TABLE.format(head="बैठक", rows=rows)))
    assert [(y, e) for y, _, _, e in found] == [(2014, 7), (2013, 6)]


def test_bare_numbers_or_ordinals_out_of_order_number_nothing():
    # a क्रम column of bare numbers from 11 may count the rows of a shortened list
    rows = "\n".join(["| 11 | 2012 | 3 जुलाई | अक्रा |", "| 12 | 2013 | 4 दिसंबर | अबूजा |"])
    assert [e for *_, e in _summits(parse(TABLE.format(head="क्रम", rows=rows)))] == [None, None]
    # ordinals that rise with a gap are each row's own (a selection); ordinals that neither rise
    # nor fall say nothing sure
    rows = "\n".join(["| 41वाँ सत्र | 2012 | 3 जुलाई | अक्रा |", "| 43वाँ सत्र | 2013 | 4 दिसंबर | अबूजा |"])
    assert [e for *_, e in _summits(parse(TABLE.format(head="सत्र", rows=rows)))] == [41, 43]
    rows = "\n".join(["| 41वाँ सत्र | 2012 | 3 जुलाई | अक्रा |", "| 43वाँ सत्र | 2013 | 4 दिसंबर | अबूजा |",
                      "| 42वाँ सत्र | 2014 | 9 जुलाई | लोमे |"])
    assert [e for *_, e in _summits(parse(TABLE.format(head="सत्र", rows=rows)))] == [None, None, None]


NOTES = """काला सागर मंच शिखर सम्मेलन — संक्षिप्त नोट्स

मूल तथ्य
• सदस्य: जॉर्जिया, यूक्रेन और मोल्दोवा

उद्देश्य
• व्यापार: मुक्त व्यापार क्षेत्र।

प्रमुख शिखर सम्मेलन (स्थान — तिथि: मुख्य बिंदु)
{items}
"""


def test_a_name_in_a_lists_column_of_cities_is_the_city_of_its_line():
    items = "\n".join(["→ याल्टा (यूक्रेन) — 7 जून 2001: पहला शिखर सम्मेलन।",
                       "→ याल्टा — जुलाई 2002: मुक्त व्यापार पर समझौता।",
                       "→ कीव — 23 मई 2006: चार्टर अपनाया गया।",
                       "→ बातूमी (जॉर्जिया) — जुलाई 2008: परिवहन परियोजनाएँ।"])
    found = _summits(parse(NOTES.format(items=items)))
    assert [(y, c) for y, c, _, _ in found] == [(2001, "Yalta"), (2002, "Yalta"), (2006, "Kyiv"), (2008, "Batumi")]
    # other bullets, Devanagari digits, a name no other line names but a city's sound (Sevastopol)
    items = "\n".join(["- याल्टा (यूक्रेन) — ७ जून २००१: पहला शिखर सम्मेलन।",
                       "- सेवस्तोपोल — जुलाई २००२: मुक्त व्यापार पर समझौता।",
                       "- कीव — २३ मई २००६: चार्टर अपनाया गया।"])
    assert [y for y, *_ in _summits(parse(NOTES.format(items=items)))] == [2001, 2002, 2006]


def test_a_word_in_the_column_of_cities_is_no_city():
    items = "\n".join(["→ याल्टा (यूक्रेन) — 7 जून 2001: पहला शिखर सम्मेलन।",
                       "→ नोट — जुलाई 2002: इस साल कोई बैठक नहीं।",
                       "→ स्थापना — 1997: संयुक्त वक्तव्य।",
                       "→ कीव — 23 मई 2006: चार्टर अपनाया गया।"])
    assert [y for y, *_ in _summits(parse(NOTES.format(items=items)))] == [2001, 2006]
    # a list that is not laid out 'CITY — DATE' gives no line its city by position
    items = "\n".join(["→ 7 जून 2001: याल्टा में पहला शिखर सम्मेलन।",
                       "→ याल्टा — जुलाई 2002: मुक्त व्यापार पर समझौता।",
                       "→ 23 मई 2006: कीव में चार्टर अपनाया गया।"])
    assert [y for y, *_ in _summits(parse(NOTES.format(items=items)))] == [2001, 2006]


GLOSSED = """# नाटो–जापान शिखर बैठकें — नोट्स

**ढाँचा**: 2010 से नाटो–जापान परिषद (NJC)
**दूसरा मंच**: संयुक्त राष्ट्र सुरक्षा परिषद (UNSC)

## लक्ष्य

**भरोसा**: संदेह कम करना।

## शिखर बैठकें

- **2008 (बुखारेस्ट) और 2010 (लिस्बन)**: बुखारेस्ट में 4 अप्रैल 2008 को NJC की शिखर बैठक; लिस्बन में 20 नवंबर 2010 को NJC शिखर बैठक।
- **2012, शिकागो**: 21 मई 2012 को UNSC शिखर बैठक।
"""


def test_a_short_form_the_text_gives_the_titles_body_names_the_series():
    found = _summits(parse(GLOSSED))
    assert [(y, d) for y, _, d, _ in found] == [(2008, "2008-04-04"), (2010, "2010-11-20")]  # not UNSC's 2012


COLON_HEADINGS = """भारत–नॉर्डिक शिखर सम्मेलन — नोट्स

Quick Facts:

**सदस्य**: भारत, डेनमार्क, फ़िनलैंड

उद्देश्य:

**हरित विकास**: स्वच्छ ऊर्जा।

शिखर सम्मेलन:

- **2018, स्टॉकहोम**: पहला शिखर सम्मेलन, 17 अप्रैल 2018।
- **2022, कोपेनहेगन**: दूसरा शिखर सम्मेलन, 4 मई 2022।

{tips}
- 2020: कोविड के कारण कोई बैठक नहीं; 2021: वर्चुअल वार्ता हुई, ओस्लो की यात्रा रद्द।
- 2019: डेनमार्क में विदेश मंत्रियों की बैठक।
"""


def test_a_short_line_ending_in_a_colon_between_blank_lines_is_a_heading():
    shape = find_shape(clean_lines(COLON_HEADINGS.format(tips="\nExam Tips:")))
    assert [(s.heading.text, s.role) for s in shape.sections] == [
        ("Quick Facts", "other"), ("उद्देश्य", "objectives"), ("शिखर सम्मेलन", "summits"), ("Exam Tips", "other")]
    rows = parse(COLON_HEADINGS.format(tips="\nध्यान दें (Exam Tips):"))
    assert [(y, c) for y, c, _, _ in _summits(rows)] == [(2018, "Stockholm"), (2022, "Copenhagen")]


def test_a_colon_line_inside_a_paragraph_or_a_sentence_stays_text():
    # no blank line before: the line belongs to the list above it
    shape = find_shape(clean_lines(COLON_HEADINGS.format(tips="Exam Tips:").replace("\n\nExam Tips:", "\nExam Tips:")))
    assert [s.heading.text for s in shape.sections][-1] == "शिखर सम्मेलन"
    # an announcing sentence or a line with a year is no heading
    for line in ("\nये बातें ध्यान रखने योग्य हैं:", "\n2019 के बाद:"):
        shape = find_shape(clean_lines(COLON_HEADINGS.format(tips=line)))
        assert [s.heading.text for s in shape.sections][-1] == "शिखर सम्मेलन", line


def test_spellings_of_israel_and_cape_verde_name_their_countries():
    text = """जर्मनी–इस्राइल सरकारी परामर्श

## उद्देश्य

**स्मृति**: इतिहास।

## सदस्य

काबो वर्दे और इस्राएल के साथ संवाद।
"""
    parties = {p["name_en"] for p in parse(text)["parties"]}
    assert {"Germany", "Israel"} <= parties


def test_rounds_in_other_hands_number_their_summits():
    cases = (
        "- पहला दौर (2009, पेरिस): 3 मई 2009।\n- दूसरा दौर (2011, वारसॉ): 8 जून 2011।",  # the ordinal in the label
        "1. पेरिस — 3 मई 2009: पहला दौर।\n2. वारसॉ — 8 जून 2011: दूसरा दौर।",  # the noun before a danda
        "- 3 मई 2009 → पेरिस → पहला दौर\n- 8 जून 2011 → वारसॉ → दूसरा दौर",  # arrows between the parts
        "- पेरिस (फ़्रांस), 3 मई 2009 — पहला दौर।\n- वारसॉ (पोलैंड), 8 जून 2011 — दूसरा दौर।",
    )
    for items in cases:
        rows = parse(ROUNDS.format(heading="## अब तक के दौर", items=items))
        assert _summits(rows) == [(2009, "Paris", "2009-05-03", 1), (2011, "Warsaw", "2011-06-08", 2)], items
    # sessions (सत्र) as the heading's noun; consultations (परामर्श) under a heading of the title's noun
    items = "- **2009, पेरिस**: पहला {n}, 3 मई 2009।\n- **2011, वारसॉ**: दूसरा {n}, 8 जून 2011।"
    for heading, noun in (("## अब तक के सत्र", "सत्र"), ("## परामर्श", "परामर्श")):
        rows = parse(ROUNDS.format(heading=heading, items=items.format(n=noun)))
        assert [(y, e) for y, _, _, e in _summits(rows)] == [(2009, 1), (2011, 2)], heading


def test_a_visit_or_a_round_of_talks_is_no_numbered_round():
    # 'दौरा' (a visit) is another word; under a summits heading, rounds of talks number nothing
    items = "- **2009, पेरिस**: पहला दौरा, 3 मई 2009।\n- **2011, वारसॉ**: दूसरा दौरा, 8 जून 2011।"
    rows = parse(ROUNDS.format(heading="## अब तक के दौर", items=items))
    assert [e for *_, e in _summits(rows)] == [None, None]


SUMMITS = """# फ़्रांस–पोलैंड शिखर सम्मेलन — नोट्स

## उद्देश्य

**सुरक्षा**: साझा रक्षा नीति।

## शिखर सम्मेलन

{items}
"""


def test_bullets_under_a_label_of_date_and_place_are_its_text():
    items = ("- **2009, पेरिस**\n  - पहला सम्मेलन, 3 मई 2009\n  - मुख्य बात: कई समझौते\n"
             "- **2011, वारसॉ**\n  - दूसरा सम्मेलन, 8 जून 2011")
    assert _summits(parse(SUMMITS.format(items=items))) == [(2009, "Paris", "2009-05-03", 1), (2011, "Warsaw", "2011-06-08", 2)]
    items = "* पेरिस (2009)\n    * 3 मई को पहला सम्मेलन\n* वारसॉ (2011)\n    * 8 जून को दूसरा सम्मेलन"
    assert _summits(parse(SUMMITS.format(items=items))) == [(2009, "Paris", "2009-05-03", 1), (2011, "Warsaw", "2011-06-08", 2)]


def test_bullets_dated_by_day_under_a_year_are_that_years_summits():
    items = "- 2009\n  - 3 मई: पेरिस में पहला सम्मेलन\n  - 5 नवंबर: वारसॉ में दूसरा सम्मेलन"
    assert _summits(parse(SUMMITS.format(items=items))) == [(2009, "Paris", "2009-05-03", 1), (2009, "Warsaw", "2009-11-05", 2)]


def test_bullets_under_a_head_that_is_no_single_summit_are_left_alone():
    # one bullet under the year names no day: the year's bullets are not its summits one by one
    items = "- 2009\n  - पेरिस में पहला सम्मेलन हुआ\n  - 5 नवंबर: वारसॉ में विदेश मंत्रियों की बैठक"
    assert _summits(parse(SUMMITS.format(items=items))) == []
    # two summits in the head: each bullet dates the summit of its city (as before)
    items = "- 2009 पेरिस और 2011 वारसॉ\n  - पेरिस: 3 मई 2009, पहला\n  - वारसॉ: 8 जून 2011, दूसरा"
    assert [(y, c, d) for y, c, d, _ in _summits(parse(SUMMITS.format(items=items)))] == [
        (2009, "Paris", "2009-05-03"), (2011, "Warsaw", "2011-06-08")]
    # an objective with sub-points is no record
    text = SUMMITS.format(items="- **2009, पेरिस**: पहला सम्मेलन।").replace(
        "**सुरक्षा**: साझा रक्षा नीति।", "- सुरक्षा\n  - साझा रक्षा नीति\n  - 2010 तक संयुक्त बल")
    rows = parse(text)
    assert [o["name"] for o in rows["objectives"]] == ["सुरक्षा"] and _summits(rows) == [(2009, "Paris", None, 1)]


MEETINGS = """# फ़्रांस–पोलैंड शिखर बैठकें — नोट्स

## उद्देश्य

**सुरक्षा**: साझा रक्षा नीति।

## शिखर बैठकें

1. **2009** — पेरिस, 3 मई: पहली बैठक
{line}
"""


def test_summits_listed_before_the_colon_with_semicolons_or_a_long_and():
    rows = parse(MEETINGS.format(line="2. **1998 – रीगा; 2000 – कोल्डिंग (डेनमार्क)**: क्रमशः दूसरा और तीसरा सम्मेलन।"))
    assert _summits(rows)[1:] == [(1998, "Riga", None, 2), (2000, "Kolding", None, 3)]
    rows = parse(MEETINGS.format(line="2. **2011 — रीगा; 2013 — वारसॉ**: दोनों बार तनाव रहा।"))
    assert [(y, c) for y, c, _, _ in _summits(rows)][1:] == [(2011, "Riga"), (2013, "Warsaw")]
    # a label of two summits may be longer than one of one summit
    rows = parse(MEETINGS.format(line="2. सेंट पीटर्सबर्ग, रूस (अप्रैल 2017) और बीजिंग, चीन (नवंबर 2017) — दो मुलाक़ातें"))
    assert [(y, c) for y, c, _, _ in _summits(rows)][1:] == [(2017, "Saint Petersburg"), (2017, "Beijing")]


def test_a_semicolon_in_an_entrys_text_lists_nothing():
    # the date and city are the label; the text after them quotes a plan for another year
    line = '2. 26 मई 2015, रीगा — दूसरा शिखर सम्मेलन; "विज़न 2045" दस्तावेज़: अपनाया गया।'
    assert [(y, c) for y, c, _, _ in _summits(parse(MEETINGS.format(line=line)))][1:] == [(2015, "Riga")]


def test_a_city_written_in_latin_letters_that_geonames_knows():
    rows = parse(MEETINGS.format(line="2. **Stralsund, जर्मनी — 30–31 मई 2012**: नौवाँ सम्मेलन"))
    assert _summits(rows)[1:] == [(2012, "Stralsund", "2012-05-30", 9)]
    # English words are no cities, even where GeoNames has a town of that name ('Summit')
    rows = parse(MEETINGS.format(line="2. **2012 (Summit)**: बैठक हुई"))
    assert [(y, c) for y, c, _, _ in _summits(rows)][1:] in ([(2012, None)], [])


GPE = """शिक्षा साझेदारी (GPE) के वित्तपोषण सम्मेलन — नोट्स

उद्देश्य
◾ शिक्षा: हर बच्चे को स्कूल।

सहयोग के क्षेत्र
◾ शिक्षक प्रशिक्षण: प्रशिक्षित शिक्षक।

{heading}
➜ 8 नवंबर 2011 (कोपेनहेगन, डेनमार्क): पहला सम्मेलन।
➜ 26 जून 2014 (ब्रसेल्स, बेल्जियम): दूसरा सम्मेलन।
➜ 2 फ़रवरी 2018 (डकार, सेनेगल): {third}।
"""


def test_a_legend_after_a_lists_heading_is_no_part_of_it():
    for heading in ("वित्तपोषण सम्मेलन — तिथि (शहर, देश): मुख्य बात", "सम्मेलन - वर्ष, स्थान और परिणाम",
                    "Conferences — date (city, country): key points"):
        rows = parse(GPE.format(heading=heading, third="तीसरा सम्मेलन"))
        assert [(y, c) for y, c, _, _ in _summits(rows)] == [(2011, "Copenhagen"), (2014, "Brussels"), (2018, "Dakar")], heading
        assert rows["cooperation_areas"][-1]["name"] == "शिक्षक प्रशिक्षण"
    # words that are no legend stay the heading's ('— पूरी सूची नहीं')
    from pipeline.parse.layout.structure import without_legend
    assert without_legend("शिखर सम्मेलन — पूरी सूची नहीं") == "शिखर सम्मेलन — पूरी सूची नहीं"
    assert without_legend("2011 — कज़ान") == "2011 — कज़ान"


def test_an_ordinal_before_the_titles_short_form_numbers_the_summit():
    rows = parse(GPE.format(heading="सम्मेलन", third="13वाँ GPE; दाताओं ने संकल्प लिया"))
    assert _summits(rows)[-1][3] == 13
    rows = parse(GPE.format(heading="सम्मेलन", third="16वाँ GPE कोविड के कारण छोटा रहा"))
    assert _summits(rows)[-1][3] == 16
    # another body's short form numbers nothing
    rows = parse(GPE.format(heading="सम्मेलन", third="16वाँ UNGA सत्र इसके बाद हुआ, दाताओं ने संकल्प लिया"))
    assert _summits(rows)[-1][3] is None


def test_a_guests_online_address_is_not_how_the_summit_met():
    rows = parse(GPE.format(heading="सम्मेलन", third="तीसरा सम्मेलन; मुख्य अतिथि (वर्चुअल संबोधन)"))
    assert rows["summits"][-1]["mode"] == "in_person"
    rows = parse(GPE.format(heading="सम्मेलन", third="तीसरा सम्मेलन वर्चुअल माध्यम से हुआ; प्रधानमंत्री का संदेश पढ़ा गया"))
    assert rows["summits"][-1]["mode"] == "virtual"


def test_a_sentence_about_a_numbered_listed_summit_is_that_summit():
    text = GPE.format(heading="सम्मेलन", third="तीसरा सम्मेलन") + (
        "\nटिप्पणी\n\nतीसरा सम्मेलन 3–4 फ़रवरी 2018 को डकार में हुए एक अन्य मंच से एक दिन पहले हुआ।\n")
    found = _summits(parse(text))
    assert [(y, d) for y, _, d, _ in found if y == 2018] == [(2018, "2018-02-02")]


def test_a_venue_with_its_town_in_brackets_is_held_in_the_town():
    line = "2. **2013** — सनीलैंड्स (रैंचो मिराज, कैलिफ़ोर्निया), 7–8 जून: अनौपचारिक बैठक"
    text = MEETINGS.format(line=line).replace("फ़्रांस–पोलैंड", "अमेरिका–चीन")  # the English name needs the country
    assert _summits(parse(text))[1:] == [(2013, "Rancho Mirage", "2013-06-07", None)]
    assert parse(text)["summits"][1]["city"] == "रैंचो मिराज"
    # a known city with its country in brackets keeps the city
    line = "2. **2013** — वारसॉ (पोलैंड), 7–8 जून: अनौपचारिक बैठक"
    assert _summits(parse(MEETINGS.format(line=line)))[1:] == [(2013, "Warsaw", "2013-06-07", None)]


RELEASE = """प्रधानमंत्री ने वैश्विक टीका शिखर सम्मेलन को संबोधित किया

प्रधानमंत्री ने आज सम्मेलन को संबोधित किया।

शिखर सम्मेलन के उद्देश्य:

(i) टीकाकरण का विस्तार: और बच्चों का टीकाकरण।

{heading}

१. मिशन इंद्रधनुष: दूर-दराज़ तक टीकाकरण।

२. डिजिटल निगरानी: टीकों के भंडार की निगरानी।
"""


def test_a_longer_heading_typed_with_a_colon_names_its_list_by_its_last_word():
    rows = parse(RELEASE.format(heading="टीकाकरण में भारत के अनुभव के प्रमुख क्षेत्र:"))
    assert [a["name"] for a in rows["cooperation_areas"]] == ["मिशन इंद्रधनुष", "डिजिटल निगरानी"]
    assert [o["name"] for o in rows["objectives"]] == ["टीकाकरण का विस्तार"]
    # a sentence announcing the list is no heading of its own: its items stay where they were
    rows = parse(RELEASE.format(heading="प्रधानमंत्री ने टीकाकरण में भारत के अनुभव के बारे में बताया।"))
    assert rows["cooperation_areas"] == []
