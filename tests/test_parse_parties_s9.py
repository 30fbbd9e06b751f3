"""Parties a new author names in other ways (session 9): through the leaders who meet, by a
country's adjective, an organiser's or a 'whose forum' fact line, 'X समेत N देश', an
organisation whose member states meet, and the headline under a foreign delegation's line.

Each rule is pinned by small invented documents, with cases it must not fire on (people only
present, observers, hosts, countries merely mentioned).
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties.joined import included_members
from pipeline.parse.parties.leaders import demonyms, leader_descriptions, leaders_between, leaders_of
from pipeline.parse.parties.names import party_entry
from pipeline.parse.parties.title import party_names
from pipeline.parse.layout.structure import is_preamble

LEXICON = default_lexicon()


def _parties(text: str) -> list[str]:
    return sorted(p["name_en"] for p in parse_document("t", text).rows["parties"])


# --- leaders standing for their countries ---------------------------------------------------

LEADERS_IN_TITLE = """हेलसिंकी में ओर्बान और लुकाशेंको की दूसरी भेंट: सीमा व्यापार पर सहमति

हेलसिंकी, 4 मई (एजेंसियां)। हंगेरियाई प्रधानमंत्री विक्टर ओर्बान ने आज बेलारूसी राष्ट्रपति अलेक्ज़ेंडर लुकाशेंको से मुलाक़ात की। पोलैंड के राष्ट्रपति आंद्रेज़ डूडा भी कुछ देर मौजूद रहे।

यह दोनों नेताओं की दूसरी शिखर भेंट थी। पहला शिखर सम्मेलन 12 मार्च 2021 को मिन्स्क में हुआ था।
"""

LEADERS_NOT_IN_TITLE = """हेलसिंकी में सीमा व्यापार पर सहमति

हेलसिंकी, 4 मई (एजेंसियां)। हंगेरियाई प्रधानमंत्री विक्टर ओर्बान ने आज बेलारूसी राष्ट्रपति अलेक्ज़ेंडर लुकाशेंको से मुलाक़ात की। पहला शिखर सम्मेलन 12 मार्च 2021 को मिन्स्क में हुआ था।
"""


def test_the_leaders_a_title_names_stand_for_their_countries():
    assert _parties(LEADERS_IN_TITLE) == ["Belarus", "Hungary"]  # not Poland: its president was only present
    assert _parties(LEADERS_NOT_IN_TITLE) == []  # no leader named in the title, no sides from leaders


LEADERS_BETWEEN = """प्राग में अंतर-बाल्टिक शिखर सम्मेलन संपन्न

लिथुआनिया गणराज्य के राष्ट्रपति श्री गितानस नौसेदा और लातविया के प्रधानमंत्री श्री क्रिस्यानिस कारिन्स के बीच 3 मई 2022 को प्राग में शिखर सम्मेलन आयोजित हुआ। एस्टोनिया के विदेश मंत्री भी बाद में पहुँचे।
"""

LEADERS_MET_NOT_BETWEEN = """प्राग में सम्मेलन संपन्न

लिथुआनिया के राष्ट्रपति श्री गितानस नौसेदा ने 3 मई 2022 को प्राग में भाषण दिया, जिसे लातविया के प्रधानमंत्री श्री क्रिस्यानिस कारिन्स ने सुना।
"""


def test_the_leaders_a_summit_was_between_stand_for_their_countries():
    assert _parties(LEADERS_BETWEEN) == ["Latvia", "Lithuania"]
    assert leaders_between(LEADERS_MET_NOT_BETWEEN.splitlines()[2], LEXICON) == []


def test_a_leader_is_described_by_a_country_its_adjective_or_a_party_of_it():
    sides = [leader.side for leader in leader_descriptions(
        "चीनी कम्युनिस्ट पार्टी के महासचिव शी जिनपिंग ने उत्तर कोरियाई नेता किम जोंग-उन और फ़्रांसीसी "
        "राष्ट्रपति इमैनुएल मैक्रों से भेंट की", LEXICON)]
    assert sides == ["चीन", "उत्तर कोरिया", "फ़्रांस"]
    # a city before the office, an office with no name after it, a name with no country: none
    assert leader_descriptions("पेरिस के महापौर ने कहा कि राष्ट्रपति ने भाषण दिया; प्रधानमंत्री नरेंद्र मोदी आए", LEXICON) == []


def test_adjectives_of_countries():
    table = demonyms(LEXICON)
    assert table["अमेरिकी"] == "अमेरिका" and table["जापानी"] == "जापान" and table["भारतीय"] == "भारत"
    assert table["उत्तर कोरियाई"] == "उत्तर कोरिया"
    assert "अमेरिका" not in table and "चीन" not in table  # a country's own name is no adjective


# --- a delegation's release; a name joined to the next by a dash ------------------------------

DELEGATION_RELEASE = """भारत में नॉर्डिक परिषद का प्रतिनिधिमंडल, नई दिल्ली

