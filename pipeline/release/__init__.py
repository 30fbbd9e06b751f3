"""Publishing: tables -> files -> validated, versioned data package in `outputs/`.

- `files`: byte-exact CSV/JSON serialization, atomic file replacement, fsync
- `datapackage`: the `datapackage.json` descriptor
- `readme`: the release README with the data dictionary
- `diff`: what changed since the latest release, and the version level that means
- `versioning`: released versions and the next one
- `changelog`: the human changelog entry generated from the diff
- `archive`: the deterministic zip of a release
- `build`: write a release folder, verify and frictionless-validate it
- `catalog`: `catalog.json`, `CHANGELOG.md` and `latest/` at the top of `outputs/`
- `escape`: document text made safe for spreadsheets and Markdown/HTML
- `ownership`: the outputs folder is sammelan's; foreign files are never touched
- `verify`: releases checked against their checksums before they are trusted; `sammelan verify`
- `lock`: one publishing run at a time
- `checkpoint`: named points where the kill tests stop a run
- `publish`: lock, compare, stage, validate, the atomic rename, the catalog
- `check`: the CI check that the committed release is what `raw/` builds
"""
