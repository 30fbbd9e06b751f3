"""Parties a new author names in other ways (session 11): the founders of this group, the
signatories of the series' agreement, members that joined later or were members for a time
(members that left still count when a list names them as members), and an embassy whose line
qualifies the mission ('शाही दूतावास') speaking for its own country, not India.

Each rule is pinned by small invented documents, with cases it must not fire on.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.structure import Line
from pipeline.parse.parties.acronyms import acronym_sides
from pipeline.parse.parties.issuer import _foreign_mission
from pipeline.parse.parties.joined import joined_members
from pipeline.parse.parties.members import counted_organisations, says_members
from pipeline.parse.parties.names import party_entry
from pipeline.parse.parties.pairs import co_chairs, listed_between, pair_between
from pipeline.parse.parties.title import party_names, series_name

LEXICON = default_lexicon()


def _parties(text: str) -> list[str]:
    return sorted(p["name_en"] for p in parse_document("t", text).rows["parties"])


# --- the founders of this group -----------------------------------------------------------------

FOUNDERS_AFTER_A_DECK_OF_LEAVERS = """पराना क्षेत्र में एक प्रयोग का अंत: नदी परिषद के विघटन की राह खुली

अर्जेंटीना के हटने के बाद बचे दो सदस्य पराग्वे और उरुग्वे ने कहा, परिषद को भंग करने की प्रक्रिया शुरू करेंगे

असुनसियोन, 3 मार्च (एजेंसियाँ)। नदी परिषद अब बिखरने की कगार पर है। ब्राज़ील, अर्जेंटीना, पराग्वे और उरुग्वे ने 12 मई 2001 को असुनसियोन में हुए राष्ट्राध्यक्षों के शिखर सम्मेलन में यह संगठन बनाया था। दूसरा शिखर सम्मेलन 14 जून 2003 को मोंटेवीडियो में हुआ।
"""

PRECURSOR_FOUNDED_BY_OTHERS = """नदी परिषद शिखर सम्मेलन

नदी परिषद दक्षिण अमेरिका का मंच है। इसके सदस्य अर्जेंटीना, ब्राज़ील और पेरू हैं। 1983 में मेक्सिको, कोलंबिया, वेनेज़ुएला और पनामा ने "कॉन्टाडोरा समूह" बनाया था।

शिखर सम्मेलन

2001: असुनसियोन में पहला शिखर सम्मेलन हुआ।
"""


def test_the_founders_of_this_group_are_its_members_before_a_shorter_list_of_those_left():
    assert _parties(FOUNDERS_AFTER_A_DECK_OF_LEAVERS) == ["Argentina", "Brazil", "Paraguay", "Uruguay"]
    for sentence in ("इस समूह की स्थापना भारत, ब्राज़ील और मिस्र ने 1961 में की थी।",
                     "भारत, ब्राज़ील और मिस्र ने मिलकर इसकी स्थापना की।",
                     "इसका गठन भारत, ब्राज़ील और मिस्र ने किया था।",
                     "भारत, ब्राज़ील और मिस्र इसके संस्थापक देश हैं।"):
        assert says_members(sentence), sentence
    # another group founded, or something else set up, by a list of countries: no members said
    assert says_members("2005 में मिस्र, सूडान और इथियोपिया द्वारा स्थापित इस मंच की बैठक हर साल होती है।")
    assert says_members("मिस्र, सूडान और इथियोपिया ने 2005 में नील मंच की स्थापना की थी।", "नील मंच")  # the series named
    assert not says_members("मिस्र, सूडान और इथियोपिया ने 2005 में नील आयोग की स्थापना की थी।", "नील मंच")
    for sentence in ('1983 में मेक्सिको, कोलंबिया, वेनेज़ुएला और पनामा ने "कॉन्टाडोरा समूह" बनाया था।',
                     "इस सम्मेलन में भारत, ब्राज़ील और मिस्र ने एक कोष की स्थापना की।"):
        assert not says_members(sentence), sentence
    assert _parties(PRECURSOR_FOUNDED_BY_OTHERS) == ["Argentina", "Brazil", "Peru"]


# --- the signatories of the series' own agreement ----------------------------------------------

SIGNATORIES_IN_THE_HISTORY = """ज़ेटाग्रिड शिखर सम्मेलन

