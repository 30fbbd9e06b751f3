"""Versions from the diff: publish twice, revise a document, correct a value, rename a column,
and the finer rules (removed rows, constraints, descriptive metadata) on the diff itself."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.release.build import documents_of
from pipeline.release.datapackage import descriptor
from pipeline.release.diff import Level, diff_release
from pipeline.release.files import csv_text
from pipeline.release.publish import publish
from release_support import build_frames, check_outputs, revised_raw, tree_digest
from schemas.model import Table
from schemas.tables import TABLES, TABLES_BY_NAME
from schemas.contract import CONTRACT_NOTES

@pytest.fixture(scope="module")
def seed_frames(tmp_path_factory) -> dict[str, pd.DataFrame]:
    from conftest import SEED

    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SEED, raw / SEED.name)
    return build_frames(raw)


@pytest.fixture(scope="module")
def base(tmp_path_factory, seed_frames) -> Path:
    """outputs/ holding release 1.0.0 of the seed document (read-only for the tests)."""
    out = tmp_path_factory.mktemp("base") / "outputs"
    assert publish(seed_frames, out).version == "1.0.0"
    return out


@pytest.fixture
def out(base, tmp_path) -> Path:
    """A writable copy of `base`."""
    copy = tmp_path / "outputs"
    shutil.copytree(base, copy)
    return copy


def copy_frames(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {name: df.copy() for name, df in frames.items()}


def changes_of(release: Path) -> dict:
    return json.loads((release / "changes.json").read_text(encoding="utf-8"))


def keys(entries: list[dict]) -> list[str]:
    return [next(iter(e["key"].values())) for e in entries]


# --- the scenarios, published end to end ---------------------------------------


def test_publishing_the_same_content_twice_makes_one_release(out, seed_frames):
    before = tree_digest(out)
    result = publish(copy_frames(seed_frames), out)
    assert (result.changed, result.version, result.path) == (False, "1.0.0", out / "1.0.0")
    assert tree_digest(out) == before
    assert check_outputs(out) == ["1.0.0"]


def test_revised_document_is_a_minor_release_listing_the_added_rows(out, tmp_path):
    from conftest import SEED

    raw = revised_raw(SEED, tmp_path / "raw")
    first = tree_digest(out / "1.0.0")

    result = publish(build_frames(raw), out)

    assert (result.version, result.level) == ("1.1.0", "minor")
    assert check_outputs(out) == ["1.0.0", "1.1.0"]
    assert tree_digest(out / "1.0.0") == first, "an old release was modified"
    changes = changes_of(out / "1.1.0")
    assert changes["previous_version"] == "1.0.0" and changes["level"] == "minor"
    summits = changes["tables"]["summits"]
    assert keys(summits["added"]) == ["000_e9ce27afdd3d7ab4.summit.2024"]
    assert summits["added"][0]["name"] == {"hi": "कज़ान", "en": "Kazan", "romanized": "kazān"}
    assert (summits["rows_before"], summits["rows"]) == (4, 5)
    assert not summits["removed"]
    entry = (out / "1.1.0" / "CHANGES.md").read_text(encoding="utf-8")
    assert "## 1.1.0" in entry and "**MINOR**" in entry
    assert "Why the contract changed" not in entry, "new rows do not change the contract"
    assert "`000_e9ce27afdd3d7ab4.summit.2024` — कज़ान (Kazan)" in entry

    catalog = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    assert catalog["latest"] == "1.1.0"
    assert [r["version"] for r in catalog["releases"]] == ["1.1.0", "1.0.0"]
    assert catalog["releases"][0]["row_counts"]["summits"] == 5
    assert catalog["releases"][0]["content_sha256"] != catalog["releases"][1]["content_sha256"]
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 1.1.0") < changelog.index("## 1.0.0")
    assert tree_digest(out / "latest") == tree_digest(out / "1.1.0")


def test_corrected_value_is_a_patch_release_with_old_and_new_values(out, seed_frames):
    frames = copy_frames(seed_frames)
    summits = frames["summits"]
    row = summits.index[summits["year"] == 2014][0]
    old = summits.loc[row, "description"]
    summits.loc[row, "description"] = old.replace("सहमति बनी", "सहमति हुई")

    result = publish(frames, out)

    assert (result.version, result.level) == ("1.0.1", "patch")
    changed = changes_of(out / "1.0.1")["tables"]["summits"]["changed"]
    assert keys(changed) == ["000_e9ce27afdd3d7ab4.summit.2014"]
    assert changed[0]["fields"] == {"description": {"old": old, "new": old.replace("सहमति बनी", "सहमति हुई")}}
    assert changed[0]["name"]["en"] == "Moscow"
    assert "मॉस्को (Moscow)" in (out / "1.0.1" / "CHANGES.md").read_text(encoding="utf-8")
    assert check_outputs(out) == ["1.0.0", "1.0.1"]


def with_field(declarations: tuple[Table, ...], table: str, field: str, **changes) -> tuple[Table, ...]:
    """The declarations with one field of one table changed (a schema edit, no second list)."""
    def edit(t: Table) -> Table:
        if t.name != table:
            return t
        fields = tuple(dataclasses.replace(f, **changes) if f.name == field else f for f in t.fields)
        return dataclasses.replace(t, fields=fields)

    return tuple(edit(t) for t in declarations)


def test_renamed_column_is_a_major_release(out, seed_frames):
    declarations = with_field(TABLES, "summits", "mode", name="meeting_mode")
    frames = copy_frames(seed_frames)
    frames["summits"] = frames["summits"].rename(columns={"mode": "meeting_mode"})

    result = publish(frames, out, declarations=declarations)

    assert (result.version, result.level) == ("2.0.0", "major")
    changes = changes_of(out / "2.0.0")
    assert {"level": "major", "change": "summits: field `mode` renamed to `meeting_mode`", "contract": True} in changes["reasons"]
    assert not changes["tables"]["summits"]["changed"], "same values under a new name are not corrections"
    entry = (out / "2.0.0" / "CHANGES.md").read_text(encoding="utf-8")
    assert "### Why the contract changed" in entry and CONTRACT_NOTES[0].splitlines()[0] in entry
    package = json.loads((out / "2.0.0" / "datapackage.json").read_text(encoding="utf-8"))
    summits = next(r for r in package["resources"] if r["name"] == "summits")
    assert "meeting_mode" in [f["name"] for f in summits["schema"]["fields"]]
    assert check_outputs(out) == ["1.0.0", "2.0.0"]


# --- the rules, on the diff alone --------------------------------------------------------


def level_of(base: Path, frames: dict[str, pd.DataFrame], declarations: tuple[Table, ...] = TABLES):
    package = descriptor(  # as publish builds it: with the previous version's file names
        version="1.0.0", created="", documents=documents_of(frames),
        row_counts={t.name: len(frames[t.name]) for t in declarations}, declarations=declarations,
    )
    texts = {t.name: csv_text(frames[t.name]) for t in declarations}
    diff = diff_release(base / "1.0.0", package, texts, declarations)
    return diff.level, [r.text for r in diff.reasons]


def test_same_content_is_no_change(base, seed_frames):
    assert level_of(base, seed_frames) == (Level.NONE, [])


def test_removing_a_document_removes_referenced_rows_major(base, seed_frames):
    frames = {name: df.iloc[0:0] for name, df in seed_frames.items()}
    level, reasons = level_of(base, frames)
    assert level == Level.MAJOR
    assert "documents: 1 row removed that other rows referenced" in reasons


def test_removing_a_row_nothing_references_is_minor(base, seed_frames):
    frames = copy_frames(seed_frames)
    frames["timeline"] = frames["timeline"].iloc[1:]
    assert level_of(base, frames) == (Level.MINOR, ["timeline: 1 row removed that nothing referenced"])


def test_removing_a_summit_its_topics_point_at_is_major(base, seed_frames):
    frames = copy_frames(seed_frames)
    referenced = set(frames["summit_topics"]["summit_id"])
    summits = frames["summits"]
    frames["summits"] = summits[~summits["summit_id"].isin([sorted(referenced)[0]])]
    assert level_of(base, frames)[0] == Level.MAJOR


@pytest.mark.parametrize(
    ("field", "changes", "level"),
    [
        ("year", {"maximum": 2050}, Level.MAJOR),  # tightened
        ("year", {"maximum": 2200}, Level.MINOR),  # loosened
        ("year", {"minimum": None}, Level.MINOR),
        ("mode", {"enum": ("in_person", "virtual")}, Level.MAJOR),
        ("mode", {"enum": ("in_person", "virtual", "unknown", "hybrid")}, Level.MINOR),
        ("city", {"required": True}, Level.MAJOR),
        ("description", {"pattern": r"^\S.*$"}, Level.MAJOR),
        ("edition", {"type": "string", "minimum": None}, Level.MAJOR),  # retyped
        ("description", {"description": "Reworded."}, Level.PATCH),
        ("description", {"derivation": "Reworded in the dictionary only."}, Level.PATCH),
    ],
)
def test_schema_rules(base, seed_frames, field, changes, level):
    assert level_of(base, seed_frames, with_field(TABLES, "summits", field, **changes))[0] == level


def test_added_and_reordered_fields_are_major(base, seed_frames):
    summits = TABLES_BY_NAME["summits"]
    extra = dataclasses.replace(summits.field("mode"), name="host", required=False, missing="Not stated.")
    added = tuple(dataclasses.replace(t, fields=(*t.fields, extra)) if t is summits else t for t in TABLES)
    frames = copy_frames(seed_frames)
    frames["summits"] = frames["summits"].assign(host=None)
    assert level_of(base, frames, added) == (Level.MAJOR, ["summits: field `host` added"])

    swapped = list(summits.fields)
    i, j = summits.field_names.index("year"), summits.field_names.index("date")
    swapped[i], swapped[j] = swapped[j], swapped[i]
    reordered = tuple(dataclasses.replace(t, fields=tuple(swapped)) if t is summits else t for t in TABLES)
    frames = copy_frames(seed_frames)
    frames["summits"] = frames["summits"][[f.name for f in swapped]]
    assert level_of(base, frames, reordered) == (Level.MAJOR, ["summits: fields re-ordered"])


def test_first_release_counts_rows_without_listing_them(base):
    changes = changes_of(base / "1.0.0")
    summits = changes["tables"]["summits"]
    assert summits["counts"] == {"added": summits["rows"], "removed": 0, "changed": 0} and summits["rows"] == 4
    assert summits["added"] == [] and summits["truncated"] is True
    assert "| `summits` | 4 |" in (base / "1.0.0" / "CHANGES.md").read_text(encoding="utf-8")


def test_large_change_sets_list_only_the_first_rows(base, seed_frames, monkeypatch):
    from pipeline.release import diff as diff_module

    monkeypatch.setattr(diff_module, "MAX_LISTED_ROWS", 1)
    frames = copy_frames(seed_frames)
    frames["summits"] = frames["summits"].iloc[0:1]  # three summits removed; their topics point at them
    package = descriptor(version="1.0.0", created="", documents=documents_of(frames),
                         row_counts={t.name: len(frames[t.name]) for t in TABLES})
    texts = {t.name: csv_text(frames[t.name]) for t in TABLES}
    diff = diff_release(base / "1.0.0", package, texts, TABLES)
    summits = diff.tables["summits"].document()
    assert summits["counts"]["removed"] == 3 and len(summits["removed"]) == 1 and summits["truncated"] is True
    assert "summits: 3 rows removed that other rows referenced" in [r.text for r in diff.reasons]
    assert "truncated" not in diff.tables["documents"].document()


def test_declaring_the_default_csv_dialect_is_a_patch_and_another_dialect_is_major():
    from pipeline.release.diff import Level, _package_reasons

    old = {"resources": [{"name": "t", "type": "table", "path": "data/t.csv", "format": "csv"}]}
    declared = {"resources": [{**old["resources"][0], "dialect": {"delimiter": ",", "header": True}}]}
    [reason] = _package_reasons(old, declared)
    assert reason.level == Level.PATCH and "dialect declared" in reason.text
    semicolon = {"resources": [{**old["resources"][0], "dialect": {"delimiter": ";"}}]}
    [reason] = _package_reasons(old, semicolon)
    assert reason.level == Level.MAJOR
