"""Validation of the tables before anything is published.

`check_table` runs the Pandera schema rendered from a table's declaration; `check_relations`
runs the checks that span tables: every foreign key resolves, and no id is used by two
rows anywhere in the release; `validate_all` adds the corpus checks (`pipeline.corpus.checks`).
Both return failure cases as a DataFrame (empty = passed), so the Dagster checks can show
the failing rows and the CLI can print them. `check_tables_incremental` is `check_table` for
a run that remembers which rows passed before (see below).
"""

from __future__ import annotations

import copy
import os
import pickle
import tempfile
from collections.abc import Collection
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors
import pandera.pandas as pa

from pipeline.tables.keys import is_in
from schemas.model import Table
from schemas.pandera_schema import pandas_dtype, pandera_schema
from schemas.tables import TABLES, TABLES_BY_NAME

FAILURE_COLUMNS = ["table", "column", "check", "failure_case", "index"]


class ValidationFailed(Exception):
    """Raised by `validate_all`; `failures` holds every failing case."""

    def __init__(self, failures: pd.DataFrame):
        self.failures = failures
        summary = failures.groupby(["table", "check"]).size().to_string()
        super().__init__(f"{len(failures)} validation failure(s):\n{summary}")


def _schema_failures(schema: pa.DataFrameSchema, table: Table, df: pd.DataFrame) -> pd.DataFrame:
    """Every failing case of `schema` on `df` as rows of FAILURE_COLUMNS (empty = passed)."""
    try:
        schema.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases.copy()
        cases.insert(0, "table", table.name)
        return cases.reindex(columns=FAILURE_COLUMNS).astype({"failure_case": "str", "index": "str"})
    return pd.DataFrame(columns=FAILURE_COLUMNS)


def check_table(table: Table, df: pd.DataFrame) -> pd.DataFrame:
    return _schema_failures(pandera_schema(table), table, df)


def check_relations(tables: dict[str, pd.DataFrame], touching: Collection[str] | None = None) -> pd.DataFrame:
    """Foreign keys between the given tables resolve, and no id is used twice among them.
    A key into a table that is not given is left to the check that has both (the `tables`
    stage is checked before the `corpus` tables exist). `touching`: only the foreign keys
    from or into these tables (the others were checked before)."""
    failures: list[dict] = []
    for name, df in tables.items():
        for fk in TABLES_BY_NAME[name].foreign_keys:
            if fk.resource not in tables:
                continue
            if touching is not None and name not in touching and fk.resource not in touching:
                continue
            (column,), (ref_column,) = fk.fields, fk.reference_fields
            values = df[column].dropna()
            for index, value in values[~is_in(values, tables[fk.resource][ref_column])].items():
                failures.append({
                    "table": name, "column": column, "check": f"references {fk.resource}.{ref_column}",
                    "failure_case": str(value), "index": str(index),
                })
    ids = [
        pd.DataFrame({"table": table.name, "value": tables[table.name][table.primary_key[0]],
                      "index": tables[table.name].index.astype(str)})
        for table in TABLES
        if table.name in tables and len(table.primary_key) == 1 and table.primary_key[0].endswith("_id")
    ]
    if ids:
        # Whole columns at once: the first use of an id is fine, every later one names the
        # table that used it before (tables in declaration order).
        every = pd.concat(ids, ignore_index=True)
        later = every["value"].duplicated(keep="first")
        first_table = every.drop_duplicates("value").set_index("value")["table"]
        for row in every[later].itertuples(index=False):
            failures.append({
                "table": row.table, "column": TABLES_BY_NAME[row.table].primary_key[0],
                "check": f"id also used in {first_table[row.value]}", "failure_case": row.value, "index": row.index,
            })
    return pd.DataFrame(failures, columns=FAILURE_COLUMNS)


def validate_all(tables: dict[str, pd.DataFrame]) -> None:
    """Every check on every table; raises `ValidationFailed` with all failures at once."""
    from pipeline.corpus.checks import check_corpus  # the corpus imports this module's columns

    frames = [check_table(t, tables[t.name]) for t in TABLES] + [check_relations(tables), check_corpus(tables)]
    failing = [f for f in frames if len(f)]
    if failing:
        raise ValidationFailed(pd.concat(failing, ignore_index=True))


