"""sammelan: Hindi documents about summit series in, versioned open data out.

The flow follows the folders: `ingest` (raw files) -> `parse` (pure text parsing) ->
`tables` (DataFrames) -> `validate` -> `release` (data package), with `assets` as the thin
Dagster layer over them and `definitions` as the code location.
"""
