"""Former members: countries a text says left the group ('अप्रैल 2006 में वेनेज़ुएला ने समुदाय से अलग
होने की घोषणा की', 'चिली ने 1976 में समूह छोड़ दिया', 'ब्रिटेन 2020 में संघ से बाहर हो गया'). When the
text lists today's members ('वर्तमान में समुदाय के चार सदस्य हैं — ...', `says_current`), a member named
one at a time (it joined in some year) that a later sentence says left is a former member, not a
party; one the text says rejoined after leaving stays. Without such a list, members for a time stay
parties ('इक्वाडोर और होंडुरास भी कुछ समय तक इसके सदस्य रहे'). What belongs here: leaving, as opposed to `joined`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import key_alternatives, match_key, split_sentences
from pipeline.parse.parties.names import known_names, party_kind

if TYPE_CHECKING:
    from pipeline.parse.layout.structure import Line


# Cheap test before the patterns: every wording of leaving has one of these words.
_CUES = tuple(match_key(w) for w in ("छोड़", "अलग", "बाहर", "हट", "वापस", "सदस्यता", "फिर", "दोबारा", "पुनः"))
# '... (समूह|इस) से अलग होने की घोषणा की', '... से अलग हो गया', '... छोड़ दिया', '... से बाहर निकल गया',
# '... से हट गया', '... से हटने का फ़ैसला किया', '... ने अपनी सदस्यता वापस ले ली', 'X की सदस्यता समाप्त हो गई'
_LEFT = re.compile(r"(?:^|\s)(?:"
                   + match_key("से") + r"\s+" + key_alternatives("अलग", "बाहर") + r"\s+" + key_alternatives(
                       "होने", "हो गया", "हो गई", "हो गए", "हुआ", "हुई", "हुए", "निकल", "निकलने", "जाने", "चला गया", "चली गई")
                   + r"|" + match_key("से") + r"\s+" + key_alternatives("हट गया", "हट गई", "हट गए", "हटने", "हटा", "हटी", "नाता तोड़")
                   + r"|" + key_alternatives("छोड़ दिया", "छोड़ दी", "छोड़ दिए", "छोड़ा", "छोड़ी", "छोड़ने", "छोड़ गया", "छोड़ गई")
                   + r"|" + match_key("सदस्यता") + r"\s+(?:\S+\s+){0,2}?" + key_alternatives("वापस ले", "समाप्त", "त्याग", "छोड़")
                   + r")(?=[\s,।.]|$)")
# '... में फिर से शामिल हुआ', '... दोबारा सदस्य बना': a return after leaving.
_REJOINED = re.compile(key_alternatives("फिर से", "दोबारा", "पुनः", "फिर") + r"\s+(?:\S+\s+){0,3}?" + key_alternatives("शामिल", "सदस्य", "जुड़"))


def left_the_group(text: str, lexicon: Lexicon) -> list[str]:
    """The countries a sentence says left the group: the subject's countries of a clause that says
    it left ('वेनेज़ुएला ने समुदाय से अलग होने की घोषणा की'); not a country only named in a genitive
    ('भारत के प्रधानमंत्री ने बैठक छोड़ दी' has no country leaving)."""
    key = match_key(text)
    if not any(cue in key for cue in _CUES):
        return []
    found: list[str] = []
    for clause in re.split(r"[;।]|,?\s+जबकि\s+|,\s+(?:और|तथा)\s+", text):
        clause_key = match_key(clause)
        match = _LEFT.search(clause_key)
        if match is None or _REJOINED.search(clause_key):
            continue
        subject = " ".join(clause.split()[:len(clause_key[:match.start()].split())])
        for name in known_names(subject, lexicon):
            if party_kind(name, lexicon) == "country" and not re.search(re.escape(name) + r"\s+(?:के|की|का)\s", subject):
                found.append(name)
    return found


def rejoined(text: str) -> bool:
    """Whether a sentence says something came back ('2013 में फिर से शामिल हुआ')."""
    return _REJOINED.search(match_key(text)) is not None


def drop_former(found: list[tuple[str, Line]], lines: list[Line], lexicon: Lexicon) -> list[tuple[str, Line]]:
    """The members named one at a time, less those a sentence at or after the line naming them says
    left (and no later sentence says came back)."""
    left: dict[str, tuple[int, int]] = {}
    back: dict[str, tuple[int, int]] = {}
    for line in lines:
        if not any(cue in match_key(line.text) for cue in _CUES):
            continue
        for index, sentence in enumerate(split_sentences(line.text)):
            for name in left_the_group(sentence, lexicon):
                left[match_key(name)] = (line.number, index)
            if rejoined(sentence):
                back.update((match_key(n), (line.number, index)) for n in known_names(sentence, lexicon))
    return [(name, line) for name, line in found
            if not ((key := match_key(name)) in left and left[key][0] >= line.number and back.get(key, (-1, -1)) <= left[key])]


# 'वर्तमान में समुदाय के चार सदस्य हैं', 'आज इसके 21 सदस्य देश हैं', 'मौजूदा सदस्य: ...'
_CURRENT = re.compile(r"(?:^|\s)" + key_alternatives("वर्तमान", "मौजूदा", "फ़िलहाल", "फिलहाल", "आज", "अब", "इस समय", "इन दिनों")
                      + r"\s+(?:\S+\s+){0,5}?" + key_alternatives("सदस्य", "सदस्यों", "भागीदार"))


def says_current(text: str) -> bool:
    """Whether a members' list says it names today's members."""
    return _CURRENT.search(match_key(text)) is not None