ज़ेटाग्रिड बिजली व्यापार का क्षेत्रीय मंच है, जिसके नेता समय-समय पर मिलते हैं।


पृष्ठभूमि

ज़ेटाग्रिड बिजली समझौते पर 2006 में पाँच देशों ने हस्ताक्षर किए — नेपाल, भूटान, बांग्लादेश, म्यांमार तथा श्रीलंका। बाद में मालदीव (2009) और थाईलैंड (2011) भी इसके सदस्य बने।


शिखर सम्मेलन

पहला सम्मेलन 4 मई 2007 को थिम्पू में हुआ।
"""

OTHER_AGREEMENT_IN_THE_HISTORY = SIGNATORIES_IN_THE_HISTORY.replace("ज़ेटाग्रिड बिजली समझौते पर", "क्योटो प्रोटोकॉल समझौते पर")


def test_the_signatories_of_the_agreement_the_title_names_are_members():
    assert series_name("ज़ेटाग्रिड शिखर सम्मेलन") == "ज़ेटाग्रिड"
    assert series_name("अल्बा (ALBA-TCP) शिखर सम्मेलन") == "अल्बा"
    assert series_name("साहेल में एक प्रयोग का अंत") == ""  # no series words: no name
    assert _parties(SIGNATORIES_IN_THE_HISTORY) == [
        "Bangladesh", "Bhutan", "Maldives", "Myanmar", "Nepal", "Sri Lanka", "Thailand"]
    # another agreement's signatories, in a history section: not said to be members
    assert not says_members("क्योटो प्रोटोकॉल समझौते पर 2006 में पाँच देशों ने हस्ताक्षर किए — नेपाल, भूटान, बांग्लादेश", "ज़ेटाग्रिड")
    assert _parties(OTHER_AGREEMENT_IN_THE_HISTORY) == []


SIGNATORIES_LABEL = """नील मंच शिखर सम्मेलन

नील मंच नदी तट के देशों का मंच है। इसके सह-अध्यक्ष हर साल बदलते हैं।

• हस्ताक्षरकर्ता देश: मिस्र, सूडान और इथियोपिया
• मुख्यालय: काहिरा


शिखर सम्मेलन

2010: काहिरा में पहला शिखर सम्मेलन हुआ।
"""


def test_a_signatories_fact_line_lists_members():
    assert _parties(SIGNATORIES_LABEL) == ["Egypt", "Ethiopia", "Sudan"]
    assert _parties(SIGNATORIES_LABEL.replace("हस्ताक्षरकर्ता देश", "प्रमुख साझेदार देशों के नाम")) == [
        "Egypt", "Ethiopia", "Sudan"]  # still three countries listed in a sentence-like line
    assert _parties(SIGNATORIES_LABEL.replace("हस्ताक्षरकर्ता देश: मिस्र, सूडान और इथियोपिया", "हस्ताक्षरकर्ता देश: मिस्र")) == []


# --- members that joined later, or were members for a time ----------------------------------------

def test_members_that_joined_later_or_were_members_for_a_time():
    for sentence, joined in (
        ("बाद में मालदीव (2009) और थाईलैंड (2011) भी इसके सदस्य बने।", ["मालदीव", "थाईलैंड"]),
        ("पेरू और चिली भी कुछ समय तक इसके सदस्य रहे।", ["पेरू", "चिली"]),
        ("2010: नेपाल भी समूह में शामिल हुआ; इसके साथ पूरा क्षेत्र इसमें आ गया।", ["नेपाल"]),
        ("मिस्र 2010 में इस मंच का पूर्ण सदस्य बना।", ["मिस्र"]),
        ("पेरू 1999 से 2005 तक इस संगठन का सदस्य रहा।", ["पेरू"]),
        ("2012 में युगांडा भी इसमें शामिल हुआ।", ["युगांडा"]),
        ("2012 में युगांडा भी इसका हिस्सा बना।", ["युगांडा"]),
        ("2012 में युगांडा को इसकी सदस्यता मिली।", ["युगांडा"]),
        ("युगांडा को भी 2012 में पूर्ण सदस्यता दी गई।", ["युगांडा"]),
        ("युगांडा ने 2012 में इसकी सदस्यता ग्रहण की।", ["युगांडा"]),
    ):
        assert joined_members(sentence, LEXICON) == joined, sentence
    for sentence in ("भारत 2017 में शंघाई सहयोग संगठन में शामिल हुआ।",  # another group
                     "भारत और पाकिस्तान 2017 में SCO समूह में शामिल हुए।",
                     "भारत के प्रधानमंत्री भी समूह में शामिल हुए।",  # a leader in a genitive
                     "भारत कभी इसका सदस्य नहीं रहा।",  # said not to be one
                     "जापान को इस समूह का पर्यवेक्षक बनाया गया।",
                     "भारत को एससीओ की सदस्यता मिली।", "भारत ने नाटो की सदस्यता ली।",  # another group's
                     "कज़ाख़स्तान 2010 में मध्य एशियाई संघ का सदस्य बना।", 'पेरू 1990 में "लीमा समूह" में शामिल हुआ।',
                     "भारत को नाटो की सदस्यता नहीं मिली।", "तुर्की को 2005 में पर्यवेक्षक का दर्जा मिला।"):
        assert joined_members(sentence, LEXICON) == [], sentence


FORMER_MEMBERS_NAMED_AS_MEMBERS = """कोंडोर गठबंधन शिखर सम्मेलन

