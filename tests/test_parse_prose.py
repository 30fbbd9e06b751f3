"""News reports and press releases written for these tests: summits stated only in long
sentences, members listed in running text, and the meetings that are not this series' summits.

Each document is small and invented (plausible, not checked against reality); each pins the
Hindi writing habits of its genre, not the wording of a gold file.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.prose import find_dateline, summits_in_sentence
from pipeline.parse.layout.structure import Line
from pipeline.parse.layout.summits import find_place, read_entries


def _parse(text: str):
    return parse_document("t", text).rows


def _summits(rows) -> list[tuple]:
    return sorted((s["year"], s["city"], s["date"], s["date_end"], s["edition"])
                  for s in rows["summits"] if s["status"] == "held")


def _parties(rows) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


# --- news reports ----------------------------------------------------------------------------

NEWS_MEMBERS_AND_DATELINE = """बाकू में तुर्क राज्य संगठन का 11वाँ शिखर सम्मेलन संपन्न, परिवहन गलियारे पर ज़ोर

पाँच सदस्य देशों ने साझा निवेश कोष पर सहमति दी

अंतरराष्ट्रीय डेस्क | बाकू, 6 नवंबर

तुर्क राज्य संगठन के सदस्य देशों — तुर्की, कज़ाखस्तान, उज़्बेकिस्तान, किर्गिज़स्तान और अज़रबैजान — के नेता बुधवार को बाकू में जुटे। संगठन का 11वाँ शिखर सम्मेलन 6 नवंबर 2024 को अज़रबैजान के राष्ट्रपति की अध्यक्षता में हुआ। हंगरी ने पर्यवेक्षक के रूप में भाग लिया।

पिछले साल 3 नवंबर 2023 को अस्ताना में हुए 10वें सम्मेलन की तरह इस बार भी परिवहन चर्चा के केंद्र में रहा।

संगठन की नींव अक्टूबर 2009 में इस्तांबुल में रखी गई थी, जहाँ चार देशों के नेताओं के पहले शिखर सम्मेलन में मूल समझौते पर मुहर लगी। नवंबर 2022 में उज़्बेकिस्तान के प्राचीन शहर समरकंद में हुए नौवें शिखर सम्मेलन में नया चार्टर अपनाया गया।

अप्रैल 2024 में अंकारा में संगठन और खाड़ी सहयोग परिषद का पहला संयुक्त शिखर सम्मेलन हुआ था, जो संगठन के अपने वार्षिक सम्मेलनों से अलग प्रारूप है। सितंबर 2024 में विदेश मंत्रियों की बैठक इस्तांबुल में हुई।

संगठन का अगला, 12वाँ, शिखर सम्मेलन 2025 में बिश्केक में होगा।
"""


def test_news_members_in_dashes_and_the_dateline_city():
    rows = _parse(NEWS_MEMBERS_AND_DATELINE)
    assert rows["documents"][0]["title"].startswith("बाकू में तुर्क राज्य संगठन")
    assert _parties(rows) == ["Turkey", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Azerbaijan"]
    assert _summits(rows) == [
        (2009, "इस्तांबुल", None, None, 1),  # month only, at the founding: 'जहाँ ... पहले शिखर सम्मेलन में'
        (2022, "समरकंद", None, None, 9),  # 'उज़्बेकिस्तान के प्राचीन शहर समरकंद में'
        (2023, "अस्ताना", "2023-11-03", None, 10),  # the date before the place
        (2024, "बाकू", "2024-11-06", None, 11),  # no place in the sentence: the dateline's, same day
    ]
    planned = [s for s in rows["summits"] if s["status"] == "planned"]
    assert [(s["year"], s["edition"]) for s in planned] == [(2025, 12)]
    dated_2024 = next(s for s in rows["summits"] if s["year"] == 2024)
    assert "बाकू, 6 नवंबर" in dated_2024["source_text"]  # the place is quoted where it came from
    left_out = [i for i in rows["parse_issues"] if i["reason"] == "not_a_summit"]
    assert [i["source_text"][:12] for i in left_out] == ["अप्रैल 2024 "]  # the joint summit: said why


NEWS_HOST_AND_ABSENTEES = """ग्वाटेमाला सिटी में मध्य अमेरिकी नेताओं का पाँचवाँ शिखर सम्मेलन ख़त्म, जलवायु कोष पर सहमति

