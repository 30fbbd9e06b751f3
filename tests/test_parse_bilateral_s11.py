"""Two countries' leaders' meetings and visits (session 11): a bilateral series' summits are
rarely called "शिखर सम्मेलन" one by one; the writer tells who visited whom, where and when.
Every document is small and invented, with other country pairs and other wordings than the
gold sets; each shape the parser must read is paired with a look-alike it must leave out.
"""

from __future__ import annotations

import pytest

from pipeline.parse import DocumentRejected
from pipeline.parse.layout.structure import announces_summits, clean_lines, find_shape
from tests.parse_support import held, parse


def _cities(text: str) -> list[tuple]:
    try:
        return sorted((year, city) for year, city, _, _ in held(parse(text)))
    except DocumentRejected:
        return []


def _release(background: str, entries: list[str], after: str = "") -> str:
    lines = "\n".join(entries)
    return ("विदेश मंत्रालय\n१४ मार्च २०२४\nभारत और वियतनाम के बीच सहयोग पर संयुक्त वक्तव्य जारी\n\n"
            "नई दिल्ली: भारत और वियतनाम ने आज व्यापार और समुद्री सहयोग पर सहमति जताई।\n\n"
            f"पृष्ठभूमि: दोनों देशों के बीच नियमित संवाद रहा है। {background}\n\n{lines}\n\n{after}\n")


# --- a list of dated entries announced in prose is a list of summits ---------------------------

@pytest.mark.parametrize("announcing", [
    "प्रमुख शिखर-स्तरीय आदान-प्रदान निम्नलिखित हैं:",
    "हाल के वर्षों में हुए शिखर सम्मेलन इस प्रकार हैं:",
    "दोनों नेताओं की प्रमुख मुलाक़ातें इस प्रकार रहीं:",
    "शीर्ष स्तर की यात्राएँ निम्नानुसार हैं:",
])
def test_dated_entries_under_a_sentence_announcing_summits_are_summits(announcing):
    text = _release(announcing, [
        "1. 10-11 जनवरी 2016 – प्रधानमंत्री की हनोई यात्रा; रक्षा सहयोग पर समझौता।",
        "2. 3 मार्च 2018, नई दिल्ली — राष्ट्रपति की राजकीय यात्रा।",
    ], "3. वर्ष 2023 में दोनों देशों ने राजनयिक संबंधों की 50वीं वर्षगांठ मनाई।")
    assert _cities(text) == [(2016, "Hanoi"), (2018, "New Delhi")]


@pytest.mark.parametrize("announcing", [
    "विदेश मंत्रियों की प्रमुख बैठकें इस प्रकार हैं:",
    "प्रमुख समझौते इस प्रकार हैं:",
    "व्यापार के आँकड़े निम्नलिखित हैं:",
])
def test_dated_entries_under_other_announcements_are_no_summits(announcing):
    text = _release(announcing, [
        "1. 10-11 जनवरी 2016 – हनोई में बैठक; रक्षा सहयोग पर समझौता।",
        "2. 3 मार्च 2018, नई दिल्ली — समुद्री सहयोग पर समझौता।",
    ])
    assert _cities(text) == []


def test_the_prose_after_the_announced_list_is_not_part_of_it():
    text = _release("प्रमुख शिखर सम्मेलन इस प्रकार हैं:", [
        "1. 10 जनवरी 2016, हनोई — पहला शिखर सम्मेलन।",
    ], "2. दोनों देशों के रक्षा मंत्रियों की बैठक 5 मई 2019 को हनोई में हुई।")
    shape = find_shape(clean_lines(text))
    listed = [s for s in shape.sections if s.role == "summits"]
    assert len(listed) == 1 and [line.text[:2] for line in listed[0].lines] == ["1."]
    assert _cities(text) == [(2016, "Hanoi")]


def test_an_announcement_needs_a_colon_and_the_summits_or_leaders_visits():
    assert announces_summits("पृष्ठभूमि: दोनों देशों के बीच नियमित संवाद रहा है। प्रमुख शिखर सम्मेलन इस प्रकार हैं:")
    assert not announces_summits("प्रमुख शिखर सम्मेलन इस प्रकार हैं।")
    assert not announces_summits("मंत्री स्तर की यात्राएँ इस प्रकार हैं:")
    assert not announces_summits("प्रमुख यात्राएँ इस प्रकार हैं:")  # whose visits: not said
