"""A meeting's theme or title in quotes ('"जी२० अफ्रीका साझेदारी — साझा भविष्य में निवेश" शीर्षक से
आयोजित हुआ', 'बैठक का विषय "2030 तक भूख-मुक्त अफ्रीका" रखा गया था', 'थीम: "एक पृथ्वी, एक परिवार"'):
its words are a name, not the sentence's dates, places or clauses, so a sentence is read with the
theme blanked (`without_themes`). A quote no theme word labels (a speech, a body's name) is kept.
"""

from __future__ import annotations

import re

_QUOTE = r"(?:\"[^\"]{2,200}\"|“[^”]{2,200}”|'[^']{2,200}'|‘[^’]{2,200}’)"
_LABEL = r"(?:शीर्षक|थीम|विषय|विषयवस्तु|नारे|नारा|ध्येय[-\s]वाक्य|मुख्य\s+विषय|केंद्रीय\s+विषय)"
# '"..." शीर्षक से / थीम पर / विषय के साथ / नारे के तहत'
_QUOTE_THEN_LABEL = re.compile(_QUOTE + r"(?=\s+" + _LABEL + r"\s+(?:से|पर|के\s+साथ|के\s+तहत|के\s+अंतर्गत|के\s+अन्तर्गत|था|थी|रहा|रही|है)(?=[\s,।;]|$))")
# 'का विषय "..." (रखा गया / था)', 'थीम: "..."', 'शीर्षक था — "..."'
_LABEL_THEN_QUOTE = re.compile(r"(?P<label>(?:^|\s)" + _LABEL + r"\s*(?:(?:था|थी|है|रहा|रही)\s*)?[:—–-]?\s*)" + _QUOTE)
_PLACEHOLDER = '"…"'


def without_themes(sentence: str) -> str:
    """The sentence with every quoted theme or title a theme word labels replaced by '"…"'."""
    if not any(q in sentence for q in "\"“'‘"):
        return sentence
    sentence = _QUOTE_THEN_LABEL.sub(_PLACEHOLDER, sentence)
    return _LABEL_THEN_QUOTE.sub(lambda m: m["label"] + _PLACEHOLDER, sentence)
