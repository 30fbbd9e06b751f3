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


@pytest.mark.parametrize("ministry", ["विदेश मंत्रालय", "विदेश मन्त्रालय"])
def test_a_ministry_line_in_either_nasal_spelling(ministry):
    rows = parse(f"{ministry}\n\nभारत–अफ्रीका शिखर सम्मेलन\n\nनई दिल्ली में 2008 में पहला शिखर सम्मेलन हुआ।\n")
    assert rows["documents"][0]["title"] == "भारत–अफ्रीका शिखर सम्मेलन"


def test_spelling_tolerant_patterns():
    import re

    from pipeline.parse.language.text import spelling_tolerant

    ministry = re.compile(spelling_tolerant("^(?:मंत्रालय|ख़बर|हाँ)$"))
    assert all(ministry.match(w) for w in ("मंत्रालय", "मन्त्रालय", "ख़बर", "खबर", "हाँ", "हां"))
    assert not any(ministry.match(w) for w in ("मत्रालय", "मंत्रालया", "खबरें", "हा"))
    assert spelling_tolerant("[क-ह]\\.|न्यूज़?") == "[क-ह]\\.|न्यूज़?"  # classes, escapes and an optional nukta kept


@pytest.mark.parametrize(("written", "english"), [("लाइपज़िग", "Leipzig"), ("लाइपजिग", "Leipzig"),
                                                  ("कोब्लेंज़", "Koblenz"), ("कोब्लेंज", "Koblenz")])
def test_a_city_by_sound_with_or_without_its_nukta(written, english):
    rows = parse(HEAD + f"पृष्ठभूमि\n\nदूसरा शिखर सम्मेलन 2010 में {written} में हुआ।\n")
    assert held(rows) == [(2010, english, None, 2)]


@pytest.mark.parametrize("word", ["जिसकी", "जिसमें", "जाना", "राजनीति"])
def test_hindi_words_with_ja_are_still_no_city(word):
    from tests.test_city_sounds import _city

    assert _city(word) is None and _city(word, ("DE", "JP", "FR")) is None
