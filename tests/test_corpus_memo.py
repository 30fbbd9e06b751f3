"""The corpus built with results kept from earlier runs (`pipeline.corpus.memo`) is the corpus
built from scratch, over a series of changes; only groups whose rows changed are computed."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline.corpus.events as events_module
import pipeline.corpus.memo as memo_module
import pipeline.corpus.series as series_module
from pipeline.corpus import build_corpus, link_documents
from pipeline.corpus.checks import check_corpus
from pipeline.corpus.memo import CorpusMemo, group_digests, row_hashes
from tests.release_support import build_frames
from tests.test_corpus import DELHI, JAPAN, REVISED, SEED_ID, write_corpus

#: Raw folders in the order a user might have them: documents added, changed, removed.
HISTORY = ((SEED_ID, JAPAN), (SEED_ID, REVISED, JAPAN), (SEED_ID, REVISED, DELHI, JAPAN), (SEED_ID, DELHI),
           (REVISED, JAPAN))


@pytest.fixture(scope="module")
def states(tmp_path_factory) -> list[dict[str, pd.DataFrame]]:
    root = tmp_path_factory.mktemp("memo")
    return [build_frames(write_corpus(root / str(n) / "raw", *names)) for n, names in enumerate(HISTORY)]


def _corpus(tables: dict[str, pd.DataFrame], memo: CorpusMemo | None):
    linked = link_documents(tables, memo) if memo else link_documents(tables)
    corpus = build_corpus(linked, memo) if memo else build_corpus(linked)
    both = {**linked, **corpus}
    failures = check_corpus(both, memo) if memo else check_corpus(both)
    if memo:
        memo.save()
    return both, failures


class Counted:
    """Counts the calls of a function it wraps."""

    def __init__(self, function):
        self.function, self.calls = function, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


@pytest.fixture
def counted(monkeypatch) -> dict[str, Counted]:
    calls = {"identify": Counted(series_module.identify), "event": Counted(events_module._event_row),
             "meetings": Counted(events_module._match_year)}
    monkeypatch.setattr(series_module, "identify", calls["identify"])
    monkeypatch.setattr(events_module, "_event_row", calls["event"])
    monkeypatch.setattr(events_module, "_match_year", calls["meetings"])
    return calls


def test_the_corpus_from_the_memo_is_the_corpus_built_from_scratch(states, tmp_path):
    for tables in states:
        cold, cold_failures = _corpus(tables, None)
        warm, warm_failures = _corpus(tables, CorpusMemo(tmp_path))
        for name, frame in cold.items():
            pd.testing.assert_frame_equal(warm[name], frame, obj=name)
        pd.testing.assert_frame_equal(warm_failures, cold_failures)
        assert cold_failures.empty


def test_only_what_changed_is_computed_again(states, tmp_path, counted):
    _corpus(states[1], CorpusMemo(tmp_path))  # seed, revised copy, Japan
    computed = {name: c.calls for name, c in counted.items()}
    assert computed["identify"] == 3 + 3 and computed["event"] > 10  # linked, then each series' row
    _corpus(states[1], CorpusMemo(tmp_path))  # nothing changed: nothing computed
    assert {name: c.calls for name, c in counted.items()} == computed
    _corpus(states[2], CorpusMemo(tmp_path))  # one document added, in the India-Russia series
    # the new document's series, then the documents of the series it joins for that series' row
    assert counted["identify"].calls == computed["identify"] + 1 + 3
    new_events = counted["event"].calls - computed["event"]
    assert 0 < new_events < computed["event"] // 2  # the events the new document states, not Japan's


def test_a_memo_of_other_code_or_inputs_is_not_used(states, tmp_path, counted, monkeypatch):
    _corpus(states[1], CorpusMemo(tmp_path))
    first = counted["event"].calls
    monkeypatch.setattr(memo_module, "memo_key", lambda: "another parser, lexicon or corpus code")
    _corpus(states[1], CorpusMemo(tmp_path))
    assert counted["event"].calls == 2 * first  # every event computed again
    assert CorpusMemo(None).get("events", b"anything") is None  # no folder: remembers nothing


def test_group_digests_follow_every_value_of_every_row_of_a_group():
    frame = pd.DataFrame({"g": ["a", "b", "a", "c"], "x": ["1", "2", "3", "4"], "y": [1, 2, 3, 4]})
    before = group_digests(frame["g"].to_numpy(dtype=object), row_hashes(frame, ("x", "y")))
    assert sorted(before) == ["a", "b", "c"]
    changed = frame.assign(y=[1, 2, 30, 4])  # a value of group a's second row
    after = group_digests(changed["g"].to_numpy(dtype=object), row_hashes(changed, ("x", "y")))
    assert after["a"] != before["a"] and after["b"] == before["b"] and after["c"] == before["c"]
    salted = group_digests(frame["g"].to_numpy(dtype=object), row_hashes(frame, ("x", "y")),
                           salt=["s", "t", "s", "u"])
    assert salted["a"] != before["a"]
    assert group_digests([], row_hashes(frame.iloc[:0], ("x",))) == {}
