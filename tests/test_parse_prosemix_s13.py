"""Parties and non-summits a new author writes in news, press releases and articles (session 13):
the participating countries a release lists ('इस पहल में भाग लेने वाले देश हैं: ...'), former
members when the text lists today's members, the outgoing chair handing the chair to the title's
new one, a pair that ends a longer 'between' list.

Each rule is pinned by small invented documents, with cases it must not fire on.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties.chair import chair_handover
from pipeline.parse.parties.former import left_the_group, says_current
from pipeline.parse.parties.members import says_members
from pipeline.parse.parties.pairs import pair_between

LEXICON = default_lexicon()


def _parties(text: str) -> list[str]:
    return sorted(p["name_en"] for p in parse_document("t", text).rows["parties"])


# --- participating countries ---------------------------------------------------------------------

PARTICIPANTS_IN_BACKGROUND = """बर्लिन में नदी साझेदारी सम्मेलन संपन्न

दूतावास, नई दिल्ली। 20 नवंबर 2023 को बर्लिन में नदी साझेदारी सम्मेलन हुआ। सम्मेलन में कई नेताओं ने भाग लिया।

पृष्ठभूमि

साझेदारी की शुरुआत 2017 में हुई। इस पहल में भाग लेने वाले देश हैं: घाना, सेनेगल, टोगो और रवांडा।
"""


def test_participating_countries_listed_in_a_background_section_are_parties():
    assert _parties(PARTICIPANTS_IN_BACKGROUND) == ["Ghana", "Rwanda", "Senegal", "Togo"]


def test_participation_wordings_say_members():
    for sentence in ("इस पहल में भाग लेने वाले देश हैं: घाना, सेनेगल और टोगो।",
                     "सम्मेलन में हिस्सा लेने वाले देश घाना, सेनेगल और टोगो थे।",
                     "सहभागी देश: घाना, सेनेगल और टोगो।"):
        assert says_members(sentence), sentence
    assert not says_members("घाना, सेनेगल और टोगो के राजदूत भी उपस्थित थे।")


def test_countries_a_project_covers_stay_no_parties_in_a_history_section():
    text = PARTICIPANTS_IN_BACKGROUND.replace("इस पहल में भाग लेने वाले देश हैं:", "परियोजनाएँ इन देशों में चलती हैं:")
    assert "Ghana" not in _parties(text)


# --- former members --------------------------------------------------------------------------

CURRENT_MEMBERS_AND_A_LEAVER = """घाटी परिषद

घाटी परिषद घाटी समुदाय का सर्वोच्च अंग है। वर्तमान में समुदाय के चार सदस्य हैं — बोलीविया, कोलंबिया, इक्वाडोर और पेरू।

इतिहास

वेनेज़ुएला 1973 में इसमें शामिल हुआ। अप्रैल 2006 में वेनेज़ुएला ने समुदाय से अलग होने की घोषणा की।
"""


def test_a_member_that_left_is_no_party_when_the_list_is_of_todays_members():
    assert _parties(CURRENT_MEMBERS_AND_A_LEAVER) == ["Bolivia", "Colombia", "Ecuador", "Peru"]


def test_a_member_that_left_and_came_back_stays():
    text = CURRENT_MEMBERS_AND_A_LEAVER.replace("की घोषणा की।", "की घोषणा की। 2013 में वेनेज़ुएला फिर से इसमें शामिल हुआ।")
    assert "Venezuela" in _parties(text)


def test_without_a_list_of_todays_members_a_member_for_a_time_stays():
    text = CURRENT_MEMBERS_AND_A_LEAVER.replace("वर्तमान में समुदाय के चार सदस्य हैं", "समुदाय के संस्थापक सदस्य हैं")
    assert "Venezuela" in _parties(text)


def test_leaving_wordings():
    for sentence, country in (("चिली ने 1976 में समूह छोड़ दिया", "चिली"),
                              ("ब्रिटेन 2020 में संघ से बाहर हो गया", "ब्रिटेन"),
                              ("अप्रैल 2006 में वेनेज़ुएला ने समुदाय से अलग होने की घोषणा की", "वेनेज़ुएला"),
                              ("मोरक्को ने 1984 में संगठन से हटने का फ़ैसला किया", "मोरक्को")):
        assert left_the_group(sentence, LEXICON) == [country], sentence
    # a leader leaving a room, a country named in a genitive, a project left behind: no country left
    assert left_the_group("भारत के प्रधानमंत्री ने बैठक बीच में छोड़ दी", LEXICON) == []
    assert left_the_group("सम्मेलन में ऊर्जा और व्यापार पर अलग सत्र हुए", LEXICON) == []
    assert says_current("वर्तमान में समुदाय के चार सदस्य हैं")
    assert says_current("आज इसके 21 सदस्य देश हैं")
    assert not says_current("इसके संस्थापक सदस्य चार देश थे")


# --- the chair handed over -----------------------------------------------------------------------

CHAIR_HANDED_OVER = """साझा बाज़ार की 23वीं शिखर बैठक बुजुम्बुरा में, बुरुंडी के राष्ट्रपति ने संभाली अध्यक्षता

