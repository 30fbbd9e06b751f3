"""Text from documents made safe for the places a release puts it.

- `spreadsheet_text`: a cell a spreadsheet would run as a formula (OWASP CSV injection:
  leading `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, which
  spreadsheets show as text and hide. Used for every spreadsheet copy (`excel/*.csv`,
  the workbook); the canonical `data/` files stay verbatim.
- `markdown_text` / `markdown_code` / `html_text`: document text shown in Markdown or HTML
  files never becomes markup (no HTML, no links, no emphasis, no breaking out of a code span).
"""

from __future__ import annotations

import html
import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: str) -> str:
    """`value` as a spreadsheet shows it as text, never as a formula."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


# Inline markup: emphasis, code, links/images, tables, strikethrough. Parentheses, `#`, `+`,
# `-` need no escape inside a line (a link needs `[`, which is escaped): prose stays readable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# Block markers that act only at the start of a line (headings, lists, quotes, setext).
_LEADING_BLOCK = re.compile(r"^(?:[#+\-=>]|\d+[.)])")


_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?<=\bwww)(\.)|(?<=[A-Za-z0-9])(@)(?=[A-Za-z0-9])", re.IGNORECASE)


def markdown_text(value: str) -> str:
    """`value` for Markdown: HTML escaped, Markdown punctuation backslash-escaped, one line;
    `://`, `www.` and `@` between letters escaped too, so no bare URL or address becomes a link."""
    one_line = " ".join(value.split())
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(one_line, quote=False))
    escaped = _LEADING_BLOCK.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], escaped)  # "\#", "12\."
    return _AUTOLINK.sub(lambda m: "\\" + m.group(), escaped)


def markdown_code(value: str) -> str:
    """`value` as an inline code span on one line: fenced with more backticks than it holds,
    so it cannot close the span early; code spans never render HTML."""
    one_line = " ".join(value.split())
    longest = max((len(run) for run in re.findall("`+", one_line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if one_line.startswith("`") or one_line.endswith("`") or not one_line.strip() else ""
    return f"{fence}{pad}{one_line}{pad}{fence}"


def html_text(value: str) -> str:
    return html.escape(value, quote=True)
