"""The shape of a document: title, lead paragraph, headed sections and list items.

This module sees lines, not meanings: it decides which line is a heading, which lines are
"label: description" items and which are prose. `pipeline.parse.document` turns that shape
into table rows. Works on clean text (`clean_line`), before any match-key folding, because
the ':' of an item must survive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace

from pipeline.parse.layout.bare_tables import bare_tables
from pipeline.parse.layout.copied_tables import tab_tables, template_text
from pipeline.parse.layout.task_lists import box_state
from pipeline.parse.language.dates import MONTHS, leading_ordinal, parse_entry_label
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import clean_line, match_key, spelling_tolerant
from pipeline.parse.language.typography import fold
from schemas.tables import MAX_LINE_CHARS

MAX_TITLE_CHARS = 300
MAX_HEADING_WORDS = 7
MAX_LABEL_WORDS = 8

# Heading keywords per role, checked in this order (उद्देश्य wins over सम्मेलन in
# "सम्मेलन के उद्देश्य"). Matched on match keys, so spelling variants meet.
ROLE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Lists that are none of the roles below, although their headings name a summit
    # ("शिखर सम्मेलन के प्रमुख निर्णय"), and reference sections.
    ("other", ("निर्णय", "निर्णयों", "परिणाम", "घोषणाएँ", "टिप्पणियाँ", "टिप्पणी", "संदर्भ", "सन्दर्भ",
               "कड़ियाँ", "देखें", "चुनौतियाँ", "चुनौतियां",
               "decisions", "outcomes", "results", "notes", "challenges", "references")),
    ("objectives", ("उद्देश्य", "उद्देश्यों", "लक्ष्य", "लक्ष्यों", "मकसद", "ध्येय",
                    "objectives", "objective", "goals", "aims")),
    ("cooperation_areas", ("क्षेत्र", "क्षेत्रों", "कार्यक्षेत्र", "कार्यक्षेत्रों", "स्तंभ", "स्तंभों", "स्तम्भ", "आयाम", "आयामों", "पहलू", "पहलुओं",
                           "प्राथमिकताएँ", "प्राथमिकताएं", "प्राथमिकताओं", "areas", "pillars", "priorities", "sectors")),
    ("history", ("इतिहास", "पृष्ठभूमि", "घटनाक्रम", "समयरेखा", "कालक्रम", "history", "background")),
    # English headings of Markdown notes ('## Summits') count too
    # notes ask it too: "कब-कहाँ" (when and where)
    # a series may call its meetings rounds or sessions ('अब तक के दौर', 'अधिवेशन'); an event held
    # every year, its editions ('## Editions (जो मैंने note किए)', '## अब तक के संस्करण')
    ("summits", ("सम्मेलन", "सम्मेलनों", "शिखर", "बैठकें", "बैठक", "कहाँ", "कहां", "summits", "summit", "meetings",
                 "समिट", "समिट्स", "दौर", "दौरों", "अधिवेशन", "अधिवेशनों", "सत्र", "सत्रों", "rounds", "sessions",
                 "संस्करण", "संस्करणों", "editions")),
)
#: Headings after which nothing is a fact of the document (citations, links, "see also").
REFERENCE_HEADINGS = frozenset(
    match_key(w) for w in ("संदर्भ", "सन्दर्भ", "बाहरी कड़ियाँ", "इन्हें भी देखें", "यह भी देखें", "स्रोत", "संदर्भ सूची",
                           "references", "external links", "see also", "sources", "further reading")
)
_ROLE_KEYS = tuple((role, {match_key(w) for w in words}) for role, words in ROLE_KEYWORDS)
LIST_ROLES = ("objectives", "cooperation_areas")

# A bullet is any one symbol before the item: dashes, '•', and the arrows, geometric shapes,
# dingbats and emoji notes use ('➤', '■', '▸', '★', '✔', '🔹'), with an emoji's variation selector.
# Items are also lettered ('क.', 'ख)'), with the first ten letters only: 'प. बंगाल', 'म. प्र.' abbreviate.
# Notes also put those symbols before their headings ('★ उद्देश्य'): a short line of the symbols
# that only decorate, without a colon, stays a heading (`looks_like_heading`).
_ITEM_BULLETS = "-•*–—·▪►●◦"
_DECORATIONS = "\u2023\u2043\u2219\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_BULLETS = _ITEM_BULLETS + _DECORATIONS
_DECORATED = re.compile("^(?![" + _ITEM_BULLETS + "])[" + _DECORATIONS + "]\ufe0f?\\s")
_MARKER = re.compile(
    "^(?:[" + _BULLETS + "]\ufe0f?|\\+(?=\\s)|" r"[0-9०-९]{1,2}\.[0-9०-९]{1,2}\.?(?=\s)|[0-9०-९]{1,3}[.)](?![0-9०-९])|\([0-9०-९]{1,3}\)|\((?:[ivxlc]{1,6}|[a-z]|[क-ह])\)|(?:[ivxlc]{1,6}|[IVXLC]{1,6}|[कखगघङचछजझञ])[.)](?=\s))\s*"
)
_SENTENCE_END = re.compile(r"[।॥?!.]$")
# "label: description" or "label - description"; the label may not itself contain a colon.
# A dash between two dates ('30 नवंबर – 1 दिसंबर 2019') joins a range; it does not end a label.
_MONTH_NAMES = (
    "जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्तूबर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
)
# An arrow ('2020 (मॉस्को) → 20वाँ सम्मेलन', '=>', the dingbat arrows of notes '1972 ➝ स्टॉकहोम')
# separates them like a dash.
_ITEM = re.compile(r"^(?P<label>[^:：]{1,120}?)\s*(?:[:：]|\s(?:[-–—]|[→⇒⇨➔➙➛➜➝➞➟➠➡➤⟶⟹▸►▶»]|=>|->)\s)\s*(?P<description>.*)$")
_RANGE_DASH = re.compile(
    rf"(?<![\w\u0900-\u097f])((?:[0-9०-९]{{1,2}}|{_MONTH_NAMES}))\s([-–—])\s(?=[0-9०-९]{{1,2}}\s+(?:{_MONTH_NAMES}))"
)
_SPACED_DASH = re.compile(r"\s[-–—]\s")  # what every `_RANGE_DASH` holds: a fast first search
_JOINER = "\u2060"


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the raw file
    text: str  # clean text, Markdown emphasis and footnote markers removed
    marked_heading: bool = False  # written as a Markdown heading ('## ...')
    indent: int = 0  # leading spaces of the raw line (a tab counts 4): a nested bullet's depth
    written: str | None = None  # the text before its dashes, dates, full stops were folded (`typography`), if they were
    bold: bool = False  # the whole line was bold ('**2011 — कज़ान**'): a heading of notes without '#'
    continues_table: bool = False  # a table row written as a list item: the table goes on across a blank line
    unticked: bool = False  # a task list's open box ('- [ ] PP-26 — 2026, दोहा'): a thing still to come
    ticked: bool = False  # a task list's ticked box ('- [x] 2011 → बर्लिन'): a meeting held (`task_lists`)


def continues_table(previous: Line, line: Line) -> bool:
    """Whether `line` is the next row of the table `previous` is a row of (a blank line ends a table)."""
    return line.number == previous.number + 1 or line.continues_table


@dataclass
class Section:
    heading: Line
    role: str
    introduction: bool = False  # opened by a prose line announcing a list; that line is prose too
    lines: list[Line] = field(default_factory=list)

    @property
    def is_references(self) -> bool:
        return is_reference_heading(self.heading.text)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Shape:
    title: Line
    lead: list[Line]
    sections: list[Section]


@dataclass(frozen=True)
class Item:
    line: Line
    label: str
    description: str
    has_marker: bool


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])")
_FOOTNOTE = re.compile(r"\[(?:[0-9०-९]{1,3}|[a-z]|नोट \d+)\]|↑")
_TABLE_LINE = re.compile(r"^\|.*\|$")
_BOLD = re.compile(r"\*\*|__")
# Markup: one of these characters ('[' also opens a task list's box), '' or two spaces (three fast searches).
_MARKUP_CHAR = re.compile(r"[#*_\[↑~>=<`]")
_TWO_SPACES = re.compile(r"\s\s")
# Wikitext: '''बोल्ड''' and ''इटैलिक'' emphasis, <ref>...</ref> citations, <references />, <br />.
_WIKI_EMPHASIS = re.compile(r"'''(?=\S)(.+?)(?<=\S)'''|''(?=[^\s'])(.+?)(?<=[^\s'])''")
_WIKI_REF = re.compile(
    r"<ref\b[^<>]*/>|<ref\b[^<>]*>.*?</ref>|<references\b[^<>]*/?>|</?(?:small|big|br|sup|center)\b[^<>]*/?>"
)
_WIKI_HEADING = re.compile(r"^(={1,6})\s*(?P<text>[^=].*?)\s*\1$")  # '== इतिहास ==' (wikitext)
_CLOSING_HASHES = re.compile(r"\s+#+$")  # '# शीर्षक #': an ATX heading's optional closing marks
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")  # '[हेलसिंकी](https://...)' -> 'हेलसिंकी'
_QUOTE = re.compile(r"^\s*(?:>\s*)+")  # '> **नोट**: ...': a block quote's marks
# '- [ ] ...', '- [x] ...', '* [X] ...': a task list's box (kept: the bullet before it)
_CHECKBOX = re.compile(r"^((?:[-*+•]|[0-9]{1,3}[.)])\s+)?\[[ xX✓✔✗]\]\s+")
_UNTICKED = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]|[0-9]{1,3}[.)])\s+\[ \]\s+")
_STRIKE = re.compile(r"~~")
_BRACKETED_YEAR = re.compile(r"^((?:[-*+•]\s+)?)\[([0-9०-९]{4})\]\s+(?=\S)")
_CODE = re.compile(r"`+")  # '`2011` — कज़ान': inline code marks


def markdown_free(text: str) -> tuple[str, bool]:
    """Text without Markdown heading marks, bold/italic stars and footnote markers ('[1]');
    and whether the line was a Markdown heading. Pipe-table lines keep their cells as they are."""
    if not (_MARKUP_CHAR.search(text) or "''" in text or _TWO_SPACES.search(text)):
        return text, False
    text = _CHECKBOX.sub(lambda m: m[1] or "- ", _QUOTE.sub("", _CODE.sub("", text)))
    heading = _MARKDOWN_HEADING.match(text)
    if heading:
        text = _CLOSING_HASHES.sub("", text[heading.end():])
    elif (wiki := _WIKI_HEADING.match(text)) is not None:
        text, heading = wiki["text"], wiki
    text = _STRIKE.sub("", _LINK.sub(r"\1", _WIKILINK.sub(r"\1", text)))
    text = _BRACKETED_YEAR.sub(r"\1\2 — ", text)  # '- [2011] कज़ान': the year as a label
    text = _FOOTNOTE.sub("", _WIKI_REF.sub("", text))
    if "''" in text:
        text = _WIKI_EMPHASIS.sub(lambda m: m[1] or m[2], text)
    if _TABLE_LINE.match(text):
        text = _BOLD.sub("", text)  # '| **क्रम** | **वर्ष** |': a bold header cell is its words
    else:
        bullet = re.match(r"^\*\s+", text)  # a '* ' bullet is a list marker, not emphasis
        rest = _EMPHASIS.sub("", text[bullet.end():] if bullet else text)
        text = ("- " if bullet else "") + rest
    return re.sub(r"\s{2,}", " ", text).strip(), heading is not None


def clean_lines(text: str) -> list[Line]:
    """Non-empty clean lines with their raw line numbers (CRLF, CR and LF all end a line)."""
    lines = []
    raw_lines = tab_tables(text.splitlines())  # a table pasted from a web page: its cells apart by tabs
    skip = _front_matter(raw_lines)
    templates = _template_lines(raw_lines)
    for number, raw in wikitext_tables(raw_lines):
        if number <= skip or number in templates or not raw or raw.isspace():
            continue  # (a blank line cleans to nothing)
        cleaned, heading = markdown_free(clean_line(raw))
        if "~" in cleaned:
            cleaned = _TILDE_DASH.sub(" — ", cleaned)  # '**2014** ~ तोक्यो ~ ...': a tilde between parts is a dash
        if cleaned and not _RULE.fullmatch(cleaned):  # '***' rules separate, they say nothing
            expanded = raw.expandtabs(4)
            indent = len(expanded) - len(expanded.lstrip(" "))
            folded = fold(cleaned)
            lines.append(Line(number, folded, heading, indent, cleaned if folded != cleaned else None,
                              bold=bool(_WHOLLY_BOLD.match(raw)), unticked="[ ]" in raw and bool(_UNTICKED.match(raw)),
                              ticked=box_state(raw) is True))
    return bare_tables(_with_outer_pipes(lines))


_TILDE_DASH = re.compile(r"(?<=\S)\s+~\s+(?=\S)")
_RULE = re.compile(r"[*\-_=]{3,}")
_WHOLLY_BOLD = re.compile(r"^\s*\*\*[^*]+\*\*\s*$|^\s*__[^_]+__\s*$")
MAX_TEMPLATE_LINES = 80


def _template_lines(raw_lines: list[str]) -> set[int]:
    """The numbers (from 1) of the lines of each template written over several lines ('{{Infobox
    organization' ... '}}'): markup, not text. One that does not close within
    `MAX_TEMPLATE_LINES` lines is left as it is."""
    found: set[int] = set()
    index = 0
    while index < len(raw_lines):
        if _TEMPLATE_OPEN.match(raw_lines[index]):
            end = next((k for k in range(index + 1, min(len(raw_lines), index + MAX_TEMPLATE_LINES))
                        if raw_lines[k].strip() == "}}"), None)
            if end is not None:
                found.update(range(index + 1, end + 2))
                index = end + 1
                continue
        index += 1
    return found


_WIKILINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]")  # '[[नई दिल्ली|दिल्ली]]' -> 'दिल्ली'
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TEMPLATE_OPEN = re.compile(r"^\s*\{\{\s*[^\s{}|][^{}|]*$")  # '{{Infobox organization
_SPAN = re.compile(r"\b(rowspan|colspan)\s*=\s*[\"']?([0-9]{1,2})")
MAX_SPAN = 50


def wikitext_tables(raw_lines: list[str]) -> list[tuple[int, str]]:
    """The raw lines, numbered from 1, with each wikitext table ('{| class="wikitable"', '! वर्ष
    !! शहर', '|-', '| 2016 || एथेंस', '|}') written as a pipe table: a header row, a separator and
    one line per row (see `_wikitext_rows` for their numbers). A merged cell (rowspan="2") is repeated
    in the rows it spans, a colspan cell in the columns; cell attributes ('style="..." |') and the
    caption ('|+') are dropped. A document without '{|' comes back as it is."""
    numbered = list(enumerate(raw_lines, start=1))
    if not any(line.lstrip().startswith("{|") for line in raw_lines):
        return numbered
    out: list[tuple[int, str]] = []
    table: list[tuple[int, str]] | None = None
    for number, raw in numbered:
        stripped = raw.strip()
        if table is None:
            if stripped.startswith("{|"):
                table = []
            else:
                out.append((number, raw))
            continue
        if stripped.startswith("|}"):
            out += _markdown_rows(table) or _wikitext_rows(table)
            table = None
        else:
            table.append((number, stripped))
    if table is not None:
        out += _markdown_rows(table) or _wikitext_rows(table)  # a table never closed ends with the document
    return out


def _markdown_rows(table: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A Markdown pipe table written between '{| class="wikitable"' and '|}' ('| वर्ष | शहर |',
    '|---|---|', '| 1993 | काहिरा |'): every line one row with its outer pipes and no wikitext
    cell separator ('||', '!!'): the rows as they are (a caption '|+' dropped); None for wikitext."""
    rows = [(number, line) for number, line in table if line and not line.startswith("|+")]
    if len(rows) < 2 or not any(_MARKDOWN_SEPARATOR.match(line) for _, line in rows):
        return None
    if all(line.startswith("|") and line.endswith("|") and line.count("|") >= 3 and "||" not in line
           and "!!" not in line for _, line in rows):
        return rows
    return None


