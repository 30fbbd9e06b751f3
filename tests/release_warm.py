"""Preloaded by the kill tests' forkserver: one publish into a temporary folder, so every
process forked from the server starts with frictionless's caches warm (about 1 s less each).

The warm-up publish does not render the page's charts: vl-convert's engine runs threads,
which a forked child does not get, so a child would wait forever on an engine started here.
Each child starts its own on first use."""

import tempfile
from pathlib import Path

from pipeline.release.formats import page
from pipeline.release.publish import publish
from release_support import ROOT, build_frames

_render_svg, _render_svgs = page.render_svg, page.render_svgs
page.render_svg = lambda spec: "<svg></svg>"
page.render_svgs = lambda specs: ["<svg></svg>"] * len(specs)
try:
    with tempfile.TemporaryDirectory() as tmp:
        publish(build_frames(ROOT / "raw"), Path(tmp) / "outputs")
finally:
    page.render_svg, page.render_svgs = _render_svg, _render_svgs
