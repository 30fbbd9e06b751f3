"""Sound-alike keys that let a Hindi spelling of a foreign name meet its Latin spelling.

Hindi writes foreign place names by ear (सिएटल, बेरूत, आबिदजान), and GeoNames has Devanagari
names for only a few thousand cities, but Latin names (English and many other languages)
for all of them. Both sides are brought to one coarse *form*:

- Hindi is romanized (ISO 15919, `pipeline.parse.language.text.romanize`) from its clean text, so the
  nukta still tells ज़ (z) from ज (j) and फ़ (f) from फ (ph); Latin names lose their accents.
- Spellings one sound may have are folded: ph/f, w/v, c/k/q/ck, ch/tch/c (Hindi च), x/ks,
  z/s, sh/ś/ṣ/s, retroflex ṭ/ḍ/ṇ as t/d/n, a nasal before a consonant as n (anusvara),
  h after a consonant (th, kh, dh), y as i, doubled letters as one, and vowel length.

`key` is the form without its vowels, a consonant skeleton: the index bucket, so a lookup
compares only a handful of names. `hindi_forms` adds the form spoken Hindi gives a name: the
romanization keeps every inherent vowel inside a word, but speech drops the one between a
vowel-consonant and a consonant-vowel (बोडरम bōḍaram is said bōḍram, डुब्रोवनिक ḍubrōvnik);
the skeleton stays the same, only the vowels compared differ; and two readings of a Hindi
spelling of a foreign name (ै as a before a nasal, a final -am/-an as -um/-un).
`country_forms` reads a city's own name as its country's languages spell it (Romanian ch is
k, French ch is sh, pinyin zh is j). `similarity` compares the forms *with* their vowels, so
skeletons that happen to agree (परिषद / Paris) still need the vowels to agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.parse.language.text import clean_line, romanize

#: (Deleted with `str.translate`, not a regex: half a million names build the sound index.)
_VOWELS = str.maketrans(dict.fromkeys("aeiou"))
#: What is not a letter of a form, on ASCII text (`_letters` makes it ASCII); a newline
#: separates names folded together.
_NOT_LETTER = str.maketrans({chr(c): None for c in range(128) if not (chr(c).islower() or chr(c) in "S\n")})
#: Every letter followed by the same letter: deleting them leaves one of each run (ll -> l).
_REPEATED = re.compile(r"(.)(?=\1)")
#: Phnom Penh = नॉम पेन्ह, Knossos: a word's ph, p, k or g before n (one pattern per letter, which
#: the regex engine skips to; the text is ASCII, so `\w` is what `\b` looks at).
_SILENT_INITIALS = tuple(re.compile(f"{letters}(?=n)(?<!\\w{letters})") for letters in ("ph", "p", "k", "g"))
#: Spellings only Latin names use ("C" is the sound of च, which ISO 15919 writes c), then
#: spellings of one sound on both sides, replaced in this order (str.replace: fast).
_LATIN_ONLY = {"eaux": "o", "eau": "o", "eille": "ei", "aille": "ai",  # French: Bordeaux, Marseille
               "tch": "C", "ch": "C", "oo": "u", "ou": "u", "ee": "i", "ck": "k", "qu": "ku",
               "q": "k", "ce": "se", "ci": "si", "cy": "si", "c": "k", "x": "ks"}
_HINDI_ONLY = {"ch": "C", "c": "C", "q": "k"}  # ISO 15919: च c, छ ch, क़ q
_BOTH = {"ph": "f", "sh": "s", "w": "v", "z": "s", "y": "i"}
#: After those: a silent final e (Seattle, Rome), v after a consonant (क्व kv = qu, kw),
#: h after a consonant (th, kh, dh), a nasal before a consonant as n (Colombo = कोलंबो kolaṁbo).
_CONSONANT = "[b-df-hj-np-tv-zCS]"
#: (Each pattern starts with its letter, so the regex engine skips to it: the look-behind
#: that follows checks the letter before, as `(?<=consonant)v` would, in a tenth of the time.)
_CONTEXT_RULES = (
    (re.compile(f"(?m)e(?<={_CONSONANT}e)$"), ""),
    (re.compile(f"v(?<={_CONSONANT}v)"), "u"),
    (re.compile(f"h(?<={_CONSONANT}h)"), ""),
    (re.compile(f"m(?={_CONSONANT})"), "n"),
)
#: ISO 15919 letters that stripping accents would get wrong.
#: ष (ṣ) is kept apart as "S", which no Latin name has: Hindi writes a foreign s or sh
#: with स or श, while ष, and so क्ष (kṣ), belong to native words (रक्षा, क्षेत्र, विशेष).
_ISO_LETTERS = str.maketrans({"ṁ": "n", "ṅ": "n", "ñ": "n", "ś": "s", "ṣ": "S"})


_LATIN_RULES = tuple({**_LATIN_ONLY, **_BOTH}.items())
_HINDI_RULES = tuple({**_HINDI_ONLY, **_BOTH}.items())


#: How the languages of a country spell a sound that English spells otherwise, for the *own*
#: GeoNames name of its cities (an exonym such as "Venice" keeps the English reading): the
#: name's letters before accents are stripped -> letters the common folding reads as that
#: sound (tch: च, sh: श, j: ज, kh: ख, y: य). Each language gives one more form of the name
#: (Spanish two: its j said h, and written ख, `CONTEXT_ONLY_LANGUAGES`).
_LANGUAGE_SPELLINGS: dict[str, tuple[tuple[str, str], ...]] = {
    # Hindi writes the prefix Saint- as English says it (सेंट; not Saintes), and a final nasal -ens as its nasal vowel,
    # folded like ँ (आमिएँ: Amiens)
    "french": ((r"\bsaint(?=[- ])", "sent"), (r"(?<=[aeiou])ens\b", "em"),
               ("eaux", "o"), ("eau", "o"), ("eux", "o"), ("eu", "o"), ("au", "o"), ("ch", "sh"),
               ("dj", "j"), (r"g(?=[eéèêiy])", "j"), (r"(?<=[aeiouy])[sx]\b", ""),
               (r"(?<=[aeiou])ill", "y"), (r"(?<=[a-z]{3})e[tz]\b", "e")),  # Rambouillet: rambuye
    # a final -ay said e, as Hindi writes Uruguay and Paraguay (उरुग्वे, पराग्वे): Maracay माराके
    # j said h (Trujillo त्रुहियो, Guadalajara ग्वादालाहारा)
    # ...and g before e or i, said as j is (Girardot: हिरार्दोत)
    "spanish": (("ll", "y"), ("ñ", "ny"), ("j", "h"), (r"g(?=[eéií])", "h"), (r"gu(?=[eéií])", "g"), (r"qu(?=[eéií])", "k"),
                (r"c(?=ay\b)", "k"), (r"ay\b", "e")),
    # the other way Hindi writes that sound, ख (Trujillo त्रुखियो, Tarija तारिखा, Juárez खुआरेज़)
    "spanish_kh": (("ll", "y"), ("ñ", "ny"), ("j", "kh"), (r"g(?=[eéií])", "kh"), (r"gu(?=[eéií])", "g"),
                   (r"qu(?=[eéií])", "k"), (r"c(?=ay\b)", "k"), (r"ay\b", "e")),
    "portuguese": (("lh", "ly"), ("nh", "ny"), ("ç", "s"), (r"gu(?=[eéií])", "g"), (r"qu(?=[eéií])", "k")),
    # a doubled gg or cc before e or i is one sound (Reggio रेज्जो, Lecce)
    "italian": ((r"ggi(?=[aou])", "j"), (r"gg(?=[ei])", "j"), (r"cci(?=[aou])", "tch"), (r"cc(?=[ei])", "tch"),
                ("gli", "li"), ("gn", "ny"), (r"sc(?=[ei])", "sh"), (r"ch(?=[eiè])", "k"),
                (r"ci(?=[aou])", "tch"), (r"c(?=[eiè])", "tch"), (r"gi(?=[aou])", "j"), (r"g(?=[ei])", "j")),
    "romanian": (("ș", "sh"), ("ş", "sh"), ("ț", "ts"), ("ţ", "ts"), (r"ch(?=[ei])", "k"),
                 (r"ce|ci", lambda m: "tch" + m[0][1]), (r"g(?=[ei])", "j")),
    # ł as the l English readers see (Włocławek: व्लोत्स्लावेक); NFKD would drop it
    "polish": (("ł", "l"), ("cz", "tch"), ("sz", "sh"), ("rz", "j"), ("ch", "kh"), ("ó", "u"),
               ("ś", "sh"), ("ć", "tch"), (r"c(?!h)", "ts")),
    "czech": (("č", "tch"), ("š", "sh"), ("ž", "j"), ("ř", "rj"), ("ch", "kh"), (r"c(?!h)", "ts")),
    "south_slavic": (("č", "tch"), ("ć", "tch"), ("š", "sh"), ("ž", "j"), ("đ", "j"), ("dž", "j"),
                     (r"(?<![dtčćsšzž])c", "ts"), (r"(?m)(?<=[aeiou])j|^j|(?<=\s)j", "y")),
    "turkish": (("ç", "tch"), ("ş", "sh"), ("ğ", ""), ("ı", "i"), ("c", "j")),
    "azerbaijani": (("ç", "tch"), ("ş", "sh"), ("ğ", "g"), ("ı", "i"), ("ə", "a"), ("q", "g"),
                    ("x", "kh"), ("c", "j")),
    "german": (("sch", "sh"), ("ch", "kh"), ("ei", "ai"), ("eu", "oi"), ("äu", "oi"), ("ie", "i"),
               ("tz", "ts"), ("z", "ts")),
    # ij and ei are both said ai (Eindhoven आइंडहोवन, Nijmegen, Afrikaans Kleinmond क्लाइनमोंड)
    "dutch": (("sch", "s"), ("ch", "kh"), ("oe", "u"), ("ij", "ei"), ("ei", "ai"), ("uu", "u")),
    "hungarian": (("sz", "s"), ("cs", "tch"), ("zs", "j"), ("gy", "j"), (r"s(?!z)", "sh")),
    "pinyin": (("zh", "j"), ("x", "sh"), ("q", "tch"), (r"(?<![st])c(?!h)", "ts")),
    "malay": (("c", "tch"), ("sy", "sh")),
    "korean": (("eo", "o"), ("eu", "u")),
    # the ta marbuta of a romanization, -ah, said a (Kirdāsah किरदासा, Jiddah)
    "arabic": ((r"(?<=[a-zāīū])ah\b", "a"),),
    # a final -ge or -dge said j (Anchorage, Rancho Mirage, Cambridge: एंकरेज, मिराज, कैम्ब्रिज); a final -ay
    # said e (Montego Bay, Botany Bay: मोंटेगो बे)
    # Saint- said sent (सेंट जॉन्स: Saint John's), John's silent h (जॉन)
    "english": ((r"d?ge\b", "j"), (r"ay\b", "e"), (r"\bsaint(?=[- ])", "sent"), (r"\bjohn", "jon")),
}
_COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("FR", "MC", "MA", "DZ", "TN", "SN", "CI", "CM", "TD", "ML", "NE", "BF", "GN",
                     "MR", "BJ", "TG", "GA", "CG", "CD", "MG", "HT", "PF", "NC", "RE", "DJ", "KM",
                     "BI", "RW", "CF", "SC", "MU", "VU"), ("french",)),
    **dict.fromkeys(("ES", "MX", "AR", "CL", "CO", "PE", "VE", "EC", "BO", "PY", "UY", "CR", "PA",
                     "NI", "HN", "SV", "GT", "CU", "DO", "PR", "GQ"), ("spanish", "spanish_kh")),
    "PH": ("spanish",),
    **dict.fromkeys(("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"), ("portuguese",)),
    **dict.fromkeys(("IT", "SM", "VA"), ("italian",)),
    **dict.fromkeys(("RO", "MD"), ("romanian",)),
    "PL": ("polish",),
    **dict.fromkeys(("CZ", "SK"), ("czech",)),
    **dict.fromkeys(("HR", "RS", "BA", "ME", "SI", "MK", "XK"), ("south_slavic",)),
    "TR": ("turkish",), "AZ": ("azerbaijani",),
    **dict.fromkeys(("DE", "AT", "LI"), ("german",)),
    "CH": ("german", "french", "italian"), "LU": ("french", "german"), "BE": ("french", "dutch"),
    **dict.fromkeys(("NL", "SR"), ("dutch",)), **dict.fromkeys(("ZA", "NA"), ("dutch", "english")),
    **dict.fromkeys(("EG", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "JO", "SY", "LB", "IQ", "PS", "LY", "SD"), ("arabic",)),
    **dict.fromkeys(("MA", "DZ", "TN", "MR"), ("french", "arabic")),
    "HU": ("hungarian",), **dict.fromkeys(("CN", "SG"), ("pinyin",)),
    **dict.fromkeys(("ID", "MY", "BN"), ("malay",)), "KR": ("korean",), "CA": ("english", "french"),
    **dict.fromkeys(("US", "GB", "AU", "NZ", "IE", "JM", "TT", "BS", "BB", "GY", "BZ", "AG", "DM", "GD", "KN",
                     "LC", "VC", "FJ", "PG", "SB", "MT", "NG", "GH", "KE", "UG", "TZ", "ZM", "ZW", "BW", "LS",
                     "SZ", "MW", "SL", "LR", "GM"), ("english",)),
}
#: Readings trusted only for a city of a country the text names: they make Hindi words sound like
#: some town elsewhere (तारीख: Tarija read with ख, सुल्तान: Sulţānah read without its -h).
CONTEXT_ONLY_LANGUAGES = frozenset({"spanish_kh", "arabic"})
_COMPILED_SPELLINGS = {language: tuple((re.compile(pattern), sound) for pattern, sound in rules)
                       for language, rules in _LANGUAGE_SPELLINGS.items()}


def context_only_countries() -> frozenset[str]:
    """The countries one of whose languages is in `CONTEXT_ONLY_LANGUAGES`."""
    return frozenset(c for c, languages in _COUNTRY_LANGUAGES.items() if CONTEXT_ONLY_LANGUAGES & set(languages))


def country_forms(name: str, country: str) -> tuple[str, ...]:
    """The forms of a city's own name read by the spelling of its country's languages
    (Chișinău: kisinau, La Rochelle: larosel, Shenzhen: senjen), those that differ from
    `latin_form`; none for a country without such rules."""
    return country_forms_many([(name, country)])[0]


def country_forms_many(names: list[tuple[str, str]], context_only: bool | None = None,
                       plain_forms: Sequence[str] | None = None) -> list[tuple[str, ...]]:
    """`country_forms` of many (name, country) pairs at once: one pass of each language's
    rules over all the names of its countries. `context_only` True: only the readings of
    `CONTEXT_ONLY_LANGUAGES`; False: only the others; None: all. `plain_forms`: the
    `latin_form` of each name, when the caller has them already (the sound index)."""
    found: list[list[str]] = [[] for _ in names]
    by_language: dict[str, list[int]] = {}
    for position, (_, country) in enumerate(names):
        for language in _languages_read(country, context_only):
            by_language.setdefault(language, []).append(position)
    if not by_language:
        return [()] * len(names)
    if plain_forms is None:  # only names a language reads
        spelled = sorted({p for positions in by_language.values() for p in positions})
        plain = dict(zip(spelled, latin_forms([names[p][0] for p in spelled]), strict=True))
    else:
        plain = plain_forms
    for language, positions in by_language.items():
        text = "\n".join([names[p][0] for p in positions]).lower()  # a newline ends a word's case context
        for pattern, sound in _COMPILED_SPELLINGS[language]:
            text = pattern.sub(sound, text)
        for p, form in zip(positions, _latin_forms_of_text(text), strict=True):
            if form and form != plain[p] and form not in found[p]:
                found[p].append(form)
    return [tuple(forms) for forms in found]


@lru_cache(maxsize=1024)
def _languages_read(country: str, context_only: bool | None) -> tuple[str, ...]:
    return tuple(language for language in _COUNTRY_LANGUAGES.get(country, ())
                 if context_only is None or (language in CONTEXT_ONLY_LANGUAGES) == context_only)


def latin_form(name: str) -> str:
    """The coarse form of a Latin-letter name (a GeoNames name)."""
    return _fold(_letters(name.lower()), _LATIN_RULES)


def latin_forms(names: list[str]) -> list[str]:
    """`latin_form` of many names (without newlines) at once: one regex pass over them all,
    some fifteen times faster than one call per name."""
    return _latin_forms_of_text("\n".join(names))


def _latin_forms_of_text(text: str) -> list[str]:
    """`latin_forms` of names joined by newlines."""
    return _fold(_letters(text.lower()), _LATIN_RULES).split("\n")


@lru_cache(maxsize=4096)
def hindi_form(name: str) -> str:
    """The coarse form of a Devanagari name, through its ISO 15919 romanization."""
    return _hindi_fold(romanize(clean_line(name)).lower())


@lru_cache(maxsize=4096)
def hindi_forms(name: str, open_ai: bool = True) -> tuple[str, ...]:
    """`hindi_form`, and the forms of other readings of the spelling, if different: ै before a
    nasal or l closing the syllable as the a of English names (नैंसी: Nancy, कैनकन: Cancún),
    and (`open_ai`) before one consonant and a vowel (कैली: Cali; a loose reading, which
    English loanwords share: लैटिन, so `places` trusts it only in the document's countries);
    for a skeleton of `SPOKEN_MIN_CONSONANTS` or more also the medial inherent vowels speech
    drops and a final closed syllable's inherent a as u (बोडरम: Bodrum, कूलम: Coolum). Those
    readings of shorter words are Hindi's verbs and nouns (करना karnā, क्रम kram), which sound
    like many Latin names."""
    iso = romanize(clean_line(name)).lower()
    written = _hindi_fold(iso)
    isos = [iso]
    if len(key(written)) >= SPOKEN_MIN_CONSONANTS:
        isos.append(drop_medial_schwa(iso))
        isos.append(drop_medial_schwa(_SCHWA_AFTER_CLUSTER.sub("", iso)))
    isos += [_AI_BEFORE_NASAL.sub("a", i) for i in isos]
    if open_ai and iso[-1:] in _FINAL_VOWELS:  # कैली, कैरो; English words end otherwise (पैलेस, लैटिन)
        isos += [_AI_OPEN.sub("a", i) for i in isos if "ai" in i]
    if len(key(written)) >= SPOKEN_MIN_CONSONANTS:
        isos += [_FINAL_CLOSED_A.sub("u", i) for i in isos]
    isos += [_J_WITHOUT_NUKTA.sub("z", i) for i in isos if "j" in i]
    isos += [i.replace("ô", "a") for i in isos if "ô" in i]  # ॉ, Hindi's English "aw": यॉल्टा Yalta, वॉल्टर
    if len(key(written)) >= SPOKEN_MIN_CONSONANTS:  # not शेयर, केयर, मेयर: Hindi's English words
        isos += [_EYAR.sub("air", i) for i in isos if "ēyar" in i]
    isos += [_EYA_HIATUS.sub("ē", i) for i in isos if "ēy" in i]
    return tuple(dict.fromkeys(_hindi_fold(i) for i in isos))


#: -ेयर- closing a syllable, Hindi's spelling of English "air" (फेयरबैंक्स: Fairbanks, as in चेयर, एयर):
#: one more reading, air, after a consonant and for a skeleton of `SPOKEN_MIN_CONSONANTS` (शेयर, केयर,
#: एयरपोर्ट are words).
_EYAR = re.compile(r"(?<=[^\W\d_aāiīuūeēoōô])ēyar(?![aāiīuūeēoōô])")  # after a consonant: not एयरपोर्ट
#: The glide य between e and a, Hindi's way of writing two vowels apart (नूमेया: Nouméa): one more
#: reading without it.
_EYA_HIATUS = re.compile(r"ēy(?=ā|a(?!r))")


#: ज typed without its nukta for ज़ (वेराक्रूज, बियारिट्ज, पोजनान: Veracruz, Biarritz, Poznań):
#: one more reading, z; not first in a word, where Hindi's own words start with ज (जिसकी, जो).
_J_WITHOUT_NUKTA = re.compile(r"(?<=\S)j(?!h)")


#: ै (ISO ai) before a nasal or l closing the syllable, where Hindi writes the a of an English
#: name (Cancún, Tangier); not before a glide (सैन्य sainya, a word).
_AI_BEFORE_NASAL = re.compile(r"ai(?=[nṁmṅñl][bcdfgjklmnpqrstzṭḍṇśṣ])")
#: ै (ISO ai) before one consonant and a vowel, the a of a Spanish or English name written as
#: Hindi writes English's short a (कैली: Cali, कैरो: Cairo); not before a cluster (वैश्विक), a glide,
#: or an s (जैसा, कैसे, पैसा, ऐसा: Hindi's own words); only in a name ending in a vowel.
_FINAL_VOWELS = frozenset("aāiīuūoō")
_AI_OPEN = re.compile(r"ai(?=[bcdfgjklmnpqrtvzṭḍṇ][aāiīuūeēoō])")  # not s: जैसा, कैसे, पैसा
#: The inherent a of a word's last syllable closed by a nasal (bōḍaram: bōḍrum, kainakan:
#: Cancún), the -um/-un of Latin names; not before r (सितंबर is no Istanbul).
_FINAL_CLOSED_A = re.compile(r"(?<=[^aāiīuūeēoōô\s-])a(?=[mn]\b)")


def _hindi_fold(iso: str) -> str:
    return _fold(_letters(iso.translate(_ISO_LETTERS)), _HINDI_RULES)


SPOKEN_MIN_CONSONANTS = 4
_ISO_VOWELS = frozenset("aāiīuūeēoōôæṛṝ")


#: The inherent a after a cluster, before a consonant and a vowel: a foreign name's cluster
#: of three written with one virama (सुंड्सवाल suṁḍsavāl: Sundsvall, एम्सटर्डम: Amsterdam),
#: one more reading besides `drop_medial_schwa`'s.
_SCHWA_AFTER_CLUSTER = re.compile("(?<=[bcdfghjklmnpqrstvyzṭḍṇśṣṁṅñ]{2})a(?=[bcdfgjklmnpqrstvyzṭḍṇśṣ]h?[aāiīuūeēoōô])")


def drop_medial_schwa(iso: str) -> str:
    """Hindi's schwa deletion on an ISO 15919 romanization: an inherent `a` between a vowel
    and a consonant before it and a consonant and a vowel after it is not spoken, deciding
    from the end of the word (अमरकंटक amarakaṁṭak: amarkaṁṭak). An aspirate's h counts
    with its consonant."""
    chars = list(iso)

    def consonant(position: int) -> bool:
        return 0 <= position < len(chars) and chars[position].isalpha() and chars[position] not in _ISO_VOWELS

    for i in range(len(chars) - 2, 0, -1):
        if chars[i] != "a" or not consonant(i - 1):
            continue
        before = i - 2 if chars[i - 1] == "h" and consonant(i - 2) else i - 1
        if before < 1 or chars[before - 1] not in _ISO_VOWELS:
            continue
        after = i + 1
        if not consonant(after):
            continue
        after += 2 if after + 1 < len(chars) and chars[after + 1] == "h" else 1
        if after < len(chars) and chars[after] in _ISO_VOWELS:
            del chars[i]
    return "".join(chars)


def _letters(text: str) -> str:
    if not text.isascii():  # accents go; letters without an ASCII base (ł, ø) too
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    for silent in _SILENT_INITIALS:
        text = silent.sub("", text)
    return text.translate(_NOT_LETTER)


def _fold(text: str, rules: tuple[tuple[str, str], ...]) -> str:
    for spelling, sound in rules:
        text = text.replace(spelling, sound)
    for pattern, sound in _CONTEXT_RULES:
        text = pattern.sub(sound, text)
    return _REPEATED.sub("", text)


def key(form: str) -> str:
    """The consonant skeleton of a form (the index bucket)."""
    return _REPEATED.sub("", form.translate(_VOWELS))


def keys(forms: list[str]) -> list[str]:
    """`key` of many forms at once (one regex pass)."""
    return key("\n".join(forms)).split("\n")


def similarity(first: str, second: str) -> float:
    """How alike two forms are, vowels included (difflib's ratio, 0 to 1)."""
    return SequenceMatcher(None, first, second, autojunk=False).ratio()
