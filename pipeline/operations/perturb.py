"""Meaning-preserving rewrites of a document: the same facts written the way other writers write.

Each rewrite is a pure, deterministic function text -> text that changes only the surface:
digits (ASCII / Devanagari), month spellings, nukta and nasal spellings, dash kinds and their
spacing, the order and punctuation of a date, line ends, list markers, bold or italic labels,
invisible joiners, blank lines, Markdown heading marks and the colon after a label, a pipe table written as bulleted rows. Every
rewrite is something real Hindi writers do; the extraction of a document must not change under
any of them (tests/test_perturbations.py). `compare` runs the parser on both texts and names the
facts a rewrite lost or invented.

    python -m pipeline.operations.perturb [GOLD_DIR ...]   # documents whose facts change, per rewrite
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Rewrite = Callable[[str], str]

_DEVANAGARI = "०१२३४५६७८९"
_TO_DEVANAGARI = str.maketrans("0123456789", _DEVANAGARI)
_TO_ASCII = str.maketrans(_DEVANAGARI, "0123456789")
# Digits inside Latin words, markup or addresses ('G20', '1st', 'rowspan=2', URLs) stay ASCII.
_ASCII_NUMBER = re.compile(r"(?<![A-Za-z0-9=\"'_])[0-9]+(?![A-Za-z0-9\"'=_])")
_URL = re.compile(r"\S*://\S*")


def devanagari_digits(text: str) -> str:
    """'12 मार्च 2019' -> '१२ मार्च २०१९' (digits standing in Hindi text only)."""
    parts = _URL.split(text)
    urls = _URL.findall(text)
    out = [_ASCII_NUMBER.sub(lambda m: m[0].translate(_TO_DEVANAGARI), part) for part in parts]
    return "".join(part + (urls[i] if i < len(urls) else "") for i, part in enumerate(out))


def ascii_digits(text: str) -> str:
    """'२०२४' -> '2024'."""
    return text.translate(_TO_ASCII)


# Each spelling and the other one writers use for the same month.
_MONTH_SWAPS = {
    "फ़रवरी": "फरवरी", "फरवरी": "फ़रवरी", "अप्रैल": "अप्रेल", "अप्रेल": "अप्रैल",
    "अगस्त": "अगस्\u200dत", "सितंबर": "सितम्बर", "सितम्बर": "सितंबर", "अक्टूबर": "अक्तूबर", "अक्तूबर": "अक्टूबर",
    "नवंबर": "नवम्बर", "नवम्बर": "नवंबर", "दिसंबर": "दिसम्बर", "दिसम्बर": "दिसंबर",
}
_MONTH_SPELLING = re.compile("|".join(sorted(_MONTH_SWAPS, key=len, reverse=True)))


def month_spellings(text: str) -> str:
    """Every month in its other spelling: दिसंबर <-> दिसम्बर, अक्टूबर <-> अक्तूबर, फ़रवरी <-> फरवरी."""
    return _MONTH_SPELLING.sub(lambda m: _MONTH_SWAPS[m[0]], text)


# Nukta on the Perso-Arabic letters (क़ ख़ ग़ ज़ फ़), composed or precomposed; ड़ ढ़ are kept (without
# the dot they are other letters).
_NUKTA = re.compile("(?<=[कखगजफ])\u093c")
_PRECOMPOSED = str.maketrans({"\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज", "\u095e": "फ"})


def no_nukta(text: str) -> str:
    """'फ़्रांस', 'ज़ाग्रेब' -> 'फ्रांस', 'जाग्रेब'."""
    return _NUKTA.sub("", text).translate(_PRECOMPOSED)


def no_chandrabindu(text: str) -> str:
    """'पाँचवाँ', 'यहाँ' -> 'पांचवां', 'यहां'."""
    return text.replace("\u0901", "\u0902")


_HALF_NASAL = {"न": "तथदधन", "म": "पफबभ", "ण": "टठडढ"}
_NASAL_CLUSTER = re.compile("([नमण])\u094d(?=[" + "".join(_HALF_NASAL.values()) + "])")
_ANUSVARA_STOP = re.compile("\u0902(?=[तथदधपफबभटठडढ])")
_NASAL_FOR_STOP = {stop: nasal for nasal, stops in _HALF_NASAL.items() for stop in stops}


def anusvara(text: str) -> str:
    """A half nasal before a stop of its class as anusvara: 'हिन्दी', 'सम्बन्ध' -> 'हिंदी', 'संबंध'."""
    return _NASAL_CLUSTER.sub(
        lambda m: "\u0902" if text[m.end()] in _HALF_NASAL[m[1]] else m[0], text)


def nasal_clusters(text: str) -> str:
    """Anusvara before a dental, labial or retroflex stop as the half nasal: 'हिंदी', 'संबंध',
    'ठंड' -> 'हिन्दी', 'सम्बन्ध', 'ठण्ड' (the older spelling)."""
    return _ANUSVARA_STOP.sub(lambda m: _NASAL_FOR_STOP[text[m.end()]] + "\u094d", text)


# A dash standing between words, or between two numbers ('14–15 नवंबर', '2010-2015').
_SPACED_DASH = re.compile(r"(?<=[^\s|\-–—]) +[-–—] +(?=[^\s|\-–—])")
_NUMBER_RANGE = re.compile(r"(?<![0-9०-९./\-–—])([0-9०-९]+)[-–—]([0-9०-९]+)(?![0-9०-९./\-–—])")


def _dashes(dash: str) -> Rewrite:
    def rewrite(text: str) -> str:
        text = _SPACED_DASH.sub(f" {dash} ", text)
        return _NUMBER_RANGE.sub(rf"\1{dash}\2", text)
    rewrite.__doc__ = f"Every dash between words or numbers written {dash!r}."
    return rewrite


def dashes_tight(text: str) -> str:
    """'2015 — ढाका' -> '2015—ढाका': em dashes without the spaces around them (an en dash
    without spaces joins a name, 'भारत–जापान', so it keeps them)."""
    return re.sub(r"(?<=[^\s|\-–—]) +— +(?=[^\s|\-–—])", "—", text)


def dashes_spaced(text: str) -> str:
    """'14–15 नवंबर' -> '14 – 15 नवंबर': a range's dash with spaces."""
    return _NUMBER_RANGE.sub(r"\1 – \2", text)


