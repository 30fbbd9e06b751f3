"""The command line (issue 12): the `sammelan` script and `python -m pipeline` are one program
with `release`, `evaluate`, `verify` and `--version`; progress comes through a small callback
interface and is shown only on a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from pipeline import progress
from pipeline.cli import build_parser, main
from tests.conftest import ROOT


def test_version_is_the_package_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"python -m pipeline {metadata.version('sammelan')}"


def test_the_console_script_is_declared_and_installed():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"sammelan": "pipeline.cli:script"}
    assert not any("<" in part for part in project["requires-python"].split(","))
    script = Path(sys.executable).with_name("sammelan")
    if not script.exists():
        pytest.skip("package not installed into this interpreter's environment")
    run = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == f"sammelan {metadata.version('sammelan')}"


def test_python_dash_m_and_the_script_offer_the_same_commands():
    for prog in ("sammelan", "python -m pipeline"):
        parser = build_parser(prog)
        commands = next(a for a in parser._actions if a.dest == "command").choices
        assert sorted(commands) == ["evaluate", "release", "verify"]
    run = subprocess.run([sys.executable, "-m", "pipeline", "release", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and "--strict" in run.stdout and "--verbose" in run.stdout


def test_progress_reports_every_stage_to_the_callback(raw_dir, tmp_path):
    seen: list[tuple[str, int, int | None]] = []
    with progress.showing(lambda stage, done, total: seen.append((stage, done, total))):
        assert main(["release", "--raw", str(raw_dir), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    stages = list(dict.fromkeys(stage for stage, _, _ in seen))
    assert stages == ["read documents", "parse documents", "build tables", "validate tables", "publish"]
    for stage in stages:
        last = [(done, total) for s, done, total in seen if s == stage][-1]
        assert last[0] == last[1], (stage, last)  # every stage reaches its total
    progress.report("nobody listens", 1, 1)  # outside `showing`: nothing happens


def test_no_progress_display_when_output_is_not_a_terminal(raw_dir, tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "release", "--raw", str(raw_dir), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "TERM": "xterm"},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(tmp_path / "out" / "1.0.0")
    assert run.stderr.strip().splitlines() == ["published 1.0.0 (initial): first release"]


def test_verify_on_intact_releases(raw_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["verify", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"verified 1 release(s) in {out} (1.0.0)")
    assert main(["verify", "--out", str(tmp_path / "missing")]) == 1
    assert "is not a folder of releases" in capsys.readouterr().err
