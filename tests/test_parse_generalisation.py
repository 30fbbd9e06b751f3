"""Issue 8, generalisation: rules that hold across series of one layout family, each on a
small document written for this test (a fictional or lightly fictionalised series, not a
document of the development set or of the family fixtures)."""

from __future__ import annotations

from pipeline.parse import parse_document


def parse(text: str, doc: str = "g") -> dict[str, list[dict]]:
    return parse_document(doc, text).rows


def held(rows: dict) -> list[tuple]:
    return [(s["year"], s["city_en"], s["date"], s["date_end"], s["edition"], s["mode"])
            for s in rows["summits"] if s["status"] == "held"]


def cities(rows: dict) -> list[str | None]:
    return [s["city"] for s in rows["summits"]]


def parties(rows: dict) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


def began(rows: dict) -> set[int]:
    return {int(e["period_start"][:4]) for e in rows["timeline"]}


# --- news reports in prose -----------------------------------------------------------------

GULF_NEWS = """खाड़ी-भारत शिखर सम्मेलन: ऊर्जा और व्यापार पर सहमति

नई दिल्ली, 12 मार्च 2024

छह सदस्य देश — सऊदी अरब, कुवैत, क़तर, ओमान, बहरीन और संयुक्त अरब अमीरात — तथा भारत इस मंच के भागीदार हैं। जापान को पर्यवेक्षक के रूप में आमंत्रित किया गया था, जबकि ईरान ने इस मंच की आलोचना की।

पहला खाड़ी-भारत शिखर सम्मेलन 2015 में रियाद में हुआ था। दूसरा शिखर सम्मेलन 3–4 नवंबर 2017 को दोहा में आयोजित हुआ। सातवाँ शिखर सम्मेलन 10 से 11 मार्च 2024 तक नई दिल्ली में आयोजित किया गया। वर्ष 2021 का शिखर सम्मेलन हाइब्रिड प्रारूप में हुआ।

अगला शिखर सम्मेलन 2026 में अबू धाबी में होगा।
"""


def test_news_prose_summits_with_ordinals_and_ranges():
    rows = parse(GULF_NEWS)
    found = held(rows)
    assert (2015, "Riyadh", None, None, 1, "in_person") in found
    assert (2017, "Doha", "2017-11-03", "2017-11-04", 2, "in_person") in found or \
        (2017, None, "2017-11-03", "2017-11-04", 2, "in_person") in found
    assert any(s[0] == 2024 and s[1] == "New Delhi" and s[2] == "2024-03-10" and s[3] == "2024-03-11" and s[4] == 7
               for s in found)
    assert not any(s[0] == 2026 for s in found)


def test_mode_words_are_never_cities():
    rows = parse(GULF_NEWS)
    assert all(c is None or "हाइब्रिड" not in c for c in cities(rows))
    rows = parse("""क्षेत्रीय संवाद शिखर सम्मेलन

शिखर सम्मेलन

- 2020 (वर्चुअल): पहला सम्मेलन वीडियो कॉन्फ्रेंस से हुआ।
- 2021 (हाइब्रिड): दूसरा सम्मेलन हाइब्रिड रूप में हुआ।
- 2022, टोक्यो: तीसरा सम्मेलन टोक्यो में हुआ।
""")
    assert [c for c in cities(rows) if c] == ["टोक्यो"]


def test_members_listed_in_the_lead_are_parties_observers_and_critics_are_not():
    names = parties(parse(GULF_NEWS))
    for member in ("Saudi Arabia", "Kuwait", "Qatar", "Oman", "Bahrain", "United Arab Emirates", "India"):
        assert member in names
    assert "Japan" not in names and "Iran" not in names


def test_first_summit_gives_the_established_year():
    assert 2015 in began(parse(GULF_NEWS))


# --- tables --------------------------------------------------------------------------------

ORDINAL_TABLE = """दक्षिण सागर शिखर सम्मेलन

दक्षिण सागर शिखर सम्मेलन तटीय देशों का मंच है।

सम्मेलनों की सूची

| शहर | संस्करण | तिथि | वर्ष |
|---|---|---|---|
| जकार्ता | पहला | 12–13 मई[1] | 2011 |
| हनोई | दूसरा | 8 जून[2][3] | 2013 |
| वर्चुअल | तीसरा | 20 अक्टूबर | 2020 |
| बैंकॉक | चौथा | 1 दिसंबर[4] | 2022 |
"""


