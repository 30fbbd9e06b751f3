"""The parties of a document: the sides or members it names, as lexicon names.

`find_parties(shape, lexicon)` reads the title first; when the title names a group, names a
side the lexicon does not know, or names none, the members listed in the lead (or a
partnership "between" two sides, or co-chairs) are parties too. A press release of the
Press Information Bureau speaks for India. People, hosts, observers and invited guests are
not parties. Pure functions over the document's shape; `pipeline.parse.document` turns the
result into `parties` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from pipeline.parse.gazetteer import countries
from pipeline.parse.lexicon import Lexicon
from pipeline.parse.structure import Line, Shape, split_item, without_parentheticals
from pipeline.parse.text import match_key, split_sentences

PARTY_KINDS = ("country", "organisation")
# Words that end the parties' names in a title ("भारत-चीन अनौपचारिक शिखर सम्मेलन").
_SERIES_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक शिखर सम्मेलन द्विपक्षीय संवाद बैठक वार्ता अनौपचारिक औपचारिक संबंध साझेदारी"
).split())
MAX_PARTY_WORDS = 4
MIN_MEMBERS = 3
# Observers, invited guests, countries left out or staying away are not members.
_OBSERVER = re.compile("|".join(match_key(w) for w in (
    "पर्यवेक्षक", "आमंत्रित", "आउटरीच", "अतिथि", "संवाद साझेदार", "संवाद भागीदार", "observer",
    "आलोचना", "बहिष्कार", "निलंबित", "न्योता", "न्यौता", "निमंत्रण", "नहीं आए", "नहीं आई", "नहीं आये",
    "नहीं पहुँचे", "नहीं पहुंचे", "अनुपस्थित", "गैरहाज़िर", "दूर रहे", "संबंध तोड़", "प्रतिबंध",
)))
# Where a sentence turns from one group of countries to another.
_CONTRAST = re.compile(r"\s*(?:[;।]|,?\s+जबकि\s+|,\s*(?:लेकिन|किंतु|किन्तु|परंतु|पर|वहीं)\s+)")
# "A, B, C और D शामिल हैं, जो संयुक्त राष्ट्र ...": what the relative clause names is not a member.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:जो|जिन्होंने|जिसने|जिनके|जिनका|जिनकी|जिसके|जिसका|जिसकी)\s.*$")
_MEMBER_CUE = re.compile("|".join(match_key(w) for w in ("सदस्य", "भागीदार", "भाग लिया")))
_HYPHEN = re.compile(r"\s*[-–]\s*")
# Tokens around one item of a list of names: "A, B और C — के नेता".
_LIST_BOUNDARY = frozenset((",", "और", "तथा", "एवं", "—", "–"))
_AFTER_NAME = _LIST_BOUNDARY | frozenset(("के", "की", "का", "ने", "को", "में", "से"))


def party_names(title: str, lexicon: Lexicon) -> list[str]:
    """The sides a title names: words before the series words, split at '-' or और.

    A name the lexicon knows as a whole (जी-20) is not split; within a part, the longest
    known leading words win ("जापान संबंध" -> जापान).
    """
    words = title.split()
    head = " ".join(takewhile(lambda w: match_key(w) not in _SERIES_WORDS, words)) or title
    if lexicon.lookup(head, PARTY_KINDS):
        return [head]
    parts = [p.strip() for p in re.split(r"\s*[-–]\s*|\s+और\s+", head) if p.strip()]
    return [_known_prefix(part, lexicon) for part in parts]


def _known_prefix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[:n]), PARTY_KINDS):
            return " ".join(words[:n])
    return part


def known_names(text: str, lexicon: Lexicon) -> list[str]:
    """Countries and organisations a text names, in order, longest name first at each word
    ('दक्षिण अफ्रीका', not 'अफ्रीका'); hyphenated pairs count as separate names ('भारत-जर्मनी')."""
    tokens: list[str] = []
    for word in without_parentheticals(text).replace(",", " , ").split():
        word = word.strip("\"'“”‘’;:।.()")
        if lexicon.lookup(word, PARTY_KINDS) or not _HYPHEN.search(word):
            tokens.append(word)
        else:
            tokens.extend(p for p in _HYPHEN.split(word) if p)
    names, i = [], 0
    while i < len(tokens):
        for n in range(min(MAX_PARTY_WORDS, len(tokens) - i), 0, -1):
            if "," in tokens[i:i + n]:
                continue  # a name never runs across a comma
            name = " ".join(tokens[i:i + n])
            entry = lexicon.lookup(name)
            if entry is not None:  # the longest known name wins: 'लैटिन अमेरिका' is a region
                if entry.kind in PARTY_KINDS and not _names_a_city(tokens, i + n):
                    names.append(name)
                i += n
                break
        else:
            listed = _listed_country(tokens, i, lexicon)
            if listed:
                names.append(" ".join(tokens[i:i + listed]))
            i += listed or 1
    return names


_CITY_WORDS = frozenset(("सिटी", "सिटि", "शहर"))


def _names_a_city(tokens: list[str], end: int) -> bool:
    """'ग्वाटेमाला सिटी', 'कुवैत शहर': the country's name is part of a city's."""
    return end < len(tokens) and tokens[end] in _CITY_WORDS


def _listed_country(tokens: list[str], i: int, lexicon: Lexicon) -> int:
    """How many tokens from i name a country ISO 3166 knows in Hindi (pycountry) and the
    lexicon lacks ('कोटे डी आइवर'), when they stand as one whole item of a list; else 0.
    Only whole items: a country's Hindi name may also be a common word ('गिनी')."""
    if i > 0 and tokens[i - 1] not in _LIST_BOUNDARY:
        return 0
    for n in range(min(MAX_PARTY_WORDS, len(tokens) - i), 0, -1):
        following = tokens[i + n] if i + n < len(tokens) else None
        if "," in tokens[i:i + n] or (following is not None and following not in _AFTER_NAME):
            continue
        name = " ".join(tokens[i:i + n])
        if lexicon.lookup(name) is None and countries().by_hindi(name, loose=False) is not None:
            return n
    return 0


