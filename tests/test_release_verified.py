"""Files unchanged since they were hashed are not hashed again; any edit still is
(`pipeline.release.verified`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipeline.release.verified as verified_module
from pipeline.release.publish import publish
from pipeline.release.verified import CACHE_NAME
from pipeline.release.verify import ReleaseDamaged, verify_outputs, verify_releases
from release_support import build_frames


@pytest.fixture
def published(raw_dir, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    out = tmp_path / "outputs"
    publish(build_frames(raw_dir), out)
    return out


@pytest.fixture
def hashed(monkeypatch) -> list[Path]:
    """Every file `VerifiedFiles` reads to hash it."""
    seen: list[Path] = []
    real = verified_module.sha256_file

    def counting(path: Path) -> str:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(verified_module, "sha256_file", counting)
    return seen


def test_a_published_release_is_not_hashed_again_by_the_next_run(published, hashed, monkeypatch):
    import pipeline.release.verify as verify_module

    def read_back(*args):
        raise AssertionError("the zip of a release this run published was read back")

    assert (published / CACHE_NAME).is_file()
    monkeypatch.setattr(verify_module, "_zip_problems", read_back)
    verify_releases(published)
    assert hashed == []


def test_sammelan_verify_hashes_every_file(published, hashed):
    assert verify_outputs(published).ok
    assert {p.relative_to(published).parts[0] for p in hashed} == {"1.0.0", "latest"}


def test_an_edit_that_keeps_size_and_mtime_is_still_found(published):
    summits = published / "1.0.0" / "data" / "summits.csv"
    data, stat = summits.read_bytes(), summits.stat()
    summits.write_bytes(data.replace(b"2", b"3", 1))
    os.utime(summits, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # mtime set back; ctime cannot be
    assert summits.stat().st_size == stat.st_size
    with pytest.raises(ReleaseDamaged, match="data/summits.csv altered"):
        verify_releases(published)


def test_a_damaged_cache_is_ignored(published, hashed):
    (published / CACHE_NAME).write_text("not json")
    verify_releases(published)
    assert hashed, "without a readable cache every file is hashed"
    hashed.clear()
    verify_releases(published)
    assert hashed == [], "and remembered again"
