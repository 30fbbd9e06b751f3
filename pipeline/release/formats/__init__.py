"""The release's files for people and tools beyond CSV/JSON, each rendered from the table
declarations (`schemas.tables`) and the validated frames:

- `workbook`: `sammelan-<version>.xlsx`, a start sheet, one sheet per table, the dictionary;
- `sqlite`: `sammelan-<version>.sqlite`, typed, keyed, indexed, with full-text search;
- `datasette`: `metadata.json` describing that database for Datasette;
- `parquet`: `parquet/<table>.parquet` with the Arrow schema and its descriptions;
- `charts` and `page`: `index.html`, an offline page with charts rendered at build time;
- `values`: typed column values shared by the writers (None for an empty cell).

Every writer is deterministic: the same frames and `created` give the same bytes.
"""
