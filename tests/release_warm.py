"""Preloaded by the kill tests' forkserver: one publish into a temporary folder, so every
process forked from the server starts with frictionless's caches warm (about 1 s less each)."""

import tempfile
from pathlib import Path

from pipeline.release.publish import publish
from release_support import ROOT, build_frames

with tempfile.TemporaryDirectory() as tmp:
    publish(build_frames(ROOT / "raw"), Path(tmp) / "outputs")