def party_kind(name: str, lexicon: Lexicon) -> str | None:
    """'country' or 'organisation' for a party name (the lexicon, then ISO 3166), else None."""
    entry = lexicon.lookup(name, PARTY_KINDS)
    if entry is not None:
        return entry.kind
    return "country" if countries().by_hindi(name, loose=False) is not None else None


def title_parties(title: str, lexicon: Lexicon) -> tuple[list[str], bool]:
    """The parties a title names and whether it also names a side the lexicon does not know
    as a party (a region: 'भारत-मध्य एशिया', 'भारत–लैटिन अमेरिका'). People are not parties:
    'मोदी-पुतिन वार्ता: भारत और रूस ...' gives भारत and रूस."""
    head = party_names(title, lexicon)
    known = [h for h in head if lexicon.lookup(h, PARTY_KINDS)]
    if known and len(known) == len(head) and not any(_hosts(title, h) for h in known):
        return known, False
    known = [h for h in known if not _hosts(title, h)]  # a host: 'कुवैत में ... परिषद का शिखर सम्मेलन'
    names = [n for n in known_names(title, lexicon) if not _hosts(title, n)]
    unresolved = not known or any(not lexicon.lookup(h, PARTY_KINDS) for h in head if len(head) > 1) or not names
    return list(dict.fromkeys(names)), unresolved


def _hosts(title: str, name: str) -> bool:
    """'... भारत में खाद्य पार्कों के लिए', 'ग्वाटेमाला सिटी में ...': a country named as a place
    (or in a city's name), not as a side."""
    return re.search(re.escape(name) + r"(?:\s+(?:सिटी|सिटि|शहर))?\s+में(?:\s|$)", title) is not None


