"""Dash typing variants (`pipeline.parse.typography`): the same entry however its dashes are spaced."""

from __future__ import annotations

import pytest

from pipeline.parse.typography import fold_dashes
from tests.parse_support import held, parse

HEAD = "भारत–अफ्रीका शिखर सम्मेलन\n\nप्रमुख सम्मेलन\n\n"


@pytest.mark.parametrize(("typed", "folded"), [
    ("पहला आईजीसी—३१ मई २०११", "पहला आईजीसी — ३१ मई २०११"),
    ("2015—ढाका", "2015 — ढाका"),
    ("8 – 9 अप्रैल 2008 को", "8–9 अप्रैल 2008 को"),
    ("14 - 15 नवम्बर 2008", "14-15 नवम्बर 2008"),
])
def test_variants_fold(typed, folded):
    assert fold_dashes(typed) == folded


@pytest.mark.parametrize("kept", [
    "14—15 नवंबर 2008",  # an em dash between numbers is a range
    "भारत–जापान शिखर सम्मेलन",  # an en dash joins a name
    "2015 — ढाका",  # already spaced
    "2008 - 14 नवंबर को वॉशिंगटन",  # a year label, then a date: not a day range
    "2 - 3 देशों ने भाग लिया",  # no month after the days
    "12.03.2019 - 5 मार्च",  # the dash follows a date, not a day
])
def test_other_dashes_stay(kept):
    assert fold_dashes(kept) == kept


@pytest.mark.parametrize("sentence", [
    "पहला शिखर सम्मेलन 8-9 अप्रैल 2008 को नई दिल्ली में हुआ।",
    "पहला शिखर सम्मेलन 8 – 9 अप्रैल 2008 को नई दिल्ली में हुआ।",
])
def test_spaced_day_range_in_a_sentence(sentence):
    assert held(parse(HEAD + sentence + "\n")) == [(2008, "New Delhi", "2008-04-08", 1)]


@pytest.mark.parametrize("entry", ["- 2010 — टोक्यो: दूसरा शिखर सम्मेलन।", "- 2010—टोक्यो: दूसरा शिखर सम्मेलन।"])
def test_tight_em_dash_after_a_label(entry):
    rows = parse(HEAD + "- 2008 — नई दिल्ली: पहला शिखर सम्मेलन।\n" + entry + "\n")
    assert [(year, city) for year, city, _, _ in held(rows)] == [(2008, "New Delhi"), (2010, "Tokyo")]


def test_the_headline_keeps_its_dashes():
    rows = parse("भारत—जापान शिखर सम्मेलन\n\nप्रमुख सम्मेलन\n\n- 2010—टोक्यो: दूसरा शिखर सम्मेलन।\n")
    assert rows["documents"][0]["title"] == "भारत—जापान शिखर सम्मेलन"
    assert [(year, city) for year, city, _, _ in held(rows)] == [(2010, "Tokyo")]
