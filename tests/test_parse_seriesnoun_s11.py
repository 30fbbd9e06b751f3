"""A series' own word for its meetings, read from the title (session 11): a congress, a dialogue,
a retreat, consultations count as summits in the document whose title names the series so, and
nowhere else. Every document and sentence is invented; each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import as_summit_nouns, own_meeting_nouns
from pipeline.parse.layout.structure import heading_role
from pipeline.parse.prose import summits_in_sentence
from tests.parse_support import held, parse

LEXICON = default_lexicon()


@pytest.mark.parametrize("title, noun", [
    ("विश्व जल कांग्रेस (World Water Congress) — मेरे नोट्स", "कांग्रेस"),
    ("रायसीना डायलॉग में भारत ने रखी बात, विदेश मंत्री बोले", "डायलॉग"),
    ("नॉर्डिक–बाल्टिक लीडर्स रिट्रीट: दोनों पक्षों ने ...", "रिट्रीट"),
    ("# फ़्रांस–इटली अंतर-सरकारी परामर्श (Consultations)", "परामर्श"),
    ("प्रशांत द्वीप फ़ोरम", "फ़ोरम"),
    ("ओस्लो में ५वाँ नॉर्वे-स्वीडन नेताओं का वार्षिक रिट्रीट संपन्न; समझौते पर हस्ताक्षर", "रिट्रीट"),
    ("भारतीय विज्ञान परिषद का अधिवेशन", "अधिवेशन"),
    ("भारतीय विज्ञान परिषद का 25वाँ वार्षिक अधिवेशन", "अधिवेशन"),  # the body is the council, its meetings sessions
])
def test_the_title_names_its_meetings(title, noun):
    from pipeline.parse.language.text import match_key
    assert match_key(noun) in own_meeting_nouns(title)


@pytest.mark.parametrize("title", [
    "विश्व ऊर्जा परिषद",  # a council: the body, not its meeting
    "जी-20 शिखर सम्मेलन",  # the parser's own nouns
    "भारत–आसियान संवाद साझेदारी शिखर सम्मेलन",  # a dialogue partnership's summit: the head is सम्मेलन
    "कांग्रेस पार्टी का इतिहास",  # a party
    "राष्ट्रमंडल शासनाध्यक्षों की बैठक",
    "चौथा आसियान-रूस शिखर सम्मेलन वीडियो कॉन्फ्रेंस के माध्यम से संपन्न",  # the name ends at its head
    "तीसरा सागर शिखर सम्मेलन संवाद के साथ संपन्न",
])
def test_a_title_whose_head_is_no_own_meeting_word(title):
    assert own_meeting_nouns(title) == frozenset()


def test_a_heading_in_the_series_own_word_lists_summits_only_in_that_document():
    own = own_meeting_nouns("विश्व जल कांग्रेस — नोट्स")
    assert heading_role("कांग्रेस — जो याद रखनी हैं", own) == "summits"
    assert heading_role("कांग्रेस — जो याद रखनी हैं") is None  # another series' document
    assert heading_role("कांग्रेस नहीं हैं", own) == "other"


def test_the_word_is_rewritten_word_for_word():
    own = own_meeting_nouns("रायसीना डायलॉग")
    assert as_summit_nouns("2019 में हुए 4वें संवाद में", own) == "2019 में हुए 4वें सम्मेलन में"
    assert as_summit_nouns("संवादहीनता बनी रही", own) == "संवादहीनता बनी रही"


TITLE = "हिंद महासागर डायलॉग में समुद्री सुरक्षा पर ज़ोर"


def _said(sentence: str, title: str = TITLE) -> list[tuple]:
    return sorted((m.period.year, m.place.city if m.place else None, m.edition, m.status)
                  for m in summits_in_sentence(sentence, title, LEXICON, None, multilateral=True))


def test_a_sentence_on_the_series_dialogue_states_a_summit():
    assert _said("जून 2017 में कोलंबो में हुए 9वें संवाद में प्रधानमंत्री ने मुख्य भाषण दिया।") == [
        (2017, "कोलंबो", 9, "held")]
    assert _said("मार्च 2016 में माले में आयोजित डायलॉग में बीस देशों के प्रतिनिधि जुटे।") == [
        (2016, "माले", None, "held")]


@pytest.mark.parametrize("sentence", [
    # the same words in a document on another series
    "जून 2017 में कोलंबो में हुए 9वें संवाद में प्रधानमंत्री ने मुख्य भाषण दिया।",
])
def test_the_word_is_no_summit_noun_in_another_series_document(sentence):
    assert _said(sentence, "सागर तटीय गठबंधन शिखर सम्मेलन") == []


@pytest.mark.parametrize("sentence", [
    "2020 और 2021 में कोलंबो में होने वाले संवाद रद्द कर दिए गए।",  # cancelled
    "अगला संवाद 2027 में कोलंबो में प्रस्तावित है।",  # planned
    "2015 में कोलंबो में बंगाल की खाड़ी डायलॉग नामक अलग मंच शुरू हुआ।",  # another series' founding
])
def test_cancelled_planned_and_other_dialogues_are_not_held(sentence):
    assert all(status != "held" for *_, status in _said(sentence))


NOTES = """# विश्व जल कांग्रेस (World Water Congress) — मेरे नोट्स

