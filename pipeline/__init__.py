"""sammelan: Hindi documents about summit series in, versioned open data out.

The flow follows the folders: `ingest` (raw files) -> `parse` (pure text parsing) ->
`tables` (DataFrames) -> `validate` -> `release` (data package), with `assets` as the thin
Dagster layer over them and `definitions` as the code location.
"""

import os

# Arrow's allocator: the system's, unless the environment chose one. Arrow's default
# (mimalloc) keeps the memory of freed buffers for reuse; the release reads and renders one
# table after another, so their buffers are better given back (2,000 documents: peak of
# the whole run 549 -> 502 MB, same CPU). Read by pyarrow when it loads, hence here.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
