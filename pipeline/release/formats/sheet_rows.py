"""The rows of a table sheet as SpreadsheetML (`<row>`/`<c>` elements of a worksheet part).

XlsxWriter spends about 18 microseconds of Python per cell (argument checks, a cell object,
type dispatch, then the XML), which made the workbook the slowest file of a release. Here
the type is decided once per column from the table declaration and the cells of a chunk of
rows are put together by Arrow's compute kernels, one string join per row, so each value is
copied once (text that needs escaping, rare, is escaped in Python); `workbook` puts these rows
into the sheets XlsxWriter wrote around them. Measured on the sheets of 1,000 documents:
per-cell XlsxWriter 8.4 CPU s, per-cell Python strings 1.6 s, Arrow 0.9 s (zip included).

Cells are written as XlsxWriter writes them in its constant-memory mode, so Excel, LibreOffice
and openpyxl read them alike: text as an inline string (control characters as `_xHHHH_`,
`&<>` escaped, `xml:space="preserve"` when it starts or ends with white space, cut at
Excel's 32,767 UTF-16 units), whole numbers and decimals as `{:.16G}`, dates as Excel serial
days with the date style, booleans as `t="b"`, an empty cell not at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.utility import xl_col_to_name

from pipeline.release.escape import FORMULA_PREFIXES
from pipeline.release.formats.values import arrow_values, column_values
from schemas.model import Field

MAX_TEXT = 32_767  # Excel's limit for one cell, in UTF-16 code units
ROWS_PER_CHUNK = 5_000

# Text that needs more than copying: XML specials, control characters (and a literal
# `_xHHHH_`, which Excel would read as one), the two non-characters.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def _xml_text(value: str) -> str:
    if len(value) > MAX_TEXT // 2 and len(value.encode("utf-16-le", "surrogatepass")) > 2 * MAX_TEXT:
        value = value.encode("utf-16-le", "surrogatepass")[: 2 * MAX_TEXT].decode("utf-16-le", "ignore")
    if not _SPECIAL.search(value):
        return value
    value = _LITERAL_ESCAPE.sub(r"_x005F\1", value)
    value = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
    value = value.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SPECIAL_RE2 = r"[&<>\x00-\x08\x0b-\x1f\x{fffe}\x{ffff}]|_x[0-9a-fA-F]{4}_"  # `_SPECIAL` for Arrow (RE2)
_UNIX_EPOCH_SERIAL = 25_569  # Excel's serial day of 1970-01-01


Pieces = list[pa.Array | str]  # joined, they are a cell's part after its reference; null where the cell is empty


def _text_bodies(text: pa.Array, guarded_style: int) -> Pieces:
    special = pc.fill_null(pc.match_substring_regex(text, _SPECIAL_RE2), False)
    special = pc.or_(special, pc.fill_null(pc.greater(pc.utf8_length(text), MAX_TEXT // 2), False))
    if pc.any(special).as_py():  # rare: escaped (and cut) in Python, only the cells that need it
        fixed = [_xml_text(v) for v in text.filter(special).to_pylist()]
        escaped = pc.replace_with_mask(text, special, pa.array(fixed, type=pa.string()))
    else:
        escaped = text
    preserve = pc.or_(pc.utf8_is_space(pc.utf8_slice_codeunits(escaped, 0, 1)),
                      pc.utf8_is_space(pc.utf8_slice_codeunits(escaped, -1)))
    guarded = pc.starts_with(text, FORMULA_PREFIXES[0])
    for prefix in FORMULA_PREFIXES[1:]:
        guarded = pc.or_(guarded, pc.starts_with(text, prefix))
    return [pc.if_else(guarded, f' s="{guarded_style}"', ""), ' t="inlineStr"><is><t',
            pc.if_else(preserve, ' xml:space="preserve"', ""), ">", escaped, "</t></is></c>"]


def _number_bodies(series: pd.Series, field: Field) -> Pieces:
    values = column_values(series.to_frame(), field)
    return [pa.array([None if v is None else f"><v>{v:.16G}</v></c>" for v in values], type=pa.string())]


def _integer_bodies(series: pd.Series, field: Field) -> Pieces:
    numbers = arrow_values(series, field)
    largest = pc.max(pc.abs(numbers)).as_py() if len(numbers) else None
    if largest is not None and largest >= 10**15:  # beyond what `{:.16G}` writes digit for digit
        return _number_bodies(series, field)
    return ["><v>", pc.cast(numbers, pa.string()), "</v></c>"]


def _date_bodies(series: pd.Series, field: Field, date_style: int) -> Pieces:
    days = pc.cast(arrow_values(series, field), pa.int32())
    serial = pc.add(days, _UNIX_EPOCH_SERIAL)
    serial = pc.if_else(pc.less_equal(serial, 60), pc.subtract(serial, 1), serial)  # before Excel's 29 Feb 1900
    return [f' s="{date_style}"><v>', pc.cast(serial, pa.string()), "</v></c>"]


def cell_bodies(series: pd.Series, field: Field, *, date_style: int, guarded_style: int) -> Pieces:
    """Each value of one column as the pieces of its `<c>` element after the cell reference:
    text, or Arrow arrays that are null where the cell is empty. Typed by `field`
    (`values.column_values` says what a value is)."""
    if field.type == "integer":
        return _integer_bodies(series, field)
    if field.type == "number":
        return _number_bodies(series, field)
    if field.type == "boolean":
        flags = arrow_values(series, field)
        return [pc.if_else(flags, ' t="b"><v>1</v></c>', ' t="b"><v>0</v></c>')]
    if field.type == "date":
        return _date_bodies(series, field, date_style)
    return _text_bodies(arrow_values(series, field), guarded_style)


def _rows(columns: list[Pieces], letters: list[str], first_row: int, count: int) -> memoryview:
    """The rows as UTF-8: one join per row, so each value is copied once."""
    numbers = pc.cast(pa.array(range(first_row, first_row + count), type=pa.int64()), pa.string())
    empty = pa.scalar(None, pa.string())
    parts: list[pa.Array | str] = ['<row r="', numbers, '">']
    filled = []
    for letter, pieces in zip(letters, columns):
        valid = pc.is_valid(next(p for p in pieces if not isinstance(p, str)))
        filled.append(valid)
        cell = [f'<c r="{letter}', numbers, '"', *pieces]
        parts += [p if isinstance(p, pa.Array) and p is not numbers else pc.if_else(valid, p, empty) for p in cell]
    parts.append("</row>")
    rows = pc.binary_join_element_wise(*parts, "", null_handling="replace", null_replacement="")
    rows = rows.filter(functools.reduce(pc.or_, filled))  # a row with no cell is left out, as XlsxWriter does
    if isinstance(rows, pa.ChunkedArray):  # columns of frames stacked in memory come in chunks
        rows = rows.combine_chunks()
    offsets, data = rows.buffers()[1], rows.buffers()[2]
    bounds = memoryview(offsets).cast("i")
    return memoryview(data)[bounds[rows.offset]:bounds[rows.offset + len(rows)]] if len(rows) else memoryview(b"")


def sheet_rows(frame: pd.DataFrame, fields: tuple[Field, ...], *, date_style: int, guarded_style: int
               ) -> Iterator[memoryview]:
    """The `<row>` elements of `frame` below a header row (Excel's rows 2 onwards) as UTF-8,
    typed by `fields`, `ROWS_PER_CHUNK` rows at a time: only one chunk's cells are in memory."""
    letters = [xl_col_to_name(col) for col in range(len(fields))]
    for start in range(0, len(frame), ROWS_PER_CHUNK):
        part = frame.iloc[start:start + ROWS_PER_CHUNK]
        columns = [cell_bodies(part[f.name], f, date_style=date_style, guarded_style=guarded_style) for f in fields]
        yield _rows(columns, letters, first_row=start + 2, count=len(part))
