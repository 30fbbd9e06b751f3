"""Markdown and study notes of new writers (session 14, blind21 notes): checklists of meetings,
a series named in English, several summits on one line, and the members of each side.

Every document and sentence here is invented (other series than the ones that showed the
shapes). Each rule has a positive and a look-alike that must stay unread.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.layout.series import clause_of_the_summit
from pipeline.parse.layout.structure import Line, clean_lines, strip_marker
from pipeline.parse.layout.summits import _arrowed_summits, _narrowed, _one_place_for_all, find_place, read_entries
from pipeline.parse.layout.task_lists import box_state
from pipeline.parse.parties.leaders import leaders_between

LEXICON = default_lexicon()


def _rows(text: str):
    return parse_document("t", text).rows


def _held(text: str) -> list[tuple]:
    return sorted((s["year"], s["city"], s["date"], s["date_end"], s["edition"], s["mode"])
                  for s in _rows(text)["summits"] if s["status"] == "held")


def _parties(text: str) -> list[str]:
    return sorted(p["name_en"] for p in _rows(text)["parties"])


# --- task lists: a checklist of meetings ---------------------------------------------------------

def test_a_task_box_is_read_from_the_raw_line():
    assert box_state("- [x] **2012** → ओस्लो") is True
    assert box_state("* [X] 2012") is True
    assert box_state("- [ ] 2026 → सातवाँ") is False
    assert box_state("> - [ ] note") is False
    assert box_state("- 2012 → ओस्लो") is None
    assert box_state("[x] no bullet") is None
    lines = clean_lines("# शीर्षक\n\n- [x] 2012 → ओस्लो\n- [ ] 2026 → तय नहीं\n- 2013 → बर्गन\n")
    assert [(line.ticked, line.unticked) for line in lines] == [(False, False), (True, False), (False, True), (False, False)]


CHECKLIST = """# Baltic Energy Dialogue (बाल्टिक ऊर्जा संवाद) — मेरे notes

## Basics

+ **क्या है**: बाल्टिक सागर के देशों के ऊर्जा मंत्रियों की सालाना अनौपचारिक बैठक
+ **शुरुआत**: 2012

## Progress — checklist (✔ = हुआ)

- [x] **2012** → ओस्लो, 4–5 जून — पहला संवाद; ग्रिड जोड़ने पर सहमति
- [x] **2014** → रीगा, 10–11 मार्च — दूसरा संवाद
- [x] **2016** → 6–7 मई — तीसरा संवाद, हेलसिंकी में होना था पर हड़ताल की वजह से पूरी तरह वर्चुअल
- [ ] **2018** → तालिन, 2 जून — official visit था, संवाद नहीं
- [ ] **2026** → पाँचवाँ संवाद — तारीख़ अभी घोषित नहीं
"""


def test_a_checklist_of_dated_meetings_in_cities_is_a_summit_list_and_an_empty_box_is_not_held():
    assert _held(CHECKLIST) == [
        (2012, "ओस्लो", "2012-06-04", "2012-06-05", 1, "in_person"),
        (2014, "रीगा", "2014-03-10", "2014-03-11", 2, "in_person"),
        (2016, None, "2016-05-06", "2016-05-07", 3, "virtual"),
    ]
    # the items with an empty box are no held summits (a meeting to come, or one not counted)
    assert sorted(s["year"] for s in _rows(CHECKLIST)["summits"] if s["status"] != "held") == [2018, 2026]


_GOALS = """
## लक्ष्य (Goals)

1) **ऊर्जा सुरक्षा**: ग्रिड को जोड़ना।
2) **भरोसा बनाना**: खुली बातचीत।
"""

REVISION_CHECKLIST = """# Baltic Energy Dialogue (बाल्टिक ऊर्जा संवाद) — मेरे notes

## Revision checklist

- [x] 2009–2012 = तैयारी का दौर
- [x] 2015: ऊर्जा चार्टर पर हस्ताक्षर
- [ ] संवाद और परिषद का अंतर revise करना
"""

EVENTS_CHECKLIST = """# Baltic Energy Dialogue (बाल्टिक ऊर्जा संवाद) — मेरे notes

## Done (✔)

- [x] 2015: ऊर्जा चार्टर पर हस्ताक्षर
- [x] 2017: सचिवालय की स्थापना
"""


def test_a_checklist_of_revision_notes_or_of_events_without_cities_gives_no_summit():
    assert _held(REVISION_CHECKLIST + _GOALS) == []
    assert _held(EVENTS_CHECKLIST + _GOALS) == []


UNTICKED_INTRODUCTION = """# त्रिपक्षीय नदी शिखर सम्मेलन — notes

