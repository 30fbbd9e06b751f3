"""Surface variants real writers use, each read like the usual form (found by tests/test_perturbations.py)."""

from __future__ import annotations

import pytest

from tests.parse_support import held, parse

HEAD = "भारत–अफ्रीका शिखर सम्मेलन\n\n"


@pytest.mark.parametrize("markers", [("-", "-"), ("क.", "ख."), ("क)", "ख)"), ("(क)", "(ख)")])
def test_hindi_letter_list_markers(markers):
    text = HEAD + "प्रमुख सम्मेलन\n\n" + "\n".join(
        f"{m} {entry}" for m, entry in zip(markers, ("2008: नई दिल्ली में पहला शिखर सम्मेलन।", "2011: अदीस अबाबा में दूसरा।")))
    assert [(y, c) for y, c, _, _ in held(parse(text + "\n"))] == [(2008, "New Delhi"), (2011, "Addis Ababa")]


def test_an_abbreviation_is_no_marker():
    rows = parse(HEAD + "उद्देश्य\n\nप. बंगाल: पूर्वी राज्यों से व्यापार\nम. प्र. का सहयोग: खनिज\n")
    assert [o["name"] for o in rows["objectives"]] == ["प. बंगाल", "म. प्र. का सहयोग"]