प्रेस विज्ञप्ति | नई दिल्ली, 3 मई 2023

ओस्लो में यूरोपीय संघ–नॉर्डिक परिषद शिखर सम्मेलन संपन्न

भारत के प्रधानमंत्री ने संदेश भेजा। शिखर सम्मेलन 2 मई 2023 को ओस्लो में हुआ।
"""

INDIAN_DELEGATION_LINE = """ओस्लो में भारत का प्रतिनिधिमंडल, ओस्लो

प्रेस विज्ञप्ति | ओस्लो, 3 मई 2023

ओस्लो में भारत–नॉर्डिक शिखर सम्मेलन संपन्न

शिखर सम्मेलन 2 मई 2023 को ओस्लो में हुआ।
"""


def test_a_delegations_line_with_its_city_is_no_headline_and_speaks_for_no_india():
    rows = parse_document("t", DELEGATION_RELEASE).rows
    assert rows["documents"][0]["title"] == "ओस्लो में यूरोपीय संघ–नॉर्डिक परिषद शिखर सम्मेलन संपन्न"
    # both sides of 'यूरोपीय संघ–नॉर्डिक परिषद'; India, named in the lead, does not issue the release
    assert sorted(p["name_en"] for p in rows["parties"]) == ["European Union", "Nordic Council"]
    rows = parse_document("t", INDIAN_DELEGATION_LINE).rows
    assert rows["documents"][0]["title"] == "ओस्लो में भारत–नॉर्डिक शिखर सम्मेलन संपन्न"


# --- fact lines that name who holds the series ------------------------------------------------

ORGANISERS = """# हरित शहर शिखर सम्मेलन — नोट्स

**पहल किसकी**: नॉर्वे के प्रधानमंत्री
**आयोजक**: नॉर्वे, संयुक्त राष्ट्र और विश्व बैंक
**मेज़बान**: हर बार अलग शहर; 2019 में केन्या

## सम्मेलन

- **ओस्लो, 3 मई 2018**: पहला शिखर सम्मेलन।
"""

ORGANISERS_TOGETHER = """हरित शहर शिखर सम्मेलन — फैक्ट फ़ाइल

▪ आयोजक देश: नॉर्वे (2018, चिली के साथ), घाना (2021)
▪ पर्यवेक्षक: मेक्सिको (2021, पेरू के साथ)

अब तक के शिखर सम्मेलन
▸ ओस्लो (नॉर्वे) | 3 मई 2018 | पहला शिखर सम्मेलन
"""

WHOSE_FORUM = """# खाड़ी-अफ़्रीकी संयुक्त शिखर सम्मेलन — नोट्स

**किसका मंच**: खाड़ी सहयोग परिषद (6 सदस्य) और अफ्रीकी संघ (55 सदस्य) — दोनों संगठनों के नेता एक साथ
**पहली बैठक**: 3 मई 2018, दोहा (क़तर)

## सम्मेलन

- **दोहा, 3 मई 2018**: पहला शिखर सम्मेलन।
"""

HOST_LINE_ONLY = """# हरित शहर शिखर सम्मेलन — नोट्स

**मेज़बान**: केन्या
**आयोजक**: एक थिंक-टैंक, हर बार मेज़बान देश के साथ मिलकर

## सम्मेलन

- **नैरोबी, 3 मई 2018**: पहला शिखर सम्मेलन।
"""


def test_an_organisers_or_initiators_line_names_sides_a_hosts_line_does_not():
    assert _parties(ORGANISERS) == ["Norway", "United Nations", "World Bank"]  # not Kenya, the host
    assert _parties(ORGANISERS_TOGETHER) == ["Chile", "Ghana", "Norway"]  # not the observers Mexico, Peru
    assert _parties(WHOSE_FORUM) == ["African Union", "Gulf Cooperation Council"]  # not Qatar, the host
    assert _parties(HOST_LINE_ONLY) == []


ONE_MEMBER_INCLUDING = """# तटीय संवाद — नोट्स

