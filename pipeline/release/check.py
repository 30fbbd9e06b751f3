"""CI check: is the release committed under `outputs/` what `raw/` builds today?

`python -m pipeline.release.check [--raw raw] [--out outputs]` copies `outputs/` into a
temporary folder, runs `python -m pipeline release` there and fails (exit 1, one short
message) when that run publishes a new release or changes any top-level file
(`catalog.json`, `CHANGELOG.md`, `latest/`). `created` plays no part: a run whose content
equals the latest release publishes nothing, so a fresh checkout always passes.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.release.files import TEMP_PREFIX
from pipeline.release.lock import LOCK_NAME
from pipeline.release.verified import CACHE_NAME

FIX = "Run `python -m pipeline release` and commit outputs/."


def _differences(a: Path, b: Path, prefix: str = "") -> list[str]:
    """Paths that differ between two folders (added, removed or with other bytes)."""
    cmp = filecmp.dircmp(a, b, ignore=[LOCK_NAME, CACHE_NAME])
    found = [f"{prefix}{n}" for n in cmp.left_only + cmp.right_only if not n.startswith(TEMP_PREFIX)]
    found += [f"{prefix}{n}" for n in cmp.common_files if not filecmp.cmp(a / n, b / n, shallow=False)]
    for sub in cmp.common_dirs:
        found += _differences(a / sub, b / sub, f"{prefix}{sub}/")
    return sorted(found)


def check(raw: Path, out: Path) -> str | None:
    """None when `out` is up to date with `raw`, else why not (one line or a few)."""
    if not out.is_dir():
        return f"{out} does not exist: no release is committed. {FIX}"
    with tempfile.TemporaryDirectory(prefix="sammelan-check-") as tmp:
        copy = Path(tmp) / "outputs"
        shutil.copytree(out, copy, ignore=shutil.ignore_patterns(LOCK_NAME, CACHE_NAME, f"{TEMP_PREFIX}*"))
        run = subprocess.run(
            [sys.executable, "-m", "pipeline", "release", "--raw", str(raw), "--out", str(copy),
             "--cache", str(Path(tmp) / "cache")],
            capture_output=True, text=True,
        )
        if run.returncode != 0:
            return f"the release could not be rebuilt from {raw}:\n{run.stderr.strip()[-2000:]}"
        published = [line for line in run.stderr.splitlines() if line.startswith("published ")]
        if published:
            return f"{out} is stale: {raw} now builds a new release ({published[-1]}). {FIX}"
        differing = _differences(out, copy)
        if differing:
            return f"{out} is stale: rebuilding changes {', '.join(differing[:10])}. {FIX}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.release.check", description=__doc__.splitlines()[0])
    parser.add_argument("--raw", default="raw", help="folder of raw documents (default: raw)")
    parser.add_argument("--out", default="outputs", help="folder of committed releases (default: outputs)")
    args = parser.parse_args(argv)
    problem = check(Path(args.raw).resolve(), Path(args.out).resolve())
    if problem:
        print(f"release check failed: {problem}", file=sys.stderr)
        return 1
    print(f"release check: {args.out} is up to date with {args.raw}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
