"""A sentence that tells a meeting and then, after 'किंतु/लेकिन/पर' (or a note's spaced dash), says it is
not counted: 'सितंबर २०२३ में हवाना में ... एक विशेष शिखर सम्मेलन हुआ था, किंतु उसे दक्षिण शिखर सम्मेलनों
की श्रृंखला में नहीं गिना जाता', '..., पर इसे औपचारिक शिखर बैठक नहीं माना गया', '... चिंगदाओ में हुआ पहला
"वैश्विक स्वास्थ्य फ़ोरम" — इसे वार्षिक सम्मेलन न गिनें' (a note's imperative). The meeting told is not a
summit of the series (`counted_out`). A later clause that names its own meeting ('लेकिन 2020 की वर्चुअल
बैठक को ...') is about that meeting, so only a pronoun pointing back counts.
"""

from __future__ import annotations

import re

from pipeline.parse.language.text import key_alternatives, match_key


# 'पर' and 'मगर' are a contrast only after a comma ('जलवायु पर' is a postposition)
_CONTRAST = re.compile(r"(?:[,;]\s*" + key_alternatives("पर", "मगर", "हालांकि", "हालाँकि") + r"|(?:[,;]\s*|\s)"
                       + key_alternatives("किंतु", "किन्तु", "लेकिन", "परंतु", "परन्तु") + r"|\s[-—–])\s+")  # (a key writes a dash "-")
# 'उसे ... में नहीं गिना जाता', 'इसे ... नहीं माना गया', 'वह ... का हिस्सा नहीं थी'
_DENIED = re.compile(r"^(?:\S+\s+){0,2}?" + key_alternatives("उसे", "इसे", "इन्हें", "उन्हें", "इसको", "उसको", "यह", "वह", "ये", "वे")
                     + r"\s+(?:\S+\s+){0,8}?(?:" + match_key("नहीं") + r"\s+" + key_alternatives(
                         "गिना", "गिनी", "गिने", "माना", "मानी", "माने", "मानते", "गिनते")
                     + r"|" + match_key("का हिस्सा नहीं") + r"|" + match_key("में शामिल नहीं")
                     # a note's imperative: 'इसे वार्षिक सम्मेलन न गिनें', 'उसे ... में मत जोड़ो'
                     + r"|(?:" + key_alternatives("न", "मत") + r")\s+" + key_alternatives("गिनें", "गिनिए", "गिनो", "मानें", "मानिए", "मानो",
                                                                "जोड़ें", "जोड़िए", "जोड़ो") + r")(?=[\s,।;.!]|$)")
_CHEAP = re.compile(r"(?:^|\s)(?:" + key_alternatives("नहीं", "न", "मत") + r")\s")


def counted_out(sentence: str) -> bool:
    """Whether a later clause of the sentence says the meeting told before it is not counted."""
    key = match_key(sentence)
    if not _CHEAP.search(key):
        return False
    parts = _CONTRAST.split(key)
    return any(_DENIED.search(part) for part in parts[1:])