_MONTHS = ("जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|"
           "नवम्बर|दिसंबर|दिसम्बर")
_MONTH_NUMBER = {name: number for number, names in enumerate(
    ("जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर",
     "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"), start=1) for name in names.split()}
# A single full date 'D MONTH YYYY': not the last day of a range ('14–15 नवंबर 2008', '26 से 29 अक्टूबर').
_SINGLE_DATE = re.compile(
    rf"(?<![0-9०-९])(?<![-–—])(?<![-–—] )(?<!से )(?<!और )(?<!तथा )(?<![0-9०-९], )"
    rf"([0-9०-९]{{1,2}}) ({_MONTHS})(?![\u0900-\u097f]) ([0-9०-९]{{4}})(?![0-9०-९])"
    rf"(?! *(?:से|[-–—]) *[0-9०-९])"
)


def _dates(form: Callable[[str, str, str], str]) -> Rewrite:
    def rewrite(text: str) -> str:
        return _SINGLE_DATE.sub(lambda m: form(m[1], m[2], m[3]), text)
    return rewrite


def _numeric(separator: str) -> Callable[[str, str, str], str]:
    def form(day: str, month: str, year: str) -> str:
        date = f"{int(ascii_digits(day)):02d}{separator}{_MONTH_NUMBER[month]:02d}{separator}{ascii_digits(year)}"
        return date.translate(_TO_DEVANAGARI) if day[0] in _DEVANAGARI else date
    return form


date_comma = _dates(lambda d, m, y: f"{d} {m}, {y}")
date_comma.__doc__ = "'12 मार्च 2019' -> '12 मार्च, 2019'."
date_month_first = _dates(lambda d, m, y: f"{m} {d}, {y}")
date_month_first.__doc__ = "'12 मार्च 2019' -> 'मार्च 12, 2019'."
date_dotted = _dates(_numeric("."))
date_dotted.__doc__ = "'12 मार्च 2019' -> '12.03.2019'."
date_hyphenated = _dates(_numeric("-"))
date_hyphenated.__doc__ = "'12 मार्च 2019' -> '12-03-2019'."
date_slashed = _dates(_numeric("/"))
date_slashed.__doc__ = "'12 मार्च 2019' -> '12/03/2019'."

