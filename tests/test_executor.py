"""The executor is a configuration choice: in-process, multiprocess, or Dagster's cluster
executors (dagster-k8s, dagster-celery) with the run config `pipeline.operations.execution` documents."""

from __future__ import annotations

import importlib.util

import dagster as dg
import pytest

from pipeline.assets.resources import SammelanPaths
from pipeline.cli import main
from pipeline.definitions import RELEASE_JOB, build_definitions
from pipeline.operations.execution import (
    ENV_VAR,
    RUN_CONFIG_EXAMPLES,
    ExecutorUnavailable,
    executor_def,
    executor_name,
    local_run_config,
)

# Top-level config fields of the cluster executors, from dagster-k8s 0.29.27 and
# dagster-celery 0.29.27 (the releases matching dagster 1.13). Used when the package is not
# installed; with it installed the examples are validated against the executor itself.
CLUSTER_FIELDS = {
    "k8s": {
        "enable_owner_references", "env_config_maps", "env_secrets", "env_vars", "image_pull_policy",
        "image_pull_secrets", "job_image", "job_namespace", "kubeconfig_file", "labels",
        "load_incluster_config", "max_concurrent", "per_step_k8s_config", "resources", "retries",
        "scheduler_name", "security_context", "service_account_name", "step_dependency_config",
        "step_k8s_config", "tag_concurrency_limits", "volume_mounts", "volumes",
    },
    "celery": {"backend", "broker", "config_source", "include", "retries"},
}
CLUSTER_PACKAGES = {"k8s": "dagster_k8s", "celery": "dagster_celery"}


def test_default_is_in_process(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert executor_name() == "in_process"
    monkeypatch.setenv(ENV_VAR, "multiprocess")
    assert executor_name() == "multiprocess"
    assert executor_name("in-process") == "in_process"
    with pytest.raises(ExecutorUnavailable, match="choose one of"):
        executor_name("threads")


@pytest.mark.parametrize("executor", ["in_process", "multiprocess"])
def test_local_run_config_is_valid_for_the_job(executor, tmp_path):
    job = build_definitions(executor=executor).resolve_job_def(RELEASE_JOB)
    paths = SammelanPaths(raw_dir=str(tmp_path / "raw"), out_dir=str(tmp_path / "out"))
    config = local_run_config(executor, paths)
    (chosen,) = dg.validate_run_config(job, config)["execution"]["multi_or_in_process_executor"]
    assert chosen == executor


def test_the_job_defaults_to_the_configured_local_executor(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "multiprocess")
    job = build_definitions().resolve_job_def(RELEASE_JOB)
    assert job.executor_def is dg.multi_or_in_process_executor
    assert "multiprocess" in dg.validate_run_config(job, {})["execution"]["multi_or_in_process_executor"]
    monkeypatch.delenv(ENV_VAR)
    job = build_definitions().resolve_job_def(RELEASE_JOB)
    assert "in_process" in dg.validate_run_config(job, {})["execution"]["multi_or_in_process_executor"]


@pytest.mark.parametrize("executor", ["k8s", "celery"])
def test_cluster_run_config_matches_the_executor(executor, monkeypatch):
    example = RUN_CONFIG_EXAMPLES[executor]["execution"]["config"]
    if importlib.util.find_spec(CLUSTER_PACKAGES[executor]) is None:
        assert set(example) <= CLUSTER_FIELDS[executor]
        with pytest.raises(ExecutorUnavailable, match="pip install dagster-"):
            executor_def(executor)
        return
    monkeypatch.setenv("SAMMELAN_CELERY_BROKER", "pyamqp://guest@localhost//")
    job = build_definitions(executor=executor).resolve_job_def(RELEASE_JOB)
    dg.validate_run_config(job, RUN_CONFIG_EXAMPLES[executor])


def test_cli_refuses_cluster_executors_with_a_reason(raw_dir, tmp_path, capsys):
    assert main(["release", "--raw", str(raw_dir), "--out", str(tmp_path / "out"), "--executor", "k8s"]) == 2
    assert "deployed Dagster instance" in capsys.readouterr().err


def test_multiprocess_release_from_the_cli(raw_dir, tmp_path, capsys):
    """Each step in its own process: persistent instance and filesystem IO manager under the cache."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert main(["release", "--raw", str(raw_dir), "--out", str(out), "--cache", str(cache),
                 "--executor", "multiprocess"]) == 0
    assert capsys.readouterr().out.strip().endswith("1.0.0")
    assert (out / "1.0.0" / "datapackage.json").is_file()
    assert (cache / "dagster" / "storage").is_dir()
