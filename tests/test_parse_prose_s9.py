"""Sentence shapes of news reports, press releases and articles as a new writer puts them
(session 9). Every document is small and invented; each test pairs the shape the parser
must read with a look-alike it must leave out.
"""

from __future__ import annotations

from pipeline.parse import DocumentRejected
from tests.parse_support import held, parse


def _cities(text: str) -> list[tuple]:
    try:
        return [(year, city) for year, city, _, _ in held(parse(text))]
    except DocumentRejected:  # a report without a heading and without a summit
        return []


def _news(title: str, body: str) -> str:
    """A news report: headline, dateline, then the sentences (no heading, so prose reads them all)."""
    return f"{title}: दोनों देशों के रिश्तों पर एक नज़र\n\nमुंबई, 5 मार्च (ब्यूरो)। दोनों देशों के रिश्ते मज़बूत हुए हैं। {body}\n"


# --- "इस शिखर वार्ता": the summit the sentence before told, where it told it -------------------

THIS_SUMMIT_AFTER_ITS_PLACE = """भारत-पाकिस्तान शिखर वार्ताएँ: रिश्तों पर एक नज़र

नई दिल्ली, 10 जनवरी (ब्यूरो)। छह दशक पहले ताशकंद में दोनों देशों के नेताओं ने एक घोषणा पर दस्तख़त किए थे। 4 से 10 जनवरी 1966 तक चली इस शिखर वार्ता में दोनों पक्ष पुरानी स्थिति में लौटने पर राज़ी हुए।
"""


def test_this_summit_takes_the_city_of_the_sentence_before_not_the_dateline():
    assert held(parse(THIS_SUMMIT_AFTER_ITS_PLACE)) == [(1966, "Tashkent", "1966-01-04", None)]


def test_this_summit_after_a_sentence_with_two_cities_borrows_neither():
    text = THIS_SUMMIT_AFTER_ITS_PLACE.replace(
        "छह दशक पहले ताशकंद में", "छह दशक पहले ताशकंद में और बाद में मॉस्को में")
    assert (1966, "Tashkent") not in _cities(text) and (1966, "Moscow") not in _cities(text)


def test_a_summit_without_this_does_not_borrow_the_city_before():
    text = THIS_SUMMIT_AFTER_ITS_PLACE.replace("चली इस शिखर वार्ता में", "चली एक शिखर वार्ता में")
    assert (1966, "Tashkent") not in _cities(text)


# --- "X पहुँचे, जहाँ ... शिखर वार्ता के बाद ... जारी हुई": after a summit there ---------------------

REACHED_WHERE = """भारत-पाकिस्तान शिखर वार्ताएँ: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। प्रधानमंत्री ने नई पहल की। फ़रवरी 1999 में वह बस से सीमा पार कर लाहौर पहुँचे, जहाँ प्रधानमंत्री शरीफ़ के साथ शिखर वार्ता के बाद एक घोषणा जारी हुई।
"""


def test_a_summit_after_which_something_happened_where_the_leader_went_took_place_there():
    assert _cities(REACHED_WHERE) == [(1999, "Lahore")]


def test_a_summit_after_which_something_will_happen_is_not_one_that_took_place():
    assert _cities(REACHED_WHERE.replace("जारी हुई", "जारी होगी")) == []


def test_after_a_summit_named_as_a_point_in_time_is_still_no_summit():
    text = """भारत-पाकिस्तान शिखर वार्ताएँ: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। फ़रवरी 1999 में लाहौर शिखर वार्ता के बाद दोनों देशों के रिश्ते बदले।
"""
    assert _cities(text) == []


def test_with_a_leader_before_the_noun_is_no_other_series_in_a_two_sided_document():
    text = """भारत-पाकिस्तान शिखर वार्ताएँ: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। 14 जुलाई 2001 को आगरा में प्रधानमंत्री मुशर्रफ़ के साथ शिखर वार्ता हुई।
"""
    assert _cities(text) == [(2001, "Agra")]