_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")
_MONTH_WORD = re.compile(rf"(?<![\u0900-\u097f])({_MONTHS})(?![\u0900-\u097f])")


def months_english(text: str) -> str:
    """Every month named in English, as notes mixing English write it: '14–15 नवंबर 2008' ->
    '14–15 November 2008'."""
    return _MONTH_WORD.sub(lambda m: _ENGLISH_MONTHS[_MONTH_NUMBER[m[1]] - 1], text)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# A list item at the start of a line: '-', '*', '•', '1.', '1)', '१.', '(1)', '(i)', 'क.'
_BULLET = re.compile(
    r"^(?P<marker>[-*•]|[0-9०-९]{1,2}[.)]|\((?:[0-9०-९]{1,2}|[ivx]{1,5})\)|[कखगघङचछजझ]\.)[ \t]+(?=\S)")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_HINDI_LETTERS = "कखगघङचछजझञ"  # lists lettered past the tenth letter are rare


def _bullets(marker: Callable[[int], str]) -> Rewrite:
    def rewrite(text: str) -> str:
        lines = text.split("\n")
        number = 0
        for i, line in enumerate(lines):
            match = _BULLET.match(line)
            if match is None:
                if line.strip():
                    number = 0  # a paragraph or heading ends the list
                continue
            if match["marker"] in "-*" and line[match.end():].startswith(("[ ]", "[x]", "---", "***")):
                continue
            lines[i] = marker(number) + " " + line[match.end():]
            number += 1
        return "\n".join(lines)
    return rewrite


bullets_star = _bullets(lambda n: "*")
bullets_dot = _bullets(lambda n: "•")
bullets_dash = _bullets(lambda n: "-")
bullets_numbered = _bullets(lambda n: f"{n + 1}.")
bullets_devanagari = _bullets(lambda n: f"{n + 1}.".translate(_TO_DEVANAGARI))
bullets_bracketed = _bullets(lambda n: f"({n + 1})")
bullets_roman = _bullets(lambda n: f"({_ROMAN[n % len(_ROMAN)]})")
bullets_letters = _bullets(lambda n: f"{_HINDI_LETTERS[n % len(_HINDI_LETTERS)]}.")

# 'label: text' on a line of its own or after a list marker; the label is short and bare.
_LABEL = re.compile(
    r"^(?P<lead>(?:[-*•]|[0-9०-९]{1,2}[.)]|\((?:[0-9०-९]{1,2}|[ivx]{1,5})\))?[ \t]*)"
    r"(?P<label>[^\s*_#|:{}\[\]<>'\"][^*_#|:{}\[\]<>'\"\n]{0,58}?)[ \t]*:(?=\s)"
)


def _labels(form: Callable[[str], str]) -> Rewrite:
    def rewrite(text: str) -> str:
        lines = text.split("\n")
        headline = next((i for i, line in enumerate(lines) if line.strip()), 0)  # 'X: Y' of a headline is no label
        return "\n".join(
            _LABEL.sub(lambda m: m["lead"] + form(m["label"].strip()), line, count=1)
            if i > headline and not line.lstrip().startswith(("#", "|", "{", "!", ">")) and "http" not in line[:12]
            else line
            for i, line in enumerate(lines))
    return rewrite


bold_labels = _labels(lambda label: f"**{label}**:")
bold_labels.__doc__ = "'2010: ...' -> '**2010**: ...'."
bold_labels_colon_inside = _labels(lambda label: f"**{label}:**")
bold_labels_colon_inside.__doc__ = "'2010: ...' -> '**2010:** ...'."
italic_labels = _labels(lambda label: f"*{label}*:")
italic_labels.__doc__ = "'2010: ...' -> '*2010*: ...'."
spaced_colons = _labels(lambda label: f"{label} :")
spaced_colons.__doc__ = "'2010: ...' -> '2010 : ...' (a space before the colon)."
colon_dash_labels = _labels(lambda label: f"{label}:-")
colon_dash_labels.__doc__ = "'उद्देश्य: ...' -> 'उद्देश्य:- ...' (the colon-dash of Hindi typing)."

