"""The outputs folder belongs to sammelan; nothing else in it is ever deleted or overwritten.

- `claim`: before anything is written, the folder must be new, empty, marked with
  `MARKER` (`.sammelan-outputs`), or an unmarked sammelan folder from before the marker
  (its `catalog.json` is sammelan's); then it is marked. Any other non-empty folder is
  refused with one line, and nothing is written.
- `foreign_files`: inside a marked folder the pipeline writes only its own names:
  `<version>/` folders (new ones, by rename; a file or link with such a name is foreign),
  `catalog.json`, `CHANGELOG.md`, `index.html`, `latest/`,
  `.lock`, `.sammelan-verified.json` (`pipeline.release.verified`) and marked temporary folders. A file of someone else's where the pipeline would
  write (a catalog or changelog it did not write, a stray file or link in `latest/`) stops
  the run before anything is changed. Other files in the folder are simply left alone.
- `remove_leftovers`: deletes only temporary folders that carry the marker (or are empty:
  killed before the marker was written).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

from pipeline.release.changelog import TITLE as CHANGELOG_TITLE
from pipeline.release.datapackage import PACKAGE_NAME
from pipeline.release.formats.page import GENERATOR_META
from pipeline.release.files import MARKER, TEMP_PREFIX, is_regular_file, write_marker
from pipeline.release.versioning import version_key

CATALOG = "catalog.json"
CHANGELOG = "CHANGELOG.md"
INDEX = "index.html"
LATEST = "latest"
SUMS = "SHA256SUMS"


class NotOwned(Exception):
    """The folder (or a file in it) is not sammelan's; nothing was written."""


def is_marked(out_dir: Path) -> bool:
    return is_regular_file(out_dir / MARKER)


def ownership_problem(out_dir: Path) -> str | None:
    """Why sammelan must not publish into `out_dir`, or None. Writes nothing."""
    if os.path.lexists(out_dir) and not out_dir.exists():
        return f"{out_dir} is a symbolic link to nothing: give an existing folder or a new path with --out"
    if not out_dir.exists():
        return None
    if not out_dir.is_dir():
        return f"{out_dir} is a file, not a folder: give a folder for the releases with --out"
    if is_marked(out_dir):
        return None
    if os.path.lexists(out_dir / MARKER):
        return (f"{out_dir / MARKER} is not a regular file: sammelan marks its folders with that file; "
                "remove whatever is there and run again")
    entries = sorted(p.name for p in out_dir.iterdir())
    if entries and not _written_before_the_marker(out_dir):
        shown = ", ".join(entries[:5]) + (", …" if len(entries) > 5 else "")
        return (f"{out_dir} is not empty ({shown}) and is not a sammelan outputs folder (no {MARKER}); "
                "nothing was written. Give a new or empty folder with --out, or move those files away")
    return None


def claim(out_dir: Path) -> None:
    """Make `out_dir` a marked sammelan outputs folder, or raise `NotOwned` (writing nothing)."""
    problem = ownership_problem(out_dir)
    if problem:
        raise NotOwned(problem)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_marker(out_dir)


def _written_before_the_marker(out_dir: Path) -> bool:
    """An outputs folder published before folders were marked: sammelan's catalog.json."""
    catalog = out_dir / CATALOG
    return is_regular_file(catalog) and _is_our_catalog(catalog)


def _is_our_catalog(path: Path) -> bool:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(value, dict) and value.get("name") == PACKAGE_NAME and isinstance(value.get("releases"), list)


def _is_our_changelog(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(CHANGELOG_TITLE.encode()) + 1) == CHANGELOG_TITLE.encode() + b"\n"
    except OSError:
        return False


def _is_our_index(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return GENERATOR_META.encode() in handle.read(4096)
    except OSError:
        return False


def release_file_names(out_dir: Path, versions: list[str]) -> set[str]:
    """Every path a release of `out_dir` holds: what `latest/` may contain."""
    names = {SUMS}
    for version in versions:
        sums = out_dir / version / SUMS
        if is_regular_file(sums):
            for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
                names.add(line.partition("  ")[2])
    return names


def foreign_files(out_dir: Path, versions: list[str]) -> list[str]:
    """Paths (relative to `out_dir`) that are not sammelan's but sit where it writes."""
    found = []
    for name, ours in ((CATALOG, _is_our_catalog), (CHANGELOG, _is_our_changelog), (INDEX, _is_our_index)):
        path = out_dir / name
        if os.path.lexists(path) and not (is_regular_file(path) and ours(path)):
            found.append(name)
    for path in out_dir.iterdir():
        if _is_version_name(path.name) and (path.is_symlink() or not path.is_dir()):
            found.append(path.name)  # where a release folder would be renamed to
    latest = out_dir / LATEST
    if os.path.lexists(latest):
        if latest.is_symlink() or not latest.is_dir():
            found.append(LATEST)
        else:
            allowed = release_file_names(out_dir, versions)
            for root, dirs, files in os.walk(latest):
                for name in sorted(dirs + files):
                    path = Path(root) / name
                    relative = path.relative_to(latest).as_posix()
                    mode = os.lstat(path).st_mode
                    if stat.S_ISDIR(mode):
                        continue
                    if not stat.S_ISREG(mode) or relative not in allowed:
                        found.append(f"{LATEST}/{relative}")
    return found


def _is_version_name(name: str) -> bool:
    try:
        version_key(name)
    except ValueError:
        return False
    return True


def refuse_foreign(out_dir: Path, versions: list[str]) -> None:
    found = foreign_files(out_dir, versions)
    if found:
        shown = ", ".join(found[:10]) + (f" and {len(found) - 10} more" if len(found) > 10 else "")
        raise NotOwned(
            f"{out_dir} holds files sammelan did not write where it writes: {shown}. Nothing was "
            "changed; move them out of the folder (sammelan rebuilds its own) and run again"
        )


def remove_leftovers(out_dir: Path) -> list[Path]:
    """Delete the temporary folders of killed runs: only marked (or empty) ones, never
    through a link. Only safe under the lock: then no other run can be writing them."""
    removed = []
    for path in sorted(out_dir.glob(f"{TEMP_PREFIX}*")):
        if path.is_symlink() or not path.is_dir():
            continue
        if is_regular_file(path / MARKER) or not any(path.iterdir()):
            shutil.rmtree(path)
            removed.append(path)
    return removed
