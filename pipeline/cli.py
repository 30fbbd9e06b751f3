"""Command line: `sammelan release|evaluate|verify` and `sammelan --version`.

`python -m pipeline ...` is the same program. `release` runs the Dagster job (in-process by
default, `--executor multiprocess` for one process per step; `pipeline.operations.execution`)
with a progress display on a terminal; `evaluate` scores extraction against expected facts
and the gold sets (the development set and the layout-family fixtures) per layout family
(`pipeline.operations.evaluate`); `verify` checks every release, the catalog and `latest/`
(`pipeline.release.verify`). Every failure is reported as a few lines saying what went
wrong, where, and what to do, with exit status 1; `--verbose` adds the full trace.

argparse, not click or typer: three subcommands with a handful of options each, and the
standard library keeps `python -m pipeline` and the installed `sammelan` identical.
"""

from __future__ import annotations

import argparse
import codecs
import re
import sys
import traceback
from importlib import metadata
from pathlib import Path

HINT_VERBOSE = "(run again with --verbose for the full trace)"
LISTED_REJECTIONS = 10


class Problem(Exception):
    """A failure already phrased for the user: what, where, what to do. `status` 2 marks a
    usage error (like argparse's), 1 everything else."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def _version() -> str:
    try:
        return metadata.version("sammelan")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


#: Exceptions whose message already says what, where and what to do: shown as they are.
PHRASED = {"NotOwned", "ReleaseDamaged", "ReleaseBusy", "LockUnsafe", "PackageInvalid", "Failure", "Problem"}


def _error_lines(error) -> tuple[list[str], bool]:
    """The user's error inside Dagster's wrapper (`Error occurred while executing op ...`):
    its lines, and whether it is one of ours (already phrased for the user)."""
    while error.cause is not None and error.cls_name and error.cls_name.startswith("Dagster"):
        error = error.cause
    message = (error.message or "step failed").strip()
    phrased = error.cls_name in PHRASED
    if phrased:
        message = re.sub(rf"^[\w.]*{error.cls_name}: ", "", message)
    return message.splitlines(), phrased


def _progress_display(enabled: bool):
    """A rich progress display on stderr when it is a terminal, else None (quiet)."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        return None
    return Progress(TextColumn("{task.description:<18}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True)


def _callback(display):
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = display.add_task(stage, total=total)
        display.update(tasks[stage], completed=done, total=total)

    return update


def _rejections(release: Path) -> list[tuple[str, str]]:
    import csv

    path = release / "data" / "rejections.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["source_file"], row["reason"]) for row in csv.DictReader(handle)]


def _release(args: argparse.Namespace) -> int:
    from pipeline.operations.collector import collection_paused

    with collection_paused():  # the run collects the imports' garbage once (`long_lived_frozen`)
        return _release_run(args)


def _release_run(args: argparse.Namespace) -> int:
    from pipeline.release.fingerprint import unchanged_release
    from pipeline.release.ownership import ownership_problem

    raw, out = Path(args.raw).absolute(), Path(args.out).absolute()
    if not raw.is_dir():
        what = "is a file, not a folder" if raw.exists() else "does not exist"
        raise Problem(f"the raw folder {raw} {what}: give the folder of .txt documents with --raw")
    problem = ownership_problem(out)
    if problem:
        raise Problem(problem)
    # No Dagster needed when the latest release, intact, was built from these inputs.
    if latest := unchanged_release(raw, out):
        print(f"unchanged: latest release is {latest} at {out / latest}", file=sys.stderr)
        print(out / latest)
        return _report_rejections(out / latest, args.strict)
    from pipeline.assets.resources import SammelanPaths, default_cache
    from pipeline.operations.execution import ExecutorUnavailable, executor_name, run_release
    from pipeline.progress import showing

    cache = Path(args.cache).absolute() if args.cache else default_cache(out)
    paths = SammelanPaths(raw_dir=str(raw), out_dir=str(out), cache_dir=str(cache))
    try:
        executor = executor_name(args.executor)
    except ExecutorUnavailable as error:
        raise Problem(str(error), status=2) from None
    display = _progress_display(not args.quiet)
    # Dagster's per-step log (and its traces) are for the UI; --verbose shows them here.
    log_level = "INFO" if args.verbose else "CRITICAL"
    try:
        if display is None:
            result = run_release(paths, executor, log_level=log_level)
        else:
            with display, showing(_callback(display)):
                result = run_release(paths, executor, log_level=log_level)
    except ExecutorUnavailable as error:
        raise Problem(str(error), status=2) from None
    if not result.success:
        return _report_failure(result, args.verbose)
    published = result.release_output
    if published.changed:
        print(f"published {published.version} ({published.level}): {published.summary}", file=sys.stderr)
    else:
        print(f"unchanged: latest release is {published.version} at {published.path}", file=sys.stderr)
    print(published.path)
    return _report_rejections(published.path, args.strict)


def _report_rejections(release: Path, strict: bool) -> int:
    """One line naming the rejected files of `release`; exit status 1 for them with --strict."""
    rejected = _rejections(release)
    if rejected:
        shown = ", ".join(f"{name} ({reason})" for name, reason in rejected[:LISTED_REJECTIONS])
        more = f" and {len(rejected) - LISTED_REJECTIONS} more" if len(rejected) > LISTED_REJECTIONS else ""
        strict_note = "; --strict: exit status 1" if strict else ""
        print(f"rejected {len(rejected)} file(s), not published (reasons in {release}/data/rejections.csv): "
              f"{shown}{more}{strict_note}", file=sys.stderr)
        return 1 if strict else 0
    return 0


def _report_failure(result, verbose: bool) -> int:
    lines: list[str] = []
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed:
            cases = evaluation.metadata.get("failure_cases")
            lines.append(f"check failed: {evaluation.asset_key.to_user_string()} {evaluation.check_name}")
            if cases:
                lines += str(cases.value).splitlines()[:12]
    failures = [e for e in result.all_events if e.is_step_failure]
    unexpected = False
    for event in failures:
        error = event.step_failure_data.error
        found, phrased = _error_lines(error) if error else ([f"step {event.step_key} failed"], True)
        unexpected = unexpected or not phrased
        lines += [line for line in found if line not in lines]
        if verbose and error:
            print(error.to_string(), file=sys.stderr)
    if not failures:
        lines.append("release stopped: a blocking check failed (above); nothing was published")
    print("error: " + "\n".join(lines), file=sys.stderr)
    if unexpected and not verbose:
        print(HINT_VERBOSE, file=sys.stderr)
    return 1


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.operations import evaluate

    ok = True
    if not args.gold or args.release or args.raw or args.expected:
        source = Path(args.release or args.raw or "tests/fixtures/raw")
        if not source.is_dir():
            raise Problem(f"{source} is not a folder: give a release folder with --release or a raw folder with --raw")
        expected = Path(args.expected or "tests/fixtures/expected")
        if not expected.is_dir():
            raise Problem(f"{expected} is not a folder of expected facts (<table>.csv): give one with --expected")
        extracted = evaluate.load_release(source) if args.release else evaluate.extract_raw(source)
        scores = evaluate.score(extracted, evaluate.load_expected(expected))
        print(evaluate.report(scores), end="")
        ok = all(s.perfect for s in scores)
    gold_sets = [Path(g) for g in args.gold] if args.gold else (
        [] if args.release or args.raw or args.expected else evaluate.default_gold_sets())
    for folder in gold_sets:
        if not (folder / "expected.json").is_file():
            raise Problem(f"{folder} is not a gold set: it needs docs/, expected.json and families.csv")
        families = evaluate.score_gold(folder)
        print(evaluate.gold_report(folder.name, families), end="")
        ok = ok and all(f.f1 >= args.min_f1 and f.invented_summits == 0 for f in families)
    return 0 if ok else 1


def _verify(args: argparse.Namespace) -> int:
    from pipeline.release.verify import damage_message, verify_outputs

    out = Path(args.out).absolute()
    if not out.is_dir():
        raise Problem(f"{out} is not a folder of releases: give it with --out")
    result = verify_outputs(out)
    if not result.releases:
        print(f"{out}: no releases yet", file=sys.stderr)
        return 0
    if not result.ok:
        intact = [v for v in result.releases if v not in result.damaged]
        print(f"error: {damage_message(out, result.damaged)}", file=sys.stderr)
        if intact:
            print(f"intact: {', '.join(intact)}; catalog.json, CHANGELOG.md and latest/ were left as they are",
                  file=sys.stderr)
        return 1
    repaired = f"; rebuilt {', '.join(result.repaired)}" if result.repaired else "; catalog.json, CHANGELOG.md and latest/ up to date"
    print(f"verified {len(result.releases)} release(s) in {out} ({', '.join(result.releases)}){repaired}")
    return 0


def build_parser(prog: str) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--verbose", action="store_true", help="show Dagster's log and full traces of failures")
    parser = argparse.ArgumentParser(prog=prog, description="Hindi summit documents in, versioned open data out.",
                                     parents=[common])
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    release = commands.add_parser("release", parents=[common], help="build and publish a release from raw documents")
    release.add_argument("--raw", default="raw", help="folder of raw .txt documents (default: raw)")
    release.add_argument("--out", default="outputs", help="folder of releases (default: outputs)")
    release.add_argument("--cache", default=None,
                         help="parse cache folder (default: .cache/sammelan next to the --out folder)")
    release.add_argument("--executor", default=None,
                         help="in_process (default, or $SAMMELAN_EXECUTOR) or multiprocess")
    release.add_argument("--strict", action="store_true", help="exit 1 when any raw file was rejected")
    release.add_argument("--quiet", action="store_true", help="no progress display")
    release.set_defaults(run=_release)
    evaluate = commands.add_parser(
        "evaluate", parents=[common],
        help="precision and recall per table against expected facts (exit 1 unless all 100%%)")
    source = evaluate.add_mutually_exclusive_group()
    source.add_argument("--release", default=None, help="a published release folder (outputs/<version>)")
    source.add_argument("--raw", default=None, help="raw folder to parse (default: tests/fixtures/raw)")
    evaluate.add_argument("--expected", default=None,
                          help="folder of expected facts, <table>.csv (default: tests/fixtures/expected)")
    evaluate.add_argument("--gold", action="append", default=None,
                          help="a gold set (docs/, expected.json, families.csv) to score per layout family; "
                          "repeatable (default without --raw/--release/--expected: every set under tests/fixtures)")
    evaluate.add_argument("--min-f1", type=float, default=0.97,
                          help="a gold set's family below this F1, or with an invented summit, fails (default 0.97)")
    evaluate.set_defaults(run=_evaluate)
    verify = commands.add_parser(
        "verify", parents=[common],
        help="check every release against its checksums; rebuild catalog.json, CHANGELOG.md, latest/ if they differ")
    verify.add_argument("--out", default="outputs", help="folder of releases (default: outputs)")
    verify.set_defaults(run=_verify)
    return parser


def _bytes_or_escape(error: UnicodeError):
    """Encoding error handler: a path's undecodable bytes (surrogate escapes) go out as the
    original bytes, so a printed release path still names the folder; any other character
    the stream's encoding cannot hold is written as a backslash escape."""
    try:
        return codecs.lookup_error("surrogateescape")(error)
    except UnicodeError:
        return codecs.lookup_error("backslashreplace")(error)


def _safe_streams() -> None:
    """Never crash on printing a name or a Hindi value the terminal's encoding cannot show."""
    codecs.register_error("sammelan-print", _bytes_or_escape)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="sammelan-print")


def main(argv: list[str] | None = None, prog: str = "python -m pipeline") -> int:
    args = build_parser(prog).parse_args(argv)
    _safe_streams()
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted: nothing half-written is left visible; the next run cleans up", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the command line's last line of defence
        if args.verbose:
            traceback.print_exc()
        phrased = type(error).__name__ in PHRASED
        print(f"error: {error if phrased else f'{type(error).__name__}: {error}'}", file=sys.stderr)
        if not args.verbose and not phrased:
            print(HINT_VERBOSE, file=sys.stderr)
        return getattr(error, "status", 1)


def script() -> None:
    """The `sammelan` console script."""
    sys.exit(main(prog="sammelan"))