_MARKDOWN_SEPARATOR = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")  # '|---|---|' (a wikitext row break is '|-')


def _wikitext_rows(table: list[tuple[int, str]]) -> list[tuple[int, str]]:
    rows: list[tuple[int, bool, list[tuple[str, int, int]]]] = []  # first line, header?, (text, rowspan, colspan)
    for number, line in table:
        if not line or line.startswith(("|+", "|-")):
            if line.startswith("|-"):
                rows.append((number, False, []))
            continue
        header = line.startswith("!")
        if not line.startswith(("|", "!")):
            if rows and rows[-1][2]:  # a cell's text continued on the next line
                text, rowspan, colspan = rows[-1][2][-1]
                rows[-1][2][-1] = (f"{text} {line}", rowspan, colspan)
            continue
        if not rows or (rows[-1][1] != header and rows[-1][2]):
            rows.append((number, header, []))
        elif not rows[-1][2]:
            rows[-1] = (number, header, [])
        # citations and templates ('{{flagicon|भारत}}') hold pipes of their own: gone before the split
        bare = _TEMPLATE.sub(template_text, _WIKI_REF.sub("", _BREAK.sub(" ", _WIKILINK.sub(r"\1", line[1:]))))
        parts = re.split(r"\s*(?:\|\||!!)\s*", bare)
        for part in parts:
            attributes, bar, content = part.partition("|")
            if not bar or "=" not in attributes:
                attributes, content = "", part
            spans = dict((k, min(MAX_SPAN, int(v))) for k, v in _SPAN.findall(attributes))
            rows[-1][2].append((content.strip(), spans.get("rowspan", 1) or 1, spans.get("colspan", 1) or 1))
    out: list[tuple[int, str]] = []
    carried: dict[int, list] = {}  # column -> [rows left, text] of a rowspan cell
    for _, header, found in rows:
        if not found:
            continue
        values: list[str] = []
        queue = list(found)
        column = 0
        while queue or any(c >= column and left > 0 for c, (left, _) in carried.items()):
            if carried.get(column, [0])[0] > 0:
                carried[column][0] -= 1
                values.append(carried[column][1])
                column += 1
                continue
            if not queue:
                column += 1
                continue
            text, rowspan, colspan = queue.pop(0)
            for _ in range(colspan):
                if rowspan > 1:
                    carried[column] = [rowspan - 1, text]
                values.append(text)
                column += 1
        out.append("| " + " | ".join(v.replace("|", "/") for v in values) + " |")
        if header:
            out.append("|" + "---|" * len(values))
    # A table's rows are read as one run of consecutive lines: they are numbered on from the
    # first cell's line (each row took at least one line of the wikitext, so the numbers stay
    # inside the table and never meet a line outside it).
    first = next((number for number, _, found in rows if found), 0)
    return [(first + i, line) for i, line in enumerate(out)]


