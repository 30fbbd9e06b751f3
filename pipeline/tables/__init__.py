"""Stage 3, tables: parsed documents -> one validated DataFrame per declared table.

- `build`: stack the rows of many documents into frames shaped like `schemas.tables`
- `validate`: Pandera schemas and the checks that span tables
"""
