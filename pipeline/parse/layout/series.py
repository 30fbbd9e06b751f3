"""Whether a summit entry or mention is a meeting of the document's own series.

A summit list may hold lines about other meetings (another series' first summit, an event the
text calls separate), and a sentence may mix two summits the list already holds. These rules
read how such lines are written; `pipeline.parse.document` leaves what they reject out and
writes a `parse_issues` row for it.

- `names_another_series`: an ordinal names the meeting with words the title does not hold
  ("पहला अफ्रीका जलवायु शिखर सम्मेलन" in a document on the African Union summits); words of the
  meeting itself (वार्षिक, असाधारण, ...) and a host city do not count.
- `another_kind_of_meeting`: a coordination, preparatory or review meeting, the executive
  council ("मध्य-वर्षीय समन्वय बैठक"), a meeting of scientists or experts ("... की संयुक्त
  वैज्ञानिक बैठक"): a meeting of the organisation or its experts, not its summit.
- `without_time_references`: another series' summit named only as the time of the entry's
  own meeting ("विलनियस नाटो शिखर सम्मेलन से पहले बैठक") no longer reads as the entry's meeting.
- `lists_other_things`: a table of years and places under a heading of ministers' meetings or
  treaties ('प्रमुख संधियाँ'), or whose first column names a treaty, lists no summits.
- `called_separate`: the entry says the meeting stands apart ("..., जो सभा के सत्रों से अलग
  आयोजन था", "यह एक अलग मंच है").
- `years_of_other_bodies`: a sentence's summits of another body: an organisation's ("गुटनिरपेक्ष
  आंदोलन का पहला शिखर सम्मेलन"), one in a relative clause about it ("..., जिसका पहला शिखर
  सम्मेलन ..."), one with a partner ("आसियान–भारत स्मारक शिखर सम्मेलन", "A और B के बीच", "X के
  साथ").
- `clause_of_the_summit`: an entry that opens with another event (an agreement signed in
  another city) and names the summit in a later clause takes that clause's place and date.
- `start_of_the_summits`: a sentence that says when the series' summits began (the
  established year).
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ORDINAL_WORDS, Period, find_periods, leading_ordinal, numbered_names
from pipeline.parse.language.guarded import guarded
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.layout.summits import first_clause, names_ministers
from pipeline.parse.language.text import match_key

# Words that describe a meeting of the series, not another series' name.
_MEETING_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक अनौपचारिक औपचारिक द्विपक्षीय त्रिपक्षीय बहुपक्षीय शिखर नेताओं नेता वर्चुअल आभासी ऑनलाइन हाइब्रिड "
    "विशेष असाधारण आपात आपातकालीन स्मारक नियमित साधारण पूर्ण संयुक्त क्षेत्रीय अंतर-सरकारी अंतरसरकारी परामर्श "
    "स्तरीय स्तर मंच फोरम फ़ोरम सभा परिषद "
    # 'पहला स्वतंत्र शिखर सम्मेलन': a meeting held on its own, not another series' name
    "स्वतंत्र पृथक"
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


# A funding series' conferences go by any of these words: 'पहला प्रतिज्ञा सम्मेलन' under a title
# naming 'वित्तपोषण सम्मेलन' (pledging, replenishment, financing) is one of its own.
FUNDING_WORDS = frozenset(match_key(w) for w in (
    "प्रतिज्ञा", "पुनःपूर्ति", "पुनर्पूर्ति", "वित्तपोषण", "वित्त-पोषण", "संकल्प", "वचनबद्धता"))


def _foreign(names: list[str], title_words: set[str], title_key: str, lexicon: Lexicon) -> bool:
    for word in names:
        parts = [p for p in _HYPHEN.split(word) if p]
        if all(p in title_words or p in title_key for p in parts) or word in _MEETING_WORDS:
            continue
        if word in FUNDING_WORDS and title_words & FUNDING_WORDS:
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


# "अलग आयोजन था", "अलग मंच है", "यह ... श्रृंखला से अलग है": the meeting is called a thing apart.
# "अलग बैठक की" (held a separate meeting on the sidelines) says nothing about the entry's own
# meeting, nor does "पिछले सम्मेलनों से अलग था" (unlike the summits before it).
_BE = r"\s+(?:" + "|".join(match_key(w) for w in ("था", "थी", "थे", "है", "हैं")) + r")(?:\s|$|[।,;.])"
_SEPARATE = re.compile(
    match_key("अलग") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "आयोजन", "मंच", "कार्यक्रम", "शृंखला", "श्रृंखला", "सम्मेलन", "बैठक", "संस्था", "पहल",
    )) + r")" + _BE
    + r"|(?:" + "|".join(match_key(w) for w in ("शृंखला", "श्रृंखला", "मंच")) + r")\s+" + match_key("से अलग") + _BE
)


# '... नाटो शिखर सम्मेलन (जुलाई 2023) से पहले', '... के बाद', '... की तैयारी', '(ब्रिक्स के आठवें
# शिखर सम्मेलन के साथ)', '... के इतर': a summit named as a point in time, a goal or the occasion
# of the entry's own meeting, not as that meeting.
_TIME_REFERENCE = re.compile(
    r"(?:शिखर\s+)?(?:सम्मेलन|संमेलन|बैठक)(?P<rest>(?:\s*\([^()]*\))?\s+"
    r"(?:से\s+(?:ठीक\s+|कुछ\s+(?:ही\s+)?\S+\s+)?पहले|के\s+(?:ठीक\s+|कुछ\s+(?:ही\s+)?\S+\s+)?बाद|की\s+तैयारी|से\s+पूर्व|के\s+लिए|के\s+साथ(?:-साथ)?|के\s+इतर|के\s+दौरान"
    # '... शिखर सम्मेलन के हाशिये पर', '... के मौके पर': the occasion
    r"|के\s+(?:हाशिये|हाशिए|हाशिया|मौके|अवसर)\s+पर))(?=[\s,;।:)]|$)"
)


def without_time_references(text: str) -> str:
    """The text with the summit nouns of time references made neutral ('आयोजन'), so that a
    check for another series' summit reads only the meetings the entry is about."""
    return _TIME_REFERENCE.sub(lambda m: "आयोजन" + m["rest"], text)


