"""The workbook's table rows (`formats.sheet_rows`) read back exactly as the cells XlsxWriter
writes itself, for the values that need care; a sheet carried over from the previous
workbook gives the bytes of a full render."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import xlsxwriter

from pipeline.release.escape import spreadsheet_text
from pipeline.release.formats.workbook import sheet_parts, write_workbook
from schemas.model import Field, Table

openpyxl = pytest.importorskip("openpyxl")

TEXT = [
    "नई दिल्ली", "a & b < c > d", "  leading space", "trailing tab\t", "=SUM(A1:A2)", "+91 11", "-5", "@mention",
    "\tTab first", "line\nbreak", "bell\x07 and \x1f", "literal _x0041_ escape", "quote \" and ' marks", "",
    "non-character \ufffe", "x" * 40_000, None,
]
FIELDS = (
    Field("text", "string", "Text", "Some text.", "पाठ", required=False, missing="None."),
    Field("whole", "integer", "Whole", "A count.", "गिनती", required=False, missing="None."),
    Field("decimal", "number", "Decimal", "A number.", "संख्या", required=False, missing="None."),
    Field("day", "date", "Day", "A day.", "दिन", required=False, missing="None."),
    Field("flag", "boolean", "Flag", "A flag.", "ध्वज", required=False, missing="None."),
)
TABLE = Table("cells", "Cells", "Cells of every kind.", "कोष्ठ", "One value.", FIELDS, ("text",))


# (Not 1900-01-01: XlsxWriter writes that datetime as the time 00:00, not as Excel's day 1.)
def _frame() -> pd.DataFrame:
    n = len(TEXT)
    return pd.DataFrame({
        "text": TEXT,
        "whole": pd.array([2018, -3, 0, 12345678901234, None] + [7] * (n - 5), dtype="Int64"),
        "decimal": [28.6139, 0.1 + 0.2, -1e-7, 1e21, None] + [2.5] * (n - 5),
        "day": ["2018-06-09", "1900-02-28", "1900-03-01", None, "2031-12-31"] + ["2020-02-29"] * (n - 5),
        "flag": pd.array([True, False, None] + [True] * (n - 3), dtype="boolean"),
    })


def _xlsxwriter_cells(path: Path, frame: pd.DataFrame) -> None:
    """What the workbook used to do: every cell through XlsxWriter's own calls."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})
    guarded, date = book.add_format({"quote_prefix": True}), book.add_format({"num_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet(TABLE.name)
    sheet.write_row(0, 0, TABLE.field_names)
    for row, record in enumerate(frame.astype(object).where(frame.notna(), None).itertuples(index=False), start=1):
        text, whole, decimal, day, flag = record
        if text:
            sheet.write_string(row, 0, text, guarded if spreadsheet_text(text) != text else None)
        if whole is not None:
            sheet.write_number(row, 1, int(whole))
        if decimal is not None:
            sheet.write_number(row, 2, float(decimal))
        if day is not None:
            sheet.write_datetime(row, 3, dt.datetime.fromisoformat(day), date)
        if flag is not None:
            sheet.write_boolean(row, 4, bool(flag))
    book.close()


def _cells(path: Path) -> list[list[tuple]]:
    sheet = openpyxl.load_workbook(path)[TABLE.name]
    return [[(c.value, c.data_type, c.number_format if c.value is not None else None, bool(c.quotePrefix))
             for c in row] for row in sheet.iter_rows()]


def _package() -> dict:
    return {"title": "Test", "version": "1.0.0", "created": "2026-01-01T00:00:00Z",
            "licenses": [{"name": "CC-BY-4.0", "title": "CC BY 4.0", "attribution": "Test", "path": "x"}]}


def test_rows_read_back_as_xlsxwriter_writes_them(tmp_path, monkeypatch):
    import pipeline.release.formats.workbook as workbook

    monkeypatch.setattr(workbook, "citation_text", lambda package: "cite")
    frame = _frame()
    _xlsxwriter_cells(tmp_path / "reference.xlsx", frame)
    write_workbook(tmp_path / "fast.xlsx", _package(), {TABLE.name: frame}, (TABLE,))
    assert _cells(tmp_path / "fast.xlsx") == _cells(tmp_path / "reference.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "fast.xlsx")[TABLE.name]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:E{len(frame) + 1}"
    assert sheet.calculate_dimension() == f"A1:E{len(frame) + 1}"


def test_a_carried_sheet_gives_the_bytes_of_a_render(tmp_path, monkeypatch):
    import pipeline.release.formats.workbook as workbook

    monkeypatch.setattr(workbook, "citation_text", lambda package: "cite")
    other = Table("others", "Others", "More cells.", "और", "One value.", FIELDS, ("text",))
    before = {TABLE.name: _frame(), other.name: _frame().head(3)}
    after = {TABLE.name: _frame(), other.name: _frame().head(5)}
    write_workbook(tmp_path / "before.xlsx", _package(), before, (TABLE, other))
    write_workbook(tmp_path / "cold.xlsx", _package(), after, (TABLE, other))
    write_workbook(tmp_path / "warm.xlsx", _package(), after, (TABLE, other),
                   previous=tmp_path / "before.xlsx", unchanged=frozenset({TABLE.name}))
    assert (tmp_path / "warm.xlsx").read_bytes() == (tmp_path / "cold.xlsx").read_bytes()
    # ... and the carried sheet did come from the previous workbook, not from a render.
    with zipfile.ZipFile(tmp_path / "before.xlsx") as book:
        part = sheet_parts(book)[TABLE.name]
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(tmp_path / "before.xlsx") as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data.replace(b"2018", b"2019") if info.filename == part else data)
    write_workbook(tmp_path / "from_broken.xlsx", _package(), after, (TABLE, other),
                   previous=broken, unchanged=frozenset({TABLE.name}))
    assert (tmp_path / "from_broken.xlsx").read_bytes() != (tmp_path / "cold.xlsx").read_bytes()
