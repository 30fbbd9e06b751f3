"""`sammelan-<version>.xlsx`: a start sheet, one sheet per table and the data dictionary.

Written with XlsxWriter (write-only, fast, and reproducible: it stamps its zip entries with
a fixed date and takes the document's created time from us; openpyxl is kept for reading it
back in the tests). Every value is written with its declared type: text as text (never a
formula: text a spreadsheet would run as one, as `escape.spreadsheet_text` decides, gets
Excel's quote-prefix style, so the cell shows the text unchanged and stays text when edited),
whole numbers and decimals as numbers, dates as dates (yyyy-mm-dd); an empty cell is left
empty. Each table sheet has its header row frozen, an autofilter and widths from its content.
Rows are written in order in XlsxWriter's constant-memory mode, so the workbook never holds
the cells of a whole table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter

from pipeline.release.citation import citation_text
from pipeline.release.escape import spreadsheet_text
from pipeline.release.formats.values import column_values
from schemas.dictionary import DICTIONARY_COLUMNS, dictionary_rows
from schemas.model import Table

START_SHEET = "Start here – शुरुआत"  # Excel forbids "/" in sheet names
DICTIONARY_SHEET = "Dictionary – शब्दकोश"
MIN_WIDTH, MAX_WIDTH = 8, 60
WIDTH_SAMPLE = 200  # rows looked at to size a column


class _Styles:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.guarded = book.add_format({"quote_prefix": True})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})


def _write_value(sheet: Any, row: int, col: int, value: Any, styles: _Styles) -> None:
    if value is None:
        return
    if isinstance(value, str):
        sheet.write_string(row, col, value, styles.guarded if spreadsheet_text(value) != value else None)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime(value.year, value.month, value.day), styles.date)
    else:  # pragma: no cover - the declarations know no other type
        raise TypeError(f"cannot write {type(value).__name__} to a workbook")


def _width(header: str, values: list[Any]) -> float:
    longest = max([len(header)] + [len(str(v)) for v in values[:WIDTH_SAMPLE] if v is not None])
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def _write_grid(sheet: Any, headers: list[str], columns: list[list[Any]], styles: _Styles) -> None:
    """A header row and the columns below it: frozen header, autofilter, widths."""
    for col, (header, values) in enumerate(zip(headers, columns)):
        sheet.set_column(col, col, _width(header, values))
        sheet.write_string(0, col, header, styles.header)
    # Row by row, as XlsxWriter stores them (and as its constant-memory mode would require).
    for row, values in enumerate(zip(*columns), start=1):
        for col, value in enumerate(values):
            _write_value(sheet, row, col, value, styles)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(columns[0]) if columns else 1), len(headers) - 1)


def _start_rows(package: dict[str, Any], row_counts: dict[str, int],
                declarations: tuple[Table, ...]) -> list[tuple[str | None, tuple[Any, ...]]]:
    """The start sheet as (style, cells) rows; style None is plain."""
    licence = package["licenses"][0]
    rows: list[tuple[str | None, tuple[Any, ...]]] = [
        ("title", (package["title"],)),
        ("bold", ("शिखर सम्मेलन: हिंदी दस्तावेज़ों से खुले आँकड़े",)),
        (None, ("Version / संस्करण", package["version"], f"built {package['created']}")),
        (None, ()),
        ("bold", ("Start with the summit_events sheet: one row per real summit across all documents, with "
                  "year, date, host city in Hindi and English (filter status = held to count summits). The "
                  "summits sheet has one row per document that states a summit, with the sentence it came from.",)),
        ("bold", ("शुरुआत summit_events शीट से करें: हर वास्तविक सम्मेलन की एक पंक्ति — वर्ष, तारीख़, मेज़बान शहर "
                  "(हिंदी और अंग्रेज़ी)। summits शीट में हर दस्तावेज़ का कथन और वह वाक्य है जिससे यह लिया गया।",)),
        (None, ()),
        ("header", ("Sheet / शीट", "Rows / पंक्तियाँ", "What a row is / एक पंक्ति क्या है", "Description / विवरण")),
    ]
    rows += [(None, (t.name, row_counts[t.name], t.row_meaning, f"{t.description} {t.description_hi}"))
             for t in declarations]
    rows += [
        (None, (DICTIONARY_SHEET, None, "One row per column of every table: type, meaning in English and "
                "Hindi, when it is empty, how it is derived.")),
        (None, ()),
        ("header", ("How to join / जोड़ने का तरीका", None, "column → the column it refers to")),
    ]
    rows += [(None, (f"{t.name}.{', '.join(fk.fields)}", None, f"→ {fk.resource}.{', '.join(fk.reference_fields)}"))
             for t in declarations for fk in t.foreign_keys]
    rows += [
        (None, ()),
        (None, ("Empty cells / खाली कोष्ठ", None, "An empty cell means the text does not say (never a guess).")),
        (None, ("Licence / लाइसेंस", None, f"{licence['title']} ({licence['name']}). {licence['attribution']}")),
        (None, ("Cite as / उद्धरण", None, citation_text(package))),
    ]
    return rows


def _start_sheet(sheet: Any, rows: list[tuple[str | None, tuple[Any, ...]]], styles: _Styles) -> None:
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 14)
    sheet.set_column(2, 3, 70, styles.wrap)
    for row, (style, cells) in enumerate(rows):
        for col, value in enumerate(cells):
            if style and value is not None:
                sheet.write_string(row, col, str(value), getattr(styles, style))
            else:
                _write_value(sheet, row, col, value, styles)


def write_workbook(path: Path, package: dict[str, Any], tables: dict[str, pd.DataFrame],
                   declarations: tuple[Table, ...]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    created = dt.datetime.strptime(package["created"], "%Y-%m-%dT%H:%M:%SZ")
    row_counts = {t.name: len(tables[t.name]) for t in declarations}
    book = xlsxwriter.Workbook(str(path), {
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
        # Each row goes to a temporary file as soon as the next begins, strings inline: memory
        # stays flat whatever the row count (1,500 documents: +13 MB instead of +89 MB, for
        # 10-25% more CPU and a 4.8 MB file instead of 3.9 MB).
        "constant_memory": True,
    })
    book.set_properties({
        "title": f"{package['title']} {package['version']}",
        "author": "sammelan",
        "comments": "Generated from the sammelan table declarations; see the first sheet.",
        "created": created,
    })
    styles = _Styles(book)
    _start_sheet(book.add_worksheet(START_SHEET), _start_rows(package, row_counts, declarations), styles)
    for table in declarations:
        frame = tables[table.name]
        _write_grid(book.add_worksheet(table.name), table.field_names,
                    [column_values(frame, f) for f in table.fields], styles)
    rows = dictionary_rows(declarations)
    _write_grid(book.add_worksheet(DICTIONARY_SHEET), list(DICTIONARY_COLUMNS),
                [[r[c] for r in rows] for c in DICTIONARY_COLUMNS], styles)
    book.close()
