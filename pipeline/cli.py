"""Command line: `python -m pipeline release [--raw DIR] [--out DIR]`.

Runs the same Dagster job as the UI, in-process, and exits non-zero with a readable
message when a document-level problem stops the release or a validation check fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


# Dagster's per-step debug log is for the UI; on the command line only warnings matter.
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def _release(args: argparse.Namespace) -> int:
    import dagster as dg

    from pipeline.assets.resources import SammelanPaths
    from pipeline.definitions import RELEASE_JOB, build_definitions

    paths = SammelanPaths(
        raw_dir=str(Path(args.raw).resolve()), out_dir=str(Path(args.out).resolve()),
        cache_dir=str(Path(args.cache).resolve()) if args.cache else SammelanPaths().cache_dir,
    )
    job = build_definitions(paths).resolve_job_def(RELEASE_JOB)
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=QUIET)
        for evaluation in result.get_asset_check_evaluations():
            if not evaluation.passed:
                cases = evaluation.metadata.get("failure_cases")
                print(f"check failed: {evaluation.asset_key.to_user_string()} {evaluation.check_name}\n"
                      f"{cases.value if cases else ''}", file=sys.stderr)
        if not result.success:
            for event in result.all_events:
                if event.is_step_failure:
                    error = event.step_failure_data.error
                    message = error.message.strip() if error else "step failed"
                    print(f"error in {event.step_key}: {message}", file=sys.stderr)
            if not any(e.is_step_failure for e in result.all_events):
                print("release stopped: a blocking check failed (see above); nothing was published",
                      file=sys.stderr)
            return 1
        published = result.output_for_node("release")
    if published.changed:
        print(f"published {published.version} ({published.level}): {published.summary}", file=sys.stderr)
        print(published.path)
    else:
        print(f"unchanged: latest release is {published.version} at {published.path}", file=sys.stderr)
        print(published.path)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    release = commands.add_parser("release", help="build and publish a release from raw documents")
    release.add_argument("--raw", default="raw", help="folder of raw .txt documents (default: raw)")
    release.add_argument("--out", default="outputs", help="folder of releases (default: outputs)")
    release.add_argument("--cache", default=None, help="parse cache folder (default: .cache/sammelan)")
    release.set_defaults(run=_release)
    args = parser.parse_args(argv)
    return args.run(args)