कोंडोर गठबंधन के सदस्य देशों की बैठक है। इस गठबंधन में वेनेज़ुएला, क्यूबा, बोलीविया और निकारागुआ शामिल हैं। पेरू और चिली भी कुछ समय तक इसके सदस्य रहे। गठबंधन ख़ुद को एक विकल्प मानता है।


प्रमुख शिखर सम्मेलन

2004: हवाना में पहला शिखर सम्मेलन हुआ।


इस बीच चिली 2010 में अलग हो गया और पेरू ने 2018 में गठबंधन छोड़ा। अर्जेंटीना ने 2015 में सदस्यता छोड़ी।
"""


def test_members_that_left_count_when_the_text_names_them_as_members_not_when_only_as_leaving():
    # Argentina is named only as leaving: no party
    assert _parties(FORMER_MEMBERS_NAMED_AS_MEMBERS) == ["Bolivia", "Chile", "Cuba", "Nicaragua", "Peru", "Venezuela"]


# --- an embassy's line that qualifies the mission -------------------------------------------------

QUALIFIED_EMBASSY = """नॉर्वे का शाही दूतावास, नई दिल्ली

प्रेस विज्ञप्ति | दिनांक: ४ मई, २०२३

ओस्लो में नॉर्डिक–बाल्टिक शिखर सम्मेलन संपन्न; डेनमार्क, फ़िनलैंड, नॉर्वे, स्वीडन और एस्टोनिया के नेता जुटे

नॉर्डिक–बाल्टिक शिखर सम्मेलन ३ मई, २०२३ को ओस्लो में नॉर्वे के प्रधानमंत्री की अध्यक्षता में हुआ। इसमें डेनमार्क, फ़िनलैंड, नॉर्वे, स्वीडन और एस्टोनिया के नेताओं ने भाग लिया।
"""


def test_an_embassy_whose_line_qualifies_the_mission_speaks_for_its_own_country():
    assert _foreign_mission("थाईलैंड का शाही दूतावास, नई दिल्ली", LEXICON)
    assert _foreign_mission("जापान का महावाणिज्य दूतावास, मुंबई", LEXICON)
    assert not _foreign_mission("भारत का उच्चायोग, ढाका", LEXICON)
    assert not _foreign_mission("भारत का शाही दूतावास", LEXICON)  # India's own, however qualified
    assert _foreign_mission("मलेशिया उच्चायोग, नई दिल्ली", LEXICON)  # the country joined to the mission's word
    assert _foreign_mission("जापान दूतावास", LEXICON)
    assert not _foreign_mission("भारतीय उच्चायोग, क्वालालंपुर", LEXICON)
    assert not _foreign_mission("प्रधानमंत्री कार्यालय, नई दिल्ली", LEXICON)
    assert "India" not in _parties(QUALIFIED_EMBASSY)


# --- sides a title writes as acronyms the lead glosses -------------------------------------------

ACRONYM_SIDES = """# सेमैक–ईसीसीएएस–इगाड त्रिपक्षीय शिखर सम्मेलन (Tripartite Summit) — revision notes

