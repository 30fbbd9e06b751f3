"""Timelines whose legend marks the series' meetings, beyond the heading's legend of
`marked_lists` ('## Timeline (..., ⭐ = SPC leaders' meeting)'): the ordinal before the legend's
noun numbers a marked meeting, a legend on the line under the heading, a sign at a line's end,
and the unmarked lines stay events; a meeting the notes call only bilateral is no summit.
Invented documents of series of their own (session 14, issue 8)."""

from __future__ import annotations

from parse_support import held, parse
from pipeline.parse.layout.marked_lists import legend_edition, section_legend, summit_legend
from pipeline.parse.layout.structure import Line

TIMELINE = """# भारत–पेरू रणनीतिक परिषद: लीडर्स मीटिंग — मेरे नोट्स

## मकसद (Objectives)

**व्यापार**: द्विपक्षीय व्यापार दोगुना करना।

## Timeline (summits + बाक़ी events एक साथ, ⭐ = परिषद की शिखर बैठक)

- **जनवरी 2006** → पेरू के राष्ट्रपति गणतंत्र दिवस के मुख्य अतिथि।
- **29 अक्टूबर 2019** → लीमा: परिषद बनाने के समझौते पर हस्ताक्षर।
- **9–10 सितंबर 2023** → नई दिल्ली में G20 शिखर सम्मेलन; पेरू के राष्ट्रपति शामिल।
- ⭐ **11 सितंबर 2023** → नई दिल्ली: परिषद की **पहली** शिखर बैठक; ऊर्जा पर बात।
- **13 नवंबर 2024** → लीमा: विदेश मंत्रियों की समिति की दूसरी बैठक।
- ⭐ **22 अप्रैल 2025** → लीमा: परिषद की **दूसरी** शिखर बैठक; चार समझौते।
- **आगे** → तीसरी बैठक भारत में होगी।
"""


def test_the_lines_a_timeline_legend_marks_are_the_summits():
    assert held(parse(TIMELINE)) == [(2023, "New Delhi", "2023-09-11", 1), (2025, "Lima", "2025-04-22", 2)]


def test_an_english_legend_numbers_its_meetings_by_the_ordinal_before_its_noun():
    text = TIMELINE.replace("⭐ = परिषद की शिखर बैठक", "⭐ = leaders' meeting").replace(
        "परिषद की **पहली** शिखर बैठक", "परिषद की **पहली** leaders' meeting").replace(
        "परिषद की **दूसरी** शिखर बैठक", "परिषद की **दूसरी** leaders' meeting")
    assert held(parse(text)) == [(2023, "New Delhi", "2023-09-11", 1), (2025, "Lima", "2025-04-22", 2)]


def test_a_legend_on_the_line_under_the_heading_and_marks_at_the_line_end():
    text = TIMELINE.replace("## Timeline (summits + बाक़ी events एक साथ, ⭐ = परिषद की शिखर बैठक)",
                            "## Timeline\n(⭐ = परिषद की शिखर बैठक)")
    assert held(parse(text)) == [(2023, "New Delhi", "2023-09-11", 1), (2025, "Lima", "2025-04-22", 2)]
    text = TIMELINE.replace("- ⭐ **11 सितंबर 2023**", "- **11 सितंबर 2023**").replace(
        "शिखर बैठक; ऊर्जा पर बात।", "शिखर बैठक; ऊर्जा पर बात। ⭐")
    assert held(parse(text)) == [(2023, "New Delhi", "2023-09-11", 1), (2025, "Lima", "2025-04-22", 2)]


def test_without_the_legend_the_marked_lines_are_not_singled_out():
    # a legend of something else: the timeline is read as before (no G20 summit, no ministers')
    text = TIMELINE.replace("⭐ = परिषद की शिखर बैठक", "✈ = यात्रा")
    summits = parse(text)["summits"]
    assert not [s for s in summits if s["date"] in ("2023-09-09", "2024-11-13", "2019-10-29")]


def test_legend_editions_and_legend_lines():
    legend = summit_legend("Timeline (summits + बाक़ी events एक साथ, ⭐ = SPC leaders' meeting)")
    assert legend == ("⭐", "SPC leaders' meeting")
    assert legend_edition("⭐ 11 सितंबर 2023 → नई दिल्ली: SPC की पहली leaders' meeting; ...", legend[1]) == 1
    assert legend_edition("9 सितंबर 2023 → G20; मोदी की तीसरी यात्रा", legend[1]) is None
    assert section_legend("Timeline", [Line(1, "(⭐ = शिखर बैठक)")]) == ("⭐", "शिखर बैठक")
    # a vowel sign before a dash is no sign; a legend that denies marks nothing
    assert summit_legend("संबंधों की पृष्ठभूमि (समयरेखा — ये शिखर बैठकें नहीं हैं)") is None
    assert summit_legend("घटनाक्रम (★ = शिखर बैठक नहीं)") is None
    assert section_legend("Timeline", [Line(1, "- 2019 = वह साल जब शिखर बैठक की बात चली और बहुत कुछ हुआ था")]) is None



LETTERED = """पेरू–केन्या उच्च स्तरीय परिषद : संक्षिप्त अध्ययन नोट्स

* क्या है: दोनों देशों के राष्ट्रपतियों की द्विपक्षीय शिखर बैठक।

उद्देश्य
- व्यापार बढ़ाना: द्विपक्षीय व्यापार दोगुना करना।

परिषद की बैठकें (शहर — तिथि — मुख्य बात)
(क) लीमा — जून 2014 — पहली बैठक; व्यापार लक्ष्य तय।
(ख) नैरोबी — 4 अक्टूबर 2017 — दूसरी बैठक; कृषि समझौता।
(ग) वीडियो कॉन्फ़्रेंस — 8 सितंबर 2020 — तीसरी बैठक; कोविड-19 के कारण वर्चुअल।
(घ) सचिवालय — 2021 — नया कार्यालय खुला।

याद रखने की ट्रिक: "ली-नै-वी" = लीमा 2014, नैरोबी 2017, वीडियो 2020।
"""



def test_a_meeting_the_notes_call_only_bilateral_is_no_summit():
    text = LETTERED.replace("(घ) सचिवालय", "(ङ) हनोई — सितंबर 2022 — किसी और शिखर सम्मेलन के दौरान दोनों राष्ट्रपतियों की "
                            "मुलाक़ात; यह सिर्फ़ द्विपक्षीय भेंट थी।\n(घ) सचिवालय")
    assert not [s for s in parse(text)["summits"] if s["year"] == 2022]
    # a meeting the list does not call so stays a summit
    text = LETTERED.replace("(घ) सचिवालय", "(ङ) हनोई — सितंबर 2022 — चौथी बैठक; द्विपक्षीय व्यापार पर बात।\n(घ) सचिवालय")
    assert [s["city_en"] for s in parse(text)["summits"] if s["year"] == 2022] == ["Hanoi"]