## Summits
- [x] पहला: 8 नवंबर 2014, ढाका
- [x] दूसरा — काठमांडू, 11 अक्टूबर 2016
- [ ] बाद वाले देखने हैं:
    - तीसरा: थिम्पू, 10 अक्टूबर 2018
"""


def test_an_undated_item_with_an_empty_box_still_introduces_the_summits_under_it():
    assert [s[:3] for s in _held(UNTICKED_INTRODUCTION)] == [
        (2014, "ढाका", "2014-11-08"), (2016, "काठमांडू", "2016-10-11"), (2018, "थिम्पू", "2018-10-10")]


# --- the series' own noun, from an English name or a Hindi gloss -----------------------------------

def test_an_english_series_name_or_its_hindi_gloss_gives_the_series_own_noun():
    assert "संवाद" in own_meeting_nouns("Nordic Water Dialogue (नॉर्डिक जल संवाद) — notes")
    assert "dialogue" in own_meeting_nouns("Nordic Water Dialogue (नॉर्डिक जल संवाद) — notes")
    assert "consultation" in own_meeting_nouns("Japan–Vietnam Annual Consultation — मेरे नोट्स")
    assert "conference" in own_meeting_nouns("Road Safety पर Global Conferences — notes")
    # a gloss that is no meeting's name, and a summit series, give none
    assert own_meeting_nouns("Nordic Water Group (नॉर्डिक जल समूह) — notes") == frozenset()
    assert own_meeting_nouns("जी20 (G20) शिखर सम्मेलन") == frozenset()


ENGLISH_NUMBERED = """# Japan–Vietnam Annual Consultation (वार्षिक परामर्श) — मेरे नोट्स

## Timeline (✔ = हुआ)

- [x] **12 मार्च 2014 — हनोई**: 3rd Annual Consultation, दोनों प्रधानमंत्री।
- [x] **20 जून 2016 — तोक्यो**: चौथा परामर्श, रक्षा पर समझौता।
"""


def test_an_ordinal_before_the_series_english_noun_is_the_edition():
    assert [(s[0], s[1], s[4]) for s in _held(ENGLISH_NUMBERED)] == [(2014, "हनोई", 3), (2016, "तोक्यो", 4)]


def test_a_clause_naming_an_english_conference_keeps_the_entry_days():
    text = "International Conference on Road Safety, 27–30 अक्टूबर 1999; Agenda अपनाया; पहला सम्मेलन"
    assert clause_of_the_summit(text) is None
    # an opening clause about something else still gives the later summit's clause
    other = "Road Safety Charter पर सहमति बनी; इसके बाद जुलाई 2019 में सांता फ़े में शिखर सम्मेलन हुआ"
    assert clause_of_the_summit(other) == "इसके बाद जुलाई 2019 में सांता फ़े में शिखर सम्मेलन हुआ"


# --- where a meeting was to be held ----------------------------------------------------------------

def test_a_place_where_the_meeting_was_to_be_held_before_it_moved_online_is_not_its_place():
    assert find_place("तीसरा संवाद, हेलसिंकी में होना था पर हड़ताल की वजह से वर्चुअल हुआ", LEXICON) is None
    moved = find_place("तीसरा सम्मेलन हेलसिंकी में होना था, लेकिन सम्मेलन स्टॉकहोम में हुआ", LEXICON)
    assert moved is not None and moved.city == "स्टॉकहोम"
    # only the day changed: the place stays
    kept = find_place("तीसरा सम्मेलन हेलसिंकी में 11 जुलाई को होना था, पर 17 जुलाई को हुआ", LEXICON)
    assert kept is not None and kept.city == "हेलसिंकी"
    assert find_place("तीसरा सम्मेलन हेलसिंकी में हुआ, पर बाद में वर्चुअल बैठकें भी हुईं", LEXICON).city == "हेलसिंकी"


# --- several summits on one line ------------------------------------------------------------------

def test_one_city_said_once_for_every_year_of_a_label_and_each_ordinal_by_its_bracketed_date():
    line = Line(1, "- 2018 और 2019 → वियना में 5वाँ (3–4 मई 2018) और 6वाँ (8–9 अप्रैल 2019); दोनों में ऊर्जा पर ज़ोर")
    found = read_entries(line, LEXICON)
    assert [(e.period.label, e.place.city if e.place else None, e.edition) for e in found] == [
        ("2018-05-03/2018-05-04", "वियना", 5), ("2019-04-08/2019-04-09", "वियना", 6)]
    # two places, one each: not one place for all
    assert _one_place_for_all("वियना में पहला और प्राग में दूसरा", {2018, 2019}, LEXICON) == []
    # a place that names no year of the label is not said of them
    assert _one_place_for_all("वियना में बैठकें होती हैं", {2018, 2019}, LEXICON) == []


def test_a_text_after_the_summits_of_a_line_said_of_both_goes_with_each():
    clause = "चौथा (30 जून 2020) और पाँचवाँ (29–30 मार्च 2021) — दोनों वीडियो कॉन्फ़्रेंस के माध्यम से"
    assert _narrowed(clause, 2020, {2021}) == "चौथा (30 जून 2020) — दोनों वीडियो कॉन्फ़्रेंस के माध्यम से"
    # without 'दोनों' the text after the last summit is only its own
    plain = "चौथा (30 जून 2020) और पाँचवाँ (29–30 मार्च 2021) — वीडियो कॉन्फ़्रेंस के माध्यम से"
    assert _narrowed(plain, 2020, {2021}) == "चौथा (30 जून 2020)"


BOTH_ONLINE = """# नदी बेसिन दाता सम्मेलन — नोट्स

