"""Sentence shapes of news reports and press releases, one genre-level cause per test.

Every document here is small and invented (plausible, not checked against reality). Each
test pairs a shape the parser must read (positive) with a look-alike it must leave out
(negative), so a rule that reads too much or too little fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.parse import DocumentRejected, parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.prose import find_dateline, find_release_date, summits_in_sentence
from pipeline.parse.layout.structure import Line, is_preamble
from pipeline.parse.layout.summits import find_place, hosted_by, read_entries
from pipeline.parse.language.text import split_sentences

LEXICON = default_lexicon()


def _parse(text: str):
    return parse_document("t", text).rows


def _held(rows) -> list[tuple]:
    return sorted(((s["year"], s["city"], s["date"], s["date_end"], s["edition"])
                   for s in rows["summits"] if s["status"] == "held"), key=lambda s: tuple(str(v) for v in s))


def _years(sentence: str, title: str) -> list[tuple]:
    return [(m.period.year, m.place.city if m.place else None, m.edition, m.status)
            for m in summits_in_sentence(sentence, title, LEXICON)]


# --- abbreviations: a full stop that does not end the sentence --------------------------------

def test_a_full_stop_after_an_initial_or_a_short_form_does_not_split_the_sentence():
    assert split_sentences("राष्ट्रपति जॉन एफ. केनेडी ने वॉशिंगटन डी.सी. में बैठक की मेज़बानी की। फिर सब लौटे।") == [
        "राष्ट्रपति जॉन एफ. केनेडी ने वॉशिंगटन डी.सी. में बैठक की मेज़बानी की।", "फिर सब लौटे।",
    ]
    # a full stop after a word is still a sentence's end
    assert split_sentences("सम्मेलन सफल रहा. अगला वाक्य है. डॉ. वर्मा बोले") == [
        "सम्मेलन सफल रहा.", "अगला वाक्य है.", "डॉ. वर्मा बोले",
    ]


def test_a_city_with_a_dotted_short_form_after_it_is_the_city():
    place = find_place("12 मार्च 2019 को वॉशिंगटन डी.सी. में", LEXICON)
    assert place is not None and place.city == "वॉशिंगटन"
    assert find_place("12 मार्च 2019 को डी.सी. में", LEXICON) is None  # the short form alone names nothing known


# --- press releases: the issuer's line above the headline -------------------------------------

RELEASE_FROM_AN_EMBASSY = """कनाडा का उच्चायोग, नई दिल्ली

प्रेस विज्ञप्ति | जारी करने की तिथि: ८ जून, २०१९

कनाडा-कैरिकॉम नेताओं का तीसरा शिखर सम्मेलन ओटावा में संपन्न

प्रधानमंत्री जे. स्मिथ ने ६-७ जून, २०१९ को ओटावा में कनाडा-कैरिकॉम नेताओं के तीसरे शिखर सम्मेलन की मेज़बानी की। सम्मेलन में व्यापार पर चर्चा हुई।

पृष्ठभूमि:

कनाडा-कैरिकॉम नेताओं का पहला शिखर सम्मेलन ३-४ मई, २०११ को टोरंटो में हुआ था। अगला सम्मेलन २०२२ में होगा।
"""


def test_an_issuer_line_with_its_city_is_not_the_headline():
    assert is_preamble("कनाडा का उच्चायोग, नई दिल्ली")
    assert is_preamble("विदेश मंत्रालय")
    assert not is_preamble("कनाडा-कैरिकॉम नेताओं का तीसरा शिखर सम्मेलन ओटावा में संपन्न")
    assert not is_preamble("दूतावास के बाहर प्रदर्शन, पुलिस ने भीड़ हटाई और कई लोग हिरासत में लिए गए")


def test_release_from_an_embassy_reads_its_headline_and_sentences():
    rows = _parse(RELEASE_FROM_AN_EMBASSY)
    assert rows["documents"][0]["title"] == "कनाडा-कैरिकॉम नेताओं का तीसरा शिखर सम्मेलन ओटावा में संपन्न"
    assert _held(rows) == [
        (2011, "टोरंटो", "2011-05-03", "2011-05-04", 1),
        (2019, "ओटावा", "2019-06-06", "2019-06-07", 3),  # 'जे. स्मिथ' does not end the sentence
    ]
    assert 2022 not in [s["year"] for s in rows["summits"] if s["status"] == "held"]  # 'अगला ... होगा'


# --- a summit's own shapes in running news prose ------------------------------------------------

SERIES = "मध्य एशिया मंच शिखर सम्मेलन: नेताओं ने व्यापार गलियारे पर सहमति दी"


def test_something_begun_at_a_summit_that_took_place_keeps_the_summit():
    assert _years("युद्ध के बाद पहल को गति मिली और 7 मई 2009 को ताशकंद में हुए पहले शिखर सम्मेलन में "
                  "मंच की औपचारिक शुरुआत हुई।", SERIES) == [(2009, "ताशकंद", 1, "held")]
    # the summits themselves beginning in a year is no single summit
    assert _years("मंच के शिखर सम्मेलन 2009 से ताशकंद में शुरू हुए।", SERIES) == []


def test_two_ordinals_share_one_noun_and_verb():
    sentence = "इसके बाद 21-22 मई 2015 को ताशकंद में चौथा और 24 नवंबर 2017 को अस्ताना में पाँचवाँ सम्मेलन हुआ।"
    assert sorted(_years(sentence, SERIES)) == [(2015, "ताशकंद", 4, "held"), (2017, "अस्ताना", 5, "held")]
    planned = "2027 में ताशकंद में नौवाँ और 2028 में अस्ताना में दसवाँ सम्मेलन होगा।"
    assert all(status == "planned" for *_, status in _years(planned, SERIES))
    # an ordinal that follows no date or place ('भारत का चौथा') is not a summit of its own
    assert _years("यह भारत का चौथा और 24 नवंबर 2017 को अस्ताना में पाँचवाँ सम्मेलन हुआ।", SERIES) == [
        (2017, "अस्ताना", 5, "held")]


ONGOING_NEWS = """मध्य एशिया मंच शिखर सम्मेलन: नेताओं ने व्यापार गलियारे पर सहमति दी

हमारे संवाददाता | अस्ताना, 5 सितंबर

4 से 6 सितंबर 2024 तक चल रहा यह सम्मेलन मंच का चौथा शिखर सम्मेलन है और इसमें पाँच देशों के नेता हिस्सा ले रहे हैं।

मंच का पहला शिखर सम्मेलन 2 मार्च 2018 को ताशकंद में हुआ था।
"""


def test_a_summit_going_on_as_the_report_is_filed_is_held_where_the_dateline_says():
    rows = _parse(ONGOING_NEWS)
    assert _held(rows) == [(2018, "ताशकंद", "2018-03-02", None, 1), (2024, "अस्ताना", "2024-09-04", "2024-09-06", 4)]
    # the same words for a summit to come are a plan
    to_come = ONGOING_NEWS.replace("तक चल रहा यह सम्मेलन मंच का चौथा शिखर सम्मेलन है", "को होने वाला यह सम्मेलन मंच का चौथा शिखर सम्मेलन होगा")
    assert [s[0] for s in _held(_parse(to_come))] == [2018]


def test_a_summit_said_to_be_the_series_nth_met_even_without_a_city():
    assert _years("2024 का अपुलिया सम्मेलन समूह का 50वाँ शिखर सम्मेलन था।", SERIES) == [(2024, None, 50, "held")]
    # without a number the sentence only describes it; with होगा it is to come
    assert _years("2024 का अपुलिया सम्मेलन समूह का सबसे बड़ा शिखर सम्मेलन था।", SERIES) == []
    assert [s for *_, s in _years("2026 का एवियन सम्मेलन समूह का 52वाँ शिखर सम्मेलन होगा।", SERIES)] in ([], ["planned"])


# --- editions ---------------------------------------------------------------------------------

def test_an_ordinal_after_held_in_a_city_on_a_day_numbers_the_summit():
    sentence = ("प्रतिनिधिमंडल ने 10-11 जुलाई 2025 को इटली की राजधानी रोम में आयोजित चौथे मध्य एशिया मंच "
                "शिखर सम्मेलन में भाग लिया।")
    assert _years(sentence, SERIES) == [(2025, "रोम", 4, "held")]
    # in a country ('भारत में आयोजित पहला ...') or without a day the ordinal only qualifies the place
    assert [e for _, _, e, _ in _years("प्रधानमंत्री ने 9 सितंबर 2023 को भारत में आयोजित पहले मध्य एशिया मंच "
                                       "शिखर सम्मेलन में भाग लिया।", SERIES)] == [None]
    assert _years("प्रतिनिधिमंडल ने जुलाई 2025 में रोम में आयोजित पहले मध्य एशिया मंच शिखर सम्मेलन में भाग लिया।",
                  SERIES) == [(2025, "रोम", None, "held")]


def test_leaders_who_met_for_the_nth_summit_give_its_edition():
    assert _years("चार साल बाद दोनों पक्षों के नेता 7 दिसंबर 2023 को बीजिंग में 24वें शिखर सम्मेलन के लिए "
                  "आमने-सामने मिले।", SERIES) == [(2023, "बीजिंग", 24, "held")]
    assert _years("चार साल बाद दोनों पक्षों के नेता 7 दिसंबर 2023 को बीजिंग में व्यापार वार्ता के लिए मिले।",
                  SERIES) == [(2023, "बीजिंग", None, "held")]


# --- hosts and who joined online -----------------------------------------------------------------

def test_a_host_country_places_a_summit_without_a_city_and_one_party_online_is_no_mode():
    rows = _parse("""मध्य एशिया मंच शिखर सम्मेलन: नेताओं ने व्यापार गलियारे पर सहमति दी

2021 में कज़ाखस्तान की मेज़बानी में हुए शिखर सम्मेलन के आउटरीच सत्रों में भारत वर्चुअल माध्यम से शामिल हुआ था।

22 जून 2020 को नेताओं का शिखर सम्मेलन वीडियो कॉन्फ्रेंस के ज़रिए हुआ।
""")
    held = {s["year"]: (s["city"], s["mode"]) for s in rows["summits"] if s["status"] == "held"}
    assert held[2021][0] is None and held[2021][1] != "virtual"  # 'आउटरीच सत्रों' is no city
    assert held[2020] == (None, "virtual")  # the meeting itself by video conference


def test_a_host_named_before_mezbani_is_the_place_only_when_known():
    place = hosted_by("2021 में कज़ाखस्तान की मेज़बानी में हुए", LEXICON)
    assert place is not None and place.kind == "country" and place.city is None
    place = hosted_by("2019 में ताशकंद की मेज़बानी में हुए", LEXICON)
    assert place is not None and place.city == "ताशकंद"
    assert hosted_by("2021 में मंत्री की मेज़बानी में हुए", LEXICON) is None  # a person hosts no place
    assert hosted_by("2021 में कज़ाखस्तान की अध्यक्षता में हुए", LEXICON) is None  # chairing is not hosting


# --- where: capitals, towns and directions ---------------------------------------------------------

def test_the_capital_of_a_region_is_the_city_not_a_venue_in_the_region():
    place = find_place("8-9 मार्च 2018 को गोवा की राजधानी पणजी में हुआ", LEXICON)
    assert place is not None and place.city == "पणजी"
    place = find_place("नई दिल्ली के विज्ञान भवन में हुआ", LEXICON)  # a venue in a known city stays that city
    assert place is not None and place.city == "नई दिल्ली"


def test_a_direction_from_a_city_is_not_that_city():
    place = find_place("4-5 अक्टूबर 2024 को पेरिस के उत्तर में स्थित ऐतिहासिक क़स्बे विलेर-कोटरे में संपन्न हुआ।", LEXICON)
    assert place is not None and place.city == "विलेर-कोटरे"
    assert find_place("सम्मेलन पेरिस के उत्तर में हुआ।", LEXICON) is None
    place = find_place("सम्मेलन पेरिस के ग्रां पैले में हुआ।", LEXICON)  # a building in Paris is Paris
    assert place is not None and place.city == "पेरिस"


# --- press releases: 'आज' is the release's day -------------------------------------------------------

RELEASE_TODAY = """विदेश मंत्रालय

