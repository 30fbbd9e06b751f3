"""Session 15, round blind19 (news and press releases): rounds of consultations ('परामर्श का दूसरा
दौर'); meetings of a kind that began then and there ('इस तरह के ... परामर्श की शुरुआत ... में हुई
थी'); a bound prefix before a title word ('अंतर-सरकारी'); a general assembly (महासभा) as a series'
own noun; the lead's gloss of a headline's name ('यूनेस्को का विश्व सम्मेलन "मोंडियाकल्ट 2025"');
the last meeting ('पिछली बैठक ... में हुई थी'); leaders who met for the Nth time; the days after a
month and year with the subject between; a country invited to something named in a few words;
guest countries of a forum with no members; a venue on the very same days as a listed summit.
Every document is invented, of other series than blind19's."""

from __future__ import annotations

from pipeline.parse.language.dates import find_periods
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.organisers import named_series_glosses
from pipeline.parse.parties.guests import guests_who_took_part
from pipeline.parse.parties.not_sides import is_recognised
from pipeline.parse.prose.series import _other_series
from tests.parse_support import held, parse

LEXICON = default_lexicon()


def _parties(rows: dict) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


def _labels(text: str) -> list[str]:
    return [p.label for _, _, p in find_periods(text)]


# --- rounds of consultations, and a kind of meetings that began then and there ---------------

CONSULTATIONS = """भारत-जापान सरकारी परामर्श: टोक्यो में दोनों सरकारों ने आपूर्ति श्रृंखला पर समझौते किए

टोक्यो, 6 मार्च (एजेंसियाँ)। भारत और जापान की सरकारों के बीच अंतर-सरकारी परामर्श का तीसरा दौर बुधवार, 6 मार्च 2024 को टोक्यो में संपन्न हुआ। दोनों ओर से कई मंत्री बैठक में शामिल हुए।

इतिहास

दोनों देशों के बीच इस तरह के सरकारी परामर्श की शुरुआत 14 मई 2016 को नई दिल्ली में हुई थी, जब दोनों प्रधानमंत्रियों ने पहले दौर की सह-अध्यक्षता की थी। दोनों देश 2006 से रणनीतिक साझेदार हैं।
"""


def test_a_round_of_consultations_is_numbered_and_a_kind_that_began_is_the_first():
    summits = held(parse(CONSULTATIONS))
    assert (2024, "Tokyo", "2024-03-06", 3) in summits
    assert (2016, "New Delhi", "2016-05-14", 1) in summits
    assert not [s for s in summits if s[0] == 2006]


PLURAL_BEGAN = """भारत-नॉर्डिक शिखर सम्मेलन: कोपेनहेगन में नेताओं की बैठक

कोपेनहेगन, 4 मई (एजेंसियाँ)। भारत और पाँच नॉर्डिक देशों का शिखर सम्मेलन 4 मई 2022 को कोपेनहेगन में हुआ।

ऐसे शिखर सम्मेलनों की शुरुआत 17 अप्रैल 2018 को स्टॉकहोम में हुई थी।
"""


def test_plural_summits_that_began_give_their_first_summit():
    summits = held(parse(PLURAL_BEGAN))
    assert (2018, "Stockholm", "2018-04-17", None) in summits


ONE_OPENING = """नॉर्डिक परिषद शिखर सम्मेलन: रेक्याविक में जलवायु पर ज़ोर

रेक्याविक, 9 मई (एजेंसियाँ)। नॉर्डिक परिषद का शिखर सम्मेलन 8 और 9 मई 2025 को रेक्याविक में हुआ। सम्मेलन की शुरुआत गुरुवार शाम कामकाजी रात्रिभोज से हुई।
"""


def test_one_summits_own_opening_is_no_first_summit():
    summits = held(parse(ONE_OPENING))
    assert summits == [(2025, "Reykjavik", "2025-05-08", None)]


