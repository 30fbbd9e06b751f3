"""A series that is a council of leaders ('यूरोपीय परिषद', 'एंडियन राष्ट्रपति परिषद', '... सहयोग परिषद
(HLCC)'): the title names the council itself, with no meeting noun, and its meetings are the council's
बैठकें ('परिषद की पहली बैठक 10–11 मार्च 1975 को डबलिन में हुई', 'परिषद की असाधारण बैठक'). In such a
document `council_meetings` reads 'परिषद की ... बैठक' as a summit noun; a ministers' meeting of the
council ('परिषद की मंत्रिस्तरीय बैठक') and another council's ('सुरक्षा परिषद की बैठक': the word before
परिषद is not the title's) stay as they are, and so do documents whose title names a summit
('खाड़ी सहयोग परिषद का 45वाँ शिखर सम्मेलन') or a meeting ('मंत्रिपरिषद की बैठक').
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.parse.language.text import match_key

_COUNCIL = "परिषद"
_BREAK = re.compile(r"[:;|,(\[—–]| - ")
_MEETING_WORDS = frozenset(match_key(w) for w in ("सम्मेलन", "बैठक", "बैठकें", "बैठकों", "शिखर", "वार्ता", "समिट"))
# 'परिषद की (पहली | 23वीं | असाधारण | नियमित) बैठक(ें|ों)': at most two words between
_COUNCIL_MEETING = re.compile(r"(?P<head>(?:(?<!\S)(?P<before>\S+)\s+)?परिषद\s+(?:की|के)\s+(?P<between>(?:[^\s,।;:]+\s+){0,2}?))"
                              r"(?P<noun>बैठकें|बैठकों|बैठक)(?=[\s,।;:)]|$)")
_MINISTERS = re.compile(r"मंत्र|अधिकारि|सचिव|राजदूत|विशेषज्ञ|स्थायी\s+प्रतिनिधि")
_NOUNS = {"बैठक": "सम्मेलन", "बैठकें": "सम्मेलन", "बैठकों": "सम्मेलनों"}


@lru_cache(maxsize=256)
def names_a_council(title: str) -> tuple[str, ...]:
    """The words of the council's name when the title's series name ends in परिषद and holds no
    meeting noun ('यूरोपीय परिषद (European Council) — ...' -> ('यूरोपीय', 'परिषद')); else ()."""
    name = _BREAK.split(title.strip().lstrip("#").strip(), maxsplit=1)[0].split()
    keys = [match_key(w.strip("\"'“”‘’*")) for w in name]
    if len(keys) < 2 or keys[-1] != match_key(_COUNCIL) or _MEETING_WORDS & set(keys):
        return ()
    return tuple(keys)


def council_meetings(sentence: str, title: str) -> str:
    """The sentence with the titled council's meetings ('परिषद की पहली बैठक') read as 'सम्मेलन'."""
    if _COUNCIL not in sentence or "बैठक" not in sentence:
        return sentence
    council = names_a_council(title)
    if not council:
        return sentence

    def summit(match: re.Match) -> str:
        before = match_key((match["before"] or "").strip("\"'“”‘’(*,"))
        if _MINISTERS.search(match["between"]) or (before and before not in council and before not in _THIS
                                                   and not before[:1].isdigit()):
            return match[0]
        return match["head"] + _NOUNS[match["noun"]]
    return _COUNCIL_MEETING.sub(summit, sentence)


# 'परिषद की' after a word that is not the council's own name: the council alone, or this one
_THIS = frozenset(match_key(w) for w in ("इस", "इसी", "उस", "उसी", "यह", "और", "तथा", "में", "से", "को", "कि", "जब", "तब", "ही",
                                         "भी", "हुई", "हुए", "हुआ", "वाली", "वाले", "नेताओं", "राष्ट्राध्यक्षों", "यानी"))
