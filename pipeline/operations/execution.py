"""Which executor runs `release_job`, and how the CLI runs it; a choice of configuration.

| `SAMMELAN_EXECUTOR` | executor | what runs where |
|---|---|---|
| `in_process` (default) | Dagster's `multi_or_in_process_executor`, `in_process` | every step in one process, tables handed over in memory |
| `multiprocess` | the same executor, `multiprocess` | every step in its own process; needs a persistent instance and the filesystem IO manager |
| `k8s` | `dagster_k8s.k8s_job_executor` | every step in its own Kubernetes Job (install `dagster-k8s`) |
| `celery` | `dagster_celery.celery_executor` | every step as a Celery task on your workers (install `dagster-celery`) |

`in_process` and `multiprocess` are one executor: a run picks one in its run config
(`RUN_CONFIG_EXAMPLES`), and `SAMMELAN_EXECUTOR` only sets the default shown in the UI.
`k8s` and `celery` are Dagster's own cluster executors, not code of ours: the variable
swaps the job's executor when the code location loads; run config then follows their schema
(`RUN_CONFIG_EXAMPLES` shows a valid one; tests check it against the installed package).
Steps in other processes or machines share tables through the IO manager: the local
filesystem here, object storage (e.g. `dagster-aws`'s `s3_pickle_io_manager`) on a cluster.

Parsing fans out: `parsed_documents` emits chunks of documents as dynamic outputs, one
`parse_chunk` step each, which the multiprocess, Kubernetes and Celery executors run side by
side; inside a step the chunk is parsed on every core (`pipeline.parse.parallel`). The other
steps form a chain.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dagster as dg

from pipeline.operations.collector import long_lived_frozen

ENV_VAR = "SAMMELAN_EXECUTOR"
LOCAL_EXECUTORS = ("in_process", "multiprocess")
EXECUTORS = (*LOCAL_EXECUTORS, "k8s", "celery")

RUN_CONFIG_EXAMPLES: dict[str, dict[str, Any]] = {
    "in_process": {"execution": {"config": {"in_process": {}}}},
    "multiprocess": {"execution": {"config": {"multiprocess": {"max_concurrent": 2}}}},
    "k8s": {"execution": {"config": {
        "job_namespace": "sammelan",
        "max_concurrent": 4,
        "image_pull_policy": "IfNotPresent",
        "env_config_maps": ["sammelan-env"],
        "step_k8s_config": {"container_config": {"resources": {
            "requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"memory": "4Gi"},
        }}},
    }}},
    "celery": {"execution": {"config": {
        "broker": {"env": "SAMMELAN_CELERY_BROKER"},
        "backend": "rpc://",
        "include": ["pipeline.definitions"],
        "config_source": {"worker_prefetch_multiplier": 1},
    }}},
}


#: Stages whose every output is read by one step only (the parse stage: plan and chunks
#: by the chunk steps and `collect_parsed`, `parsed_documents` by `tables`): an in-process
#: run forgets them once read, so the parsed frames are not held through the later steps.
HANDED_OVER = frozenset({"parsed_documents"})


class HandOverIOManager(dg.InMemoryIOManager):
    """Dagster's in-memory IO manager, except that an output of a step of the `hand_over`
    stages is given to the one step that reads it and then forgotten (a second read fails)."""

    def __init__(self, hand_over: frozenset[str] = HANDED_OVER):
        super().__init__()
        self.hand_over = hand_over

    def load_input(self, context: dg.InputContext) -> object:
        key = tuple(context.get_identifier())
        if context.upstream_output.step_key.split(".")[0].split("[")[0] in self.hand_over:
            return self.values.pop(key)
        return self.values[key]


class ExecutorUnavailable(RuntimeError):
    """The configured executor's package is not installed or the name is unknown."""


def executor_name(name: str | None = None) -> str:
    """The executor asked for: `name`, else `SAMMELAN_EXECUTOR`, else `in_process`."""
    chosen = (name or os.environ.get(ENV_VAR) or "in_process").strip().lower().replace("-", "_")
    if chosen not in EXECUTORS:
        raise ExecutorUnavailable(f"{ENV_VAR}={chosen!r}: choose one of {', '.join(EXECUTORS)}")
    return chosen