dash_labels = _labels(lambda label: f"{label} —")
dash_labels.__doc__ = "'2010: ...' -> '2010 — ...' (a dash after the label instead of a colon)."

def _joiners(joiner: str) -> Rewrite:
    def rewrite(text: str) -> str:
        return re.sub("\u094d(?=[\u0915-\u0939])", "\u094d" + joiner, text)
    return rewrite


zwj = _joiners("\u200d")
zwj.__doc__ = "A zero-width joiner after every virama ('अगस्\u200dत')."
zwnj = _joiners("\u200c")
zwnj.__doc__ = "A zero-width non-joiner after every virama."


def blank_lines(text: str) -> str:
    """A blank line after every line, except inside tables (a blank line would end one)."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not _in_table(line) or not _in_table(following):
            out.append("")
    return "\n".join(out)


def _in_table(line: str) -> bool:
    return line.lstrip().startswith(("|", "{|", "!", "|}"))


_HASHES = re.compile(r"^#{1,6}[ \t]+")


def headings_plain(text: str) -> str:
    """'## उद्देश्य' -> 'उद्देश्य': Markdown heading marks dropped."""
    return "\n".join(_HASHES.sub("", line) for line in text.split("\n"))


def headings_colon(text: str) -> str:
    """'## उद्देश्य' -> 'उद्देश्य:': heading marks dropped, a colon after the heading instead (a
    heading that holds a colon already, '## सम्मेलन: Timeline', only loses its marks)."""
    return "\n".join(
        _HASHES.sub("", line).rstrip().rstrip(":") + ":" if _HASHES.match(line) and i > 0 and ":" not in line
        else _HASHES.sub("", line)
        for i, line in enumerate(text.split("\n")))


def _heading_like(line: str, before: str) -> bool:
    """A short line of its own after a blank line, with no sentence end, date or list marker."""
    bare = line.strip()
    return (not before.strip() and 0 < len(bare) <= 45 and not re.search(r"[।|.!?0-9०-९,]", bare[:-1] + bare[-1:].rstrip(":"))
            and not _BULLET.match(bare) and not bare.startswith(("#", "*", ">", "{", "!", "[", "<", "'''"))
            and not re.search(r"[।.!?]$", bare))


def headings_hash(text: str) -> str:
    """Standalone heading lines ('उद्देश्य', 'प्रमुख सम्मेलन:') as Markdown headings ('## उद्देश्य')."""
    lines = text.split("\n")
    return "\n".join(
        "## " + line.strip().rstrip(":").rstrip() if _heading_like(line, lines[i - 1] if i else "") else line
        for i, line in enumerate(lines))


def full_stops(text: str) -> str:
    """The danda written as a full stop ('हुआ। अगला' -> 'हुआ. अगला'), as many typists do."""
    return text.replace("।", ".")


def space_before_danda(text: str) -> str:
    """'हुआ। अगला' -> 'हुआ । अगला': a space typed before the danda."""
    return re.sub(r"(?<=\S)।", " ।", text)


def curly_quotes(text: str) -> str:
    """Straight quotes as typographic ones: '"साझा क्षेत्र"' -> '“साझा क्षेत्र”'."""
    text = re.sub(r'(?<![=\w])"([^"\n]*)"', "“\\1”", text)  # 'rowspan="2"' is markup
    return re.sub(r"(?<![\w'])'([^'\n]+)'(?![\w'])", "‘\\1’", text)


# A Markdown pipe table: a header row, its separator row ('|---|---|'), then its rows.
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|[\s:|\-–—]+\|\s*$")


def _pipe_tables(text: str, render: Callable[[list[str], list[list[str]], list[str]], list[str]]) -> str:
    """Each Markdown pipe table rendered anew by `render(header, rows, before)`: `before` holds the
    lines above the table, which `render` may change (a heading named with the columns); it returns
    the lines of the table. A table inside wikitext marks, or whose header opens with '#' (a
    Markdown heading without its pipes), is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _PIPE_ROW.match(lines[i]) and _PIPE_SEPARATOR.match(lines[i + 1]):
            end = i + 2
            while end < len(lines) and _PIPE_ROW.match(lines[end]) and not _PIPE_SEPARATOR.match(lines[end]):
                end += 1
            header = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            rows = [[c.strip() for c in row.strip().strip("|").split("|")] for row in lines[i + 2:end]]
            wiki = any(line.lstrip().startswith(("{|", "|}")) for line in lines[max(0, i - 1):end + 1])
            if len(rows) >= 2 and all(len(r) == len(header) for r in rows) and all(c for r in rows for c in r[:2]) \
                    and not wiki and not header[0].startswith("#"):
                out += render(header, rows, out)
                i = end
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def tables_as_bullets(text: str) -> str:
    """A pipe table written as notes write one: its columns named in brackets after the heading
    above it ('प्रमुख सम्मेलन (वर्ष | शहर | देश)'), each row a bulleted line of cells apart by '|'
    ('▪ 2009 | येकातेरिनबर्ग | रूस'), no outer pipes."""
    def render(header: list[str], rows: list[list[str]], before: list[str]) -> list[str]:
        at = len(before) - 1
        while at >= 0 and not before[at].strip():
            at -= 1  # (a blank line or two between the heading and its table)
        columns = f"({' | '.join(header)})"
        if at >= 0 and len(before[at].split()) <= 8 and not re.search(r"[।.!?:]\s*$", before[at]):
            before[at] = f"{before[at].rstrip()} {columns}"
        else:
            before.append(f"सूची {columns}")
        return ["▪ " + " | ".join(row) for row in rows]
    return _pipe_tables(text, render)