प्रविष्टि तिथि: 12 दिसंबर 2024 8:15PM by PIB Delhi

भारत-नॉर्डिक शिखर सम्मेलन में प्रधानमंत्री की भागीदारी

प्रधानमंत्री श्री नरेन्द्र मोदी ने आज ओस्लो में आयोजित तीसरे भारत-नॉर्डिक शिखर सम्मेलन में भाग लिया। शिखर सम्मेलन में डेनमार्क, फ़िनलैंड, आइसलैंड, नॉर्वे और स्वीडन के प्रधानमंत्री शामिल हुए।

2. पहला भारत-नॉर्डिक शिखर सम्मेलन अप्रैल 2018 में स्टॉकहोम में आयोजित किया गया था।
"""


def test_today_in_a_press_release_is_the_day_of_its_date_line():
    rows = _parse(RELEASE_TODAY)
    assert _held(rows) == [(2018, "स्टॉकहोम", None, None, 1), (2024, "ओस्लो", "2024-12-12", None, 3)]
    # without a date line, 'आज' dates nothing, so the sentence gives no summit
    undated = RELEASE_TODAY.replace("प्रविष्टि तिथि: 12 दिसंबर 2024 8:15PM by PIB Delhi\n\n", "")
    assert [s[0] for s in _held(_parse(undated))] == [2018]


# --- several summits in one phrase -------------------------------------------------------------------

def test_years_coordinated_before_one_noun_are_one_summit_each():
    assert sorted(_years("2019, 2020 और 2021 के सम्मेलन वर्चुअल रूप से आयोजित किए गए थे।", SERIES)) == [
        (2019, None, None, "held"), (2020, None, None, "held"), (2021, None, None, "held")]
    assert _years("2019 और 2021 के बीच सम्मेलन वर्चुअल रूप से आयोजित किए गए थे।", SERIES) == []  # a span
    assert _years("2020 और 2021 के सम्मेलन नहीं हो सके।", SERIES) == []  # not held


# --- a visit, then 'जहाँ' ---------------------------------------------------------------------------

def test_the_city_visited_is_where_the_summit_of_the_where_clause_met():
    sentence = ("प्रधानमंत्री ने 8-9 जुलाई 2024 को मॉस्को की आधिकारिक यात्रा की, जहाँ उन्होंने राष्ट्रपति के साथ "
                "22वें मध्य एशिया मंच शिखर सम्मेलन में भाग लिया।")
    assert _years(sentence, SERIES) == [(2024, "मॉस्को", 22, "held")]
    # a country visited names no city
    assert _years(sentence.replace("मॉस्को की", "रूस की"), SERIES) == []


# --- leaders' meetings -----------------------------------------------------------------------------------

def test_a_meeting_of_the_leaders_is_a_summit_and_its_ordinal_its_edition():
    assert _years("मंच के नेताओं की पहली बैठक फ़रवरी 1976 में इंडोनेशिया के बाली में हुई थी।", SERIES) == [
        (1976, "बाली", 1, "held")]
    # the leaders of another grouping met at another series' summit
    assert _years("आसियान नेताओं की पहली बैठक फ़रवरी 1976 में इंडोनेशिया के बाली में हुई थी।", SERIES) == []
    assert _years("विदेश मंत्रियों की पहली बैठक फ़रवरी 1976 में बाली में हुई थी।", SERIES) == []
    assert _years("नेताओं की बैठक के बाद फ़रवरी 1976 में बाली में घोषणा जारी हुई।", SERIES) == []


def test_a_meeting_of_the_heads_of_state_or_their_council_is_a_summit():
    assert _years("मंच के राष्ट्राध्यक्षों की परिषद की 24वीं बैठक 3-4 जुलाई 2024 को अस्ताना में हुई।", SERIES) == [
        (2024, "अस्ताना", 24, "held")]
    assert _years("मंच के विदेश मंत्रियों की परिषद की बैठक 3 जुलाई 2024 को अस्ताना में हुई।", SERIES) == []


def test_a_semicolon_after_the_noun_ends_its_clause():
    # a timeline line: the verb after ';' is about a forum, not the meeting
    assert _years("1992: अंकारा में तुर्क भाषी देशों के राष्ट्राध्यक्षों की पहली बैठक; यह मंच 2010 तक चला।", SERIES) == []
    # a comma does not: the relative clause goes on about the same summit
    assert _years("सबसे चर्चित रहा तीसरा सम्मेलन, जो 28-29 नवंबर 2013 को विलनियस में आयोजित हुआ।", SERIES) == [
        (2013, "विलनियस", 3, "held")]


# --- status: who stayed away, what was organised ------------------------------------------------------

def test_a_leader_staying_away_does_not_cancel_the_summit():
    assert _years("3-4 जुलाई 2024 को अस्ताना में हुए शिखर सम्मेलन में प्रधानमंत्री शामिल नहीं हुए।", SERIES) == [
        (2024, "अस्ताना", None, "held")]
    assert _years("जुलाई 2024 में अस्ताना में होने वाला शिखर सम्मेलन नहीं हुआ।", SERIES) in ([], [
        (2024, "अस्ताना", None, "cancelled")])


def test_the_organising_of_a_summit_told_in_the_past_means_it_met():
    assert _years("सम्मेलन का आयोजन 2025 में चीन के तियानजिन में किया गया।", SERIES) == [
        (2025, "तियानजिन", None, "held")]
    assert _years("सम्मेलन का आयोजन 2026 में किर्गिज़स्तान के बिश्केक में किया जाएगा।", SERIES) == [
        (2026, "बिश्केक", None, "planned")]


def test_a_list_goes_on_after_a_clause_that_ended_with_its_verb():
    assert sorted(_years("पहला शिखर सम्मेलन 2004 में बैंकॉक में हुआ था और दूसरा 2008 में नई दिल्ली में।", SERIES)) == [
        (2004, "बैंकॉक", 1, "held"), (2008, "नई दिल्ली", 2, "held")]
    # the second's own verb decides only the second; the first keeps 'हुआ था'
    assert sorted(_years("पहला शिखर सम्मेलन 2004 में बैंकॉक में हुआ था और दूसरा 2008 में नई दिल्ली में होगा।", SERIES)) == [
        (2004, "बैंकॉक", 1, "held"), (2008, "नई दिल्ली", 2, "planned")]
    # 'दूसरा दिन' is a day of the first summit, not a second summit
    assert _years("पहला शिखर सम्मेलन 2004 में बैंकॉक में हुआ था और दूसरा दिन 5 जून 2004 को बैंकॉक में "
                  "व्यापार पर केंद्रित रहा।", SERIES) == [(2004, "बैंकॉक", 1, "held")]


def test_a_numbered_summit_held_in_a_city_keeps_its_number_without_a_day_but_the_first_does_not():
    assert _years("प्रधानमंत्री ने 2023 में जोहान्सबर्ग में आयोजित 15वें मध्य एशिया मंच शिखर सम्मेलन में भाग लिया था।",
                  SERIES) == [(2023, "जोहान्सबर्ग", 15, "held")]
    # 'the first held in Johannesburg' is a reading the year alone cannot rule out
    assert _years("प्रधानमंत्री ने 2023 में जोहान्सबर्ग में आयोजित पहले मध्य एशिया मंच शिखर सम्मेलन में भाग लिया था।",
                  SERIES) == [(2023, "जोहान्सबर्ग", None, "held")]


def test_a_summit_that_opened_on_a_day_met_but_summits_that_began_in_a_year_are_no_summit():
    assert _years("कज़ान में 22 अक्टूबर 2024 को मंच का शिखर सम्मेलन शुरू हुआ।", SERIES) == [
        (2024, "कज़ान", None, "held")]
    assert _years("मंच के शिखर सम्मेलन 2009 से शुरू हुए।", SERIES) == []


MEETING_SERIES_NEWS = """समोआ में राष्ट्रमंडल शासनाध्यक्षों की बैठक संपन्न, जलवायु वित्त पर साझा घोषणा

आपिया, 26 अक्टूबर (रॉयटर्स)। राष्ट्रमंडल शासनाध्यक्षों की 27वीं बैठक शनिवार को समोआ की राजधानी आपिया में संपन्न हो गई। 21 से 26 अक्टूबर 2024 तक चली इस बैठक में 56 सदस्य देशों के प्रतिनिधि शामिल हुए।

पिछली बैठक जून 2022 में रवांडा की राजधानी किगाली में हुई थी। बैठक से पहले 22 अक्टूबर 2024 को विदेश मंत्रियों की बैठक आपिया में हुई।
"""


def test_an_undated_numbered_meeting_of_a_meeting_series_lends_its_number_to_the_next_sentence():
    rows = _parse(MEETING_SERIES_NEWS)
    assert _held(rows) == [(2022, "किगाली", None, None, None), (2024, "आपिया", "2024-10-21", "2024-10-26", 27)]


# --- a news page: kicker, dateline with its year, 'उसी वर्ष', leaders who met -------------------------

NEWS_WITH_KICKER = """अंतरराष्ट्रीय

क्वाड शिखर सम्मेलन: विलमिंगटन में चारों नेताओं ने समुद्री निगरानी पहल की घोषणा की

विलमिंगटन (अमेरिका), 21 सितंबर 2024 (पीटीआई)। अमेरिका, भारत, जापान और ऑस्ट्रेलिया के नेताओं ने शनिवार को डेलावेयर के विलमिंगटन में हुए छठे क्वाड शिखर सम्मेलन में समुद्री निगरानी पहल की घोषणा की।