def called_separate(text: str) -> bool:
    """'..., जो सभा के सत्रों से अलग आयोजन था', 'यह एक अलग मंच है': the meeting stands apart."""
    return "अलग" in text and _SEPARATE.search(match_key(text)) is not None


# Meetings of the series' organisation that are not its summits: "मध्य-वर्षीय समन्वय बैठक" (the
# coordination meeting), "तैयारी बैठक" (the preparatory meeting), "कार्यकारी परिषद" (ministers).
_OTHER_KIND = re.compile("|".join(match_key(w).replace(" ", r"\s+") for w in (
    "समन्वय बैठक", "तैयारी बैठक", "तैयारी की बैठक", "प्रारंभिक बैठक", "समीक्षा बैठक", "कार्यकारी परिषद",
)))


# Meetings of scientists, experts or working groups: '1985: ... डब्ल्यूएमओ, यूएनईपी और ... परिषद की
# संयुक्त वैज्ञानिक बैठक ने ...', 'विशेषज्ञों की एक बैठक', 'कार्य समूह की बैठक' (a series of conferences
# lists them beside its own meetings: they prepared or followed them). Not in a series the title
# names by such a meeting ('... वैज्ञानिक बैठक').
_EXPERTS_MEETING = re.compile(r"(?:^|\s)(?P<kind>" + "|".join(match_key(w).replace(" ", r"\s+") for w in (
    "वैज्ञानिक", "वैज्ञानिकों", "विशेषज्ञ", "विशेषज्ञों", "तकनीकी", "कार्य समूह", "कार्यसमूह", "विशेषज्ञ समूह",
    "तकनीकी समिति")) + r")(?:\s+" + match_key("की") + r")?(?:\s+(?:" + "|".join(match_key(w) for w in (
        "एक", "संयुक्त", "पहली", "अहम", "महत्वपूर्ण")) + r"))?\s+" + match_key("बैठक") + r"(?=\s|$|[,;।])")