**क्या है**: अफ्रीका के तीन क्षेत्रीय समुदायों — मध्य अफ्रीकी आर्थिक एवं मौद्रिक समुदाय (CEMAC), मध्य अफ्रीकी राज्यों का आर्थिक समुदाय (ECCAS) और अंतर-सरकारी विकास प्राधिकरण (IGAD) — के नेताओं की संयुक्त बैठक
**पहला शिखर सम्मेलन**: 2012, याउंडे

## शिखर सम्मेलन

- **याउंडे, 12 जून 2012**: पहला त्रिपक्षीय शिखर सम्मेलन।
"""

UNGLOSSED_ACRONYM_SIDES = ACRONYM_SIDES.replace("(CEMAC)", "(WTO की तर्ज़ पर)").replace("(ECCAS)", "").replace("(IGAD)", "")


def test_sides_a_title_writes_as_acronyms_are_the_latin_acronyms_the_lead_glosses():
    # 'ईसीसीएएस' is spelled in letter names, 'सेमैक' and 'इगाड' are read as words
    assert _parties(ACRONYM_SIDES) == ["CEMAC", "ECCAS", "IGAD"]
    assert acronym_sides(["सेमैक", "ईसीसीएएस"], [_line("... समुदाय (CEMAC) और ... समुदाय (ECCAS)")]) == [
        "सेमैक (CEMAC)", "ईसीसीएएस (ECCAS)"]
    # a side that sounds like no glossed acronym, or a lead with no Latin gloss: nothing
    assert acronym_sides(["ज़ेडा", "कोमेसा"], [_line("... समुदाय (CEMAC) और ... (CARICOM)")]) == []
    assert _parties(UNGLOSSED_ACRONYM_SIDES) == []


# --- co-organisers before द्वारा -------------------------------------------------------------------

CO_ORGANISED_BY = """डेनमार्क का दूतावास, नई दिल्ली

प्रेस विज्ञप्ति | नई दिल्ली, ०४ अप्रैल २०२५

कोपेनहेगन में दूसरा वैश्विक जल शिखर सम्मेलन संपन्न

डेनमार्क के विदेश मंत्रालय, केन्या सरकार और अंतरराष्ट्रीय जल गठबंधन द्वारा संयुक्त रूप से आयोजित दूसरा वैश्विक जल शिखर सम्मेलन २ और ३ अप्रैल २०२५ को कोपेनहेगन में संपन्न हुआ। सम्मेलन में सरकारों और संस्थाओं ने भाग लिया।

सम्मेलनों का क्रम:

• प्रथम शिखर सम्मेलन: २४ जुलाई २०२२, नैरोबी।
• द्वितीय शिखर सम्मेलन: २-३ अप्रैल २०२५, कोपेनहेगन।
"""


def test_the_co_organisers_a_sentence_names_before_dvara_are_sides():
    assert _parties(CO_ORGANISED_BY) == ["Denmark", "Kenya"]
    assert co_chairs("2019 में जापान में हुआ यह सम्मेलन भारत और फ़्रांस द्वारा संयुक्त रूप से आयोजित किया गया।", LEXICON) == [
        "भारत", "फ़्रांस"]  # not the host Japan
    # one organiser, or a list that only proposed it: no co-organisers
    assert co_chairs("यह सम्मेलन भारत द्वारा आयोजित किया गया।", LEXICON) == []
    assert co_chairs("भारत और फ़्रांस द्वारा प्रस्तावित यह सम्मेलन संयुक्त रूप से आयोजित हुआ।", LEXICON) == []


# --- a leader the title names, described only by the place of the meeting --------------------------

LEADER_IN_HIS_COUNTRY = """हनोई में किशिदा–चिन्ह शिखर वार्ता: दोनों नेताओं ने रक्षा सहयोग पर सहमति जताई