def test_a_bound_prefix_before_a_title_word_is_the_series_own_name():
    title = match_key("भारत-जापान सरकारी परामर्श: टोक्यो में समझौते")
    assert not _other_series(["सरकारों", "के", "बीच", "अंतर-सरकारी"], title, LEXICON)
    assert not _other_series(["अंतरसरकारी"], title, LEXICON)
    # another word behind the prefix names another body
    assert _other_series(["अंतर-संसदीय"], title, LEXICON)


# --- a general assembly, its own noun -----------------------------------------------------------

ASSEMBLY = """प्रधानमंत्री ने पेरिस में विश्व पशु स्वास्थ्य संगठन की ८८वीं महासभा को संबोधित किया

प्रधानमंत्री ने आज पेरिस में विश्व पशु स्वास्थ्य संगठन की ८८वीं महासभा को संबोधित किया। उन्होंने बताया कि भारत ने २००१ में नई दिल्ली में ६९वीं महासभा की मेज़बानी की थी; इससे पहले १९९० में पेरिस में ५८वीं महासभा आयोजित हुई थी।
"""


def test_a_general_assembly_is_the_series_meeting_in_prose():
    assert match_key("महासभा") in own_meeting_nouns("इंटरपोल की ९०वीं महासभा का उद्घाटन")
    summits = held(parse(ASSEMBLY))
    assert (1990, "Paris", None, 58) in summits


OTHER_ASSEMBLY = """ब्रिक्स शिखर सम्मेलन: जोहान्सबर्ग में नए सदस्यों पर सहमति

जोहान्सबर्ग, 24 अगस्त (एजेंसियाँ)। ब्रिक्स का 15वाँ शिखर सम्मेलन 22 से 24 अगस्त 2023 तक जोहान्सबर्ग में हुआ। इससे पहले सितंबर 2023 में न्यूयॉर्क में संयुक्त राष्ट्र की 78वीं महासभा आयोजित हुई थी।
"""


def test_another_bodys_general_assembly_stays_out():
    summits = held(parse(OTHER_ASSEMBLY))
    assert not [s for s in summits if s[1] == "New York"]


# --- the lead's gloss of a headline's name --------------------------------------------------------

GLOSSED = """यूथकल्ट 2024: लिस्बन में युवाओं और संस्कृति पर घोषणापत्र

लिस्बन, 5 जून (एजेंसियाँ)। युवाओं और संस्कृति पर संयुक्त राष्ट्र का अंतरराष्ट्रीय सम्मेलन "यूथकल्ट 2024" बुधवार को लिस्बन में संपन्न हुआ। 3 से 5 जून 2024 तक चले इस सम्मेलन में कई देशों के मंत्री शामिल हुए।

इतिहास

युवाओं पर संयुक्त राष्ट्र का पहला अंतरराष्ट्रीय सम्मेलन 10 से 12 मई 1999 तक बुडापेस्ट में हुआ था।
"""

UNKNOWN_HOLDER = GLOSSED.replace("संयुक्त राष्ट्र", "यूनिसेफ़")  # a holder the lexicon does not know


def test_the_organisation_that_glosses_the_headlines_name_holds_the_series():
    for text in (GLOSSED, UNKNOWN_HOLDER):
        summits = held(parse(text))
        assert (1999, "Budapest", "1999-05-10", 1) in summits
        assert (2024, "Lisbon", "2024-06-03", None) in summits


def test_without_the_gloss_another_organisations_conference_stays_out():
    plain = GLOSSED.replace('संयुक्त राष्ट्र का अंतरराष्ट्रीय सम्मेलन "यूथकल्ट 2024"', '"यूथकल्ट 2024"')
    assert not [s for s in held(parse(plain)) if s[0] == 1999]