## सम्मेलन-दर-सम्मेलन

► 2019 में जिनेवा — पहला, 4–5 अप्रैल 2019: वादे।
► 2020 और 2021: दूसरा (30 जून 2020) और तीसरा (29–30 मार्च 2021) — दोनों महामारी के कारण वीडियो कॉन्फ़्रेंस के माध्यम से।
"""


def test_two_summits_of_a_line_each_take_their_ordinal_and_the_mode_said_of_both():
    assert _held(BOTH_ONLINE) == [
        (2019, "जिनेवा", "2019-04-04", "2019-04-05", 1, "in_person"),
        (2020, None, "2020-06-30", None, 2, "virtual"),
        (2021, None, "2021-03-29", "2021-03-30", 3, "virtual"),
    ]


def test_summits_in_a_row_of_arrows_each_take_the_clause_of_their_year():
    line = Line(1, "- लिस्बन (2014) → मैड्रिड (2018) — तीसरा सम्मेलन लिस्बन में 8–10 मई 2014; "
                   "चौथा मैड्रिड में 14–16 जून 2018, नाम बदला।")
    found = read_entries(line, LEXICON)
    assert [(e.period.label, e.place.city, e.edition) for e in found] == [
        ("2014-05-08/2014-05-10", "लिस्बन", 3), ("2018-06-14/2018-06-16", "मैड्रिड", 4)]
    # years in brackets that are no cities: a timeline, not a row of summits
    assert _arrowed_summits(Line(2, "2014 (स्थापना) → 2018 (चार्टर) — संगठन का विकास"),
                            "2014 (स्थापना) → 2018 (चार्टर) — संगठन का विकास", LEXICON) is None


def test_an_ordinal_before_where_and_when_numbers_the_summit_but_a_first_time_does_not():
    first = read_entries(Line(1, "- 2017: चौथा ब्यूनस आयर्स में 14–16 नवंबर 2017, नाम बदला"), LEXICON)
    assert [e.edition for e in first] == [4]
    once = read_entries(Line(2, "- 2017: पहली बार ब्यूनस आयर्स में 14–16 नवंबर 2017 को बैठक"), LEXICON)
    assert [e.edition for e in once] == [None]


# --- a summits heading written as a line among areas --------------------------------------------

HEADING_AMONG_AREAS = """नील बेसिन पहल शिखर सम्मेलन — यूनिट 5 के नोट्स

► सदस्य: मिस्र, सूडान, इथियोपिया और युगांडा

सहयोग के प्रमुख क्षेत्र
▪ जल प्रबंधन: बाँधों का साझा संचालन।
▪ शिखर सम्मेलन कूटनीति: नेताओं के बीच नियमित संवाद।
▪ ऊर्जा व्यापार: बिजली ग्रिड।