हनोई, 4 मई (एजेंसियाँ)। जापान के प्रधानमंत्री फुमियो किशिदा ने शनिवार, 4 मई 2024 को वियतनाम की राजधानी हनोई में प्रधानमंत्री फाम मिन्ह चिन्ह के साथ शिखर वार्ता की। दोनों नेताओं ने 2023 में टोक्यो में हुई पिछली बैठक की समीक्षा की।
"""

# met in a third country, the leader described as his own country's elsewhere: that description wins
LEADER_IN_A_THIRD_COUNTRY = LEADER_IN_HIS_COUNTRY.replace("वियतनाम की राजधानी हनोई", "अमेरिका के शहर न्यूयॉर्क").replace(
    "हनोई में किशिदा", "न्यूयॉर्क में किशिदा") + "वियतनामी प्रधानमंत्री फाम मिन्ह चिन्ह ने कहा कि बातचीत उपयोगी रही।\n"
# a city no country is named for: the leader stays undescribed, and one side makes no pair
LEADER_IN_A_CITY_ONLY = LEADER_IN_HIS_COUNTRY.replace("वियतनाम की राजधानी हनोई", "न्यूयॉर्क")

COUNTERPART = """किशिदा–चिन्ह शिखर वार्ता: रक्षा सहयोग पर सहमति

हनोई, 4 मई (एजेंसियाँ)। जापान के प्रधानमंत्री फुमियो किशिदा ने आज अपने वियतनामी समकक्ष फाम मिन्ह चिन्ह के साथ शिखर वार्ता की। पहला शिखर सम्मेलन 2023 में टोक्यो में हुआ था।
"""


def test_a_leader_the_title_names_met_in_a_place_of_his_own_country_stands_for_it():
    assert _parties(LEADER_IN_HIS_COUNTRY) == ["Japan", "Vietnam"]
    assert _parties(COUNTERPART) == ["Japan", "Vietnam"]  # 'अपने वियतनामी समकक्ष ...'
    assert _parties(LEADER_IN_A_THIRD_COUNTRY) == ["Japan", "Vietnam"]  # not the host, the United States
    assert _parties(LEADER_IN_A_CITY_ONLY) == []


def _line(text: str) -> Line:
    return Line(2, text)


# --- two sides whose meetings or forum it is --------------------------------------------------------

def test_the_two_sides_a_lead_says_the_forum_or_summit_is_of():
    assert pair_between("नील मंच मिस्र और सूडान का द्विपक्षीय मंच है, जिसके नेता हर साल मिलते हैं।", LEXICON) == ["मिस्र", "सूडान"]
    assert pair_between("यह भारत और यूरोपीय संघ का वार्षिक शिखर सम्मेलन है।", LEXICON) == ["भारत", "यूरोपीय संघ"]
    for sentence in ("रूस और चीन के विदेश मंत्रियों का मंच", "भारत और चीन की सीमा पर तनाव", "टोक्यो और दिल्ली का मंच"):
        assert pair_between(sentence, LEXICON) == [], sentence


# --- countries named only as leaving ---------------------------------------------------------------

_NILE_BODY = "\n\nउद्देश्य\n\nव्यापार: व्यापार बढ़ाना।\n\nशिखर सम्मेलन\n\n2010: काहिरा में पहला शिखर सम्मेलन हुआ।\n"


def test_countries_a_sentence_names_only_as_leaving_are_no_members():
    for leaving in ("2015 में केन्या, तंज़ानिया और युगांडा मंच से अलग हो गए।",
                    "2015 में केन्या, तंज़ानिया और युगांडा ने मंच छोड़ दिया।",
                    "2015 में केन्या, तंज़ानिया और युगांडा मंच से बाहर निकल गए।"):
        assert _parties("नील मंच शिखर सम्मेलन\n\nनील मंच नदी तट के देशों का मंच है। " + leaving + _NILE_BODY) == [], leaving
    # the members a sentence lists stay members when a clause after हालाँकि names one that left
    assert _parties("नील मंच शिखर सम्मेलन\n\nनील मंच में मिस्र, सूडान, इथियोपिया और युगांडा हैं, हालाँकि केन्या 2015 में "
                    "इससे बाहर निकल गया।" + _NILE_BODY) == ["Egypt", "Ethiopia", "Sudan", "Uganda"]


def test_koreai_before_an_office_is_the_republic_of_koreas_and_north_korean_is_read_first():
    from pipeline.parse.parties.leaders import leader_descriptions
    from pipeline.parse.parties.issuer import organising_government
    assert [l.side for l in leader_descriptions("कोरियाई राष्ट्रपति यून सुक-योल ने कहा", LEXICON)] == ["दक्षिण कोरिया"]
    assert [l.side for l in leader_descriptions("उत्तर कोरियाई नेता किम जोंग-उन ने कहा", LEXICON)] == ["उत्तर कोरिया"]
    assert organising_government("यह सम्मेलन उत्तर कोरियाई सरकार द्वारा आयोजित किया जाता है।", LEXICON) == []
    assert organising_government("यह सम्मेलन जापानी सरकार द्वारा आयोजित किया जाता है।", LEXICON) == ["जापान"]
    assert party_names("अंतर-कोरियाई शिखर सम्मेलन", LEXICON) == ["अंतर", "कोरियाई"]  # both Koreas': no one side


# --- a members' fact line separated by semicolons -------------------------------------------------

_NILE_NOTES = "# नील मंच शिखर सम्मेलन — notes\n\n{}\n\n## उद्देश्य\n\n**व्यापार**: व्यापार बढ़ाना।\n\n## शिखर सम्मेलन\n\n- **2010, काहिरा**: पहला शिखर सम्मेलन।\n"


def test_a_members_line_whose_items_are_separated_by_semicolons():
    assert _parties(_NILE_NOTES.format("**सदस्य**: मिस्र; सूडान; इथियोपिया; युगांडा")) == ["Egypt", "Ethiopia", "Sudan", "Uganda"]
    # a first clause and its comment: only the clause's members
    assert _parties(_NILE_NOTES.format("**सदस्य**: मिस्र और सूडान; दोनों नील के तट पर; केन्या पर्यवेक्षक")) == ["Egypt", "Sudan"]
    # an item naming an observer keeps the list to its first clause
    assert _parties(_NILE_NOTES.format("**सदस्य**: मिस्र, सूडान; केन्या (पर्यवेक्षक)")) == ["Egypt", "Sudan"]


NEWS_LEAD_HOST_PLACE = """बुसान में ऐतिहासिक मुलाक़ात: शटल कूटनीति बहाल