def test_a_city_with_others_than_a_leader_before_the_noun_places_nothing():
    text = """भारत-पाकिस्तान शिखर वार्ताएँ: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। 14 जुलाई 2001 को आगरा में व्यापारियों और उद्योगपतियों के साथ शिखर वार्ता हुई।
"""
    assert (2001, "Agra") not in _cities(text)


# --- "यह ... की तीसरी मुलाक़ात और ... पाँचवाँ शिखर सम्मेलन था": the conjunct that numbers the summit --

def test_this_was_the_nth_summit_in_a_second_conjunct_numbers_the_summit_before():
    from pipeline.parse.prose import numbers_the_summit_before
    assert numbers_the_summit_before(
        "यह इस वर्ष दोनों नेताओं की तीसरी मुलाक़ात और दोनों देशों के बीच कुल मिलाकर पाँचवाँ शिखर सम्मेलन था।") == 5
    assert numbers_the_summit_before("यह उनकी दूसरी भेंट और अब तक का 12वाँ वार्षिक शिखर सम्मेलन था।") == 12


def test_a_count_within_a_year_or_of_meetings_that_are_not_summits_numbers_nothing():
    from pipeline.parse.prose import numbers_the_summit_before
    assert numbers_the_summit_before("यह दोनों नेताओं की पहली मुलाक़ात और इस वर्ष का तीसरा शिखर सम्मेलन था।") is None
    assert numbers_the_summit_before("यह उनकी तीसरी मुलाक़ात और एक ऐतिहासिक शिखर सम्मेलन था।") is None
    assert numbers_the_summit_before("यह इस वर्ष दोनों नेताओं की तीसरी मुलाक़ात थी।") is None


NUMBERED_IN_A_SECOND_CONJUNCT = """कोरियाई शिखर सम्मेलन: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। दोनों देशों के नेताओं के बीच 18 से 20 सितंबर 2018 तक सियोल में शिखर सम्मेलन आयोजित हुआ। यह इस वर्ष दोनों नेताओं की तीसरी मुलाक़ात और दोनों देशों के बीच कुल मिलाकर पाँचवाँ शिखर सम्मेलन था।
"""


def test_the_edition_reaches_the_summit_of_the_sentence_before():
    assert held(parse(NUMBERED_IN_A_SECOND_CONJUNCT)) == [(2018, "Seoul", "2018-09-18", 5)]


# --- two leaders met on two days of one year ---------------------------------------------------

TWO_DAYS_ONE_YEAR = """कोरियाई शिखर सम्मेलन: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। इस वर्ष राष्ट्रपति मून और अध्यक्ष किम 27 अप्रैल और 26 मई, 2018 को सियोल में मिल चुके हैं — अप्रैल की बैठक दक्षिणी हिस्से के "पीस हाउस" में और मई की बैठक उत्तरी हिस्से के "तोंगिलगाक" में हुई।
"""


def test_two_leaders_who_met_on_two_days_of_one_year_held_two_summits():
    assert held(parse(TWO_DAYS_ONE_YEAR)) == [(2018, "Seoul", "2018-04-27", None), (2018, "Seoul", "2018-05-26", None)]


def test_two_days_of_one_meeting_are_still_one_summit():
    text = TWO_DAYS_ONE_YEAR.replace("27 अप्रैल और 26 मई, 2018", "26 और 27 मई, 2018")
    assert held(parse(text)) == [(2018, "Seoul", "2018-05-26", None)]


def test_ministers_who_met_on_two_days_held_no_summit():
    text = TWO_DAYS_ONE_YEAR.replace("राष्ट्रपति मून और अध्यक्ष किम", "दोनों देशों के विदेश मंत्री")
    assert _cities(text) == []


def test_two_days_a_month_apart_joined_by_and_are_two_days_not_a_range():
    from pipeline.parse.language.dates import find_periods
    assert [p.label for _, _, p in find_periods("27 अप्रैल और 26 मई, 2018 को")] == ["2018-04-27", "2018-05-26"]
    assert [p.label for _, _, p in find_periods("28 जून से 2 जुलाई 1972 तक")] == ["1972-06-28/1972-07-02"]
    assert [p.label for _, _, p in find_periods("30 जून और 1 जुलाई 2019 को")] == ["2019-06-30/2019-07-01"]