def another_kind_of_meeting(text: str, series: str = "") -> bool:
    """Whether the text's first clause is about a meeting that is not a summit of the series
    (the series named by `series`, its title, when given)."""
    if "बैठक" not in text and "परिषद" not in text:
        return False  # every such meeting is a बैठक or a परिषद: most entries need no match key
    clause = match_key(first_clause(text))
    if _OTHER_KIND.search(clause) is not None:
        return True
    experts = _EXPERTS_MEETING.search(clause)
    return experts is not None and experts["kind"].split()[0] not in match_key(series)


# What a table may list by year and place that is no meeting: treaties and declarations signed,
# offices opened, members admitted.
_THINGS = frozenset(match_key(w) for w in (
    "संधि", "संधियाँ", "संधियां", "संधियों", "समझौता", "समझौते", "समझौतों", "घोषणा", "घोषणाएँ", "घोषणाएं",
    "घोषणाओं", "दस्तावेज़", "दस्तावेज़ों", "सचिवालय", "मुख्यालय", "कार्यालय", "कार्यालयों", "सदस्य", "सदस्यता",
    "treaty", "treaties", "agreement", "agreements", "declaration", "office", "members", "membership",
))
_MEETING_WORD = re.compile("|".join(match_key(w) for w in ("शिखर", "सम्मेलन", "बैठक", "वार्ता", "summit", "meeting")))
_SUMMIT_WORD = re.compile("|".join(match_key(w) for w in ("शिखर", "summit")))  # not 'विदेश मंत्रियों के सम्मेलन'
_WORD_BREAK = re.compile(r"[\s/,().]+")


def lists_other_things(heading: str, first_column: str) -> bool:
    """Whether a table of years and places lists something other than the series' summits: its
    section's heading names meetings of ministers or officials or another kind of meeting
    ('विदेश मंत्रियों की बैठकें'; one naming the summits too, 'शिखर सम्मेलन और मंत्रिस्तरीय
    बैठकें', does not), or treaties, offices or members and no meeting ('प्रमुख संधियाँ'), or
    the table's first column does ('| संधि | वर्ष | हस्ताक्षर स्थल |')."""
    key = match_key(heading).casefold()
    if heading and not _SUMMIT_WORD.search(key) and (names_ministers(heading) or another_kind_of_meeting(heading)):
        return True
    if set(_WORD_BREAK.split(key)) & _THINGS and not _MEETING_WORD.search(key):
        return True
    return bool(set(_WORD_BREAK.split(match_key(first_column).casefold())) & _THINGS)


# Nouns of a meeting: an entry whose text has none of them and names no place is about
# something else (a treaty signed, an agreement in force), not a summit.
_MEETING_NOUN = re.compile("|".join(match_key(w) for w in (
    "शिखर", "सम्मेलन", "बैठक", "वार्ता", "भेंट", "मुलाकात", "मुलाक़ात", "परामर्श", "संवाद", "summit", "meeting", "समिट",
    "conference",  # notes half in English: 'Oslo, 1997 — International Conference on Child Labour, 27–30 अक्टूबर'
)))
_SUMMIT_NOUN = re.compile("|".join(match_key(w) for w in ("शिखर", "सम्मेलन", "summit", "समिट")))  # 'वन ओशन समिट'
_SENTENCE_BREAK = guarded(r"\s*[;।]\s*", (";", "।"))