def test_table_with_ordinal_words_footnotes_and_another_column_order():
    found = held(parse(ORDINAL_TABLE))
    assert found == [
        (2011, "Jakarta", "2011-05-12", "2011-05-13", 1, "in_person"),
        (2013, "Hanoi", "2013-06-08", None, 2, "in_person"),
        (2020, None, "2020-10-20", None, 3, "virtual"),
        (2022, "Bangkok", "2022-12-01", None, 4, "in_person"),
    ]


def test_table_numbering_every_summit_gives_the_established_year():
    assert 2011 in began(parse(ORDINAL_TABLE))


# --- study notes ---------------------------------------------------------------------------

NOTES = """हिंद-प्रशांत नेता शिखर सम्मेलन — अध्ययन नोट्स

• स्थापना: 2005 (सचिवालय)
• सदस्य: भारत, जापान, ऑस्ट्रेलिया, इंडोनेशिया

प्रमुख शिखर सम्मेलन
• 14–15 नवंबर 2009, नई दिल्ली — पहला शिखर सम्मेलन; समुद्री सहयोग पर घोषणा।
• 2 जून 2012, कुआलालंपुर — दूसरा शिखर सम्मेलन।
• 9 सितंबर 2016, अबू धाबी — चौथा और अंतिम शिखर सम्मेलन; भारत और जापान की सह-अध्यक्षता में।
"""


def test_study_note_entries_with_two_word_cities_and_ordinals_in_the_text():
    found = held(parse(NOTES))
    assert (2009, "New Delhi", "2009-11-14", "2009-11-15", 1, "in_person") in found
    assert any(s[0] == 2012 and s[4] == 2 for s in found)
    assert (2016, "Abu Dhabi", "2016-09-09", None, 4, "in_person") in found


def test_members_line_lists_the_parties_and_founding_is_not_the_start():
    rows = parse(NOTES)
    assert {"India", "Japan", "Australia", "Indonesia"} <= set(parties(rows))
    assert 2009 in began(rows)


CO_CHAIRS = """प्रधानमंत्री कार्यालय
12 फ़रवरी 2025

जल सुरक्षा शिखर सम्मेलन पेरिस में संपन्न

जल सुरक्षा शिखर सम्मेलन का दूसरा संस्करण 10–11 फ़रवरी 2025 को पेरिस में भारत और फ़्रांस की सह-अध्यक्षता में आयोजित हुआ। शिखर सम्मेलन 2023 से हर दो वर्ष पर आयोजित होता है।
"""


def test_co_chairs_are_parties_and_summits_since_a_year_give_the_start():
    rows = parse(CO_CHAIRS)
    assert {"India", "France"} <= set(parties(rows))
    assert 2023 in began(rows)


# --- more places -----------------------------------------------------------------------------

CITY_STATE_TABLE = """महासागर नेता शिखर सम्मेलन

महासागर नेता शिखर सम्मेलन तटीय देशों की बैठक है।

सम्मेलनों की सूची

| वर्ष | तिथि | स्थान | मेज़बान देश |
|---|---|---|---|
| 2014 | 3 मई | सिंगापुर | सिंगापुर |
| 2016 | 9 जून | थाईलैंड | थाईलैंड |
| 2018 | 1 जुलाई | चा-अम हुआ हिन | थाईलैंड |
"""


def test_city_state_in_a_city_column_is_a_city_and_a_country_alone_is_not():
    rows = parse(CITY_STATE_TABLE)
    assert cities(rows) == ["सिंगापुर", None, "चा-अम हुआ हिन"]


OUTREACH_NEWS = """जी-7 शिखर सम्मेलन: भारत फिर आमंत्रित

रोम, 3 जून 2024

2021 में ब्रिटेन की मेज़बानी में हुए शिखर सम्मेलन के आउटरीच सत्रों में भारत शामिल हुआ था। 2022 में मंत्रियों की आउटरीच बैठक बर्लिन में हुई।
"""


def test_outreach_session_of_a_summit_keeps_the_summit_and_a_host_country_gives_no_city():
    found = held(parse(OUTREACH_NEWS))
    assert [(s[0], s[1]) for s in found] == [(2021, None)]


SHARED_CITY_NOTES = """# मध्य एशिया नेता शिखर सम्मेलन

## शिखर सम्मेलन

- **2002 और 2006 (अल्माटी)**: पहला शिखर सम्मेलन जून 2002 में हुआ और "अल्माटी घोषणा" अपनाई गई; दूसरा सम्मेलन भी 2006 में अल्माटी में हुआ।
"""


def test_two_summits_sharing_a_city_take_the_clause_with_their_own_year():
    rows = parse(SHARED_CITY_NOTES)
    assert [(s[0], s[4]) for s in held(rows)] == [(2002, 1), (2006, 2)]
    assert 2002 in began(rows)


