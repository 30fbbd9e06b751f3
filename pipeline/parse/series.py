"""Whether a summit entry or mention is a meeting of the document's own series.

A summit list may hold lines about other meetings (another series' first summit, an event the
text calls separate), and a sentence may mix two summits the list already holds. These rules
read how such lines are written; `pipeline.parse.document` leaves what they reject out and
writes a `parse_issues` row for it.

- `names_another_series`: an ordinal names the meeting with words the title does not hold
  ("पहला अफ्रीका जलवायु शिखर सम्मेलन" in a document on the African Union summits); words of the
  meeting itself (वार्षिक, असाधारण, ...) and a host city do not count.
- `another_kind_of_meeting`: a coordination, preparatory or review meeting, the executive
  council ("मध्य-वर्षीय समन्वय बैठक"): a meeting of the organisation, not its summit.
- `called_separate`: the entry says the meeting stands apart ("..., जो सभा के सत्रों से अलग
  आयोजन था", "यह एक अलग मंच है").
"""

from __future__ import annotations

import re

from pipeline.parse.dates import numbered_names
from pipeline.parse.lexicon import Lexicon
from pipeline.parse.summits import first_clause
from pipeline.parse.text import match_key

# Words that describe a meeting of the series, not another series' name.
_MEETING_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक अनौपचारिक औपचारिक द्विपक्षीय त्रिपक्षीय बहुपक्षीय शिखर नेताओं नेता वर्चुअल आभासी ऑनलाइन हाइब्रिड "
    "विशेष असाधारण आपात आपातकालीन स्मारक नियमित साधारण पूर्ण संयुक्त क्षेत्रीय अंतर-सरकारी अंतरसरकारी परामर्श "
    "स्तरीय स्तर मंच फोरम फ़ोरम सभा परिषद"
).split())
_HYPHEN = re.compile(r"[-–]")


def names_another_series(text: str, title: str, lexicon: Lexicon) -> bool:
    """Whether the ordinals of the text's first clause all name a summit with a word the
    title does not hold and that is neither a word of the meeting nor a place ('पहला अफ्रीका
    जलवायु शिखर सम्मेलन'). A later clause may mention another series' summit in passing
    ('... (वहीं 11वाँ आसियान शिखर सम्मेलन भी हुआ)'): it does not make the entry another's."""
    title_key = match_key(title)
    title_words = set(_HYPHEN.sub(" ", title_key).split())
    named = numbered_names(first_clause(text))
    return bool(named) and all(_foreign(names, title_words, title_key, lexicon) for names in named)


def _foreign(names: list[str], title_words: set[str], title_key: str, lexicon: Lexicon) -> bool:
    for word in names:
        parts = [p for p in _HYPHEN.split(word) if p]
        if all(p in title_words or p in title_key for p in parts) or word in _MEETING_WORDS:
            continue
        if lexicon.lookup(word, ("city", "country")) is not None or _title_names(word, title_key, lexicon):
            continue
        return True
    return False


def _title_names(word: str, title_key: str, lexicon: Lexicon) -> bool:
    """'पहला G20 शिखर सम्मेलन' in a document titled 'जी-20 ...': the title names the same
    organisation under another spelling."""
    entry = lexicon.lookup(word, ("organisation",))
    return entry is not None and any(match_key(h) in title_key for h in lexicon.spellings(entry.english, "organisation"))


# "अलग आयोजन था", "अलग मंच है": the meeting is called a thing apart. "अलग बैठक की" (held a
# separate meeting on the sidelines) says nothing about the entry's own meeting.
_SEPARATE = re.compile(
    match_key("अलग") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "आयोजन", "मंच", "कार्यक्रम", "शृंखला", "श्रृंखला", "सम्मेलन", "बैठक", "संस्था", "पहल",
    )) + r")\s+(?:" + "|".join(match_key(w) for w in ("था", "थी", "थे", "है", "हैं")) + r")(?:\s|$|[।,;.])"
)


def called_separate(text: str) -> bool:
    """'..., जो सभा के सत्रों से अलग आयोजन था', 'यह एक अलग मंच है': the meeting stands apart."""
    return "अलग" in text and _SEPARATE.search(match_key(text)) is not None


# Meetings of the series' organisation that are not its summits: "मध्य-वर्षीय समन्वय बैठक" (the
# coordination meeting), "तैयारी बैठक" (the preparatory meeting), "कार्यकारी परिषद" (ministers).
_OTHER_KIND = re.compile("|".join(match_key(w).replace(" ", r"\s+") for w in (
    "समन्वय बैठक", "तैयारी बैठक", "तैयारी की बैठक", "प्रारंभिक बैठक", "समीक्षा बैठक", "कार्यकारी परिषद",
)))


def another_kind_of_meeting(text: str) -> bool:
    """Whether the text's first clause is about a meeting that is not a summit of the series."""
    if "बैठक" not in text and "परिषद" not in text:
        return False  # every such meeting is a बैठक or a परिषद: most entries need no match key
    return _OTHER_KIND.search(match_key(first_clause(text))) is not None


__all__ = ["another_kind_of_meeting", "called_separate", "names_another_series"]