क्वाड नेताओं का पहला शिखर सम्मेलन मार्च 2021 में वर्चुअल रूप से हुआ था। उसी वर्ष सितंबर में वॉशिंगटन में पहली बार आमने-सामने शिखर बैठक हुई। सन् २०२२ में टोक्यो में और २०२३ में हिरोशिमा में क्वाड नेता मिले।
"""


def test_a_news_page_with_a_kicker_and_a_dated_dateline():
    rows = _parse(NEWS_WITH_KICKER)
    assert rows["documents"][0]["title"].startswith("क्वाड शिखर सम्मेलन:")  # not the kicker 'अंतरराष्ट्रीय'
    assert [(s[0], s[1], s[4]) for s in _held(rows)] == [
        (2021, None, 1), (2021, "वॉशिंगटन", None), (2022, "टोक्यो", None), (2023, "हिरोशिमा", None),
        (2024, "विलमिंगटन", 6),  # 'शनिवार को': the week of the dateline, so its year
    ]


def test_a_weekday_without_a_dated_dateline_dates_nothing():
    undated = NEWS_WITH_KICKER.replace("21 सितंबर 2024 (पीटीआई)", "21 सितंबर (पीटीआई)")
    assert 2024 not in [s[0] for s in _held(_parse(undated))]


def test_leaders_meeting_on_the_sidelines_of_another_summit_are_no_summits():
    assert _years("२०२२ में टोक्यो में और २०२३ में हिरोशिमा में जी-7 सम्मेलन के दौरान क्वाड नेता मिले।", SERIES) == []
    assert _years("२०२२ में टोक्यो में और २०२३ में हिरोशिमा में विदेश मंत्री मिले।", SERIES) == []


def test_a_release_dated_in_english_months_still_says_what_today_is():
    english = RELEASE_TODAY.replace("12 दिसंबर 2024 8:15PM", "12 DEC 2024 8:15PM")
    assert find_release_date(english.splitlines()) == date(2024, 12, 12)
    assert (2024, "ओस्लो", "2024-12-12", None, 3) in _held(_parse(english))
    assert find_release_date(["विदेश मंत्रालय", "प्रविष्टि तिथि: DEC 2024"]) is None  # no day, no 'today'


def test_a_list_of_summits_separated_by_commas_shares_the_verb_at_its_end():
    sentence = ("मंच का पहला शिखर सम्मेलन जून 2009 में येकातेरिनबर्ग में, दूसरा अप्रैल 2010 में ब्रासीलिया में "
                "और तीसरा अप्रैल 2011 में सान्या में हुआ।")
    assert sorted(_years(sentence, SERIES)) == [
        (2009, "येकातेरिनबर्ग", 1, "held"), (2010, "ब्रासीलिया", 2, "held"), (2011, "सान्या", 3, "held")]
    assert {s for *_, s in _years(sentence.replace("हुआ।", "होगा।"), SERIES)} == {"planned"}


def test_a_summit_planned_somewhere_that_met_online_has_no_city():
    assert _years("2020 में सेंट पीटर्सबर्ग में प्रस्तावित शिखर सम्मेलन महामारी के कारण वर्चुअल रूप में हुआ।", SERIES) == [
        (2020, None, None, "held")]
    assert _years("2020 में रियाद में शिखर सम्मेलन वर्चुअल रूप में हुआ।", SERIES) == [(2020, "रियाद", None, "held")]
    # 'होने वाला' before the noun is not another series' name
    assert _years("2019 में ब्रासीलिया में होने वाला सम्मेलन तय समय पर 13-14 नवंबर को हुआ।", SERIES) == [
        (2019, "ब्रासीलिया", None, "held")]
    assert _years("2020 में सेंट पीटर्सबर्ग में होने वाला शिखर सम्मेलन महामारी के कारण रद्द हो गया।", SERIES) == [
        (2020, "सेंट पीटर्सबर्ग", None, "cancelled")]


def test_the_nth_edition_and_an_event_during_the_nth_summit():
    assert _years("शिखर सम्मेलन का 17वाँ संस्करण 6-7 जुलाई 2025 को रियो डी जनेरियो में हुआ।", SERIES) == [
        (2025, "रियो डी जनेरियो", 17, "held")]
    assert _years("2014 में ब्राज़ील के फ़ोर्टालेज़ा में छठे शिखर सम्मेलन के दौरान बैंक की स्थापना पर समझौता हुआ।",
                  SERIES) == [(2014, "फ़ोर्टालेज़ा", 6, "held")]
    # unnumbered, the summit is only a point in time; in the future, nothing has happened
    assert _years("2014 में ब्राज़ील के फ़ोर्टालेज़ा में शिखर सम्मेलन के दौरान बैंक की स्थापना पर समझौता हुआ।",
                  SERIES) == []
    assert _years("2026 में भारत में 18वें शिखर सम्मेलन के दौरान नई पहल शुरू की जाएगी।", SERIES) == []


def test_a_roman_numeral_after_the_noun_is_the_edition():
    assert _years("मंच शिखर सम्मेलन-II मई 2011 में अदीस अबाबा में हुआ था।", SERIES) == [(2011, "अदीस अबाबा", 2, "held")]
    assert _years("मंच शिखर सम्मेलन-XIV मई 2011 में अदीस अबाबा में हुआ था।", SERIES) == [(2011, "अदीस अबाबा", 14, "held")]
    assert _years("मंच शिखर सम्मेलन मई 2011 में अदीस अबाबा में हुआ था।", SERIES) == [(2011, "अदीस अबाबा", None, "held")]
    assert _years("मंच शिखर सम्मेलन-स्तरीय वार्ता मई 2011 में अदीस अबाबा में हुई थी।", SERIES) == []


def test_this_meeting_hosted_earlier_is_an_earlier_summit_of_the_series():
    assert _years("फ़्रांस ने इससे पहले 1991 में पेरिस में इस बैठक की मेज़बानी की थी।", SERIES) == [
        (1991, "पेरिस", None, "held")]
    assert _years("विदेश मंत्रियों ने 1991 में पेरिस में इस बैठक की मेज़बानी की थी।", SERIES) == []  # ministers
    assert _years("फ़्रांस ने 1991 में पेरिस में एक बैठक की मेज़बानी की थी।", SERIES) == []  # some meeting


def test_a_relative_clause_saying_the_summit_met_online():
    assert _years("प्रधानमंत्री ने 2021 में हुए 13वें शिखर सम्मेलन का उल्लेख किया, जो वर्चुअल माध्यम से आयोजित "
                  "हुआ था।", SERIES) == [(2021, None, 13, "held")]
    # nothing said of how it met: no place, no summit
    assert _years("प्रधानमंत्री ने 2021 में हुए 13वें शिखर सम्मेलन का उल्लेख किया, जो ऐतिहासिक था।", SERIES) == []
    assert _years("प्रधानमंत्री ने 2021 में हुए 13वें शिखर सम्मेलन का उल्लेख किया, जो वर्चुअल माध्यम से होगा।",
                  SERIES) == []


# --- precision: meetings around a summit that are not summits ----------------------------------------

def test_anniversaries_preparations_and_sector_bodies_are_not_summits():
    assert _years("पहले शिखर सम्मेलन की 15वीं वर्षगांठ पर 2024 में मॉस्को में एक समारोह हुआ।", SERIES) == []
    assert _years("शिखर सम्मेलन की तैयारी के लिए 2 जून 2025 को ब्रासीलिया में शेरपाओं की बैठक हुई।", SERIES) == []
    assert _years("मंच युवा परिषद का सम्मेलन जून 2025 में रियो में हुआ।", SERIES) == []
    # the series' own summit, said the same ways, is one
    assert _years("मंच का सम्मेलन जून 2025 में रियो में हुआ।", SERIES) == [(2025, "रियो", None, "held")]
    assert _years("पहला शिखर सम्मेलन जून 2009 में येकातेरिनबर्ग में हुआ।", SERIES) == [
        (2009, "येकातेरिनबर्ग", 1, "held")]


def test_the_first_since_something_is_no_edition():
    assert _years("अक्टूबर 2024 में कज़ान में हुआ सम्मेलन विस्तार के बाद का पहला सम्मेलन था।", SERIES) == [
        (2024, "कज़ान", None, "held")]
    assert _years("अक्टूबर 2024 में कज़ान में हुआ सम्मेलन मंच का पहला सम्मेलन था।", SERIES) == [
        (2024, "कज़ान", 1, "held")]


# --- the headline's place, the dateline's 'यहाँ' ---------------------------------------------------------

RELEASE_PLACE_IN_HEADLINE = """प्रधानमंत्री कार्यालय

प्रविष्टि तिथि: २९ अगस्त, २०२५, ९:१५ अपराह्न, पीआईबी दिल्ली

प्रधानमंत्री ने तोक्यो में १५वें भारत-जापान वार्षिक शिखर सम्मेलन में भाग लिया

प्रधानमंत्री श्री नरेन्द्र मोदी ने आज, २९ अगस्त, २०२५ को जापान के प्रधानमंत्री के साथ १५वें भारत-जापान वार्षिक शिखर सम्मेलन की सह-अध्यक्षता की।
"""


def test_a_numbered_summit_takes_the_place_its_headline_gives_it():
    rows = _parse(RELEASE_PLACE_IN_HEADLINE)
    assert _held(rows) == [(2025, "तोक्यो", "2025-08-29", None, 15)]
    assert "तोक्यो" in rows["summits"][0]["source_text"]  # the headline is quoted with the sentence
    # another number in the body is another summit, which the headline does not place
    other = RELEASE_PLACE_IN_HEADLINE.replace("के साथ १५वें", "के साथ १४वें")
    # no summit read (the document names its parties, so it is kept, with no summit placed in Tokyo)
    assert not any(s["city"] == "तोक्यो" for s in _parse(other)["summits"])


def test_an_unknown_name_right_before_a_numbered_summit_is_its_place():
    place = find_place("प्रधानमंत्री ने तोक्यो में १५वें भारत-जापान वार्षिक शिखर सम्मेलन", LEXICON)
    assert place is not None and place.city == "तोक्यो"
    assert find_place("इतिहास में पहली बार शिखर सम्मेलन", LEXICON) is None
    assert find_place("सूची में तीसरे स्थान पर", LEXICON) is None


NEWS_HERE_THEN_DATED = """रेक्याविक में परिषद का चौथा शिखर सम्मेलन: क्षति रजिस्टर बना

रेक्याविक (आइसलैंड), 17 मई। यूरोप परिषद का चौथा शिखर सम्मेलन बुधवार को यहाँ संपन्न हो गया। दो दिन चली बैठक (16–17 मई 2023) के अंत में नेताओं ने घोषणा अपनाई।
"""


def test_a_summit_held_here_is_dated_by_the_next_sentence_that_holds_the_datelines_day():
    assert _held(_parse(NEWS_HERE_THEN_DATED)) == [(2023, "रेक्याविक", "2023-05-16", "2023-05-17", 4)]
    # a date that does not hold the dateline's day is some other time
    other_day = NEWS_HERE_THEN_DATED.replace("(16–17 मई 2023)", "(10–11 मार्च 2023)")
    with pytest.raises(DocumentRejected):
        _parse(other_day)


def test_two_days_joined_by_aur_are_one_summit_and_a_bracketed_day_fills_its_month():
    assert _years("तीसरा शिखर सम्मेलन 16 और 17 मई 2005 को पोलैंड की राजधानी वारसॉ में हुआ था।", SERIES) == [
        (2005, "वारसॉ", 3, "held")]
    rows_text = """मंच शिखर सम्मेलन

इतिहास

तीसरा शिखर सम्मेलन 16 और 17 मई 2005 को वारसॉ में हुआ था। दूसरा शिखर सम्मेलन अक्टूबर 1997 में स्ट्रासबर्ग में हुआ (10–11 अक्टूबर), जिसमें मृत्युदंड पर चर्चा हुई।
"""
    assert _held(_parse(rows_text)) == [
        (1997, "स्ट्रासबर्ग", "1997-10-10", "1997-10-11", 2), (2005, "वारसॉ", "2005-05-16", "2005-05-17", 3)]
    # a day of another month is not this summit's
    other = rows_text.replace("(10–11 अक्टूबर)", "(10–11 नवंबर)")
    assert (1997, "स्ट्रासबर्ग", None, None, 2) in _held(_parse(other))


# --- venues, villages, 'यहाँ', and a series named a meeting --------------------------------------------

NEWS_VENUES = """मंच की कोपेनहेगन बैठक: नेताओं का मंथन

कोपेनहेगन, 2 अक्टूबर 2025 (एजेंसियां)। मंच का सातवाँ शिखर सम्मेलन गुरुवार, 2 अक्टूबर को यहाँ बेला सेंटर में हुआ।

दूसरा सम्मेलन 1 जून 2023 को मोल्दोवा में राजधानी किशिनेव के पास बुलबोआका गाँव के मिमी कैसल में हुआ। 18 जुलाई 2024 को चौथा सम्मेलन ब्रिटेन के वुडस्टॉक स्थित ब्लेनहेम पैलेस में हुआ। 7 नवंबर 2024 को बुडापेस्ट के पुश्कश एरिना में हुई पाँचवीं बैठक चुनाव के दो दिन बाद हुई थी।
"""


def test_venues_villages_and_here_give_the_city():
    assert [(s[0], s[1], s[2], s[4]) for s in _held(_parse(NEWS_VENUES))] == [
        (2023, "बुलबोआका", "2023-06-01", 2),  # the village, not Moldova
        (2024, "बुडापेस्ट", "2024-11-07", 5),  # 'X की ... बैठक:' names a series of meetings
        (2024, "वुडस्टॉक", "2024-07-18", 4),  # 'ब्रिटेन के वुडस्टॉक स्थित ... में'
        (2025, "कोपेनहेगन", "2025-10-02", 7),  # 'यहाँ बेला सेंटर में': a venue here; the year from the dateline
    ]


def test_an_unknown_venue_word_without_a_country_before_it_is_no_place():
    assert find_place("सम्मेलन रात्रि स्थित सभा भवन में हुआ", LEXICON) is None


# --- a release's list of past summits, and who speaks ----------------------------------------------------

def test_a_numbered_entry_with_devanagari_digits_takes_its_date_and_city_after_the_dash():
    entries = read_entries(Line(1, "(क) १३वाँ शिखर सम्मेलन — १ मार्च, २०१७, इस्लामाबाद; इसी में विज़न अपनाया गया।"),
                           LEXICON)
    assert [(e.period.label, e.place.city, e.edition) for e in entries] == [("2017-03-01", "इस्लामाबाद", 13)]
    # a label that is a date stays a date label
    entries = read_entries(Line(2, "- 2019 — 5वाँ सम्मेलन ओसाका में"), LEXICON)
    assert [(e.period.label, e.edition) for e in entries] == [("2019", 5)]


RELEASE_BY_A_FOREIGN_EMBASSY = """उज़्बेकिस्तान गणराज्य का दूतावास, नई दिल्ली