निकारागुआ को न्योता न मिलने पर विवाद; तीन राष्ट्रपति नहीं आए

विदेश संवाददाता | ग्वाटेमाला सिटी, 14 मार्च

मध्य अमेरिकी देशों के नेताओं का "क्षेत्रीय शिखर सम्मेलन" शुक्रवार को यहाँ समाप्त हो गया। 12 से 14 मार्च 2025 तक चले इस पाँचवें शिखर सम्मेलन की मेज़बानी ग्वाटेमाला ने की, जो पहली बार इसका आयोजन कर रहा था।

मेज़बान ने निकारागुआ को आमंत्रित नहीं किया, जबकि होंडुरास, अल सल्वाडोर और बेलीज़ के राष्ट्रपति भी नहीं आए।

इस सिलसिले की शुरुआत मार्च 2013 में सैन होसे में हुए पहले शिखर सम्मेलन से हुई थी। अप्रैल 2019 में पनामा सिटी में हुआ चौथा सम्मेलन यादगार माना जाता है, क्योंकि उसमें जलवायु घोषणा अपनाई गई।

अगले सम्मेलन के स्थान और तारीख़ पर अभी फ़ैसला नहीं हुआ है। 2030 तक के लक्ष्य इस क्षेत्र के लिए सबसे बड़े सवाल रहेंगे।
"""


def test_news_hosts_non_invitees_and_absentees_are_no_parties():
    rows = _parse(NEWS_HOST_AND_ABSENTEES)
    assert _parties(rows) == []
    assert _summits(rows) == [
        (2013, "सैन होसे", None, None, 1),
        (2019, "पनामा सिटी", None, None, 4),  # a city named after its country
        (2025, "ग्वाटेमाला सिटी", "2025-03-12", "2025-03-14", 5),  # 'यहाँ': the dateline, within the range
    ]
    assert next(s for s in rows["summits"] if s["year"] == 2019)["city_en"] == "Panama City"


NEWS_OTHER_SERIES_AND_CANCELLED = """प्रशांत द्वीप नेताओं का तीसरा शिखर सम्मेलन सुवा में शुरू

सुवा, 21 मई (एजेंसी)। 21 मई 2025 को शुरू हुए इस तीसरे शिखर सम्मेलन में समोआ, टोंगा, वानुअतु और पापुआ न्यूगिनी के नेता भाग ले रहे हैं।

पहला सम्मेलन मई 2019 में होनियारा में हुआ था। 2021 में होने वाला सम्मेलन कोविड-19 महामारी के कारण नहीं हो सका। दूसरा सम्मेलन 2023 में वर्चुअल माध्यम से हुआ था।

इससे पहले 12 मई 2025 को नादी में विदेश मंत्रियों की बैठक हुई थी। 2024 में नुकुअलोफ़ा में प्रशांत द्वीप फ़ोरम (पीआईएफ़) के वार्षिक शिखर सम्मेलन की मेज़बानी टोंगा ने की थी, जो एक अलग मंच है।
"""


def test_news_other_series_ministers_and_cancelled_are_not_summits():
    rows = _parse(NEWS_OTHER_SERIES_AND_CANCELLED)
    assert _parties(rows) == ["Samoa", "Tonga", "Vanuatu", "Papua New Guinea"]
    assert _summits(rows) == [
        (2019, "होनियारा", None, None, 1),
        (2023, None, None, None, 2),
        (2025, "सुवा", "2025-05-21", None, 3),
    ]
    virtual = next(s for s in rows["summits"] if s["year"] == 2023)
    assert virtual["mode"] == "virtual"
    assert 2021 not in {s["year"] for s in rows["summits"] if s["status"] == "held"}  # "नहीं हो सका"


def test_a_dateline_is_a_city_and_a_day_without_a_year():
    lexicon = default_lexicon()
    dateline = find_dateline(["विशेष संवाददाता | नई दिल्ली, 29 अक्टूबर"], lexicon)
    assert (dateline.place.city, dateline.month, dateline.day) == ("नई दिल्ली", 10, 29)
    assert find_dateline(["टोक्यो (जापान), 24 मई (रॉयटर्स)। क्वाड नेताओं ने ..."], lexicon).place.city == "टोक्यो"
    # a press release's date line names the issuing office, not where a summit met
    assert find_dateline(["प्रविष्टि तिथि: ११ फ़रवरी, २०२५, ८:२० अपराह्न, पीआईबी दिल्ली"], lexicon) is None
    assert find_dateline(["नई दिल्ली, 12 मार्च 2024"], lexicon) is None


def test_a_dateline_places_only_a_summit_held_on_its_day():
    lexicon = default_lexicon()
    dateline = find_dateline(["बाकू, 6 नवंबर"], lexicon)
    title = "तुर्क राज्य संगठन का शिखर सम्मेलन"
    on_the_day = summits_in_sentence("संगठन का 11वाँ शिखर सम्मेलन 6 नवंबर 2024 को हुआ।", title, lexicon,
                                     dateline=dateline)
    assert [(m.place.city, m.edition) for m in on_the_day] == [("बाकू", 11)]
    another_day = summits_in_sentence("संगठन का 10वाँ शिखर सम्मेलन 3 नवंबर 2023 को हुआ।", title, lexicon,
                                      dateline=dateline)
    assert another_day == []


# --- press releases --------------------------------------------------------------------------

PRESS_VENUE_AND_CO_CHAIRS = """प्रधानमंत्री कार्यालय

