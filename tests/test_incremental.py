"""Incremental runs: unchanged input is recognised from the fingerprint alone, a run after a
change gives byte for byte the release a cold build gives, and parsing fans out as steps."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

import pipeline.release.fingerprint as fingerprint
from pipeline.assets.resources import SammelanPaths
from pipeline.cli import main
from pipeline.definitions import RELEASE_JOB, build_definitions
from pipeline.assets.parsed import parse_run_config
from pipeline.operations.execution import _multiprocess_release_job, local_run_config
from pipeline.release.ownership import claim
from release_support import SUMMIT_2024, tree_digest

EPOCH = "1767225600"


def run(raw: Path, out: Path, cache: Path, **parse_config) -> dg.ExecuteInProcessResult:
    paths = SammelanPaths(raw_dir=str(raw), out_dir=str(out), cache_dir=str(cache))
    job = build_definitions(paths).resolve_job_def(RELEASE_JOB)
    config = parse_run_config(**parse_config) if parse_config else None
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
                                    run_config=config)
    assert result.success
    return result


def copy_line(number: int) -> str:
    return f"\n\nप्रति {number}।\n"


@pytest.fixture
def corpus(raw_dir: Path) -> Path:
    """The seed plus three revised copies: four documents, each its own text (the reader
    rejects a text it has already seen as a duplicate)."""
    seed = next(raw_dir.iterdir())
    text = seed.read_text(encoding="utf-8")
    for i in range(1, 4):
        (raw_dir / f"00{i}_copy.txt").write_text(text + SUMMIT_2024 * (i % 2) + copy_line(i), encoding="utf-8")
    return raw_dir


def test_unchanged_input_is_recognised_without_building(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert not fingerprint.fingerprint_matches(corpus, out)
    run(corpus, out, tmp_path / "cache")
    assert fingerprint.fingerprint_matches(corpus, out)
    assert (out / "1.0.0" / fingerprint.FILE_NAME).is_file()
    assert fingerprint.FILE_NAME in (out / "1.0.0" / "SHA256SUMS").read_text(encoding="utf-8")

    second = run(corpus, out, tmp_path / "cache")  # the job skips everything after the raw stage
    assert [e.asset_key.path[-1] for e in second.get_asset_materialization_events()] == []

    sources = corpus / "sources.csv"  # the manifest shapes the release: part of the fingerprint
    sources.write_text("file,url\n001_copy.txt,https://example.org/1\n", encoding="utf-8")
    assert not fingerprint.fingerprint_matches(corpus, out)
    sources.unlink()
    assert fingerprint.fingerprint_matches(corpus, out)

    changes = out / "1.0.0" / "CHANGES.md"  # a tampered release is never trusted as unchanged
    original = changes.read_bytes()
    changes.write_bytes(original + b"edited\n")
    assert not fingerprint.fingerprint_matches(corpus, out)
    changes.write_bytes(original)

    monkeypatch.setitem(fingerprint.INPUTS, "gazetteer", lambda: "2")  # a new input: not unchanged
    assert not fingerprint.fingerprint_matches(corpus, out)
    monkeypatch.delitem(fingerprint.INPUTS, "gazetteer")
    (corpus / "001_copy.txt").write_text("changed", encoding="utf-8")
    assert not fingerprint.fingerprint_matches(corpus, out)


def test_cli_says_unchanged_without_dagster(corpus, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    assert main(["release", "--raw", str(corpus), "--out", str(out), "--cache", str(tmp_path / "c")]) == 0
    capsys.readouterr()
    import pipeline.operations.execution as execution

    monkeypatch.setattr(execution, "run_release", lambda *a, **k: pytest.fail("ran the job"))
    assert main(["release", "--raw", str(corpus), "--out", str(out), "--cache", str(tmp_path / "c")]) == 0
    captured = capsys.readouterr()
    assert "unchanged: latest release is 1.0.0" in captured.err and captured.out.strip() == str(out / "1.0.0")


def test_incremental_release_equals_a_cold_build(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    warm_out, warm_cache = tmp_path / "warm-out", tmp_path / "warm-cache"
    run(corpus, warm_out, warm_cache)
    # one revised, one removed, one added
    (corpus / "001_copy.txt").write_text((corpus / "001_copy.txt").read_text(encoding="utf-8") + SUMMIT_2024,
                                         encoding="utf-8")
    (corpus / "002_copy.txt").unlink()
    (corpus / "004_new.txt").write_text((corpus / "003_copy.txt").read_text(encoding="utf-8") + copy_line(4),
                                        encoding="utf-8")
    incremental = run(corpus, warm_out, warm_cache)
    parsed = {k: v.value for k, v in incremental.get_asset_materialization_events()[1].materialization.metadata.items()
              if hasattr(v, "value")}
    assert parsed["cache_misses"] == 2 and parsed["reused_rows_of"] == 2

    # the same two releases built cold: the first from the old input, then the new one without caches
    cold_out = tmp_path / "cold-out"
    claim(cold_out)  # an owned outputs folder holding only the first release
    shutil.copytree(warm_out / "1.0.0", cold_out / "1.0.0")
    run(corpus, cold_out, tmp_path / "cold-cache", use_cache=False)
    (version,) = [p.name for p in cold_out.iterdir() if p.name[0].isdigit() and p.name != "1.0.0"]
    assert tree_digest(warm_out / version) == tree_digest(cold_out / version)


def test_parsing_fans_out_as_steps_with_the_multiprocess_executor(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    paths = SammelanPaths(raw_dir=str(corpus), out_dir=str(tmp_path / "mp-out"), cache_dir=str(tmp_path / "mp-cache"))
    run_config = local_run_config("multiprocess", paths) | parse_run_config(chunk_size=2)
    (tmp_path / "dagster").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        with dg.execute_job(dg.reconstructable(_multiprocess_release_job), instance=instance,
                            run_config=run_config) as result:
            assert result.success
            chunk_steps = {e.step_key for e in result.all_events if e.is_step_success and "parse_chunk" in e.step_key}
            processes = {e.pid for e in result.all_events if e.is_step_start and e.step_key in chunk_steps}
    assert len(chunk_steps) == 2  # four documents, two per chunk, each chunk its own step
    assert len(processes) == 2  # ... in its own process
    run(corpus, tmp_path / "ip-out", tmp_path / "ip-cache")
    assert tree_digest(tmp_path / "mp-out" / "1.0.0") == tree_digest(tmp_path / "ip-out" / "1.0.0")
