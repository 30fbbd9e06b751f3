"""Tables that provably render to the previous release's CSV are not rendered to compare them."""

from __future__ import annotations

import json

import pandas as pd

import pipeline.release.frames as frames
from pipeline.release.fingerprint import fingerprint_document, raw_hashes
from pipeline.release.frames import CsvTexts, frame_digest, known_csv_hashes
from pipeline.release.publish import publish
from release_support import build_frames, revised_raw
from tests.conftest import SEED


def _frame(**changes) -> pd.DataFrame:
    columns = {"id": pd.array([1, 2], dtype="int64"), "n": pd.array([1, None], dtype="Int64"),
               "x": pd.array([0.5, None], dtype="Float64"), "text": pd.array(["भारत", None], dtype="string")}
    return pd.DataFrame({**columns, **changes})


def test_a_frame_digest_follows_values_types_and_names():
    digest = frame_digest(_frame())
    assert digest is not None and digest == frame_digest(_frame())
    assert frame_digest(_frame(text=pd.array(["भारत", "रूस"], dtype="string"))) != digest
    assert frame_digest(_frame(n=pd.array([1, 2], dtype="int64"))) != digest  # 1 and 1 but other dtype
    assert frame_digest(_frame().rename(columns={"x": "y"})) != digest
    # an object column could hold 1 or 1.0 (one value in Arrow, two in CSV): never digested
    assert frame_digest(_frame(x=pd.Series([1, 2.5], dtype=object))) is None


def test_a_frame_digest_does_not_depend_on_how_the_frame_was_assembled():
    whole = pd.DataFrame({"id": [f"s{i:04d}" for i in range(1_000)], "text": ["भारत"] * 999 + ["रूस"],
                          "n": pd.array(range(1_000), dtype="Int64")})
    whole["id"] = whole["id"].astype("str")
    pieces = pd.concat([whole.iloc[:10], whole.iloc[10:500], whole.iloc[500:]], ignore_index=True)  # 3 chunks
    assert pieces.equals(whole) and frame_digest(pieces) == frame_digest(whole)
    assert frame_digest(pieces.iloc[::-1].reset_index(drop=True)) != frame_digest(whole)  # order counts


def test_csv_texts_render_only_what_is_asked_for(monkeypatch):
    rendered = []
    real = frames.csv_text
    monkeypatch.setattr(frames, "csv_text", lambda df: rendered.append(len(df)) or real(df))
    texts = CsvTexts({"a": _frame(), "b": _frame()}, ["a", "b"], known={"a": "f" * 64})
    assert "a" in texts and "c" not in texts and list(texts) == ["a", "b"] and rendered == []
    assert texts.sha256("a") == "f" * 64 and rendered == []
    assert texts.sha256("b") == frames.text_sha256(real(_frame())) and texts.rendered() == {"b"}


def test_only_tables_whose_frames_changed_are_rendered(raw_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    out = tmp_path / "out"
    first = publish(build_frames(raw_dir), out, fingerprint=fingerprint_document(raw_hashes(raw_dir)))
    recorded = json.loads((first.path / "fingerprint.json").read_text(encoding="utf-8"))["frames"]
    revised = revised_raw(SEED, tmp_path / "revised")
    tables = build_frames(revised)
    digests = {name: frame_digest(frame) for name, frame in tables.items()}
    same = {name for name in tables if digests[name] == recorded[name]}
    assert "summits" not in same and "parties" in same
    assert set(known_csv_hashes(first.path, digests)) == same
    rendered = []
    real = frames.csv_text
    monkeypatch.setattr(frames, "csv_text", lambda df: rendered.append(df) or real(df))
    publish(tables, out, fingerprint=fingerprint_document(raw_hashes(revised)))
    assert len(rendered) == len(tables) - len(same)
    # without recorded digests (an older release), every table is rendered
    assert known_csv_hashes(tmp_path, digests) == {}


def test_a_frame_digest_is_the_hash_of_the_whole_arrow_stream_though_never_held_whole():
    """Streamed into the hash, the digest is the one releases recorded from the stream in memory."""
    import hashlib

    import pyarrow as pa

    frame = pd.concat([_frame()] * 3, ignore_index=True)
    table = pa.Table.from_pandas(frame, preserve_index=False).combine_chunks()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    expected = hashlib.sha256(f"pandas {pd.__version__} pyarrow {pa.__version__}\n".encode())
    expected.update(memoryview(sink.getvalue()))
    assert frame_digest(frame) == expected.hexdigest()
    assert frame_digest(frame.iloc[:2]) != expected.hexdigest()
