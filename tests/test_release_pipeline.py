"""End to end: the Dagster job from a raw folder to a frictionless-valid release."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import dagster as dg
import pandas as pd
from frictionless import validate

from pipeline.assets.resources import SammelanPaths
from pipeline.cli import main
from pipeline.definitions import RELEASE_JOB, build_definitions, defs


def run_job(raw: Path, out: Path) -> dg.ExecuteInProcessResult:
    paths = SammelanPaths(raw_dir=str(raw), out_dir=str(out), cache_dir=str(out.parent / "cache"))
    job = build_definitions(paths).resolve_job_def(RELEASE_JOB)
    return job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)


def test_definitions_load():
    assert defs.resolve_job_def(RELEASE_JOB) is not None
    assert defs.resolve_schedule_def("daily_release").execution_timezone == "Asia/Kolkata"


def test_release_is_valid_and_complete(raw_dir, tmp_path):
    out = tmp_path / "outputs"
    result = run_job(raw_dir, out)
    assert result.success
    release = out / "1.0.0"
    report = validate(str(release / "datapackage.json"))
    assert report.valid, report.flatten(["type", "message"])

    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == "1.0.0"
    assert package["licenses"][0]["name"] == "CC-BY-SA-4.0"
    assert package["sources"][0]["version"].startswith("sha256:")
    for resource in package["resources"]:
        assert resource["hash"].startswith("sha256:")
        assert (release / resource["path"]).is_file()
    summits = pd.read_csv(release / "data" / "summits.csv", keep_default_na=False)
    assert list(summits["year"]) == [2010, 2014, 2018, 2021]
    assert list(summits["city_en"]) == ["New Delhi", "Moscow", "New Delhi", ""]
    summits_json = json.loads((release / "data" / "summits.json").read_text(encoding="utf-8"))
    assert [s["city"] for s in summits_json] == ["नई दिल्ली", "मॉस्को", "नई दिल्ली", None]
    assert (release / "excel" / "summits.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    readme = (release / "README.md").read_text(encoding="utf-8")
    assert "`city_en`" in readme and "missing values" in readme

    checks = result.get_asset_check_evaluations()
    assert checks and all(c.passed for c in checks)
    tables = [r for r in package["resources"] if r.get("type") == "table" and r["format"] == "csv"]
    assert len(checks) == 2 * len(tables)


def test_failing_check_blocks_release(raw_dir, tmp_path, monkeypatch):
    tables_asset = importlib.import_module("pipeline.assets.tables")

    real_build = tables_asset.complete_document_tables

    def corrupt(*args):
        frames = real_build(*args)
        frames["summits"].loc[0, "year"] = 3018
        return frames

    monkeypatch.setattr(tables_asset, "complete_document_tables", corrupt)
    out = tmp_path / "outputs"
    result = run_job(raw_dir, out)
    failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
    assert [(c.asset_key.path[-1], c.check_name) for c in failed] == [("summits", "schema")]
    assert "3018" in failed[0].metadata["failure_cases"].value
    assert not (out / "1.0.0").exists()


def test_cli_release_and_unchanged(raw_dir, tmp_path, capsys):
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out / "1.0.0")
    assert main(["release", "--raw", str(raw_dir), "--out", str(out)]) == 0
    assert "unchanged" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "1.0.0", "CHANGELOG.md", "catalog.json", "index.html", "latest"
    ]


def test_cli_fails_clearly_when_every_document_is_rejected(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "latin1.txt: rejected (not_utf8)" in err
    assert not out.exists() or not any(out.iterdir())


def test_bad_file_does_not_stop_the_others(raw_dir, tmp_path):
    (raw_dir / "broken.txt").write_bytes(b"\xff\xfe\x00garbage")
    out = tmp_path / "outputs"
    assert run_job(raw_dir, out).success
    rejections = pd.read_csv(out / "1.0.0" / "data" / "rejections.csv")
    assert list(rejections["source_file"]) == ["broken.txt"]
    assert list(rejections["reason"]) == ["binary"]
    assert len(pd.read_csv(out / "1.0.0" / "data" / "summits.csv")) == 4


def test_same_input_gives_identical_files(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_job(raw_dir, first).success and run_job(raw_dir, second).success
    files = sorted(p.relative_to(first / "1.0.0") for p in (first / "1.0.0").rglob("*") if p.is_file())
    assert files
    for rel in files:
        assert (first / "1.0.0" / rel).read_bytes() == (second / "1.0.0" / rel).read_bytes(), rel
    shutil.rmtree(first)