ENUMERATED_NEWS = """भारत-नॉर्डिक शिखर सम्मेलन: हरित साझेदारी

ओस्लो, 4 मई 2024

प्रधानमंत्री 2018 में स्टॉकहोम और 2022 में डेनमार्क के कोपेनहेगन में हुए सम्मेलनों में शामिल हुए थे। 2026 में हेलसिंकी में होने वाले सम्मेलनों की तैयारी जारी है।
"""


def test_summits_listed_by_year_and_place_before_one_plural_noun():
    found = held(parse(ENUMERATED_NEWS))
    assert [(s[0], s[1]) for s in found] == [(2018, "Stockholm"), (2022, "Copenhagen")]


MEMBERS_AND_OBSERVERS_IN_ONE_SENTENCE = """अरब सागर शिखर सम्मेलन: समुद्री सुरक्षा पर घोषणा

मस्कट, 5 जून 2023

पाँच सदस्य देश — ओमान, भारत, ईरान, पाकिस्तान और सऊदी अरब — इस शिखर सम्मेलन में शामिल हुए, जबकि जापान, चीन और फ्रांस को पर्यवेक्षक के रूप में आमंत्रित किया गया।

यह मंच 2011 में पहली बार शिखर सम्मेलन के रूप में मिला। चौथा शिखर सम्मेलन 4-5 जून 2023 को मस्कट में आयोजित हुआ। 2021 का शिखर सम्मेलन वर्चुअल माध्यम से हुआ।
"""


def test_members_and_observers_in_one_sentence():
    rows = parse(MEMBERS_AND_OBSERVERS_IN_ONE_SENTENCE)
    assert parties(rows) == ["Oman", "India", "Iran", "Pakistan", "Saudi Arabia"]
    assert (2023, "Muscat", "2023-06-04", "2023-06-05", 4, "in_person") in held(rows)
    assert (2021, None, None, None, None, "virtual") in held(rows)
    assert 2011 in began(rows)


FOOTNOTED_TABLE = """पूर्वी सागर शिखर सम्मेलन

पूर्वी सागर शिखर सम्मेलन तटीय देशों का मंच है।

सम्मेलनों की सूची

| क्रम | स्थान | वर्ष[1] | तिथि |
|---|---|---|---|
| 1 | जकार्ता | 2011[2] | 12 मई[1] |
| 2 | हनोई | 2013 | 8–9 जून |
"""


def test_footnotes_in_header_year_and_date_cells():
    rows = parse(FOOTNOTED_TABLE)
    assert held(rows) == [(2011, "Jakarta", "2011-05-12", None, 1, "in_person"),
                          (2013, "Hanoi", "2013-06-08", "2013-06-09", 2, "in_person")]
    assert 2011 in began(rows)


CASPIAN_NEWS = """कैस्पियन शिखर सम्मेलन: नेताओं ने सहयोग बढ़ाने का संकल्प लिया

तेहरान, 20 अक्टूबर 2024

पहला कैस्पियन शिखर सम्मेलन अप्रैल 2002 में तुर्कमेनिस्तान की राजधानी अश्गाबात में हुआ था। दूसरा शिखर सम्मेलन 16 अक्टूबर 2007 को तेहरान (ईरान) में आयोजित किया गया। तीसरे शिखर सम्मेलन की मेज़बानी 2010 में बाकू ने की। प्रधानमंत्री ने बैठक की अध्यक्षता की। सातवाँ शिखर सम्मेलन 2026 में तेहरान में होगा।
"""


def test_city_before_a_bracketed_country_and_a_city_that_hosted():
    found = held(parse(CASPIAN_NEWS))
    assert [(s[0], s[1], s[4]) for s in found] == [(2002, "Ashgabat", 1), (2007, "Tehran", 2), (2010, "Baku", 3)]


MEETING_SERIES = """प्रशांत द्वीप नेताओं की बैठक

प्रशांत द्वीप नेताओं की बैठक द्वीप देशों के शासनाध्यक्षों का मंच है। इस रूप में पहली बैठक मई 2011 में सुवा में हुई। 2015 में विदेश मंत्रियों की बैठक टोक्यो में हुई।

बैठकों की सूची

| वर्ष | तिथि | स्थान |
|---|---|---|
| 2011 | 5 मई | सुवा |
| 2013 | 9 जून | पोर्ट मोरेस्बी |
"""


def test_in_a_series_named_a_meeting_its_nth_meeting_is_an_edition():
    rows = parse(MEETING_SERIES)
    assert [(s[0], s[1], s[4]) for s in held(rows)] == [(2011, "Suva", 1), (2013, "Port Moresby", None)]
    assert 2011 in began(rows)