_FRONT_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
MAX_FRONT_MATTER_LINES = 20


def _front_matter(raw_lines: list[str]) -> int:
    """The number of lines a YAML front matter block takes at the top of a Markdown note
    ('---', 'title: ...', 'tags: ...', '---'); 0 when there is none."""
    start = next((i for i, line in enumerate(raw_lines) if line.strip()), None)
    if start is None or raw_lines[start].strip().lstrip("\ufeff") != "---":
        return 0
    for end in range(start + 1, min(len(raw_lines), start + 2 + MAX_FRONT_MATTER_LINES)):
        line = raw_lines[end].strip()
        if line == "---":
            return end + 1 if end > start + 1 else 0
        if line and not _FRONT_KEY.match(line) and not line.startswith(("-", " ")):
            return 0
    return 0


# '---|---|---' or ':---: | ---': a table's separator row written without its outer pipes.
_BARE_SEPARATOR = re.compile(r"^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+$")


def _with_outer_pipes(lines: list[Line]) -> list[Line]:
    """'क्रम | वर्ष | शहर' above '---|---|---' and its rows below: a pipe table written without
    outer pipes, given them, so it reads like any other ('| क्रम | वर्ष | शहर |')."""
    if not any("|" in line.text and "---" in line.text for line in lines):
        return lines  # most documents: no such table
    out = list(lines)
    for i, line in enumerate(lines):
        if not _BARE_SEPARATOR.match(line.text) or i == 0:
            continue
        columns = line.text.count("|") + 1
        run = [i - 1, i]
        j = i + 1
        while j < len(lines) and lines[j].number == lines[j - 1].number + 1 and lines[j].text.count("|") == columns - 1:
            run.append(j)
            j += 1
        if lines[i - 1].text.count("|") != columns - 1 or lines[i - 1].number != line.number - 1:
            continue
        for k in run:
            if not out[k].text.startswith("|"):
                out[k] = Line(out[k].number, f"| {out[k].text.strip()} |", out[k].marked_heading)
    return out


class LineTooLong(ValueError):
    """A line is longer than `MAX_LINE_CHARS`."""


def check_line_lengths(text: str) -> None:
    """No article line comes near `MAX_LINE_CHARS` (the seed's longest has ~420 characters); a
    longer one is a lost-line-breaks export or garbage. Checking before any pattern runs keeps
    parse time linear in the file size."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if len(raw) > MAX_LINE_CHARS:
            raise LineTooLong(f"line {number} has {len(raw):,} characters (limit {MAX_LINE_CHARS:,})")


_PARENTHETICAL = re.compile(r"\([^()]*\)")


def without_parentheticals(text: str) -> str:
    """'प्रमुख शिखर सम्मेलन (तिथि, शहर — मुख्य बात)' -> 'प्रमुख शिखर सम्मेलन' (nested ones too)."""
    # (the rules ask it of one line, label or name many times: short texts are cached)
    return _cached_without_parentheticals(text) if len(text) <= 200 else _without_parentheticals(text)


@lru_cache(maxsize=8192)
def _cached_without_parentheticals(text: str) -> str:
    return _without_parentheticals(text)


def _without_parentheticals(text: str) -> str:
    if "(" not in text:
        return " ".join(text.split())  # nothing in brackets (most texts)
    for _ in range(3):
        stripped = _PARENTHETICAL.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return " ".join(text.split())


_POSTPOSITIONS = frozenset(match_key(w) for w in ("के", "की", "का", "में", "पर", "से"))


def heading_role(text: str, own: frozenset[str] = frozenset()) -> str | None:
    """The role of a heading's keywords. A Hindi heading ends with its head noun: after its
    last postposition ('परिणाम दस्तावेज़ में चिह्नित प्रमुख क्षेत्र', 'सम्मेलन के प्रमुख निर्णय')
    the words that remain say what the list is, when they name a role. `own` is the series' own
    word for its meetings (`own_meeting_nouns`): '## कांग्रेस — जो याद रखनी हैं' lists summits."""
    words = match_key(without_parentheticals(text)).replace("-", " ").split()
    if _LIST_OF_MEETINGS.search(" ".join(words)):
        return "summits"  # 'बैठकों की सूची' (not 'अपनी बैठकों को याद किया', a sentence)
    words = _without_eras(words)  # 'Freeze वाला दौर (2020–2022)': a period of time, not rounds
    last = max((k for k, w in enumerate(words) if w in _POSTPOSITIONS), default=-1)
    for part in (set(words[last + 1:]), set(words)) if last >= 0 else (set(words),):
        for role, keys in _ROLE_KEYS:
            if part & keys:
                return "other" if role == "summits" and denies_summits(text) else role
        if part & own:
            return "other" if denies_summits(text, own) else "summits"
    # '## अब तक (Rounds)': a heading whose own words name no role says it in its gloss, English or
    # Hindi ('## Working Groups (सहयोग के क्षेत्र)')
    for gloss in _GLOSS.findall(text) if "(" in text else ():
        found = set(match_key(gloss).casefold().replace("-", " ").split())
        for role, keys in _ROLE_KEYS:
            if found & keys:
                return "other" if role == "summits" and denies_summits(gloss) else role
    return None


_GLOSS = re.compile(r"\(([A-Za-z\u0900-\u097f][A-Za-z\u0900-\u097f \-]{2,40})\)")
# 'दौर' is a round and a period of time: one period after a singular 'वाला' or 'का' ('Freeze वाला दौर',
# 'कोविड का दौर'); rounds are plural ('अब तक के दौर', 'वार्ता के दौर')
_ROUND = match_key("दौर")
_ONE_OF = frozenset(match_key(w) for w in ("वाला", "का"))


def _without_eras(words: list[str]) -> list[str]:
    """The heading's words without a 'दौर' that names a period of time ('Freeze वाला दौर')."""
    return [w for k, w in enumerate(words) if not (w == _ROUND and k > 0 and words[k - 1] in _ONE_OF)]
_LIST_OF_MEETINGS = re.compile(match_key("बैठकों") + r"\s+(?:" + "|".join(match_key(w) for w in ("की", "का")) + r")\s+(?:"
                               + "|".join(match_key(w) for w in ("सूची", "ब्योरा", "ब्यौरा", "विवरण", "क्रम")) + r")$")


