"""The parties of a convention, named one at a time: a convention's meetings are its parties'
conference ('पक्षकारों का सम्मेलन', COP), and a text on them says who is a party the way a text on a
group says who is a member: 'भारत 1976 में इस अभिसमय का पक्षकार बना', 'आज 180 से अधिक देश और यूरोपीय
संघ इसके पक्षकार हैं', 'भारत 1 नवंबर 1983 से पक्षकार है', a fact line '- पक्षकार: 130 से अधिक देश और
यूरोपीय संघ'; a treaty's kind of party too ('चीन 1985 में परामर्शदात्री पक्ष बना', 'भारत ... उसे
परामर्शदात्री पक्ष का दर्जा मिला'), though a bare 'पक्ष' is any side ('दोनों पक्ष'). The countries and organisations of such a clause's subject (`convention_parties`) are
parties; the countries the text only counts name none.

Not a party: a name in a genitive ('भारत के प्रतिनिधि ...'), a clause that denies ('अमेरिका इसका पक्षकार
नहीं है': no verb follows पक्षकार), observers, and 'पक्षकार' as a noun of something else ('पक्षकार
देशों का सम्मेलन', 'तीसरे पक्षकार सम्मेलन की मेज़बानी').
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import key_alternatives, match_key
from pipeline.parse.layout.structure import Line, split_item
from pipeline.parse.parties.names import known_names, party_kind
from pipeline.parse.parties.not_sides import _OBSERVER


_PARTY = match_key("पक्ष")  # (in 'पक्षकार' too: a cheap look first)
# 'पक्षकार', or a treaty's kind of party ('परामर्शदात्री पक्ष', 'मूल पक्ष'): a bare 'पक्ष' is any side
_PARTY_NOUN = r"(?:" + match_key("पक्षकार") + r"|" + key_alternatives("मूल", "संस्थापक", "परामर्शदात्री", "सलाहकार") + r"\s+" + match_key("पक्ष") + r")"
# 'पक्षकार बना', 'पक्षकार है', '... से पक्षकार' closing the clause: a party, said of the subject;
# 'चीन 1985 में परामर्शदात्री पक्ष बना', 'उसे परामर्शदात्री पक्ष का दर्जा मिला': it became one
_IS_A_PARTY = re.compile(
    r"(?:^|\s)" + _PARTY_NOUN + r"(?:\s+(?:" + key_alternatives("है", "हैं", "था", "थे", "बना", "बनी", "बने", "बन गया", "बन गई", "बन गए",
                                                "रहा", "रही", "रहे") + r"|" + key_alternatives("का दर्जा", "की हैसियत") + r"\s+"
    + key_alternatives("मिला", "मिल गया", "मिला था", "प्राप्त हुआ", "दिया गया", "प्राप्त किया") + r"))?\s*$")
# the clause's own breaks; 'और' joins the subject's names ('180 से अधिक देश और यूरोपीय संघ ...')
_CLAUSES = re.compile(r"[;।]|,\s+(?:और|तथा)\s+|\s(?:और|तथा)\s+(?=\S+\s+(?:में|से)\s)")
_LABEL = frozenset(match_key(w) for w in ("पक्षकार", "पक्षकार देश", "contracting parties", "parties"))
MAX_SUBJECT_WORDS = 15
# a series that is a convention's or treaty's conference, as its title or definition says
# (not a bare 'पक्षकार', which may be the party a sentence names: 'भारत 2001 में पक्षकार बना')
_CONVENTION = re.compile(key_alternatives("पक्षकारों", "पक्षकार सम्मेलन", "पक्षकार देशों", "कॉप", "अभिसमय", "कन्वेंशन", "संधि")
                         + r"|\bCOP\b|\bCoP\b")


def is_convention_series(title: str, definition: str) -> bool:
    """'साइटीस पक्षकार सम्मेलन', 'रामसर कन्वेंशन के COP', '... कन्वेंशन के पक्षकारों का वार्षिक सम्मेलन है'."""
    return _CONVENTION.search(match_key(f"{title} {definition}")) is not None


def convention_parties(line: Line, lexicon: Lexicon) -> list[str]:
    """The countries and organisations a line says are parties of the convention."""
    if _PARTY not in match_key(line.text):
        return []
    found: list[str] = []
    item = split_item(line)
    text = line.text
    if item is not None and match_key(item.label).casefold().strip() in _LABEL:
        first, _, rest = (re.split(r"([;।])", item.description, maxsplit=1) + ["", ""])[:3]
        if not _OBSERVER.search(match_key(first)):
            found += _names(first, lexicon)
        text = rest
    for clause in _CLAUSES.split(text):
        words = [w for w in (w.strip("\"'“”()[],.") for w in clause.split()) if w]
        key = match_key(" ".join(words))
        match = _IS_A_PARTY.search(key)
        if match is None or _OBSERVER.search(key):
            continue
        subject = key[:match.start()].split()
        if not subject or len(subject) > MAX_SUBJECT_WORDS:
            continue
        found += _names(" ".join(words[:len(subject)]), lexicon)
    return list(dict.fromkeys(found))


def _names(text: str, lexicon: Lexicon) -> list[str]:
    """The subject's parties, not a name in a genitive ('भारत के प्रतिनिधि')."""
    return [name for name in known_names(text, lexicon)
            if party_kind(name, lexicon) in ("country", "organisation")
            and not re.search(re.escape(name) + r"\s+(?:के|की|का)\s", text + " ")]