बुजुम्बुरा, 31 अक्टूबर (एजेंसियां)। साझा बाज़ार के सदस्य देशों के नेताओं की 23वीं शिखर बैठक गुरुवार, 31 अक्टूबर 2024 को बुजुम्बुरा में हुई। बैठक में ज़ाम्बिया के राष्ट्रपति हाकैंडे हिचिलेमा ने समूह की अध्यक्षता बुरुंडी के राष्ट्रपति एवरिस्ते न्दायिशिमिये को सौंप दी।
"""


def test_the_outgoing_chair_is_a_party_with_the_titles_new_chair():
    assert _parties(CHAIR_HANDED_OVER) == ["Burundi", "Zambia"]


def test_a_handover_the_title_does_not_name_adds_no_party():
    # an organisation's summit whose title names no chair: its counted members stay unnamed
    text = CHAIR_HANDED_OVER.replace(", बुरुंडी के राष्ट्रपति ने संभाली अध्यक्षता", "")
    assert "Zambia" not in _parties(text)


def test_handover_wordings():
    assert chair_handover("केन्या ने युगांडा से संगठन की अध्यक्षता संभाली।", LEXICON) == ["युगांडा", "केन्या"]
    assert chair_handover("समूह की अध्यक्षता केन्याई राष्ट्रपति से तंज़ानिया के पास चली गई।", LEXICON) == ["केन्या", "तंज़ानिया"]
    assert chair_handover("अंगोला ने संगठन की अध्यक्षता संभाली।", LEXICON) == []  # no one handed it over
    assert chair_handover("राष्ट्रपति ने बैठक की अध्यक्षता की।", LEXICON) == []
    assert chair_handover("घाना के राष्ट्रपति ने अध्यक्षता महासचिव को सौंपी।", LEXICON) == []  # a person, no country


# --- a pair that ends a longer 'between' list ----------------------------------------------------

def test_the_last_two_of_a_three_sided_between_list_are_no_pair():
    sentence = ("बैठक में याद दिलाया गया कि कोमेसा, पूर्वी अफ्रीकी समुदाय (ईएसी) और दक्षिणी अफ्रीकी विकास समुदाय (सैडक) के "
                "बीच त्रिपक्षीय समझौता 2015 में हुआ था।")
    assert pair_between(sentence, LEXICON) == []
    assert pair_between("यह भारत और अफ्रीकी संघ के बीच का शिखर सम्मेलन है।", LEXICON) == ["भारत", "अफ्रीकी संघ"]


# --- a quoted theme is a name, not the sentence's clauses --------------------------------------

from pipeline.parse.prose.counted_out import counted_out  # noqa: E402
from pipeline.parse.prose.themes import without_themes  # noqa: E402


def _summits(text: str) -> list[tuple]:
    return sorted((r["year"], r.get("city_en") or r.get("city"), r.get("date"), r.get("date_end"), r.get("edition"))
                  for r in parse_document("t", text).rows["summits"] if r["status"] == "held")


THEMED_FIRST_MEETING = """बर्लिन में नदी साझेदारी सम्मेलन संपन्न