# What a timeline line states when it is no meeting: a founding or ties established, a treaty
# or framework signed, ratified or in force, a programme launched, a partnership announced,
# a member joining or leaving. ('संयुक्त घोषणा जारी' is what a summit issues: not among them.)
_EVENT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "स्थापित", "स्थापना", "गठन", "गठित", "हस्ताक्षर", "हस्ताक्षरित", "दस्तख़त", "दस्तखत", "लागू", "अनुमोदन", "अनुमोदित",
    "अनुसमर्थन", "क्रियान्वयन", "शुरू", "शुरुआत", "आरंभ", "आरम्भ", "प्रारंभ", "प्रारम्भ", "सदस्यता", "छोड़", "छोड़ा",
    "छोड़ी", "नामकरण")) + r")(?=\s|[,;।:()]|$)"
    + "|" + match_key("की घोषणा") + r"(?=\s*[,;।]|$)")


def states_an_event(text: str) -> bool:
    """'1963: ... राजनयिक संबंध स्थापित', '2010: फ्रेमवर्क समझौते पर हस्ताक्षर', '2011: FTA का
    क्रियान्वयन शुरू', '2022: डिजिटल साझेदारी की घोषणा': a line that names no meeting and
    states a founding, a treaty, a launch or an announcement (see `_EVENT`)."""
    key = match_key(text)
    return not names_a_meeting(key) and _EVENT.search(key) is not None


def names_a_meeting(text: str) -> bool:
    """Whether the text names a meeting at all (शिखर सम्मेलन, बैठक, वार्ता ...)."""
    return _MEETING_NOUN.search(match_key(text)) is not None


_HELD_VERBS = frozenset(match_key(w) for w in ("हुआ", "हुई", "हुए", "आयोजित", "संपन्न", "सम्पन्न"))
_ORDINAL_NOUN_WORDS = 4  # 'तीसरा विश्व शिक्षा मंच हुआ': the numbered name, then its verb


def _numbered_and_held(clause: str) -> bool:
    """'... में 19 से 22 मई तक तीसरा विश्व शिक्षा मंच हुआ': a numbered event of the series held,
    whatever the series calls its meetings (मंच, forum): the entry's own clause."""
    keys = [k.strip(",.\"'“”") for k in match_key(clause).split()]
    return any(k in ORDINAL_WORDS and any(v in _HELD_VERBS for v in keys[i + 2:i + 2 + _ORDINAL_NOUN_WORDS])
               for i, k in enumerate(keys))


def clause_of_the_summit(text: str) -> str | None:
    """The later clause that states the summit when the entry opens with something else: '28
    जून 2019 को ब्रसेल्स में ... व्यापार समझौते पर सहमति बनी; इसके बाद जुलाई 2019 में ... सांता
    फ़े में हुए शिखर सम्मेलन में ...' gives the second clause (its place and date are the
    summit's). None when the first clause names a meeting, or no later clause names a summit."""
    clauses = [c for c in _SENTENCE_BREAK.split(text) if c]
    if len(clauses) < 2 or names_a_meeting(clauses[0]) or _numbered_and_held(clauses[0]):
        return None
    return next((c for c in clauses[1:] if _SUMMIT_NOUN.search(match_key(c))), None)


# ', जिसका पहला शिखर सम्मेलन 1961 में ...': a relative clause about the summits of what the
# clause before it names.
_RELATIVE = re.compile(r",\s*(?=(?:जिसका|जिसकी|जिसके|जिनका|जिनकी|जिनके)\s)")
_RELATIVE_START = re.compile(r"^(?:जिसका|जिसकी|जिसके|जिनका|जिनकी|जिनके)\s")
_NAME_WINDOW = 3


