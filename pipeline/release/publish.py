"""Publishing a release into `outputs/`: compare, stage, validate, one atomic rename.

The folder must be sammelan's (`pipeline.release.ownership.claim`: new, empty or marked).
Under the release lock (`pipeline.release.lock`), a run:

1. removes what killed runs left behind (marked `.sammelan-tmp-*` folders), checks every
   release against its checksums (`pipeline.release.verify`: a damaged release stops the
   run, nothing is published), refuses foreign files where it writes, and repairs the
   top-level files;
2. compares the new tables and schemas with the latest release (`pipeline.release.diff`);
   no change: nothing is published and the result points at the latest release;
3. writes the release into a hidden staging folder inside `outputs/` (the database is built
   there from step 2 on, and thrown away when nothing changed; the database, the charts, the
   workbook and Parquet in a forked helper process, `pipeline.release.side_jobs`), validates
   it, flushes it to disk and renames it to `outputs/<version>/` (the commit point);
4. updates `catalog.json`, `CHANGELOG.md` and `latest/` (`pipeline.release.catalog`).

A kill at any moment leaves every published release complete (they only appear by
rename and are never opened for writing again) and the catalog valid; the next run
finishes what is missing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.release.archive import zip_name
from pipeline.release.build import SUMS, ContentCheck, documents_of, reusable_files, validate_package, write_release
from pipeline.release.catalog import LatestCopy, refresh
from pipeline.release.checkpoint import checkpoint
from pipeline.release.datapackage import PACKAGE_NAME, descriptor, sqlite_path
from pipeline.release.formats.sqlite import PreviousDatabase, previous_database
from pipeline.release.diff import Level, csv_sha256, diff_release
from pipeline.release.files import FileDigests, fsync_dir, fsync_tree, owned_temp_dir, sha256_file
from pipeline.release.fingerprint import INPUTS
from pipeline.release.helper import Helper
from pipeline.release.side_jobs import HelperDatabase, SqliteBuild, database_build
from pipeline.release.frames import CsvTexts, frame_digest, known_csv_hashes, recorded_digests
from pipeline.release.lock import release_lock
from pipeline.release.ownership import claim, refuse_foreign, remove_leftovers
from pipeline.release.verified import VerifiedFiles
from pipeline.release.verify import verify_releases
from pipeline.release.versioning import bump, latest_version, released_versions
from pipeline.progress import report
from schemas.model import Table
from schemas.tables import TABLES


#: Progress steps: checked the folder, compared, wrote the files, validated them, published.
STAGE, STEPS = "publish", 5
DATABASE_DIR = "database"  # in the staging folder, beside the release: the database being built, files deflated for the zip


@dataclass(frozen=True)
class PublishResult:
    version: str
    path: Path
    changed: bool  # False: the content equals the latest release; nothing was written
    level: str = "unchanged"  # initial, major, minor, patch or unchanged
    summary: str = ""  # why this level, one line (empty when unchanged)


def created_timestamp() -> str:
    """RFC 3339 UTC; SOURCE_DATE_EPOCH (reproducible builds) wins over the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def publish(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    *,
    declarations: tuple[Table, ...] = TABLES,
    lock_timeout: float | None = None,
    fingerprint: dict | None = None,
) -> PublishResult:
    """Publish `tables` (one DataFrame per declaration) as the next release in `out_dir`,
    or nothing when they equal the latest release. Raises `lock.ReleaseBusy` when another
    run holds the lock longer than `lock_timeout` seconds, `ownership.NotOwned` for a folder
    or file that is not sammelan's, `verify.ReleaseDamaged` for a release that no longer
    matches its checksums; in each case nothing is written. `fingerprint`: what the tables
    were built from (`pipeline.release.fingerprint`), recorded in the release."""
    claim(out_dir)
    with release_lock(out_dir, lock_timeout):
        checkpoint("locked")
        report(STAGE, 0, STEPS)
        remove_leftovers(out_dir)
        verify_releases(out_dir)
        refuse_foreign(out_dir, released_versions(out_dir))
        refresh(out_dir)
        report(STAGE, 1, STEPS)
        previous = latest_version(out_dir)
        base = out_dir / previous if previous else None
        reusable = reusable_files(base, _rendering_inputs())
        digests = {t.name: frame_digest(tables[t.name]) for t in declarations}
        staging = owned_temp_dir(out_dir, "release")  # marked: a killed run's leftover is ours to remove
        checkpoint("staging_created")
        (staging / DATABASE_DIR).mkdir()
        helper = Helper({"tables": tables})  # forked before any thread starts: a second core's share of the files
        # The database starts now, in the helper or on a thread, from the previous one where it can.
        database = database_build(helper, staging / DATABASE_DIR, tables, declarations,
                                  _previous_database(base, digests, declarations) if reusable else None)
        try:
            csv_texts = CsvTexts(tables, [t.name for t in declarations], known_csv_hashes(base, digests) if reusable else None)
            if fingerprint is not None:
                fingerprint = {**fingerprint, "frames": digests}
            row_counts = {t.name: len(tables[t.name]) for t in declarations}
            # Compared as if it kept the previous version, so that files named after the version
            # (the workbook, the database) do not count as moved.
            new_package = descriptor(
                version=previous or "", created="", documents=documents_of(tables), row_counts=row_counts,
                declarations=declarations,
            )
            diff = diff_release(base, new_package, csv_texts, declarations, row_counts)
            report(STAGE, 2, STEPS)
            if previous and diff.level == Level.NONE:
                database.wait()
                helper.close()
                shutil.rmtree(staging)
                report(STAGE, STEPS, STEPS)
                return PublishResult(previous, out_dir / previous, changed=False)
            version = bump(previous, diff.level)
            changes = diff.document(version)
            unchanged = _unchanged_tables(base, new_package, csv_texts) if reusable else frozenset()
            latest = []  # `latest/`'s next copy, staged while the release is validated
            target = _stage_and_rename(out_dir, staging, database, tables, version, changes, declarations, csv_texts,
                                        previous=base, fingerprint=fingerprint, unchanged=unchanged, reusable=reusable,
                                        helper=helper, latest=latest)
        except BaseException:
            helper.abort()
            database.wait()
            for copy in latest:
                copy.discard()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        try:
            refresh(out_dir, staged_latest=latest[0] if latest else None)
        finally:
            for copy in latest:
                copy.discard()  # used (then this removes nothing) or not
        report(STAGE, STEPS, STEPS)
        checkpoint("done")
    summary = "; ".join(r["change"] for r in changes["reasons"])
    return PublishResult(version, target, changed=True, level=changes["level"], summary=summary)


