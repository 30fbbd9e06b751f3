"""The CI staleness check: passes on a release built from the same raw files, fails clearly
when a raw document changed or a top-level file was edited."""

from __future__ import annotations

import shutil

from pipeline.cli import main
from pipeline.release.check import _differences, check


def test_check_passes_then_catches_a_stale_release(raw_dir, tmp_path, capsys):
    out = tmp_path / "outputs"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out), "--cache", str(tmp_path / "cache")]) == 0
    assert check(raw_dir, out) is None

    edited = tmp_path / "edited"
    shutil.copytree(out, edited)
    (edited / "CHANGELOG.md").write_text("# edited by hand\n", encoding="utf-8")
    (edited / "latest" / "README.md").unlink()
    assert _differences(out, edited) == ["CHANGELOG.md", "latest/README.md"]

    document = next(raw_dir.glob("*.txt"))
    document.write_text(document.read_text(encoding="utf-8") + "\n\n2024: कज़ान में सम्मेलन हुआ।\n", encoding="utf-8")
    problem = check(raw_dir, out)
    assert problem and "now builds a new release (published 1.1.0 (minor)" in problem
    assert "python -m pipeline release" in problem
