"""Pure parsing: raw Hindi text in, table rows out. No I/O, no Dagster.

- `language/`: Unicode clean-up, match keys, romanization, typing variants, dates, the lexicon
- `layout/`: the document's shape (title, lead, sections, items) and its summit lists and tables
- `prose/`: summits stated in sentences, with their status; distractor years
- `parties/`: the sides or members a document names
- `geo/`: English names, codes and coordinates from the shipped gazetteers
- `document`: `parse_document`, which turns one document into rows of every table
- `cache`, `parallel`: the parse cache and parsing many documents on every core
"""

from pipeline.parse.document import PARSER_VERSION, DocumentRejected, ParsedDocument, parse_document

__all__ = ["PARSER_VERSION", "DocumentRejected", "ParsedDocument", "parse_document"]
