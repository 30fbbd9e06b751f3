"""A series' own word for its meetings, read from the document's title.

Many series do not call their meetings 'शिखर सम्मेलन': a congress ('विश्व ऊर्जा कांग्रेस'), a
dialogue ('शांगरी-ला डायलॉग'), a forum, a retreat ('लीडर्स रिट्रीट'), consultations ('अंतर-सरकारी
परामर्श'). The head noun that ends the series' name in the title counts as a summit noun in that
document only ('## कांग्रेस — जो याद रखनी हैं', '12वीं कांग्रेस', '17वें संवाद में').

The series' name is the title up to its first break (a colon, a dash, a bracket, a comma, or a
postposition other than का/की/के, which join a name: 'भारतीय राष्ट्रीय कांग्रेस का अधिवेशन'); its
head is the last meeting noun in it. Only a head that is one of the words below counts: a name
ending in 'शिखर सम्मेलन' or 'बैठक' is read by the parser's own summit nouns, and a noun for a body
('विश्व ऊर्जा परिषद', 'कांग्रेस पार्टी') is not a meeting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.parse.language.dates import ORDINAL_WORDS
from pipeline.parse.language.text import match_key

# The words a series may call its meetings by, each with its plural and oblique forms; a group's
# words name the same thing (a Hindi report calls the 'डायलॉग' of its title a 'संवाद').
_OWN_NOUNS = (
    ("कांग्रेस", "कांग्रेसों", "कॉन्ग्रेस"),
    ("डायलॉग", "डायलॉगों", "डायलाग", "संवाद", "संवादों"),
    ("फ़ोरम", "फ़ोरमों", "फोरम", "फोरमों"),
    ("रिट्रीट", "रिट्रीटों"),
    ("परामर्श", "परामर्शों"),
    ("अधिवेशन", "अधिवेशनों"),
    ("समागम", "समागमों"),
    ("मंच", "मंचों"),
    ("संसद", "संसदें", "संसदों"),
)
_FORMS = {match_key(form): frozenset(match_key(f) for f in forms) for forms in _OWN_NOUNS for form in forms}
#: every word a series may call its meetings by ('तीसरा विश्व शिक्षा मंच' in a list of a सम्मेलन's summits)
ANY_OWN_NOUN = frozenset(_FORMS)
# Other meeting nouns: a name whose head is one of these has no own noun ('संवाद साझेदारी शिखर सम्मेलन').
_OTHER_HEADS = frozenset(match_key(w) for w in ("सम्मेलन", "बैठक", "शिखर", "वार्ता", "समिट", "summit", "परिषद",
                                                "संगठन", "पार्टी", "दल", "साझेदारी", "मंत्रालय", "संस्थान"))
_SUMMIT_HEADS = frozenset(match_key(w) for w in ("सम्मेलन", "बैठक", "वार्ता", "समिट", "summit"))
_BODY_HEADS = frozenset(match_key(w) for w in ("दल", "पार्टी", "मंत्रालय", "संस्थान", "संगठन"))
_AGENT = match_key("ने")
_JOINING = frozenset(match_key(w) for w in ("का", "की", "के"))
_BREAK_WORDS = frozenset(match_key(w) for w in ("में", "पर", "से", "ने", "को", "और", "तक", "है", "हैं", "हुआ", "हुई"))
_BREAK = re.compile(r"[:;|,(\[—।]| [-–] ")


@lru_cache(maxsize=256)
def own_meeting_nouns(title: str) -> frozenset[str]:
    """The keys of the word (and its forms) the title's series calls its meetings by
    ('विश्व ऊर्जा कांग्रेस (World Energy Congress) — notes' -> कांग्रेस, कांग्रेसों), else empty."""
    name = _BREAK.split(title, maxsplit=1)[0]
    head = None
    reach = 0  # after the head, the words that may still lead to a later one ('... कांग्रेस का 25वाँ अधिवेशन')
    for word in match_key(name).replace("-", " ").split():
        word = word.strip("\"'“”‘’")
        if word in _BREAK_WORDS:
            if head is not None and not (word == _AGENT and head in _BODY_HEADS):
                break
            head = None  # 'भारतीय दल ने ... मंच में भाग लिया': the body that acted is no name of the series
            continue  # 'पुत्राजाया में ११वाँ ... रिट्रीट संपन्न': the name follows the headline's place
        if word in _FORMS and head in _SUMMIT_HEADS and not reach:
            break  # '... शिखर सम्मेलन संवाद के साथ संपन्न': the name ended at the summit noun
        if word in _FORMS or word in _OTHER_HEADS:
            head, reach = word, 0
        elif head is not None and word in _JOINING:
            reach = 2
        elif head is not None:
            if not reach:
                break  # '... शिखर सम्मेलन वीडियो कॉन्फ्रेंस के माध्यम से': the name ended at its head
            reach -= 1
    return _FORMS.get(head, frozenset()) if head is not None else frozenset()


_SUMMIT_NOUN = "सम्मेलन"
_SUMMIT_NOUNS = "सम्मेलनों"
_PLURAL_ENDINGS = (match_key("ों"), match_key("ें"))
_EDGE = "\"'“”‘’(),।;:*"


def as_summit_nouns(text: str, own: frozenset[str], *, meetings: bool = True) -> str:
    """The text with the series' own word for its meetings read as 'सम्मेलन' ('सिंगापुर में हुए 17वें
    संवाद में' -> '... 17वें सम्मेलन में'), word for word, so every rule on summit nouns reads it. Such a
    series numbers its meetings बैठक too ('2024 में सिंगापुर में हुई 21वीं बैठक में'), unless the
    meeting is a body's ('परिषद की 95वीं बैठक'); `meetings=False` leaves बैठक as it is."""
    if not own:
        return text
    key = match_key(text)
    if not any(form in key for form in own) and (_MEETING not in key or not meetings):
        return text
    words = text.split(" ")
    changed = False
    for k, word in enumerate(words):
        core = word.strip(_EDGE)
        if not core:
            continue
        core_key = match_key(core)
        if core_key in own or (meetings and core_key == _MEETING and k > 0 and _is_ordinal(words[k - 1])
                               and (k < 2 or match_key(words[k - 2].strip(_EDGE)) not in _JOINING)):
            start = word.index(core)
            # 'पिछले कई मंचों में': a plural stays plural ('सम्मेलनों'), several meetings and no one of them
            noun = _SUMMIT_NOUNS if core_key in own and core_key.endswith(_PLURAL_ENDINGS) else _SUMMIT_NOUN
            words[k] = word[:start] + noun + word[start + len(core):]
            changed = True
    return " ".join(words) if changed else text


_MEETING = match_key("बैठक")
_NUMERAL_ORDINAL = re.compile(r"^[0-9०-९]{1,3}(?:वीं|वें|वाँ|वां|वी|वे)$")


def _is_ordinal(word: str) -> bool:
    key = match_key(word.strip(_EDGE))
    return key in ORDINAL_WORDS or _NUMERAL_ORDINAL.match(key) is not None
