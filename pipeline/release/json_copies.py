"""The JSON copies hold exactly the rows of their CSV tables.

`datapackage.json` declares each `data/<table>.json` as a JSON file (so a plain
`pip install frictionless` validates the package), which frictionless checks as JSON but
not row by row. The publish gate checks it here instead, against the CSV that frictionless
does validate row by row: same rows, same order, same values (JSON `null` = empty cell).
The gate (`gate.content_problems`, on each table it reads) first renders the CSV's rows as
the release writes JSON and compares the sha256 (`json_twin_problems`,
`json_rows.csv_twin_sha256`: Arrow, no Python object per row); only a file with other bytes
is read and compared row by row (`json_copy_problems`).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from pipeline.release.csv_columns import Columns
from pipeline.release.json_rows import csv_twin_sha256


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



def json_twins(package: dict[str, Any], before: dict[str, str | None]) -> dict[str, str]:
    """CSV path -> path of its JSON copy, for the tables of `package` whose copy is to be
    compared: not when both files have the hashes the validated previous release declares
    (`before`: path -> declared hash), which passed this check."""
    tables = {r["path"] for r in package["resources"] if r.get("type") == "table"}
    declared = {r["path"]: r.get("hash") for r in package["resources"]}
    twins = {}
    for resource in package["resources"]:
        twin = resource["path"].removesuffix(".json") + ".csv"
        if resource.get("format") == "json" and twin in tables:
            if all(before.get(p) is not None and before.get(p) == declared.get(p) for p in (twin, resource["path"])):
                continue
            twins[twin] = resource["path"]
    return twins


def json_twin_problems(folder: Path, csv_file: str, json_file: str, columns: Columns | None,
                       types: dict[str, str], json_sha256: str) -> list[str]:
    """`json_copy_problems`, proven without reading the JSON when the rows of the CSV
    (`columns`, as Arrow read them; None: not read that way) rendered as JSON have the sha256
    `json_sha256` of `json_file` (`types`: field name -> declared type)."""
    if columns is not None and csv_twin_sha256(columns, types) == json_sha256:
        return []
    return json_copy_problems(folder, csv_file, json_file)