बुसान, 30 सितंबर (एजेंसियाँ)। जापान के प्रधानमंत्री शिगेरु इशिबा ने आज दक्षिण कोरिया के बुसान शहर में राष्ट्रपति ली जे-म्योंग के साथ शिखर वार्ता की। पहला शिखर सम्मेलन 2004 में जेजू में हुआ।
"""


def test_a_news_leads_summit_talks_with_the_host_countrys_leader():
    assert _parties(NEWS_LEAD_HOST_PLACE) == ["Japan", "South Korea"]
    # a meeting it does not call a summit names no sides
    assert _parties(NEWS_LEAD_HOST_PLACE.replace("के साथ शिखर वार्ता की", "से मुलाक़ात की")) == []


# --- organisations a lead counts and lists, or lists before 'के बीच' -------------------------------

COUNTED_ORGANISATIONS = """# अफ्रीकी त्रिपक्षीय शिखर सम्मेलन (Tripartite Summit) — revision notes

**क्या है**: अफ्रीका के तीन क्षेत्रीय आर्थिक समुदायों — पश्चिमी और मध्य अफ्रीका का साझा बाज़ार (WACOM), पूर्वी अफ्रीकी समुदाय (EAC) और दक्षिणी अफ्रीकी विकास समुदाय (SADC) — के राष्ट्राध्यक्षों की संयुक्त बैठक

## उद्देश्य

**व्यापार**: व्यापार बढ़ाना।

## शिखर सम्मेलन

