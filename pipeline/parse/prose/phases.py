"""A summit held in phases ('चरण'), each phase a meeting in its own city.

Some summits meet twice, in two cities and years, as phases of one summit:

    शिखर सम्मेलन का पहला चरण 10 से 12 दिसंबर 2003 तक ... जिनेवा में हुआ। ...
    दूसरा चरण 16 से 18 नवंबर 2005 तक ट्यूनीशिया की राजधानी ट्यूनिस में आयोजित हुआ।

Once a document says its summit met in phases (`tells_phases`: 'सम्मेलन का पहला चरण', 'सम्मेलन दो
चरणों में ...'), a sentence that opens with a numbered phase and no owner ('दूसरा चरण ...', 'दूसरे
चरण का आयोजन ...') speaks of the summit's phase: `as_phase_of_the_summit` writes it so ('शिखर
सम्मेलन का दूसरा चरण ...'), and the sentence rules read it like the first. A phase's number is not
the summit's edition (the noun comes first, the ordinal after it). Any other phase keeps its owner:
'परियोजना का दूसरा चरण 2010 में शुरू हुआ' is a project's.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ORDINAL_WORDS
from pipeline.parse.language.text import match_key

_PHASE_WORDS = ("चरण", "चरणों")
# 'शिखर सम्मेलन का पहला चरण', 'सम्मेलन के दूसरे चरण', 'शिखर सम्मेलन दो चरणों में'
_TELLS_PHASES = re.compile(r"(?:सम्मेलन|समिट)\s+(?:(?:का|के)\s+(?:पहला|पहले|प्रथम)\s+चरण|(?:दो|तीन)\s+चरणों\s+में)(?=[\s,।]|$)")
_OPENS_WITH_PHASE = re.compile(r"^(?P<ordinal>[^\s,।]+)\s+(?P<noun>चरण)(?=\s)")


def tells_phases(text: str) -> bool:
    """Whether the text says its summit met (or was to meet) in phases."""
    return "चरण" in text and _TELLS_PHASES.search(text) is not None


def as_phase_of_the_summit(sentence: str) -> str:
    """'दूसरा चरण 16 से 18 नवंबर 2005 तक ... हुआ' -> 'शिखर सम्मेलन का दूसरा चरण 16 से 18 नवंबर 2005
    तक ... हुआ': a sentence that opens with a numbered phase, owned by no one, is the summit's phase.
    Any other sentence is returned as it is."""
    match = _OPENS_WITH_PHASE.match(sentence.lstrip())
    if match is None or match_key(match["ordinal"]) not in _ORDINAL_KEYS:
        return sentence
    ordinal = match["ordinal"]
    owner = "शिखर सम्मेलन का" if ordinal.endswith(("ा", "ी")) else "शिखर सम्मेलन के"  # 'दूसरा चरण', 'दूसरे चरण'
    return f"{owner} {sentence.lstrip()}"


_ORDINAL_KEYS = frozenset(match_key(w) for w in ORDINAL_WORDS)