def tables_without_outer_pipes(text: str) -> str:
    """A pipe table whose header and rows have no outer pipes and no separator row
    ('वर्ष | शहर | देश' above '2009 | येकातेरिनबर्ग | रूस')."""
    def render(header: list[str], rows: list[list[str]], before: list[str]) -> list[str]:
        return [" | ".join(header)] + [" | ".join(row) for row in rows]
    return _pipe_tables(text, render)


def tables_with_tabs(text: str) -> str:
    """A pipe table pasted from a web page: its cells apart by tabs, no pipes, no separator row."""
    def render(header: list[str], rows: list[list[str]], before: list[str]) -> list[str]:
        return ["\t".join(header)] + ["\t".join(row) for row in rows]
    return _pipe_tables(text, render)


def tables_spaced(text: str) -> str:
    """A pipe table typed as columns lined up with spaces ('क्रम   वर्ष   शहर')."""
    def render(header: list[str], rows: list[list[str]], before: list[str]) -> list[str]:
        widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]
        return ["   ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]
    return _pipe_tables(text, render)


def tables_place_first(text: str) -> str:
    """A pipe table with its place columns before its year and date columns, each header word
    with its column ('| क्रम | शहर | देश | वर्ष | तिथि | टिप्पणी |'), the others where they stood:
    a table is read by what its header names, not by where a column stands."""
    from pipeline.parse.layout.pipe_tables import column_roles

    order = {"city": 0, "country": 0, "year": 1, "date": 1}

    def render(header: list[str], rows: list[list[str]], before: list[str]) -> list[str]:
        roles = column_roles(header)
        moved = [k for k, role in enumerate(roles) if role in order]
        placed = sorted(moved, key=lambda k: order[roles[k]])
        columns = list(range(len(header)))
        for at, k in zip(moved, placed):
            columns[at] = k
        lines = [f"| {' | '.join(r[k] for k in columns)} |" for r in [header, *rows]]
        return [lines[0], "|" + "---|" * len(header), *lines[1:]]
    return _pipe_tables(text, render)


def tables_as_entries(text: str) -> str:
    """A pipe table written as a list of entries, one per row, in the dev set's notes form: the
    date (its day and month with the year) and the city with its country in brackets, then the
    other cells after a dash ('- 16 जून 2009, येकातेरिनबर्ग (रूस) — ...'); a number column numbers
    the list ('1. ...'). A table whose columns its header words do not name is left as it is."""
    from pipeline.parse.layout.pipe_tables import column_roles

    def render(header: list[str], rows: list[list[str]], before: list[str]) -> list[str]:
        roles = column_roles(header)
        if "city" not in roles or not {"year", "date"} & set(roles) or "date_place" in roles:
            return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
                "| " + " | ".join(row) + " |" for row in rows]
        out = []
        for row in rows:
            cell = dict(zip(roles, row))
            numbers = cell.get("edition", "")
            if numbers and not re.fullmatch(r"[0-9०-९]{1,3}", numbers):
                return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
                    "| " + " | ".join(r) + " |" for r in rows]
            when = " ".join(c for c in (cell.get("date", ""), cell.get("year", "")) if c and c not in cell.get("date", "")[:0])
            if cell.get("year") and cell.get("date") and cell["year"] in cell["date"]:
                when = cell["date"]
            place = cell.get("city", "") + (f" ({cell['country']})" if cell.get("country") else "")
            rest = "; ".join(c for role, c in zip(roles, row) if role not in ("edition", "year", "date", "city", "country") and c)
            out.append(f"{numbers + '.' if numbers else '-'} {when}, {place}" + (f" — {rest}" if rest else ""))
        return out
    return _pipe_tables(text, render)


