"""From parsed documents to the published tables (pandas DataFrames).

`parse_raw` runs the pure parser on one decoded file; `build_document_tables` stacks the rows of
many documents into one DataFrame per per-document table, with the declared column order and
dtypes, sorted by primary key so the same input always gives the same frame, adds what the
sources manifest says about each document and links documents and summits to the corpus;
`build_tables` adds the corpus tables (`pipeline.corpus`).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pipeline.ingest.reader import RawDocument, Rejection
from pipeline.ingest.sources import SourceManifest, source_rows
from pipeline.parse import DocumentRejected, ParsedDocument, parse_document
from schemas.model import Table
from schemas.pandera_schema import pandas_dtype
from schemas.tables import DOCUMENT_TABLES, DOCUMENTS, PARSE_ISSUES, REJECTIONS


def parse_raw(raw: RawDocument) -> ParsedDocument | Rejection:
    """Parse one decoded file; a document without structure becomes a `Rejection`."""
    try:
        parsed = parse_document(raw.document_id, raw.text)
    except DocumentRejected as rejected:
        return Rejection(raw.source_file, raw.source_sha256, raw.source_bytes, rejected.reason, rejected.detail)
    parsed.rows["documents"][0].update(
        source_file=raw.source_file, source_sha256=raw.source_sha256, source_bytes=raw.source_bytes
    )
    return parsed


def frame(table: Table, rows: Iterable[dict]) -> pd.DataFrame:
    """Rows as a DataFrame shaped exactly like the declaration, sorted by primary key."""
    columns = table.field_names
    df = pd.DataFrame.from_records(list(rows), columns=columns)
    for f in table.fields:
        df[f.name] = df[f.name].astype(pandas_dtype(f))
    return df.sort_values(list(table.primary_key), kind="stable", ignore_index=True)


def document_rows_frames(parsed: Iterable[ParsedDocument]) -> dict[str, pd.DataFrame]:
    """The rows each document gives on its own (every per-document table but `rejections`),
    `parse_issues` naming their source file: what does not depend on any other document or
    the manifest, so it can be kept between runs (`pipeline.tables.incremental`)."""
    rows: dict[str, list[dict]] = {t.name: [] for t in DOCUMENT_TABLES if t.name != REJECTIONS.name}
    for document in parsed:
        source_file = document.rows["documents"][0]["source_file"]
        for name, table_rows in document.rows.items():
            if name == "parse_issues":
                table_rows = [{"source_file": source_file, **row} for row in table_rows]
            rows[name].extend(table_rows)
    return {t.name: frame(t, rows[t.name]) for t in DOCUMENT_TABLES if t.name != REJECTIONS.name}


def complete_document_tables(
    frames: dict[str, pd.DataFrame], rejections: Iterable[Rejection], sources: SourceManifest | None = None,
    memo=None,
) -> dict[str, pd.DataFrame]:
    """`document_rows_frames` of all documents -> the per-document tables: each document's
    source columns and the manifest's issues from `sources`, the rejections, and the links to
    the corpus (`documents.series_id`, `summits.event_id`), which depend on every document
    (`memo`: a `pipeline.corpus.memo.CorpusMemo` with the links of an earlier run)."""
    from pipeline.corpus import link_documents  # the corpus shapes its tables with `frame`

    documents = frames["documents"]
    document_of_file = dict(zip(documents["source_file"], documents["document_id"]))
    source_columns, source_issues = source_rows(sources or SourceManifest(), document_of_file)
    frames = dict(frames)
    if source_columns:
        rows = [{**row, **source_columns.get(row["document_id"], {})}
                for row in documents.astype(object).where(documents.notna(), None).to_dict(orient="records")]
        frames["documents"] = frame(DOCUMENTS, rows)
    if source_issues:
        issues = frames["parse_issues"]
        rows = issues.astype(object).where(issues.notna(), None).to_dict(orient="records") + source_issues
        frames["parse_issues"] = frame(PARSE_ISSUES, rows)
    frames[REJECTIONS.name] = frame(REJECTIONS, [r.as_row() for r in rejections])
    linked = {t.name: frames[t.name] for t in DOCUMENT_TABLES}
    return link_documents(linked, memo) if memo is not None else link_documents(linked)


def build_document_tables(
    parsed: Iterable[ParsedDocument], rejections: Iterable[Rejection], sources: SourceManifest | None = None
) -> dict[str, pd.DataFrame]:
    """The per-document tables, with each document's source columns from the manifest and
    linked to the corpus (`documents.series_id`, `summits.event_id`)."""
    return complete_document_tables(document_rows_frames(parsed), rejections, sources)


def build_tables(
    parsed: Iterable[ParsedDocument], rejections: Iterable[Rejection], sources: SourceManifest | None = None
) -> dict[str, pd.DataFrame]:
    """Every published table: the per-document ones and the corpus built from them."""
    from pipeline.corpus import build_corpus

    frames = build_document_tables(parsed, rejections, sources)
    return frames | build_corpus(frames)
