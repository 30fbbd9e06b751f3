"""Dagster UI metadata rendered from the table declarations (row count, columns, preview)."""

import dagster as dg
import pandas as pd

from schemas.model import Table

PREVIEW_ROWS = 5


def column_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                f.name, f.type, description=f.description,
                constraints=dg.TableColumnConstraints(nullable=not f.required, unique=f.unique),
            )
            for f in table.fields
        ]
    )


def table_metadata(table: Table, df: pd.DataFrame) -> dict:
    return {
        "dagster/row_count": len(df),
        "dagster/column_schema": column_schema(table),
        "preview": dg.MetadataValue.md(df.head(PREVIEW_ROWS).to_markdown(index=False) if len(df) else "(no rows)"),
    }


def failures_markdown(failures: pd.DataFrame, limit: int = 50) -> dg.MetadataValue:
    shown = failures.head(limit).to_markdown(index=False)
    more = f"\n\n… and {len(failures) - limit} more" if len(failures) > limit else ""
    return dg.MetadataValue.md(shown + more)


def rejections_markdown(rejections, limit: int = 50) -> dg.MetadataValue:
    """Refused files with their reasons, as a markdown table."""
    return failures_markdown(pd.DataFrame([r.as_row() for r in rejections]), limit)