शिखर सम्मेलन — ध्यान दें: दो अलग गिनतियाँ चलती हैं
(क) 2012 में कंपाला → 13 सितंबर को पाँचवाँ असाधारण शिखर सम्मेलन; जल बँटवारे पर।
(ख) 2015 में खार्तूम → 25 मार्च को विशेष शिखर सम्मेलन; घोषणा पर सहमति।
"""


def test_an_unbulleted_summits_heading_after_bulleted_areas_opens_the_summit_list():
    rows = _rows(HEADING_AMONG_AREAS)
    assert [r["name"] for r in rows["cooperation_areas"]] == ["जल प्रबंधन", "शिखर सम्मेलन कूटनीति", "ऊर्जा व्यापार"]
    assert sorted((s["year"], s["city"], s["date"]) for s in rows["summits"] if s["status"] == "held") == [
        (2012, "कंपाला", "2012-09-13"), (2015, "खार्तूम", "2015-03-25")]


# --- parties ------------------------------------------------------------------------------------------

TWO_SIDES = """# आसियान–मध्य एशिया संवाद (ASEAN + C5) — मेरे नोट्स

## Basics

+ **आसियान के देश**: इंडोनेशिया, मलेशिया, थाईलैंड और वियतनाम (नोट्स के लिए चार)
+ **C5 के देश**: कज़ाख़स्तान, किर्गिज़स्तान, ताजिकिस्तान, तुर्कमेनिस्तान और उज़्बेकिस्तान
+ **IPF के देश**: नॉर्वे और डेनमार्क
"""

ONE_SIDE = """# आसियान–मध्य एशिया संवाद — मेरे नोट्स

## Basics

+ **C5 के देश**: कज़ाख़स्तान, किर्गिज़स्तान, ताजिकिस्तान, तुर्कमेनिस्तान और उज़्बेकिस्तान
"""


def test_each_side_of_a_two_sided_title_lists_its_own_members():
    parties = _parties(TWO_SIDES)
    assert {"Indonesia", "Malaysia", "Thailand", "Vietnam", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
            "Turkmenistan", "Uzbekistan"} <= set(parties)
    # a group the title does not name lists no party
    assert "Norway" not in parties and "Denmark" not in parties


def test_one_side_listed_is_no_two_sided_list():
    from pipeline.parse.parties.sides_members import members_of_title_sides
    lines = clean_lines(ONE_SIDE)
    assert members_of_title_sides(lines[0].text, lines, LEXICON) == []


def test_a_plus_bullet_is_a_list_marker_but_a_plus_sign_is_not():
    assert strip_marker("+ **क्या है**: मंच")[1] is True
    assert strip_marker("+91 नंबर")[1] is False


def test_who_takes_part_labels_the_participants():
    text = """# Arctic Water Dialogue (आर्कटिक जल संवाद) — notes

## Basics

> **क्या है**: नॉर्वे की मेज़बानी में सालाना बैठक
> **कौन भाग लेता है**: नॉर्वे और लगभग 20 देशों के मंत्री
""" + _GOALS
    assert _parties(text) == ["Norway"]


def test_two_offices_between_which_a_meeting_is_held_give_their_countries_named_or_not():
    sentence = "क्या है: थाईलैंड के प्रधानमंत्री और वियतनाम के राष्ट्रपति के बीच सालाना बैठक"
    assert leaders_between(sentence, LEXICON) == ["थाईलैंड", "वियतनाम"]
    # an office that acted alone, without 'के बीच', is no pair
    assert leaders_between("थाईलैंड के प्रधानमंत्री ने वियतनाम में भाषण दिया", LEXICON) == []


OTHER_MEETINGS_CHECKLIST = """# Baltic Energy Dialogue (बाल्टिक ऊर्जा संवाद) — मेरे notes

## और भी देखे

- [x] **WEC-24** — 2019, अबू धाबी, 9–12 सितंबर: ऊर्जा कांग्रेस
- [x] **IEF-18** — 2022, रियाद, 7 मई: ऊर्जा मंच
""" + _GOALS


def test_a_checklist_of_other_meetings_short_names_is_no_checklist_of_the_series():
    from pipeline.parse.layout.summits import several_meetings_named
    from pipeline.parse.layout.task_lists import checklist_of_entries
    lines = [line for line in clean_lines(OTHER_MEETINGS_CHECKLIST) if line.ticked]
    entries = [e for line in lines for e in read_entries(line, LEXICON)]
    assert several_meetings_named(entries)
    assert not checklist_of_entries(lines, lambda line: read_entries(line, LEXICON), lambda e: True,
                                    lambda found: not several_meetings_named(found))
    # one meeting's numbered editions are one meeting's
    same = [line for line in clean_lines(OTHER_MEETINGS_CHECKLIST.replace("IEF-18", "WEC-25")) if line.ticked]
    assert not several_meetings_named([e for line in same for e in read_entries(line, LEXICON)])