प्रविष्टि तिथि: १२ सितंबर, २०२४, ७:१० अपराह्न, पीआईबी दिल्ली

प्रधानमंत्री ने वैश्विक जैव-ईंधन शिखर सम्मेलन की सह-अध्यक्षता की

प्रधानमंत्री श्री नरेन्द्र मोदी ने आज नई दिल्ली के भारत मंडपम में ब्राज़ील के राष्ट्रपति के साथ दूसरे वैश्विक जैव-ईंधन शिखर सम्मेलन के नेताओं के सत्र की सह-अध्यक्षता की। ११-१२ सितंबर, २०२४ को आयोजित इस सम्मेलन में चालीस देशों के प्रतिनिधियों ने भाग लिया। सह-अध्यक्ष के रूप में भारत और ब्राज़ील ने सम्मेलन का एजेंडा तैयार किया था।

पृष्ठभूमि:

जैव-ईंधन पर नेताओं के स्तर के शिखर सम्मेलनों की यह शृंखला २०२३ में शुरू हुई। अब तक के सम्मेलन:

(क) पहला सम्मेलन: ९-१० अक्टूबर, २०२३ — ब्रासीलिया, ब्राज़ील
(ख) दूसरा सम्मेलन: ११-१२ सितंबर, २०२४ — नई दिल्ली, भारत

भारत ने ५-६ दिसंबर, २०२३ को गोवा में अंतरराष्ट्रीय सौर गठबंधन (आईएसए) के वार्षिक शिखर सम्मेलन की मेज़बानी की थी। इस शृंखला का अगला शिखर सम्मेलन २०२५ में केन्या में आयोजित होगा।

***

एमजेपीएस/एसटी
"""


def test_press_release_venue_co_chairs_and_another_forum():
    rows = _parse(PRESS_VENUE_AND_CO_CHAIRS)
    assert rows["documents"][0]["title"] == "प्रधानमंत्री ने वैश्विक जैव-ईंधन शिखर सम्मेलन की सह-अध्यक्षता की"
    assert _parties(rows) == ["India", "Brazil"]
    assert _summits(rows) == [
        (2023, "ब्रासीलिया", "2023-10-09", "2023-10-10", 1),  # '(क) ... — CITY, COUNTRY'
        (2024, "नई दिल्ली", "2024-09-11", "2024-09-12", 2),  # 'नई दिल्ली के भारत मंडपम में': the city
    ]
    assert all(s["year"] != 2025 or s["status"] == "planned" for s in rows["summits"])


PRESS_PROSE_HISTORY = """विदेश मंत्रालय

प्रविष्टि तिथि: २८ जून, २०२४, ९:०० अपराह्न, पीआईबी दिल्ली

चौथा भारत–मध्य यूरोप शिखर सम्मेलन प्राग में संपन्न; ऊर्जा और रक्षा पर संयुक्त घोषणा

भारत और मध्य यूरोप के चार देशों — चेक गणराज्य, पोलैंड, स्लोवाकिया और हंगरी — के नेताओं ने २७-२८ जून, २०२४ को चेक गणराज्य की राजधानी प्राग में चौथे भारत–मध्य यूरोप शिखर सम्मेलन में भाग लिया। ऑस्ट्रिया ने पर्यवेक्षक के रूप में भाग लिया।

