"""Named points of publishing where a test can kill the process, like `kill -9` would.

`checkpoint(name)` does nothing unless the environment variable `SAMMELAN_KILL_AT` equals
`name`; then the process sends itself SIGKILL: no `finally`, no clean-up, no flushing.
The kill tests run a publish once per point and check what is left behind.
"""

from __future__ import annotations

import os
import signal

KILL_ENV = "SAMMELAN_KILL_AT"

#: Every point, in the order a publishing run passes them.
POINTS = (
    "locked",             # the lock is held; nothing touched yet
    "staging_created",    # empty staging folder exists
    "data_written",       # data/, excel/ written
    "changes_written",    # changes.json, CHANGES.md written
    "package_written",    # datapackage.json, README.md, dictionary, SHA256SUMS written
    "zip_written",        # the zip and its SHA256SUMS line written
    "validated",          # frictionless and file checks passed
    "renamed",            # the release folder is in place (the commit point)
    "catalog_temp",       # a temporary catalog file is written, not yet renamed
    "catalog_written",    # catalog.json replaced
    "changelog_written",  # CHANGELOG.md replaced
    "latest_staged",      # the new latest/ copy is complete, not yet swapped in
    "latest_moved_away",  # the old latest/ renamed aside, the new one not yet in place
    "latest_swapped",     # latest/ is the new release; the old copy not yet removed
    "done",               # everything written, lock about to be released
)


def checkpoint(name: str) -> None:
    if name not in POINTS:
        raise ValueError(f"unknown checkpoint {name!r}")
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
