"""Validation of the tables before anything is published.

`check_table` runs the Pandera schema rendered from a table's declaration; `check_relations`
runs the checks that span tables: every foreign key resolves, and no id is used by two
rows anywhere in the release; `validate_all` adds the corpus checks (`pipeline.corpus.checks`). Both return failure cases as a DataFrame (empty = passed), so
the Dagster checks can show the failing rows and the CLI can print them.
"""

from __future__ import annotations

import pandas as pd
import pandera.errors

from schemas.model import Table
from schemas.pandera_schema import pandera_schema
from schemas.tables import TABLES, TABLES_BY_NAME

FAILURE_COLUMNS = ["table", "column", "check", "failure_case", "index"]


class ValidationFailed(Exception):
    """Raised by `validate_all`; `failures` holds every failing case."""

    def __init__(self, failures: pd.DataFrame):
        self.failures = failures
        summary = failures.groupby(["table", "check"]).size().to_string()
        super().__init__(f"{len(failures)} validation failure(s):\n{summary}")


def check_table(table: Table, df: pd.DataFrame) -> pd.DataFrame:
    try:
        pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases.copy()
        cases.insert(0, "table", table.name)
        return cases.reindex(columns=FAILURE_COLUMNS).astype({"failure_case": "str", "index": "str"})
    return pd.DataFrame(columns=FAILURE_COLUMNS)


def check_relations(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Foreign keys between the given tables resolve, and no id is used twice among them.
    A key into a table that is not given is left to the check that has both (the `tables`
    stage is checked before the `corpus` tables exist)."""
    failures: list[dict] = []
    for name, df in tables.items():
        for fk in TABLES_BY_NAME[name].foreign_keys:
            if fk.resource not in tables:
                continue
            (column,), (ref_column,) = fk.fields, fk.reference_fields
            known = set(tables[fk.resource][ref_column])
            values = df[column].dropna()
            for index, value in values[~values.isin(known)].items():
                failures.append({
                    "table": name, "column": column, "check": f"references {fk.resource}.{ref_column}",
                    "failure_case": str(value), "index": str(index),
                })
    seen: dict[str, str] = {}
    for table in TABLES:
        if table.name not in tables or len(table.primary_key) != 1 or not table.primary_key[0].endswith("_id"):
            continue
        for index, value in tables[table.name][table.primary_key[0]].items():
            if value in seen:
                failures.append({
                    "table": table.name, "column": table.primary_key[0],
                    "check": f"id also used in {seen[value]}", "failure_case": value, "index": str(index),
                })
            seen[value] = table.name
    return pd.DataFrame(failures, columns=FAILURE_COLUMNS)


def validate_all(tables: dict[str, pd.DataFrame]) -> None:
    """Every check on every table; raises `ValidationFailed` with all failures at once."""
    from pipeline.corpus.checks import check_corpus  # the corpus imports this module's columns

    frames = [check_table(t, tables[t.name]) for t in TABLES] + [check_relations(tables), check_corpus(tables)]
    failing = [f for f in frames if len(f)]
    if failing:
        raise ValidationFailed(pd.concat(failing, ignore_index=True))