पृष्ठभूमि:

पहला शिखर सम्मेलन ३० नवंबर–१ दिसंबर २०१८ को वारसॉ में हुआ था। दूसरा शिखर सम्मेलन मई २०२० में बुडापेस्ट में होना था, लेकिन कोविड-१९ महामारी के कारण रद्द हो गया। तीसरा शिखर सम्मेलन ४ मार्च २०२२ को वर्चुअल माध्यम से आयोजित किया गया। इससे पहले जनवरी २०१७ में नई दिल्ली में विदेश मंत्रियों की पहली बैठक हुई थी।

पाँचवाँ भारत–मध्य यूरोप शिखर सम्मेलन २०२६ में नई दिल्ली में होगा।
"""


def test_press_release_summits_told_in_prose():
    rows = _parse(PRESS_PROSE_HISTORY)
    assert rows["documents"][0]["title"].startswith("चौथा भारत–मध्य यूरोप शिखर सम्मेलन")
    assert _parties(rows) == ["India", "Czech Republic", "Poland", "Slovakia", "Hungary"]
    assert _summits(rows) == [
        (2018, "वारसॉ", "2018-11-30", "2018-12-01", 1),  # a range across months
        (2022, None, "2022-03-04", None, 3),
        (2024, "प्राग", "2024-06-27", "2024-06-28", 4),
    ]
    statuses = {(s["year"], s["status"]) for s in rows["summits"]}
    assert (2020, "cancelled") in statuses and (2026, "planned") in statuses
    assert 2017 not in {s["year"] for s in rows["summits"]}


PRESS_MEMBERS_BY_ISO = """प्रधानमंत्री कार्यालय

प्रविष्टि तिथि: ९ फ़रवरी, २०२४, ६:३० अपराह्न, पीआईबी दिल्ली

तीसरा भारत–साहेल शिखर सम्मेलन नियामे में संपन्न

भारत और साहेल क्षेत्र के देशों — नाइजर, चाड, मॉरिटानिया और कोटे डी आइवर — के नेताओं ने ८-९ फ़रवरी, २०२४ को नाइजर की राजधानी नियामे में तीसरे भारत–साहेल शिखर सम्मेलन में भाग लिया। गिनी की खाड़ी में समुद्री सुरक्षा पर भी चर्चा हुई।
"""


def test_press_release_members_known_to_iso_3166_only():
    rows = _parse(PRESS_MEMBERS_BY_ISO)
    parties = {p["name"]: (p["name_en"], p["iso3"]) for p in rows["parties"]}
    assert parties["कोटे डी आइवर"] == ("Côte d'Ivoire", "CIV")
    assert "Guinea" not in _parties(rows)  # 'गिनी की खाड़ी' is a sea, not a listed member
    assert _summits(rows) == [(2024, "नियामे", "2024-02-08", "2024-02-09", 3)]


# --- the rules one at a time -------------------------------------------------------------------


def test_a_city_before_a_venue_is_the_place():
    lexicon = default_lexicon()
    assert find_place("पेरिस के ग्रां पैले में आयोजित सम्मेलन", lexicon).city == "पेरिस"
    assert find_place("नई दिल्ली के भारत मंडपम में हुए सम्मेलन", lexicon).city == "नई दिल्ली"
    assert find_place("भारत मंडपम, नई दिल्ली में आयोजित सम्मेलन", lexicon).city == "नई दिल्ली"
    assert find_place("नई दिल्ली के विज्ञान भवन में आयोजित सम्मेलन", lexicon).city == "नई दिल्ली"
    assert find_place("जोहान्सबर्ग के सैंडटन कन्वेंशन सेंटर में 15वें सम्मेलन की मेज़बानी की", lexicon).city == "जोहान्सबर्ग"


def test_an_ordinal_entry_takes_the_place_after_its_date():
    entries = read_entries(Line(1, "(ग) तीसरा सम्मेलन: ३१ अगस्त-२ सितंबर, २०२३ — अक्रा, घाना"))
    assert [(e.edition, e.place.city, e.period.label) for e in entries] == [(3, "अक्रा", "2023-08-31/2023-09-02")]
    virtual = read_entries(Line(2, "(घ) चौथा सम्मेलन: ९ दिसंबर, २०२० — वीडियो कॉन्फ़्रेंस के माध्यम से (वर्चुअल)"))
    assert virtual[0].place is None


def test_a_dateline_above_the_headline_is_not_the_title():
    rows = _parse("""विशेष संवाददाता | जोहान्सबर्ग, 24 अगस्त