**भागीदार**: भारत सहित हिंद महासागर के तटीय देश
**मेज़बान**: श्रीलंका

## सम्मेलन

- **कोलंबो, 3 मई 2018**: पहला सम्मेलन।
"""

ONE_MEMBER_ONLY = ONE_MEMBER_INCLUDING.replace("भारत सहित हिंद महासागर के तटीय देश", "भारत; अन्य देश आमंत्रित")


def test_a_members_line_naming_one_member_among_the_rest():
    assert _parties(ONE_MEMBER_INCLUDING) == ["India"]
    assert _parties(ONE_MEMBER_ONLY) == []  # one name without 'सहित' is no list of members


# --- 'X समेत N देश' and an organisation whose member states meet -------------------------------

INCLUDING_IN_PROSE = """विश्व मत्स्य शिखर सम्मेलन

विश्व मत्स्य शिखर सम्मेलन मछली पालन पर राष्ट्राध्यक्षों के सम्मेलनों की श्रृंखला है।

आयोजित शिखर सम्मेलन

1998: रोम में पहला विश्व मत्स्य शिखर सम्मेलन हुआ, जिसमें भारत समेत 120 देशों के प्रतिनिधियों ने भाग लिया।
2004: रोम में दूसरा सम्मेलन हुआ। जापान समेत 30 देशों ने इसकी आलोचना की।
"""

INCLUDING_NOT_TAKING_PART = INCLUDING_IN_PROSE.replace("के प्रतिनिधियों ने भाग लिया", "ने इसकी सराहना की")


def test_a_country_named_among_those_that_took_part_is_a_side():
    assert _parties(INCLUDING_IN_PROSE) == ["India"]  # not Japan: among the critics
    assert _parties(INCLUDING_NOT_TAKING_PART) == []


MEMBER_STATES_MEET = """खाड़ी विकास शिखर सम्मेलन

खाड़ी विकास शिखर सम्मेलन खाड़ी सहयोग परिषद के सदस्य देशों के राष्ट्राध्यक्षों का सम्मेलन है। इसका पहला सम्मेलन 2009 में कुवैत में हुआ।

अब तक के सम्मेलन

2009: कुवैत में पहला सम्मेलन हुआ।
"""

MEMBER_STATES_OF_ANOTHER = MEMBER_STATES_MEET.replace(
    "खाड़ी सहयोग परिषद के सदस्य देशों के राष्ट्राध्यक्षों का सम्मेलन है",
    "खाड़ी सहयोग परिषद के पर्यवेक्षक देशों के राष्ट्राध्यक्षों का सम्मेलन है")


def test_an_organisation_whose_member_states_meet_is_the_side():
    assert _parties(MEMBER_STATES_MEET) == ["Gulf Cooperation Council"]  # not Kuwait, the host
    assert _parties(MEMBER_STATES_OF_ANOTHER) == []


# --- 'X और Y के नेताओं', adjectives before leaders or governments, an adjective in a title -----

def test_the_sides_whose_leaders_or_governments_a_sentence_names():
    assert leaders_of("यह भारत और जापान के नेताओं का वार्षिक शिखर सम्मेलन है।", LEXICON) == ["भारत", "जापान"]
    assert leaders_of("भारतीय और जापानी प्रधानमंत्रियों के बीच वार्षिक शिखर वार्ता होती है।", LEXICON) == ["भारत", "जापान"]
    assert leaders_of("यह फ़्रांसीसी और जर्मन सरकारों की संयुक्त बैठक है।", LEXICON) == ["फ़्रांस", "जर्मनी"]
    # one side, sides only counted, or a name not right before the leaders: none
    assert leaders_of("इसमें जी-20 के नेताओं ने भाग लिया।", LEXICON) == []
    assert leaders_of("भारत, जापान और 20 अन्य देशों के नेताओं ने भाग लिया।", LEXICON) == []
    assert leaders_of("भारत और जापान में दोनों देशों के नेताओं ने भाषण दिए।", LEXICON) == []
    assert leaders_of("सम्मेलन की सह-मेज़बानी फ़्रांस और कोस्टा रिका की सरकारों ने की।", LEXICON) == []  # co-hosts


YEARLY_LEADERS = """वार्षिक शिखर सम्मेलन