प्रेस विज्ञप्ति | नई दिल्ली, १० नवंबर, २०२३

ताशकंद में आर्थिक सहयोग संगठन (ईसीओ) का १६वाँ शिखर सम्मेलन संपन्न

राष्ट्रपति की अध्यक्षता में ९ नवंबर, २०२३ को ताशकंद में ईसीओ का १६वाँ शिखर सम्मेलन आयोजित हुआ। सम्मेलन में पाकिस्तान के कार्यवाहक प्रधानमंत्री ने भाग लिया।

ईसीओ के सदस्य देश हैं — अफ़ग़ानिस्तान, अज़रबैजान, ईरान, कज़ाख़स्तान, पाकिस्तान, तुर्किये और उज़्बेकिस्तान।
"""


def test_a_release_of_a_foreign_embassy_does_not_speak_for_india():
    parties = [p["name_en"] for p in _parse(RELEASE_BY_A_FOREIGN_EMBASSY)["parties"]]
    assert "India" not in parties and "Uzbekistan" in parties
    indian = RELEASE_BY_A_FOREIGN_EMBASSY.replace("उज़्बेकिस्तान गणराज्य का दूतावास, नई दिल्ली", "विदेश मंत्रालय")
    assert "India" in [p["name_en"] for p in _parse(indian)["parties"]]


HEADLINE_WITH_THE_SUMMIT = """9-10 सितंबर 2023 को नई दिल्ली में जी-20 शिखर सम्मेलन संपन्न, दिल्ली घोषणापत्र पर सहमति

नई दिल्ली, 10 सितंबर (भाषा)। नेताओं ने घोषणापत्र को सर्वसम्मति से अपनाया। अगला शिखर सम्मेलन 2024 में ब्राज़ील में होगा।
"""


def test_a_headline_that_dates_and_places_its_summit_states_it():
    rows = _parse(HEADLINE_WITH_THE_SUMMIT)
    assert _held(rows) == [(2023, "नई दिल्ली", "2023-09-09", "2023-09-10", None)]
    assert rows["summits"][0]["source_text"].startswith("9-10 सितंबर 2023 को नई दिल्ली")
    # a headline of another series' summit states none of this one's
    other = HEADLINE_WITH_THE_SUMMIT.replace("जी-20 शिखर सम्मेलन संपन्न", "जी-20 शिखर सम्मेलन संपन्न; ब्रिक्स की बैठक")
    assert [s[0] for s in _held(_parse(other))] == [2023]
    to_come = _parse(HEADLINE_WITH_THE_SUMMIT.replace("शिखर सम्मेलन संपन्न", "शिखर सम्मेलन होगा"))
    assert _held(to_come) == [] and {s["status"] for s in to_come["summits"]} == {"planned"}


def test_a_dateline_may_end_with_a_colon_but_a_release_date_line_is_no_dateline():
    dateline = find_dateline(["कज़ान (रूस), 23 अक्टूबर 2024: ब्रिक्स के नेता जुटे।"], LEXICON)
    assert dateline is not None and (dateline.place.city, dateline.month, dateline.day, dateline.year) == (
        "कज़ान", 10, 23, 2024)
    assert find_dateline(["नई दिल्ली, 9 जुलाई 2024"], LEXICON) is None  # a press release's own date line
    assert find_dateline(["सम्मेलन, 5 मई: यह"], LEXICON) is None  # no city


def test_a_summit_about_to_be_held_is_planned_and_one_being_held_is_held():
    assert _years("मंच का 5वाँ शिखर सम्मेलन 12 मार्च 2026 को नई दिल्ली में आयोजित होने वाला है।", SERIES) == [
        (2026, "नई दिल्ली", 5, "planned")]
    assert _years("मंच का 5वाँ शिखर सम्मेलन 12 मार्च 2026 को नई दिल्ली में आयोजित किया जाना है।", SERIES) == [
        (2026, "नई दिल्ली", 5, "planned")]
    assert _years("22-23 अक्टूबर 2024 को कज़ान में 16वाँ शिखर सम्मेलन आयोजित किया जा रहा है।", SERIES) == [
        (2024, "कज़ान", 16, "held")]


# --- session 7: shapes from unseen news, press releases and articles ---------------------------

def test_summits_paired_with_dates_and_places_by_respectively_are_one_each():
    title = "पूर्वी मंच शिखर सम्मेलन"
    sentence = "तीसरा और चौथा शिखर सम्मेलन क्रमशः 3 जुलाई 1998 को अल्माटी में और 25 अगस्त 1999 को बिश्केक में आयोजित हुए।"
    assert _years(sentence, title) == [(1998, "अल्माटी", 3, "held"), (1999, "बिश्केक", 4, "held")]
    # two ordinals but three places: the pairing is unsure, so nothing is read
    three = "तीसरा और चौथा शिखर सम्मेलन क्रमशः 1998 में अल्माटी में, 1999 में बिश्केक में और 2000 में दुशांबे में हुए।"
    assert _years(three, title) == []
    # another series' summits, respectively: not this series'
    other = "जी-20 के तीसरे और चौथे शिखर सम्मेलन क्रमशः 2009 में पिट्सबर्ग में और 2010 में टोरंटो में हुए।"
    assert _years(other, title) == []
    # planned, respectively
    planned = "अगले दो शिखर सम्मेलन क्रमशः 2026 में अल्माटी में और 2027 में बिश्केक में होंगे।"
    assert _years(planned, title) == [(2026, "अल्माटी", None, "planned"), (2027, "बिश्केक", None, "planned")]


def test_the_last_of_the_series_is_no_name_of_another_series():
    title = "पूर्वी मंच शिखर सम्मेलन"
    sentence = "ताजिकिस्तान की मेज़बानी में पाँचवाँ और अंतिम शिखर सम्मेलन 5 जुलाई 2000 को दुशांबे में आयोजित किया गया।"
    assert _years(sentence, title) == [(2000, "दुशांबे", 5, "held")]
    # a name word the title does not hold still names another series
    assert _years("पाँचवाँ और अंतिम जलवायु शिखर सम्मेलन 5 जुलाई 2000 को दुशांबे में आयोजित किया गया।", title) == []


def test_a_long_city_name_after_a_capital_noun_is_a_place_before_a_numbered_summit():
    place = find_place("जब ब्रुनेई की राजधानी बंदर सेरी बेगवान में पहला क्षेत्रीय शिखर सम्मेलन आयोजित किया गया", LEXICON)
    assert place is not None and place.city == "बंदर सेरी बेगवान"
    # without the capital noun, three unknown words before a summit that is only 'first' are no place
    assert find_place("जब कुछ नए बड़े लोगों में पहला क्षेत्रीय शिखर सम्मेलन आयोजित किया गया", LEXICON) is None


def test_a_participle_of_holding_before_a_long_summit_name_says_it_met():
    title = "पूर्व-पश्चिम वार्षिक शिखर सम्मेलन"
    went = ("प्रधानमंत्री ८-९ जुलाई, २०२४ को लीमा में आयोजित २२वें पूर्व-पश्चिम वार्षिक शिखर सम्मेलन के लिए पेरू की "
            "आधिकारिक यात्रा पर रहे।")
    assert _years(went, title) == [(2024, "लीमा", 22, "held")]
    # a summit to come, however long its name, is not held
    going = ("प्रधानमंत्री ८-९ जुलाई, २०२४ को लीमा में आयोजित होने वाले २२वें पूर्व-पश्चिम वार्षिक शिखर सम्मेलन के "
             "लिए रवाना होंगे।")
    assert _years(going, title) == [(2024, "लीमा", 22, "planned")]
    # the verb of a clause before a dash is not the summit's participle
    aside = "15 मार्च 2020: नेताओं की वीडियो कॉन्फ़्रेंस हुई — इसे औपचारिक शिखर सम्मेलन नहीं गिना जाता।"
    assert _years(aside, title) == []


def test_something_done_during_the_first_annual_summit_says_it_met():
    title = "पूर्व-पश्चिम वार्षिक शिखर सम्मेलन"
    past = ("व्यवस्था अक्टूबर २००० में शुरू हुई, जब नई दिल्ली में पहले वार्षिक शिखर सम्मेलन के दौरान "
            "साझेदारी की घोषणा पर हस्ताक्षर किए गए।")
    assert _years(past, title) == [(2000, "नई दिल्ली", 1, "held")]
    # something to be done during it says nothing of a summit that met
    future = "अक्टूबर २००० में नई दिल्ली में पहले वार्षिक शिखर सम्मेलन के दौरान घोषणा पर हस्ताक्षर किए जाएंगे।"
    assert _years(future, title) == []


def test_a_heading_says_its_role_with_the_words_after_its_last_postposition():
    from pipeline.parse.layout.structure import heading_role
    assert heading_role("परिणाम दस्तावेज़ में चिह्नित प्रमुख क्षेत्र") == "cooperation_areas"
    assert heading_role("शिखर सम्मेलन के प्रमुख निर्णय") == "other"
    assert heading_role("प्रमुख क्षेत्रों में सम्मेलन के परिणाम") == "other"
    assert heading_role("सम्मेलन के उद्देश्य") == "objectives"
    assert heading_role("इतिहास और पृष्ठभूमि") == "history"


def test_another_body_named_in_several_words_before_the_noun_is_another_series():
    sentence = "१९-२० जनवरी, २०२४ को कंपाला में ही गुटनिरपेक्ष आंदोलन का १९वाँ शिखर सम्मेलन आयोजित हुआ।"
    assert _years(sentence, "दक्षिण शिखर सम्मेलन") == []
    assert _years(sentence, "गुटनिरपेक्ष आंदोलन शिखर सम्मेलन") == [(2024, "कंपाला", 19, "held")]


ENTRIES = """पूर्व-पश्चिम शिखर सम्मेलन

पूर्व-पश्चिम शिखर सम्मेलन दो क्षेत्रों के नेताओं की बैठक है।

प्रमुख शिखर सम्मेलन

{entries}

अन्य तथ्य

