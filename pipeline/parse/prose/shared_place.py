"""One place said once for every summit a sentence lists: 'दूसरा सत्र 16 से 19 जून 2009 को और
तीसरा 8 से 13 मई 2011 को, दोनों जिनेवा में ही हुए' (both in Geneva), '... 2014 में और ... 2016
में, तीनों नैरोबी में आयोजित हुए'. The place stands after the list, right after a word that
gathers the summits (दोनों, तीनों, सभी) and before the verb of holding, so it is each one's: the
sentence is read as if each dated item said it ('... 2009 को जिनेवा में और तीसरा ... 2011 को
जिनेवा में, हुए').
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.prose.where import _known_city


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


_GATHERING = _keys("दोनों तीनों चारों सभी सारे")
_IN = match_key("में")
_ALSO = _keys("ही भी")
_HELD = _keys("हुए हुईं हुई हुआ आयोजित संपन्न सम्पन्न")
_MAX_NAME_WORDS = 2
_YEAR = re.compile(r"^[0-9०-९]{4}$")
_DATE_ENDS = _keys("को में")
_CHEAP = re.compile("दोनों|तीनों|चारों|सभी|सारे")


def with_place_for_each(sentence: str, lexicon: Lexicon) -> str:
    """The sentence with the place it gives its whole list written after each dated item, or the
    sentence as it is when it gives none (or has no dated item before it)."""
    if _CHEAP.search(sentence) is None:
        return sentence
    words = sentence.split()
    bare = [w.strip("\"'“”‘’(),।;:") for w in words]
    keys = [match_key(w) for w in bare]
    for k, key in enumerate(keys):
        if key not in _GATHERING:
            continue
        for end in range(k + 2, min(k + 2 + _MAX_NAME_WORDS, len(keys))):
            if keys[end] != _IN:
                continue
            verb = end + 1 + (end + 1 < len(keys) and keys[end + 1] in _ALSO)
            if verb >= len(keys) or keys[verb] not in _HELD:
                continue
            place = " ".join(bare[k + 1:end])
            if _known_city(place, lexicon) is None:
                return sentence
            items = [j for j in range(1, k) if keys[j] in _DATE_ENDS and _YEAR.match(bare[j - 1])]
            if len(items) < 2:
                return sentence  # one summit: the reader finds its place after the date itself
            out = list(words)
            for j in items:
                word = words[j]
                tail = word[len(word.rstrip(",;")):]
                out[j] = f"{word[:len(word) - len(tail)]} {place} {bare[end]}{tail}"
            return " ".join(out[:k] + out[verb:])
    return sentence
