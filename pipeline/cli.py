"""Command line: `python -m pipeline release [--raw DIR] [--out DIR] [--cache DIR] [--executor NAME]`.

Runs the same Dagster job as the UI (in-process by default, `--executor multiprocess` for
one process per step; see `pipeline.operations.execution`) and exits non-zero with a readable
message when a document-level problem stops the release or a validation check fails.
`python -m pipeline evaluate [--release DIR | --raw DIR] [--expected DIR]` scores extraction
against expected facts (`pipeline.operations.evaluate`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _release(args: argparse.Namespace) -> int:
    from pipeline.release.fingerprint import unchanged_release

    if latest := unchanged_release(Path(args.raw).resolve(), Path(args.out).resolve()):  # no Dagster needed
        print(f"unchanged: latest release is {latest} at {Path(args.out).resolve() / latest}", file=sys.stderr)
        print(Path(args.out).resolve() / latest)
        return 0
    from pipeline.assets.resources import SammelanPaths
    from pipeline.operations.execution import ExecutorUnavailable, executor_name, run_release

    paths = SammelanPaths(
        raw_dir=str(Path(args.raw).resolve()), out_dir=str(Path(args.out).resolve()),
        cache_dir=str(Path(args.cache).resolve()) if args.cache else SammelanPaths().cache_dir,
    )
    try:
        # Dagster's per-step debug log is for the UI; on the command line only warnings matter.
        result = run_release(paths, executor_name(args.executor), log_level="WARNING")
    except ExecutorUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
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
    published = result.release_output
    if published.changed:
        print(f"published {published.version} ({published.level}): {published.summary}", file=sys.stderr)
        print(published.path)
    else:
        print(f"unchanged: latest release is {published.version} at {published.path}", file=sys.stderr)
        print(published.path)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.operations import evaluate

    if args.release:
        extracted = evaluate.load_release(Path(args.release))
    else:
        extracted = evaluate.extract_raw(Path(args.raw))
    scores = evaluate.score(extracted, evaluate.load_expected(Path(args.expected)))
    print(evaluate.report(scores), end="")
    return 0 if all(s.perfect for s in scores) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    release = commands.add_parser("release", help="build and publish a release from raw documents")
    release.add_argument("--raw", default="raw", help="folder of raw .txt documents (default: raw)")
    release.add_argument("--out", default="outputs", help="folder of releases (default: outputs)")
    release.add_argument("--cache", default=None, help="parse cache folder (default: .cache/sammelan)")
    release.add_argument("--executor", default=None,
                         help="in_process (default, or $SAMMELAN_EXECUTOR) or multiprocess")
    release.set_defaults(run=_release)
    evaluate = commands.add_parser(
        "evaluate", help="precision and recall per table against expected facts (exit 1 unless all 100%%)")
    source = evaluate.add_mutually_exclusive_group()
    source.add_argument("--release", default=None, help="a published release folder (outputs/<version>)")
    source.add_argument("--raw", default="tests/fixtures/raw", help="raw folder to parse (default: tests/fixtures/raw)")
    evaluate.add_argument("--expected", default="tests/fixtures/expected",
                          help="folder of expected facts, <table>.csv (default: tests/fixtures/expected)")
    evaluate.set_defaults(run=_evaluate)
    args = parser.parse_args(argv)
    return args.run(args)
