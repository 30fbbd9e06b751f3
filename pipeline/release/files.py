"""Byte-exact serialization of tables: canonical CSV, JSON and an Excel-friendly CSV.

Same DataFrame in, same bytes out: UTF-8, LF line endings, columns in declared order,
rows already sorted by primary key. Empty values are empty CSV cells and JSON `null`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

UTF8_BOM = "\ufeff"


def _records(df: pd.DataFrame) -> list[dict]:
    records = df.astype(object).where(df.notna(), None).to_dict(orient="records")
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()} for r in records]


def csv_text(df: pd.DataFrame) -> str:
    return df.to_csv(index=False, lineterminator="\n")


def json_text(df: pd.DataFrame) -> str:
    """An array of objects, one row per line (diff-friendly), Devanagari unescaped."""
    rows = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in _records(df)]
    return "[\n" + ",\n".join(rows) + "\n]\n" if rows else "[]\n"


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
