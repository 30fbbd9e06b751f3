"""Render `Table` declarations as a data dictionary: Markdown for people, rows for machines."""

from __future__ import annotations

from collections.abc import Iterable

from schemas.model import Field, Table

DICTIONARY_COLUMNS = (
    "table", "field", "type", "title", "required", "constraints",
    "description", "description_hi", "missing_value_rule", "derivation",
)


def _constraints(field: Field) -> str:
    parts = []
    if field.unique:
        parts.append("unique")
    if field.enum is not None:
        parts.append("one of: " + ", ".join(f"`{v}`" for v in field.enum))
    if field.pattern is not None:
        parts.append(f"matches `{field.pattern}`")
    if field.minimum is not None:
        parts.append(f">= {field.minimum}")
    if field.maximum is not None:
        parts.append(f"<= {field.maximum}")
    return "; ".join(parts)


def _missing_rule(field: Field) -> str:
    return "never empty" if field.required else f"empty when: {field.missing}"


def dictionary_rows(tables: Iterable[Table]) -> list[dict[str, str]]:
    return [
        {
            "table": t.name,
            "field": f.name,
            "type": f.type,
            "title": f.title,
            "required": "yes" if f.required else "no",
            "constraints": _constraints(f),
            "description": f.description,
            "description_hi": f.description_hi,
            "missing_value_rule": _missing_rule(f),
            "derivation": f.derivation,
        }
        for t in tables
        for f in t.fields
    ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table) -> str:
    lines = [
        f"### `{table.name}` — {table.title}",
        "",
        table.description,
        "",
        f"*{table.description_hi}*",
        "",
        f"- One row: {table.row_meaning}",
        f"- Primary key: `{', '.join(table.primary_key)}`",
    ]
    for fk in table.foreign_keys:
        lines.append(
            f"- `{', '.join(fk.fields)}` references `{fk.resource}.{', '.join(fk.reference_fields)}`"
        )
    lines += [
        "",
        "| column | type | meaning | missing values | constraints | derived from |",
        "|---|---|---|---|---|---|",
    ]
    for f in table.fields:
        meaning = f"{f.description}<br>*{f.description_hi}*"
        lines.append(
            f"| `{f.name}` | {f.type} | {_cell(meaning)} | {_cell(_missing_rule(f))} "
            f"| {_cell(_constraints(f))} | {_cell(f.derivation)} |"
        )
    return "\n".join(lines) + "\n"
