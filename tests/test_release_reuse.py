"""Files of tables unchanged since the previous release are that release's files, and the
release is byte for byte what rendering every file again gives."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pipeline.release.publish as publish_module
from pipeline.release.datapackage import csv_path, json_path
from pipeline.release.fingerprint import fingerprint_document, raw_hashes
from pipeline.release.publish import publish
from release_support import build_frames, check_outputs, revised_raw, tree_digest
from schemas.tables import TABLES
from tests.conftest import SEED


def _publish(raw: Path, out: Path):
    return publish(build_frames(raw), out, fingerprint=fingerprint_document(raw_hashes(raw)))


def test_unchanged_tables_are_linked_and_the_release_equals_a_full_render(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    warm = tmp_path / "warm"
    assert _publish(raw_dir, warm).version == "1.0.0"
    cold = tmp_path / "cold"
    shutil.copytree(warm, cold)
    revised = revised_raw(SEED, tmp_path / "revised")

    result = _publish(revised, warm)
    assert result.version == "1.1.0"
    linked = [t.name for t in TABLES if os.path.samefile(warm / "1.0.0" / csv_path(t), warm / "1.1.0" / csv_path(t))]
    assert linked and "summits" not in linked, linked  # the new summit changed `summits`, not every table
    assert all(os.path.samefile(warm / "1.0.0" / json_path(t), warm / "1.1.0" / json_path(t))
               for t in TABLES if t.name in linked)

    monkeypatch.setattr(publish_module, "reusable_files", lambda previous, inputs: False)
    assert _publish(revised, cold).version == "1.1.0"
    assert not any(os.path.samefile(cold / "1.0.0" / csv_path(t), cold / "1.1.0" / csv_path(t)) for t in TABLES)
    assert tree_digest(warm / "1.1.0") == tree_digest(cold / "1.1.0")
    assert check_outputs(warm) == ["1.0.0", "1.1.0"]


def test_files_are_rendered_again_when_the_release_format_changed(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    out = tmp_path / "outputs"
    _publish(raw_dir, out)
    monkeypatch.setitem(publish_module.INPUTS, "release_format", lambda: "another")
    _publish(revised_raw(SEED, tmp_path / "revised"), out)
    assert not any(os.path.samefile(out / "1.0.0" / csv_path(t), out / "1.1.0" / csv_path(t)) for t in TABLES)


def test_latest_keeps_its_own_unchanged_files_and_copies_the_others(raw_dir, tmp_path, monkeypatch):
    from pipeline.release.catalog import _update_latest
    from pipeline.release.verified import VerifiedFiles

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    out = tmp_path / "outputs"
    _publish(raw_dir, out)
    latest = out / "latest"
    kept, aliased = latest / "data" / "parties.csv", latest / "data" / "timeline.csv"
    kept_inode = kept.stat().st_ino
    aliased.unlink()
    os.link(out / "1.0.0" / "data" / "timeline.csv", aliased)  # same bytes, but the release's own file
    _publish(revised_raw(SEED, tmp_path / "revised"), out)
    assert os.path.samefile(out / "1.0.0" / "data" / "parties.csv", out / "1.1.0" / "data" / "parties.csv")
    assert kept.stat().st_ino == kept_inode  # the same bytes as before: latest's own file moved over
    assert (latest / "data" / "summits.csv").read_bytes() == (out / "1.1.0" / "data" / "summits.csv").read_bytes()
    # a copy: no file of latest/ is a link to a release's (or to anything else)
    assert all(p.stat().st_nlink == 1 for p in latest.rglob("*") if p.is_file())
    assert tree_digest(latest) == tree_digest(out / "1.1.0")

    kept.write_bytes(kept.read_bytes() + b"edited\n")  # not the release's bytes: copied, not kept
    objectives = (latest / "data" / "objectives.csv").stat().st_ino
    assert _update_latest(out, "1.0.0", VerifiedFiles(out))
    assert kept.read_bytes() == (out / "1.0.0" / "data" / "parties.csv").read_bytes()
    assert (latest / "data" / "objectives.csv").stat().st_ino == objectives
    assert tree_digest(latest) == tree_digest(out / "1.0.0")


def _leftovers(out: Path) -> list[str]:
    from pipeline.release.files import TEMP_PREFIX

    return sorted(p.name for p in out.glob(f"{TEMP_PREFIX}*"))


def test_latest_is_copied_while_the_release_is_validated(raw_dir, tmp_path, monkeypatch):
    import threading

    import pipeline.release.catalog as catalog

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    copied_on, real = [], shutil.copytree

    def recording(*args, **kwargs):
        copied_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(catalog.shutil, "copytree", recording)
    out = tmp_path / "outputs"
    _publish(raw_dir, out)
    _publish(revised_raw(SEED, tmp_path / "revised"), out)
    assert copied_on and set(copied_on) == {"sammelan-latest"}  # never copied again after the rename
    assert tree_digest(out / "latest") == tree_digest(out / "1.1.0")
    assert all(p.stat().st_nlink == 1 for p in (out / "latest").rglob("*") if p.is_file())
    assert _leftovers(out) == []


def test_latest_is_copied_after_the_rename_when_the_early_copy_failed(raw_dir, tmp_path, monkeypatch):
    import threading

    import pipeline.release.catalog as catalog

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    real = shutil.copytree

    def failing_on_the_thread(*args, **kwargs):
        if threading.current_thread().name == "sammelan-latest":
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(catalog.shutil, "copytree", failing_on_the_thread)
    out = tmp_path / "outputs"
    _publish(raw_dir, out)
    assert tree_digest(out / "latest") == tree_digest(out / "1.0.0")
    assert _leftovers(out) == []


def test_a_refused_release_leaves_no_copy_of_itself(raw_dir, tmp_path, monkeypatch):
    import pytest

    from pipeline.release.build import PackageInvalid

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    out = tmp_path / "outputs"
    _publish(raw_dir, out)
    before = tree_digest(out / "latest")

    def refuse(*args, **kwargs):
        raise PackageInvalid("refused")

    monkeypatch.setattr(publish_module, "validate_package", refuse)
    with pytest.raises(PackageInvalid):
        _publish(revised_raw(SEED, tmp_path / "revised"), out)
    assert not (out / "1.1.0").exists()
    assert tree_digest(out / "latest") == before
    assert _leftovers(out) == []
