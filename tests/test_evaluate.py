"""`python -m pipeline evaluate`: extraction scored against tests/fixtures/expected."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.operations.evaluate import extract_raw, load_expected, load_release, score, score_table
from schemas.tables import TABLES
from tests.conftest import FIXTURES

RAW = FIXTURES / "raw"
EXPECTED = FIXTURES / "expected"


def test_every_table_has_expected_facts():
    assert sorted(load_expected(EXPECTED)) == sorted(t.name for t in TABLES)


def test_fixtures_extract_with_full_precision_and_recall():
    scores = score(extract_raw(RAW), load_expected(EXPECTED))
    for s in scores:
        assert (s.precision, s.recall) == (1.0, 1.0), (s.table, s.missing, s.unexpected)
    assert sum(s.expected for s in scores) > 100


def test_score_counts_missing_and_unexpected_facts():
    expected = pd.DataFrame({"summit_id": ["a", "b", "c"], "city_en": ["Tokyo", "", "Goa"]})
    extracted = pd.DataFrame({"summit_id": ["a", "b", "c", "d"], "city_en": ["Tokyo", None, "Delhi", "x"],
                              "year": [1, 2, 3, 4]})
    s = score_table("summits", extracted, expected)
    assert (s.expected, s.extracted, s.matched) == (3, 4, 2)
    assert (s.precision, s.recall) == (0.5, 2 / 3)
    assert s.missing == (("c", "Goa"),)
    assert s.unexpected == (("c", "Delhi"), ("d", "x"))


def test_expected_columns_must_be_declared_fields():
    with pytest.raises(ValueError, match="not fields"):
        score_table("summits", pd.DataFrame({"town": []}), pd.DataFrame({"town": []}))


def test_cli_prints_scores_and_fails_on_a_wrong_fact(tmp_path, capsys):
    assert main(["evaluate", "--raw", str(RAW), "--expected", str(EXPECTED)]) == 0
    out = capsys.readouterr().out
    assert "summits" in out and "100.0%" in out and "missing" not in out

    wrong = tmp_path / "expected"
    shutil.copytree(EXPECTED, wrong)
    summits = pd.read_csv(wrong / "summits.csv", dtype=str, keep_default_na=False)
    summits.loc[summits["city"] == "गांधीनगर", "city_en"] = "Ahmedabad"  # a wrong English name
    summits.to_csv(wrong / "summits.csv", index=False)
    assert main(["evaluate", "--raw", str(RAW), "--expected", str(wrong)]) == 1
    out = capsys.readouterr().out
    assert "summits: 1 missing" in out and "summits: 1 unexpected" in out


def test_evaluate_a_published_release(tmp_path, capsys):
    """The release of the fixtures holds the same facts, parse_issues and rejections included."""
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(RAW), "--out", str(out)]) == 0
    release = out / "1.0.0"
    capsys.readouterr()
    assert main(["evaluate", "--release", str(release), "--expected", str(EXPECTED)]) == 0
    assert set(load_release(release)) == {t.name for t in TABLES}
    dictionary = pd.read_csv(release / "data_dictionary.csv")
    assert {"parse_issues", "rejections"} <= set(dictionary["table"])


def _tables(summits: list[dict], parties: list[dict], timeline_years: list[int]) -> dict[str, pd.DataFrame]:
    def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
        return pd.DataFrame([{c: r.get(c, "") for c in columns} for r in rows], columns=columns)

    return {
        "documents": frame([{"document_id": "d", "source_file": "d.txt", "title": "शीर्षक"}],
                           ["document_id", "source_file", "title"]),
        "parties": frame([{"document_id": "d", **p} for p in parties], ["document_id", "name", "name_en"]),
        "objectives": frame([], ["document_id", "name"]),
        "cooperation_areas": frame([], ["document_id", "name"]),
        "summits": frame([{"document_id": "d", **s} for s in summits],
                         ["document_id", "year", "city_en", "date", "date_end", "mode", "edition", "status"]),
        "timeline": frame([{"document_id": "d", "period_start": f"{y}-01-01"} for y in timeline_years],
                          ["document_id", "period_start"]),
    }


def test_gold_scoring_follows_the_development_set_rules():
    from pipeline.operations.evaluate import FamilyScore, score_document

    gold = {"title": "शीर्षक", "parties_en": ["India"], "parties_optional": ["SCO"], "objectives": [],
            "focus_areas": [], "summits": [[2001, "Shanghai", {"edition": 1}], [2002, None]], "established_year": 2001}
    tables = _tables(
        summits=[{"year": "2001", "city_en": "Shanghai", "edition": "1", "date": "2001-06-15", "status": "held"},
                 {"year": "2003", "city_en": "Moscow", "status": "held"},  # invented
                 {"year": "2004", "city_en": "Tashkent", "status": "planned"}],  # not held: not scored
        parties=[{"name": "भारत", "name_en": "India"}, {"name": "एससीओ", "name_en": "SCO"},
                 {"name": "मोदी", "name_en": ""}],  # no English name: counts against precision
        timeline_years=[1996, 2001],
    )
    score = score_document("d.txt", "wiki_table", gold, tables)
    assert score.missing == {("summit", 2002, None)}
    assert score.unexpected == {("summit", 2003, "Moscow"), ("party", "(no English name) मोदी")}
    assert score.invented_summits == 1
    family = FamilyScore("wiki_table", (score,))
    assert family.counts == (5, 2, 1)  # title, India, 2001 Shanghai, its edition, the start year
    assert round(family.f1, 3) == round(10 / 13, 3)


def test_evaluate_cli_scores_a_gold_set_per_family(capsys):
    assert main(["evaluate", "--gold", str(FIXTURES / "devset")]) == 0
    out = capsys.readouterr().out
    assert "devset: family" in out and "wiki_table" in out and "table " not in out.splitlines()[0]
