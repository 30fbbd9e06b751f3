"""Stage 4, release: publish the validated tables as a versioned data package."""

import dagster as dg

from pipeline.assets.resources import SammelanPaths
from pipeline.release.publish import PublishResult, publish
from schemas.tables import TABLES


@dg.asset(
    group_name="release",
    ins={t.name: dg.AssetIn(t.name) for t in TABLES},
    description="The Frictionless data package in outputs/<version>/, validated before it appears.",
)
def release(context: dg.AssetExecutionContext, paths: SammelanPaths, **frames) -> dg.Output[PublishResult]:
    result = publish(frames, paths.out)
    if result.changed:
        context.log.info(f"published {result.version} ({result.level}) at {result.path}: {result.summary}")
    else:
        context.log.info(f"unchanged: the latest release {result.version} already holds this content")
    return dg.Output(result, metadata={
        "version": result.version,
        "path": str(result.path),
        "changed": result.changed,
        "level": result.level,
        "what_changed": result.summary or "nothing",
    })