**आयोजक**: अंतरराष्ट्रीय जल परिषद, मुख्यालय पेरिस

## उद्देश्य

- नदियों के पानी का साझा प्रबंधन।

## कांग्रेस — जो याद रखनी हैं

- **2008 (वियना)**: 13वीं कांग्रेस, पानी पर पहला साझा घोषणापत्र।
- **2011 — नई दिल्ली**: 14वीं कांग्रेस — भारत की इकलौती मेज़बानी।

## ध्यान रखें

- 2009 में परिषद की कार्यकारी सभा की बैठक लंदन में हुई, वह कांग्रेस नहीं थी।
"""


def test_notes_list_the_series_congresses_under_its_own_word():
    assert [(y, c, e) for y, c, _, e in held(parse(NOTES))] == [(2008, "Vienna", 13), (2011, "New Delhi", 14)]


def test_the_same_list_under_another_series_title_is_no_summit_list():
    other = NOTES.replace("# विश्व जल कांग्रेस (World Water Congress)", "# अंतरराष्ट्रीय जल परिषद")
    assert held(parse(other)) == []


def test_a_numbered_meeting_is_the_series_in_a_document_with_its_own_noun():
    assert _said("2016 में माले में हुई 8वीं बैठक में बीस देशों के प्रतिनिधि जुटे।") == [(2016, "माले", 8, "held")]
    # a body's numbered meeting, and the same sentence in another series' document
    assert _said("2016 में परिषद की 8वीं बैठक माले में हुई।") == []
    assert _said("2016 में माले में हुई 8वीं बैठक में बीस देशों के प्रतिनिधि जुटे।", "सागर तटीय गठबंधन शिखर सम्मेलन") == []


RENAMED = NOTES.replace("**आयोजक**: अंतरराष्ट्रीय जल परिषद, मुख्यालय पेरिस",
                        "**आयोजक**: अंतरराष्ट्रीय जल परिषद, मुख्यालय पेरिस  \n**पुराना नाम**: विश्व सिंचाई सम्मेलन (World Irrigation Conference)") \
    .replace("13वीं कांग्रेस, पानी पर", "पहला विश्व सिंचाई सम्मेलन, पानी पर")


def test_a_former_name_field_makes_a_summit_under_that_name_the_series():
    assert [(y, c) for y, c, _, _ in held(parse(RENAMED))] == [(2008, "Vienna"), (2011, "New Delhi")]


def test_without_the_field_a_summit_under_another_name_is_anothers():
    other = RENAMED.replace("**पुराना नाम**: विश्व सिंचाई सम्मेलन (World Irrigation Conference)", "**स्थापना**: 1971")
    assert [(y, c) for y, c, _, _ in held(parse(other))] == [(2011, "New Delhi")]


def test_a_meeting_convened_was_held_one_to_be_convened_was_not():
    assert _said("2012 में माले में पहली बैठक बुलाई गई।") == [(2012, "माले", 1, "held")]
    assert all(s != "held" for *_, s in _said("2027 में माले में अगली बैठक बुलाई जाएगी।"))
    assert _said("2022 में माले में संवाद जल्द बुलाने पर सहमति बनी।") == []