def years_of_other_bodies(sentence: str, title: str, lexicon: Lexicon, sides: tuple[str, ...] = ()) -> set[int]:
    """Years of the summits a sentence gives to another body, not to the series:

    - a summit named after a pair of sides one of which the title does not name ('दिसंबर
      2012 में नई दिल्ली में आसियान–भारत स्मारक शिखर सम्मेलन हुआ' in a document on the
      आसियान summits: the partner's commemorative summit);
    - a summit in a relative clause about an organisation the title does not name ('... रिश्ता
      गुटनिरपेक्ष आंदोलन के दिनों से है, जिसका पहला शिखर सम्मेलन सितंबर 1961 में बेलग्रेड में
      हुआ था');
    - a summit held with a side of the series by a country neither the title nor `sides` (the
      document's parties, in English) names ('रूस ने अक्टूबर 2022 में अस्ताना में मध्य एशिया के
      साथ पहला शिखर सम्मेलन किया था' in a document on the EU and Central Asia: Russia's own series).

    Only clauses whose every summit noun is another's count."""
    title_key = match_key(title)
    clauses = [c for part in _SENTENCE_BREAK.split(sentence) for c in _RELATIVE.split(part) if c]
    years: set[int] = set()
    for index, clause in enumerate(clauses):
        words = clause.split()
        keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
        nouns = [i for i, k in enumerate(keys) if k in _SUMMIT_KEYS and (i == 0 or keys[i - 1] != _PEAK_KEY)]
        if not nouns:
            continue
        about_another = index > 0 and _RELATIVE_START.match(clause) is not None and _names_another_body(
            clauses[index - 1], title_key, lexicon)
        if about_another or all(_anothers_summit(words, keys, i, title_key, lexicon, sides) for i in nouns):
            years |= {period.year for _, _, period in find_periods(clause)}
    return years


_POSSESSIVE = frozenset(match_key(w) for w in ("का", "की", "के"))
_WITH = (match_key("के"), match_key("साथ"))
_BETWEEN_WINDOW = 8


def _anothers_summit(words: list[str], keys: list[str], noun: int, title_key: str, lexicon: Lexicon,
                     sides: tuple[str, ...] = ()) -> bool:
    """Whether the summit noun at `noun` names the summit of another body: a partner pair
    ('आसियान–भारत स्मारक शिखर सम्मेलन'), an organisation's ('गुटनिरपेक्ष आंदोलन का पहला शिखर
    सम्मेलन'), a summit between two sides not both the title's ('मर्कोसुर और भारत के बीच
    ... शिखर सम्मेलन') or one with a side the title does not name ('यूरोपीय संघ के साथ
    मर्कोसुर का शिखर सम्मेलन')."""
    from pipeline.parse.parties import known_names

    if _partner_pair(words[max(0, noun - _NAME_WINDOW):noun], title_key, lexicon):
        return True
    j = noun - 1
    while j >= 0 and noun - j <= _NAME_WINDOW and (keys[j] in _MEETING_WORDS or leading_ordinal(words[j]) is not None):
        j -= 1  # 'का पहला स्मारक शिखर सम्मेलन'
    if j >= 1 and keys[j] in _POSSESSIVE:
        owner = known_names(" ".join(words[max(0, j - MAX_OWNER_WORDS):j]), lexicon)
        if owner and lexicon.lookup(owner[-1], ("organisation",)) and not _named_by_title(owner[-1], title_key, lexicon):
            return True
    between = _BETWEEN.search(" ".join(words[max(0, noun - _BETWEEN_WINDOW):noun]))
    if between is not None:
        inside = [any(match_key(w) in title_key for w in side.split()) or _named_by_title(side, title_key, lexicon)
                  for side in (between[1], between[2])]
        outside = [side for side, named in zip((between[1], between[2]), inside) if not named]
        if outside and all(known_names(side, lexicon) for side in outside):
            return True
    for k in range(max(1, noun - _BETWEEN_WINDOW), noun - 1):
        if (keys[k], keys[k + 1]) == _WITH:
            partner = known_names(" ".join(words[max(0, k - MAX_OWNER_WORDS):k]), lexicon)
            if partner and not _named_by_title(partner[-1], title_key, lexicon):
                return True
            if held_by_another(words, keys, k, title_key, lexicon, sides):
                return True
    return False


MAX_OWNER_WORDS = 4
_BY_AGENT = match_key("ने")