# "जो summits नहीं हैं", "गैर-शिखर बैठकें", "Not summits": a heading over what the series' summits are
# not. The negation stands right after the summit noun (नहीं, न) or right before it (गैर, not, non);
# "शिखर सम्मेलन — पूरी सूची नहीं" (not a full list) denies nothing.
# A note's warning denies too: 'इन्हें GPAI summit मत समझना' (do not take these for summits)
_NEGATIONS_AFTER = frozenset(match_key(w) for w in ("नहीं", "न", "मत"))
# "अन्य संबंधित बैठकें", "Related meetings": meetings related to the series are not its own
_RELATED_BEFORE = frozenset(match_key(w) for w in ("संबंधित", "सम्बंधित", "संबद्ध", "सम्बद्ध", "related"))
_NEGATIONS_BEFORE = frozenset(match_key(w) for w in ("गैर", "not", "non")) | _RELATED_BEFORE


def denies_summits(text: str, own: frozenset[str] = frozenset()) -> bool:
    """Whether a heading names summits only to say its items are none ('जो summits नहीं हैं')."""
    # (a gloss in brackets may deny too: '(background — ये IGF की बैठकें नहीं!)')
    words = re.sub(r"[()!?।.,;:—–]", " ", match_key(text).casefold().replace("-", " ")).split()
    nouns = dict(_ROLE_KEYS)["summits"] | own
    return any(w in nouns and ((k + 1 < len(words) and words[k + 1] in _NEGATIONS_AFTER)
                               or (k > 0 and words[k - 1] in _NEGATIONS_BEFORE))
               for k, w in enumerate(words)) or _names_other_formats(words)


# 'दूसरे "C5+X" formats (confuse मत होना)', 'अन्य समूहों के शिखर सम्मेलन': a heading over other formats'
# or groups' meetings, set beside the series' own
_OTHERS = frozenset(match_key(w).casefold() for w in ("दूसरे", "दूसरी", "अन्य", "other", "others"))
_FORMATS = frozenset(match_key(w).casefold() for w in (
    "formats", "format", "फ़ॉर्मेट", "फॉर्मेट", "प्रारूप", "प्रारूपों", "समूह", "समूहों", "groupings", "groups", "series",
    "शृंखला", "शृंखलाएँ", "शृंखलाओं", "श्रृंखला", "श्रृंखलाओं"))
MAX_WORDS_TO_FORMAT = 3


def _names_other_formats(words: list[str]) -> bool:
    return any(w in _OTHERS and any(later in _FORMATS for later in words[k + 1:k + 1 + MAX_WORDS_TO_FORMAT])
               for k, w in enumerate(words))


def is_reference_heading(text: str) -> bool:
    return match_key(without_parentheticals(text).rstrip(":： ")) in REFERENCE_HEADINGS


def strip_marker(text: str) -> tuple[str, bool]:
    match = _MARKER.match(text)
    if match and match.end() < len(text):
        return text[match.end():].strip(), True
    return text, False


_INTRODUCTION = re.compile(r"(?:है|हैं|था|थे|गए|गई|निम्नलिखित|प्रकार)$")


def is_introduction(text: str) -> bool:
    """A line that announces a list ('मुख्य उद्देश्य निम्नलिखित हैं:', 'सम्मेलन इस प्रकार हैं:')."""
    return _INTRODUCTION.search(text.rstrip(":： ")) is not None


# The words of a list's legend after its heading ('... सम्मेलन — तिथि (शहर, देश): मुख्य बात').
_LEGEND_WORDS = frozenset(match_key(w) for w in (
    "तिथि", "तारीख", "तारीख़", "दिनांक", "वर्ष", "साल", "शहर", "स्थान", "जगह", "देश", "मेज़बान", "मेजबान", "क्रम",
    "मुख्य", "प्रमुख", "बात", "बातें", "बिंदु", "टिप्पणी", "परिणाम", "नतीजा", "विषय", "थीम", "और", "कब", "कहाँ", "कहां",
    "date", "year", "city", "place", "venue", "country", "host", "notes", "note", "key", "point", "points", "theme",
    "outcome", "what", "when", "where"))
_LEGEND = re.compile(r"\s[—–-]\s(?P<legend>[^—–]+)$")
_LEGEND_FIELD = re.compile(r"[(),:：/|→;]+")


def without_legend(text: str) -> str:
    """'वित्तपोषण (पुनःपूर्ति) सम्मेलन — तिथि (शहर, देश): मुख्य बात' -> 'वित्तपोषण (पुनःपूर्ति) सम्मेलन': a
    heading followed by the legend of its list's fields (every word after the dash a field's word)."""
    match = _LEGEND.search(text) if " " in text else None
    if match is None:
        return text
    legend = match_key(match["legend"]).casefold()
    words = [w for w in re.split(r"[\s(),:：/|→]+", legend) if w]
    # or each of its several fields names one ('(वर्ष) शहर, देश, तारीख़ → याद रखने योग्य बात')
    fields = [f.split() for f in _LEGEND_FIELD.split(legend) if f.strip()]
    named = (words and all(w in _LEGEND_WORDS for w in words)) or (
        len(fields) >= 3 and all(any(w in _LEGEND_WORDS for w in f) for f in fields))
    return text[:match.start()].rstrip() if named else text


def heading_text(text: str) -> str:
    """A heading typed with a closing colon ('उद्देश्य:') reads as the heading itself; an
    introduction ('मुख्य उद्देश्य निम्नलिखित हैं:') does not. A legend after it ('... — तिथि (शहर,
    देश): मुख्य बात') is no part of it."""
    if (" — " in text or " – " in text or " - " in text) and (bare := without_legend(text)) != text:
        return heading_text(bare)
    if text.endswith((":", "：")):
        bare = text[:-1].rstrip()
        if bare and not is_introduction(bare) and (heading_role(bare) or is_reference_heading(bare)):
            return bare
    return text


_QUOTED_NAME = re.compile(r'"[^"]{1,40}"|“[^”]{1,40}”')


def looks_like_heading(text: str) -> bool:
    """A short line that is not a sentence, an item or a list entry (a gloss in brackets,
    '## सहयोग के स्तंभ (Pillars)', does not count)."""
    bare = without_parentheticals(text)
    if len(bare) > 80 or ":" in bare or "：" in bare:
        return False  # (the cheap tests first: most lines are long)
    # '"ईसीओ विज़न २०२५" के अंतर्गत सहयोग के क्षेत्र': a quoted name counts as one word
    # a dash between words ('◆ घटनाक्रम — ये शिखर सम्मेलन नहीं हैं') is no word
    words = sum(1 for w in _QUOTED_NAME.sub("Q", bare).split() if w.strip("-–—"))
    return (
        0 < words <= MAX_HEADING_WORDS
        and not _SENTENCE_END.search(bare)
        and (not _MARKER.match(text) or _DECORATED.match(text) is not None)
        and (not re.match(r"^[0-9०-९|]", text) or _SINCE_A_YEAR.match(text) is not None)
        and not _NEWS_DATELINE.search(bare)
    )


# '2000 के बाद के शिखर सम्मेलन', '1990 से अब तक': a year that opens a phrase, not an entry's label
_SINCE_A_YEAR = re.compile(r"^[0-9०-९]{4}\s+(?:के|से|तक)\s+\S")


MAX_LONG_HEADING_WORDS = 12
# a news deck under the headline, in clauses ('मंच का पाँचवाँ संस्करण मंगलवार से शुरू, तीन दिन चलेगी बैठक'),
# is no long heading, whatever its last word
_DECK_CLAUSES = re.compile(r"[,;]\s+\S+\s+\S+")


def _long_heading(text: str, before: int, number: int, after: int | None) -> bool:
    """'पेरिस समझौता लागू होने के बाद के सम्मेलन': a longer line that is not a sentence, stands
    alone between blank lines and names a section's role (summits, objectives, areas) by its
    last word is a heading too."""
    bare = without_parentheticals(text)
    words = bare.split()
    if not (MAX_HEADING_WORDS < len(words) <= MAX_LONG_HEADING_WORDS) or after is None:
        return False
    if number - before < 2 or after - number < 2:
        return False  # not set apart by blank lines
    if _SENTENCE_END.search(bare) or ":" in bare or "：" in bare or _MARKER.match(text) or re.search(r"[0-9०-९]", bare):
        return False
    # 'सर्वोच्च परिषद की प्रमुख बैठकें — साल के हिसाब से': the role's word may end the part before a dash
    before_dash = re.split(r"\s[—–]\s", bare, maxsplit=1)[0].split()
    return any(heading_role(w[-1]) in ("summits", "objectives", "cooperation_areas") for w in (words, before_dash) if w)


