"""The seed article's tables hold exactly the facts stated in it (issue 2's contract)."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_document

DOC = "000_e9ce27afdd3d7ab4"


@pytest.fixture
def rows(seed_text):
    return parse_document(DOC, seed_text).rows


def test_document(rows):
    (doc,) = rows["documents"]
    assert doc["title"] == "भारत-रूस वार्षिक सम्मेलन"
    assert doc["title_en"] == "India–Russia annual summit"
    assert doc["summary"].startswith("भारत-रूस वार्षिक सम्मेलन भारत और रूस के बीच")
    assert doc["summary_source_line"] == 3


def test_parties(rows):
    assert [(p["name"], p["name_en"], p["kind"]) for p in rows["parties"]] == [
        ("भारत", "India", "country"),
        ("रूस", "Russia", "country"),
    ]


def test_sections(rows):
    assert [(s["heading"], s["role"], s["heading_en"]) for s in rows["sections"]] == [
        ("इतिहास और पृष्ठभूमि", "history", "History and background"),
        ("उद्देश्यों", "objectives", "Objectives"),
        ("प्रमुख क्षेत्र", "cooperation_areas", "Key areas"),
        ("प्रमुख सम्मेलन", "summits", "Major summits"),
    ]


def test_objectives(rows):
    assert [(o["name"], o["name_en"]) for o in rows["objectives"]] == [
        ("सामरिक साझेदारी", "Strategic partnership"),
        ("आर्थिक सहयोग", "Economic cooperation"),
        ("सांस्कृतिक आदान-प्रदान", "Cultural exchange"),
        ("वैश्विक मुद्दे", "Global issues"),
    ]
    first = rows["objectives"][0]
    assert first["description"].startswith("भारत और रूस के बीच सामरिक साझेदारी")
    assert first["source_line"] == 16
    assert first["source_text"].startswith("सामरिक साझेदारी: ")


def test_cooperation_areas(rows):
    assert [(a["name"], a["name_en"]) for a in rows["cooperation_areas"]] == [
        ("रक्षा और सुरक्षा", "Defence and security"),
        ("ऊर्जा", "Energy"),
        ("विज्ञान और प्रौद्योगिकी", "Science and technology"),
        ("व्यापार और निवेश", "Trade and investment"),
    ]


def test_summits(rows):
    assert [(s["year"], s["date"], s["city"], s["city_en"], s["mode"]) for s in rows["summits"]] == [
        (2010, None, "नई दिल्ली", "New Delhi", "in_person"),
        (2014, None, "मॉस्को", "Moscow", "in_person"),
        (2018, None, "नई दिल्ली", "New Delhi", "in_person"),
        (2021, None, None, None, "unknown"),  # the text names no city: none is invented
    ]
    assert [s["summit_id"] for s in rows["summits"]] == [f"{DOC}.summit.{y}" for y in (2010, 2014, 2018, 2021)]
    assert [s["source_line"] for s in rows["summits"]] == [44, 47, 50, 53]


def test_summit_topics(rows):
    by_summit: dict[int, list[tuple]] = {}
    areas = {a["area_id"]: a["name"] for a in rows["cooperation_areas"]}
    for topic in rows["summit_topics"]:
        year = int(topic["summit_id"].rsplit(".", 1)[1])
        by_summit.setdefault(year, []).append((topic["topic"], topic["topic_en"], areas.get(topic["area_id"])))
    assert by_summit[2010] == [
        ("परमाणु ऊर्जा", "Nuclear energy", "ऊर्जा"),
        ("रक्षा उपकरण", "Defence equipment", "रक्षा और सुरक्षा"),
    ]
    assert by_summit[2021] == [
        ("कोविड-19", "COVID-19", None),
        ("स्वास्थ्य", "Health", None),
        ("चिकित्सा", "Medicine", None),
    ]


def test_timeline(rows):
    assert [(e["period_label"], e["period_start"], e["period_end"], e["precision"]) for e in rows["timeline"]] == [
        ("195X", "1950-01-01", "1959-12-31", "decade"),
        ("2000", "2000-01-01", "2000-12-31", "year"),
    ]
    assert "1950 के दशक" in rows["timeline"][0]["source_text"]
    assert rows["timeline"][1]["source_text"].startswith("इन संबंधों को औपचारिक रूप से")


def test_nothing_left_out(rows):
    assert rows["parse_issues"] == []