def held_by_another(words: list[str], keys: list[str], before: int, title_key: str, lexicon: Lexicon,
                     sides: tuple[str, ...]) -> bool:
    """'रूस ने ... मध्य एशिया के साथ ... शिखर सम्मेलन किया': the agent ('X ने') before `before` is a
    country or organisation that neither the title nor the document's parties (`sides`) name."""
    from pipeline.parse.parties import known_names, party_entry

    agent = next((j for j in range(before - 1, 0, -1) if keys[j] == _BY_AGENT), None)
    if agent is None:
        return False
    names = known_names(" ".join(words[max(0, agent - MAX_OWNER_WORDS):agent]), lexicon)
    if not names or _named_by_title(names[-1], title_key, lexicon):
        return False
    known = party_entry(names[-1], lexicon)
    return known is not None and known[1].casefold() not in {side.casefold() for side in sides}
# 'मर्कोसुर और भारत के बीच': the two sides of a meeting (the last one or two words before और).
_BETWEEN = re.compile(r"(\S+)\s+और\s+(\S+(?:\s\S+)?)\s+के\s+बीच(?:\s|$)")


def _named_by_title(name: str, title_key: str, lexicon: Lexicon) -> bool:
    return match_key(name) in title_key or _title_names_party(name, title_key, lexicon)


_PEAK_KEY = match_key("शिखर")
_SUMMIT_KEYS = frozenset((_PEAK_KEY, match_key("सम्मेलन")))


def _names_another_body(clause: str, title_key: str, lexicon: Lexicon) -> bool:
    """The clause names an organisation the title does not (under any of its spellings)."""
    from pipeline.parse.parties import known_names  # parties reads the structure; imported late

    for name in known_names(clause, lexicon):
        entry = lexicon.lookup(name, ("organisation",))
        if entry is not None and not any(match_key(h) in title_key for h in lexicon.spellings(entry.english, "organisation")):
            return True
    return False


def _partner_pair(window: list[str], title_key: str, lexicon: Lexicon) -> bool:
    """'आसियान–भारत (स्मारक)' before a summit noun: a pair of sides, one named by the title and
    the other a country or organisation it does not name."""
    from pipeline.parse.parties import party_entry

    for word in window:
        sides = [p for p in _HYPHEN.split(word.strip("\"'“”‘’(),।;:")) if p]
        if len(sides) != 2:
            continue
        inside = [match_key(side) in title_key or _title_names_party(side, title_key, lexicon) for side in sides]
        if any(inside) and not all(inside):
            other = sides[inside.index(False)]
            return party_entry(other, lexicon) is not None
    return False


def _title_names_party(name: str, title_key: str, lexicon: Lexicon) -> bool:
    """'यूरोपीय संघ' in a document titled 'ईयू-भारत ...': the title names the party under
    another spelling."""
    from pipeline.parse.parties import party_entry

    known = party_entry(name, lexicon)
    return known is not None and any(match_key(h) in title_key for h in lexicon.spellings(known[1], known[0]))


# "रूस–अफ्रीका शिखर सम्मेलनों की परंपरा 23-24 अक्टूबर 2019 को ... से शुरू हुई", "शिखर स्तर का
# सिलसिला 2014 में शुरू हुआ": a sentence that says when the series' summits began.
_SUMMITS_BEGAN = re.compile(
    r"(?:" + "|".join(match_key(w) for w in ("सम्मेलनों", "बैठकों", "शिखर स्तर")) + r")\s+(?:की|का|के)\s+(?:"
    + "|".join(match_key(w) for w in ("परंपरा", "परम्परा", "सिलसिला", "शुरुआत", "श्रृंखला", "शृंखला", "क्रम"))
    + r")\s.*(?:" + "|".join(match_key(w) for w in ("शुरू हुई", "शुरू हुआ", "आरंभ हुई", "आरंभ हुआ", "प्रारंभ हुई",
                                                   "प्रारंभ हुआ", "हुई थी", "हुआ था", "हुई", "हुआ")) + r")(?=[\s,;।.]|$)"
)
# 'समिट का सफ़र अक्टूबर 2007 में इंदौर ... से शुरू हुआ था': one summit's noun, the series' journey
_JOURNEY_BEGAN = re.compile(
    r"(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "समिट")) + r")\s+(?:की|का)\s+(?:"
    + "|".join(match_key(w) for w in ("सफ़र", "सफर", "सिलसिला")) + r")\s[^,;।]*(?:"
    + "|".join(match_key(w) for w in ("शुरू हुई", "शुरू हुआ", "आरंभ हुआ", "आरंभ हुई", "प्रारंभ हुआ", "प्रारंभ हुई"))
    + r")(?=[\s,;।.]|$)")