# --- the series under another name for a time ----------------------------------------------------

RENAMED = """जी-7 शिखर सम्मेलन: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। पहला शिखर सम्मेलन नवंबर 1975 में पेरिस में हुआ था। 1997 में रूस के शामिल होने के बाद समूह जी-8 कहलाने लगा। 2003 में जिनेवा में हुए जी-8 सम्मेलन में भारत भी बुलाया गया था।
"""


def test_a_summit_under_a_name_the_text_says_the_series_took_is_one_of_the_series():
    assert (2003, "Geneva") in _cities(RENAMED)


def test_a_summit_of_a_group_the_series_was_never_called_is_another_series():
    assert (2003, "Geneva") not in _cities(RENAMED.replace("समूह जी-8 कहलाने लगा", "रूस जी-20 में भी गया"))


def test_only_a_numbered_or_short_name_counts_as_another_name():
    from pipeline.parse.prose import renamed_as
    assert renamed_as(["1997 के बाद समूह जी-8 कहलाने लगा।", "रूस के जुड़ने पर समूह का नाम G8 हो गया।"]) == ("जी-8", "g8")
    assert renamed_as(["यह सम्मेलन बहुत अहम बना।", "समूह बड़ा हो गया।"]) == ()


# --- the prime ministers' summit, a summit in quoted speech, "शिखर भेंट" ---------------------------

def _one(sentence: str) -> list[tuple]:
    return _cities(_news("भारत-जापान शिखर सम्मेलन", sentence))


def test_a_summit_of_the_prime_ministers_is_no_meeting_of_ministers():
    assert _one("29 अक्टूबर 2018 को टोक्यो में दोनों प्रधानमंत्रियों की शिखर वार्ता हुई।") == [(2018, "Tokyo")]
    assert _one("29 अक्टूबर 2018 को टोक्यो में दोनों प्रधान मंत्रियों की शिखर बैठक हुई।") == [(2018, "Tokyo")]
    assert _one("29 अक्टूबर 2018 को टोक्यो में दोनों देशों के व्यापार मंत्रियों की बैठक हुई।") == []


def test_a_summit_meeting_may_be_called_shikhar_bhent():
    assert _one("29 अक्टूबर 2018 को टोक्यो में दोनों प्रधानमंत्रियों की शिखर भेंट हुई।") == [(2018, "Tokyo")]
    assert _one("29 अक्टूबर 2018 को टोक्यो में दोनों प्रधानमंत्रियों की शिखर भेंट होगी।") == []


def test_a_summit_in_quoted_speech_opened_by_its_year_is_read():
    assert _one('प्रधानमंत्री ने कहा, "2018 में टोक्यो में हुआ शिखर सम्मेलन ऐतिहासिक था।"') == [(2018, "Tokyo")]
    assert _one('प्रधानमंत्री ने कहा, "2026 में टोक्यो में होने वाला शिखर सम्मेलन ऐतिहासिक होगा।"') == []


def test_a_year_inside_a_quoted_name_is_no_summit_year():
    assert _one('टोक्यो में हुए शिखर सम्मेलन में "विज़न 2030" दस्तावेज़ जारी हुआ।') == []


# --- "इन्हें ... शिखर सम्मेलनों में नहीं गिना जाता": the meetings just told are not summits --------------

NOT_COUNTED_AFTER = """भारत-जापान शिखर सम्मेलन: रिश्तों पर एक नज़र

मुंबई, 5 मार्च (ब्यूरो)। 4 जून 2020 को टोक्यो में दोनों प्रधानमंत्रियों की पहली वर्चुअल शिखर बैठक हुई। इन्हें वार्षिक शिखर सम्मेलनों में नहीं गिना जाता। 10 मार्च 2023 को नई दिल्ली में पहला वार्षिक शिखर सम्मेलन हुआ।
"""


def test_meetings_the_next_sentence_says_are_not_counted_are_no_summits():
    assert _cities(NOT_COUNTED_AFTER) == [(2023, "New Delhi")]