HOST_CITY_COLUMN_TABLE = """उत्तरी सागर शिखर सम्मेलन

उत्तरी सागर शिखर सम्मेलन तटीय देशों का मंच है। इसकी स्थापना 2008 में हुई।

सम्मेलन

| संस्करण | मेज़बान शहर | मेज़बान देश | तिथि |
|---|---|---|---|
| पहला | ओस्लो | नॉर्वे | 12–13 मई 2011[1] |
| दूसरा | कोपेनहेगन[2] | डेनमार्क | 30 नवंबर – 1 दिसंबर 2013 |
| तीसरा | वर्चुअल (स्वीडन) | स्वीडन | 20 अक्टूबर 2020 |
| चौथा | हेलसिंकी | फ़िनलैंड | 2023 (स्थगित) |
"""


def test_host_city_column_full_dates_and_a_postponed_row():
    rows = parse(HOST_CITY_COLUMN_TABLE)
    assert held(rows) == [(2011, "Oslo", "2011-05-12", "2011-05-13", 1, "in_person"),
                          (2013, "Copenhagen", "2013-11-30", "2013-12-01", 2, "in_person"),
                          (2020, None, "2020-10-20", None, 3, "virtual")]
    assert [(s["year"], s["status"]) for s in rows["summits"] if s["status"] != "held"] == [(2023, "cancelled")]
    assert not rows["parse_issues"]
    assert 2011 in began(rows)


ISLAND_NOTES = """हिंद महासागर द्वीप शिखर सम्मेलन — परीक्षा के लिए नोट्स

- पूरा नाम: हिंद महासागर द्वीप देशों का शिखर सम्मेलन
- सदस्य: मॉरीशस, मालदीव, सेशेल्स, श्रीलंका और मेडागास्कर
- पर्यवेक्षक: फ्रांस, भारत
- स्थापना: 2009 (सचिवालय, पोर्ट लुई)

महत्वपूर्ण सम्मेलन
- 3 मई 2012, पोर्ट लुई — इस श्रृंखला का पहला शिखर सम्मेलन; मत्स्य सहयोग पर घोषणा।
- 14–15 जून 2015, विक्टोरिया — दूसरा शिखर सम्मेलन, समुद्री सुरक्षा पर ज़ोर।
- नवंबर 2018, माले — तीसरा सम्मेलन हाइब्रिड रूप में हुआ।
- 2021, वर्चुअल — चौथा शिखर सम्मेलन वीडियो कॉन्फ्रेंस से।
- 2024 में कोलंबो में पाँचवाँ शिखर सम्मेलन होगा।
"""


def test_notes_members_line_observers_line_and_hybrid_has_no_mode():
    rows = parse(ISLAND_NOTES)
    assert parties(rows) == ["Mauritius", "Maldives", "Seychelles", "Sri Lanka", "Madagascar"]
    assert held(rows) == [(2012, "Port Louis", "2012-05-03", None, 1, "in_person"),
                          (2015, "Victoria", "2015-06-14", "2015-06-15", 2, "in_person"),
                          (2018, "Malé", None, None, 3, "unknown"),
                          (2021, None, None, None, 4, "virtual")]
    assert 2012 in began(rows)


def test_a_relative_clause_after_the_members_names_no_member():
    rows = parse("""प्रधानमंत्री कार्यालय
3 मार्च 2024

चतुर्भुज समूह शिखर सम्मेलन न्यूयॉर्क में संपन्न

चतुर्भुज समूह में ब्राज़ील, जर्मनी, भारत और जापान शामिल हैं, जो संयुक्त राष्ट्र में सुधार का समर्थन करते हैं। दूसरा शिखर सम्मेलन 2 मार्च 2024 को न्यूयॉर्क में आयोजित हुआ।
""")
    assert parties(rows) == ["Brazil", "Germany", "India", "Japan"]


def test_a_country_label_saying_it_takes_part_is_a_party():
    rows = parse("""जल सुरक्षा शिखर सम्मेलन — परीक्षा उपयोगी तथ्य

• कुल सम्मेलन: तीन (2012–2016)
• भारत: तीनों सम्मेलनों में भागीदार; 2012 में घोषणा की
• चीन: पर्यवेक्षक के रूप में भागीदार

शिखर सम्मेलन
• 3 मई 2012, सियोल — पहला शिखर सम्मेलन।
• 9 जून 2016, टोक्यो — दूसरा शिखर सम्मेलन।
""")
    assert parties(rows) == ["India"]