def _under_remark(rest: list[Line], index: int) -> int | None:
    """The number of the line after line `index`, or, when that line is a remark in brackets alone
    ('(पूरी सूची नहीं, सिर्फ़ ... सत्र)') right under it, a number that sets the two apart as one."""
    if index + 1 >= len(rest):
        return None
    below = rest[index + 1]
    text = below.text.strip()
    if text.startswith("(") and text.endswith(")") and below.number == rest[index].number + 1:
        return below.number + 1  # the remark belongs to the heading above it
    return below.number


# 'विशेष संवाददाता | नई दिल्ली, 29 अक्टूबर': a news dateline, not a heading.
_NEWS_DATELINE = re.compile(r"\||,\s*[0-9०-९]{1,2}\s+\S+$")


def announcing_sentence(text: str) -> str:
    """The last sentence of a paragraph: the one that announces the list after it."""
    return re.split(r"[।॥]\s*", text)[-1]


def is_list_introduction(text: str) -> str | None:
    """The role of the list a prose line announces ('... के तीन प्रमुख उद्देश्य हैं:', 'नेताओं ने
    सहयोग के निम्नलिखित क्षेत्रों पर ... चर्चा की:'), or None."""
    if not text.endswith((":", "：")):
        return None
    last_sentence = announcing_sentence(text)
    if len(last_sentence.split()) > 25:
        return None
    role = heading_role(last_sentence)
    return role if role in LIST_ROLES else _counted_role(last_sentence)


# 'चार प्रमुख क्षेत्रों', 'तीन मुख्य उद्देश्य', '5 स्तंभों': a count before the noun of a list role
_COUNTS = frozenset(match_key(w) for w in (
    "दो", "तीन", "चार", "पाँच", "पांच", "छह", "छः", "सात", "आठ", "नौ", "दस", "निम्नलिखित", "निम्न"))
_COUNT_ADJECTIVES = frozenset(match_key(w) for w in ("प्रमुख", "मुख्य", "प्राथमिक", "बड़े", "व्यापक", "विषयगत"))


def _counted_role(sentence: str) -> str | None:
    """'सम्मेलन में चार प्रमुख क्षेत्रों (उप-विषयों) पर सत्र आयोजित किए जा रहे हैं:': the list a
    sentence counts is its items, whatever noun ends the sentence (here the sessions held on them)."""
    words = match_key(without_parentheticals(sentence)).replace("-", " ").split()
    for k, word in enumerate(words):
        if word not in _COUNTS and not re.fullmatch(r"[0-9०-९]{1,2}", word):
            continue
        j = k + 1
        while j < len(words) and words[j] in _COUNT_ADJECTIVES:
            j += 1
        for role, keys in _ROLE_KEYS:
            if j < len(words) and words[j] in keys:
                return role if role in LIST_ROLES else None
    return None


# A label that opens a quotation it does not close ('... में "हमारा महासागर').
_OPEN_QUOTE = re.compile(r"^[^\"“”]*(?:\"[^\"]*\"[^\"“”]*)*(?:\"|“)[^\"”]*$")


def _colon_outside_quotes(text: str) -> int | None:
    """The index of the first ':' that no open quotation holds, else None."""
    quoted = False
    for index, char in enumerate(text):
        if char in "\"“”":
            quoted = char != "”" and not (quoted and char == "\"")
        elif char in ":：" and not quoted:
            return index
    return None


@lru_cache(maxsize=512)  # the entry rules, then the list's column rules, read one line alike (a few MB at most)
def split_item(line: Line) -> Item | None:
    """Read 'label: description' (list markers optional); None when the line is prose."""
    text, has_marker = strip_marker(line.text)
    # The dash of '30 नवंबर – 1 दिसंबर 2019' joins a range: hidden from the split, then restored.
    guarded = _RANGE_DASH.sub(lambda m: f"{m[1]}{_JOINER}{m[2]}{_JOINER}", text) if _SPACED_DASH.search(text) else text
    match = _ITEM.match(guarded)
    if match and _OPEN_QUOTE.search(match["label"]):
        # 'सम्मेलन के अंत में "हमारा महासागर: ..." घोषणा': the colon is inside a quotation; a label
        # that quotes a colon ('=HYPERLINK("http://x"):') ends at the first colon outside quotes
        match = None
        if (colon := _colon_outside_quotes(guarded)) is not None:
            label, description = guarded[:colon], guarded[colon + 1:]
            if label.strip() and len(label.split()) <= MAX_LABEL_WORDS:
                return Item(line, label.replace(_JOINER, " ").strip(), description.replace(_JOINER, " ").strip(), has_marker)
    if match and (len(match["label"].split()) <= MAX_LABEL_WORDS or _several_summits(match["label"])):
        label, description = (match[g].replace(_JOINER, " ").strip() for g in ("label", "description"))
        return Item(line, label, description, has_marker)
    if has_marker and len(text.split()) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(text):
        return Item(line, text, "", has_marker)
    return None


_YEARS = re.compile(r"(?<![0-9०-९])[0-9०-९]{4}(?![0-9०-९])")
_AND_WORD = re.compile(r"\s(?:और|तथा|एवं|व)\s|;")


def _several_summits(label: str) -> bool:
    """'मार-ए-लागो, पाम बीच (अप्रैल 2017) और बीजिंग (नवंबर 2017)': a label that names two summits,
    each with its year, may be twice as long as another."""
    return (len(label.split()) <= 2 * MAX_LABEL_WORDS and _AND_WORD.search(label) is not None
            and len(_YEARS.findall(label)) >= 2)