20 नवंबर 2023 को बर्लिन में नदी साझेदारी सम्मेलन हुआ।

पृष्ठभूमि

इसके बाद नेताओं के स्तर पर पहला सम्मेलन 12-13 जून 2017 को बर्लिन में "नदी साझेदारी — साझा भविष्य में निवेश" शीर्षक से आयोजित हुआ।
"""


def test_a_quoted_title_with_a_dash_keeps_its_meeting():
    assert (2017, "Berlin", "2017-06-12", "2017-06-13", 1) in _summits(THEMED_FIRST_MEETING)


def test_theme_wordings_are_blanked_and_other_quotes_kept():
    assert without_themes('बैठक का विषय "2030 तक भूख-मुक्त अफ्रीका" रखा गया था।') == 'बैठक का विषय "…" रखा गया था।'
    assert without_themes('थीम: “एक पृथ्वी, एक परिवार” रही।') == 'थीम: "…" रही।'
    assert without_themes('सम्मेलन "लोग — ग्रह" थीम पर हुआ।') == 'सम्मेलन "…" थीम पर हुआ।'
    speech = 'उन्होंने कहा, "2016 में गोवा में हुए सम्मेलन से हमें बहुत मिला"।'
    assert without_themes(speech) == speech
    name = 'परिषद की बैठकों को "एंडियन शिखर बैठक" कहा जाता है।'
    assert without_themes(name) == name


def test_a_theme_with_a_dash_a_year_and_a_place_keeps_the_sentences_summit():
    text = """नदी मंच शिखर सम्मेलन

नदी मंच का पहला शिखर सम्मेलन 2015 में हुआ।

पृष्ठभूमि

नदी मंच का तीसरा शिखर सम्मेलन 5 मई 2019 को लीमा में "नैरोबी से आगे — 2030 का साझा रास्ता" विषय पर हुआ।
"""
    assert (2019, "Lima", "2019-05-05", None, 3) in _summits(text)


# --- a later clause says the meeting is not counted ---------------------------------------------

def test_a_meeting_the_same_sentence_says_is_not_counted_is_no_summit():
    text = """दक्षिण मंच शिखर सम्मेलन

दक्षिण मंच का पहला शिखर सम्मेलन 10 अप्रैल 2000 को हवाना में हुआ। सितंबर 2023 में हवाना में समूह का एक विशेष शिखर सम्मेलन हुआ था, किंतु उसे दक्षिण मंच के सम्मेलनों की श्रृंखला में नहीं गिना जाता।
"""
    assert [s[:2] for s in _summits(text)] == [(2000, "Havana")]


def test_counted_out_wordings():
    assert counted_out("2020 में वर्चुअल बैठक हुई, पर इसे औपचारिक शिखर बैठक नहीं माना गया।")
    assert counted_out("2015 में नैरोबी में सम्मेलन हुआ, लेकिन यह श्रृंखला का हिस्सा नहीं था।")
    # the later clause names its own meeting, or denies something else
    assert not counted_out("2019 में लीमा में सम्मेलन हुआ, लेकिन 2020 की बैठक को शिखर सम्मेलन नहीं माना जाता।")
    assert not counted_out("2019 में लीमा में सम्मेलन हुआ, जिसमें जलवायु पर वे सहमत नहीं हुए।")
    assert not counted_out("2019 में लीमा में सम्मेलन हुआ।")


# --- a council's meetings, and a meeting before the first -----------------------------------

from pipeline.parse.prose.council import council_meetings, names_a_council  # noqa: E402

COUNCIL_NOTES = """# नदी परिषद (River Council) — मेरे नोट्स

