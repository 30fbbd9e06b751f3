"""Property test of issue 9: random raw folders (good, bad and hostile entries), random
pre-existing output folders, releases killed at random checkpoints, then one run to the end.

Whatever hypothesis draws, afterwards:
- every release in the folder matches its checksums (and its zip), the catalog lists exactly
  the releases, `latest/` is a copy of the newest;
- no file that was there before and is not sammelan's was changed, moved or deleted (a
  folder that is not sammelan's is not changed at all);
- every entry of the raw folder (but the manifest `sources.csv`) is either a published
  document or a row of `rejections` with a reason.

Runs go through forked processes (like `test_release_safety.py`), so a kill is a real SIGKILL.
Example counts are small: every example publishes several times.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.forkserver
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.ingest.reader import SOURCES_MANIFEST, display_name
from pipeline.release.catalog import latest_matches
from pipeline.release.checkpoint import POINTS
from pipeline.release.files import MARKER
from pipeline.release.verify import release_problems
from pipeline.release.versioning import released_versions
from release_support import publish_in_child
from tests.conftest import FIXTURES, SEED

EPOCH = "1767225600"
SUPPORT = Path(__file__).with_name("release_support.py")
SEED_TEXT = SEED.read_text(encoding="utf-8")

ENTRY_KINDS = (
    "good", "good", "duplicate", "empty", "binary", "cp1252", "no_structure", "upper_suffix", "markdown",
    "directory", "fifo", "dangling_link", "outside_link", "inside_link", "newline_name", "escape_name",
    "hidden", "spaced_name", "manifest",
)
OUTPUT_KINDS = ("none", "empty", "foreign", "owned_with_extras", "owned_latest_damaged")


@pytest.fixture(scope="module")
def forks():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["release_support", "release_warm"])
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(SUPPORT.parent), os.environ.get("PYTHONPATH")])))
        multiprocessing.forkserver.ensure_running()
    return context


def good_text(n: int) -> str:
    """The seed with one more summit: a distinct article per `n`."""
    return SEED_TEXT + f"\n\n{2030 + n}: कज़ान में आयोजित सम्मेलन में सहयोग पर सहमति बनी।\n"


def make_entry(raw: Path, outside: Path, index: int, kind: str) -> None:
    name = f"d{index:02d}"
    if kind == "good":
        (raw / f"{name}.txt").write_text(good_text(index), encoding="utf-8")
    elif kind == "duplicate":
        (raw / f"{name}.txt").write_text(SEED_TEXT, encoding="utf-8")
        (raw / f"{name}b.txt").write_bytes(b"\xef\xbb\xbf" + SEED_TEXT.replace("\n", "\r\n").encode())
    elif kind == "empty":
        (raw / f"{name}.txt").write_bytes(b"")
    elif kind == "binary":
        (raw / f"{name}.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 4)
    elif kind == "cp1252":
        (raw / f"{name}.txt").write_bytes((FIXTURES / "raw" / "903_cp1252.txt").read_bytes())
    elif kind == "no_structure":
        (raw / f"{name}.txt").write_text("बस एक पंक्ति।\n", encoding="utf-8")
    elif kind == "upper_suffix":
        (raw / f"{name}.TXT").write_text(good_text(index), encoding="utf-8")
    elif kind == "markdown":
        (raw / f"{name}.md").write_text("# notes\n", encoding="utf-8")
    elif kind == "directory":
        (raw / f"{name}.txt").mkdir()
        (raw / f"{name}.txt" / "inner.txt").write_text(good_text(index), encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(raw / f"{name}.txt")
    elif kind == "dangling_link":
        (raw / f"{name}.txt").symlink_to(raw / "nowhere.txt")
    elif kind == "outside_link":
        target = outside / f"{name}.txt"
        target.write_text(good_text(100 + index), encoding="utf-8")
        (raw / f"{name}.txt").symlink_to(target)
    elif kind == "inside_link":
        (raw / f"{name}x.txt").write_text(good_text(200 + index), encoding="utf-8")
        (raw / f"{name}.txt").symlink_to(raw / f"{name}x.txt")
    elif kind == "newline_name":
        (raw / f"{name}\n.txt").write_text(good_text(300 + index), encoding="utf-8")
    elif kind == "escape_name":
        (raw / f"{name}\x1b[31m.txt").write_text(good_text(400 + index), encoding="utf-8")
    elif kind == "hidden":
        (raw / f".{name}.txt").write_text(good_text(500 + index), encoding="utf-8")
    elif kind == "spaced_name":
        (raw / f"भारत {name}.txt").write_text(good_text(600 + index), encoding="utf-8")
    elif kind == "manifest":
        (raw / SOURCES_MANIFEST).write_text("file,url\n", encoding="utf-8")


def foreign_snapshot(out: Path) -> dict[str, bytes]:
    """Files in `out` that sammelan did not write (what was planted there), by path."""
    if not out.exists():
        return {}
    found = {}
    for path in out.rglob("*"):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and ("foreign" in path.name or path.name in ("thesis.txt", ".tmp-keep.txt")):
            found[relative] = path.read_bytes()
    return found


def plant_output(out: Path, kind: str, forks, seed_raw: Path) -> None:
    if kind == "none":
        return
    out.mkdir()
    if kind == "foreign":
        (out / "latest").mkdir()
        (out / "latest" / "thesis.txt").write_text("three years of work")
        (out / ".tmp-keep.txt").write_text("keep")
        (out / "catalog.json").write_text('{"foreign": true}')
        (out / "foreign-notes.txt").write_text("mine")
        return
    if kind == "empty":
        return
    run(forks, seed_raw, out, None)  # an earlier release of sammelan
    (out / ".tmp-keep.txt").write_text("keep")
    (out / "foreign-notes.txt").write_text("mine")
    (out / ".sammelan-tmp-foreign").mkdir()
    (out / ".sammelan-tmp-foreign" / "foreign-draft.txt").write_text("draft")
    if kind == "owned_latest_damaged":
        (out / "latest" / "data" / "summits.csv").write_text("damaged")
        (out / "latest" / "README.md").unlink()


def run(forks, raw: Path, out: Path, kill_at: str | None) -> int:
    child = forks.Process(target=publish_in_child, args=(str(raw), str(out), kill_at, EPOCH))
    child.start()
    child.join(180)
    return child.exitcode


def published_and_rejected(release: Path) -> set[str]:
    documents = pd.read_csv(release / "data" / "documents.csv", dtype=str, keep_default_na=False)
    rejections = pd.read_csv(release / "data" / "rejections.csv", dtype=str, keep_default_na=False)
    assert (rejections["reason"] != "").all() and (rejections["detail"] != "").all()
    return set(documents["source_file"]) | set(rejections["source_file"])


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(
    entries=st.lists(st.sampled_from(ENTRY_KINDS), min_size=1, max_size=6),
    output=st.sampled_from(OUTPUT_KINDS),
    kills=st.lists(st.sampled_from(POINTS), max_size=2),
)
@example(entries=list(ENTRY_KINDS), output="owned_with_extras", kills=["renamed", "latest_moved_away"])
@example(entries=["good", "fifo"], output="foreign", kills=["locked"])
def test_random_folders_and_kills_never_lose_or_trust_anything(forks, entries, output, kills):
    with tempfile.TemporaryDirectory(prefix="sammelan-prop-") as tmp:
        root = Path(tmp)
        raw, outside, out, seed_raw = root / "raw", root / "outside", root / "outputs", root / "seed"
        for folder in (raw, outside, seed_raw):
            folder.mkdir()
        shutil.copy(SEED, seed_raw / SEED.name)
        (raw / SEED.name).write_text(SEED_TEXT, encoding="utf-8")  # at least one good document
        for index, kind in enumerate(entries):
            make_entry(raw, outside, index, kind)
        plant_output(out, output, forks, seed_raw)
        foreign = foreign_snapshot(out)
        outside_before = {p.name: p.read_bytes() for p in outside.iterdir()}
        whole_folder_before = {p.relative_to(out).as_posix(): p.read_bytes()
                               for p in out.rglob("*") if p.is_file()} if out.exists() else {}

        for point in kills:
            run(forks, raw, out, point)
        exit_code = run(forks, raw, out, None)

        assert foreign_snapshot(out) == foreign, "a file sammelan did not write was changed or removed"
        assert {p.name: p.read_bytes() for p in outside.iterdir()} == outside_before
        if output == "foreign":
            assert exit_code != 0
            assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()} \
                == whole_folder_before
            assert not (out / MARKER).exists()
            return
        assert exit_code == 0
        versions = released_versions(out)
        assert versions
        for version in versions:
            assert release_problems(out / version) == [], version
        catalog = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
        assert [r["version"] for r in catalog["releases"]] == versions[::-1]
        assert latest_matches(out, versions[-1])
        leftovers = {p.name for p in out.glob(".sammelan-tmp-*")}
        assert leftovers <= {".sammelan-tmp-foreign"}, leftovers  # planted, not sammelan's: it stays
        names = {display_name(e.name) for e in os.scandir(raw) if e.name != SOURCES_MANIFEST}
        assert published_and_rejected(out / versions[-1]) == names