# Lines above a press release's headline: the ministry, the release line, the date line.
_PREAMBLE = re.compile(spelling_tolerant(
    r"^(?:प्रविष्टि तिथि|प्रेस विज्ञप्ति|पत्र सूचना कार्यालय|पीआईबी|PIB|Press Release|दिनांक|तिथि|Posted On|"
    r"मीडिया विज्ञप्ति|समाचार विज्ञप्ति|प्रेस नोट|प्रेस रिलीज़|प्रेस रिलीज|प्रेस वक्तव्य|प्रेस बयान|तत्काल प्रकाशन|"
    r"तत्काल जारी|Press Information Bureau|Media Release|"
    # a news page's byline and kicker: 'लेखक: ...', 'ब्रेकिंग न्यूज़', 'Last Updated: ...'
    r"By|Last Updated)(?=[\s:：,]|$)|^(?:लेखक|रिपोर्ट|रिपोर्टर|संवाददाता|एजेंसी)\s*[:：,|]|^ब्रेकिंग(?:\s+न्यूज़|\s+न्यूज)?$|^(?:"
    r"प्रकाशित|प्रकाशन तिथि|अपडेटेड|अपडेट|अद्यतन|Updated|Published)(?=[\s:：,]|$)|"
    r"(?:मंत्रालय|कार्यालय|विभाग|अनुभाग|प्रभाग|प्रकोष्ठ|सचिवालय|भारत सरकार|दूतावास|उच्चायोग|वाणिज्य दूतावास|सूचना ब्यूरो|"
    # 'यूरोपीय संघ का भारत एवं भूटान में प्रतिनिधिमंडल': the mission's host country before में
    r"(?:का|के|की)(?: [^\s,]+(?: [^\s,]+){0,4} में)? (?:प्रतिनिधिमंडल|स्थायी मिशन|मिशन))"
    r"(?:,\s*[^\s,]+(?:\s[^\s,]+)?)?$|"
    # the translator's or issuer's note: '... प्रतिनिधिमंडल द्वारा जारी हिंदी अनुवाद', '(अनौपचारिक अनुवाद)'
    r"(?:अनुवाद|अनुवाद\)|अनूदित|द्वारा जारी)$|"
    r"^(?:अंतरराष्ट्रीय|अंतर्राष्ट्रीय|विदेश|दुनिया|विश्व|राष्ट्रीय|कूटनीति|राजनीति|समाचार|ख़बर|खबर)(?:\s+समाचार)?$|"  # a news page's kicker
    r"^(?:विशेष|हमारे|निज|निजी)\s+संवाददाता$|^ब्यूरो रिपोर्ट$|^\S+(?:\s\S+)?\s+डेस्क$|"  # 'वेब डेस्क'
    # a release's kind on a line of its own: 'संयुक्त प्रेस विज्ञप्ति', 'तत्काल प्रकाशनार्थ'
    r"^(?:संयुक्त प्रेस विज्ञप्ति|संयुक्त वक्तव्य|संयुक्त बयान|(?:तत्काल )?प्रकाशनार्थ|मीडिया एडवाइज़री|मीडिया एडवाइजरी)$|"
    r"^[^/»>।]{1,20}(?:\s[/»>]\s[^/»>।]{1,20}){1,4}$"  # a breadcrumb: 'होम / विदेश / एशिया', 'होम » विदेश'
))  # 'विदेश मन्त्रालय', 'खबर': the words in any spelling
MAX_PREAMBLE_LINES = 4
# A date line ('12 फ़रवरी 2025', 'नई दिल्ली, 12 मार्च 2024', '12 फ़रवरी 2025, 8:20 अपराह्न') or a
# news dateline above the headline ('विशेष संवाददाता | नई दिल्ली, 29 अक्टूबर'): never a headline.
_DATELINE = re.compile(
    # '23-नवंबर-2017 14:35 IST': the day, month and year joined by hyphens too
    # 'तियानजिन, चीन, 26 जून 2025': a city and its country before the date
    r"^(?:[^|]{1,40}\|\s*)?(?:[^\s,|]+(?:\s[^\s,|]+)?,\s*){0,2}[0-9०-९]{1,2}(?:\s+|-)(?P<month>[^\s,-]+?)"
    r"(?:,?\s+[0-9०-९]{4}|-[0-9०-९]{4})?(?:,?\s+[0-9०-९]{1,2}[:.][0-9०-९]{2}(?:\s+\S+)?)?"
    r"(?:,\s*[^\s,|0-9०-९]+(?:\s[^\s,|0-9०-९]+)?)?"  # '12 मार्च 2024, नई दिल्ली': the city after the date
    r"(?:\s*\|\s*[^|0-9०-९]{1,40})?$"  # 'जकार्ता | 7 सितंबर 2023 | विशेष संवाददाता': the desk after a bar
)
# '12 मार्च 2024 | 10:30 AM': a date and a time set off by a bar
_DATE_TIME_LINE = re.compile(r"^[0-9०-९]{1,2}\s+\S+,?\s+[0-9०-९]{4}\s*\|\s*[0-9०-९]{1,2}[:.][0-9०-९]{2}(?:\s*\S+){0,2}$")
# '12.03.2024', '१२/०३/२०२४': a bare numeric date line
_NUMERIC_DATELINE = re.compile(r"^[0-9०-९]{1,2}[./-][0-9०-९]{1,2}[./-][0-9०-९]{4}$")


def is_preamble(text: str) -> bool:
    """A ministry line ('विदेश मंत्रालय'), a release line ('प्रविष्टि तिथि: ...'), a bare
    date line: not a headline."""
    text = text.strip(" :")
    if len(text.split()) > 12:
        return False
    dateline = _DATELINE.match(text)
    if dateline is not None and match_key(dateline["month"]) in MONTHS:
        return True
    if _NUMERIC_DATELINE.match(text) or _DATE_TIME_LINE.match(text):
        return True
    return _PREAMBLE.search(text) is not None


MAX_MISSION_PLACE_WORDS = 3


def _between_preamble_lines(lines: list[Line], k: int) -> bool:
    """'भारत का दूतावास / जकार्ता / प्रेस विज्ञप्ति': a short line without a digit or a stop between two
    preamble lines (the mission's city) is part of the preamble, not the headline; so is the issuing
    body's name over 'प्रेस विज्ञप्ति' and a date line ('विश्व आर्थिक मंच (World Economic Forum)')."""
    text = lines[k].text.strip()
    return (0 < k < len(lines) - 2 and len(text.split()) <= MAX_MISSION_PLACE_WORDS
            and not re.search(r"[0-9०-९।:|]", text) and is_preamble(lines[k - 1].text)
            and is_preamble(lines[k + 1].text)) or _issuer_of_a_release(lines, k)


MAX_ISSUER_WORDS = 8
_RELEASE_MARK = re.compile(spelling_tolerant(r"^(?:प्रेस विज्ञप्ति|मीडिया विज्ञप्ति|समाचार विज्ञप्ति|प्रेस नोट|प्रेस रिलीज़|प्रेस रिलीज|"
                                             r"Press Release|Media Release)\s*$"))


def _issuer_of_a_release(lines: list[Line], k: int) -> bool:
    """'विश्व आर्थिक मंच (World Economic Forum)' over 'प्रेस विज्ञप्ति': the first line names who issued
    the release (short, without a date or a stop), not its headline."""
    text = lines[k].text.strip()
    if not (k == 0 and len(lines) > 2 and 2 <= len(text.split()) <= MAX_ISSUER_WORDS
            and not re.search(r"[0-9०-९।:|]", text)):
        return False
    if _RELEASE_MARK.match(lines[1].text.strip()) is not None:
        return _LATIN_GLOSS.search(text) is not None or match_key(text.split()[-1]) in _BODIES
    # 'नीति आयोग' over 'प्रविष्टि तिथि: २४ मई, २०२५, ...': a body that issues releases as a ministry does
    return _RELEASE_DATE.search(lines[1].text.strip()) is not None and match_key(text.split()[-1]) in _BODIES


# a government release's date line: 'प्रविष्टि तिथि: २४ मई, २०२५, ८:२० अपराह्न, पीआईबी दिल्ली', 'Posted On: ...',
# '०४-दिसंबर-२०१६ १८:४० IST'
_RELEASE_DATE = re.compile(spelling_tolerant(r"^(?:प्रविष्टि तिथि|Posted On)\s*[:：]") + r"|[0-9०-९]{1,2}[:.][0-9०-९]{2}\s+IST$")


# an organisation's name: glossed in English ('(World Economic Forum)') or ending in a word for a body
_LATIN_GLOSS = re.compile(r"\([A-Za-z][A-Za-z .,&'-]+\)$")
_BODIES = frozenset(match_key(w) for w in (
    "मंच", "फ़ोरम", "फोरम", "परिषद", "संगठन", "संस्थान", "आयोग", "संघ", "बैंक", "कोष", "सचिवालय", "प्राधिकरण", "निगम", "समिति",
    "फ़ाउंडेशन", "फाउंडेशन", "अकादमी", "विश्वविद्यालय", "परिसंघ", "महासंघ"))