_NUMBERED_ORDINAL = re.compile(r"(?<![0-9०-९])([0-9०-९]{1,3})(?:वाँ|वां|वें|वीं|वी|वा)(?![\u0900-\u097f])")


def _english_suffix(number: int) -> str:
    return "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def ordinals_english(text: str) -> str:
    """'22वाँ शिखर सम्मेलन' -> '22nd शिखर सम्मेलन': a numbered ordinal with its English ending, as
    notes that mix English write it."""
    return _NUMBERED_ORDINAL.sub(lambda m: ascii_digits(m[1]) + _english_suffix(int(ascii_digits(m[1]))), text)


def summits_english(text: str) -> str:
    """'पहला शिखर सम्मेलन 1985 में ...' -> 'पहला summit 1985 में ...': the summit noun in English below
    the headline, as notes that mix English write it."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return "\n".join(line if i == first else line.replace("शिखर सम्मेलनों", "summits").replace("शिखर सम्मेलन", "summit")
                     for i, line in enumerate(lines))


REWRITES: dict[str, Rewrite] = {
    "devanagari_digits": devanagari_digits,
    "ascii_digits": ascii_digits,
    "month_spellings": month_spellings,
    "no_nukta": no_nukta,
    "no_chandrabindu": no_chandrabindu,
    "anusvara": anusvara,
    "nasal_clusters": nasal_clusters,
    "hyphens": _dashes("-"),
    "en_dashes": _dashes("–"),
    "em_dashes": _dashes("—"),
    "dashes_tight": dashes_tight,
    "dashes_spaced": dashes_spaced,
    "date_comma": date_comma,
    "date_month_first": date_month_first,
    "date_dotted": date_dotted,
    "date_hyphenated": date_hyphenated,
    "date_slashed": date_slashed,
    "months_english": months_english,
    "ordinals_english": ordinals_english,
    "summits_english": summits_english,
    "crlf": crlf,
    "bullets_star": bullets_star,
    "bullets_dot": bullets_dot,
    "bullets_dash": bullets_dash,
    "bullets_numbered": bullets_numbered,
    "bullets_devanagari": bullets_devanagari,
    "bullets_bracketed": bullets_bracketed,
    "bullets_roman": bullets_roman,
    "bullets_letters": bullets_letters,
    "bold_labels": bold_labels,
    "bold_labels_colon_inside": bold_labels_colon_inside,
    "italic_labels": italic_labels,
    "spaced_colons": spaced_colons,
    "colon_dash_labels": colon_dash_labels,
    "dash_labels": dash_labels,
    "zwj": zwj,
    "zwnj": zwnj,
    "blank_lines": blank_lines,
    "headings_plain": headings_plain,
    "headings_colon": headings_colon,
    "headings_hash": headings_hash,
    "full_stops": full_stops,
    "space_before_danda": space_before_danda,
    "curly_quotes": curly_quotes,
    "tables_as_bullets": tables_as_bullets,
    "tables_without_outer_pipes": tables_without_outer_pipes,
    "tables_with_tabs": tables_with_tabs,
    "tables_spaced": tables_spaced,
    "tables_as_entries": tables_as_entries,
    "tables_place_first": tables_place_first,
}


# ---- the harness: what a rewrite does to the extraction -------------------------------------

Facts = tuple[Counter, frozenset]


def extraction(text: str, document_id: str = "d") -> Facts:
    """The facts compared: held summits (year, English city, date, last day, edition) and parties.
    A city without an English name is compared by its match key: 'अवाज़ा' and 'अवाजा' are one name."""
    from pipeline.ingest.reader import decode
    from pipeline.parse import DocumentRejected, parse_document
    from pipeline.parse.language.text import match_key

    raw = decode(f"{document_id}.txt", text.encode("utf-8"))
    try:
        rows = parse_document(document_id, raw.text).rows
    except DocumentRejected:
        return Counter(), frozenset()
    summits = Counter(
        (s["year"], s["city_en"] or match_key(s["city"] or ""), s["date"], s["date_end"], s["edition"])
        for s in rows["summits"] if s["status"] == "held")
    parties = frozenset((p["name_en"] or p["name"]).casefold() for p in rows["parties"])
    return summits, parties


@dataclass(frozen=True)
class Change:
    """What one rewrite did to one document's facts."""

    document: str
    rewrite: str
    lost: tuple
    invented: tuple

    def __str__(self) -> str:
        return f"{self.document} [{self.rewrite}]: lost {list(self.lost)} invented {list(self.invented)}"