def test_a_next_sentence_that_counts_them_keeps_them():
    text = NOT_COUNTED_AFTER.replace("इन्हें वार्षिक शिखर सम्मेलनों में नहीं गिना जाता।", "इसे पहला शिखर सम्मेलन माना जाता है।")
    assert _cities(text) == [(2020, "Tokyo"), (2023, "New Delhi")]


def test_not_counted_needs_a_word_pointing_back():
    from pipeline.parse.prose import not_counted
    assert not_counted("ये दोनों बैठकें शिखर सम्मेलनों में नहीं गिनी जातीं।")
    assert not_counted("यह बैठक वार्षिक शिखर सम्मेलनों का हिस्सा नहीं थी।")
    assert not not_counted("मंत्रियों की बैठकें शिखर सम्मेलन नहीं मानी जातीं।")


# --- the year of the sentence before, a list after "ये सम्मेलन", hosts by year, "अगला ... हुआ" ---------

def test_that_year_takes_the_year_of_the_sentence_before():
    assert _one("वर्ष 2019 दोनों देशों के लिए अहम रहा। उस साल अक्टूबर में चेन्नई में दूसरा शिखर सम्मेलन हुआ।") == [
        (2019, "Chennai")]
    # without a year before, 'that year' dates nothing
    assert _one("वह दौर दोनों देशों के लिए अहम रहा। उस साल अक्टूबर में चेन्नई में दूसरा शिखर सम्मेलन हुआ।") == []


def test_these_summits_in_a_list_of_years_and_cities_are_the_series():
    assert _one("इससे पहले ये सम्मेलन 2015 में नई दिल्ली, 2016 में टोक्यो और 2017 में गांधीनगर में हुए थे।") == [
        (2015, "New Delhi"), (2016, "Tokyo"), (2017, "Gandhinagar")]
    assert _one("ये सम्मेलन 2027 में नई दिल्ली और 2028 में टोक्यो में होंगे।") == []


def test_cities_with_years_that_hosted_the_summits():
    assert _one("टोक्यो (2006), नई दिल्ली (2007) और फिर टोक्यो (2008) ने शिखर सम्मेलनों की मेज़बानी की।") == [
        (2006, "Tokyo"), (2007, "New Delhi"), (2008, "Tokyo")]
    assert _one("टोक्यो (2027) और नई दिल्ली (2028) शिखर सम्मेलनों की मेज़बानी करेंगे।") == []


def test_the_next_summit_of_a_story_told_in_the_past_took_place():
    assert _one("दिसंबर 2007 में नई दिल्ली में शिखर सम्मेलन हुआ और उसके अगले वर्ष टोक्यो में अगला शिखर सम्मेलन हुआ।") == [
        (2007, "New Delhi"), (2008, "Tokyo")]
    assert _one("दिसंबर 2007 में नई दिल्ली में शिखर सम्मेलन हुआ और अगला शिखर सम्मेलन 2027 में टोक्यो में होगा।") == [
        (2007, "New Delhi")]


def test_the_anniversary_of_a_summit_is_no_summit():
    assert _one("2017 में टोक्यो में पहले शिखर सम्मेलन की दसवीं वर्षगांठ मनाई गई।") == []


def test_a_summit_announced_at_the_close_of_another_is_still_to_come():
    assert _one("सम्मेलन के समापन पर घोषणा की गई कि 30वाँ शिखर सम्मेलन 2026 में मैड्रिड में आयोजित होगा।") == []


# --- a press release's "कल" (yesterday); a dateline without a year in a report of later events ----

YESTERDAY = """विदेश मंत्रालय
प्रेस विज्ञप्ति | दिनांक: 15 मार्च, 2024

भारत-नॉर्डिक शिखर सम्मेलन संपन्न

तीसरा भारत-नॉर्डिक शिखर सम्मेलन कल कोपेनहेगन में संपन्न हुआ।
"""


