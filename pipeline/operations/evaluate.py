"""Extraction quality: extracted facts against expected facts, precision and recall per table.

Expected facts live as data, one CSV per table (`tests/fixtures/expected/<table>.csv`).
Its header chooses the key columns that make up a fact for that table (for example
`summit_id,year,date,edition,city,city_en,mode`); every column must be a declared field of
the table. An empty cell means the value must be missing. Extracted rows are projected onto
the same columns and compared as multisets of string tuples, so a fact found twice when the
text states it once costs precision.

Extracted tables come from a published release (`data/<table>.csv`) or straight from a raw
folder (ingest and parse, no Dagster, no validation). Tables without an expected CSV are
not scored. Everything here is a pure function of its inputs except the two loaders.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.ingest.reader import Rejection, read_raw_folder
from pipeline.tables.build import build_tables, parse_raw
from schemas.tables import TABLES, TABLES_BY_NAME

Fact = tuple[str, ...]


@dataclass(frozen=True)
class TableScore:
    table: str
    columns: tuple[str, ...]
    expected: int
    extracted: int
    matched: int
    missing: tuple[Fact, ...]  # expected, not extracted
    unexpected: tuple[Fact, ...]  # extracted, not expected

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def perfect(self) -> bool:
        return not self.missing and not self.unexpected


def as_strings(df: pd.DataFrame) -> pd.DataFrame:
    """Every cell as the text a release CSV holds: '' for missing, 2010 not 2010.0."""
    def cell(value: object) -> str:
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return ""
        return str(value)

    return pd.DataFrame({c: [cell(v) for v in df[c]] for c in df.columns}, columns=df.columns)


def facts(df: pd.DataFrame, columns: tuple[str, ...]) -> Counter[Fact]:
    return Counter(tuple(row) for row in as_strings(df[list(columns)]).itertuples(index=False))


def score_table(table: str, extracted: pd.DataFrame, expected: pd.DataFrame) -> TableScore:
    columns = tuple(expected.columns)
    unknown = [c for c in columns if c not in TABLES_BY_NAME[table].field_names]
    if unknown:
        raise ValueError(f"expected/{table}.csv: {', '.join(unknown)} not fields of table {table}")
    want, got = facts(expected, columns), facts(extracted, columns)
    matched = want & got
    return TableScore(
        table, columns, sum(want.values()), sum(got.values()), sum(matched.values()),
        missing=tuple(sorted((want - got).elements())), unexpected=tuple(sorted((got - want).elements())),
    )


def score(extracted: dict[str, pd.DataFrame], expected: dict[str, pd.DataFrame]) -> list[TableScore]:
    """One score per table that has expectations, in the package's table order."""
    unknown = sorted(set(expected) - set(TABLES_BY_NAME))
    if unknown:
        raise ValueError(f"expected facts for unknown tables: {', '.join(unknown)}")
    return [score_table(t.name, extracted[t.name], expected[t.name]) for t in TABLES if t.name in expected]


def report(scores: list[TableScore], *, show: int = 10) -> str:
    """A fixed-width table of precision and recall, then the facts that differ."""
    lines = [f"{'table':<18} {'expected':>8} {'extracted':>9} {'matched':>7} {'precision':>9} {'recall':>7}"]
    for s in scores:
        lines.append(f"{s.table:<18} {s.expected:>8} {s.extracted:>9} {s.matched:>7} "
                     f"{s.precision:>9.1%} {s.recall:>7.1%}")
    for s in scores:
        for label, rows in (("missing", s.missing), ("unexpected", s.unexpected)):
            if rows:
                lines.append(f"\n{s.table}: {len(rows)} {label} ({', '.join(s.columns)})")
                lines.extend(f"  {'|'.join(row)}" for row in rows[:show])
                if len(rows) > show:
                    lines.append(f"  ... {len(rows) - show} more")
    return "\n".join(lines) + "\n"


# --- loaders -------------------------------------------------------------------------------


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def load_expected(folder: Path) -> dict[str, pd.DataFrame]:
    return {path.stem: _read_csv(path) for path in sorted(folder.glob("*.csv"))}


def load_release(folder: Path) -> dict[str, pd.DataFrame]:
    """The canonical CSVs of a published release folder (`outputs/<version>`)."""
    return {t.name: _read_csv(folder / "data" / f"{t.name}.csv") for t in TABLES}


def extract_raw(folder: Path) -> dict[str, pd.DataFrame]:
    """Ingest and parse every raw file of `folder` as a release would, without publishing."""
    raws, rejections = read_raw_folder(folder)
    parsed = []
    for raw in raws:
        result = parse_raw(raw)
        (rejections if isinstance(result, Rejection) else parsed).append(result)
    return {name: as_strings(df) for name, df in build_tables(parsed, rejections).items()}