## शुरुआत कैसे हुई

दिसंबर 1974 में पेरिस में नदी समुदाय के नेताओं की बैठक में तय हुआ कि नेता अब नियमित रूप से "परिषद" के रूप में मिलेंगे। परिषद की पहली बैठक 10–11 मार्च 1975 को डबलिन में हुई।
"""


def test_a_councils_first_meeting_is_its_first_summit_and_the_meeting_before_a_precursor():
    assert _summits(COUNCIL_NOTES) == [(1975, "Dublin", "1975-03-10", "1975-03-11", 1)]


def test_without_a_first_summit_the_earlier_meeting_stays():
    text = COUNCIL_NOTES.replace("परिषद की पहली बैठक 10–11 मार्च 1975 को डबलिन में हुई।", "")
    assert [s[:2] for s in _summits(text)] == [(1974, "Paris")]


def test_council_meetings_only_in_a_document_on_the_council():
    assert names_a_council("# यूरोपीय परिषद (European Council) — मेरी रिवीज़न नोट्स") == ("यूरोपीय", "परिषद")
    assert names_a_council("कुवैत में खाड़ी सहयोग परिषद का 45वाँ शिखर सम्मेलन संपन्न") == ()
    assert names_a_council("तूलों में फ़्रांस-जर्मनी मंत्रिपरिषद की बैठक: ...") == ()
    title = "नदी परिषद"
    assert council_meetings("परिषद की पहली बैठक 1975 में डबलिन में हुई।", title) == "परिषद की पहली सम्मेलन 1975 में डबलिन में हुई।"
    assert council_meetings("2011 में नदी परिषद की असाधारण बैठक हुई।", title) == "2011 में नदी परिषद की असाधारण सम्मेलन हुई।"
    for kept in ("परिषद की मंत्रिस्तरीय बैठक 1979 में हुई।", "2019 में सुरक्षा परिषद की बैठक न्यूयॉर्क में हुई।"):
        assert council_meetings(kept, title) == kept
    assert council_meetings("परिषद की पहली बैठक 1975 में हुई।", "खाड़ी सहयोग परिषद शिखर सम्मेलन") == "परिषद की पहली बैठक 1975 में हुई।"


# --- a summit named as the basis of a founding --------------------------------------------------

FOUNDED_ON_ITS_RECOMMENDATION = """नदी सम्मेलन

## पृष्ठभूमि

पहला नदी सम्मेलन 31 मई से 11 जून 1976 तक वैंकूवर में हुआ। पहले सम्मेलन की सिफ़ारिश पर 1978 में नैरोबी में नदी केंद्र की स्थापना हुई।
"""


def test_a_founding_on_a_summits_recommendation_is_no_summit():
    assert [s[:2] for s in _summits(FOUNDED_ON_ITS_RECOMMENDATION)] == [(1976, "Vancouver")]


def test_other_wordings_of_a_summits_basis():
    for sentence in ("दूसरे सम्मेलन के निर्णय के तहत 1998 में जिनेवा में नदी कोष बना।",
                     "पहले सम्मेलन के बाद 1978 में नैरोबी में नदी केंद्र स्थापित किया गया।"):
        text = FOUNDED_ON_ITS_RECOMMENDATION.replace("पहले सम्मेलन की सिफ़ारिश पर 1978 में नैरोबी में नदी केंद्र की स्थापना हुई।",
                                                     sentence)
        assert [s[:2] for s in _summits(text)] == [(1976, "Vancouver")], sentence


def test_a_summit_after_another_without_a_founding_is_still_read():
    text = FOUNDED_ON_ITS_RECOMMENDATION.replace("पहले सम्मेलन की सिफ़ारिश पर 1978 में नैरोबी में नदी केंद्र की स्थापना हुई।",
                                                 "पहले सम्मेलन के बाद दूसरा सम्मेलन 1996 में इस्तांबुल में हुआ।")
    assert (1996, "Istanbul") in [s[:2] for s in _summits(text)]


# --- a joint summit with other groups; a summit held before the next was put off ---------------

JOINT_WITH_OTHERS = """कोमेसा की 23वीं शिखर बैठक बुजुम्बुरा में

