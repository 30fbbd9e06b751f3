"""Publishing: tables -> files -> validated, versioned data package in `outputs/`.

- `files`: byte-exact CSV/JSON serialization
- `datapackage`: the `datapackage.json` descriptor
- `readme`: the release README with the data dictionary
- `build`: write a release folder, verify and frictionless-validate it
- `versioning`: the next version from the latest release
- `publish`: staging and the atomic rename into `outputs/<version>/`
"""