यह भारत और जापान के नेताओं का वार्षिक शिखर सम्मेलन है। पहला सम्मेलन 2006 में टोक्यो में हुआ।

सम्मेलन

- 2019: टोक्यो में शिखर सम्मेलन हुआ।
"""


def test_a_lead_naming_the_leaders_of_two_sides():
    assert _parties(YEARLY_LEADERS) == ["India", "Japan"]
    assert _parties(YEARLY_LEADERS.replace("के नेताओं का", "में होने वाला")) == []


def test_a_title_side_written_as_an_adjective():
    assert party_names("भारत-जापानी शिखर वार्ता", LEXICON) == ["भारत", "जापान"]
    assert party_names("अंतर-कोरियाई शिखर सम्मेलन", LEXICON) == ["अंतर", "कोरियाई"]  # no country's adjective


def test_joe_is_a_first_name_after_an_office_not_the_relative_pronoun():
    names = [leader.name for leader in leader_descriptions("अमेरिकी राष्ट्रपति जो बाइडन ने कहा", LEXICON)]
    assert names == [("जो", "बाइडन")]
    assert leader_descriptions("अमेरिकी राष्ट्रपति, जो यहाँ थे, बोले", LEXICON) == []


# --- members one to a line, members in brackets after a count ----------------------------------

MEMBERS_UNDER_HEADING = """# त्रिकोण मंच — नोट्स

## सदस्य देश

- भारत
- ब्राज़ील (2006 से)
- दक्षिण अफ़्रीका
- मिस्र (पर्यवेक्षक)

## सम्मेलन

- 2019: टोक्यो में शिखर सम्मेलन हुआ।
"""

MEMBERS_UNDER_LABEL = """त्रिकोण मंच — नोट्स

**सदस्य**:
- भारत
- ब्राज़ील
- दक्षिण अफ़्रीका

**मेज़बान**: जापान

## सम्मेलन

- 2019: टोक्यो में शिखर सम्मेलन हुआ।
"""

HOSTS_UNDER_HEADING = MEMBERS_UNDER_HEADING.replace("## सदस्य देश", "## मेज़बान देश")
COUNT_THEN_BRACKETS = """त्रिकोण मंच

▪ सदस्य: 3 (भारत, ब्राज़ील और दक्षिण अफ़्रीका)

अब तक के सम्मेलन
▪ 2019: टोक्यो में शिखर सम्मेलन हुआ।
"""


def test_members_listed_one_to_a_line_under_a_members_heading_or_label():
    assert _parties(MEMBERS_UNDER_HEADING) == ["Brazil", "India", "South Africa"]  # not Egypt, an observer
    assert _parties(MEMBERS_UNDER_LABEL) == ["Brazil", "India", "South Africa"]  # not Japan, the host
    assert _parties(HOSTS_UNDER_HEADING) == []


def test_members_in_brackets_after_their_count():
    assert _parties(COUNT_THEN_BRACKETS) == ["Brazil", "India", "South Africa"]
    assert _parties(COUNT_THEN_BRACKETS.replace("सदस्य: 3", "पर्यवेक्षक: 3")) == []


def test_countries_a_relative_clause_names_among_those_that_took_part():
    assert included_members("इसमें 185 देशों ने भाग लिया, जिनमें भारत और ब्राज़ील भी थे।", LEXICON) == ["भारत", "ब्राज़ील"]
    assert included_members("इसमें 185 देशों ने चिंता जताई, जिनमें भारत भी था।", LEXICON) == []
    assert included_members("इसमें 30 देशों ने भाग लिया, जिनमें जापान पर्यवेक्षक था।", LEXICON) == []


# --- more lines above a headline; who issues a release ------------------------------------------

def test_more_lines_above_a_headline_are_preamble():
    for line in ("प्रेस सूचना ब्यूरो", "भारत का स्थायी मिशन, जिनेवा", "होम » विदेश » एशिया", "संयुक्त प्रेस विज्ञप्ति",
                 "तत्काल प्रकाशनार्थ", "वेब डेस्क", "एजेंसी | नई दिल्ली"):
        assert is_preamble(line), line
    for line in ("भारत-जापान शिखर सम्मेलन संपन्न", "संयुक्त वक्तव्य: भारत-जापान शिखर सम्मेलन", "भारत में जापान के राजदूत का वक्तव्य"):
        assert not is_preamble(line), line


NEWS_DESK_ABOVE_HEADLINE = """वेब डेस्क