def executor_def(name: str | None = None) -> dg.ExecutorDefinition:
    chosen = executor_name(name)
    if chosen in LOCAL_EXECUTORS:
        return dg.multi_or_in_process_executor
    try:
        if chosen == "k8s":
            from dagster_k8s import k8s_job_executor

            return k8s_job_executor
        from dagster_celery import celery_executor

        return celery_executor
    except ImportError as error:
        package = "dagster-k8s" if chosen == "k8s" else "dagster-celery"
        raise ExecutorUnavailable(f"{ENV_VAR}={chosen} needs `pip install {package}` ({error})") from error


def default_run_config(name: str | None = None) -> dict[str, Any]:
    """The job's default run config: the local executor's choice (cluster ones need yours)."""
    chosen = executor_name(name)
    return RUN_CONFIG_EXAMPLES[chosen] if chosen in LOCAL_EXECUTORS else {}


def local_run_config(executor: str, paths: Any, log_level: str = "WARNING") -> dict[str, Any]:
    """Run config of one CLI run: executor, folders, console log level."""
    return {
        **RUN_CONFIG_EXAMPLES[executor],
        "resources": {"paths": {"config": {
            "raw_dir": str(paths.raw), "out_dir": str(paths.out), "cache_dir": str(paths.cache),
        }}},
        "loggers": {"console": {"config": {"log_level": log_level}}},
    }


def run_release(paths: Any, executor: str = "in_process", log_level: str = "WARNING") -> dg.ExecutionResult:
    """Run `release_job` once on this machine. The returned result carries `release_output`
    (the `PublishResult`, None when the run failed), read while the instance was open.

    `in_process` uses an ephemeral instance, its steps hand their outputs over in memory
    (`HandOverIOManager`: not pickled to a temporary folder, the parsed frames dropped once
    the tables are built). `multiprocess` needs a persistent one so every
    step process sees the run and its stored outputs: it lives under the cache folder
    (`<cache>/dagster`), with the filesystem IO manager storing step outputs there.
    """
    from pipeline.definitions import RELEASE_JOB, build_definitions

    if executor not in LOCAL_EXECUTORS:
        raise ExecutorUnavailable(
            f"{executor} runs on a deployed Dagster instance (dagster.yaml, daemon); launch "
            "release_job from the UI or `dagster job launch` there, not from this command"
        )
    run_config = local_run_config(executor, paths, log_level)
    if executor == "in_process":
        job = build_definitions(paths, executor="in_process", in_memory=True).resolve_job_def(RELEASE_JOB)
        with dg.DagsterInstance.ephemeral() as instance, long_lived_frozen():
            result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)
            result.release_output = _release_output(result, paths)
            return result
    home = Path(paths.cache) / "dagster"
    home.mkdir(parents=True, exist_ok=True)
    with dg.DagsterInstance.local_temp(str(home)) as instance:
        with dg.execute_job(
            dg.reconstructable(_multiprocess_release_job), instance=instance, run_config=run_config,
            raise_on_error=False,
        ) as result:
            result.release_output = _published(result, paths)
            return result


def _release_output(result: dg.ExecutionResult, paths: Any):
    """The `PublishResult` of a successful in-process run, else None. A run whose raw stage
    found the latest release built from the same inputs skipped the release step."""
    from pipeline.release.publish import PublishResult
    from pipeline.release.versioning import latest_version

    if not result.success:
        return None
    if any(e.asset_key == dg.AssetKey("release") for e in result.get_asset_materialization_events()):
        return result.output_for_node("release")
    latest = latest_version(Path(paths.out))
    return PublishResult(latest, Path(paths.out) / latest, changed=False)


def _published(result: dg.ExecutionResult, paths: Any):
    """What a run in other processes published, from the release asset's metadata (its
    output object stays in the step's storage)."""
    from pipeline.release.publish import PublishResult

    if not result.success:
        return None
    events = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("release")]
    if not events:  # skipped: the latest release was built from the same inputs
        from pipeline.release.versioning import latest_version

        latest = latest_version(Path(paths.out))
        return PublishResult(latest, Path(paths.out) / latest, changed=False)
    (event,) = events
    meta = event.materialization.metadata
    return PublishResult(meta["version"].value, Path(meta["release_path"].value), meta["changed"].value,
                         level=meta["level"].value, summary=meta["what_changed"].value)


def _multiprocess_release_job() -> dg.JobDefinition:
    """Rebuilt in every step process; folders arrive through run config, not arguments."""
    from pipeline.definitions import RELEASE_JOB, build_definitions

    return build_definitions(executor="multiprocess").resolve_job_def(RELEASE_JOB)
