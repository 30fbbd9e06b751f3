"""A summit named as the basis of another event: 'पहले सम्मेलन की सिफ़ारिश पर 1978 में नैरोबी में ... केंद्र
की स्थापना हुई', 'दूसरे सम्मेलन के निर्णय के तहत ...', 'सम्मेलन के प्रस्ताव से ...'. The sentence's date
and place are the event's (a founding, a fund, a body), not the summit's, so the noun states no summit
(`named_as_basis`). So too a summit after which, or as a result of which, something was founded
('पहले सम्मेलन के बाद 1978 में नैरोबी में केंद्र स्थापित किया गया'), when the sentence says a founding.
"""

from __future__ import annotations

import re

from pipeline.parse.language.text import match_key


def _keys(*words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words)


_OF = _keys("की", "के")
# 'की सिफ़ारिश पर', 'के निर्णय के तहत', 'के प्रस्ताव से', 'की घोषणा के अनुसार'
_BASIS = _keys("सिफ़ारिश", "सिफारिश", "सिफ़ारिशों", "सिफारिशों", "अनुशंसा", "अनुशंसाओं", "निर्णय", "निर्णयों", "फ़ैसले",
               "फैसले", "प्रस्ताव", "आह्वान", "सुझाव", "पहल", "आदेश", "अधिदेश", "मार्गदर्शन")
_ON = _keys("पर", "से", "अनुसार", "तहत", "आधार", "मुताबिक़", "मुताबिक", "बाद")
# 'के बाद', 'के फलस्वरूप', 'के परिणामस्वरूप', 'के नतीजे में': only with a founding in the sentence
_AFTER = _keys("बाद", "फलस्वरूप", "परिणामस्वरूप", "नतीजतन", "उपरांत", "पश्चात")
_FOUNDING = re.compile("|".join(match_key(w) for w in ("स्थापना", "स्थापित", "गठन", "गठित", "नींव")))


def named_as_basis(keys: list[str], noun_end: int) -> bool:
    """Whether the summit noun ending before `noun_end` is the basis of another event, not the event."""
    if noun_end + 1 >= len(keys) or keys[noun_end] not in _OF:
        return False
    following = keys[noun_end + 1:noun_end + 4]
    if following[0] in _BASIS and any(k in _ON for k in following[1:]):
        return True
    return following[0] in _AFTER and any(_FOUNDING.match(k) for k in keys)
