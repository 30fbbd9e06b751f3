"""A table's CSV rendered by Arrow, byte for byte what pandas' `to_csv` writes, where that is certain.

The release's CSV bytes are pandas' `to_csv(index=False, lineterminator="\\n")`: Python's
`csv.writer` with minimal quoting, a missing value as an empty cell. pandas hands
`csv.writer` one Python string per cell (5,000 documents: about 2 CPU s for all tables).
Arrow renders the same cells a column at a time (`csv_columns.rendered_lines`, the rule the
gate reads the files back with), for frames whose every column is of a kind whose text is
certain: pandas text (`str`), `int64` and `Int64` (digits and a sign, `str(int)`), `Float64`
(Python's `repr` of each float, made in Python: Arrow writes 1.0 as `1`). A cell
`csv.writer` would treat in a way the rule does not model (a carriage return, a NUL), a
frame of one column (a lone empty cell is written `""`), a float or any other dtype, or
text Arrow cannot take: `frame_csv_text` answers None, and pandas writes the table.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.release.csv_columns import CHUNK_ROWS, _data, rendered_lines

def _text_column(series: pd.Series) -> pa.Array | None:
    """The cells of one column as pandas writes them, or None when that is not certain."""
    dtype = str(series.dtype)
    try:
        if dtype in ("str", "string"):
            text = pa.array(series, from_pandas=True, type=pa.string())
        elif dtype in ("int64", "Int64"):
            text = pc.cast(pa.array(series, from_pandas=True, type=pa.int64()), pa.string())
        elif dtype == "Float64":  # Arrow writes 1.0 as "1": Python's repr, as `csv.writer` gets it
            values = series.to_numpy(dtype=object, na_value=None)
            text = pa.array([None if v is None else repr(float(v)) for v in values], type=pa.string())
        else:
            return None
    except (pa.ArrowException, TypeError, ValueError):
        return None
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    return pc.fill_null(text, "")


def frame_csv_text(df: pd.DataFrame) -> str | None:
    """`df.to_csv(index=False, lineterminator="\\n")`, rendered by Arrow; None when the frame
    is not one whose rendering is certain (see the module doc)."""
    if df.shape[1] < 2 or not all(isinstance(name, str) for name in df.columns):
        return None
    header = [pa.array([name], type=pa.string()) for name in df.columns]
    columns = []
    for name in df.columns:
        column = _text_column(df[name])
        if column is None:
            return None
        columns.append(column)
    pieces = [rendered_lines(header)[0].as_py().encode("utf-8") + b"\n"]
    for start in range(0, len(df), CHUNK_ROWS):
        lines = rendered_lines([c.slice(start, CHUNK_ROWS) for c in columns])
        pieces.append(bytes(_data(pc.binary_join_element_wise(lines, "\n", ""))))  # each line and its newline
    data = b"".join(pieces)
    if b"\r" in data or b"\x00" in data:
        return None
    return data.decode("utf-8")