#: Rewrites that add what the text did not say: numbering a list of summits '1.', '2.' ... in the
#: order of their years states their editions (as a table's क्रम column does), so a summit that
#: gains only its edition is the same fact.
NUMBERS_THE_LIST = frozenset({"bullets_numbered"})


def compare(document: str, rewrite: str, before: Facts, after: Facts) -> Change | None:
    """The facts `after` lost or gained against `before`; None when they are the same."""
    if rewrite in NUMBERS_THE_LIST:
        after = (Counter(s[:4] + (None,) if s[4] is not None and s not in before[0] and s[:4] + (None,) in before[0]
                         else s for s in after[0].elements()), after[1])
    lost = list((before[0] - after[0]).elements()) + sorted(before[1] - after[1])
    invented = list((after[0] - before[0]).elements()) + sorted(after[1] - before[1])
    return Change(document, rewrite, tuple(lost), tuple(invented)) if lost or invented else None


def gold_documents(gold: Path) -> list[Path]:
    return sorted((gold / "docs").glob("*.txt"))


def main(argv: list[str]) -> int:
    names = [a.split("=", 1)[1] for a in argv if a.startswith("--only=")]
    from pipeline.operations.evaluate import CLOSED_SETS
    folders = [Path(a) for a in argv if not a.startswith("--")] or sorted(
        p for p in Path("tests/fixtures").iterdir() if (p / "docs").is_dir() and p.name not in CLOSED_SETS)
    rewrites = {n: r for n, r in REWRITES.items() if not names or n in names[0].split(",")}
    changed: dict[str, list[Change]] = {name: [] for name in rewrites}
    touched: Counter = Counter()
    for folder in folders:
        for path in gold_documents(folder):
            text = path.read_text(encoding="utf-8-sig")
            before = extraction(text)
            for name, rewrite in rewrites.items():
                rewritten = rewrite(text)
                if rewritten == text:
                    continue
                touched[name] += 1
                change = compare(f"{folder.name}/{path.stem}", name, before, extraction(rewritten))
                if change:
                    changed[name].append(change)
    for name in rewrites:
        print(f"{name:26} {len(changed[name]):3d} of {touched[name]:3d} documents changed")
        for change in changed[name]:
            print("   ", change)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