{notes}
"""


def test_an_entry_with_two_days_takes_the_day_of_its_first_sentence_when_that_one_met():
    rows = _parse(ENTRIES.format(entries=(
        "2018: 25वाँ शिखर सम्मेलन 17 जुलाई को लीमा में हुआ, जहाँ समझौते पर हस्ताक्षर किए गए। यह बैठक पहले "
        "11 जुलाई को क्विटो में होनी थी, लेकिन बाढ़ के कारण स्थान और तिथि बदल दी गई।\n"
        "2019: 26वाँ शिखर सम्मेलन लीमा में होना था। बाद में यह 9 जुलाई को और फिर 12 जुलाई को टल गया।"), notes=""))
    held = _held(rows)
    assert (2018, "लीमा", "2018-07-17", None, 25) in held
    # a first sentence that does not say the summit met gives no day
    assert all(s[0] != 2019 or s[2] is None for s in held)


def test_an_entry_opening_with_its_bare_date_and_place_keeps_its_day():
    rows = _parse(ENTRIES.format(entries=(
        "2006: 30–31 अक्टूबर, लीमा (पेरू); पहला शिखर सम्मेलन, संबंधों के 15 वर्ष\n"
        "2010: 28 जून 2010 को लीमा में व्यापार समझौते पर सहमति बनी; इसके बाद नवंबर 2010 में क्विटो में हुए "
        "शिखर सम्मेलन में उसे अपनाया गया"), notes=""))
    held = _held(rows)
    assert (2006, "लीमा", "2006-10-30", "2006-10-31", 1) in held
    # an opening clause with a verb of its own is something else; the summit is the later clause's
    assert [s for s in held if s[0] == 2010] == [(2010, "क्विटो", None, None, None)]


def test_a_summit_named_as_the_occasion_when_no_separate_summit_met_is_none():
    notes = "- 2016 में 25वीं वर्षगांठ लीमा के नियमित वार्षिक सम्मेलन में ही मनाई गई — अलग स्मारक सम्मेलन नहीं हुआ।"
    rows = _parse(ENTRIES.format(entries="2006: 30–31 अक्टूबर, लीमा (पेरू); पहला शिखर सम्मेलन", notes=notes))
    assert [s[0] for s in _held(rows)] == [2006]
    # without the denial, the summit held in Lima in 2016 is one of the series
    said = "- 2016 में 25वीं वर्षगांठ लीमा में आयोजित वार्षिक शिखर सम्मेलन में मनाई गई।"
    rows = _parse(ENTRIES.format(entries="2006: 30–31 अक्टूबर, लीमा (पेरू); पहला शिखर सम्मेलन", notes=said))
    assert [s[0] for s in _held(rows)] == [2006, 2016]


def test_a_numbered_meeting_in_a_series_called_a_peak_meeting_is_its_summit():
    title = "प्रधानमंत्री ने ओसाका में त्रिपक्षीय अनौपचारिक शिखर बैठक में भाग लिया"
    sentence = ("पहली बैठक १७ जुलाई २००६ को सेंट पीटर्सबर्ग में हुई थी, जबकि बारह वर्ष के अंतराल के बाद दूसरी बैठक "
                "३० नवंबर २०१८ को ब्यूनस आयर्स में आयोजित की गई।")
    assert _years(sentence, title) == [(2006, "सेंट पीटर्सबर्ग", 1, "held"), (2018, "ब्यूनस आयर्स", 2, "held")]
    # in a series called a शिखर सम्मेलन, a numbered बैठक may be any meeting
    assert _years(sentence, "त्रिपक्षीय शिखर सम्मेलन") == []
    # the ministers' own numbered meeting is theirs
    ministers = ("तीनों देशों के विदेश मंत्री नियमित रूप से मिलते रहे हैं; उनकी १५वीं बैठक ११ दिसंबर २०१७ को "
                 "नई दिल्ली में हुई थी।")
    assert _years(ministers, title) == []


def test_a_day_without_a_year_in_a_release_is_of_the_release_year_when_not_after_it():
    title = "मंत्री ने दोहा में तीसरे एशिया संवाद मंच शिखर सम्मेलन में भारत का प्रतिनिधित्व किया"
    sentence = ("उन्होंने ३ अक्टूबर को दोहा में अमीर की मेज़बानी में आयोजित तीसरे एशिया संवाद मंच (एसीडी) शिखर सम्मेलन "
                "में भारत का प्रतिनिधित्व किया।")
    found = summits_in_sentence(sentence, title, LEXICON, today=date(2024, 10, 3))
    assert [(m.period.label, m.place.city, m.edition) for m in found] == [("2024-10-03", "दोहा", 3)]
    # a day after the release's day is not of its year (nor guessed); no release date, no year
    assert summits_in_sentence(sentence.replace("३ अक्टूबर", "९ अक्टूबर"), title, LEXICON, today=date(2024, 10, 3)) == []
    assert summits_in_sentence(sentence, title, LEXICON) == []


def test_a_short_form_in_brackets_before_the_noun_is_judged_on_its_own():
    title = "एशिया संवाद मंच शिखर सम्मेलन"
    own = "3 अक्टूबर 2024 को दोहा में आयोजित तीसरे एशिया संवाद मंच (एसीडी) शिखर सम्मेलन में नेता शामिल हुए।"
    assert _years(own, title) == [(2024, "दोहा", 3, "held")]
    # a bracketed name the title does not hold, after words it does not hold either, is another body's
    other = "3 अक्टूबर 2024 को दोहा में आयोजित खाड़ी सहयोग परिषद (जीसीसी) शिखर सम्मेलन में नेता शामिल हुए।"
    assert _years(other, title) == []


def test_an_ordinal_numbers_the_summit_noun_after_a_dialogue_noun_in_the_name():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("तीसरे एशिया सहयोग वार्ता (एसीडी) शिखर सम्मेलन") == 3
    assert find_ordinal("पहली वार्ता के बाद सम्मेलन") is None  # the dialogue's number, then a postposition
    assert find_ordinal("पहली वार्ता") is None


def test_a_summit_put_off_and_held_there_later_is_held_where_it_was_to_be():
    title = "पूर्वी मंच शिखर सम्मेलन"
    there = "दिसंबर 2006 में मनीला में प्रस्तावित सम्मेलन तूफ़ान के कारण टाल दिया गया और यह जनवरी 2007 में वहीं आयोजित हुआ।"
    assert _years(there, title) == [(2007, "मनीला", None, "held")]
    # held later, but the text does not say where: no place, no summit
    nowhere = "दिसंबर 2006 में मनीला में प्रस्तावित सम्मेलन तूफ़ान के कारण टाल दिया गया और यह जनवरी 2007 में आयोजित हुआ।"
    assert _years(nowhere, title) == [(2006, "मनीला", None, "cancelled")]


def test_pehle_after_a_time_word_means_before_and_numbers_nothing():
    from pipeline.parse.language.dates import find_ordinal
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("इससे पहले यह सम्मेलन 2014 में ब्रिस्बेन में हुआ था।", title) == [(2014, "ब्रिस्बेन", None, "held")]
    assert find_ordinal("दो साल पहले सम्मेलन") is None
    # 'its first summit' and 'the first summit' still number it
    assert find_ordinal("उसके पहले शिखर सम्मेलन में") == 1
    assert _years("पहला शिखर सम्मेलन 2014 में ब्रिस्बेन में हुआ था।", title) == [(2014, "ब्रिस्बेन", 1, "held")]


def test_years_then_places_by_respectively_are_one_summit_each():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("2005 और 2007 में क्रमशः कुआलालंपुर और मनीला में सम्मेलन हुए।", title) == [
        (2005, "कुआलालंपुर", None, "held"), (2007, "मनीला", None, "held")]
    # three years, two places: no pairing is read (only the plain reading of the nearest)
    assert (2005, "कुआलालंपुर", None, "held") not in _years(
        "2005, 2006 और 2007 में क्रमशः कुआलालंपुर और मनीला में सम्मेलन हुए।", title)


def test_a_city_before_a_where_clause_is_the_summits_place():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("बाली, जहाँ 2022 में पिछला शिखर सम्मेलन हुआ था, इस बार भी चर्चा में रहा।", title) == [
        (2022, "बाली", None, "held")]
    # a country before the clause names no city, so no place and no summit
    assert _years("भारत, जहाँ 2022 में पिछला शिखर सम्मेलन हुआ था, इस बार मेज़बान नहीं है।", title) == []


def test_a_quote_that_opens_the_sentence_does_not_hide_its_date():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years('"2016 में गोवा में हुए सम्मेलन ने हमें दिशा दी," उन्होंने कहा।', title) == [(2016, "गोवा", None, "held")]
    # a quoted name that holds a year is still a name
    assert _years('"2030 एजेंडा" पर नेताओं ने सम्मेलन में चर्चा की, जो बाली में हुआ।', title) == []


THIS_WAS_THE_NTH = """प्रधानमंत्री ने लीमा में त्रिपक्षीय शिखर बैठक में भाग लिया

प्रधानमंत्री ने आज, २८ जून २०१९ को लीमा में आयोजित त्रिपक्षीय शिखर बैठक में भाग लिया। बैठक में तीनों देशों के नेता उपस्थित थे।

{line}
"""


def test_this_was_the_nth_numbers_the_summit_stated_last():
    rows = _parse(THIS_WAS_THE_NTH.format(line="तीनों नेताओं के बीच यह तीसरी त्रिपक्षीय शिखर बैठक थी।"))
    assert _held(rows) == [(2019, "लीमा", "2019-06-28", None, 3)]
    # a count of something else ('this year's third') numbers nothing
    rows = _parse(THIS_WAS_THE_NTH.format(line="यह इस वर्ष प्रधानमंत्री की तीसरी शिखर बैठक थी।"))
    assert _held(rows) == [(2019, "लीमा", "2019-06-28", None, None)]


def test_news_shapes_of_a_summit_that_met():
    title = "पूर्वी मंच शिखर सम्मेलन"
    # a summit named by its city, where something was adopted
    assert _years("2011 में बाली शिखर सम्मेलन में नेताओं ने घोषणा-पत्र अपनाया।", title) == [(2011, "बाली", None, "held")]
    assert _years("2011 में बाली शिखर सम्मेलन में नेता घोषणा-पत्र अपनाएँगे।", title) == []
    # a summit that ran over days to a date ('... तक ... में चला')
    assert _years("इस वर्ष का शिखर सम्मेलन 8 से 10 अक्टूबर 2024 तक वियनतियान में चला।", title) == [
        (2024, "वियनतियान", None, "held")]
    # a city that organised it; a country organising names no city
    assert _years("हनोई ने 2010 में 13वें शिखर सम्मेलन का आयोजन किया।", title) == [(2010, "हनोई", 13, "held")]
    assert _years("भारत ने 2010 में 13वें शिखर सम्मेलन का आयोजन किया।", title) == []
    # the leaders' last meeting is a summit; the ministers' is not; the next one is to come
    assert _years("नेताओं की पिछली बैठक मई 2023 में हिरोशिमा में हुई थी।", title) == [(2023, "हिरोशिमा", None, "held")]
    assert _years("विदेश मंत्रियों की पिछली बैठक मई 2023 में हिरोशिमा में हुई थी।", title) == []
    assert _years("नेताओं की अगली बैठक मई 2026 में हिरोशिमा में होगी।", title) == [(2026, "हिरोशिमा", None, "planned")]


def test_years_and_places_before_one_noun_with_a_plural_verb_are_one_summit_each():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("2018 में सिंगापुर और 2019 में बैंकॉक में भी सम्मेलन हुए थे।", title) == [
        (2018, "सिंगापुर", None, "held"), (2019, "बैंकॉक", None, "held")]
    # another series' summits, or summits to come, are not the series' held ones
    assert _years("2018 में सिंगापुर और 2019 में बैंकॉक में जी-20 शिखर सम्मेलन हुए।", title) == []
    assert [s for *_, s in _years("2018 में सिंगापुर और 2019 में बैंकॉक में शिखर सम्मेलन होंगे।", title)] == ["planned"]


def test_a_summit_with_its_city_and_year_in_brackets_after_the_noun():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("आठवें शिखर सम्मेलन (हनोई, 2004) में कार्ययोजना अपनाई गई।", title) == [(2004, "हनोई", 8, "held")]
    assert _years("आठवें शिखर सम्मेलन (हनोई, 2026) में कार्ययोजना अपनाई जाएगी।", title) == []
    assert _years("जी-20 शिखर सम्मेलन (हनोई, 2004) में कार्ययोजना अपनाई गई।", title) == []


def test_a_relative_pronoun_before_the_noun_names_no_other_series():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("जिस सम्मेलन की मेज़बानी 2017 में मनीला ने की थी, उसमें सागर पर चर्चा हुई।", title) == [
        (2017, "मनीला", None, "held")]
    assert _years("जिस सम्मेलन की मेज़बानी 2027 में मनीला करेगा, उसमें सागर पर चर्चा होगी।", title) == []


# --- session 8: news prose (anaphora, day pairs, hosts by date, headline summits) ------------

def test_month_and_year_then_the_days_as_tarikh_is_a_day_range():
    from pipeline.parse.language.dates import find_periods
    assert [p.label for *_, p in find_periods("दिसंबर 2005 में 3-4 तारीख़ को")] == ["2005-12-03/2005-12-04"]
    assert [p.label for *_, p in find_periods("मार्च 2019 की 12 तारीख को")] == ["2019-03-12"]
    # a number after the month and year that is no day of it
    assert [p.label for *_, p in find_periods("दिसंबर 2005 में 3 देशों ने")] == ["2005-12"]
    assert [p.label for *_, p in find_periods("दिसंबर 2005 में 31-4 तारीख़ को")] == ["2005-12"]


def test_a_day_pair_joined_by_aur_at_the_start_of_a_sentence_is_a_range():
    title = "पूर्वी मंच शिखर सम्मेलन"
    [mention] = summits_in_sentence("6 और 7 दिसंबर 2013 को मनीला में सम्मेलन आयोजित किया गया था।", title, LEXICON)
    assert mention.period.label == "2013-12-06/2013-12-07"
    # two years joined by और are two summits' dates, not a range
    assert sorted(m.period.label for m in summits_in_sentence(
        "2012 में हनोई में और 2013 में मनीला में सम्मेलन हुए थे।", title, LEXICON)) == ["2012", "2013"]


HERE_IN_THE_DATELINE_CITY = """मनीला में 27वाँ पूर्वी मंच शिखर सम्मेलन संपन्न

