"""Forums, parliaments and older series (session 12): a series whose title calls its meetings a
मंच (forum) or a संसद (parliament) has them as summits in that document only; a summit list may
reach back to the nineteenth century; 'X के अलावा ... भी हुआ' states another meeting than X.
Every document and sentence is invented; each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import match_key
from pipeline.parse.prose import summits_in_sentence
from tests.parse_support import held, parse

LEXICON = default_lexicon()


@pytest.mark.parametrize("title, noun", [
    ("विश्व जल मंच", "मंच"),
    ("भारतीय प्रतिनिधिमंडल ने नैरोबी में दसवें विश्व शहरी मंच में भाग लिया", "मंच"),
    ("विश्व धर्म संसद: revision notes", "संसद"),
    ("विश्व धर्म संसद: revision notes", "संसदें"),
])
def test_a_forum_or_a_parliament_in_the_title_names_its_meetings(title, noun):
    assert match_key(noun) in own_meeting_nouns(title)


def test_a_forum_named_inside_another_summit_title_is_not_the_series_word():
    assert own_meeting_nouns("भारत–आसियान व्यापार मंच शिखर सम्मेलन") == frozenset()


FORUM_LIST = """विश्व जल मंच

विश्व जल मंच पानी पर दुनिया का सबसे बड़ा सम्मेलन है।

अब तक के मंच

2003: क्योटो (जापान), 16–23 मार्च — पहला एशियाई मंच।
2009: इस्तांबुल (तुर्की), 16–22 मार्च।
2018: ब्रासीलिया (ब्राज़ील), 18–23 मार्च।
"""


def test_a_heading_in_the_forum_word_lists_the_forums():
    assert [(y, c) for y, c, _, _ in held(parse(FORUM_LIST))] == [(2003, "Kyoto"), (2009, "Istanbul"), (2018, "Brasília")]


def test_the_same_list_under_a_council_title_is_no_summit_list():
    from pipeline.parse.document import DocumentRejected
    with pytest.raises(DocumentRejected):  # no heading it knows, no summit: the document is turned away
        parse(FORUM_LIST.replace("विश्व जल मंच\n", "विश्व जल परिषद\n", 1))


PARLIAMENT = """# विश्व धर्म संसद — नोट्स

## अब तक की संसदें

- **1893 (शिकागो)**: 11–27 सितंबर 1893, पहली बैठक।
- **1993 (शिकागो)**: सौ साल बाद दूसरी बैठक।
- **2018 — टोरंटो**: 1–7 नवंबर।

## याद रखें

- 1863 में एक वक्ता का जन्म हुआ — संसद से कोई लेना-देना नहीं।
"""


def test_a_list_of_parliaments_reaches_back_to_the_nineteenth_century():
    assert [(y, c, d) for y, c, d, _ in held(parse(PARLIAMENT))] == [
        (1893, "Chicago", "1893-09-11"), (1993, "Chicago", None), (2018, "Toronto", "2018-11-01")]


def test_a_year_before_1800_is_still_implausible():
    rows = parse("# विश्व धर्म संसद\n\n## अब तक की संसदें\n\n- 1793: शिकागो में पहली संसद।\n- 1993: शिकागो में दूसरी संसद।\n")
    assert [y for y, *_ in held(rows)] == [1993]


def _said(sentence: str, title: str) -> list[tuple]:
    return sorted((m.period.year, m.place.city if m.place else None, m.status)
                  for m in summits_in_sentence(sentence, title, LEXICON, None, multilateral=True))


def test_besides_the_series_another_conference_is_not_the_series():
    assert _said("मंच के अलावा मार्च 2023 में न्यूयॉर्क में संयुक्त राष्ट्र जल सम्मेलन भी हुआ।", "विश्व जल मंच") == []


def test_a_dated_forum_before_besides_is_still_the_series():
    assert _said("मार्च 2018 में ब्रासीलिया में हुए मंच के अलावा कई क्षेत्रीय बैठकें भी हुईं।", "विश्व जल मंच") == [
        (2018, "ब्रासीलिया", "held")]


CONFERENCE = "साइबरस्पेस पर वैश्विक सम्मेलन"


@pytest.mark.parametrize("sentence, said", [
    ("नवंबर 2017 में नई दिल्ली में हुए पाँचवें संस्करण में सौ से अधिक देश शामिल हुए।", [(2017, "नई दिल्ली", "held")]),
    ("नवंबर 2017 में नई दिल्ली में हुए सम्मेलन के पाँचवें संस्करण में सौ देश आए।", [(2017, "नई दिल्ली", "held")]),
    ("नवंबर 2017 में नई दिल्ली में साइबरस्पेस सम्मेलन का पाँचवाँ संस्करण हुआ।", [(2017, "नई दिल्ली", "held")]),
    # an edition of a report, a book or rules is no meeting
    ("मार्च 2019 में नई दिल्ली में रिपोर्ट का दूसरा संस्करण जारी हुआ।", []),
    ("मार्च 2019 में नई दिल्ली में पुस्तक का दूसरा संस्करण प्रकाशित हुआ।", []),
    ("2015 में लंदन में नियमों का तीसरा संस्करण लागू हुआ।", []),
    ("अगला संस्करण 2026 में लंदन में होगा।", [(2026, "लंदन", "planned")]),
])
def test_a_numbered_edition_of_the_conference_is_its_meeting(sentence, said):
    assert _said(sentence, CONFERENCE) == said


def test_an_edition_numbers_a_listed_conference():
    text = f"""{CONFERENCE}

## अब तक के सम्मेलन

- 2015: हेग में चौथा संस्करण।
- 2017: नई दिल्ली में पाँचवाँ संस्करण, भारत की पहली मेज़बानी।
"""
    assert [(y, c, e) for y, c, _, e in held(parse(text))] == [(2015, "The Hague", 4), (2017, "New Delhi", 5)]


@pytest.mark.parametrize("text, number", [
    ("लैटिन अमेरिका में पहला सम्मेलन", None),  # the first in a region
    ("अफ्रीका में पहला शिखर सम्मेलन", None),
    ("दक्षिणी गोलार्ध में पहला सम्मेलन", None),
    ("2009 में येकातेरिनबर्ग में पहला शिखर सम्मेलन", 1),  # the first, held in a city
    ("मॉस्को में पहला सम्मेलन हुआ", 1),
    ("अफ्रीका में तीसरा सम्मेलन", 3),
])
def test_the_first_in_a_region_is_not_the_series_first(text, number):
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal(text) == number


@pytest.mark.parametrize("text, number", [
    ("पहले शिखर सम्मेलन की शताब्दी पर, सौ साल बाद", None),  # the anniversary of the first
    ("पहले शिखर सम्मेलन की 25वीं वर्षगांठ पर तीसरा सम्मेलन", 3),
    ("पहला सम्मेलन की मेज़बानी मॉस्को ने की", 1),
])
def test_the_anniversary_of_a_numbered_meeting_does_not_number_this_one(text, number):
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal(text) == number