जोहान्सबर्ग में ब्रिक्स का 15वाँ शिखर सम्मेलन संपन्न, छह नए सदस्य

समूह का 15वाँ शिखर सम्मेलन 22 से 24 अगस्त 2023 तक चला।
""")
    assert rows["documents"][0]["title"] == "जोहान्सबर्ग में ब्रिक्स का 15वाँ शिखर सम्मेलन संपन्न, छह नए सदस्य"
    assert _summits(rows) == [(2023, "जोहान्सबर्ग", "2023-08-22", "2023-08-24", 15)]


def test_release_lines_above_the_headline_are_not_the_title():
    rows = _parse("""भारत सरकार
Posted On: 11 FEB 2025 8:20PM by PIB Delhi

प्रधानमंत्री ने पेरिस में एआई एक्शन शिखर सम्मेलन की सह-अध्यक्षता की

प्रधानमंत्री ने आज, ११ फ़रवरी, २०२५ को पेरिस के ग्रां पैले में एआई एक्शन शिखर सम्मेलन के नेताओं के सत्र की सह-अध्यक्षता की।
""")
    assert rows["documents"][0]["title"] == "प्रधानमंत्री ने पेरिस में एआई एक्शन शिखर सम्मेलन की सह-अध्यक्षता की"
    assert _summits(rows) == [(2025, "पेरिस", "2025-02-11", None, None)]  # chaired: it met


def test_a_host_city_as_the_subject_and_a_city_reached_for_the_summit():
    lexicon = default_lexicon()
    title = "ब्रिक्स शिखर सम्मेलन: प्रधानमंत्री कज़ान पहुँचे"
    hosted = summits_in_sentence("जोहान्सबर्ग ने 2023 में 15वें शिखर सम्मेलन की मेज़बानी की थी।", title, lexicon)
    assert [(m.period.year, m.place.city, m.edition) for m in hosted] == [(2023, "जोहान्सबर्ग", 15)]
    # a country hosting names no city: no summit without a place
    assert summits_in_sentence("भारत ने 2016 में आठवें शिखर सम्मेलन की मेज़बानी की थी।", title, lexicon) == []
    reached = summits_in_sentence(
        "प्रधानमंत्री 22 अक्टूबर 2024 को 16वें शिखर सम्मेलन में भाग लेने के लिए कज़ान पहुँचे।", title, lexicon)
    # the day of arrival is not the summit's day: only its year
    assert [(m.period.label, m.place.city, m.edition) for m in reached] == [("2024", "कज़ान", 16)]


# --- parties named in running text --------------------------------------------------------------


def test_organisations_listed_as_partners_and_one_country_said_to_be_a_member():
    lexicon = default_lexicon()
    from pipeline.parse.parties import member_names, one_member, pair_between

    assert member_names("इसके भागीदारों में आज 40 देश और दो क्षेत्रीय संगठन — यूरोपीय संघ तथा आसियान सचिवालय — "
                        "शामिल हैं।", lexicon) == ["यूरोपीय संघ", "आसियान"]
    # two names without a member cue are no list of members
    assert member_names("यूरोपीय संघ और आसियान ने व्यापार पर बात की।", lexicon) == []
    title = "एशिया-यूरोप बैठक"
    assert one_member("सदस्यता बढ़ी और भारत 2008 के सम्मेलन से असेम का पूर्ण भागीदार है।", title, lexicon) == "भारत"
    assert one_member("G20 और APEC अलग मंच हैं; भारत G20 का सदस्य है, APEC का नहीं।", title, lexicon) is None
    assert one_member("जापान इसका सदस्य नहीं है।", title, lexicon) is None
    assert pair_between("यह अफ्रीकी संघ और यूरोपीय संघ के सदस्य देशों के नेताओं की बैठक है।", lexicon) == [
        "अफ्रीकी संघ", "यूरोपीय संघ"]


def test_a_date_that_names_another_summit_of_the_sentence_is_not_borrowed():
    lexicon = default_lexicon()
    title = "एशिया-यूरोप बैठक"  # a series named a meeting: its बैठकें are its summits
    found = summits_in_sentence("हेलसिंकी बैठक में छह नए भागीदारों को शामिल करने का निर्णय हुआ और भारत 2008 के "
                                "बीजिंग सम्मेलन से इसका पूर्ण भागीदार है।", title, lexicon)
    assert found == []  # the Helsinki meeting has no date of its own; 2008 is Beijing's


def test_a_summit_with_a_virtual_and_an_in_person_session_has_no_mode():
    entries = read_entries(Line(1, "२. दूसरा शिखर सम्मेलन — २१-२२ मई, २०२४, सियोल, दक्षिण कोरिया; पहले दिन नेताओं का सत्र "
                                   "वर्चुअल माध्यम से और दूसरे दिन मंत्रियों का सत्र आमने-सामने हुआ"))
    from pipeline.parse.layout.summits import summit_mode
    assert summit_mode(entries[0].description, entries[0].place) == "unknown"


def test_here_in_a_report_filed_from_a_city_is_that_city():
    lexicon = default_lexicon()
    dateline = find_dateline(["नई दिल्ली (एजेंसी): भारत ने आज ..."], lexicon)
    assert (dateline.place.city, dateline.day) == ("नई दिल्ली", None)
    assert find_dateline(["क्या है: भारत, ब्राज़ील और दक्षिण अफ्रीका का मंच"], lexicon) is None  # not a city
    found = summits_in_sentence("यहाँ 9-10 सितंबर 2023 को आयोजित 18वें शिखर सम्मेलन में 20 देशों ने भाग लिया।",
                                "जी-20 शिखर सम्मेलन", lexicon, dateline=dateline)
    assert [(m.place.city, m.edition, m.place_text) for m in found] == [("नई दिल्ली", 18, "नई दिल्ली (एजेंसी)")]



def test_a_summit_called_a_separate_forum_with_an_adjective_between_is_another_series():
    from pipeline.parse.prose import names_other_series
    lexicon = default_lexicon()
    title = "भारत–जापान शिखर वार्ता"
    assert names_other_series("2023 में टोक्यो में एआई सुरक्षा शिखर सम्मेलन हुआ, जो एक अलग बहुपक्षीय मंच है",
                              title, lexicon)
    assert not names_other_series("2023 में टोक्यो में शिखर सम्मेलन हुआ, जिसमें अलग-अलग मुद्दों पर बात हुई",
                                  title, lexicon)


ARTICLE_SPAN_OF_YEARS = """नीलगिरि मंच शिखर सम्मेलन

