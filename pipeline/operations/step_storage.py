"""Where a CLI run keeps step outputs: files of one run, loaded when a step runs, then dropped.

`execute_in_process` would otherwise keep every step's output in memory until the run ends
(Dagster's in-memory IO manager): the parse chunks' frames, every table, the corpus tables,
all at once, while the release step builds its own copies on top. `RunFolderIOManager`
pickles each output into `<base_dir>/<run id>/<step>/<output>[/<mapping key>]` and loads it
for the step that takes it as input, so a step holds only its own inputs and outputs.
`run_folder_io_manager` removes the run's files when the run is over: they are hand-overs, not a cache.

Pickle, not Parquet: step outputs are frames with exact pandas dtypes and small dataclasses
(batches, plans, the publish result), and pickle gives them back exactly, frames at about
the speed of the disk.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg


class RunFolderIOManager(dg.IOManager):
    """Step outputs as pickle files under `base_dir`, one folder per run."""

    def __init__(self, base_dir: Path):
        self.base_dir = Path(base_dir)

    def _path(self, identifier) -> Path:
        return self.base_dir.joinpath(*identifier)

    def handle_output(self, context: dg.OutputContext, obj) -> None:
        path = self._path(context.get_identifier())
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def load_input(self, context: dg.InputContext):
        with self._path(context.upstream_output.get_identifier()).open("rb") as handle:
            return pickle.load(handle)


@contextmanager
def run_folder_io_manager(parent: Path) -> Iterator[dg.IOManagerDefinition]:
    """An IO manager keeping one run's step outputs in a fresh folder under `parent`,
    removed with everything in it when the block ends."""
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="steps-", dir=parent))
    try:
        yield dg.IOManagerDefinition.hardcoded_io_manager(RunFolderIOManager(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
