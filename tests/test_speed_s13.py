"""Session 13's CPU savings outside the parser give the same results: the page's chart specs
built without Altair's debug checks, and a run with the long-lived objects frozen."""

from __future__ import annotations

import gc

import pandas as pd
import pytest
from altair.utils import schemapi

import pipeline.release.formats.page as page
from pipeline.operations.collector import collection_paused, long_lived_frozen
from pipeline.release.formats.charts import map_chart, summit_points, timeline_chart


def _tables() -> dict[str, pd.DataFrame]:
    summits = pd.DataFrame({
        "document_id": ["d1", "d1", "d2", "d2"],
        "year": pd.array([2001, 2003, 2003, 2010], dtype="Int64"),
        "city": ["दिल्ली", "पेरिस", "टोक्यो", None],
        "city_en": ["Delhi", "Paris", "Tokyo", None],
        "latitude": [28.6, 48.9, 35.7, None],
        "longitude": [77.2, 2.35, 139.7, None],
        "mode": ["in_person", "virtual", None, "in_person"],
        "status": ["held", "held", "cancelled", None],
    })
    documents = pd.DataFrame({"document_id": ["d1", "d2"], "title": ["क", "ख"], "title_en": ["A talks", None]})
    return {"summits": summits, "documents": documents}


def test_chart_specs_without_altairs_debug_checks_are_the_same_specs():
    points = summit_points(_tables())
    charts = [timeline_chart(points)[0], map_chart(points)]
    assert page._specs(charts) == [chart.spec() for chart in charts]
    assert schemapi.DEBUG_MODE  # switched back on for everybody else
    assert page._specs([]) == []


def test_a_run_freezes_the_long_lived_objects_and_lets_them_go_afterwards():
    before = gc.get_freeze_count()
    alive = [object() for _ in range(3)]  # noqa: F841  (alive while frozen)
    with long_lived_frozen():
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError):
        with long_lived_frozen():
            raise RuntimeError("a failed run")
    assert gc.get_freeze_count() == 0


def test_a_cli_run_starts_uncollected_and_collects_the_start_up_garbage_once():
    class Cycle:
        pass

    with collection_paused():
        assert not gc.isenabled()
        garbage = Cycle()
        garbage.me = garbage
        del garbage
        assert any(type(o) is Cycle for o in gc.get_objects())  # not collected while importing
        with long_lived_frozen():
            assert gc.isenabled()  # the run itself is collected as usual
            assert not any(type(o) is Cycle for o in gc.get_objects())  # collected once at the start
        assert not gc.isenabled()
    assert gc.isenabled()
