"""The JSON copies hold exactly the rows of their CSV tables.

`datapackage.json` declares each `data/<table>.json` as a JSON file (so a plain
`pip install frictionless` validates the package), which frictionless checks as JSON but
not row by row. The publish gate checks it here instead, against the CSV that frictionless
does validate row by row: same rows, same order, same values (JSON `null` = empty cell).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any


def _as_csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"  # how pandas writes a boolean cell
    return str(value)


def json_copy_problems(folder: Path, csv_file: str, json_file: str) -> list[str]:
    """Differences between `json_file` and `csv_file` (paths relative to `folder`)."""
    with (folder / csv_file).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        csv_rows = list(reader)
    try:
        records = json.loads((folder / json_file).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{json_file}: not JSON ({error})"]
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        return [f"{json_file}: not an array of objects"]
    if len(records) != len(csv_rows):
        return [f"{json_file}: {len(records)} rows, {csv_file} has {len(csv_rows)}"]
    for number, (record, row) in enumerate(zip(records, csv_rows), start=1):
        if list(record) != header:
            return [f"{json_file}: row {number} has keys {list(record)}, {csv_file} has columns {header}"]
        cells = [_as_csv_cell(v) for v in record.values()]
        if cells != row:
            field = next(name for name, a, b in zip(header, cells, row) if a != b)
            return [f"{json_file}: row {number}, {field} differs from {csv_file}"]
    return []

