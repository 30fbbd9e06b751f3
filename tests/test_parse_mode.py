"""A summit's mode: virtual, in_person or unknown, from what the text says about that meeting.

Pinned by small invented documents: a mode column of a table, words of an entry, and a sentence
after a table that names one listed summit by its city.
"""

from __future__ import annotations

from pipeline.parse import parse_document


def _modes(text: str) -> dict[int, tuple[str | None, str]]:
    rows = parse_document("t", text).rows["summits"]
    return {s["year"]: (s["city"], s["mode"]) for s in rows if s["status"] == "held"}


TABLE_WITH_MODE_COLUMN = """बाल्टिक सागर देशों का शिखर सम्मेलन

बाल्टिक सागर देशों का शिखर सम्मेलन तटीय देशों के नेताओं की बैठक है।

सम्मेलनों की सूची

| वर्ष | तिथि | स्थान | प्रारूप |
|---|---|---|---|
| 2018 | 4 जून | विल्नियस | आमने-सामने |
| 2020 | 9 जून | रीगा | वर्चुअल |
| 2021 | 2 जून | — | वीडियो कॉन्फ़्रेंस |
| 2022 | 6 जून | तालिन | हाइब्रिड |
| 2023 | 1 जून | — | आमने-सामने |
"""


def test_a_mode_column_gives_the_mode_and_a_virtual_summit_keeps_its_city():
    assert _modes(TABLE_WITH_MODE_COLUMN) == {
        2018: ("विल्नियस", "in_person"),
        2020: ("रीगा", "virtual"),  # the column says virtual although a city is named
        2021: (None, "virtual"),
        2022: ("तालिन", "unknown"),  # hybrid: neither mode
        2023: (None, "in_person"),  # आमने-सामने without a city
    }


ENTRIES = """भारत–नॉर्डिक शिखर सम्मेलन

भारत–नॉर्डिक शिखर सम्मेलन भारत और नॉर्डिक देशों की बैठक है।

शिखर सम्मेलन

2018: पहला शिखर सम्मेलन स्टॉकहोम में हुआ।

2022: दूसरा शिखर सम्मेलन 4 मई 2022 को हुआ; महामारी के बाद पहली बार सभी नेता व्यक्तिगत रूप से मिले।

2024: तीसरा शिखर सम्मेलन 3 मई 2024 को हुआ।
"""


def test_an_entry_that_says_the_leaders_met_in_person_is_in_person_without_a_city():
    assert _modes(ENTRIES) == {
        2018: ("स्टॉकहोम", "in_person"),
        2022: (None, "in_person"),
        2024: (None, "unknown"),  # neither a place nor a word of the mode
    }


TABLE_THEN_REMARKS = """एड्रियाटिक पहल शिखर सम्मेलन

एड्रियाटिक पहल शिखर सम्मेलन तटीय देशों की वार्षिक बैठक है।

शिखर सम्मेलनों की सूची

| क्रम | वर्ष | तिथि | शहर |
|---|---|---|---|
| 1 | 2019 | 5 जून | ज़ाग्रेब |
| 2 | 2020 | 8 जुलाई | ल्यूब्लियाना |
| 3 | 2021 | 9 सितंबर | सोफ़िया |

कोविड-19 महामारी के कारण ल्यूब्लियाना शिखर सम्मेलन वर्चुअल रूप में आयोजित किया गया। सोफ़िया सम्मेलन में एक प्रधानमंत्री ने ऑनलाइन भाग लिया, जबकि बाकी नेता वहीं मौजूद थे।
"""


def test_a_sentence_calling_one_listed_summit_virtual_gives_it_that_mode():
    modes = _modes(TABLE_THEN_REMARKS)
    assert modes[2020][1] == "virtual"
    assert modes[2021][1] == "in_person"  # one leader joined online: the meeting was not virtual
    assert modes[2019][1] == "in_person"


def test_words_of_a_virtual_a_partly_online_and_an_in_person_meeting():
    from pipeline.parse.layout.summits import Place, summit_mode

    city = Place("टोक्यो", "city")
    assert summit_mode("वीडियो-कॉन्फ्रेंस के माध्यम से हुआ", None) == "virtual"  # hyphenated
    assert summit_mode("वीडियो लिंक के ज़रिए आयोजित हुआ", None) == "virtual"
    assert summit_mode("कोविड के कारण वर्चुअल माध्यम से हुआ, जिसमें सभी नेता ऑनलाइन जुड़े", city) == "virtual"
    # some leaders joined online, the rest met in the city: neither mode
    assert summit_mode("टोक्यो में हुआ, जिसमें दो नेता वीडियो लिंक से जुड़े", city) == "unknown"
    assert summit_mode("नेता भौतिक रूप से मिले", None) == "in_person"
    assert summit_mode("शिखर सम्मेलन हुआ", None) == "unknown"


TWO_MEETINGS_ONE_YEAR = """नॉर्डिक रक्षा शिखर सम्मेलन

नॉर्डिक रक्षा शिखर सम्मेलन नॉर्डिक देशों के नेताओं की बैठक है।

पृष्ठभूमि

संकट के अगले ही दिन, 3 मार्च 2022 को, नेताओं ने एक असाधारण वर्चुअल शिखर सम्मेलन किया था। उसी साल सितंबर 2022 में हेलसिंकी शिखर सम्मेलन में नई रणनीति अपनाई गई।
"""


def test_a_virtual_summit_and_a_later_one_in_a_city_of_the_same_year_are_two_summits():
    rows = parse_document("t", TWO_MEETINGS_ONE_YEAR).rows["summits"]
    held = sorted((s["year"], s["city"] or "", s["mode"]) for s in rows if s["status"] == "held")
    assert held == [(2022, "", "virtual"), (2022, "हेलसिंकी", "in_person")]