बुजुम्बुरा, 31 अक्टूबर (एजेंसियां)। कोमेसा के नेताओं की 23वीं शिखर बैठक 31 अक्टूबर 2024 को बुजुम्बुरा में हुई।

बड़े ढाँचे की ओर

बैठक में याद दिलाया गया कि कोमेसा, पूर्वी अफ्रीकी समुदाय (ईएसी) और दक्षिणी अफ्रीकी विकास समुदाय (सैडक) के बीच मुक्त व्यापार क्षेत्र का समझौता जून 2015 में मिस्र के शर्म अल-शेख़ में हुई त्रिपक्षीय शिखर बैठक में हुआ था।
"""


def test_a_tripartite_summit_of_the_group_with_other_groups_is_another_series():
    assert [s[:2] for s in _summits(JOINT_WITH_OTHERS)] == [(2024, "Bujumbura")]


def test_a_tripartite_summit_between_the_titles_sides_and_their_leaders_stays():
    text = """निकोसिया में यूनान–साइप्रस–इज़राइल शिखर बैठक

निकोसिया, 04 सितंबर 2023 (एजेंसियां)। निकोसिया में सोमवार को यूनान के प्रधानमंत्री, इज़राइल के प्रधानमंत्री और मेज़बान राष्ट्रपति निकोस ख्रिस्तोदुलिदीस के बीच त्रिपक्षीय शिखर बैठक हुई।
"""
    assert [s[:2] for s in _summits(text)] == [(2023, "Nicosia")]


def test_a_summit_held_before_the_next_was_put_off_was_held():
    text = JOINT_WITH_OTHERS.replace(
        "बैठक में याद दिलाया गया कि", "2018 में लुसाका में हुई 20वीं शिखर बैठक के बाद कोविड-19 महामारी के चलते अगला सम्मेलन तीन साल तक टलता रहा। बैठक में याद दिलाया गया कि")
    assert (2018, "Lusaka", None, None, 20) in _summits(text)


# --- meetings named by place with the month in brackets ------------------------------------------

from pipeline.parse.prose.place_dates import places_with_dates  # noqa: E402


def test_places_with_months_before_the_meeting_noun_are_summits():
    text = JOINT_WITH_OTHERS.replace(
        "बैठक में याद दिलाया गया कि", "हाल के वर्षों की बैठकों में किंशासा (फ़रवरी 2014) और अंतानानारिवो (अक्टूबर 2016) की बैठकें भी "
        "चर्चा में रहीं। बैठक में याद दिलाया गया कि")
    assert [s[:2] for s in _summits(text)] == [(2014, "Kinshasa"), (2016, "Antananarivo"), (2024, "Bujumbura")]


def test_place_date_lists_that_are_no_summits():
    for sentence in ("बाकू (मई 2019) और ताशकंद (जून 2021) की बैठकें अगले साल होंगी।",  # planned
                     "बाकू (मई 2019) और ताशकंद (जून 2021) के विदेश मंत्रियों की बैठकें हुईं।",  # ministers
                     "बाकू (मई 2019) और ताशकंद (जून 2021) के समझौते अहम रहे।",  # no meeting noun
                     "बाकू (मई 2019) की बैठक अहम रही।"):  # one item: not a list
        assert places_with_dates(sentence, LEXICON) == [], sentence
    found = places_with_dates("बाकू (मई 2019), ताशकंद (10 जून 2021) और अस्ताना (2023) के शिखर सम्मेलनों में वे गए।", LEXICON)
    assert [(m.period.label, m.place.city) for m in found] == [("2019-05", "बाकू"), ("2021-06-10", "ताशकंद"), ("2023", "अस्ताना")]


# --- a city hosted, the meeting unnamed; its day in the next sentence --------------------------

from pipeline.parse.prose.hosted import hosted_again  # noqa: E402

HOSTED_AGAIN = """नदी–घाटी शिखर वार्ता

