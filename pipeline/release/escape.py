"""Text from documents made safe for the places a release puts it.

- `spreadsheet_text`: a cell a spreadsheet would run as a formula (OWASP CSV injection:
  leading `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, which
  spreadsheets show as text and hide. Used for every spreadsheet copy (`excel/*.csv`,
  the workbook); the canonical `data/` files stay verbatim.
- `markdown_text` / `html_text`: document text shown in Markdown or HTML files never
  becomes markup.
"""

from __future__ import annotations

import html
import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: str) -> str:
    """`value` as a spreadsheet shows it as text, never as a formula."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def markdown_text(value: str) -> str:
    """`value` for Markdown: HTML escaped, Markdown punctuation backslash-escaped, one line."""
    one_line = " ".join(value.split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(one_line, quote=False))


def html_text(value: str) -> str:
    return html.escape(value, quote=True)
