"""Unicode clean-up, match keys, tokens, sentences and romanization for Hindi text.

Two forms of every string exist in this pipeline:

- *clean text* (`clean_line`): what we store and publish. NFC, no BOM, no ZWJ/ZWNJ, NBSP and
  other odd spaces as plain spaces, no trailing spaces. Two files that differ only by such
  noise give identical clean text, hence identical tables.
- *match key* (`match_key`): what we compare. Clean text with nukta dots removed, nasal
  consonant clusters written as anusvara, chandrabindu as anusvara and the common नयी/नई
  spelling variants folded, so spelling variants of one word meet.

Structure (headings, "label: description") is parsed on clean text, never on match keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from indic_transliteration import sanscript

_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")  # a regex: str.translate is slow on Devanagari
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_MULTI_SPACE = re.compile(r" {2,}")
_INVISIBLE_OR_ODD = re.compile(f"{_INVISIBLE.pattern}|{_ODD_SPACES.pattern}")


def clean_line(line: str) -> str:
    """The stored form of one line: NFC, invisible characters dropped, spaces normalized."""
    if not _INVISIBLE_OR_ODD.search(line):
        line = unicodedata.normalize("NFC", line)  # (most lines: one search instead of two substitutions)
    else:
        line = unicodedata.normalize("NFC", _INVISIBLE.sub("", line))
        line = _ODD_SPACES.sub(" ", line)
    return (_MULTI_SPACE.sub(" ", line) if "  " in line else line).strip()


_NUKTA = "\u093c"
# The nukta and every character whose canonical decomposition holds it (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ ऩ ऱ ऴ)
_NUKTA_BEARING = re.compile("[\u093c\u0929\u0931\u0934\u0958-\u095f]")
_VIRAMA = "\u094d"
_NASAL_CLUSTER = re.compile("[ङञणनम]" + _VIRAMA + "(?=[\u0915-\u0939\u0958-\u095f])")
_YI_END = re.compile("यी(?=\\s|$)")
_YE_END = re.compile("ये(?=\\s|$)")
_CHANDRABINDU, _ANUSVARA = "\u0901", "\u0902"
_DASHES = re.compile("[\u2010-\u2015\u2212]")


#: Keys of strings up to this length are cached by the many (names, labels, words); of longer
#: ones (whole lines) only the last `LONG_KEYS`, which the rules of one document key several
#: times (its shape, dates, mode): a hostile document cannot fill memory with cache entries
#: (256 lines of `MAX_LINE_CHARS` are a few MB).
CACHED_KEY_CHARS = 200
LONG_KEYS = 256


SHORT_KEYS = 65536


class _ShortKeys(dict):
    """Keys of short strings by string, looked up from C (a hit costs no Python call): the rules
    key the same words hundreds of thousands of times. Emptied when full; long strings go to
    `_long_key`."""

    def __missing__(self, text: str) -> str:
        if len(text) > CACHED_KEY_CHARS:
            return _long_key(text)
        if len(self) >= SHORT_KEYS:
            self.clear()  # bounded: a hostile document cannot fill memory
        key = self[text] = _key(text)
        return key


#: A comparison key under which spelling variants of one Hindi word are equal (`_key`).
match_key = _ShortKeys().__getitem__


@lru_cache(maxsize=LONG_KEYS)
def _long_key(text: str) -> str:
    return _key(text)


def _key(text: str) -> str:
    # (each step runs only when its characters occur: most keys hold no nukta, यी/ये or chandrabindu)
    key = clean_line(text)  # NFC: without a nukta, decomposing and composing again gives it back
    if _NUKTA_BEARING.search(key):
        key = unicodedata.normalize("NFC", unicodedata.normalize("NFD", key).replace(_NUKTA, ""))
    if _VIRAMA in key:
        key = _NASAL_CLUSTER.sub(_ANUSVARA, key)
    if "य" in key:
        key = _YE_END.sub("ए", _YI_END.sub("ई", key))
    if _CHANDRABINDU in key:
        key = key.replace(_CHANDRABINDU, _ANUSVARA)
    return _DASHES.sub("-", key).casefold()


def key_alternatives(*words: str) -> str:
    """A regex group matching any of the words as match keys ('(?:हुआ|हुई|संपन्न)'): rules search the
    match key of a text, so their words are written the same way."""
    return "(?:" + "|".join(re.escape(match_key(w)) for w in words) + ")"


_NUKTA_BASES = "कखगजफडढ"
_HALF_NASALS = "ङञणनम"
_STOPS = "कखगघचछजझटठडढतथदधपफबभ"
_QUANTIFIERS = "?*+{"


def spelling_tolerant(pattern: str) -> str:
    """A regex source whose Hindi words also match the spellings writers vary, for the rules
    that read clean text (which keeps the spelling as written): a nukta present or not (ख़बर,
    खबर), an anusvara or a half nasal before a stop (मंत्रालय, मन्त्रालय), an anusvara or a
    chandrabindu. Character classes (`[...]`) and escapes are left as they are."""
    nasal = f"(?:[\u0902\u0901]|[{_HALF_NASALS}]{_VIRAMA})"
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        char, after = pattern[i], pattern[i + 1:i + 3]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif in_class or char == "[":
            out.append(char)
            i += 1
            if char == "[":  # a ']' right after '[' or '[^' is a literal
                opening = re.match(r"\^?\]?", pattern[i:])[0]
                out.append(opening)
                i += len(opening)
            in_class = char != "]"
        elif char in _HALF_NASALS and after[:1] == _VIRAMA and after[1:] and after[1] in _STOPS:
            out.append(nasal)
            i += 2
        elif char in "\u0902\u0901" and after[:1] and after[0] in _STOPS:
            out.append(nasal)
            i += 1
        elif char == "\u0901":
            out.append("[\u0901\u0902]")
            i += 1
        elif char in _NUKTA_BASES:
            written = after[:1] == _NUKTA
            optional = written and after[1:] == "?"  # the pattern already says 'nukta or not'
            quantified = pattern[i + 1 + written:i + 2 + written] in tuple(_QUANTIFIERS)
            out.append(f"(?:{char}{_NUKTA}?)" if quantified and not optional else f"{char}{_NUKTA}?")
            i += 1 + written + optional
        else:
            out.append(char)
            i += 1
    return "".join(out)


_TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097f-]+")
# Plural obliques, then the oblique singular of आ-nouns (समझौते -> समझौता, टीके -> टीका), the
# form the lexicon writes; "के" and other two-letter words are never touched.
_OBLIQUE_ENDINGS = (("ियों", "ी"), ("ाओं", "ा"), ("ों", ""), ("ें", ""), ("े", "ा"))
STOPWORDS = frozenset(
    "और तथा एवं व के की का में से पर को ने लिए तक भी है हैं क्षेत्र क्षेत्रों".split()
)


def stem(token: str) -> str:
    """Fold the oblique endings that lists and topics use (उपकरणों -> उपकरण, समझौते -> समझौता)."""
    for ending, replacement in _OBLIQUE_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending) + 1:
            return token[: -len(ending)] + replacement
    return token


def key_tokens(text: str) -> list[str]:
    """Stemmed match-key tokens of `text`, in order."""
    if len(text) <= CACHED_KEY_CHARS:
        return list(_cached_tokens(text))
    return [stem(t) for t in _TOKEN.findall(match_key(text))]


@lru_cache(maxsize=65536)
def _cached_tokens(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in _TOKEN.findall(match_key(text)))


def count_key_tokens(text: str) -> int:
    """len(key_tokens(text)), without stemming the tokens."""
    return len(_TOKEN.findall(match_key(text)))


def content_tokens(text: str) -> set[str]:
    """Key tokens minus function words: what two names must share to be related."""
    return {t for t in key_tokens(text) if t not in STOPWORDS}


# (a quote that ends its sentence, '... किया है।" इससे पहले ...', ends the sentence that quotes it)
_SENTENCE_END = re.compile(r"(?=\s)(?:(?<=[।॥?!])\s+|(?<=[।॥?!][\"'”’])\s+|(?<=\.)\s+(?=[\u0900-\u097f]))")  # (a cheap look first)
# Latin letters spelt in Devanagari and a few short forms: 'जोसेफ आर. बाइडन', 'वॉशिंगटन डी.सी.
# में', 'डॉ. सिंह'. A full stop after one of them is an abbreviation's, not a sentence's end.
_ABBREVIATED = (
    "ए बी सी डी ई एफ एफ़ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई ज़ेड जेड "
    "डॉ मि सं क्र पृ"
).split()
#: Short forms a full stop ends without ending the sentence.
ABBREVIATIONS = frozenset(_ABBREVIATED)
_ABBREVIATION_END = re.compile(r"(?:^|[\s.(])(?:" + "|".join(_ABBREVIATED) + r")\.$")


def split_sentences(text: str) -> list[str]:
    """Split prose at danda, double danda, ? and ! (also after digits: '1947। अगला'), and at a
    full stop before Devanagari unless it ends an abbreviation ('आर. बाइडन', 'डी.सी. में')."""
    # the prose, entry and party rules split one paragraph alike: texts up to a few lines are cached
    return list(_cached_sentences(text)) if len(text) <= CACHED_SENTENCES_CHARS else _split_sentences(text)


CACHED_SENTENCES_CHARS = 2000


@lru_cache(maxsize=2048)
def _cached_sentences(text: str) -> tuple[str, ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    glue = False
    for part in _SENTENCE_END.split(text):
        part = part.strip()
        if not part:
            continue
        if glue and sentences:
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
        glue = part.endswith(".") and _ABBREVIATION_END.search(part) is not None
    return sentences


_CONSONANT_END = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?$")
_KEEPS_SCHWA = "यरलव"


@lru_cache(maxsize=65536)  # titles and names share their words
def _romanize_word(word: str) -> str:
    roman = sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.ISO)
    # Modern Hindi drops the inherent vowel at the end of a word (भारत: bhārat, not
    # bhārata), also after most conjuncts (ब्रिक्स: briks, अर्थ: arth), but keeps it after a
    # conjunct ending in a semivowel or liquid (स्वास्थ्य: svāsthya, मित्र: mitra).
    ends_in_consonant = _CONSONANT_END.search(word) is not None
    keeps_schwa = len(word) > 2 and word[-2] == _VIRAMA and word[-1] in _KEEPS_SCHWA
    if ends_in_consonant and not keeps_schwa and len(word) > 1 and roman.endswith("a"):
        roman = roman[:-1]
    return roman


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """ISO 15919 romanization with word-final schwa deletion."""
    return re.sub(r"[\u0900-\u097f]+", lambda m: _romanize_word(m.group(0)), text)


def slug(text: str) -> str:
    """ASCII slug for ids: romanized, accents stripped, lower case, hyphens."""
    return _cached_slug(text) if len(text) <= CACHED_KEY_CHARS else _slug(text)


@lru_cache(maxsize=65536)
def _cached_slug(text: str) -> str:
    return _slug(text)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", romanize(match_key(text)))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
