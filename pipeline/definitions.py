"""The Dagster code location: assets, checks, the release job and its schedule.

`dagster dev` (via workspace.yaml) loads `defs`; `python -m pipeline release` builds the
same definitions with other folders through `build_definitions`.
"""

import dagster as dg

from pipeline.assets import ASSETS, CHECKS
from pipeline.assets.resources import SammelanPaths

RELEASE_JOB = "release_job"


def build_definitions(paths: SammelanPaths | None = None) -> dg.Definitions:
    release_job = dg.define_asset_job(
        RELEASE_JOB,
        selection=dg.AssetSelection.all(),
        description="Read raw/, parse, build and validate every table, publish a release.",
    )
    daily = dg.ScheduleDefinition(
        name="daily_release",
        job=release_job,
        cron_schedule="0 6 * * *",
        execution_timezone="Asia/Kolkata",
        description="Every day at 06:00 India time.",
    )
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[release_job],
        schedules=[daily],
        resources={"paths": paths or SammelanPaths()},
    )


defs = build_definitions()
