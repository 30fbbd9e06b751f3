"""Render a `Table` declaration as a Frictionless Table Schema (a plain dict).

Titles and descriptions are English; the Hindi description rides along in `description_hi`
(Table Schema allows extra properties). The result goes straight into `datapackage.json`.
"""

from __future__ import annotations

from typing import Any

from schemas.model import Field, Table


def field_descriptor(field: Field) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if field.required:
        constraints["required"] = True
    if field.unique:
        constraints["unique"] = True
    if field.enum is not None:
        constraints["enum"] = list(field.enum)
    if field.pattern is not None:
        constraints["pattern"] = field.pattern
    if field.minimum is not None:
        constraints["minimum"] = field.minimum
    if field.maximum is not None:
        constraints["maximum"] = field.maximum
    descriptor: dict[str, Any] = {
        "name": field.name,
        "type": field.type,
        "title": field.title,
        "description": field.description,
        "description_hi": field.description_hi,
    }
    if field.type == "date":
        descriptor["format"] = "default"
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def table_schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [field_descriptor(f) for f in table.fields],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {"resource": fk.resource, "fields": list(fk.reference_fields)},
            }
            for fk in table.foreign_keys
        ]
    return schema