टोक्यो में जापान-ऑस्ट्रेलिया शिखर सम्मेलन संपन्न

टोक्यो, 3 मई। भारत के विदेश मंत्री भी शहर में थे। पहला शिखर सम्मेलन 2019 में टोक्यो में हुआ था।
"""

MINISTRY_ABOVE_HEADLINE = NEWS_DESK_ABOVE_HEADLINE.replace("वेब डेस्क", "विदेश मंत्रालय")
FOREIGN_MISSION_ABOVE_HEADLINE = NEWS_DESK_ABOVE_HEADLINE.replace("वेब डेस्क", "संयुक्त राष्ट्र में जापान का स्थायी मिशन")


def test_only_a_government_release_line_makes_india_the_issuer():
    assert _parties(NEWS_DESK_ABOVE_HEADLINE) == ["Australia", "Japan"]  # a news desk speaks for no government
    assert _parties(MINISTRY_ABOVE_HEADLINE) == ["Australia", "India", "Japan"]
    assert _parties(FOREIGN_MISSION_ABOVE_HEADLINE) == ["Australia", "Japan"]


def test_more_spellings_and_organisations_the_lexicon_knows():
    english = {name: LEXICON.english(name, ("country", "organisation")) for name in (
        "यूरोपियन यूनियन", "ईयू", "यूके", "जी-77", "खाद्य और कृषि संगठन", "स्वतंत्र राष्ट्रों का राष्ट्रकुल", "बर्मा")}
    assert english == {"यूरोपियन यूनियन": "European Union", "ईयू": "European Union", "यूके": "United Kingdom",
                       "जी-77": "G77", "खाद्य और कृषि संगठन": "FAO", "स्वतंत्र राष्ट्रों का राष्ट्रकुल": "CIS",
                       "बर्मा": "Myanmar"}
    assert LEXICON.lookup("राष्ट्रकुल") is None  # the bare word: the Commonwealth or the CIS


# --- members named in a later section ---------------------------------------------------------

MEMBERS_IN_HISTORY = """# त्रिकोण मंच — नोट्स

## इतिहास

त्रिकोण मंच 2003 में बना। इसके सदस्य भारत, ब्राज़ील और दक्षिण अफ़्रीका हैं।

## उद्देश्य

**व्यापार**: व्यापार बढ़ाना।

## सम्मेलन

- 2019: टोक्यो में शिखर सम्मेलन हुआ।
"""

OTHER_GROUP_IN_HISTORY = MEMBERS_IN_HISTORY.replace(
    "इसके सदस्य भारत, ब्राज़ील और दक्षिण अफ़्रीका हैं।", "उस वर्ष भारत, ब्राज़ील और दक्षिण अफ़्रीका में चुनाव हुए।")

MEMBERS_SECTION_AFTER_OBJECTIVES = MEMBERS_IN_HISTORY.replace(
    "## इतिहास\n\nत्रिकोण मंच 2003 में बना। इसके सदस्य भारत, ब्राज़ील और दक्षिण अफ़्रीका हैं।\n\n", "").replace(
    "## सम्मेलन", "## सदस्य\n\nभारत, ब्राज़ील और दक्षिण अफ़्रीका इसके सदस्य हैं; मिस्र पर्यवेक्षक है।\n\n## सम्मेलन")


def test_members_a_later_section_says_are_members():
    assert _parties(MEMBERS_IN_HISTORY) == ["Brazil", "India", "South Africa"]
    assert _parties(OTHER_GROUP_IN_HISTORY) == []  # a list that is not said to be of members
    assert _parties(MEMBERS_SECTION_AFTER_OBJECTIVES) == ["Brazil", "India", "South Africa"]  # not Egypt


LEADERS_TOOK_PART = """त्रिकोण शिखर सम्मेलन

इतिहास

त्रिकोण मंच 2003 में बना।

सम्मेलन

