"""Where the pipeline reads and writes: one resource, set per deployment or per CLI call."""

from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class SammelanPaths(dg.ConfigurableResource):
    """Folders of one deployment. Relative paths are taken from the project root."""

    raw_dir: str = "raw"
    out_dir: str = "outputs"
    #: Empty: `.cache/sammelan` next to the outputs folder (never inside the installed package).
    cache_dir: str = ""

    def _resolve(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else PROJECT_ROOT / path

    @property
    def raw(self) -> Path:
        return self._resolve(self.raw_dir)

    @property
    def out(self) -> Path:
        return self._resolve(self.out_dir)

    @property
    def cache(self) -> Path:
        return self._resolve(self.cache_dir) if self.cache_dir else default_cache(self.out)


def default_cache(out: Path) -> Path:
    """`.cache/sammelan` in the folder that holds the outputs folder."""
    return out.parent / ".cache" / "sammelan"
