"""The Dagster code location: assets, checks, the release job, its schedule and sensor.

`dagster dev` (via workspace.yaml) loads `defs`; `python -m pipeline release` builds the
same definitions with other folders through `build_definitions`. The executor is a
configuration choice (`pipeline.operations.execution`): `SAMMELAN_EXECUTOR`, default `in_process`.
"""

import dagster as dg

from pipeline.assets import ASSETS, CHECKS
from pipeline.assets.resources import SammelanPaths
from pipeline.operations.automation import RELEASE_JOB, daily_release_schedule, raw_folder_sensor
from pipeline.operations.execution import HandOverIOManager, default_run_config, executor_def


def build_definitions(paths: SammelanPaths | None = None, executor: str | None = None,
                      in_memory: bool = False) -> dg.Definitions:
    """`in_memory`: steps hand their outputs over in memory (`HandOverIOManager`), for a run
    whose steps all run in one process; otherwise the instance's IO manager."""
    release_job = dg.define_asset_job(
        RELEASE_JOB,
        selection=dg.AssetSelection.all(),
        description="Read raw/, parse, build and validate every table, publish a release.",
        executor_def=executor_def(executor),
        config=default_run_config(executor) or None,
    )
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[release_job],
        schedules=[daily_release_schedule(release_job)],
        sensors=[raw_folder_sensor(release_job)],
        resources={"paths": paths or SammelanPaths(),
                   **({"io_manager": HandOverIOManager()} if in_memory else {})},
    )


defs = build_definitions()