मनीला, 14 जनवरी (एजेंसियाँ)। पूर्वी मंच का 27वाँ शिखर सम्मेलन 13 और 14 जनवरी 2017 को मनीला में संपन्न हो गया।

इससे पहले दिसंबर 2005 में 3-4 तारीख़ को यहीं 23वाँ सम्मेलन आयोजित हुआ था।
"""


def test_yahin_is_the_city_of_the_dateline():
    held = _held(_parse(HERE_IN_THE_DATELINE_CITY))
    assert (2005, "मनीला", "2005-12-03", "2005-12-04", 23) in held
    assert (2017, "मनीला", "2017-01-13", "2017-01-14", 27) in held
    # without a dateline or a city in the headline, 'here' names no city: the summit is left out
    no_dateline = HERE_IN_THE_DATELINE_CITY.replace("मनीला, 14 जनवरी (एजेंसियाँ)। ", "").replace(
        "मनीला में 27वाँ", "27वाँ")
    assert 2005 not in [s[0] for s in _held(_parse(no_dateline))]


def test_a_numbered_name_before_the_noun_is_another_series():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("पेरिस ने 2015 में जलवायु परिवर्तन पर कॉप-21 सम्मेलन की भी मेज़बानी की थी।", title) == []
    assert _years("पेरिस ने 2015 में शिखर सम्मेलन की मेज़बानी की थी।", title) == [(2015, "पेरिस", None, "held")]
    # the series the title names keeps its numbered name
    assert _years("पेरिस ने 2015 में जी-20 सम्मेलन की मेज़बानी की थी।", "जी-20 शिखर सम्मेलन") == [
        (2015, "पेरिस", None, "held")]


def test_a_count_within_a_term_does_not_number_the_summit_before():
    from pipeline.parse.prose import numbers_the_summit_before
    assert numbers_the_summit_before("ओलांद के कार्यकाल में यह दूसरा सम्मेलन है।") is None
    assert numbers_the_summit_before("यह दूसरा सम्मेलन था।") == 2


PEAK_MEETING_TITLE = "मनीला में त्रिपक्षीय शिखर बैठक: नेताओं ने संयुक्त बयान जारी किया"


def test_a_numbered_meeting_of_a_kind_in_a_series_of_peak_meetings():
    assert _years("पहली त्रिपक्षीय बैठक 22 नवंबर 2017 को हनोई में हुई थी।", PEAK_MEETING_TITLE) == [
        (2017, "हनोई", 1, "held")]
    assert _years("16 सितंबर 2019 को बैंकॉक में पाँचवीं बैठक आयोजित की गई।", PEAK_MEETING_TITLE) == [
        (2019, "बैंकॉक", 5, "held")]
    # a meeting without its number is not the series' summit; a ministers' meeting is not either
    assert _years("त्रिपक्षीय बैठक 22 नवंबर 2017 को हनोई में हुई थी।", PEAK_MEETING_TITLE) == []
    assert _years("विदेश मंत्रियों की पहली त्रिपक्षीय बैठक 22 नवंबर 2017 को हनोई में हुई थी।", PEAK_MEETING_TITLE) == []


def test_hosts_each_with_a_date_before_one_noun_of_hosting():
    sentence = "इसके बाद हनोई ने 4 अप्रैल 2018 को और मनीला ने उसी वर्ष 7 सितंबर को शिखर बैठक की मेज़बानी की।"
    assert sorted((m.period.label, m.place.city) for m in summits_in_sentence(sentence, PEAK_MEETING_TITLE, LEXICON)) == [
        ("2018-04-04", "हनोई"), ("2018-09-07", "मनीला")]
    # a country hosting names no city: its summit is not read (the city's, with its own date, is)
    country = sentence.replace("हनोई ने", "भारत ने")
    assert [(m.period.label, m.place.city if m.place else None)
            for m in summits_in_sentence(country, PEAK_MEETING_TITLE, LEXICON)] == [("2018-09-07", "मनीला")]
    # hosting to come, or only offered, is no held summit
    planned = sentence.replace("की मेज़बानी की।", "की मेज़बानी करेंगे।")
    assert all(m.status != "held" for m in summits_in_sentence(planned, PEAK_MEETING_TITLE, LEXICON))
    offered = sentence.replace("की मेज़बानी की।", "की मेज़बानी की पेशकश की।")
    assert ("2018-09-07", "मनीला") not in [(m.period.label, m.place.city if m.place else None)
                                          for m in summits_in_sentence(offered, PEAK_MEETING_TITLE, LEXICON)]


def test_leaders_who_met_in_a_clause_beside_a_numbered_meeting():
    sentence = "14 फरवरी 2019 को नेता फिर हनोई में मिले, जबकि 16 सितंबर 2019 को मनीला में पाँचवीं बैठक आयोजित की गई।"
    assert sorted(_years(sentence, PEAK_MEETING_TITLE)) == [(2019, "मनीला", 5, "held"), (2019, "हनोई", None, "held")]
    aside = sentence.replace("नेता फिर हनोई में मिले", "नेता जी-7 बैठक के दौरान हनोई में मिले")
    assert _years(aside, PEAK_MEETING_TITLE) == [(2019, "मनीला", 5, "held")]


HEADLINE_ONLY_NAMES_THE_CITY = """मनीला में पूर्वी मंच त्रिपक्षीय शिखर बैठक: नेताओं ने संयुक्त बयान जारी किया

मनीला, 20 जुलाई (एजेंसी)। तीनों सदस्य देशों के राष्ट्रपतियों ने मंगलवार 19 जुलाई 2022 को आमने-सामने बैठकर बातचीत की। नेताओं ने व्यापार पर बयान जारी किया।

पिछला शिखर सम्मेलन 2019 में हनोई में हुआ था।
"""
EARLIER = (2019, "हनोई", None, None, None)


def test_the_first_dated_sentence_dates_the_summit_the_headline_places():
    assert _held(_parse(HEADLINE_ONLY_NAMES_THE_CITY)) == [EARLIER, (2022, "मनीला", "2022-07-19", None, None)]
    # a day long before the dateline is not the summit the report is about
    long_before = HEADLINE_ONLY_NAMES_THE_CITY.replace("19 जुलाई 2022", "19 मार्च 2022")
    assert _held(_parse(long_before)) == [EARLIER]
    # the leaders met in another city: not the headline's summit
    elsewhere = HEADLINE_ONLY_NAMES_THE_CITY.replace("को आमने-सामने", "को हनोई में आमने-सामने")
    assert (2022, "मनीला", "2022-07-19", None, None) not in _held(_parse(elsewhere))
    # no leaders, only officials who talked
    officials = HEADLINE_ONLY_NAMES_THE_CITY.replace("राष्ट्रपतियों ने", "अधिकारियों ने")
    assert _held(_parse(officials)) == [EARLIER]


def test_a_translators_note_above_the_headline_is_not_the_title():
    assert is_preamble("भारत में यूरोपीय संघ प्रतिनिधिमंडल द्वारा जारी हिंदी अनुवाद")
    assert is_preamble("प्रेस विज्ञप्ति (अनौपचारिक अनुवाद)")
    # a headline about a translation is still a headline
    assert not is_preamble("सम्मेलन के घोषणापत्र का हिंदी अनुवाद जारी, नेताओं ने स्वागत किया")
    rows = _parse("पूर्वी मंच सचिवालय — प्रेस कार्यालय\nमनीला स्थित दूतावास द्वारा जारी हिंदी अनुवाद\n\n"
                  "मनीला, ३ फ़रवरी २०२३\n\nमनीला में २४वाँ पूर्वी मंच शिखर सम्मेलन संपन्न\n\n"
                  "नेताओं ने आज मनीला में २४वें पूर्वी मंच शिखर सम्मेलन में भाग लिया।\n")
    assert rows["documents"][0]["title"] == "मनीला में २४वाँ पूर्वी मंच शिखर सम्मेलन संपन्न"
    assert _held(rows) == [(2023, "मनीला", "2023-02-03", None, 24)]


def test_short_forms_of_irregular_numeral_ordinals():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("६ठा शिखर सम्मेलन") == 6
    assert find_ordinal("1ला सम्मेलन") == 1
    assert find_ordinal("४था शिखर सम्मेलन") == 4
    # a suffix that does not fit its digit, or a longer word, is no ordinal
    assert find_ordinal("5ठा सम्मेलन") is None
    assert find_ordinal("2थे सम्मेलन") is None
    rows = _parse("पूर्वी मंच\n\nहाल के शिखर सम्मेलन:\n\n(क) ६ठा शिखर सम्मेलन — हनोई (वियतनाम), २-३ अक्टूबर २००८;\n"
                  "(ख) ७वाँ शिखर सम्मेलन — मनीला (फ़िलीपींस), १३-१४ दिसंबर २०१२।\n")
    assert _held(rows) == [(2008, "हनोई", "2008-10-02", "2008-10-03", 6), (2012, "मनीला", "2012-12-13", "2012-12-14", 7)]


def test_with_someone_in_a_city_the_postposition_is_not_part_of_the_name():
    assert find_place("राष्ट्रपति के साथ कीव में शिखर सम्मेलन हुआ", LEXICON).city == "कीव"
    assert find_place("राष्ट्रपति के साथ बैठक में भाग लिया", LEXICON) is None


ANAPHORA_OF_TIME_AND_PLACE = """हनोई में पूर्वी मंच का पाँचवाँ शिखर सम्मेलन संपन्न

हनोई, 12 मार्च (भाषा)। पूर्वी मंच का पाँचवाँ शिखर सम्मेलन 10-11 मार्च 2024 को हनोई में आयोजित हुआ।

