"""`sammelan-<version>.xlsx`: a start sheet, one sheet per table and the data dictionary.

XlsxWriter writes the workbook (reproducible: it stamps its zip entries with a fixed date and
takes the document's created time from us; openpyxl is kept for reading it back in the
tests): the start sheet, the dictionary, styles, and each table sheet with its header row
frozen, an autofilter over every row and widths from its content. The table rows themselves
are rendered by `sheet_rows`, a column's type decided once from its declaration (1,000
documents: 0.9 CPU s for the whole workbook, 8.4 s with XlsxWriter's per-cell calls), and put
into those sheets while the package is copied into its final zip. Every value is written with its declared type: text as text
(never a formula: text a spreadsheet would run as one, as `escape.spreadsheet_text` decides,
gets Excel's quote-prefix style, so the cell shows the text unchanged and stays text when
edited), whole numbers and decimals as numbers, dates as dates (yyyy-mm-dd); an empty cell
is left empty.

A sheet of a table that is unchanged since the release folder `previous`, written by the same
code with the same zlib (`build.reusable_files`), is that workbook's sheet part, its compressed
bytes copied (`archive.copy_compressed`): the same bytes a render gives, for a fraction of the
CPU. Such a sheet's column widths are not worked out either: they live in the part that is
replaced.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from contextlib import nullcontext
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from pipeline.release.archive import copy_compressed, copyable
from pipeline.release.citation import citation_text
from pipeline.release.escape import spreadsheet_text
from pipeline.release.formats.sheet_rows import sheet_rows
from pipeline.release.formats.values import column_values
from schemas.dictionary import DICTIONARY_COLUMNS, dictionary_rows
from schemas.model import Table

START_SHEET = "Start here – शुरुआत"  # Excel forbids "/" in sheet names
DICTIONARY_SHEET = "Dictionary – शब्दकोश"
MIN_WIDTH, MAX_WIDTH = 8, 60
WIDTH_SAMPLE = 200  # rows looked at to size a column
#: zlib level of the workbook's parts. Measured on 1,000 documents (45 MB of sheet XML):
#: level 6 (XlsxWriter's) 2.25 CPU s for 3.25 MB, level 3 1.57 s for 3.92 MB, level 1 1.43 s for 4.70 MB.
LEVEL = 3
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


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


def _table_sheet(sheet: Any, table: Table, frame: pd.DataFrame, styles: _Styles, widths: bool = True) -> None:
    """Everything of a table's sheet but its rows: widths (unless `widths` is False: a sheet
    whose part is replaced), header, frozen header, autofilter."""
    sample = frame.head(WIDTH_SAMPLE)
    for col, field in enumerate(table.fields):
        if widths:
            sheet.set_column(col, col, _width(field.name, column_values(sample, field)))
        sheet.write_string(0, col, field.name, styles.header)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(frame)), len(table.fields) - 1)


def sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding it, from `xl/workbook.xml` and its relationships."""
    targets = {r.get("Id"): r.get("Target")
               for r in ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))}
    return {s.get("name"): "xl/" + targets[s.get(_RELATIONSHIP)].removeprefix("/xl/")
            for s in ElementTree.fromstring(package.read("xl/workbook.xml")).iter(f"{_MAIN}sheet")}