def test_yesterday_in_a_release_is_the_day_before_its_date():
    rows = parse(YESTERDAY)
    assert held(rows) == [(2024, "Copenhagen", "2024-03-14", 3)]
    assert "2024" in rows["summits"][0]["source_text"]  # the release's date line gives the year


def test_a_summit_to_be_held_tomorrow_is_no_summit_yet():
    assert _cities(YESTERDAY.replace("कल कोपेनहेगन में संपन्न हुआ", "कल कोपेनहेगन में आयोजित होगा")) == []


OLD_TALKS_NEW_REPORT = """ताशकंद घोषणा के 60 बरस: एक पड़ताल

नई दिल्ली, 10 जनवरी (ब्यूरो)। 4 से 10 जनवरी 1966 तक चली शिखर वार्ता में दोनों पक्ष राज़ी हुए। अप्रैल 2025 में हालात फिर बिगड़े।
"""


def test_a_dateline_without_a_year_does_not_place_a_summit_decades_before_the_report():
    assert (1966, "New Delhi") not in _cities(OLD_TALKS_NEW_REPORT)


def test_a_dateline_without_a_year_still_places_the_summit_of_its_day():
    text = OLD_TALKS_NEW_REPORT.replace("अप्रैल 2025 में हालात फिर बिगड़े।", "अप्रैल 1965 में हालात बिगड़े थे।")
    assert _cities(text) == [(1966, "New Delhi")]


# --- "X में चली बातचीत के बाद प्रधानमंत्री A और राष्ट्रपति B ने ...": the leaders' talks -------------

TALKS = _news("भारत-पाकिस्तान शिखर वार्ताएँ", "28 जून से 2 जुलाई 1972 तक शिमला में चली बातचीत के बाद प्रधानमंत्री "
              "इंदिरा गांधी और पाकिस्तान के राष्ट्रपति भुट्टो ने समझौते पर हस्ताक्षर किए।")


def test_talks_held_in_a_city_whose_two_leaders_then_signed_are_their_summit():
    assert held(parse(TALKS)) == [(1972, "Shimla", "1972-06-28", None)]


def test_talks_by_telephone_or_of_ministers_are_no_summit():
    assert _cities(TALKS.replace("शिमला में चली बातचीत", "टेलीफ़ोन पर हुई बातचीत")) == []
    assert _cities(TALKS.replace("प्रधानमंत्री इंदिरा गांधी और पाकिस्तान के राष्ट्रपति भुट्टो",
                                 "दोनों देशों के विदेश मंत्रियों")) == []


def test_talks_of_two_leaders_in_a_document_on_a_group_are_no_summit_of_the_group():
    text = TALKS.replace("भारत-पाकिस्तान शिखर वार्ताएँ", "सार्क शिखर सम्मेलन").replace(
        "दोनों देशों के रिश्ते मज़बूत हुए हैं।", "सार्क के सदस्य भारत, पाकिस्तान, बांग्लादेश, नेपाल, भूटान, श्रीलंका, मालदीव और अफ़ग़ानिस्तान हैं।")
    assert (1972, "Shimla") not in _cities(text)


# --- a series that is a council of ministers: its meetings are named by the council ---------------

COUNCIL = """तूलों में फ़्रांस-जर्मनी मंत्रिपरिषद की बैठक: रक्षा पर ज़ोर

पेरिस, 30 अगस्त (भाषा)। दोनों सरकारें नियमित रूप से मिलती हैं। 16 अक्टूबर 2019 को तुलूज़ में हुई मंत्रिपरिषद के दौरान नेताओं ने एक संयंत्र का दौरा किया। 5 मार्च 2021 को पेरिस में दोनों देशों के विदेश मंत्रियों की बैठक हुई।
"""


def test_a_meeting_of_the_council_the_title_names_is_one_of_the_series():
    assert _cities(COUNCIL) == [(2019, "Toulouse")]


def test_in_a_summit_series_a_council_of_ministers_is_still_ministerial():
    text = COUNCIL.replace("फ़्रांस-जर्मनी मंत्रिपरिषद की बैठक", "फ़्रांस-जर्मनी शिखर सम्मेलन")
    assert (2019, "Toulouse") not in _cities(text)