मंच का पहला शिखर सम्मेलन 2016 में मनीला में हुआ था। अगले वर्ष इसी शहर में दूसरा सम्मेलन आयोजित किया गया। तीसरा सम्मेलन 2019 में बैंकॉक में हुआ, और उसके दो साल बाद वहीं चौथा सम्मेलन हुआ। अगला सम्मेलन अगले वर्ष इसी शहर में होगा।
"""


def test_next_year_and_years_later_in_the_same_city_count_from_the_summit_before():
    held = _held(_parse(ANAPHORA_OF_TIME_AND_PLACE))
    assert (2017, "मनीला", None, None, 2) in held
    assert (2021, "बैंकॉक", None, None, 4) in held
    # a summit to come 'next year' is no held summit of a counted year
    assert 2025 not in [s[0] for s in held]


def test_relative_years_need_an_anchor_and_no_date_of_their_own():
    from pipeline.parse.prose.when import relative_year
    assert relative_year("अगले वर्ष इसी शहर में", 2016).label == "2017"
    assert relative_year("उसके दो साल बाद वहीं", 2019).label == "2021"
    assert relative_year("अगले वर्ष इसी शहर में", None) is None
    assert relative_year("अगले वर्ष, 2020 में,", 2016) is None  # the year is stated
    assert relative_year("दो देशों के", 2016) is None


def test_meanwhile_is_not_there():
    title = "पूर्वी मंच शिखर सम्मेलन"
    from pipeline.parse.layout.summits import Place
    there = Place("बैंकॉक", "city")
    sentence = "वहीं, 2021 में चौथा शिखर सम्मेलन हुआ।"
    assert summits_in_sentence(sentence, title, LEXICON, context_place=there) == []
    [mention] = summits_in_sentence("2021 में वहीं चौथा शिखर सम्मेलन हुआ।", title, LEXICON, context_place=there)
    assert mention.place == there and mention.edition == 4


def test_a_place_within_a_named_region_before_sthit():
    place = find_place("15-16 फ़रवरी 2016 को कैलिफ़ोर्निया के रैंचो मिराज स्थित सनीलैंड्स एस्टेट में", LEXICON)
    assert place is not None and place.city == "रैंचो मिराज"
    # a date or a word of time before के is no region
    assert find_place("2016 के रैंचो मिराज स्थित सनीलैंड्स एस्टेट में", LEXICON) is None


@pytest.mark.parametrize("text, labels", [
    ("12, 13 और 14 जुलाई 2023 को", ["2023-07-12/2023-07-14"]),
    ("जुलाई 12-13, 2023", ["2023-07-12/2023-07-13"]),
    ("12 जुलाई 2023 से 14 जुलाई 2023 तक", ["2023-07-12/2023-07-14"]),
    ("2023 में 12-13 जुलाई को", ["2023-07-12/2023-07-13"]),
    ("वर्ष 2019 के 5 जून को", ["2019-06-05"]),
    # negatives: a year apart is no range; a year then a full date of another year; a count
    ("12 जुलाई 2023 से 14 जुलाई 2024 तक", ["2023-07-12", "2024-07-14"]),
    ("2019 में 5 जून 2020 को", ["2019", "2020-06-05"]),
    ("2018 और 2019 में 5 देशों ने", ["2018", "2019"]),
])
def test_more_ways_to_write_the_days_of_a_summit(text, labels):
    from pipeline.parse.language.dates import find_periods
    assert [p.label for *_, p in find_periods(text)] == labels


LAST_YEAR_IN_A_REPORT = """वॉशिंगटन में 16वाँ पूर्वी मंच शिखर सम्मेलन संपन्न

वॉशिंगटन, 14 मई (एजेंसियां)। पूर्वी मंच का 16वाँ शिखर सम्मेलन 12-13 मई 2022 को वॉशिंगटन में आयोजित हुआ।

पिछले साल यह सम्मेलन हनोई में हुआ था। सम्मेलन में साल 2014 में मनीला (फ़िलीपींस) में छठा सम्मेलन हुआ होने की बात भी उठी।
"""


def test_last_year_counts_from_the_year_of_the_report():
    held = _held(_parse(LAST_YEAR_IN_A_REPORT))
    assert (2021, "हनोई", None, None, None) in held
    # no year of the report (no dated summit first, no dated dateline): 'last year' is unknown
    undated = LAST_YEAR_IN_A_REPORT.replace(" 12-13 मई 2022 को", "")
    assert 2021 not in [s[0] for s in _held(_parse(undated))]


def test_a_country_in_brackets_after_the_city_names_no_other_body():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("साल 2014 में फ़ोर्टालेज़ा (ब्राज़ील) में छठा सम्मेलन हुआ।", title) == [(2014, "फ़ोर्टालेज़ा", 6, "held")]
    assert _years("साल 2014 में फ़ोर्टालेज़ा में आसियान (एएसईएएन) सम्मेलन हुआ।", title) == []


def test_a_list_of_cities_each_with_its_year_in_brackets():
    title = "पूर्वी मंच शिखर सम्मेलन"
    sentence = "पूर्वी मंच शिखर सम्मेलन अब तक तीन बार हो चुका है — नई दिल्ली (2008), हनोई (2011) और मनीला (2015) में।"
    assert _years(sentence, title) == [(2008, "नई दिल्ली", None, "held"), (2011, "हनोई", None, "held"),
                                       (2015, "मनीला", None, "held")]
    # to come, or another series, or a list whose names are no known cities: none
    assert _years(sentence.replace("हो चुका है", "होगा"), title) == []
    assert _years("जी-20 शिखर सम्मेलन अब तक नई दिल्ली (2008) और हनोई (2011) में हो चुका है।", title) == []
    assert _years("शिखर सम्मेलन में राम (2008) और श्याम (2011) शामिल हुए।", title) == []


def test_a_relative_clause_after_the_summit_says_where_it_met():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("पहला सम्मेलन अप्रैल 2008 में हुआ था, जिसकी मेज़बानी नई दिल्ली ने की थी।", title) == [
        (2008, "नई दिल्ली", 1, "held")]
    assert _years("तीसरे सम्मेलन (26-29 अक्टूबर 2015) में 54 देशों ने भाग लिया, जो मनीला में हुआ था।", title) == [
        (2015, "मनीला", 3, "held")]
    # a country hosting names no city; a relative clause about something else names no venue
    assert _years("पहला सम्मेलन अप्रैल 2008 में हुआ था, जिसकी मेज़बानी भारत ने की थी।", title) == []
    assert _years("तीसरे सम्मेलन (26-29 अक्टूबर 2015) में व्यापार पर बात हुई, जो मनीला में होने वाले मेले पर केंद्रित थी।",
                  title) == []


BARRED_DATELINE_REPORT = """हनोई में 43वाँ पूर्वी मंच शिखर सम्मेलन संपन्न, सागर पर चिंता

हनोई | 7 सितंबर 2023 | विशेष संवाददाता

वियतनाम की अध्यक्षता में 43वाँ पूर्वी मंच शिखर सम्मेलन गुरुवार को हनोई में संपन्न हो गया। तीन दिवसीय सम्मेलन 5 से 7 सितंबर तक चला।

वर्ष 2016 के सम्मेलन की मेज़बानी लाओस की राजधानी वियनतियान ने की थी। 2019 का सम्मेलन बैंकॉक में था। 2020 का सम्मेलन बैंकॉक में होना था।
"""


def test_a_barred_dateline_with_its_year_dates_the_report_but_is_not_the_summits_day():
    dateline = find_dateline(["हनोई | 7 सितंबर 2023 | विशेष संवाददाता"], LEXICON)
    assert dateline is not None and (dateline.place.city, dateline.day, dateline.year) == ("हनोई", 7, 2023)
    assert find_dateline(["खेल | क्रिकेट | 7 सितंबर 2023 | विशेष संवाददाता"], LEXICON) is None
    held = _held(_parse(BARRED_DATELINE_REPORT))
    # the days come from the sentence ('5 से 7 सितंबर'), the year from the dateline
    assert (2023, "हनोई", "2023-09-05", "2023-09-07", 43) in held


def test_a_capital_hosting_and_a_summit_that_was_in_a_city():
    held = _held(_parse(BARRED_DATELINE_REPORT))
    assert (2016, "वियनतियान", None, None, None) in held  # a capital is a city, even one no gazetteer knows
    assert (2019, "बैंकॉक", None, None, None) in held
    assert 2020 not in [s[0] for s in held]  # 'होना था': it was to be there
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("सम्मेलन का विषय बैंकॉक में था।", title) == []
    assert _years("वर्ष 2016 के सम्मेलन की मेज़बानी लाओस ने की थी।", title) == []  # a country names no city


@pytest.mark.parametrize("line", [
    "मीडिया विज्ञप्ति", "प्रेस नोट", "समाचार विज्ञप्ति", "तत्काल प्रकाशन हेतु", "प्रेस रिलीज़", "प्रेस वक्तव्य 45/24",
    "12 मार्च 2024, नई दिल्ली", "12.03.2024", "भारत में यूरोपीय संघ का प्रतिनिधिमंडल", "अंग्रेज़ी से अनूदित",
])
def test_more_lines_above_a_releases_headline(line):
    assert is_preamble(line)


@pytest.mark.parametrize("headline", [
    "12 मार्च को दिल्ली में सम्मेलन, नेता पहुँचे",
    "प्रतिनिधिमंडल स्तर की वार्ता में भारत और जापान ने किए समझौते",
    "मीडिया के सामने नेताओं का बयान",
    "12 मार्च 2024, नई दिल्ली में भारत और जापान के बीच शिखर सम्मेलन",
])
def test_headlines_that_look_like_those_lines_stay_headlines(headline):
    assert not is_preamble(headline)


def test_this_year_is_the_year_of_the_report():
    from pipeline.parse.prose.when import relative_year
    assert relative_year("इसी वर्ष जनवरी में हनोई में भी एक विशेष", None, 2022).label == "2022-01"
    assert relative_year("इस साल हनोई में", None, 2022).label == "2022"
    assert relative_year("इस साल हनोई में", None, None) is None  # no year of the report
    assert relative_year("इस सालाना", None, 2022) is None


def test_a_verbless_headline_places_the_summit_its_lead_dates():
    numbered = "हनोई में 18वाँ पूर्वी मंच शिखर सम्मेलन: नेताओं ने घोषणापत्र अपनाया\n\n18वाँ पूर्वी मंच शिखर सम्मेलन 9-10 सितंबर 2023 को आयोजित हुआ।\n"
    assert _held(_parse(numbered)) == [(2023, "हनोई", "2023-09-09", "2023-09-10", 18)]
    this_one = ("हनोई में पूर्वी मंच शिखर सम्मेलन: नेताओं ने घोषणापत्र अपनाया\n\n"
                "नेताओं ने 9-10 सितंबर 2023 को हुए इस सम्मेलन में घोषणापत्र अपनाया। पिछला सम्मेलन 2019 में मनीला में हुआ था।\n")
    assert (2023, "हनोई", "2023-09-09", "2023-09-10", None) in _held(_parse(this_one))
    # a headline about a summit to come places none
    to_come = this_one.replace("हनोई में पूर्वी मंच शिखर सम्मेलन:", "हनोई में होने वाले पूर्वी मंच शिखर सम्मेलन की तैयारी:")
    assert 2023 not in [s[0] for s in _held(_parse(to_come))]


@pytest.mark.parametrize("line, preamble", [
    ("ब्रेकिंग न्यूज़", True), ("होम / विदेश / एशिया", True), ("लेखक: राम कुमार", True),
    ("रिपोर्ट: राम कुमार, नई दिल्ली", True), ("विशेष संवाददाता", True), ("12 मार्च 2024 | 10:30 AM", True),
    ("जकार्ता | 7 सितंबर 2023 | विशेष संवाददाता", True),
    # headlines that open with the same words
    ("रिपोर्ट में खुलासा: शिखर सम्मेलन में 12 समझौते", False), ("ब्रेकिंग: हनोई में शिखर सम्मेलन संपन्न", False),
    ("भारत / जापान शिखर सम्मेलन संपन्न", False), ("एजेंसियों ने कहा कि सम्मेलन सफल रहा", False),
])
def test_a_news_pages_kicker_byline_and_breadcrumb_are_not_the_headline(line, preamble):
    assert is_preamble(line) is preamble


def test_a_city_state_is_a_city_and_a_city_that_organised_the_summit():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("इससे पहले 2018 और 2019 में क्रमशः सिंगापुर और बैंकॉक में सम्मेलन हुए थे।", title) == [
        (2018, "सिंगापुर", None, "held"), (2019, "बैंकॉक", None, "held")]
    assert _years("भारत ने 2018 में सम्मेलन की मेज़बानी की।", title) == []  # a country that is no city
    assert _years("2022 का सम्मेलन टोक्यो ने आयोजित किया।", title) == [(2022, "टोक्यो", None, "held")]
    assert _years("2022 का सम्मेलन जापान ने आयोजित किया।", title) == []
    assert _years("2022 का सम्मेलन टोक्यो ने आयोजित करने की पेशकश की।", title) == []


def test_the_same_year_after_a_founding_date_is_that_year_not_that_day():
    title = "पूर्वी मंच शिखर सम्मेलन"
    sentence = "मंच की स्थापना 15 जून 2001 को मनीला में हुई थी, और उसी वर्ष वहीं इसका पहला शिखर सम्मेलन हुआ।"
    [mention] = summits_in_sentence(sentence, title, LEXICON)
    assert (mention.period.label, mention.place.city, mention.edition) == ("2001", "मनीला", 1)
    split = sentence.replace(", और", ";")
    [mention] = summits_in_sentence(split, title, LEXICON)
    assert (mention.period.label, mention.place.city) == ("2001", "मनीला")
    # with a day of its own after 'उसी वर्ष', that day
    [mention] = summits_in_sentence("उसी वर्ष 24 सितंबर को हनोई में दूसरा शिखर सम्मेलन हुआ।", title, LEXICON, 2005)
    assert mention.period.label == "2005-09-24"


def test_last_year_from_a_summit_the_deck_or_first_paragraph_states():
    rows = _parse("पूर्वी मंच शिखर सम्मेलन: हनोई में सहमति\n\nदो दिन चली बैठक में नया सदस्य शामिल\n\n"
                  "हनोई, 4 जुलाई (एजेंसी)। पूर्वी मंच की 24वीं शिखर बैठक 3-4 जुलाई 2024 को हनोई में हुई।\n\n"
                  "पिछले साल भारत ने वर्चुअल प्रारूप में सम्मेलन की मेज़बानी की थी।\n")
    assert [(s["year"], s["mode"]) for s in rows["summits"] if s["year"] == 2023] == [(2023, "virtual")]


@pytest.mark.parametrize("sentence, expected", [
    ("पहले दो सम्मेलन 2011 और 2012 में नई दिल्ली में हुए।", [(2011, "नई दिल्ली", None, "held"), (2012, "नई दिल्ली", None, "held")]),
    ("सम्मेलन 2016 में गोवा में, 2018 में मनीला में और 2021 में नई दिल्ली में आयोजित किया गया।",
     [(2016, "गोवा", None, "held"), (2018, "मनीला", None, "held"), (2021, "नई दिल्ली", None, "held")]),
    ("भारत ने 2016 में गोवा में और 2021 में वर्चुअल रूप से सम्मेलन की मेज़बानी की थी।",
     [(2016, "गोवा", None, "held"), (2021, None, None, "held")]),
    # to come, another series, or a name no gazetteer knows: none
    ("सम्मेलन 2026 में गोवा में और 2027 में नई दिल्ली में होगा।", []),
    ("2016 में गोवा में और 2021 में जी-20 शिखर सम्मेलन हुए।", []),
    ("सम्मेलन 2016 में रामपुरा में और 2021 में श्यामपुरा में हुआ था।", []),
])
def test_years_each_with_its_city_in_one_list(sentence, expected):
    assert _years(sentence, "पूर्वी मंच शिखर सम्मेलन") == expected


@pytest.mark.parametrize("line, expected", [
    ("नई दिल्ली : 12 मार्च : सम्मेलन हुआ।", ("नई दिल्ली", 12, None)),
    ("नई दिल्ली/12 मार्च। सम्मेलन हुआ।", ("नई दिल्ली", 12, None)),
    ("(नई दिल्ली, 12 मार्च) सम्मेलन हुआ।", ("नई दिल्ली", 12, None)),
    ("नई दिल्ली (12 मार्च): सम्मेलन हुआ।", ("नई दिल्ली", 12, None)),
    ("नई दिल्ली, मंगलवार, 12 मार्च। सम्मेलन हुआ।", ("नई दिल्ली", 12, None)),
    ("नई दिल्ली, 12 मार्च 2024, मंगलवार। सम्मेलन हुआ।", ("नई दिल्ली", 12, 2024)),
    # a label before a colon, and a sentence that opens with a city and a date, are no datelines
    ("पृष्ठभूमि: 15 जून 2001 को संगठन बना।", None),
    ("नई दिल्ली, 12 मार्च को सम्मेलन हुआ।", None),
])
def test_more_ways_to_write_a_dateline(line, expected):
    dateline = find_dateline([line], LEXICON)
    assert (None if dateline is None else (dateline.place.city, dateline.day, dateline.year)) == expected


RELEASE_HERE = """प्रधानमंत्री कार्यालय
नई दिल्ली, 12 मार्च 2024