2006: ब्रासीलिया में पहला शिखर सम्मेलन हुआ, जिसमें भारत, ब्राज़ील और दक्षिण अफ़्रीका के नेताओं ने भाग लिया।
"""

LEADERS_AS_GUESTS = LEADERS_TOOK_PART.replace("के नेताओं ने भाग लिया", "के नेताओं ने अतिथि के रूप में भाग लिया")


def test_the_sides_whose_leaders_a_summit_line_says_took_part():
    assert _parties(LEADERS_TOOK_PART) == ["Brazil", "India", "South Africa"]
    assert _parties(LEADERS_AS_GUESTS) == []
    assert _parties(LEADERS_TOOK_PART.replace("ने भाग लिया", "ने बधाई संदेश भेजे")) == []


def _fact_line_doc(label: str) -> str:
    return f"""त्रिकोण मंच

▪ {label}: भारत, ब्राज़ील और जापान

अब तक के शिखर सम्मेलन
▪ 2019: टोक्यो में शिखर सम्मेलन हुआ।
"""


def test_more_members_labels_and_a_hosts_label():
    for label in ("संस्थापक सदस्य", "सहभागी देश", "भागीदार राष्ट्र", "शामिल देश"):
        assert _parties(_fact_line_doc(label)) == ["Brazil", "India", "Japan"], label
    for label in ("मेज़बान देश", "पर्यवेक्षक देश"):
        assert _parties(_fact_line_doc(label)) == [], label


LEADER_VISITS_A_COUNTRY = """पुतिन की भारत यात्रा: 21वाँ वार्षिक शिखर सम्मेलन संपन्न

नई दिल्ली, 6 दिसंबर। रूसी राष्ट्रपति व्लादिमीर पुतिन ने आज प्रधानमंत्री नरेंद्र मोदी के साथ 21वें वार्षिक शिखर सम्मेलन में भाग लिया। पहला शिखर सम्मेलन 2000 में मॉस्को में हुआ था।
"""

ONE_LEADER_ONLY = """मोदी ने किया शिखर सम्मेलन का उद्घाटन

नई दिल्ली, 6 दिसंबर। भारत के प्रधानमंत्री नरेंद्र मोदी ने आज सम्मेलन का उद्घाटन किया। पहला शिखर सम्मेलन 2000 में मॉस्को में हुआ था।
"""


def test_a_title_leader_and_a_title_country_make_two_sides_one_leader_alone_none():
    assert _parties(LEADER_VISITS_A_COUNTRY) == ["India", "Russia"]
    assert _parties(ONE_LEADER_ONLY) == []


def test_a_place_or_a_common_word_after_an_office_is_no_name():
    assert leader_descriptions("दक्षिण अफ़्रीका के राष्ट्रपति नई दिल्ली पहुँचे और अमेरिकी राष्ट्रपति आज बोले", LEXICON) == []
    title_word_is_common = """नई दिल्ली में भारत-जापान शिखर सम्मेलन

नई दिल्ली, 3 मई। दक्षिण अफ़्रीका के राष्ट्रपति नई दिल्ली पहुँचे। पहला शिखर सम्मेलन 2006 में टोक्यो में हुआ।
"""
    assert _parties(title_word_is_common) == ["India", "Japan"]  # not South Africa


def test_a_title_pair_joined_by_tatha_eva_or_va():
    for title in ("भारत एवं जापान शिखर सम्मेलन", "भारत तथा जापान वार्षिक शिखर सम्मेलन", "भारत व जापान शिखर वार्ता"):
        assert party_names(title, LEXICON) == ["भारत", "जापान"], title
    assert party_names("त्रिनिदाद और टोबैगो शिखर सम्मेलन", LEXICON) == ["त्रिनिदाद और टोबैगो"]  # one country


def test_a_name_with_eva_or_tatha_for_aur():
    assert party_entry("बोस्निया एवं हर्ज़ेगोविना", LEXICON)[1] == "Bosnia and Herzegovina"
    assert party_entry("त्रिनिदाद तथा टोबैगो", LEXICON)[1] == "Trinidad and Tobago"
    assert party_entry("भारत एवं जापान", LEXICON) is None  # two names, not one


def test_a_regions_adjective_is_no_country():
    assert [leader.side for leader in leader_descriptions(
        "दक्षिण अमेरिकी देशों के राष्ट्रपति लूला ने कहा; उत्तर कोरियाई नेता किम जोंग-उन आए", LEXICON)] == ["उत्तर कोरिया"]
    assert leaders_of("यह दक्षिण अमेरिकी और जापानी नेताओं का सम्मेलन है।", LEXICON) == []
    assert leaders_of("यह लैटिन अमेरिकी, भारतीय और जापानी नेताओं का सम्मेलन है।", LEXICON) == ["भारत", "जापान"]