def test_ordinal_words_past_twenty():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("इक्कीसवाँ शिखर सम्मेलन") == 21
    assert find_ordinal("पच्चीसवें शिखर सम्मेलन में") == 25
    assert find_ordinal("तीसवीं वर्षगांठ पर") is None


# --- the start: a fact line naming the first meeting; several summits called first ---------------

FIRST_MEETING_FIELD = """# विश्व शांति सम्मेलन: नोट्स

**आयोजक**: शांति परिषद, जिनेवा — 1950 में बनी संस्था
**पहली बैठक**: 1961, बेलग्रेड

## अब तक के सम्मेलन

- 1961 (बेलग्रेड): शांति पर घोषणा।
- 1975 (लीमा): विस्तार पर ज़ोर।
"""


def test_a_fact_line_naming_the_first_meeting_gives_the_start():
    from pipeline.parse.layout.series import start_in_a_field
    assert start_in_a_field("पहली बैठक: 1893, शिकागो").year == 1893
    assert start_in_a_field("- प्रथम शिखर सम्मेलन — 14 जून 2009, येकातेरिनबर्ग").year == 2009
    assert start_in_a_field("First summit: 2009 (Yekaterinburg)").year == 2009
    assert start_in_a_field("शुरुआत: शिखर बैठकों का सिलसिला दिसंबर 1980 की डबलिन बैठक से").year == 1980
    assert start_in_a_field("शुरुआत: 1996 में परिषद बनी") is None  # a founding, no meeting
    assert start_in_a_field("पहली बैठक: शिकागो में") is None  # no year
    assert start_in_a_field("पहली बैठक: 1893 और 1993") is None  # two years
    assert start_in_a_field("पहला प्रस्ताव: 1996") is None  # no meeting
    assert start_in_a_field("पहली मंत्रिस्तरीय बैठक: 1996") is None  # the ministers'
    assert 1961 in began(parse(FIRST_MEETING_FIELD))
    assert 1961 not in began(parse(FIRST_MEETING_FIELD.replace("**पहली बैठक**: 1961, बेलग्रेड\n", "")
                                    .replace("1961 (बेलग्रेड)", "1962 (बेलग्रेड)")))


TWO_FIRSTS = """विश्व नदी मंच

विश्व नदी मंच नदियों पर एक अंतरराष्ट्रीय सम्मेलन है।

मंच

1998: वियना (ऑस्ट्रिया), 10–12 मई — पहला मंच, वियना घोषणा।
2001: काहिरा (मिस्र), 3–5 अप्रैल — नील पर केंद्रित।
2004: लीमा (पेरू), 8–10 जून — पहला मंच, लीमा घोषणा।
"""


def test_of_several_summits_called_first_the_earliest_held_is_the_start():
    assert 1998 in began(parse(TWO_FIRSTS))
    # the first one is not the earliest summit held: no start
    later_first = TWO_FIRSTS.replace("पहला मंच, वियना घोषणा", "वियना घोषणा").replace("नील पर केंद्रित", "पहला मंच")
    assert not {1998, 2001, 2004} & began(parse(later_first))


def test_the_first_meeting_dated_by_the_year_before_it_gives_the_start():
    from pipeline.parse.layout.series import first_meeting_after
    assert first_meeting_after("पहला मंच अगले ही वर्ष मोरक्को में हुआ।", 1996) == 1997
    assert first_meeting_after("पहली बैठक उसी साल दिसंबर में जिनेवा में हुई।", 1996) == 1996
    assert first_meeting_after("इसके दो साल बाद पहला शिखर सम्मेलन आयोजित हुआ।", 1996) == 1998
    assert first_meeting_after("पहला मंच अगले ही वर्ष मोरक्को में हुआ।", None) is None  # no year before it
    assert first_meeting_after("पहला मंच अगले वर्ष होगा।", 1996) is None  # not held
    assert first_meeting_after("अगले ही वर्ष परिषद का विस्तार हुआ।", 1996) is None  # no first meeting
    assert first_meeting_after("पहली मंत्रिस्तरीय बैठक अगले वर्ष हुई।", 1996) is None  # the ministers'
    text = "# विश्व नदी मंच\n\n1990 में नदी परिषद बनी। पहला मंच अगले ही वर्ष वियना में हुआ।\n\n## मंच\n\n- 2003: क्योटो (जापान) — दूसरा मंच।\n"
    assert 1991 in began(parse(text))
    assert 1991 not in began(parse(text.replace("पहला मंच अगले ही वर्ष", "अगले ही वर्ष परिषद का विस्तार हुआ; एक बैठक")))
