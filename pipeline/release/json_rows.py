"""The JSON copy of a table, rendered a column at a time with Arrow, and its proof against the CSV.

`data/<table>.json` is an array of objects, one row per line, Devanagari unescaped:
`[\\n{"a":1,"b":"x"},\\n…\\n]\\n` (`[]\\n` without rows), the bytes Python's `json` module
writes for each row (`files.ROW_ENCODER`). Here every cell becomes its JSON token column by
column (text: quoted, and escaped by `json` itself where it holds a quote, a backslash or a
control character; whole numbers as digits; decimals by `json`; missing: `null`) and each
row is joined in Arrow, a chunk of rows at a time, instead of encoding a dictionary per row.

The gate proves a JSON copy against its CSV the same way (`csv_twin_sha256`): the CSV's cells
(as `csv.reader` reads them, `pipeline.release.csv_columns`) rendered as JSON tokens of the
declared type give, when their sha256 is the JSON file's, a file whose every row holds exactly
the CSV row's cells (each token reads back as a value whose CSV cell is that cell: an empty
cell as `null`, a whole number only from canonical digits, a decimal only where Python writes
it back as the same text). Where the file has other bytes the gate compares row by row
(`json_copies.json_copy_problems`), which names the difference.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.release.csv_columns import Columns, _data
from pipeline.release.files import json_text, write_pieces, write_text

ROW_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
#: What `json` escapes (ensure_ascii off), in this order: the backslash first.
_SHORT_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"),
                  ("\b", "\\b"), ("\f", "\\f"))
_ESCAPED = r'[\x00-\x1f"\\]'
#: Control characters `json` writes as `\u00XX`: left to `json` itself.
_LONG_ESCAPED = r"[\x00-\x07\x0b\x0e-\x1f]"
_INTEGER = r"^-?(0|[1-9][0-9]*)$"
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
CHUNK_ROWS = 5_000


def text_tokens(text: pa.Array) -> pa.Array:
    """Each text as a JSON string (null stays null)."""
    quoted = pc.binary_join_element_wise('"', text, '"', "")
    escaped = pc.fill_null(pc.match_substring_regex(text, _ESCAPED), False)
    if not pc.any(escaped).as_py():
        return quoted
    special = text.filter(escaped)
    rare = pc.match_substring_regex(special, _LONG_ESCAPED)
    for char, escape in _SHORT_ESCAPES:
        special = pc.replace_substring(special, char, escape)
    special = pc.binary_join_element_wise('"', special, '"', "")
    if pc.any(rare).as_py():  # control characters `json` writes as `\u00XX`: by `json` itself
        fixed = [ROW_ENCODER.encode(value) for value in text.filter(escaped).filter(rare).to_pylist()]
        special = pc.replace_with_mask(special, rare, pa.array(fixed, type=pa.string()))
    return pc.replace_with_mask(quoted, escaped, special)


#: dtypes whose every value `frame_tokens` renders as `json` writes it
DTYPES = frozenset({"str", "string", "int64", "Int64", "bool", "boolean", "float64", "Float64"})


def _arrow(series: pd.Series, arrow_type: pa.DataType) -> pa.Array:
    array = pa.array(series, from_pandas=True, type=arrow_type)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array  # frames stacked in memory


def frame_tokens(series: pd.Series) -> pa.Array:
    """The column's cells as JSON tokens, as `json` writes its Python values
    (`files.column_values`); its dtype must be one of `DTYPES`."""
    dtype = str(series.dtype)
    if dtype in ("str", "string"):
        tokens = text_tokens(_arrow(series, pa.string()))
    elif dtype in ("int64", "Int64"):
        tokens = pc.cast(_arrow(series, pa.int64()), pa.string())
    elif dtype in ("bool", "boolean"):
        tokens = pc.if_else(_arrow(series, pa.bool_()), "true", "false")
    elif dtype in ("float64", "Float64"):
        values = series.astype(object).where(series.notna(), None).tolist()
        tokens = pa.array([None if v is None else float.__repr__(v) if math.isfinite(v) else ROW_ENCODER.encode(v)
                           for v in values], type=pa.string())
    else:
        raise TypeError(f"no JSON tokens for dtype {dtype}")
    return pc.fill_null(tokens, "null")


def _number_tokens(column: pa.Array) -> pa.Array | None:
    tokens = []
    for cell in column.to_pylist():
        if cell == "":
            tokens.append("null")
        elif _NUMBER.fullmatch(cell) and (re.fullmatch(_INTEGER, cell) or repr(float(cell)) == cell):
            tokens.append(cell)
        else:
            return None
    return pa.array(tokens, type=pa.string())


def cell_tokens(column: pa.Array, field_type: str) -> pa.Array | None:
    """CSV cells of a field of this declared type as the JSON tokens the release writes for
    them (an empty cell: `null`); None when a cell has no such token (see the module doc)."""
    empty = pc.equal(column, "")
    if field_type == "number":
        return _number_tokens(column)
    if field_type == "integer":
        if pc.all(pc.or_(empty, pc.match_substring_regex(column, _INTEGER))).as_py() is False:
            return None
        tokens = column
    elif field_type == "boolean":
        if pc.all(pc.or_(empty, pc.is_in(column, value_set=pa.array(["True", "False"])))).as_py() is False:
            return None
        tokens = pc.if_else(pc.equal(column, "True"), "true", "false")
    else:
        tokens = text_tokens(column)
    return pc.if_else(empty, "null", tokens)


def _rows(names: list[str], tokens: list[pa.Array]) -> pa.Array:
    parts: list[pa.Array | str] = []
    for i, (name, column) in enumerate(zip(names, tokens)):
        parts += [("{" if i == 0 else ",") + ROW_ENCODER.encode(name) + ":", column]
    parts.append("}")
    return pc.binary_join_element_wise(*parts, "")


def json_pieces(row_chunks: Iterable[pa.Array]) -> Iterator[bytes | memoryview]:
    """The file's bytes, in pieces, from its rows (JSON objects) a chunk at a time."""
    pending = None
    for rows in row_chunks:
        if not len(rows):
            continue
        yield b"[\n" if pending is None else pending
        pending = _data(pc.binary_join_element_wise(rows, ",\n", ""))
    if pending is None:
        yield b"[]\n"
        return
    yield pending[:-2]
    yield b"\n]\n"


