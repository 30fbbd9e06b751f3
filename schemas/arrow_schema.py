"""Apache Arrow schemas rendered from the table declarations (for the Parquet files).

Types follow the declaration (string, int64, float64, date32, bool); a field is nullable
exactly when the declaration says it may be empty. Every field's metadata carries its title,
descriptions (English, Hindi), missing-value rule and derivation; the schema's metadata
carries the table's description, row meaning and keys (as JSON). pandas, DuckDB, R `arrow`
and `pyarrow.parquet.read_schema` all show it.
"""

from __future__ import annotations

import json

import pyarrow as pa

from schemas.model import Field, Table

ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "date": pa.date32(),
    "boolean": pa.bool_(),
}


def _metadata(items: dict[str, str | None]) -> dict[bytes, bytes]:
    return {k.encode(): v.encode("utf-8") for k, v in items.items() if v}


def arrow_field(field: Field) -> pa.Field:
    return pa.field(
        field.name,
        ARROW_TYPES[field.type],
        nullable=not field.required,
        metadata=_metadata(
            {
                "title": field.title,
                "description": field.description,
                "description_hi": field.description_hi,
                "missing": field.missing,
                "derivation": field.derivation,
            }
        ),
    )


def arrow_schema(table: Table) -> pa.Schema:
    keys = {
        "primary_key": list(table.primary_key),
        "foreign_keys": [
            {"fields": list(fk.fields), "resource": fk.resource, "reference_fields": list(fk.reference_fields)}
            for fk in table.foreign_keys
        ],
    }
    return pa.schema(
        [arrow_field(f) for f in table.fields],
        metadata=_metadata(
            {
                "name": table.name,
                "title": table.title,
                "description": table.description,
                "description_hi": table.description_hi,
                "row_meaning": table.row_meaning,
                "keys": json.dumps(keys, ensure_ascii=False, sort_keys=True),
            }
        ),
    )
