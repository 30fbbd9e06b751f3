"""One summit, one row: series and events across documents (pipeline/corpus)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.corpus import build_corpus, link_documents
from pipeline.corpus.checks import check_corpus
from pipeline.corpus.series import title_kind
from pipeline.tables.validate import validate_all
from tests.conftest import FIXTURES, SEED
from tests.release_support import build_frames

SEED_ID = SEED.stem
REVISED, DELHI, JAPAN = "010_bharat_rus_revised", "011_bharat_rus_delhi", "101_bharat_japan"
RUSSIA = "india_russia.regular"
EXTRA_SUMMITS = (
    "\n\n2019: व्लादिवोस्तोक में आयोजित सम्मेलन में सुदूर पूर्व में निवेश पर सहमति बनी।\n"
    "\n2024: मॉस्को में आयोजित सम्मेलन में ऊर्जा और व्यापार पर सहयोग बढ़ाने पर सहमति बनी।\n"
)


def revised_copy(seed: str) -> str:
    """The seed with another title wording and two more summits."""
    return seed.replace("भारत-रूस वार्षिक सम्मेलन", "भारत-रूस वार्षिक शिखर सम्मेलन", 1) + EXTRA_SUMMITS


def delhi_copy(seed: str) -> str:
    """The seed, but the 2014 summit was in New Delhi."""
    changed = seed.replace("2014: मॉस्को में", "2014: नई दिल्ली में")
    assert changed != seed
    return changed


def write_corpus(folder: Path, *names: str) -> Path:
    seed = SEED.read_text(encoding="utf-8")
    texts = {SEED_ID: seed, REVISED: revised_copy(seed), DELHI: delhi_copy(seed),
             JAPAN: (FIXTURES / "raw" / f"{JAPAN}.txt").read_text(encoding="utf-8")}
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(texts[name], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, pd.DataFrame]:
    folder = write_corpus(tmp_path_factory.mktemp("corpus") / "raw", SEED_ID, REVISED, DELHI, JAPAN)
    return build_frames(folder)


def test_three_india_russia_articles_are_one_series_and_japan_another(corpus):
    series = corpus["summit_series"].set_index("series_id")
    assert sorted(series.index) == ["india_japan.regular", RUSSIA]
    assert series.loc[RUSSIA, "documents"] == 3
    assert series.loc[RUSSIA, "parties"] == "India|Russia"
    assert series.loc[RUSSIA, "name_en"] == "India–Russia annual summit"
    assert series.loc["india_japan.regular", "documents"] == 1
    documents = corpus["documents"].set_index("document_id")["series_id"]
    assert documents.to_dict() == {SEED_ID: RUSSIA, REVISED: RUSSIA, DELHI: RUSSIA, JAPAN: "india_japan.regular"}


def test_one_event_per_year_with_mentions_and_conflicts(corpus):
    events = corpus["summit_events"]
    russia = events[events["series_id"] == RUSSIA].set_index("year")
    assert list(russia.index) == [2010, 2014, 2018, 2019, 2021, 2024]
    assert russia.loc[2010, "mentions"] == 3 and russia.loc[2019, "mentions"] == 1
    assert pd.isna(russia.loc[2018, "conflict"]) and pd.isna(russia.loc[2010, "conflict"])
    assert russia.loc[2014, "conflict"] == (
        f"city: मॉस्को (2 documents: {SEED_ID}, {REVISED}) / नई दिल्ली (1 document: {DELHI})")
    assert russia.loc[2014, "city_en"] == "Moscow"  # the majority
    assert russia.loc[2018, "city_en"] == "New Delhi"
    assert pd.isna(russia.loc[2021, "city"]) and russia.loc[2021, "mode"] == "unknown"
    assert russia.loc[2014].name == 2014 and russia["event_id"].tolist() == [
        f"{RUSSIA}.{year}" for year in (2010, 2014, 2018, 2019, 2021, 2024)]
    assert (events[events["series_id"] == "india_japan.regular"]["mentions"] == 1).all()


def test_every_summit_row_has_an_existing_event_and_the_release_validates(corpus):
    summits = corpus["summits"]
    assert summits["event_id"].notna().all()
    assert set(summits["event_id"]) == set(corpus["summit_events"]["event_id"])
    validate_all(corpus)
    seed_2014 = summits.set_index("summit_id").loc[f"{SEED_ID}.summit.2014", "event_id"]
    delhi_2014 = summits.set_index("summit_id").loc[f"{DELHI}.summit.2014", "event_id"]
    assert seed_2014 == delhi_2014 == f"{RUSSIA}.2014"


def test_event_ids_stay_when_documents_are_added_or_revised(tmp_path):
    alone = build_frames(write_corpus(tmp_path / "a", SEED_ID))
    more = build_frames(write_corpus(tmp_path / "b", SEED_ID, DELHI, JAPAN))
    revised = write_corpus(tmp_path / "c", SEED_ID, DELHI, JAPAN)
    (revised / f"{SEED_ID}.txt").write_text(revised_copy(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    after = build_frames(revised)

    def ids(frames):
        return dict(zip(frames["summits"]["summit_id"], frames["summits"]["event_id"]))

    assert ids(alone).items() <= ids(more).items()
    assert ids(more).items() <= ids(after).items()
    assert set(alone["summit_events"]["event_id"]) < set(after["summit_events"]["event_id"])
    assert set(alone["summit_series"]["series_id"]) == {RUSSIA}


# --- matching rules on small hand-made tables -----------------------------------------------

def _tables(documents: list[tuple[str, str, list[str]]], summits: list[dict]) -> dict[str, pd.DataFrame]:
    """documents: (id, title, English party names); summits: partial rows."""
    doc_rows = pd.DataFrame([{"document_id": d, "title": t, "title_en": None} for d, t, _ in documents])
    party_rows = pd.DataFrame([
        {"document_id": d, "name": p, "name_en": p, "name_romanized": p.lower(), "kind": "country", "position": i}
        for d, _, parties in documents for i, p in enumerate(parties, start=1)
    ])
    defaults = {"date": None, "date_end": None, "city": None, "city_en": None, "city_romanized": None,
                "city_geonames_id": None, "latitude": None, "longitude": None, "country_code": None,
                "mode": "unknown", "edition": None, "status": "held"}
    summit_rows = pd.DataFrame([{**defaults, "summit_id": f"{s['document_id']}.summit.{i}", **s}
                                for i, s in enumerate(summits)])
    linked = link_documents({"documents": doc_rows, "parties": party_rows, "summits": summit_rows})
    return linked | build_corpus(linked)


def test_two_meetings_in_one_year_are_told_apart_by_date_and_city():
    quad = [("a", "भारत-जापान शिखर सम्मेलन", ["India", "Japan"]), ("b", "भारत-जापान सम्मेलन", ["India", "Japan"])]
    tables = _tables(quad, [
        {"document_id": "a", "year": 2021, "date": "2021-03-12", "mode": "virtual", "source_line": 5},
        {"document_id": "a", "year": 2021, "date": "2021-09-24", "city": "वाशिंगटन", "city_en": "Washington",
         "mode": "in_person", "source_line": 6},
        {"document_id": "b", "year": 2021, "city": "वाशिंगटन", "city_en": "Washington", "source_line": 9},
    ])
    events = tables["summit_events"].set_index("event_id")
    assert list(events.index) == ["india_japan.regular.2021", "india_japan.regular.2021-2"]
    assert events.loc["india_japan.regular.2021-2", "mentions"] == 2
    assert events.loc["india_japan.regular.2021", "mode"] == "virtual"
    assert check_corpus(tables).empty


def test_one_summit_stated_twice_in_a_document_is_one_event():
    docs = [("a", "भारत-जापान शिखर सम्मेलन", ["India", "Japan"])]
    tables = _tables(docs, [  # a table row and a sentence about the same summit
        {"document_id": "a", "year": 2019, "date": "2019-10-11", "city": "टोक्यो", "city_en": "Tokyo",
         "source_line": 4},
        {"document_id": "a", "year": 2019, "city": "टोक्यो", "city_en": "Tokyo", "edition": 14, "source_line": 20},
    ])
    (event,) = tables["summit_events"].to_dict(orient="records")
    assert (event["event_id"], event["mentions"], event["date"], event["edition"]) == (
        "india_japan.regular.2019", 1, "2019-10-11", 14)
    assert pd.isna(event["conflict"])


def test_a_tie_stays_empty_and_a_plan_does_not_contradict_a_report():
    docs = [("a", "भारत-जापान शिखर सम्मेलन", ["India", "Japan"]), ("b", "भारत-जापान शिखर सम्मेलन", ["Japan", "India"])]
    tables = _tables(docs, [
        {"document_id": "a", "year": 2018, "city": "टोक्यो", "city_en": "Tokyo", "source_line": 3},
        {"document_id": "b", "year": 2018, "city": "ओसाका", "city_en": "Osaka", "source_line": 3},
        {"document_id": "a", "year": 2025, "status": "planned", "source_line": 4},
        {"document_id": "b", "year": 2025, "status": "held", "edition": 20, "source_line": 4},
    ])
    events = tables["summit_events"].set_index("year")
    assert pd.isna(events.loc[2018, "city"]) and pd.isna(events.loc[2018, "latitude"])
    assert events.loc[2018, "conflict"] == "city: ओसाका (1 document: b) / टोक्यो (1 document: a)"
    assert events.loc[2025, "status"] == "held" and pd.isna(events.loc[2025, "conflict"])
    assert events.loc[2025, "mentions"] == 2 and events.loc[2025, "edition"] == 20
    assert tables["summit_series"]["series_id"].tolist() == ["india_japan.regular"]  # party order is no matter
    assert check_corpus(tables).empty


def test_informal_and_group_series():
    assert title_kind("भारत-चीन अनौपचारिक शिखर सम्मेलन") == "informal"
    assert title_kind("भारत-जर्मनी अंतर-सरकारी परामर्श का सातवाँ दौर") == "consultations"
    assert title_kind("भारत-रूस वार्षिक सम्मेलन") == "regular"
    docs = [("a", "ब्रिक्स शिखर सम्मेलन", ["Brazil", "Russia", "India", "China", "South Africa"]),
            ("b", "ब्रिक्स शिखर सम्मेलन: कज़ान में नेताओं की बैठक", ["India", "Russia"]),
            ("c", "भारत-चीन अनौपचारिक शिखर सम्मेलन", ["India", "China"])]
    tables = _tables(docs, [{"document_id": d, "year": 2024, "source_line": 1} for d in "abc"])
    series = tables["summit_series"].set_index("series_id")
    assert sorted(series.index) == ["brics.group", "china_india.informal"]
    assert series.loc["brics.group", "documents"] == 2
    assert series.loc["brics.group", "name_en"] == "BRICS summit"
    assert series.loc["brics.group", "parties"] == "Brazil|BRICS|China|India|Russia|South Africa"  # case-insensitive order


def test_fixture_series(tmp_path):
    frames = build_frames(FIXTURES / "raw")
    series = frames["summit_series"].set_index("series_id")["kind"].to_dict()
    assert series == {"brics.group": "group", "china_india.informal": "informal",
                      "european-union_india.regular": "regular", "india_japan.regular": "regular"}


# --- the checks catch what they promise -------------------------------------------------------

def _more_mentions(tables):
    tables["summit_events"]["mentions"] += 1


def _no_conflict_notes(tables):
    tables["summit_events"]["conflict"] = None


def _wrong_document_count(tables):
    tables["summit_series"]["documents"] = 9


@pytest.mark.parametrize("damage, check", [
    (_more_mentions, "equals its documents ("),
    (_no_conflict_notes, "names exactly the fields that differ"),
    (_wrong_document_count, "equals its documents rows"),
])
def test_corpus_checks_fail_on_damaged_tables(corpus, damage, check):
    tables = {name: df.copy() for name, df in corpus.items()}
    damage(tables)
    failures = check_corpus(tables)
    assert failures["check"].str.startswith(check).any(), failures


def test_an_event_nobody_states_fails(corpus):
    tables = {name: df.copy() for name, df in corpus.items()}
    tables["summits"] = tables["summits"][tables["summits"]["year"] != 2019]
    failures = check_corpus(tables)
    assert failures[failures["check"] == "stated by a summits row"]["index"].tolist() == [f"{RUSSIA}.2019"]


def test_dagster_shows_the_corpus_stage_after_the_tables():
    import dagster as dg

    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    for name in ("summit_series", "summit_events"):
        node = graph.get(dg.AssetKey(name))
        assert node.group_name == "corpus"
        assert {k.path[-1] for k in node.parent_keys} == {"documents", "parties", "summits"}


def test_a_failing_corpus_check_blocks_the_release(raw_dir, tmp_path, monkeypatch):
    import importlib

    from tests.test_release_pipeline import run_job

    corpus_asset = importlib.import_module("pipeline.assets.corpus")
    real_build = corpus_asset.build_corpus

    def miscounted(frames, *memo):
        built = real_build(frames, *memo)
        built["summit_events"]["mentions"] += 1
        return built

    monkeypatch.setattr(corpus_asset, "build_corpus", miscounted)
    out = tmp_path / "outputs"
    result = run_job(raw_dir, out)
    failed = [(c.asset_key.path[-1], c.check_name) for c in result.get_asset_check_evaluations() if not c.passed]
    assert failed == [("summit_events", "relations")]
    assert not (out / "1.0.0").exists()