def test_a_gloss_needs_a_summit_noun_right_before_the_name():
    title = "यूथकल्ट 2024: लिस्बन में घोषणापत्र"
    assert named_series_glosses(['युवाओं पर संयुक्त राष्ट्र का अंतरराष्ट्रीय सम्मेलन "यूथकल्ट 2024" संपन्न हुआ।'], title, LEXICON) == [
        match_key("संयुक्त राष्ट्र का अंतरराष्ट्रीय सम्मेलन")]
    assert named_series_glosses(['युवाओं पर यूनिसेफ़ का अंतरराष्ट्रीय सम्मेलन "यूथकल्ट 2024" संपन्न हुआ।'], title, LEXICON) == [
        match_key("अंतरराष्ट्रीय सम्मेलन")]
    assert named_series_glosses(["यूनेस्को के महासम्मेलन में यूथकल्ट पर चर्चा हुई।"], title, LEXICON) == []
    assert named_series_glosses(["यूनेस्को का सम्मेलन यूथकल्ट संपन्न"], "लिस्बन में यूथकल्ट संपन्न हुआ", LEXICON) == []


# --- the last meeting, and leaders who met for the Nth time ------------------------------------

LAST_MEETING = """बाल्टिक-नॉर्डिक शिखर सम्मेलन: विलनियस में ऊर्जा सुरक्षा पर सहमति

विलनियस, 3 जून (एजेंसियाँ)। आठ देशों के बाल्टिक-नॉर्डिक शिखर सम्मेलन में एस्टोनिया, लातविया, लिथुआनिया, डेनमार्क, फ़िनलैंड, आइसलैंड, नॉर्वे और स्वीडन के नेता 2 और 3 जून 2025 को विलनियस में शामिल हुए।

पिछली बैठक 5-6 नवंबर 2024 को लातविया की राजधानी रीगा में हुई थी। इससे पहले नेता तीसरी बार 11 मई 2023 को कोपेनहेगन में मिले थे। संयुक्त आयोग की पिछली बैठक 14 मार्च 2024 को ओस्लो में हुई थी। रक्षा मंत्रियों की पिछली बैठक 20 फ़रवरी 2024 को टालिन में हुई थी।
"""


def test_the_last_meeting_and_the_nth_time_the_leaders_met():
    summits = held(parse(LAST_MEETING))
    assert (2024, "Riga", "2024-11-05", None) in summits
    assert (2023, "Copenhagen", "2023-05-11", 3) in summits
    assert not [s for s in summits if s[0] == 2024 and s[1] in ("Oslo", "Tallinn")]


COUNTED_WITHIN = """बाल्टिक-नॉर्डिक शिखर सम्मेलन: नैरोबी में नेताओं की बैठक

आठ देशों के बाल्टिक-नॉर्डिक शिखर सम्मेलन में एस्टोनिया, लातविया, लिथुआनिया, डेनमार्क, फ़िनलैंड, आइसलैंड, नॉर्वे और स्वीडन के नेता शामिल होते हैं।

नेता पहली बार किसी अफ्रीकी देश में 5 मई 2019 को नैरोबी में मिले। नेता इस वर्ष दूसरी बार 9 अक्टूबर 2019 को ओस्लो में मिले।
"""


def test_a_count_within_something_else_is_no_edition():
    summits = held(parse(COUNTED_WITHIN))
    assert (2019, "Nairobi", "2019-05-05", None) in summits
    assert (2019, "Oslo", "2019-10-09", None) in summits


# --- days after a month and year, with the subject between -------------------------------------

def test_days_after_a_month_and_year_with_words_between():
    assert _labels("अक्टूबर 2023 में स्वीडन ने 12 और 13 तारीख़ को विस्बी में सम्मेलन की मेज़बानी की") == ["2023-10-12/2023-10-13"]
    assert _labels("मार्च 2019 में नेताओं ने 5 तारीख को दिल्ली में बैठक की") == ["2019-03-05"]
    assert _labels("दिसंबर 2005 में 3-4 तारीख़ को") == ["2005-12-03/2005-12-04"]
    # look-alikes: a count of days, a day of another month
    assert _labels("मार्च 2019 में कुल 12 तिथियों पर कार्यक्रम हुए") == ["2019-03"]
    assert _labels("अक्टूबर 2023 में 12 देशों ने 13 जून को") == ["2023-10"]


# --- invited, not a side; guests that took part -------------------------------------------------