# --- incremental validation --------------------------------------------------------------
#
# A row that passed its table's row rules under the same schema passes them again: rows
# are identified by a 128-bit hash of their values, and the hashes of rows that passed are
# kept in the cache folder per schema hash. A run validates only the other rows with Pandera
# and checks what spans rows (unique keys and columns, foreign keys, ids across the
# release) on the whole tables with indexes.

VALIDATED = "validated-rows.pickle"
_HASH_KEY = "sammelan-rows-01"


def row_hashes(df: pd.DataFrame) -> np.ndarray:
    """A 64-bit hash of each row's values (pandas' SipHash). A changed row passing as one
    validated before needs a collision: odds of 2**-64 per changed row."""
    return pd.util.hash_pandas_object(df, index=False, hash_key=_HASH_KEY).to_numpy()


@cache
def row_rules_schema(table: Table) -> pa.DataFrameSchema:
    """The table's Pandera schema without uniqueness: what one row can break on its own."""
    schema = copy.deepcopy(pandera_schema(table))
    schema.unique = None
    return schema.update_columns({name: {"unique": False} for name in schema.columns})


def check_row_rules(table: Table, df: pd.DataFrame) -> pd.DataFrame:
    return _schema_failures(row_rules_schema(table), table, df)


def check_unique(table: Table, df: pd.DataFrame) -> pd.DataFrame:
    """The primary key and every unique column, on the whole table (missing values aside)."""
    failures = []
    groups = [(list(table.primary_key), "unique primary key")]
    groups += [([f.name], "unique") for f in table.fields if f.unique]
    for columns, check in groups:
        values = df[columns]
        duplicated = values.duplicated(keep=False) & values.notna().all(axis=1)
        for index, row in values[duplicated].iterrows():
            failures.append({"table": table.name, "column": ",".join(columns), "check": check,
                             "failure_case": "|".join(map(str, row)), "index": str(index)})
    return pd.DataFrame(failures, columns=FAILURE_COLUMNS)


def _shaped_like(table: Table, df: pd.DataFrame) -> bool:
    """Columns in declared order with the declared dtypes: what Pandera checks per frame."""
    return list(df.columns) == list(table.field_names) and all(
        str(df[f.name].dtype) == pandas_dtype(f) for f in table.fields)


class ValidatedRows:
    """Hashes of rows that passed their table's row rules, per table, under one schema hash."""

    def __init__(self, folder: Path):
        from pipeline.release.fingerprint import schema_hash

        self.path = folder / VALIDATED
        self.key = f"{schema_hash()}+{_HASH_KEY}"
        try:
            with self.path.open("rb") as handle:
                key, self.tables = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            key, self.tables = None, {}
        if key != self.key:
            self.tables = {}

    def unknown(self, name: str, hashes: np.ndarray) -> np.ndarray:
        """Mask of the rows not validated before."""
        known = self.tables.get(name)
        if known is not None and known.dtype != hashes.dtype:
            known = None
        return np.ones(len(hashes), bool) if known is None else ~np.isin(hashes, known)

    def remember(self, name: str, hashes: np.ndarray) -> None:
        self.tables[name] = np.unique(hashes)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{VALIDATED}-", dir=self.path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((self.key, self.tables), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, self.path)


def check_tables_incremental(tables: dict[str, pd.DataFrame], folder: Path | None) -> dict[str, pd.DataFrame]:
    """Per table, the failures of `check_table` (row rules and uniqueness), validating with
    Pandera only rows not validated before (`folder`: where that is remembered; None: all).
    A table that passes is remembered whole. Only the declared tables given are checked."""
    store = ValidatedRows(folder) if folder is not None else None
    results = {}
    for table in (t for t in TABLES if t.name in tables):
        df = tables[table.name]
        hashes = row_hashes(df) if store is not None else None
        new = store.unknown(table.name, hashes) if store is not None else np.ones(len(df), bool)
        if new.any() or not _shaped_like(table, df):
            rows = check_row_rules(table, df if new.all() or not _shaped_like(table, df) else df[new])
        else:  # every row validated before; columns and dtypes checked above
            rows = pd.DataFrame(columns=FAILURE_COLUMNS)
        failures = [rows, check_unique(table, df)]
        failing = [f for f in failures if len(f)]
        results[table.name] = (pd.concat(failing, ignore_index=True) if failing
                               else pd.DataFrame(columns=FAILURE_COLUMNS))
        if store is not None and not failing:
            store.remember(table.name, hashes)
    if store is not None:
        store.save()
    return results