नदी और घाटी के नेताओं की वार्षिक शिखर वार्ता।

महत्वपूर्ण बैठकें

26 अप्रैल 2011 को रोम में दोनों नेताओं की बैठक हुई।

नवंबर 2013 में रोम ने फिर मेज़बानी की। 20 नवंबर को दोनों नेताओं की इस शिखर बैठक में रेल परियोजना पर बात हुई।
"""


def test_a_city_that_hosted_again_is_a_summit_with_the_next_sentences_day():
    assert (2013, "Rome", "2013-11-20", None, None) in _summits(HOSTED_AGAIN)


def test_hosted_wordings():
    assert [(m.period.label, m.place.city) for m in hosted_again("नवंबर 2013 में रोम ने फिर मेज़बानी की।", LEXICON)] == [
        ("2013-11", "रोम")]
    assert [m.place.city for m in hosted_again("2016 में मिलान ने मेज़बानी की थी।", LEXICON)] == ["मिलान"]
    for sentence in ("2023 में भारत ने मेज़बानी की।",  # a country: no city
                     "2012 में लंदन ने ओलंपिक खेलों की मेज़बानी की।",  # something named
                     "2026 में रोम मेज़बानी करेगा।",  # to come
                     "रोम ने फिर मेज़बानी की।"):  # no time
        assert hosted_again(sentence, LEXICON) == [], sentence


# --- the loan word 'समिट' and 'में ही' ----------------------------------------------------------

from pipeline.parse.prose.loans import plain_words  # noqa: E402

INVESTORS_SUMMIT_NEWS = """राजधानी में पहली बार निवेशक मेला: 24-25 फरवरी को जुटेंगे निवेशक

हमारे संवाददाता | भोपाल, 21 फरवरी

यह पहला मौका है जब मेले का मुख्य आयोजन भोपाल में हो रहा है। इंदौर में ही 28 से 30 अक्टूबर 2012 तक तीसरी समिट हुई, जिसके बाद यह आयोजन हर दो साल पर होने लगा। 8 से 10 अक्टूबर 2014 को इंदौर में हुई चौथी समिट के लिए ब्रिटेन ने प्रतिनिधिमंडल भेजा था।
"""


def test_a_news_report_calling_its_meetings_samit_is_read():
    assert _summits(INVESTORS_SUMMIT_NEWS) == [(2012, "Indore", "2012-10-28", "2012-10-30", 3),
                                               (2014, "Indore", "2014-10-08", "2014-10-10", 4)]


def test_plain_words():
    from pipeline.parse.language.series_noun import as_summit_nouns  # the loan: one reading for every rule
    assert plain_words("इंदौर में ही तीसरी समिट हुई।") == "इंदौर में तीसरी समिट हुई।"
    assert as_summit_nouns("इंदौर में तीसरी समिट हुई।", frozenset()) == "इंदौर में तीसरी सम्मेलन हुई।"
    assert as_summit_nouns("पिछली समिटों के करार", frozenset()) == "पिछली सम्मेलनों के करार"
    assert plain_words("समिति की बैठक हुई, वही बात") == "समिति की बैठक हुई, वही बात"  # another word
    assert as_summit_nouns("समिति की बैठक हुई, वही बात", frozenset()) == "समिति की बैठक हुई, वही बात"


def test_a_trilateral_summit_in_a_document_on_two_sides_is_another_series():
    text = """बुसान में शी-ली शिखर वार्ता: 11 साल बाद दक्षिण कोरिया की धरती पर चीनी राष्ट्रपति

