"""A table's CSV rendered by Arrow is pandas' `to_csv` byte for byte, or not rendered at all."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.release.csv_render import frame_csv_text
from pipeline.release.files import csv_text

BOUNDED = settings(max_examples=200, deadline=None, derandomize=True, database=None)


def _pandas(df: pd.DataFrame) -> str:
    return df.to_csv(index=False, lineterminator="\n")


def _text(values) -> pd.Series:
    return pd.Series(values, dtype="str")


def test_text_integers_and_floats_render_as_pandas_writes_them():
    df = pd.DataFrame({
        "id": _text(["a", "b,c", 'say "hi"', "two\nlines", "", None, " lead", "भारत, रूस", '"', ",\n\""]),
        "n": pd.Series([0, -1, 7, 10**15, 3, 4, 5, 6, 8, 9], dtype="int64"),
        "maybe": pd.array([1, None, -20, 3, None, 5, 6, 7, 8, 9], dtype="Int64"),
        "where": pd.array([1.0, None, 28.6139, 1e-05, 1e16, 0.1 + 0.2, -0.0, 5e-324, 123456789012345680.0, 2.5],
                          dtype="Float64"),
    })
    rendered = frame_csv_text(df)
    assert rendered is not None
    assert rendered == _pandas(df)
    assert csv_text(df) == _pandas(df)


def test_an_empty_table_is_its_header():
    df = pd.DataFrame({"a,b": _text([]), "c": pd.Series([], dtype="int64")})
    assert frame_csv_text(df) == _pandas(df) == '"a,b",c\n'


@pytest.mark.parametrize("df", [
    pd.DataFrame({"a": _text(["x\ry"]), "b": _text(["z"])}),  # a carriage return: csv.writer's own rules
    pd.DataFrame({"a": _text(["x\x00"]), "b": _text(["z"])}),
    pd.DataFrame({"a": _text([""])}),  # one column: a lone empty cell is written ""
    pd.DataFrame({"a": [1.5, 2.0], "b": _text(["x", "y"])}),  # numpy floats
    pd.DataFrame({"a": [True, False], "b": _text(["x", "y"])}),
    pd.DataFrame({"a": pd.Series([1, "x"], dtype=object), "b": _text(["x", "y"])}),
])
def test_frames_whose_rendering_is_not_certain_are_left_to_pandas(df):
    assert frame_csv_text(df) is None
    assert csv_text(df) == _pandas(df)


CELLS = st.one_of(st.none(), st.text(alphabet=st.sampled_from(list('ab ,"\n\r\'\tभा।\\;') + ["\u200d", "😀"]), max_size=8))
INTEGERS = st.integers(min_value=-(2**63), max_value=2**63 - 1)
FLOATS = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))


@BOUNDED
@given(st.integers(min_value=0, max_value=6).flatmap(lambda rows: st.tuples(
    st.lists(CELLS, min_size=rows, max_size=rows), st.lists(INTEGERS, min_size=rows, max_size=rows),
    st.lists(st.one_of(st.none(), INTEGERS), min_size=rows, max_size=rows),
    st.lists(FLOATS, min_size=rows, max_size=rows))))
def test_any_frame_of_these_kinds_renders_as_pandas_writes_it(columns):
    text, integers, maybe, floats = columns
    df = pd.DataFrame({"t": _text(text), "i": pd.Series(integers, dtype="int64"),
                       "m": pd.array(maybe, dtype="Int64"), "f": pd.array(floats, dtype="Float64")})
    rendered = frame_csv_text(df)
    if any("\r" in cell for cell in text if cell):
        assert rendered is None
    else:
        assert rendered == _pandas(df)