def frame_json_pieces(frame: pd.DataFrame) -> Iterator[bytes | memoryview] | None:
    """`data/<table>.json` of this frame in pieces; None when a column's dtype is not one
    `frame_tokens` renders (the caller encodes row by row)."""
    names = list(frame.columns)
    if not names or len(names) != len(set(names)) or not all(isinstance(n, str) for n in names) \
            or not all(str(dtype) in DTYPES for dtype in frame.dtypes):
        return None
    return json_pieces(_rows(names, [frame_tokens(frame[name].iloc[start:start + CHUNK_ROWS]) for name in names])
                       for start in range(0, len(frame), CHUNK_ROWS))


def csv_twin_sha256(columns: Columns, types: dict[str, str]) -> str | None:
    """sha256 of the JSON copy that holds exactly the rows of `columns` (a CSV read as
    `csv.reader` reads it), as the release writes it; `types`: field name -> declared type
    (text when not declared). None when a cell has no JSON token of its type."""
    class NoToken(Exception):
        pass

    def chunks() -> Iterator[pa.Array]:
        for start in range(0, len(columns), CHUNK_ROWS):
            tokens = [cell_tokens(c.slice(start, CHUNK_ROWS), types.get(name, "string"))
                      for name, c in zip(columns.header, columns.columns)]
            if any(t is None for t in tokens):
                raise NoToken
            yield _rows(columns.header, tokens)

    digest = hashlib.sha256()
    try:
        for piece in json_pieces(chunks()):
            digest.update(piece)
    except NoToken:
        return None
    return digest.hexdigest()


def write_json(path, frame: pd.DataFrame) -> None:
    """`data/<table>.json` of `frame` (row by row, `files.json_text`, for a dtype Arrow does not render)."""
    pieces = frame_json_pieces(frame)
    if pieces is None:
        write_text(path, json_text(frame))
    else:
        write_pieces(path, pieces)