def test_a_country_invited_to_something_named_in_a_few_words_is_no_side():
    title = "काला सागर शिखर सम्मेलन: वर्ना में छह देशों ने जॉर्जिया को 'विस्तारित साझेदारी' का न्योता दिया"
    assert is_recognised(title, "जॉर्जिया")
    assert is_recognised("सदस्य देशों ने मोल्दोवा को संगठन के साथ नई साझेदारी बनाने का औपचारिक निमंत्रण दिया", "मोल्दोवा")
    # a clause apart: the side is no object of the invitation
    assert not is_recognised("रोमानिया ने सम्मेलन की मेज़बानी की, और बुल्गारिया को न्योता दिया", "रोमानिया")


def test_guest_countries_that_took_part():
    sentence = ("3 से 5 मार्च 2024 तक आयोजित इस मंच में मेज़बान मिस्र के अलावा भारत और इंडोनेशिया ने "
                "विशेष अतिथि देशों के रूप में भाग लिया।")
    assert guests_who_took_part(sentence, LEXICON) == ["मिस्र", "भारत", "इंडोनेशिया"]
    assert guests_who_took_part("ब्राज़ील ने अतिथि देश के तौर पर हिस्सा लिया।", LEXICON) == ["ब्राज़ील"]
    # look-alikes: only invited; did not take part
    assert guests_who_took_part("भारत और ब्राज़ील को अतिथि देशों के रूप में आमंत्रित किया गया।", LEXICON) == []
    assert guests_who_took_part("भारत ने अतिथि देश के रूप में भाग नहीं लिया।", LEXICON) == []


FORUM = """भविष्य शासन मंच २०२४: काहिरा में डिजिटल सरकार पर चर्चा

काहिरा, 5 मार्च (एजेंसियाँ)। भविष्य शासन मंच २०२४ मंगलवार को काहिरा में संपन्न हुआ। 3 से 5 मार्च 2024 तक आयोजित इस मंच में मेज़बान मिस्र के अलावा भारत और इंडोनेशिया ने विशेष अतिथि देशों के रूप में भाग लिया।
"""

GROUP_WITH_GUESTS = """जी-7 शिखर सम्मेलन: हिरोशिमा में यूक्रेन पर चर्चा

हिरोशिमा, 21 मई (एजेंसियाँ)। जी-7 का शिखर सम्मेलन 19 से 21 मई 2023 तक हिरोशिमा में हुआ, जिसमें अमेरिका, ब्रिटेन, फ़्रांस, जर्मनी, इटली, कनाडा और जापान के नेताओं ने भाग लिया। भारत और ब्राज़ील ने अतिथि देशों के रूप में भाग लिया।
"""


def test_a_forum_without_members_has_its_guest_countries_as_sides_a_group_does_not():
    assert _parties(parse(FORUM)) == ["Egypt", "India", "Indonesia"]
    parties = _parties(parse(GROUP_WITH_GUESTS))
    assert "Japan" in parties and "India" not in parties and "Brazil" not in parties


# --- a venue on the very same days ----------------------------------------------------------------

VENUE = """प्रधानमंत्री ने रियाद में भविष्य निवेश पहल सम्मेलन २०२३ को संबोधित किया

प्रधानमंत्री ने आज रियाद में भविष्य निवेश पहल सम्मेलन को संबोधित किया। २४ से २६ अक्टूबर, २०२३ तक रिट्ज़ कार्लटन में आयोजित इस सम्मेलन में ९० देशों के प्रतिनिधि शामिल हुए।

हाल के वर्षों के सम्मेलन इस प्रकार रहे:

(क) २५-२७ अक्टूबर, २०२२ — रियाद
(ख) २४-२६ अक्टूबर, २०२३ — रियाद
"""


def test_a_venue_on_the_same_days_is_the_listed_summit():
    summits = [s for s in parse(VENUE)["summits"] if s["year"] == 2023]
    assert [(s["city_en"], s["date"], s["date_end"]) for s in summits] == [("Riyadh", "2023-10-24", "2023-10-26")]
