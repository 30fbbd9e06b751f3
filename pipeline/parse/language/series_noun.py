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
    ("वार्ता", "वार्ताओं", "वार्ताएँ", "वार्ताएं"),  # only after a word of its kind: 'त्रिपक्षीय वार्ता' (`_TALKS_KINDS`)
)
# talks are a series' meetings only as the talks of three or more sides ('त्रिपक्षीय वार्ता'); not 'व्यापार
# वार्ता', and not two leaders' 'शिखर वार्ता', whose 'उनसे वार्ता की' the rules on two sides' talks read
_TALKS = match_key("वार्ता")
_TALKS_KINDS = frozenset(match_key(w) for w in ("त्रिपक्षीय", "चतुष्पक्षीय", "चतुर्पक्षीय", "बहुपक्षीय"))
_FORMS = {match_key(form): frozenset(match_key(f) for f in forms) for forms in _OWN_NOUNS for form in forms}
# Other meeting nouns: a name whose head is one of these has no own noun ('संवाद साझेदारी शिखर सम्मेलन').
_OTHER_HEADS = frozenset(match_key(w) for w in ("सम्मेलन", "बैठक", "शिखर", "वार्ता", "समिट", "summit", "परिषद",
                                                "संगठन", "पार्टी", "दल", "साझेदारी", "मंत्रालय", "संस्थान"))
_SUMMIT_HEADS = frozenset(match_key(w) for w in ("सम्मेलन", "बैठक", "समिट", "summit"))
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
    previous = ""
    for word in match_key(name).replace("-", " ").split():
        word, previous, before = word.strip("\"'“”‘’"), word.strip("\"'“”‘’"), previous
        if word == _TALKS and before not in _TALKS_KINDS:
            word = match_key("बैठक")  # 'भारत-चीन सीमा वार्ता': talks of another kind name no own noun
        if word in _BREAK_WORDS:
            if head is not None:
                break
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
_EDGE = "\"'“”‘’(),।;:*"


def as_summit_nouns(text: str, own: frozenset[str], title: str = "") -> str:
    """The text with the series' own word for its meetings read as 'सम्मेलन' ('सिंगापुर में हुए 17वें
    संवाद में' -> '... 17वें सम्मेलन में'), word for word, so every rule on summit nouns reads it. Such a
    series numbers its meetings बैठक too ('2024 में सिंगापुर में हुई 21वीं बैठक में'), unless the
    meeting is a body's ('परिषद की 95वीं बैठक'). A numbered edition is a meeting in every document
    ('2015 के सातवें संस्करण में')."""
    key = match_key(text)
    edition = _EDITION in key
    if not own and not edition:
        return text
    if not edition and not any(form in key for form in own) and _MEETING not in key:
        return text
    words = text.split(" ")
    key_of_title = match_key(title)
    changed = False
    for k, word in enumerate(words):
        core = word.strip(_EDGE)
        if not core:
            continue
        core_key = match_key(core)
        if core_key in own or (core_key == _MEETING and own and k > 0 and _is_ordinal(words[k - 1])
                               and (k < 2 or match_key(words[k - 2].strip(_EDGE)) not in _JOINING)) or (
                core_key in _EDITIONS and k > 0 and (_numbers_an_edition(words[k - 1]) and _owned_by_the_series(words, k - 1, key_of_title)
                                                      or _of_a_year(words, k))):
            start = word.index(core)
            words[k] = word[:start] + _SUMMIT_NOUN + word[start + len(core):]
            changed = True
    return " ".join(words) if changed else text


_MEETING = match_key("बैठक")
# A conference's edition is its meeting ('... के पाँचवें संस्करण का उद्घाटन', '2015 के सातवें संस्करण में',
# 'जनवरी 2021 का संस्करण रद्द'): numbered or of a year, in any document ('खाद्य प्रसंस्करण' is another word).
_EDITION = match_key("संस्करण")
_EDITIONS = frozenset(match_key(w) for w in ("संस्करण", "संस्करणों"))
_YEAR = re.compile(r"^[0-9०-९]{4}$")


_OWNERS = frozenset(match_key(w) for w in ("सम्मेलन", "सम्मेलनों", "शृंखला", "श्रृंखला", "श्रंखला", "मंच", "आयोजन"))


def _owned_by_the_series(words: list[str], k: int, title_key: str) -> bool:
    """'इस शृंखला का पाँचवाँ संस्करण', 'सम्मेलन (जीसीसीएस) के पाँचवें संस्करण', 'पाँचवें संस्करण में':
    the numbered edition (its ordinal at k) is the series' when its owner before का/के/की is a meeting
    noun, a short form in brackets or a word of the title, or when none is named ('रिपोर्ट का दूसरा
    संस्करण जारी हुआ' is a report's)."""
    if k < 2 or match_key(words[k - 1].strip(_EDGE)) not in _JOINING:
        return True
    owner = words[k - 2]
    key = match_key(owner.strip(_EDGE))
    return key in _OWNERS or (owner.startswith("(") and owner.rstrip(",").endswith(")")) or (
        len(key) > 2 and key in title_key.split())


_NEXT_OR_LAST = frozenset(match_key(w) for w in ("अगला", "अगले", "पिछला", "पिछले", "आगामी", "हालिया", "ताज़ा", "ताजा"))


def _numbers_an_edition(word: str) -> bool:
    """'पाँचवाँ संस्करण', 'अगला संस्करण', 'पिछले संस्करण में'."""
    return _is_ordinal(word) or match_key(word.strip(_EDGE)) in _NEXT_OR_LAST


def _of_a_year(words: list[str], k: int) -> bool:
    """'2021 का संस्करण', 'जनवरी 2022 के संस्करण में': the edition of a year."""
    return k > 1 and match_key(words[k - 1].strip(_EDGE)) in _JOINING and _YEAR.match(words[k - 2].strip(_EDGE)) is not None
_NUMERAL_ORDINAL = re.compile(r"^[0-9०-९]{1,3}(?:वीं|वें|वाँ|वां|वी|वे)$")


def _is_ordinal(word: str) -> bool:
    key = match_key(word.strip(_EDGE))
    return key in ORDINAL_WORDS or _NUMERAL_ORDINAL.match(key) is not None