नीलगिरि मंच शिखर सम्मेलन सदस्य देशों के नेताओं की बैठक है।

इतिहास

पहला शिखर सम्मेलन 2004 में ढाका में हुआ। जकार्ता सम्मेलन में सहयोग के दूसरे दशक (2010–2020) के रोडमैप को मंज़ूरी मिली, जबकि चार्टर पर काहिरा सम्मेलन में हस्ताक्षर हुए।
"""


def test_a_year_in_a_span_of_years_is_no_summit():
    assert [s[0] for s in _summits(_parse(ARTICLE_SPAN_OF_YEARS))] == [2004]


# --- how news reports and press releases chain, gap and qualify summits in one sentence ------

_SERIES = "मेकांग-गंगा शिखर सम्मेलन: नेताओं ने संपर्क योजना अपनाई"


def _held_in(sentence: str, **kwargs) -> list[tuple]:
    return [(m.period.label, m.place.city if m.place else None, m.edition, m.mode)
            for m in summits_in_sentence(sentence, _SERIES, default_lexicon(), **kwargs) if m.status == "held"]


def test_an_elided_next_summit_after_a_numbered_one_is_held_and_keeps_its_own_place():
    sentence = ("पहला शिखर सम्मेलन 4-5 नवंबर 2006 को मैड्रिड में हुआ था, और दूसरा 3-4 सितंबर 2009 को फिर "
                "बीजिंग में, जहाँ नई योजना अपनाई गई।")
    assert _held_in(sentence) == [("2006-11-04/2006-11-05", "मैड्रिड", 1, "in_person"),
                                  ("2009-09-03/2009-09-04", "बीजिंग", 2, "in_person")]
    planned = "पहला शिखर सम्मेलन 2006 में मैड्रिड में हुआ था, और दूसरा 2027 में बीजिंग में होगा।"
    assert _held_in(planned) == [("2006", "मैड्रिड", 1, "in_person")]


def test_a_list_of_numbered_summits_shares_its_last_verb():
    sentence = "इसके बाद दूसरा शिखर सम्मेलन नवंबर 2016 में मैड्रिड में और तीसरा शिखर सम्मेलन 8-9 मार्च 2018 को बीजिंग में हुआ।"
    assert _held_in(sentence) == [("2016-11", "मैड्रिड", 2, "in_person"), ("2018-03-08/2018-03-09", "बीजिंग", 3, "in_person")]
    assert _held_in("दूसरा शिखर सम्मेलन 2016 में मैड्रिड में और तीसरा शिखर सम्मेलन 2028 में बीजिंग में होगा।") == []


def test_a_month_year_after_the_word_target_is_a_date_but_a_bare_year_is_a_name():
    sentence = "यह लक्ष्य सितंबर 2014 में लिस्बन में हुए शिखर सम्मेलन में तय किए गए दिशानिर्देश से आगे है।"
    assert _held_in(sentence) == [("2014-09", "लिस्बन", None, "in_person")]
    assert _held_in("लिस्बन में हुए शिखर सम्मेलन में लक्ष्य 2030 तय किया गया।") == []


def test_a_summit_told_as_a_point_in_time_counts_only_with_its_participle_of_holding():
    held = "8-9 दिसंबर 2014 को मैड्रिड में हुए 24वें सम्मेलन के बाद से ये हर दो साल में होते हैं।"
    assert _held_in(held) == [("2014-12-08/2014-12-09", "मैड्रिड", 24, "in_person")]
    assert _held_in("2015 के नई दिल्ली सम्मेलन के बाद दोनों पक्षों के संबंध गहरे हुए।") == []


def test_a_tradition_begun_with_a_held_summit_states_that_summit():
    sentence = "शिखर सम्मेलनों की परंपरा 23-24 अक्टूबर 2019 को सोची शहर में हुए पहले शिखर सम्मेलन से शुरू हुई।"
    assert _held_in(sentence) == [("2019-10-23/2019-10-24", "सोची", 1, "in_person")]
    assert _held_in("बीजिंग में शिखर सम्मेलन 2006 से शुरू हुए।") == []


def test_the_next_sentence_saying_this_summit_met_online_gives_the_mode():
    sentence = "प्रधानमंत्री ने आज, 15 जुलाई 2020 को यूरोपीय नेताओं के साथ 15वें शिखर सम्मेलन में भाग लिया।"
    online = "कोविड-19 महामारी के कारण यह शिखर सम्मेलन वीडियो कॉन्फ़्रेंस के माध्यम से, वर्चुअल प्रारूप में आयोजित किया गया।"
    assert _held_in(sentence, next_sentence=online) == [("2020-07-15", None, 15, "virtual")]
    assert _held_in(sentence) == []
    assert _held_in(sentence, next_sentence="अगला शिखर सम्मेलन वर्चुअल प्रारूप में होगा।") == []


def test_a_ministerial_meeting_in_a_clause_before_jabki_does_not_hide_the_summit():
    sentence = ("इस मंच की नींव 2012 में नई दिल्ली में हुई विदेश मंत्रियों की पहली बैठक में पड़ी थी, जबकि नेताओं के "
                "स्तर पर पहला शिखर सम्मेलन 12-13 फ़रवरी 2014 को लिस्बन में आयोजित हुआ।")
    assert _held_in(sentence) == [("2014-02-12/2014-02-13", "लिस्बन", 1, "in_person")]


def test_a_proposal_that_a_summit_be_held_is_planned():
    sentence = "नेताओं ने इस प्रस्ताव का स्वागत किया कि सातवाँ शिखर सम्मेलन 2027 में लिस्बन में आयोजित किया जाए।"
    assert _held_in(sentence) == []
    assert [m.status for m in summits_in_sentence(sentence, _SERIES, default_lexicon())] == ["planned"]


def test_a_summit_put_off_and_then_held_takes_the_later_day_and_place():
    sentence = ("मैड्रिड में नवंबर 2020 में होने वाला 27वाँ सम्मेलन टल गया और आख़िरकार 21 अप्रैल 2021 को लिस्बन में "
                "हाइब्रिड प्रारूप में हुआ।")
    assert _held_in(sentence) == [("2021-04-21", "लिस्बन", 27, "unknown")]
    assert _held_in("मैड्रिड में नवंबर 2020 में होने वाला 27वाँ सम्मेलन टल गया और अब 2021 में लिस्बन में होगा।") == []


EMBASSY_RELEASE = """भारत में रूसी संघ का दूतावास

