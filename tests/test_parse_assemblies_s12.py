"""UN and agency sessions (session 12, blind16): an assembly (सभा) named by the title is the
series' meeting; a press office's section line sits above the headline; numbered sessions,
'कॉप16' names and 'CITY (YEAR), CITY (YEAR) और CITY (YEAR) में' enumerations.
Every document and sentence is invented; each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import is_preamble
from tests.parse_support import held, parse


@pytest.mark.parametrize("title", [
    "विश्व डाक सभा: जानने योग्य बातें",
    "प्रतिनिधिमंडल ने जकार्ता में 40वीं एशियाई संसदीय सभा में भाग लिया",
])
def test_an_assembly_in_the_title_names_its_meetings(title):
    assert match_key("सभा") in own_meeting_nouns(title)
    assert match_key("सभाएँ") in own_meeting_nouns(title)


@pytest.mark.parametrize("title", ["राज्य सभा में जल विधेयक पारित", "लोक सभा अध्यक्ष ने सम्मेलन का उद्घाटन किया",
                                   "विधान सभा का बजट सत्र शुरू"])
def test_a_house_of_a_legislature_is_no_assembly_series(title):
    assert own_meeting_nouns(title) == frozenset()


@pytest.mark.parametrize("line", ["प्रेस एवं जनसंपर्क अनुभाग", "जनसंपर्क प्रभाग", "मीडिया प्रकोष्ठ"])
def test_a_press_section_line_is_preamble(line):
    assert is_preamble(line)


def test_a_headline_is_not_preamble():
    assert not is_preamble("भारतीय शिष्टमंडल ने डाक सभा में भाग लिया")


ASSEMBLY_RELEASE = """संसद सचिवालय
जनसंपर्क अनुभाग

नई दिल्ली, 3 मई 2024

भारतीय शिष्टमंडल ने बर्न में 28वीं विश्व डाक सभा में भाग लिया

विश्व डाक सभा की 28वीं सभा 1 से 4 मई 2024 तक स्विट्ज़रलैंड के बर्न में आयोजित की गई।

पिछली सभाएँ:

• 2012 – दोहा, क़तर
• 2016 – इस्तांबुल, तुर्की

राज्य सभा ने 2019 में डाक विधेयक पारित किया था।
"""


def test_an_assembly_release_reads_its_headline_and_assemblies():
    rows = parse(ASSEMBLY_RELEASE)
    assert rows["documents"][0]["title"] == "भारतीय शिष्टमंडल ने बर्न में 28वीं विश्व डाक सभा में भाग लिया"
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2024, "Bern"), (2012, "Doha"), (2016, "Istanbul")]


def test_the_same_lines_under_a_council_title_list_no_assemblies():
    from pipeline.parse.document import DocumentRejected
    with pytest.raises(DocumentRejected):  # no heading it knows, no summit: the document is turned away
        parse(ASSEMBLY_RELEASE.replace("28वीं विश्व डाक सभा में भाग", "विश्व डाक परिषद की बैठक में भाग"))