def member_names(text: str, lexicon: Lexicon) -> list[str]:
    """The members a sentence lists (three or more countries; two parties of any kind when the
    sentence says they are members or partners: '... दो क्षेत्रीय संगठन — यूरोपीय संघ तथा आसियान
    सचिवालय — शामिल हैं'), or none. Observers, invited guests and critics are not members: a
    clause naming them ('..., जबकि जापान को पर्यवेक्षक ...') is left out."""
    text = " ".join(_RELATIVE_CLAUSE.sub("", c) for c in _CONTRAST.split(text) if not _OBSERVER.search(match_key(c)))
    names = list(dict.fromkeys(known_names(text, lexicon)))
    listed = [n for n in names if party_kind(n, lexicon) == "country"]
    if len(listed) >= MIN_MEMBERS:
        return names
    if len(names) >= 2 and _LISTED_AS_MEMBERS.search(text):
        return names
    return []


# "... संगठन — A तथा B — शामिल हैं", "इसके भागीदारों में A और B हैं": a list under a member cue.
_LISTED_AS_MEMBERS = re.compile(
    r"(?:सदस्यों|सदस्य देशों|भागीदारों|साझेदारों|भागीदार|सदस्य)\s+(?:में|के\s+रूप\s+में)\s.*(?:शामिल|हैं|है)"
)
# "... और भारत 2008 के बीजिंग सम्मेलन से असेम का पूर्ण भागीदार है": one country said to be a member.
_ONE_MEMBER = re.compile(
    r"^(?P<name>\S+(?:\s\S+)?)\s(?:.*?\s)?(?P<of>\S+)\s+(?:का|की|के)\s+(?:पूर्ण\s+|स्थायी\s+|संस्थापक\s+)?"
    r"(?:भागीदार|सदस्य)\s+(?:है|हैं|बना|बनी|बन\s+गया)(?=[\s।,.]|$)"
)
_CLAUSES = re.compile(r"\s(?:और|तथा)\s|,\s|[;।]")


def one_member(text: str, title: str, lexicon: Lexicon) -> str | None:
    """A country a clause opens with and says is a member or full partner of the series (not
    of another group: 'भारत G20 का सदस्य है' in a document on APEC)."""
    title_key = match_key(title)
    for clause in _CLAUSES.split(text):
        match = _ONE_MEMBER.match(clause.strip())
        if match is None:
            continue
        group = match["of"]
        if match_key(group) not in title_key and (lexicon.lookup(group, ("organisation",))
                                                 or re.fullmatch(r"[A-Z][A-Za-z0-9-]+", group)):
            continue
        words = match["name"].split()
        for name in (" ".join(words), words[0]):
            if lexicon.lookup(name, ("country",)):
                return name
    return None


_INDIA_CUE = re.compile(r"भारत|प्रधानमंत्री|प्रधान मंत्री")
_BETWEEN = re.compile(r"(\S+(?:\s\S+)?)\s+और\s+(\S+(?:\s\S+)?)\s+के\s+(?:बीच|सदस्य\s+देशों)")


def pair_between(text: str, lexicon: Lexicon) -> list[str]:
    """'भारत और अफ्रीकी संघ के बीच', 'अफ्रीकी संघ और यूरोपीय संघ के सदस्य देशों': the two sides
    of a partnership."""
    for match in _BETWEEN.finditer(text):
        sides = [_known_suffix(match[1], lexicon), _known_prefix(match[2], lexicon)]
        if all(lexicon.lookup(s, PARTY_KINDS) for s in sides):
            return sides
    return []


_CO_CHAIR = re.compile(r"((?:\S+\s+){1,8}?)(?:की|के)\s+सह[-\s]?अध्यक्षता")
# "सह-अध्यक्ष के रूप में भारत और फ़्रांस ने ...": the names after the role.
_AS_CO_CHAIRS = re.compile(r"सह[-\s]?अध्यक्ष(?:ों)?\s+के\s+रूप\s+में\s+((?:\S+\s+){1,8}?)(?:ने|की|के|का)(?=\s|$)")


def co_chairs(text: str, lexicon: Lexicon) -> list[str]:
    """'भारत और फ़्रांस की सह-अध्यक्षता में', 'सह-अध्यक्ष के रूप में भारत और फ़्रांस ने': the
    co-chairs, sides of the summit."""
    for match in (*_CO_CHAIR.finditer(text), *_AS_CO_CHAIRS.finditer(text)):
        names = [n for n in known_names(match[1], lexicon) if lexicon.lookup(n, ("country",))]
        if len(names) >= 2:
            return list(dict.fromkeys(names))
    return []