def _rendering_inputs() -> dict[str, str]:
    """What the files of a table are rendered by besides its rows (`fingerprint.INPUTS`)."""
    return {name: INPUTS[name]() for name in ("release_format", "schemas", "zlib")}


def _previous_database(previous: Path, digests: Mapping[str, str | None],
                       declarations: tuple[Table, ...]) -> PreviousDatabase | None:
    """The database of the (verified, reusable) release `previous`, to copy the tables
    whose frame digest it recorded from."""
    recorded = recorded_digests(previous)
    same = frozenset(name for name, digest in digests.items() if digest is not None and recorded.get(name) == digest)
    database = previous_database(previous / sqlite_path(previous.name), same, declarations)
    if database is None:
        return None
    archive = previous / zip_name(PACKAGE_NAME, previous.name)
    return dataclasses.replace(database, archive=archive, member=f"{archive.stem}/{sqlite_path(previous.name)}")


def _unchanged_tables(previous: Path, package: dict, csv_texts: Mapping[str, str]) -> frozenset[str]:
    """Tables whose CSV has the bytes, and whose schema the declaration, of the (verified)
    release `previous`: their files can be that release's."""
    old = {r["name"]: r for r in json.loads((previous / "datapackage.json").read_text(encoding="utf-8"))["resources"]}
    return frozenset(
        r["name"] for r in package["resources"]
        if r.get("type") == "table" and r["name"] in csv_texts and r["name"] in old
        and old[r["name"]].get("schema") == r["schema"]
        and old[r["name"]].get("hash") == f"sha256:{csv_sha256(csv_texts, r['name'])}"
    )


def _stage_and_rename(
    out_dir: Path,
    staging: Path,
    database: SqliteBuild | HelperDatabase,
    tables: dict[str, pd.DataFrame],
    version: str,
    changes: dict,
    declarations: tuple[Table, ...],
    csv_texts: Mapping[str, str],
    previous: Path | None = None,
    fingerprint: dict | None = None,
    unchanged: frozenset[str] = frozenset(),
    reusable: bool = False,
    helper: Helper | None = None,
    latest: list[LatestCopy] | None = None,
) -> Path:
    """Write the release into the marked folder `staging` (the database comes from `database`),
    validate it and rename it into place; the caller removes `staging` if this raises.
    `latest`: receives the copy of the release that `latest/` will become, staged on a
    thread while the release is validated (`catalog.LatestCopy`; the caller discards it)."""
    release, target = staging / version, out_dir / version
    release.mkdir(mode=0o755)
    digests = FileDigests()  # hashed once while written; the gate re-hashes a file whose stat changed since
    content_check = ContentCheck()  # the gate's row rules, started once the tables' files are written
    try:
        write_release(
            release, tables, version=version, created=created_timestamp(), changes=changes,
            declarations=declarations, csv_texts=csv_texts, fingerprint=fingerprint,
            reuse=previous, unchanged=unchanged, reusable=reusable, database=database, digests=digests, helper=helper,
            scratch=staging / DATABASE_DIR, content_check=content_check,
        )
    except BaseException:
        content_check.wait()  # it reads the staging folder the caller removes
        raise
    if helper is not None:
        helper.close()  # its files are written
    if latest is not None:
        latest.append(LatestCopy(out_dir, release))  # every file is final: copied while the gate runs
    report(STAGE, 3, STEPS)
    validate_package(release, previous, digests, content_check)
    report(STAGE, 4, STEPS)
    checkpoint("validated")
    fsync_tree(release)
    for copy in latest or ():
        copy.join()  # it reads the files through the staging folder's path
    os.rename(release, target)  # atomic on one filesystem; fails if the version exists
    fsync_dir(out_dir)
    checkpoint("renamed")
    shutil.rmtree(staging)
    _remember_digests(out_dir, target, previous)
    return target


def _remember_digests(out_dir: Path, release: Path, previous: Path | None) -> None:
    """The new release's files were hashed into its `SHA256SUMS` and checked by the gate:
    the next run need not read them again (`pipeline.release.verified`). Files linked from
    the previous release got a new ctime by the link: remembered again with their digest."""
    verified = VerifiedFiles(out_dir)
    digests = dict(reversed(line.split("  ", 1)) for line in (release / SUMS).read_text(encoding="utf-8").splitlines())
    for path, digest in digests.items():
        verified.record(release / path, digest)
        if previous is not None and os.path.lexists(previous / path) and os.path.samefile(previous / path, release / path):
            verified.record(previous / path, digest)
    sums_digest = sha256_file(release / SUMS)
    verified.record(release / SUMS, sums_digest)
    # The zip was written in this run from the very files the gate checked: trusted as the
    # folder is; `sammelan verify` still reads it back.
    verified.remember_zip(release, digests[zip_name(PACKAGE_NAME, release.name)], sums_digest)
    verified.save()
