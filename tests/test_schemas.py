"""The declarations render consistently into Pandera, Frictionless and the dictionary."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.tables.build import build_tables, parse_raw
from pipeline.ingest.reader import decode
from pipeline.tables.validate import ValidationFailed, check_relations, check_table, validate_all
from schemas.dictionary import dictionary_rows, table_markdown
from schemas.frictionless_schema import table_schema
from schemas.model import Field, Table
from schemas.pandera_schema import pandera_schema
from schemas.tables import SUMMITS, TABLES


@pytest.fixture
def seed_tables(seed_text):
    raw = decode("000_e9ce27afdd3d7ab4.txt", seed_text.encode())
    return build_tables([parse_raw(raw)], [])


def test_every_field_rendered_everywhere():
    for table in TABLES:
        names = table.field_names
        assert [f["name"] for f in table_schema(table)["fields"]] == names
        assert list(pandera_schema(table).columns) == names
        assert [r["field"] for r in dictionary_rows([table])] == names
        markdown = table_markdown(table)
        assert all(f"`{n}`" in markdown for n in names)


def test_descriptions_in_english_and_hindi():
    for table in TABLES:
        for field in table_schema(table)["fields"]:
            assert field["description"] and field["description_hi"], (table.name, field["name"])


def test_foreign_keys_in_table_schema():
    fks = table_schema(SUMMITS)["foreignKeys"]
    assert {"fields": ["document_id"], "reference": {"resource": "documents", "fields": ["document_id"]}} in fks


def test_optional_field_must_explain_missing():
    with pytest.raises(ValueError, match="missing"):
        Field("x", "string", "X", "x", "x", required=False)


def test_duplicate_field_rejected():
    f = Field("x", "string", "X", "x", "x")
    with pytest.raises(ValueError, match="duplicate"):
        Table("t", "T", "d", "d", "r", (f, f), ("x",))


def test_seed_tables_pass(seed_tables):
    validate_all(seed_tables)


def test_implausible_year_fails_schema(seed_tables):
    summits = seed_tables["summits"].copy()
    summits.loc[0, "year"] = 3018
    failures = check_table(SUMMITS, summits)
    assert list(failures["failure_case"]) == ["3018"]


def test_bad_date_fails_schema(seed_tables):
    summits = seed_tables["summits"].copy()
    summits.loc[0, "date"] = "2010-02-30"
    assert len(check_table(SUMMITS, summits)) == 1


def test_dangling_foreign_key_fails(seed_tables):
    tables = dict(seed_tables)
    topics = tables["summit_topics"].copy()
    topics.loc[0, "summit_id"] = "000_e9ce27afdd3d7ab4.summit.1999"
    tables["summit_topics"] = topics
    failures = check_relations(tables)
    assert list(failures["failure_case"]) == ["000_e9ce27afdd3d7ab4.summit.1999"]
    with pytest.raises(ValidationFailed):
        validate_all(tables)


def test_duplicate_primary_key_fails(seed_tables):
    summits = pd.concat([seed_tables["summits"], seed_tables["summits"].head(1)], ignore_index=True)
    assert len(check_table(SUMMITS, summits)) > 0
