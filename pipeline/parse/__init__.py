"""Pure parsing: raw Hindi text in, table rows out. No I/O, no Dagster.

- `text`: Unicode clean-up, match keys, romanization
- `dates`: years, dates, decades, ordinals
- `lexicon`: the curated Hindi -> English vocabulary (`lexicon.csv`)
- `structure`: title, lead, sections, items
- `summits`: which lines of a summit list are entries (labels in any order); host place, mode, status
- `pipe_tables`: Markdown pipe tables of summits (header words decide the columns)
- `prose`: summits stated in sentences, with their status; distractor years
- `document`: `parse_document`, which turns one document into rows of every table
"""

from pipeline.parse.document import PARSER_VERSION, DocumentRejected, ParsedDocument, parse_document

__all__ = ["PARSER_VERSION", "DocumentRejected", "ParsedDocument", "parse_document"]