_PRECURSOR = re.compile("|".join(match_key(w) for w in ("पूर्ववर्ती", "के रूप में", "मंत्रियों", "मंत्रिस्तरीय")))


def journey_began(sentence: str) -> bool:
    """'समिट का सफ़र ... 2007 में इंदौर ... से शुरू हुआ था': the series' journey began then and there."""
    return _JOURNEY_BEGAN.search(match_key(sentence)) is not None


def start_of_the_summits(sentence: str) -> Period | None:
    """The date a sentence gives as the start of the series' summits (its only date), else None.
    A precursor's or ministers' start ('... शंघाई फ़ाइव के रूप में') is not the summits'."""
    key = match_key(sentence)
    journey = _JOURNEY_BEGAN.search(key)
    if (_SUMMITS_BEGAN.search(key) is None and journey is None) or _PRECURSOR.search(key) is not None:
        return None
    # (a journey's start: the dates of its own clause, not a later '2007 से 2023 के बीच ...')
    periods = find_periods(re.split(r"[,;।]", sentence)[0] if journey is not None and _SUMMITS_BEGAN.search(key) is None
                           else sentence)
    return periods[0][2] if len({p.year for _, _, p in periods}) == 1 else None


#: A fact line naming the first meeting ('पहली बैठक: 1893, शिकागो', 'प्रथम शिखर सम्मेलन — 2009',
#: 'First summit: 2009'), or the start of the meetings ('शुरुआत: ... दिसंबर 1980 की डबलिन बैठक से').
_MEETING_NOUNS = "|".join(match_key(w) for w in (
    "बैठक", "बैठकें", "सम्मेलन", "शिखर", "मंच", "फोरम", "फ़ोरम", "संसद", "सभा", "वार्ता", "समिट", "सत्र", "अधिवेशन",
    "संवाद", "परामर्श", "summit", "meeting", "conference", "forum", "session"))
_FIRST_MEETING_FIELD = re.compile(
    r"^(?:" + "|".join(match_key(w) for w in ("पहला", "पहली", "पहले", "प्रथम", "first")) + r")\s+(?:\S+\s+){0,2}?(?:"
    + _MEETING_NOUNS + r")\s*(?:[:：]|\s[—–-]\s)\s*(?P<value>.+)$", re.IGNORECASE)
_START_FIELD = re.compile(
    r"^(?:" + "|".join(match_key(w) for w in ("शुरुआत", "आरंभ", "आरम्भ", "प्रारंभ", "प्रारम्भ", "start", "began"))
    + r")\s*[:：]\s*(?P<value>.+)$", re.IGNORECASE)
_MARKER = re.compile(r"^[-*•+]\s+")
_A_MEETING_NOUN = re.compile(r"(?:^|\s)(?:" + _MEETING_NOUNS + r")(?:ों|ें)?(?=[\s,;।.]|$)")


def start_in_a_field(line: str) -> Period | None:
    """The date of a fact line that names the series' first meeting ('पहली बैठक: 1893, शिकागो'),
    or its start when the value names a meeting ('शुरुआत: ... 1980 की डबलिन बैठक से'; not 'शुरुआत:
    1996 में परिषद बनी'); only a value of one year, and never a precursor's or ministers'."""
    key = _MARKER.sub("", match_key(line).strip())
    match = _FIRST_MEETING_FIELD.match(key)
    if match is None:
        match = _START_FIELD.match(key)
        if match is None or _A_MEETING_NOUN.search(match["value"]) is None:
            return None
    if _PRECURSOR.search(key) is not None:
        return None
    periods = find_periods(match["value"])
    return periods[0][2] if periods and len({p.year for _, _, p in periods}) == 1 else None