def test_the_council_is_read_only_from_a_title_that_names_its_meeting():
    from pipeline.parse.prose.words import meeting_body
    assert meeting_body("तूलों में फ़्रांस-जर्मनी मंत्रिपरिषद की बैठक: रक्षा पर ज़ोर") is not None
    assert meeting_body("राष्ट्रमंडल शासनाध्यक्षों की बैठक") is None
    assert meeting_body("भारत-जर्मनी शिखर सम्मेलन") is None


def test_a_city_the_place_is_near_is_not_the_place():
    text = COUNCIL.replace("तुलूज़ में हुई मंत्रिपरिषद", "तुलूज़ के पास एक महल में हुई मंत्रिपरिषद")
    assert (2019, "Toulouse") not in _cities(text)


# --- "यह ... हुई मुलाक़ात ... की तीसरी शिखर भेंट रही"; the headline's place over the dateline's ----------

MEETING_WAS_THIRD = """टोक्यो में दोनों नेताओं की तीसरी भेंट: रिश्तों में नई गर्मजोशी

मुंबई, 30 जून (एजेंसियां)। दोनों नेताओं ने रविवार को लगभग 50 मिनट तक बातचीत की। यह 30 जून 2019 को हुई मुलाक़ात दोनों नेताओं की तीसरी शिखर भेंट रही।
"""


def test_a_meeting_that_was_the_nth_summit_is_that_summit_where_the_headline_places_it():
    assert held(parse(MEETING_WAS_THIRD)) == [(2019, "Tokyo", "2019-06-30", 3)]


def test_the_dateline_city_places_the_meeting_when_the_headline_names_no_place():
    text = MEETING_WAS_THIRD.replace("टोक्यो में दोनों नेताओं की तीसरी भेंट", "दोनों नेताओं की तीसरी भेंट")
    assert held(parse(text)) == [(2019, "Mumbai", "2019-06-30", 3)]


def test_a_meeting_that_was_no_numbered_summit_is_none():
    # (since session 12 two leaders' meeting in a two-sided series is one of its summits, as the headline's
    # 'दोनों नेताओं की तीसरी भेंट' says: 'a normal meeting' no longer takes it out)
    assert _cities(MEETING_WAS_THIRD.replace("की तीसरी शिखर भेंट रही", "की एक सामान्य भेंट रही")) == [(2019, "Tokyo")]


def test_an_island_of_a_city_state_is_the_city_state():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    assert find_place("12 जून 2018 को सिंगापुर के सेंटोसा द्वीप पर स्थित एक होटल में हुआ।", lexicon).city == "सिंगापुर"
    assert find_place("2009 में मार्गरीटा द्वीप पर हुआ।", lexicon).city == "मार्गरीटा द्वीप"


# --- a venue in a city ('X स्थित ... मुख्यालय में,'), a place where a clause ends, put off then held --

def test_a_venue_located_in_a_known_city_is_that_city_even_before_a_comma():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    assert find_place("५-९ जून, २०१७ को न्यूयॉर्क स्थित संयुक्त राष्ट्र मुख्यालय में, दो देशों की सह-मेज़बानी में।",
                      lexicon).city == "न्यूयॉर्क"
    assert find_place("२०१७ को न्यूयॉर्क में, दो देशों की सह-मेज़बानी में।", lexicon).city == "न्यूयॉर्क"
    assert find_place("२०१७ को सभी देशों के प्रतिनिधियों में, सहमति बनी।", lexicon) is None


POSTPONED_FACT = """महासागर सम्मेलन

पृष्ठभूमि:

• प्रथम सम्मेलन: ५-९ जून, २०१७ को न्यूयॉर्क स्थित संयुक्त राष्ट्र मुख्यालय में।
• द्वितीय सम्मेलन: मूल रूप से जून, २०२० में लिस्बन में प्रस्तावित था, किंतु महामारी के कारण स्थगित हुआ और अंततः २७ जून-१ जुलाई, २०२२ को लिस्बन में संपन्न हुआ।
"""


