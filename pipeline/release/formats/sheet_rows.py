"""The rows of a table sheet as SpreadsheetML (`<row>`/`<c>` elements of a worksheet part).

XlsxWriter spends about 18 microseconds of Python per cell (argument checks, a cell object,
type dispatch, then the XML), which made the workbook the slowest file of a release. Here
the type is decided once per column from the table declaration, and each cell is one
formatted string; `workbook` puts these rows into the sheets XlsxWriter wrote around them.

Cells are written as XlsxWriter writes them in its constant-memory mode, so Excel, LibreOffice
and openpyxl read them alike: text as an inline string (control characters as `_xHHHH_`,
`&<>` escaped, `xml:space="preserve"` when it starts or ends with white space, cut at
Excel's 32,767 UTF-16 units), whole numbers and decimals as `{:.16G}`, dates as Excel serial
days with the date style, booleans as `t="b"`, an empty cell not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pandas as pd
from xlsxwriter.utility import xl_col_to_name

from pipeline.release.escape import spreadsheet_text
from pipeline.release.formats.values import column_values
from schemas.model import Field

MAX_TEXT = 32_767  # Excel's limit for one cell, in UTF-16 code units
ROWS_PER_CHUNK = 5_000

# Text that needs more than copying: XML specials, control characters (and a literal
# `_xHHHH_`, which Excel would read as one), the two non-characters.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_EXCEL_EPOCH = dt.date(1899, 12, 31)


def _xml_text(value: str) -> str:
    if len(value) > MAX_TEXT // 2 and len(value.encode("utf-16-le", "surrogatepass")) > 2 * MAX_TEXT:
        value = value.encode("utf-16-le", "surrogatepass")[: 2 * MAX_TEXT].decode("utf-16-le", "ignore")
    if not _SPECIAL.search(value):
        return value
    value = _LITERAL_ESCAPE.sub(r"_x005F\1", value)
    value = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
    value = value.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def excel_serial(day: dt.date) -> int:
    """Days since Excel's 1900 epoch, counting its phantom 29 February 1900 as it does."""
    days = (day - _EXCEL_EPOCH).days
    return days + 1 if days > 59 else days


def _text_cell(value: str, guarded_style: int) -> str:
    text = _xml_text(value)
    preserve = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    style = f' s="{guarded_style}"' if spreadsheet_text(value) != value else ""
    return f'{style} t="inlineStr"><is><t{preserve}>{text}</t></is></c>'


def cell_bodies(field: Field, values: list[Any], *, date_style: int, guarded_style: int) -> list[str | None]:
    """Each value of one column as the part of its `<c>` element after the cell reference
    (None: an empty cell). `values` as `values.column_values` gives them."""
    if field.type in ("integer", "number"):
        return [None if v is None else f"><v>{v:.16G}</v></c>" for v in values]
    if field.type == "boolean":
        return [None if v is None else f' t="b"><v>{int(v)}</v></c>' for v in values]
    if field.type == "date":
        return [None if v is None else f' s="{date_style}"><v>{excel_serial(v)}</v></c>' for v in values]
    return [None if v is None else _text_cell(v, guarded_style) for v in values]


def _rows(columns: list[list[str | None]], letters: list[str], first_row: int) -> str:
    rows = []
    for number, bodies in enumerate(zip(*columns), start=first_row):
        cells = "".join(f'<c r="{letter}{number}"{body}' for letter, body in zip(letters, bodies) if body is not None)
        if cells:  # a row with no cell is left out, as XlsxWriter does
            rows.append(f'<row r="{number}">{cells}</row>')
    return "".join(rows)


def sheet_rows(frame: pd.DataFrame, fields: tuple[Field, ...], *, date_style: int, guarded_style: int) -> Iterator[str]:
    """The `<row>` elements of `frame` below a header row (Excel's rows 2 onwards), typed by
    `fields`, `ROWS_PER_CHUNK` rows at a time: only one chunk's cells are in memory."""
    letters = [xl_col_to_name(col) for col in range(len(fields))]
    for start in range(0, len(frame), ROWS_PER_CHUNK):
        part = frame.iloc[start:start + ROWS_PER_CHUNK]
        columns = [cell_bodies(f, column_values(part, f), date_style=date_style, guarded_style=guarded_style)
                   for f in fields]
        yield _rows(columns, letters, first_row=start + 2)
