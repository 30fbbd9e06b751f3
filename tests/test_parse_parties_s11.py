"""Parties a new author names in other ways (session 11): the founders of this group, the
signatories of the series' agreement, members that joined later or were members for a time
(members that left still count when a list names them as members), and an embassy whose line
qualifies the mission ('शाही दूतावास') speaking for its own country, not India.

Each rule is pinned by small invented documents, with cases it must not fire on.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties.issuer import _foreign_mission
from pipeline.parse.parties.joined import joined_members
from pipeline.parse.parties.members import says_members
from pipeline.parse.parties.title import series_name

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


# --- members that joined later, or were members for a time ----------------------------------------

def test_members_that_joined_later_or_were_members_for_a_time():
    for sentence, joined in (
        ("बाद में हैती (2006) और निकारागुआ (2007) भी इसके सदस्य बने।", ["हैती", "निकारागुआ"]),
        ("इक्वाडोर और होंडुरास भी कुछ समय तक इसके सदस्य रहे।", ["इक्वाडोर", "होंडुरास"]),
        ("2008: क्यूबा भी समूह में शामिल हुआ; इसके साथ पूरा क्षेत्र इसमें आ गया।", ["क्यूबा"]),
        ("मिस्र 2010 में इस मंच का पूर्ण सदस्य बना।", ["मिस्र"]),
        ("पेरू 1999 से 2005 तक इस संगठन का सदस्य रहा।", ["पेरू"]),
    ):
        assert joined_members(sentence, LEXICON) == joined, sentence
    for sentence in ("भारत 2017 में शंघाई सहयोग संगठन में शामिल हुआ।",  # another group
                     "भारत और पाकिस्तान 2017 में SCO समूह में शामिल हुए।",
                     "भारत के प्रधानमंत्री भी समूह में शामिल हुए।",  # a leader in a genitive
                     "भारत कभी इसका सदस्य नहीं रहा।",  # said not to be one
                     "जापान को इस समूह का पर्यवेक्षक बनाया गया।"):
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
    assert "India" not in _parties(QUALIFIED_EMBASSY)
