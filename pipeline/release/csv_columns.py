"""A release CSV as Arrow text columns, read the way Python's `csv.reader` reads it.

The publish gate reads every table of a release. Python's `csv` module makes a tuple of
`str` objects per row (5,000 documents: about 300 MB for the largest table, and most of the
gate's memory); Arrow's CSV reader keeps each column as one buffer, in C++. The two parsers
could differ on odd input (a stray quote, a bare carriage return, a byte-order mark), so
Arrow's reading is taken only with a proof: rendered back the way Python's `csv.writer`
writes a row (pandas' `to_csv` in the release: minimal quoting, `\\n` after every row), the
columns give the file byte for byte. A file that is such a rendering is read by `csv.reader`
as exactly those rows (quoted cells are the only ones holding `"`, `,` or a newline; no cell
holds a carriage return, which `csv.reader` would take for a line end). Without the proof
(`read_columns` returns None) the gate reads the file with `csv.reader` as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

#: A cell `csv.writer` quotes (QUOTE_MINIMAL, `\n` as the line terminator).
NEEDS_QUOTES = r'[",\n]'
#: Rows rendered at a time while comparing (bounds the memory of the rendering).
CHUNK_ROWS = 5_000
_MAX_COLUMNS = 1_000


@dataclass(frozen=True)
class Columns:
    """A CSV's header and its data columns (one Arrow string array per column, header row
    excluded); `lines`: each data row as rendered (its line without the newline), when asked for."""

    header: list[str]
    columns: list[pa.Array]
    lines: pa.Array | None = None

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0


def rendered_cells(column: pa.Array) -> pa.Array:
    """Each cell as `csv.writer` writes it: quoted (inner quotes doubled) when it holds a
    quote, a comma or a newline, else as it is."""
    needs = pc.match_substring_regex(column, NEEDS_QUOTES)
    if not pc.any(needs).as_py():
        return column
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(column.filter(needs), '"', '""'), '"', "")
    return pc.replace_with_mask(column, needs, quoted)


def rendered_lines(columns: list[pa.Array]) -> pa.Array:
    """Each row as one CSV line, without its newline."""
    return pc.binary_join_element_wise(*(rendered_cells(c) for c in columns), ",")


def _data(array: pa.Array) -> memoryview:
    """The UTF-8 bytes of all values of a string array, back to back."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if len(array) == 0:
        return memoryview(b"")
    offsets = memoryview(array.buffers()[1]).cast("i")
    return memoryview(array.buffers()[2]).cast("B")[offsets[array.offset]:offsets[array.offset + len(array)]]


def _arrow_read(data: bytes) -> pa.Table | None:
    try:
        return pacsv.read_csv(
            pa.py_buffer(data),
            read_options=pacsv.ReadOptions(autogenerate_column_names=True, use_threads=False),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={f"f{i}": pa.string() for i in range(_MAX_COLUMNS)}, null_values=[],
                strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return None


def read_columns(data: bytes, *, keep_lines: bool = False) -> Columns | None:
    """The CSV `data` as columns, or None when Arrow's reading is not proven to be
    `csv.reader`'s (see the module doc): a carriage return, NUL or byte-order mark anywhere,
    fewer than two columns, rows of unequal width, or a rendering that differs from `data`.
    `keep_lines`: keep each data row's rendered line (`Columns.lines`)."""
    if not data.endswith(b"\n") or b"\r" in data or b"\x00" in data or data.startswith(b"\xef\xbb\xbf"):
        return None
    table = _arrow_read(data)
    if table is None or not 2 <= table.num_columns < _MAX_COLUMNS or not all(
            t == pa.string() for t in table.schema.types):
        return None
    view, position, kept = memoryview(data), 0, []
    for start in range(0, table.num_rows, CHUNK_ROWS):
        lines = rendered_lines([c.combine_chunks() for c in table.slice(start, CHUNK_ROWS).columns])
        text = _data(pc.binary_join_element_wise(lines, "\n", ""))
        if view[position:position + len(text)] != text:
            return None
        position += len(text)
        if keep_lines:
            kept.append(lines)
    if position != len(data):
        return None
    header = [column[0].as_py() for column in table.columns]
    columns = [column.slice(1).combine_chunks() for column in table.columns]
    lines = pa.concat_arrays(kept).slice(1) if keep_lines else None
    return Columns(header, columns, lines)


def columns_of_records(header: list[str], records: list[tuple[str, ...]]) -> Columns:
    """Rows read by `csv.reader` as columns; a row shorter than the header is padded with
    empty cells, a longer one cut (its shape is reported by the row rules)."""
    width = len(header)
    fitted = [tuple(record[:width]) + ("",) * (width - len(record)) for record in records]
    return Columns(list(header), [pa.array([r[i] for r in fitted], type=pa.string()) for i in range(width)])