प्रधानमंत्री ने तीसरे पूर्वी मंच शिखर सम्मेलन की मेज़बानी की

प्रधानमंत्री श्री नरेन्द्र मोदी ने आज यहाँ हैदराबाद हाउस में तीसरे पूर्वी मंच शिखर सम्मेलन की मेज़बानी की। दूसरा शिखर सम्मेलन 2022 में हनोई में हुआ था।
"""


def test_here_in_a_release_is_the_city_of_its_date_line():
    held = _held(_parse(RELEASE_HERE))
    assert (2024, "नई दिल्ली", "2024-03-12", None, 3) in held
    # without 'यहाँ', a summit of the release's day is not placed in the release's city
    abroad = RELEASE_HERE.replace("आज यहाँ हैदराबाद हाउस में", "आज")
    assert 2024 not in [s[0] for s in _held(_parse(abroad))]


def test_lists_of_ministers_meetings_are_no_summits():
    title = "पूर्वी मंच शिखर सम्मेलन"
    assert _years("2016 में गोवा में और 2021 में नई दिल्ली में विदेश मंत्रियों के सम्मेलन हुए।", title) == []
    assert _years("विदेश मंत्रियों का सम्मेलन अब तक नई दिल्ली (2008) और हनोई (2011) में हो चुका है।", title) == []
    assert _years("इसके बाद हनोई ने 4 अप्रैल 2018 को और मनीला ने उसी वर्ष 7 सितंबर को विदेश मंत्रियों की बैठक की मेज़बानी की।",
                  PEAK_MEETING_TITLE) == []


@pytest.mark.parametrize("sentence, edition", [
    ("सम्मेलन का यह 24वाँ संस्करण 3 जुलाई 2024 को हनोई में हुआ।", 24),
    ("24वें संस्करण का सम्मेलन 3 जुलाई 2024 को हनोई में हुआ।", 24),
    ("3 जुलाई 2024 को हनोई में मंच का 24 वाँ शिखर सम्मेलन हुआ।", 24),
    ("सम्मेलन का यह संस्करण 3 जुलाई 2024 को हनोई में हुआ।", None),  # an edition without its number
])
def test_editions_written_around_the_noun(sentence, edition):
    [(year, city, found, status)] = _years(sentence, "पूर्वी मंच शिखर सम्मेलन")
    assert (year, city, found) == (2024, "हनोई", edition)


def test_a_bare_ordinal_suffix_without_its_number_is_no_ordinal():
    assert _years("3 जुलाई 2024 को हनोई में मंच का वाँ शिखर सम्मेलन हुआ।", "पूर्वी मंच शिखर सम्मेलन") == []


def test_the_headlines_summit_waits_through_undated_sentences_of_the_lead():
    text = ("हनोई में पूर्वी मंच शिखर सम्मेलन संपन्न, व्यापार पर सहमति\n\n"
            "तीन दिवसीय सम्मेलन में 30 देशों के नेता शामिल हुए। यह सम्मेलन 12-14 मई 2022 को आयोजित हुआ।"
            " पिछला सम्मेलन 2019 में मनीला में हुआ था।\n")
    rows = _parse(text)
    assert (2022, "हनोई", "2022-05-12", "2022-05-14", None) in _held(rows)
    summit = next(s for s in rows["summits"] if s["year"] == 2022)
    assert "हनोई" in summit["source_text"]  # the headline that placed it is quoted
    # a dated sentence first ends the wait: a later 'यह सम्मेलन' is not the headline's
    dated_first = text.replace("तीन दिवसीय सम्मेलन में 30 देशों के नेता शामिल हुए।", "2021 में व्यापार 5% बढ़ा।")
    assert 2022 not in [s[0] for s in _held(_parse(dated_first))]


YEARS_BEFORE_AND_THE_DATELINE_FRAGMENT = """हनोई में 16वाँ पूर्वी मंच शिखर सम्मेलन संपन्न

हनोई, 14 मई (एजेंसियां)। पूर्वी मंच का 16वाँ शिखर सम्मेलन 12-13 मई 2022 को आयोजित हुआ।

दो साल पहले जकार्ता में हुए सम्मेलन में व्यापार समझौता हुआ था। इससे पहले 2012 में इसी शहर में दूसरा सम्मेलन हुआ था।
"""


def test_the_dateline_alone_does_not_end_the_headlines_wait_and_years_before_count_back():
    held = _held(_parse(YEARS_BEFORE_AND_THE_DATELINE_FRAGMENT))
    assert (2022, "हनोई", "2022-05-12", "2022-05-13", 16) in held  # placed by the numbered headline
    assert (2020, "जकार्ता", None, None, None) in held  # 'दो साल पहले' from the report's year
    assert (2012, "जकार्ता", None, None, 2) in held  # 'इसी शहर': the city told last
    from pipeline.parse.prose.when import relative_year
    assert relative_year("उससे दो साल पहले जकार्ता में", 2019, 2024).label == "2017"
    assert relative_year("दो साल पहले", None, None) is None
    assert relative_year("दो साल पहले 2018 में", None, 2024) is None  # the year is stated


def test_a_meeting_told_as_history_does_not_date_the_headlines_summit():
    from pipeline.parse.prose import met_on_headline_summit
    from pipeline.parse.prose.words import Pending
    from pipeline.parse.layout.summits import Place
    headline = Pending(Place("हनोई", "city"), None)
    assert met_on_headline_summit("दोनों देशों के नेता 15 जून 2015 को मिले थे।", headline, "T", LEXICON, None) is None
    assert met_on_headline_summit("दोनों देशों के नेता पहली बार 15 जून 2015 को मिले।", headline, "T", LEXICON, None) is None
    met = met_on_headline_summit("दोनों देशों के नेता 15 जून 2015 को मिले।", headline, "T", LEXICON, None)
    assert met is not None and met.period.label == "2015-06-15"


def test_a_summit_of_history_in_the_first_paragraph_is_not_the_reports_year():
    text = ("पूर्वी मंच: पचास साल का सफ़र\n\n"
            "पूर्वी मंच का पहला सम्मेलन 1973 में हनोई में हुआ था, और 2022 में इसका 16वाँ सम्मेलन मनीला में होगा।\n\n"
            "पिछले साल यह सम्मेलन बैंकॉक में हुआ था।\n")
    assert [s[0] for s in _held(_parse(text))] == [1973]  # never 1972


def test_the_first_of_a_way_of_meeting_is_no_edition():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("नेताओं का पहला आमने-सामने शिखर सम्मेलन") is None
    assert find_ordinal("पहला वर्चुअल शिखर सम्मेलन") is None
    assert find_ordinal("नेताओं का पहला शिखर सम्मेलन") == 1
    assert find_ordinal("तीसरा वार्षिक शिखर सम्मेलन") == 3


def test_without_a_dateline_here_is_the_city_the_headline_names():
    text = ("हनोई में 16वाँ पूर्वी मंच शिखर सम्मेलन संपन्न\n\n"
            "पूर्वी मंच का 16वाँ शिखर सम्मेलन 12-13 मई 2022 को आयोजित हुआ। इससे पहले 2019 में यहीं 10वाँ सम्मेलन हुआ था।"
            " 2020 में मनीला में सम्मेलन हुआ।\n")
    assert (2019, "हनोई", None, None, 10) in _held(_parse(text))
    # a headline that names no city: 'यहीं' stays unknown, the summit is left out
    no_city = text.replace("हनोई में 16वाँ", "16वाँ")
    assert 2019 not in [s[0] for s in _held(_parse(no_city))]