def test_a_numbered_fact_put_off_and_then_held_is_the_summit_held():
    assert held(parse(POSTPONED_FACT)) == [(2017, "New York", "2017-06-05", 1), (2022, "Lisbon", "2022-06-27", 2)]


def test_a_numbered_fact_put_off_and_not_held_is_none():
    text = POSTPONED_FACT.replace("स्थगित हुआ और अंततः २७ जून-१ जुलाई, २०२२ को लिस्बन में संपन्न हुआ", "स्थगित हुआ")
    assert held(parse(text)) == [(2017, "New York", "2017-06-05", 1)]


def test_the_nth_summit_on_an_anniversary_keeps_its_number():
    from pipeline.parse.language.dates import find_ordinal
    assert find_ordinal("संबंधों की ४०वीं वर्षगांठ पर दूसरा स्मारक शिखर सम्मेलन १४ नवंबर, २०१७ को मनीला में हुआ") == 2
    assert find_ordinal("अफ्रीकी महाद्वीप पर पहला शिखर सम्मेलन") is None  # the first on a continent


NOT_IN_THE_CATEGORY = """विश्व खाद्य शिखर सम्मेलन

आयोजित शिखर सम्मेलन

2002: 10–13 जून 2002 को रोम में दूसरा शिखर सम्मेलन हुआ।

2008: जून में रोम में "खाद्य सुरक्षा पर उच्चस्तरीय सम्मेलन" हुआ; इसे शिखर सम्मेलन की श्रेणी में नहीं रखा जाता।
"""


def test_an_entry_the_text_puts_outside_the_summits_is_none():
    assert _cities(NOT_IN_THE_CATEGORY) == [(2002, "Rome")]
    from pipeline.parse.prose import not_counted
    assert not_counted("इसे शिखर सम्मेलन की श्रेणी में नहीं रखा जाता।")
    assert not not_counted("इसे शिखर सम्मेलन की श्रेणी में रखा जाता है।")


def test_an_entry_the_text_counts_as_a_summit_stays():
    text = NOT_IN_THE_CATEGORY.replace("इसे शिखर सम्मेलन की श्रेणी में नहीं रखा जाता", "इसे भी शिखर सम्मेलन माना जाता है")
    assert _cities(text) == [(2002, "Rome"), (2008, "Rome")]


# --- a proposal to hold it; what was agreed at it; going there to take part -------------------------

def test_a_proposal_to_hold_a_summit_is_no_summit():
    assert _one("दोनों देशों ने 2027 का शिखर सम्मेलन हिरोशिमा में आयोजित करने का प्रस्ताव रखा।") == []
    assert _one("जापान ने 2027 के शिखर सम्मेलन की मेज़बानी करने की पेशकश की।") == []


def test_what_the_summit_named_by_its_city_agreed_says_it_met():
    assert _one("2023 के हिरोशिमा शिखर सम्मेलन में स्वच्छ ऊर्जा पर सहमति बनी।") == [(2023, "Hiroshima")]
    assert _one("2027 के हिरोशिमा शिखर सम्मेलन में स्वच्छ ऊर्जा पर सहमति बनने की उम्मीद है।") == []


def test_a_leader_who_went_to_a_city_to_take_part_places_the_summit_there():
    assert _one("प्रधानमंत्री 19 मई 2023 को शिखर सम्मेलन में भाग लेने हिरोशिमा पहुँचे।") == [(2023, "Hiroshima")]
    assert _one("प्रधानमंत्री 19 मई 2027 को शिखर सम्मेलन में भाग लेने हिरोशिमा जाएँगे।") == []


def test_a_relative_clause_that_says_the_summit_opened_on_a_day_in_a_city_places_it():
    assert _one("प्रधानमंत्री ने शिखर सम्मेलन में हिस्सा लिया, जो 19 मई 2023 को हिरोशिमा में शुरू हुआ।") == [
        (2023, "Hiroshima")]
    assert _one("प्रधानमंत्री ने शिखर सम्मेलन में हिस्सा लेने की इच्छा जताई, जो 19 मई 2027 को हिरोशिमा में शुरू होगा।") == []
