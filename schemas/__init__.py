"""Table declarations (the public contract) and their renderings.

`schemas.tables` declares every published table once; `pandera_schema`,
`frictionless_schema` and `dictionary` render those declarations for validation,
for the data package and for human readers.
"""

from schemas.model import Field, ForeignKey, Table
from schemas.tables import TABLES, TABLES_BY_NAME

__all__ = ["Field", "ForeignKey", "Table", "TABLES", "TABLES_BY_NAME"]