प्रेस विज्ञप्ति

नई दिल्ली, 29 जुलाई 2023

दूसरा रूस–अफ्रीका शिखर सम्मेलन सेंट पीटर्सबर्ग में संपन्न

दूसरा रूस–अफ्रीका शिखर सम्मेलन 27-28 जुलाई 2023 को सेंट पीटर्सबर्ग में सफलतापूर्वक संपन्न हुआ।

सहयोग के प्रमुख क्षेत्र:

- सुरक्षा सहयोग: आतंकवाद के विरुद्ध
- आर्थिक सहयोग: व्यापार में राष्ट्रीय मुद्राओं का उपयोग

रूस–अफ्रीका शिखर सम्मेलनों की परंपरा 23-24 अक्टूबर 2019 को सोची शहर में हुए पहले रूस–अफ्रीका शिखर सम्मेलन से शुरू हुई।
"""


def test_an_embassy_release_has_its_headline_as_title_and_a_list_section_paragraph_is_read():
    rows = _parse(EMBASSY_RELEASE)
    assert rows["documents"][0]["title"].startswith("दूसरा रूस–अफ्रीका शिखर सम्मेलन")
    assert _summits(rows) == [(2019, "सोची", "2019-10-23", "2019-10-24", 1),
                              (2023, "सेंट पीटर्सबर्ग", "2023-07-27", "2023-07-28", 2)]


def test_an_undated_summit_with_its_place_after_the_noun_lends_it_to_this_summit_next():
    text = """मेकांग-गंगा शिखर सम्मेलन लिस्बन में संपन्न