def _known_suffix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[-n:]), PARTY_KINDS):
            return " ".join(words[-n:])
    return part


@dataclass(frozen=True)
class Party:
    """One party as the text names it, its lexicon entry and the line that names it."""

    name: str
    kind: str  # country | organisation
    line: Line


def find_parties(shape: Shape, lexicon: Lexicon) -> list[Party]:
    """The document's parties in order of first mention, one per English name."""
    title = shape.title
    names, unresolved = title_parties(title.text, lexicon)
    found: list[tuple[str, Line]] = [(n, title) for n in names]
    names_group = any(lexicon.lookup(n, ("organisation",)) for n in names)
    if unresolved or names_group or not names:
        found += _members(shape, lexicon)
    found += _issuing_government(shape, lexicon, found)
    parties: list[Party] = []
    keys: set[str] = set()
    for name, line in found:
        kind = party_kind(name, lexicon)
        entry = lexicon.lookup(name, PARTY_KINDS)
        country = countries().by_hindi(name, loose=False) if entry is None else None
        english = entry.english if entry is not None else (country.name if country is not None else None)
        if kind is None or english is None or match_key(english) in keys:
            continue
        keys.add(match_key(english))
        parties.append(Party(name, kind, line))
    return parties


def _issuing_government(shape: Shape, lexicon: Lexicon, found: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """A press release of the Press Information Bureau (its preamble above the headline)
    speaks for India: when its lead names the Prime Minister or India, India is a side."""
    preamble = [line for line in shape.lead if line.number < shape.title.number]
    if not preamble or any(lexicon.english(n, PARTY_KINDS) == "India" for n, _ in found):
        return []
    for line in shape.lead:
        if line.number > shape.title.number and _INDIA_CUE.search(line.text):
            return [("भारत", line)]
    return []


def _members(shape: Shape, lexicon: Lexicon) -> list[tuple[str, Line]]:
    """The members listed before the document's first list of facts: the lead and any
    untitled-role section above the first objectives, areas or summits."""
    lines = list(shape.lead)
    for section in shape.sections:
        if section.role != "other" or section.is_references:
            break
        lines += section.lines  # 'Quick Facts' above the first titled section
    # The sentence that says it lists members wins, else the longest list.
    best: tuple[tuple[bool, int], list[str], Line] | None = None
    for line in lines:
        for sentence in split_sentences(line.text):
            members = member_names(sentence, lexicon)
            rank = (bool(_MEMBER_CUE.search(match_key(sentence))), len(members))
            if members and (best is None or rank > best[0]):
                best = (rank, members, line)
    if best is not None:
        found = [(m, best[2]) for m in best[1]]
        sections = [line for section in shape.sections if not section.is_references for line in section.lines]
        for line in [*shape.lead, *sections]:  # 'भारत ... असेम का पूर्ण भागीदार है', wherever it is said
            name = one_member(line.text, shape.title.text, lexicon)
            if name is not None:
                found.append((name, line))
        return found
    for line in lines:
        pair = pair_between(line.text, lexicon) or co_chairs(line.text, lexicon)
        if pair:
            return [(m, line) for m in pair]
    return [(name, line) for line in lines if (name := _participant_label(line, lexicon))]


def _participant_label(line: Line, lexicon: Lexicon) -> str | None:
    """'• भारत: चारों सम्मेलनों में भागीदार': a fact line whose label is a country and whose
    text says it takes part."""
    item = split_item(line)
    if item is None or not lexicon.lookup(item.label, ("country",)):
        return None
    first = re.split(r"[;।]", item.description, maxsplit=1)[0]
    key = match_key(first)
    return item.label if _MEMBER_CUE.search(key) and not _OBSERVER.search(key) else None


__all__ = [
    "PARTY_KINDS", "Party", "co_chairs", "find_parties", "known_names", "member_names", "pair_between",
    "party_names", "title_parties",
]