- **2008, कंपाला**: पहला शिखर सम्मेलन।
"""


def test_the_organisations_a_lead_counts_and_lists_are_the_parties():
    # the one the lexicon does not know is named by its acronym; 'पश्चिमी और मध्य अफ्रीका' is no country
    assert sorted(_parties(COUNTED_ORGANISATIONS)) == ["EAC", "SADC", "WACOM"]
    # a count that does not match the list: no parties from it
    assert counted_organisations("तीन संगठनों — यूरोपीय संघ और अफ्रीकी संघ — के नेता", LEXICON) == []
    assert counted_organisations("इसमें दो संगठनों: यूरोपीय संघ और अफ्रीकी संघ के नेता मिलते हैं।", LEXICON) == [
        "यूरोपीय संघ", "अफ्रीकी संघ"]
    assert counted_organisations("दो संगठनों — यूरोपीय संघ और अफ्रीकी संघ (पर्यवेक्षक) — के नेता", LEXICON) == []


def test_three_sides_listed_before_ke_beech():
    assert listed_between("यह पूर्वी अफ्रीकी समुदाय, दक्षिणी अफ्रीकी विकास समुदाय और अफ्रीकी संघ के बीच की बैठक है।", LEXICON) == [
        "पूर्वी अफ्रीकी समुदाय", "दक्षिणी अफ्रीकी विकास समुदाय", "अफ्रीकी संघ"]
    assert listed_between("यह भारत और जापान के बीच की बैठक है।", LEXICON) == []  # a pair is pair_between's
    assert listed_between("यह मुंबई, चेन्नई और कोलकाता के बीच की रेल है।", LEXICON) == []  # cities are no sides


def test_a_continents_region_is_no_country_named_after_it():
    assert party_entry("दक्षिणी अफ्रीका", LEXICON) is None  # Southern Africa, not South Africa
    assert party_entry("उत्तरी कोरिया", LEXICON)[1] == "North Korea"  # a common spelling of the country
    assert party_entry("दक्षिणी सूडान", LEXICON)[1] == "South Sudan"


# --- a timeline's telegraphic line or a new members' fact line --------------------------------------

def test_a_timelines_telegraphic_joining_and_a_new_members_line():
    from pipeline.parse.parties.joined import later_members
    for line, joined in (("2008: युगांडा शामिल।", ["युगांडा"]), ("2009 — इक्वाडोर सदस्य बना", ["इक्वाडोर"]),
                         ("• 2012: केन्या भी जुड़ा", ["केन्या"]),
                         ("• नए सदस्य: युगांडा (2008), केन्या (2010)", ["युगांडा", "केन्या"])):
        assert later_members(line, LEXICON) == joined, line
    for line in ("2017: भारत के प्रधानमंत्री शामिल हुए", "2010: जापान पर्यवेक्षक के रूप में शामिल",
                 "2017: भारत और पाकिस्तान SCO में शामिल", "2017: भारत और पाकिस्तान शंघाई सहयोग संगठन में शामिल",
                 "2008: युगांडा शामिल, पर 2015 में बाहर।", "भारत 2008 में शामिल हुआ"):
        assert later_members(line, LEXICON) == [], line
    notes = ("नील मंच — अध्ययन सामग्री\n\n• संस्थापक सदस्य: मिस्र, सूडान और इथियोपिया\n\nसमयरेखा\n2008: युगांडा शामिल।\n"
             "2015: केन्या पर्यवेक्षक बना।\n\nउद्देश्य\n• व्यापार: व्यापार बढ़ाना।\n\nप्रमुख शिखर सम्मेलन\n"
             "➤ 2010 | काहिरा (मिस्र), मई: पहला शिखर सम्मेलन।\n")
    assert _parties(notes) == ["Egypt", "Ethiopia", "Sudan", "Uganda"]


def test_a_finished_clause_joined_by_a_comma_and_aur_is_read_apart():
    from pipeline.parse.parties.members import member_names
    assert member_names("मिस्र, सूडान, इथियोपिया और युगांडा इसके सदस्य हैं, और केन्या ने 2019 में इसे छोड़ दिया।", LEXICON) == [
        "मिस्र", "सूडान", "इथियोपिया", "युगांडा"]  # not left out for the leaver's clause, nor Kenya
    assert member_names("मिस्र, सूडान, इथियोपिया और युगांडा इसके सदस्य हैं तथा केन्या पर्यवेक्षक है।", LEXICON) == [
        "मिस्र", "सूडान", "इथियोपिया", "युगांडा"]
    assert member_names("मिस्र, सूडान, और इथियोपिया इसके सदस्य हैं।", LEXICON) == ["मिस्र", "सूडान", "इथियोपिया"]  # a list's comma


def test_a_titles_own_latin_gloss_names_the_acronym_side():
    body = "\n\n## उद्देश्य\n\n**व्यापार**: व्यापार बढ़ाना।\n\n## शिखर सम्मेलन\n\n- **2008, अरूशा**: पहला शिखर सम्मेलन।\n"
    assert _parties("# कोमेसा शिखर सम्मेलन (COMESA Summit) — notes\n\n**क्या है**: पूर्वी अफ्रीका के देशों की बैठक" + body) == ["COMESA"]
    # a gloss that is no acronym ('Zeta Summit'): no side
    assert _parties("# ज़ीटा शिखर सम्मेलन (Zeta Summit) — notes\n\n**क्या है**: पूर्वी अफ्रीका के देशों की बैठक" + body) == []


# --- a leader the title names, with the country after the name --------------------------------------

_LEADERS_BODY = "\n\n## उद्देश्य\n\n**व्यापार**: व्यापार बढ़ाना।\n\n## शिखर सम्मेलन\n\n- **2024, हनोई**: शिखर वार्ता।\n"


def test_a_title_named_leader_followed_by_the_country_in_brackets_or_an_appositive():
    head = "# किशिदा–चिन्ह शिखर वार्ता — notes\n\n"
    for lead in ("**नेता**: फुमियो किशिदा (जापान) और फाम मिन्ह चिन्ह (वियतनाम)",
                 "**क्या है**: फुमियो किशिदा (जापानी प्रधानमंत्री) और फाम मिन्ह चिन्ह (वियतनामी प्रधानमंत्री) की बैठक",
                 "**क्या है**: फुमियो किशिदा, जापान के प्रधानमंत्री, और फाम मिन्ह चिन्ह, वियतनाम के प्रधानमंत्री, की बैठक"):
        assert _parties(head + lead + _LEADERS_BODY) == ["Japan", "Vietnam"], lead
    # brackets that hold no country alone, or a place's country: no sides
    assert _parties(head + "**नेता**: फुमियो किशिदा (2021 से) और फाम मिन्ह चिन्ह (2021 से)" + _LEADERS_BODY) == []
    assert _parties("# हनोई शिखर वार्ता — notes\n\n**स्थान**: हनोई (वियतनाम) और ओसाका (जापान)" + _LEADERS_BODY) == []


def test_a_bulleted_city_with_its_country_in_brackets_is_no_leader():
    from pipeline.parse.parties.leaders import _described_after
    assert _described_after("- बुखारेस्ट (रोमानिया), 4 नवंबर 2015: पहला शिखर सम्मेलन", LEXICON) == []
    assert _described_after("इसका आधार संयुक्त राष्ट्र फ्रेमवर्क कन्वेंशन (यूएनएफ़सीसीसी) है", LEXICON) == []  # no country
    assert _described_after("फुमियो किशिदा (जापान) ने कहा", LEXICON) == [(("फुमियो", "किशिदा"), "जापान")]


# --- session 12: a place is no member; an English name glossed with its acronym ------------------


def test_a_country_that_is_only_where_something_happened_is_no_member():
    from pipeline.parse.parties.members import member_names
    sentence = ("जून 2022 में संवाद सिंगापुर में लौटा, जहाँ जापान के प्रधानमंत्री ने उद्घाटन भाषण दिया और यूक्रेन के "
                "राष्ट्रपति ने वीडियो लिंक से संबोधित किया।")
    assert member_names(sentence, LEXICON) == []
    # the last of a list before में is still one of the list
    assert member_names("भारत, जापान और चीन में सहयोग बढ़ाने के लिए यह मंच बना।", LEXICON) == ["भारत", "जापान", "चीन"]
    # a country named where it met and again in the list
    assert member_names("पहली बैठक भारत में हुई, जिसमें भारत, जापान और ऑस्ट्रेलिया ने भाग लिया।", LEXICON) == [
        "भारत", "जापान", "ऑस्ट्रेलिया"]


ORGANISER_IN_ENGLISH = """# विश्व शांति संसद: नोट्स

**आयोजक**: Council for a World Peace Parliament (CWPP), जिनेवा — 1980 में बनी संस्था

## अब तक की संसदें

- 1985 (जिनेवा): पहली संसद।
- 1990 (वियना): दूसरी संसद।
"""


def test_a_name_written_in_english_is_its_own_english_name_not_its_acronym():
    rows = parse_document("t", ORGANISER_IN_ENGLISH).rows
    assert [p["name_en"] for p in rows["parties"]] == ["Council for a World Peace Parliament"]
    # a Hindi name glossed with an acronym keeps the acronym as its English name
    hindi = ORGANISER_IN_ENGLISH.replace("Council for a World Peace Parliament", "विश्व शांति संसद परिषद")
    assert [p["name_en"] for p in parse_document("t", hindi).rows["parties"]] == ["CWPP"]