_FIRST_MEETING = re.compile(
    r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("पहला", "पहली", "पहले", "प्रथम")) + r")\s+(?:\S+\s+){0,2}?(?:"
    + _MEETING_NOUNS + r")(?=[\s,]|$)")
_NUMBER_WORDS = {match_key(w): n for n, words in enumerate(
    (("एक",), ("दो",), ("तीन",), ("चार",), ("पाँच", "पांच")), start=1) for w in words}
#: 'अगले (ही) वर्ष', 'उसी साल', 'दो साल बाद': a year said by the one before it.
_RELATIVE_YEAR = re.compile(
    r"(?:^|\s)(?:(?P<next>" + match_key("अगले") + r")|(?P<same>" + "|".join(match_key(w) for w in ("उसी", "इसी")) + r")|"
    r"(?P<count>[0-9]{1,2}|" + "|".join(_NUMBER_WORDS) + r")(?=\s+\S+\s+" + match_key("बाद") + r"))\s+(?:"
    + match_key("ही") + r"\s+)?(?:" + "|".join(match_key(w) for w in ("वर्ष", "साल", "बरस")) + r")(?=[\s,।]|$)")
_WAS_HELD = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "हुआ", "हुई", "हुए", "आयोजित", "संपन्न", "सम्पन्न", "बैठा", "बैठी")) + r")(?=[\s,।]|$)")


def first_meeting_after(sentence: str, year_before: int | None) -> int | None:
    """The year of the first meeting a sentence dates by the year before it ('1996 में परिषद बनी।
    पहला मंच अगले ही वर्ष मोरक्को में हुआ': 1997; 'उसी वर्ष', 'दो साल बाद'), when the sentence
    names the first meeting held and no year of its own."""
    if year_before is None:
        return None
    key = match_key(sentence)
    relative = _RELATIVE_YEAR.search(key)
    if relative is None or _FIRST_MEETING.search(key) is None or _WAS_HELD.search(key) is None \
            or _PRECURSOR.search(key) is not None or find_periods(sentence):
        return None
    if relative["next"]:
        return year_before + 1
    if relative["same"]:
        return year_before
    count = relative["count"]
    return year_before + (int(count) if count.isdigit() else _NUMBER_WORDS[count])


__all__ = [
    "another_kind_of_meeting", "called_separate", "clause_of_the_summit", "first_meeting_after", "names_a_meeting",
    "held_by_another", "journey_began", "names_another_series", "start_in_a_field", "start_of_the_summits", "without_time_references", "years_of_other_bodies",
]


# 'नाटो–रूस परिषद (NRC)': a short form in Latin capitals glossing the words before it.
_SHORT_FORM = re.compile(r"\(([A-Z]{2,8})\)")
_NAME_PARTS = re.compile(r"[\s\-–—/]+")


def own_acronyms(texts: list[str], title: str) -> tuple[str, ...]:
    """The short forms the text gives a body the title names ('2002 से नाटो–रूस परिषद (NRC)' in a
    document titled 'नाटो–रूस शिखर बैठकें'): an 'NRC शिखर बैठक' is then one of the series. The
    glossed words must hold two of the title's name words, so 'संयुक्त राष्ट्र (UN)' in a document
    on another series is no such name."""
    title_words = {w for w in _NAME_PARTS.split(match_key(without_brackets(title))) if len(w) > 1}
    found: list[str] = []
    for text in texts:
        if "(" not in text:
            continue
        for match in _SHORT_FORM.finditer(text):
            before = text[max(0, match.start() - 80):match.start()].split()[-3:]  # the three words before it
            parts = {p for p in _NAME_PARTS.split(match_key(" ".join(before))) if p}
            if len(parts & title_words) >= 2 and match[1] not in found:
                found.append(match[1])
    return tuple(found)


def without_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", " ", text)