def _entry(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A fresh entry with the name, date and attributes of `info`, deflated at `LEVEL`."""
    entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    entry.external_attr, entry.create_system = info.external_attr, info.create_system
    entry.compress_type = zipfile.ZIP_DEFLATED
    # Python 3.13 names it `compress_level`; before, `open(info, "w")` reads `_compresslevel`.
    setattr(entry, "compress_level" if hasattr(entry, "compress_level") else "_compresslevel", LEVEL)
    return entry


def _fill_sheet(member: Any, skeleton: str, table: Table, frame: pd.DataFrame, styles: dict[str, int]) -> None:
    """Write the sheet part `skeleton` (XlsxWriter's, header row only) with `frame`'s rows."""
    head, tail = skeleton.split("</sheetData>", 1)
    if len(frame):  # the used range, as Excel reads it first
        last = xl_col_to_name(len(table.fields) - 1)
        head = head.replace(f'<dimension ref="A1:{last}1"/>', f'<dimension ref="A1:{last}{len(frame) + 1}"/>', 1)
    member.write(head.encode("utf-8"))
    for rows in sheet_rows(frame, table.fields, date_style=styles["date"], guarded_style=styles["guarded"]):
        member.write(rows)
    member.write(("</sheetData>" + tail).encode("utf-8"))


def workbook_in(folder: Path | None) -> Path | None:
    """The workbook of the release folder `folder`, if it has one."""
    found = sorted(folder.glob("*.xlsx")) if folder is not None else []
    return found[0] if len(found) == 1 else None


def write_workbook(path: Path, package: dict[str, Any], tables: dict[str, pd.DataFrame],
                   declarations: tuple[Table, ...], *, previous: Path | None = None,
                   unchanged: frozenset[str] = frozenset()) -> None:
    """Write the workbook at `path`. `previous`: a workbook written by this code for a release
    whose tables named in `unchanged` hold the same rows; their sheets are copied from it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with (zipfile.ZipFile(previous) if previous is not None and unchanged else nullcontext()) as before:
        previous_parts = sheet_parts(before) if before is not None else {}
        copied = frozenset(unchanged) & previous_parts.keys()
        skeleton, row_styles = _skeleton(package, tables, declarations, copied)
        with zipfile.ZipFile(skeleton) as parts:
            if any(previous_parts[name] != part for name, part in sheet_parts(parts).items() if name in copied):
                copied = frozenset()  # laid out otherwise: every sheet is rendered, widths and all
                skeleton, row_styles = _skeleton(package, tables, declarations, copied)
        _assemble(path, skeleton, before, previous_parts, copied, tables, declarations, row_styles)


def _skeleton(package: dict[str, Any], tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...],
              copied: frozenset[str]) -> tuple[io.BytesIO, dict[str, int]]:
    """The workbook as XlsxWriter writes it, table sheets with their header row only (and no
    column widths for the sheets in `copied`), and the style numbers of the row cells."""
    created = dt.datetime.strptime(package["created"], "%Y-%m-%dT%H:%M:%SZ")
    row_counts = {t.name: len(tables[t.name]) for t in declarations}
    skeleton = io.BytesIO()
    book = xlsxwriter.Workbook(skeleton, {
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False, "in_memory": True,
    })
    book.set_properties({
        "title": f"{package['title']} {package['version']}",
        "author": "sammelan",
        "comments": "Generated from the sammelan table declarations; see the first sheet.",
        "created": created,
    })
    styles = _Styles(book)
    # XlsxWriter numbers a format when a cell first uses it; the table rows are written
    # outside it, so their two styles are numbered here.
    row_styles = {"date": styles.date._get_xf_index(), "guarded": styles.guarded._get_xf_index()}
    _start_sheet(book.add_worksheet(START_SHEET), _start_rows(package, row_counts, declarations), styles)
    for table in declarations:
        _table_sheet(book.add_worksheet(table.name), table, tables[table.name], styles, widths=table.name not in copied)
    rows = dictionary_rows(declarations)
    _write_grid(book.add_worksheet(DICTIONARY_SHEET), list(DICTIONARY_COLUMNS),
                [[r[c] for r in rows] for c in DICTIONARY_COLUMNS], styles)
    book.close()
    return skeleton, row_styles


def _assemble(path: Path, skeleton: io.BytesIO, before: zipfile.ZipFile | None, previous_parts: dict[str, str],
              copied: frozenset[str], tables: dict[str, pd.DataFrame], declarations: tuple[Table, ...],
              row_styles: dict[str, int]) -> None:
    """The final workbook: the skeleton's parts, the table sheets filled with their rows or,
    for the tables in `copied`, the previous workbook's sheet part."""
    by_name = {t.name: t for t in declarations}
    with zipfile.ZipFile(skeleton) as parts, zipfile.ZipFile(path, "w") as target:
        tables_by_part = {part: by_name[name] for name, part in sheet_parts(parts).items() if name in by_name}
        for info in parts.infolist():
            table = tables_by_part.get(info.filename)
            entry = _entry(info)
            if table is not None and table.name in copied:
                old = before.getinfo(previous_parts[table.name])
                if copyable(old, entry, old.file_size):
                    copy_compressed(target, entry, before, old)
                    continue
            with target.open(entry, "w") as member:
                if table is None:
                    member.write(parts.read(info))
                elif table.name in copied:
                    with before.open(previous_parts[table.name]) as source:
                        shutil.copyfileobj(source, member, 1 << 20)
                else:
                    _fill_sheet(member, parts.read(info).decode("utf-8"), table, tables[table.name], row_styles)
