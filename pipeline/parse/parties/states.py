"""A summit an Indian state's government holds (a state's investors' summit): its one party is
India, though the text never names the country ('प्रदेश सरकार की सबसे बड़ी निवेश कवायद, इन्वेस्ट
मध्यप्रदेश - ग्लोबल इन्वेस्टर्स समिट', 'राजस्थान सरकार द्वारा आयोजित ...').

The opening lines must name a state of India and its government (प्रदेश सरकार, राज्य सरकार, or
'<state> सरकार'); a state named only as a place ('असम से रेल संपर्क') is no organiser.
"""

from __future__ import annotations

import re

from pipeline.parse.layout.structure import Line

_STATES = (
    "आंध्र प्रदेश", "अरुणाचल प्रदेश", "असम", "बिहार", "छत्तीसगढ़", "गोवा", "गुजरात", "हरियाणा", "हिमाचल प्रदेश",
    "झारखंड", "झारखण्ड", "कर्नाटक", "केरल", "मध्य प्रदेश", "मध्यप्रदेश", "महाराष्ट्र", "मणिपुर", "मेघालय", "मिज़ोरम",
    "मिजोरम", "नगालैंड", "नागालैंड", "ओडिशा", "उड़ीसा", "पंजाब", "राजस्थान", "सिक्किम", "तमिलनाडु", "तमिल नाडु",
    "तेलंगाना", "त्रिपुरा", "उत्तर प्रदेश", "उत्तरप्रदेश", "उत्तराखंड", "उत्तराखण्ड", "पश्चिम बंगाल", "जम्मू-कश्मीर",
    "जम्मू और कश्मीर",
)
_STATE = "(?:" + "|".join(re.escape(s) for s in sorted(_STATES, key=len, reverse=True)) + ")"
_NAMED_STATE = re.compile(r"(?<![\u0900-\u097f])" + _STATE + r"(?![\u0900-\u097f])")
# 'प्रदेश सरकार', 'राज्य सरकार', 'राजस्थान सरकार', 'गुजरात की राज्य सरकार'
_STATE_GOVERNMENT = re.compile(r"(?<![\u0900-\u097f])(?:प्रदेश|राज्य|" + _STATE + r")\s+सरकार(?![\u0900-\u097f])")
_INDIA = "भारत"
OPENING_LINES = 3  # the headline's deck and the first paragraphs


def state_government_country(lines: list[Line]) -> list[tuple[str, Line]]:
    """[('भारत', line)] when the opening lines name an Indian state and a state's government."""
    opening = [line for line in lines if line.text.strip()][:OPENING_LINES]
    text = " ".join(line.text for line in opening)
    if "सरकार" not in text or not _NAMED_STATE.search(text):
        return []
    line = next((line for line in opening if _STATE_GOVERNMENT.search(line.text)), None)
    return [(_INDIA, line)] if line is not None else []
