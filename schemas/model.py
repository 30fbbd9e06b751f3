"""The vocabulary of table declarations: `Field`, `ForeignKey` and `Table`.

A `Table` is the single source of truth for one published table. Everything else is
rendered from it: the Pandera schema (`schemas.pandera_schema`), the Frictionless Table
Schema (`schemas.frictionless_schema`) and the data dictionary (`schemas.dictionary`).
Nothing in this module knows about any particular table; the declarations live in
`schemas.tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field

FIELD_TYPES = ("string", "integer", "number", "date", "boolean")


@dataclass(frozen=True)
class Field:
    """One column: its type, meaning (English and Hindi) and constraints."""

    name: str
    type: str
    title: str
    description: str
    description_hi: str
    required: bool = True
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    #: What an empty cell means. Required for optional fields: a reader must be told.
    missing: str | None = None
    #: How the value is derived from the raw text.
    derivation: str = ""

    def __post_init__(self) -> None:
        if self.type not in FIELD_TYPES:
            raise ValueError(f"field {self.name}: unknown type {self.type!r}")
        if not self.required and not self.missing:
            raise ValueError(f"field {self.name}: optional fields must say what missing means")


@dataclass(frozen=True)
class ForeignKey:
    """`fields` of this table reference `reference_fields` of table `resource`."""

    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """One published table: its fields, keys and what a row means."""

    name: str
    title: str
    description: str
    description_hi: str
    row_meaning: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = dc_field(default_factory=tuple)

    def __post_init__(self) -> None:
        names = self.field_names
        if len(set(names)) != len(names):
            raise ValueError(f"table {self.name}: duplicate field names")
        for key in self.primary_key:
            if key not in names:
                raise ValueError(f"table {self.name}: primary key {key} is not a field")
        for fk in self.foreign_keys:
            for key in fk.fields:
                if key not in names:
                    raise ValueError(f"table {self.name}: foreign key {key} is not a field")

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name}.{name}")
