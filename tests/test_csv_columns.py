"""Arrow reads a release CSV only when it is proven to read what `csv.reader` reads."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from pipeline.release.csv_columns import columns_of_records, read_columns
from pipeline.release.gate import parse_csv_records

HOSTILE = ["plain", "", "a,b", 'say "hi"', '"', "two\nlines", "trailing\n", " lead", "tab\there", "शिखर, सम्मेलन",
           "\u2028sep", "=1+2", "'quoted'", "x" * 5000, '""', ",", "\n"]


def _pandas_csv(rows: list[tuple]) -> bytes:
    frame = pd.DataFrame(rows, columns=["a", "b", "c"])
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _as_rows(columns) -> tuple[list[str], list[tuple[str, ...]]]:
    return columns.header, [tuple(row) for row in zip(*(c.to_pylist() for c in columns.columns))]


def test_arrow_reads_what_csv_reader_reads_from_a_pandas_csv():
    rows = [(value, HOSTILE[(i + 3) % len(HOSTILE)], i) for i, value in enumerate(HOSTILE)]
    data = _pandas_csv(rows)
    columns = read_columns(data, keep_lines=True)
    assert columns is not None
    assert _as_rows(columns) == parse_csv_records(data)
    assert len(columns.lines) == len(rows)
    assert len(set(columns.lines.to_pylist())) == len(rows)  # a line tells its row apart


def test_a_header_only_file_is_read():
    columns = read_columns(b"a,b\n")
    assert columns is not None and columns.header == ["a", "b"] and len(columns) == 0


@pytest.mark.parametrize("data", [
    b"a,b\n1,2",  # no newline at the end
    b"a,b\r\n1,2\r\n",  # carriage returns: csv.reader ends lines there
    b"a,b\n1,x\ry\n",
    b"\xef\xbb\xbfa,b\n1,2\n",  # a byte-order mark: csv.reader keeps it in the header
    b"a,b\n1,2,3\n",  # a row of another width
    b"a,b\n\n1,2\n",  # a blank line: csv.reader reads an empty row
    b'a,b\n"x"y,2\n',  # text after a closing quote
    b'a,b\nx"y,2\n',  # a quote inside an unquoted cell
    b'a,b\n"plain",2\n',  # quoted although nothing needs quotes
    b"a\n1\n",  # one column: a blank line would be an empty row
    b"a,b\n1,\x002\n",
])
def test_what_is_not_a_minimal_rendering_is_left_to_csv_reader(data):
    assert read_columns(data) is None


def test_columns_of_records_fit_every_row_to_the_header():
    columns = columns_of_records(["a", "b"], [("1",), ("1", "2", "3")])
    assert _as_rows(columns) == (["a", "b"], [("1", ""), ("1", "2")])


def test_a_valid_but_irregular_csv_is_still_read_by_csv_reader():
    data = b'a,b\n"plain",2\n'
    assert list(csv.reader(io.StringIO(data.decode(), newline=""))) == [["a", "b"], ["plain", "2"]]
    assert read_columns(data) is None


def test_json_rows_are_the_bytes_json_writes_row_by_row():
    """The JSON copy rendered with Arrow is byte for byte `files.json_text` (json's own
    encoder, a row at a time), hostile text, missing values and every dtype included."""
    import math

    from pipeline.release.files import json_text
    from pipeline.release.json_rows import frame_json_pieces

    text = [*HOSTILE, "\x01ctl", "\x1f", "\x7f", "\\", "back\\slash\"", None]
    n = len(text)
    frame = pd.DataFrame({
        "t": pd.Series(text, dtype="str"),
        "i": pd.Series([None if k % 4 == 0 else k - 7 for k in range(n)], dtype="Int64"),
        "j": pd.Series(range(n), dtype="int64"),
        "f": pd.Series([None if k % 5 == 0 else (k - 3) / 7 * 10 ** (k % 9 - 4) for k in range(n)], dtype="Float64"),
        "g": pd.Series([math.inf if k == 1 else 0.1 * k for k in range(n)], dtype="float64"),
        "b": pd.Series([k % 2 == 0 for k in range(n)], dtype="bool"),
        "ä \"key\"": pd.Series(["x"] * n, dtype="str"),
    })
    for rows in (frame, frame.iloc[:1], frame.iloc[:0]):
        assert b"".join(frame_json_pieces(rows)) == json_text(rows).encode("utf-8")
    assert frame_json_pieces(frame.astype({"t": object})) is None  # an object column: row by row


def test_a_json_copy_is_proven_by_its_csv_only_when_it_is_the_rendering():
    import hashlib

    from pipeline.release.files import csv_text, json_text
    from pipeline.release.json_rows import csv_twin_sha256

    text = [value or None for value in HOSTILE]  # missing values: empty cells, null in JSON
    frame = pd.DataFrame({"a": pd.Series(text, dtype="str"),
                          "n": pd.Series(range(len(HOSTILE)), dtype="Int64"),
                          "x": pd.Series([0.5 * k for k in range(len(HOSTILE))], dtype="float64")})
    columns = read_columns(csv_text(frame).encode("utf-8"))
    types = {"a": "string", "n": "integer", "x": "number"}
    assert csv_twin_sha256(columns, types) == hashlib.sha256(json_text(frame).encode("utf-8")).hexdigest()
    other = frame.copy()
    other.loc[2, "n"] = 99
    assert csv_twin_sha256(columns, types) != hashlib.sha256(json_text(other).encode("utf-8")).hexdigest()
    assert csv_twin_sha256(columns, {**types, "a": "integer"}) is None  # text has no integer token
    empty = frame.astype({"a": object}).fillna({"a": ""})  # "" written as "", not null: not this rendering
    assert csv_twin_sha256(columns, types) != hashlib.sha256(json_text(empty).encode("utf-8")).hexdigest()


def test_json_rows_of_a_frame_stacked_from_pieces():
    """Frames concatenated in memory hold their text in several Arrow chunks."""
    from pipeline.release.files import json_text
    from pipeline.release.json_rows import frame_json_pieces

    parts = [pd.DataFrame({"t": pd.Series(HOSTILE[k:k + 5], dtype="str")}) for k in range(0, len(HOSTILE), 5)]
    frame = pd.concat(parts, ignore_index=True)
    assert b"".join(frame_json_pieces(frame)) == json_text(frame).encode("utf-8")