def find_shape(lines: list[Line]) -> Shape | None:
    """Title, lead and sections; None when the first line cannot be a title.

    The title is the first line that is not a press release's preamble. A heading is a short
    line (or a Markdown heading); a prose line that announces a list of objectives or areas
    ('इस शिखर सम्मेलन के तीन प्रमुख उद्देश्य हैं:') opens a section too, and stays prose. After a
    reference heading (सन्दर्भ, बाहरी कड़ियाँ, इन्हें भी देखें) nothing opens a section again.
    """
    preamble = 0
    while preamble < min(MAX_PREAMBLE_LINES, len(lines) - 1) and (
            is_preamble(lines[preamble].text) or _between_preamble_lines(lines, preamble)):
        preamble += 1
    if preamble + 1 < len(lines) and _is_chapter_heading(lines[preamble], lines[preamble + 1]):
        preamble += 1
    if not lines or len(lines[preamble].text) > MAX_TITLE_CHARS:
        return None
    title, rest = lines[preamble], lines[preamble + 1:]
    if title.written is not None:
        title = Line(title.number, title.written, title.marked_heading, title.indent)  # a headline is kept as written
    title_key = match_key(title.text)
    own = own_meeting_nouns(title.text)  # 'विश्व ऊर्जा कांग्रेस': its कांग्रेस are its summits
    lead: list[Line] = list(lines[:preamble])
    sections: list[Section] = []
    announced: Section | None = None  # a summit list announced in prose, and where the prose resumes
    resume: list[Line] = lead
    listing = False
    in_references = False
    for index, line in enumerate(rest):
        if match_key(line.text) == title_key:
            continue  # the title repeated (an infobox caption in this genre)
        numbered = numbered_heading(rest, index)
        if numbered is not None:
            line = Line(line.number, numbered, True)  # '2. उद्देश्य': a heading, read without its number
        has_next = index + 1 < len(rest)
        heading = Line(line.number, heading_text(line.text), line.marked_heading)
        if heading.text.endswith((":", "：")) and _set_apart(rest, index, title) and _colon_heading(heading.text):
            # 'Quick Facts:' between blank lines: a heading typed without '#', with a colon
            heading = Line(line.number, heading.text[:-1].rstrip(), True)
            line = replace(line, marked_heading=True)
        if in_references and not line.marked_heading:
            sections[-1].lines.append(line)
            continue
        heading_like = line.marked_heading or looks_like_heading(heading.text) or (_long_heading(
            heading.text, (rest[index - 1] if index else title).number, line.number,  # its colon gone: 'X के प्रमुख क्षेत्र:'
            _under_remark(rest, index)) and not (index == 0 and _DECK_CLAUSES.search(heading.text)))
        role = heading_role(heading.text, own) if heading_like else None
        if sections and sections[-1].role == "summits" and (
                (role is None and (_DATED.match(heading.text) or (_YEAR_IN_BRACKETS.search(heading.text)
                                                                    and not _YEARS_IN_BRACKETS.search(heading.text))))
                # '### पहला शिखर सम्मेलन (2011, कज़ान)': a heading naming one dated summit
                or (role == "summits" and _YEAR_IN_BRACKETS.search(heading.text) and leading_ordinal(heading.text))) and (
                line.marked_heading or line.bold  # or a line that is a bare date (the costly test, so last)
                or (not _MARKER.match(line.text) and parse_entry_label(line.text) is not None)):
            # '### 2025 — टोक्यो' (or a bold line '**2025 — टोक्यो**') under the summits: an entry, not a section
            sections[-1].lines.append(replace(line, marked_heading=True))
            continue
        if sections and sections[-1].lines and sections[-1].lines[-1].marked_heading and not line.marked_heading \
                and not line.text.startswith("|") and not _is_record_field(line) and (not _DATED.match(line.text)
                                                       or _same_year(sections[-1].lines[-1].text, line.text)) \
                and not _day_under_a_year(sections[-1].lines[-1].text, line.text):
            above = sections[-1].lines[-1]  # the entry's text is the paragraph under its heading
            sections[-1].lines[-1] = Line(above.number, f"{above.text.rstrip(':： ')}: {line.text}")
            continue
        if heading_like and is_reference_heading(heading.text):
            sections.append(Section(heading, "other"))
            in_references = True
            continue
        if heading_like and (line.marked_heading or (has_next and (role or _is_followed_by_body(rest, index)))):
            in_references = False
            if role is None and sections and sections[-1].role == "summits" and line.marked_heading \
                    and names_host_countries(heading.text):
                role = "summits"  # '### 🇩🇪 जर्मनी' under '## शिखर सम्मेलन — मेज़बान देश के हिसाब से': its hosts' summits
            sections.append(Section(heading, role or "other"))
            continue
        introduced = is_list_introduction(line.text) if has_next else None
        if introduced:
            sections.append(Section(line, introduced, introduction=True))
        elif (has_next and line.text.endswith((":", "：")) and _listed_summit(rest[index + 1].text)
              and announces_summits(line.text, own)):
            # '... प्रमुख शिखर-स्तरीय आदान-प्रदान निम्नलिखित हैं:' over '१. ६-७ जून २०१५ – ...': the dated
            # entries under it are summits; the prose after them goes back where it was
            resume = sections[-1].lines if sections else lead
            sections.append(Section(line, "summits", introduction=True))
            announced, listing = sections[-1], True
        elif sections and sections[-1] is announced:
            # an item dated anywhere but at its start ('३. छठा मंच – हनोई, २०२१') goes on the list only
            # right below it or numbered next to it: after a blank line it is another list
            above = announced.lines[-1] if announced.lines else None
            listing = listing and (_dated_entry(line.text) or (
                _listed_summit(line.text) and (above is None or line.number == above.number + 1
                                               or _numbered_next(above.text, line.text))))
            (announced.lines if listing else resume).append(line)
        elif sections:
            sections[-1].lines.append(line)
        else:
            lead.append(line)
    return Shape(title, lead, sections)


# a list announced in prose: '... शिखर सम्मेलन इस प्रकार हैं:', '... प्रमुख मुलाक़ातें इस प्रकार रहीं:',
# '... सम्मेलन इन शहरों में हुए:'
_ANNOUNCING_END = re.compile(r"(?:है|हैं|था|थे|थीं|रहे|रहीं|रही|हुए|हुआ|हुईं|हुई|निम्नलिखित|प्रकार|निम्नानुसार)$")
# leaders' visits and meetings ('शीर्ष स्तर की यात्राएँ', 'नेताओं की मुलाक़ातें'), not ministers'
_VISITS = frozenset(match_key(w) for w in (
    "यात्राएँ", "यात्राएं", "यात्राओं", "दौरे", "दौरों", "मुलाक़ातें", "मुलाकातें", "मुलाक़ातों", "मुलाकातों", "भेंट",
    "वार्ताएँ", "वार्ताएं", "वार्ताओं", "आदान-प्रदान", "मुलाक़ातें", "मुलाकातें"))
_LEADERS_WORDS = frozenset(match_key(w) for w in (
    "शीर्ष", "शिखर", "शिखर-स्तरीय", "नेताओं", "प्रधानमंत्रियों", "राष्ट्रपतियों", "राष्ट्राध्यक्षों", "शासनाध्यक्षों"))
_OFFICIALS_WORDS = frozenset(match_key(w) for w in (
    "मंत्री", "मंत्रियों", "मंत्रिस्तरीय", "मंत्री-स्तरीय", "सचिव", "सचिवों", "अधिकारियों", "राजदूतों"))


def announces_summits(text: str, own: frozenset[str] = frozenset()) -> bool:
    """A prose line whose last sentence announces a list of the series' summits, or of its
    leaders' visits and meetings ('प्रमुख शिखर-स्तरीय आदान-प्रदान निम्नलिखित हैं:'), not of
    ministers' meetings. `own` is the series' own word for its meetings: 'हाल के मंचों का विवरण
    इस प्रकार है:' announces the forums of a मंच, 'पिछले मंच इन शहरों में हुए:' too."""
    if not text.endswith((":", "：")):
        return False
    last = announcing_sentence(text).rstrip(":： ")
    words = match_key(last).split()
    # '... प्रमुख मुलाक़ातें इस प्रकार रहीं:', or a phrase that ends with its noun ('... नेताओं की प्रमुख मुलाक़ातें:')
    if len(words) > 25 or not (_ANNOUNCING_END.search(last) or words[-1:] and (
            words[-1] in _VISITS or words[-1] in _SUMMITS_NOUNS or words[-1] in own)) or _OFFICIALS_WORDS & set(words):
        return False
    return heading_role(last, own) == "summits" or bool(_VISITS & set(words) and _LEADERS_WORDS & set(words))


_SUMMITS_NOUNS = frozenset(match_key(w) for w in ("सम्मेलन", "सम्मेलनों", "बैठकें", "वार्ताएँ", "वार्ताएं"))


def _listed_summit(text: str) -> bool:
    """An item of an announced summit list: one that opens with its date (`_dated_entry`), a
    numbered or bulleted item with a year anywhere ('१. नौवाँ मंच – कुआलालंपुर, फरवरी २०१८',
    '- नैरोबी, केन्या (२००२)'), or an unmarked line labelled by an ordinal ('नौवाँ मंच – ..., २०१८')."""
    if _dated_entry(text):
        return True
    bare, marked = strip_marker(text)
    if _YEARS.search(bare) is None:
        return False
    if marked:
        return True
    item = _ITEM.match(bare)
    return item is not None and len(item["label"].split()) <= 5 and leading_ordinal(item["label"]) is not None


def _dated_entry(text: str) -> bool:
    """'१. ६-७ जून २०१५ – ...', '- अप्रैल 2017: ...', '2019 – नई दिल्ली': a list entry that opens
    with its date (a line without a marker labels it, before a colon or a dash)."""
    bare, marked = strip_marker(text)
    if _DATED.match(bare) is None or _YEARS.search(bare[:40]) is None:
        return False
    if marked:
        return True
    item = _ITEM.match(_RANGE_DASH.sub(lambda m: f"{m[1]}{_JOINER}{m[2]}{_JOINER}", bare))
    return item is not None and len(item["label"].split()) <= 5 and _YEARS.search(item["label"]) is not None


def field_key(label: str) -> str:
    """A record field's label as compared: 'तिथि', '**स्थान**' -> match key, case folded."""
    return match_key(label.strip(" *_:")).casefold()


