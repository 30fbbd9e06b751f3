"""Schema checks across runs: rows validated before are not validated again, a changed row
is, and keys are checked on the whole table."""

from __future__ import annotations

import pipeline.tables.validate as validate
from release_support import build_frames


def test_only_rows_not_validated_before_are_validated(raw_dir, tmp_path, monkeypatch):
    frames = build_frames(raw_dir)
    cache = tmp_path / "cache"
    assert all(len(f) == 0 for f in validate.check_tables_incremental(frames, cache).values())

    checked: dict[str, int] = {}
    real = validate.check_row_rules

    def counting(table, df):
        checked[table.name] = len(df)
        return real(table, df)

    monkeypatch.setattr(validate, "check_row_rules", counting)
    validate.check_tables_incremental(frames, cache)
    assert checked == {}  # nothing new: Pandera does not run at all

    frames["summits"].loc[0, "year"] = 3018
    failures = validate.check_tables_incremental(frames, cache)
    assert checked == {"summits": 1}
    assert "3018" in set(failures["summits"]["failure_case"])


def test_keys_are_checked_on_the_whole_table(raw_dir, tmp_path):
    frames = build_frames(raw_dir)
    validate.check_tables_incremental(frames, tmp_path / "cache")
    parties = frames["parties"]
    frames["parties"] = parties.iloc[[0, 0, *range(1, len(parties))]].reset_index(drop=True)
    failures = validate.check_tables_incremental(frames, tmp_path / "cache")["parties"]
    assert "unique primary key" in set(failures["check"]) and len(failures) >= 2


def test_a_new_schema_forgets_what_was_validated(raw_dir, tmp_path, monkeypatch):
    frames = build_frames(raw_dir)
    validate.check_tables_incremental(frames, tmp_path / "cache")
    import pipeline.release.fingerprint as fingerprint

    monkeypatch.setattr(fingerprint, "schema_hash", lambda: "another")
    store = validate.ValidatedRows(tmp_path / "cache")
    assert store.unknown("summits", validate.row_hashes(frames["summits"])).all()
