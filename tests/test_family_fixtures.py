"""Every gold set `pipeline evaluate` scores by default (GOLD_SET_FOLDERS, the public dev set's copy aside)
is well-formed gold: same answer format as the public dev set, every file mapped to one of the six
families, and every stated fact present in its document (years, dates, titles, labels), so a scorer
run against them measures the parser, not a typo in the gold."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from pipeline.operations.evaluate import GOLD_SET_FOLDERS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FAMILIES_DIR = FIXTURES / "families"
SET_DIRS = {name: FIXTURES / name for name in GOLD_SET_FOLDERS if name != "devset"}
#: Sets written for a few layout families only (every family they use still appears twice).
PARTIAL_SETS = {"s7prose", "s7layouts", "blind16", "blind18", "blind20"}
FAMILY_NAMES = {"wiki_table", "news", "press_release", "study_notes", "markdown_notes", "article"}
DOC_KEYS = {"title", "parties_en", "objectives", "focus_areas", "summits", "established_year", "not_summits", "_notes"}
OPTIONAL_KEYS = {"parties_optional"}
EXTRA_KEYS = {"date", "date_end", "mode", "edition"}
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")

GOLDS = {key: json.loads((path / "expected.json").read_text(encoding="utf-8")) for key, path in SET_DIRS.items()}
CASES = [(key, name) for key, gold in GOLDS.items() for name in sorted(gold) if not name.startswith("_")]
CASE_IDS = [f"{key}/{name}" for key, name in CASES]


def _family_map(name: str, folder: Path = FAMILIES_DIR) -> dict[str, str]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["family"] for row in csv.DictReader(handle)}


def _text(key: str, name: str) -> str:
    return unicodedata.normalize("NFC", (SET_DIRS[key] / "docs" / name).read_bytes().decode("utf-8"))


def _has_number(text: str, number: int) -> bool:
    pattern = r"(?<![0-9०-९])[0०]?({}|{})(?![0-9०-९])"  # a day may be written 04
    return re.search(pattern.format(number, str(number).translate(DEVANAGARI)), text) is not None


@pytest.mark.parametrize("key", sorted(SET_DIRS))
def test_every_document_has_gold_and_one_family(key):
    families = _family_map("families.csv", SET_DIRS[key])
    files = sorted(name for name in GOLDS[key] if not name.startswith("_"))
    assert sorted(p.name for p in (SET_DIRS[key] / "docs").glob("*.txt")) == files == sorted(families)
    used = set(families.values())
    assert used <= FAMILY_NAMES if key in PARTIAL_SETS else used == FAMILY_NAMES
    assert all(list(families.values()).count(f) >= 2 for f in used)


def test_devset_family_map_uses_the_same_names():
    families = _family_map("devset_families.csv")
    assert len(families) == 12 and set(families.values()) == FAMILY_NAMES


@pytest.mark.parametrize(("key", "name"), CASES, ids=CASE_IDS)
def test_gold_has_the_dev_set_shape(key, name):
    gold = GOLDS[key][name]
    assert DOC_KEYS <= set(gold) <= DOC_KEYS | OPTIONAL_KEYS
    assert isinstance(gold["established_year"], (int, type(None)))
    years = [s[0] for s in gold["summits"]]
    assert years == sorted(years)
    for summit in gold["summits"]:
        assert 2 <= len(summit) <= 3 and isinstance(summit[0], int)
        assert summit[1] is None or isinstance(summit[1], str)
        extra = summit[2] if len(summit) == 3 else {}
        assert set(extra) <= EXTRA_KEYS and extra.get("mode") in (None, "virtual", "in_person")
        if "date" in extra:
            assert date.fromisoformat(extra["date"]).year == summit[0]
        if "date_end" in extra:
            assert date.fromisoformat(extra["date_end"]) > date.fromisoformat(extra["date"])


@pytest.mark.parametrize(("key", "name"), CASES, ids=CASE_IDS)
def test_gold_facts_are_stated_in_the_text(key, name):
    gold, text = GOLDS[key][name], _text(key, name)
    lines = [re.sub(r"^#+\s*", "", line.strip()).replace("**", "") for line in text.splitlines()]
    assert unicodedata.normalize("NFC", gold["title"]) in lines
    for label in gold["objectives"] + gold["focus_areas"]:
        assert re.search(re.escape(unicodedata.normalize("NFC", label)) + r"(\*\*|\'\'\')?\s*:", text), label
    for summit in gold["summits"]:
        assert _has_number(text, summit[0]), summit
        extra = summit[2] if len(summit) == 3 else {}
        for key in ("date", "date_end"):
            if key in extra:
                assert _has_number(text, date.fromisoformat(extra[key]).day), (summit, key)
    if gold["established_year"] is not None:
        assert _has_number(text, gold["established_year"])


#: Markdown notes their writers saved with LF line ends (session 14): kept as written.
LF_MARKDOWN = {("blind20", "484_germany_central_asia_markdown_notes.txt"), ("blind20", "488_itu_plenipotentiary_markdown_notes.txt")}


@pytest.mark.parametrize(("key", "name"), CASES, ids=CASE_IDS)
def test_markdown_notes_keep_crlf_and_others_do_not(key, name):
    raw = (SET_DIRS[key] / "docs" / name).read_bytes()
    if (key, name) in LF_MARKDOWN:
        assert b"\r" not in raw
    elif _family_map("families.csv", SET_DIRS[key])[name] == "markdown_notes":
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    else:
        assert b"\r" not in raw
