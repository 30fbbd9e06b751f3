"""News reports (session 13): a headline that names one country and a prime minister no country
describes (India's), leaders' talks called चर्चा. Every document and sentence is invented; each
shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.document import DocumentRejected
from tests.parse_support import held, parse as parse_rows


def parse(text: str) -> dict:
    """The rows, or none when the parser rejects the text (a report with no summit and one side)."""
    try:
        return parse_rows(text)
    except DocumentRejected:
        return {"parties": [], "summits": []}


def _parties(rows: dict) -> list[str]:
    return sorted(p["name_en"] for p in rows["parties"])


VISIT = """{headline}

काठमांडू में भव्य स्वागत, दोनों देशों के बीच पनबिजली समझौते

विशेष संवाददाता | काठमांडू, 12 मई

प्रधानमंत्री नरेंद्र मोदी सोमवार को दो दिन की यात्रा पर नेपाल पहुंचे। {body}
"""


@pytest.mark.parametrize("headline", [
    "बारिश के बीच काठमांडू पहुंचे मोदी; नेपाल ने किया भव्य स्वागत",
    "मोदी का काठमांडू दौरा: नेपाल के साथ बिजली व्यापार पर सहमति",
])
def test_a_headline_naming_one_country_and_modi_gives_two_sides(headline):
    rows = parse(VISIT.format(headline=headline, body=(
        "भारत और नेपाल के बीच 12 मई 2025 को काठमांडू में द्विपक्षीय वार्ता हुई।")))
    assert _parties(rows) == ["India", "Nepal"]
    assert (2025, "Kathmandu") in [(y, c) for y, c, _, _ in held(rows)]


def test_a_headline_naming_a_group_and_modi_adds_no_india():
    rows = parse(VISIT.format(headline="सार्क शिखर सम्मेलन: काठमांडू पहुंचे मोदी", body=(
        "सार्क के आठ सदस्य देश हैं।")))
    assert "India" not in _parties(rows)


def test_a_headline_without_a_country_names_no_side():
    rows = parse(VISIT.format(headline="बारिश के बीच पहुंचे मोदी, भव्य स्वागत", body="भारत की मदद से बना अस्पताल खुला।"))
    assert _parties(rows) != ["India", "Nepal"]


NEPAL = """नेपाल के साथ रिश्तों में नई गर्माहट: काठमांडू पहुंचे मोदी

विशेष संवाददाता | काठमांडू, 12 मई

प्रधानमंत्री नरेंद्र मोदी सोमवार को नेपाल पहुंचे। भारत और नेपाल के रिश्ते पुराने हैं। {sentence}
"""


@pytest.mark.parametrize("sentence, expected", [
    ("नवंबर 2023 में नेपाल के प्रधानमंत्री भारत आए थे और नई दिल्ली में प्रधानमंत्री मोदी से उनकी विस्तृत चर्चा हुई थी।",
     (2023, "New Delhi")),
    ("दोनों प्रधानमंत्रियों ने 3 मार्च 2022 को नई दिल्ली में व्यापार पर चर्चा की।", (2022, "New Delhi")),
])
def test_leaders_talks_called_charcha_are_a_meeting(sentence, expected):
    assert expected in [(y, c) for y, c, _, _ in held(parse(NEPAL.format(sentence=sentence)))]


@pytest.mark.parametrize("sentence, year", [
    # ministers' talks, and talks planned
    ("नवंबर 2023 में दोनों देशों के विदेश मंत्रियों की नई दिल्ली में विस्तृत चर्चा हुई थी।", 2023),
    ("मार्च 2026 में नई दिल्ली में दोनों प्रधानमंत्रियों के बीच चर्चा होगी।", 2026),
])
def test_ministers_or_planned_talks_are_no_meeting(sentence, year):
    assert year not in [y for y, *_ in held(parse(NEPAL.format(sentence=sentence)))]