# The labels of a summit record's lines ('- स्थान: बैंकॉक', '- तिथि: 4 अप्रैल'): `records.py`.
RECORD_FIELDS = frozenset(field_key(w) for w in (
    "स्थान", "शहर", "जगह", "स्थल", "आयोजन स्थल", "मेज़बान शहर", "मेजबान शहर", "नगर", "कहाँ", "कहां", "venue", "city",
    "place", "location", "तिथि", "तिथियाँ", "दिनांक", "तारीख", "तारीख़", "कब", "date", "dates"))


def _is_record_field(line: Line) -> bool:
    """'- **स्थान**: बैंकॉक' under '### 2025': a field of the record the heading opens, not its text."""
    item = split_item(line) if _MARKER.match(line.text) else None
    return item is not None and field_key(item.label) in RECORD_FIELDS


_FLAGS = re.compile("[\U0001F1E6-\U0001F1FF]")
_COUNTRY_LIST_BREAK = re.compile(r"\s*(?:/|,|\s(?:और|तथा|एवं)\s)\s*")


def names_host_countries(text: str) -> bool:
    """'🇩🇪 जर्मनी', 'किर्गिज़स्तान / ताजिकिस्तान / तुर्कमेनिस्तान': a heading that is one or more
    countries' names (a flag before them allowed), and nothing else."""
    from pipeline.parse.language.lexicon import default_lexicon  # (the lexicon is read only for such headings)
    names = [n.strip() for n in _COUNTRY_LIST_BREAK.split(_FLAGS.sub("", text).strip()) if n.strip()]
    lexicon = default_lexicon()
    return bool(names) and len(names) <= 6 and all(
        (entry := lexicon.lookup(name, ("country",))) is not None and entry.kind == "country" for name in names)


_BARE_YEAR = re.compile(r"^[0-9०-९]{4}$")
_DAY_OR_MONTH = re.compile(rf"^(?:[0-9०-९]{{1,2}}(?![0-9०-९])|(?:{_MONTH_NAMES})(?=[\s,:]))")


def _day_under_a_year(heading: str, text: str) -> bool:
    """'===== 2018 =====' over '– 14 मई, सोची: ...' (and '– 6 दिसंबर, ...' after it): a bullet dated by a
    day or month of the year heading it is a summit of its own, not the heading's text."""
    bare, marked = strip_marker(text)
    return (marked and _BARE_YEAR.match(without_parentheticals(heading).strip(" *_:：")) is not None
            and _DAY_OR_MONTH.match(bare) is not None)


def _same_year(heading: str, text: str) -> bool:
    """'=== 2021: दुशांबे ===' over '16 सितंबर 2021 को दुशांबे में ...': the paragraph under a
    dated heading tells of the heading's summit when it opens with a date of the same year."""
    years = re.findall(r"[0-9०-९]{4}", heading[:12])
    first = re.split(r"\s(?:को|में)\s|[,:;।]", text, maxsplit=1)[0]
    return bool(years) and re.findall(r"[0-9०-९]{4}", first)[:1] == years[:1]


# A heading that opens with a year, a date or a month ('2025 — टोक्यो', 'मई 2013, थिम्पू').
_DATED = re.compile(rf"^(?:[0-9०-९]{{1,4}}|(?:{_MONTH_NAMES})\s)")
# '### कज़ान (2011)', '### तीसरा शिखर सम्मेलन (२०१४)': a year in brackets dates the heading too.
_YEAR_IN_BRACKETS = re.compile(r"\([^()]*?(?<![0-9०-९])[0-9०-९]{4}(?![0-9०-९])[^()]*\)")
# '## Freeze वाला दौर (2020–2022)': a range of years in brackets is a period, no one summit's date
_YEARS_IN_BRACKETS = re.compile(r"\([^()]*?[0-9०-९]{4}\s*[-–—]\s*[0-9०-९]{2,4}[^()]*\)")
_HEADING_NUMBER = re.compile(r"^(?P<n>[0-9०-९]{1,2}|[IVX]{1,4})[.)]\s+(?=\S)")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                 "XI": 11, "XII": 12}


def _heading_number(text: str) -> int | None:
    match = _HEADING_NUMBER.match(text)
    if match is None:
        return None
    n = match["n"]
    return _ROMAN_VALUES.get(n) if n.isascii() and n.isalpha() else int(n.translate(_DEVANAGARI_DIGITS))


_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def _numbered_next(above: str, text: str) -> bool:
    """'२. दसवाँ मंच – ...' a blank line below '१. नौवाँ मंच – ...': the next item of one numbered
    list, written in its form (a label, then the same dash); not a sentence numbered on."""
    number, before = _heading_number(text), _heading_number(above)
    if number is None or before is None or number != before + 1:
        return False
    dash = next((d for d in (" – ", " — ", " - ") if d in " ".join(above.split()[:6])), None)
    return dash is not None and dash in " ".join(text.split()[:6])


def numbered_heading(lines: list[Line], index: int) -> str | None:
    """'1. पृष्ठभूमि', '3) सहयोग के क्षेत्र', 'IV. शिखर सम्मेलन': a numbered line that reads as a
    heading with a role (or a reference heading) is that heading, without its number, unless
    the line above or below continues its count (then it is an item of a numbered list: '1.
    कृषि क्षेत्र', '2. ऊर्जा क्षेत्र'). Returns the heading's text, or None."""
    number = _heading_number(lines[index].text)
    if number is None:
        return None
    text = heading_text(lines[index].text[_HEADING_NUMBER.match(lines[index].text).end():])  # type: ignore[union-attr]
    if not looks_like_heading(text) or not (heading_role(text) or is_reference_heading(text)):
        return None
    if re.search(r"[0-9०-९]", text):
        return None  # '1. पहला शिखर सम्मेलन (2015, ढाका)': a numbered entry, not a heading
    before = _heading_number(lines[index - 1].text) if index > 0 else None
    after = _heading_number(lines[index + 1].text) if index + 1 < len(lines) else None
    if before == number - 1 or after == number + 1:
        return None
    return text


# Words that make a heading a summit document's headline rather than a chapter's name.
_MEETING_WORDS = re.compile("|".join(match_key(w) for w in ("शिखर", "सम्मेलन", "बैठक", "वार्ता", "summit")))


MAX_SECTION_HEADING_WORDS = 4


def _is_chapter_heading(first: Line, second: Line) -> bool:
    """'# अंतरराष्ट्रीय संबंध: क्षेत्रीय समूह' straight above '## ... के शिखर सम्मेलन — नोट्स':
    a book's or chapter's heading that names no meeting, above the headline that does."""
    return (first.marked_heading and second.marked_heading
            and _MEETING_WORDS.search(match_key(first.text)) is None
            and _MEETING_WORDS.search(match_key(second.text)) is not None
            # ('## Summits', '## प्रमुख शिखर सम्मेलन' under '# Pacific Leaders Forum': a section's short heading)
            and not (heading_role(second.text) is not None and len(second.text.split()) <= MAX_SECTION_HEADING_WORDS))


MAX_COLON_HEADING_WORDS = 5


def _set_apart(rest: list[Line], index: int, title: Line) -> bool:
    """A line with a blank line before it and after it (or the end of the text), or a blank line
    before it and a list right after it."""
    before = rest[index - 1].number if index else title.number
    after = rest[index + 1].number if index + 1 < len(rest) else None
    return rest[index].number - before >= 2 and (after is None or after - rest[index].number >= 2
                                                 or _MARKER.match(rest[index + 1].text) is not None)


def _colon_heading(text: str) -> bool:
    """'Quick Facts:', 'ध्यान दें (Exam Tips):': a few words and a colon, no list marker, number or
    sentence, and no introduction ('सम्मेलन इस प्रकार हैं:') - the heading of notes typed without '#'."""
    bare = text[:-1].rstrip()
    return (0 < len(without_parentheticals(bare).split()) <= MAX_COLON_HEADING_WORDS and ":" not in bare
            and "：" not in bare and not _MARKER.match(bare) and not re.search(r"[0-9०-९।|]", bare)
            and (not is_introduction(bare) or heading_role(bare) == "summits"))  # 'Summits जो याद रखने हैं:'



def _is_followed_by_body(rest: list[Line], index: int) -> bool:
    """An unknown short line is a heading only if the next line is not itself heading-like."""
    return not looks_like_heading(rest[index + 1].text)