नेताओं का नौवाँ मेकांग-गंगा शिखर सम्मेलन शुक्रवार को पुर्तगाल की राजधानी लिस्बन में संपन्न हो गया। 14-15 नवंबर 2024 को हुए इस सम्मेलन की मेज़बानी प्रधानमंत्री ने की।
"""
    assert _summits(_parse(text)) == [(2024, "लिस्बन", "2024-11-14", "2024-11-15", 9)]


def test_the_next_summit_of_a_story_told_in_the_past_was_held():
    assert _held_in("महामारी के दौरान 22 जून 2020 को हुई अगली शिखर बैठक वीडियो कॉन्फ़्रेंस के ज़रिए हुई।") == [
        ("2020-06-22", None, None, "virtual")]
    assert _held_in("अगली शिखर बैठक 22 जून 2026 को वीडियो कॉन्फ़्रेंस के ज़रिए होगी।") == []


def test_a_summit_put_off_and_held_later_in_the_same_sentence_is_both_mentions():
    sentence = ("दूसरा शिखर सम्मेलन मैड्रिड में 2020 के वसंत में होना था, लेकिन महामारी के कारण उसे स्थगित कर दिया "
                "गया; अंततः 9 दिसंबर 2020 को दूसरा शिखर सम्मेलन वीडियो कॉन्फ़्रेंस के माध्यम से हुआ।")
    mentions = summits_in_sentence(sentence, _SERIES, default_lexicon())
    assert sorted((m.status, m.period.label, m.mode) for m in mentions) == [
        ("cancelled", "2020", "in_person"), ("held", "2020-12-09", "virtual")]


def test_a_series_that_began_with_its_first_summit_states_that_summit():
    sentence = "सम्मेलनों की शृंखला 4-5 जुलाई 2022 को लिस्बन में पहले सम्मेलन के साथ शुरू हुई थी।"
    assert _held_in(sentence) == [("2022-07-04/2022-07-05", "लिस्बन", 1, "in_person")]
    assert _held_in("सम्मेलनों की शृंखला 2022 में लिस्बन में सम्मेलन के साथ शुरू हुई थी।") == []


def test_a_when_clause_summit_takes_the_place_of_the_clause_before():
    sentence = ("शिखर स्तर की वार्ता की शुरुआत अप्रैल 1998 में लिस्बन में हुई थी, जब पहला शिखर सम्मेलन एक "
                "अन्य बैठक के साथ आयोजित किया गया।")
    assert _held_in(sentence) == [("1998-04", "लिस्बन", 1, "in_person")]