बुसान, 1 नवंबर (एजेंसियां)। दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग और चीन के राष्ट्रपति शी जिनपिंग के बीच 1 नवंबर 2025 को बुसान में शिखर वार्ता हुई। बीच में मई 2024 में सियोल में हुए त्रिपक्षीय सम्मेलन में चीन की ओर से प्रधानमंत्री ली छियांग आए थे।
"""
    assert [s[:2] for s in _summits(text)] == [(2025, "Busan")]
    three_sided = text.replace("शी-ली शिखर वार्ता", "चीन–जापान–दक्षिण कोरिया शिखर वार्ता").replace(
        "और चीन के राष्ट्रपति शी जिनपिंग", ", जापान के प्रधानमंत्री और चीन के राष्ट्रपति शी जिनपिंग")
    assert (2024, "Seoul") in [s[:2] for s in _summits(three_sided)]


# --- the Indian prime minister a headline names beside one other country -----------------------

VISIT_HEADLINE = """खराब मौसम से एक दिन टली यात्रा, अब थिम्पू पहुंचे मोदी; भूटान ने दिया सम्मान

विशेष संवाददाता | थिम्पू, 22 मार्च

प्रधानमंत्री नरेंद्र मोदी शुक्रवार सुबह दो दिन की राजकीय यात्रा पर भूटान पहुंचे। भारत और भूटान के रिश्ते पुराने हैं। 22 मार्च 2024 को थिम्पू में शिखर वार्ता हुई।
"""


def test_the_prime_minister_a_headline_names_beside_one_country_stands_for_india():
    assert _parties(VISIT_HEADLINE) == ["Bhutan", "India"]


def test_a_headline_naming_a_group_and_the_prime_minister_adds_no_india():
    text = VISIT_HEADLINE.replace("भूटान ने दिया सम्मान", "आसियान ने दिया सम्मान").replace("पर भूटान पहुंचे", "पर जकार्ता पहुंचे")
    assert "India" not in _parties(text)


# --- an organisation's release speaks for no government ------------------------------------------

from pipeline.parse.parties.issuer import _another_issuer  # noqa: E402

ORGANISATION_RELEASE = """विश्व नदी मंच (World River Forum)
प्रेस विज्ञप्ति

तियानजिन, चीन, 26 जून 2025

'समर नदी' तियानजिन में संपन्न: नदी मंच की 16वीं वार्षिक बैठक

नदी मंच की 16वीं वार्षिक बैठक 24 से 26 जून 2025 तक तियानजिन में हुई। उद्घाटन सत्र में चीन के प्रधानमंत्री ली छियांग ने संबोधन दिया।
"""


def test_an_organisations_release_speaks_for_no_government():
    assert "India" not in _parties(ORGANISATION_RELEASE)
    assert _another_issuer("विश्व नदी मंच (World River Forum)", LEXICON)
    for government in ("प्रधानमंत्री कार्यालय", "विदेश मंत्रालय", "भारत का दूतावास, जकार्ता", "12 मार्च 2024"):
        assert not _another_issuer(government, LEXICON), government


def test_a_plural_noun_before_me_is_no_place():
    text = ORGANISATION_RELEASE.replace(
        "उद्घाटन सत्र में", "हाल के संस्करणों में, 10वीं बैठक 26-28 जून 2016 को तियानजिन में हुई। उद्घाटन सत्र में")
    assert (2016, "Tianjin", "2016-06-26", "2016-06-28", 10) in _summits(text)


def test_a_list_of_places_with_dates_in_the_future_tense_gives_no_summit():
    from pipeline.parse.prose.place_dates import places_with_dates
    lexicon = default_lexicon()
    held = "किंशासा (फ़रवरी 2014) और अंतानानारिवो (अक्टूबर 2016) की बैठकें भी चर्चा में रहीं।"
    assert [m.period.year for m in places_with_dates(held, lexicon)] == [2014, 2016]
    later = "किंशासा (फ़रवरी 2027) और अंतानानारिवो (अक्टूबर 2029) की बैठकें भी चर्चा में रहेंगी।"
    assert places_with_dates(later, lexicon) == []
