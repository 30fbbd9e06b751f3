"""Session 14, round blind21 (news, articles, notes): a place said once for a whole list ('दोनों
नैरोबी में ही हुए'); a summit put off and then held, named by 'यह'; a summit held with another
series' summit as its occasion; long spelled-out date spans; an entry only agreed to, or never
held; a summit as a counted time point; a note's 'सम्मेलन न गिनें'; a series named after a city;
'अन्य संबंधित बैठकें'; parties: a leader's bracketed description, countries that joined one
numbered meeting, participants of a relative clause, a '<country> की भागीदारी' section, historical
states; a meeting rejected as another series' is no leaders' visit. Every document is invented."""

from __future__ import annotations

import datetime as dt

from pipeline.parse.language.dates import find_periods
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.entry_fate import fate_of_entry
from pipeline.parse.layout.structure import heading_role
from pipeline.parse.parties.joined import included_members, joined_members, took_part
from pipeline.parse.parties.leaders import leader_descriptions
from pipeline.parse.prose import undated_mention
from pipeline.parse.prose.pronouns import with_put_off_summit_for_pronoun
from pipeline.parse.prose.sentence import summits_in_sentence
from pipeline.parse.prose.shared_place import with_place_for_each
from tests.parse_support import held, parse

LEXICON = default_lexicon()


def _parties(rows: dict) -> list[str]:
    return [p["name_en"] for p in rows["parties"]]


# --- one place for a whole list ------------------------------------------------------------------

WATER = """अफ्रीकी जल मंत्रियों का सम्मेलन संपन्न

लुसाका, 4 मई (एजेंसियाँ)। अफ्रीकी जल सम्मेलन का चौथा सत्र बुधवार को लुसाका में संपन्न हुआ।

इसका पहला सत्र मार्च 2002 में अदीस अबाबा में हुआ। दूसरा सत्र 10 से 12 मार्च 2004 को और तीसरा 5 से 7 जून 2006 को, दोनों नैरोबी में ही हुए।
"""


def test_a_place_said_once_is_each_listed_summits():
    summits = held(parse(WATER))
    assert (2004, "Nairobi", "2004-03-10", 2) in summits
    assert (2006, "Nairobi", "2006-06-05", 3) in summits


def test_a_gathered_place_to_come_or_without_a_list_rewrites_nothing():
    planned = "दूसरा सत्र 2027 में और तीसरा 2029 में, दोनों नैरोबी में होंगे।"
    assert with_place_for_each(planned, LEXICON) == planned
    one = "दूसरा सत्र 10 मार्च 2004 को हुआ; दोनों देश नैरोबी में ही मिले।"
    assert with_place_for_each(one, LEXICON) == one
    unknown = "दूसरा सत्र 2004 को और तीसरा 2006 को, दोनों अबकदबा में ही हुए।"
    assert with_place_for_each(unknown, LEXICON) == unknown


# --- a summit put off, then held, named by a pronoun -----------------------------------------

PUT_OFF = """पश्चिम अफ्रीकी स्वास्थ्य सम्मेलन: अकरा में छठा सम्मेलन संपन्न

पाँचवाँ सम्मेलन 2020 में लागोस में होना था, लेकिन महामारी के कारण उसे एक साल टालना पड़ा। आख़िरकार यह 14 से 16 जून 2021 को डकार में हुआ।
"""


def test_a_put_off_summit_held_later_keeps_its_number():
    rows = parse(PUT_OFF)
    assert (2021, "Dakar", "2021-06-14", 5) in held(rows)
    assert not [s for s in rows["summits"] if s["year"] == 2020 and s["status"] == "held"]


def test_a_pronoun_after_a_summit_that_met_is_left_alone():
    before = "पाँचवाँ सम्मेलन 2020 में लागोस में हुआ।"
    sentence = "आख़िरकार यह 14 जून 2021 को डकार में हुआ।"
    assert with_put_off_summit_for_pronoun(sentence, before) == sentence
    put_off = "पाँचवाँ सम्मेलन 2020 में लागोस में होना था, लेकिन उसे टालना पड़ा।"
    assert with_put_off_summit_for_pronoun("यह मंच अब बड़ा हो गया है।", put_off) == "यह मंच अब बड़ा हो गया है।"


# --- another series' summit as the occasion --------------------------------------------------

OCCASION_TITLE = "यूरोपीय संघ और जापान ने व्यापार समझौते को नया रूप दिया, अब शिखर बैठक पर नज़र"


def test_a_summit_held_during_another_series_summit_is_the_series():
    found = summits_in_sentence("जून 2019 में ओसाका में जी-20 सम्मेलन के दौरान 26वीं शिखर बैठक हुई।",
                                OCCASION_TITLE, LEXICON)
    assert [(m.period.year, m.edition) for m in found] == [(2019, 26)]


def test_the_other_series_summit_alone_is_not_the_series():
    assert summits_in_sentence("जून 2019 में ओसाका में जी-20 सम्मेलन हुआ।", OCCASION_TITLE, LEXICON) == []


# --- dates ---------------------------------------------------------------------------------------

def test_a_span_spelled_from_to_may_run_for_months():
    (_, _, period), = find_periods("12 मई से 30 सितंबर 1920 तक")
    assert (period.start, period.end) == (dt.date(1920, 5, 12), dt.date(1920, 9, 30))


def test_a_long_dash_range_without_until_is_still_no_span():
    periods = [p for _, _, p in find_periods("12 मई - 30 सितंबर 1920 को")]
    assert all(p.start == p.end for p in periods)


# --- entries: agreed to, never held ------------------------------------------------------------

ROUNDS = """मरुस्थल सहयोग सम्मेलन

मरुस्थल सहयोग सम्मेलन अफ्रीका और पश्चिम एशिया के देशों का एक सम्मेलन है।

अब तक के सम्मेलन

12 मई 2015 – रबात: पहला सम्मेलन, जिसकी मेज़बानी मोरक्को ने की।

9 अप्रैल 2017 – काहिरा: दूसरा सम्मेलन हुआ, जिसमें अगला सम्मेलन 2019 में आयोजित करने पर सहमति बनी।

2019 – तीसरा दौर: दूसरे सम्मेलन के घोषणापत्र में तीसरा दौर 2019 में आयोजित करने पर सहमति जताई गई थी।
"""


def test_an_entry_only_agreed_to_is_no_held_summit():
    rows = parse(ROUNDS)
    assert [s[0] for s in held(rows)] == [2015, 2017]


def test_fate_of_an_entry():
    assert fate_of_entry("तीसरा दौर 2019 में आयोजित करने पर सहमति जताई गई थी।", 2019, "held") == "planned"
    # the agreement about another year tells of a summit that met
    assert fate_of_entry("दूसरा सम्मेलन हुआ, जिसमें अगला सम्मेलन 2019 में आयोजित करने पर सहमति बनी।", 2017, "held") == "held"
    assert fate_of_entry("तीसरा सम्मेलन बुलाने की सिफ़ारिश हुई। लेकिन युद्ध के कारण तीसरा सम्मेलन कभी नहीं हो सका।",
                         1915, "held") == "cancelled"
    assert fate_of_entry("पहला सम्मेलन हुआ। हथियारों पर कोई समझौता नहीं हो सका।", 1899, "held") == "held"


# --- a summit as a counted time point; a note's imperative -------------------------------------

def test_a_summit_counted_from_is_a_point_in_time():
    title = "सतत विकास पर विश्व शिखर सम्मेलन"
    sentence = "जोहान्सबर्ग सम्मेलन के ठीक दो दिन बाद 6 सितंबर 2002 को शहर में बड़े प्रदर्शन हुए।"
    assert summits_in_sentence(sentence, title, LEXICON) == []
    held_one = "सितंबर 2002 में जोहान्सबर्ग में शिखर सम्मेलन हुआ।"
    assert [m.period.year for m in summits_in_sentence(held_one, title, LEXICON)] == [2002]


NOTES = """विश्व आवास सम्मेलन (UN) — अध्ययन नोट्स

सम्मेलन — एक नज़र में
i) 1976 में नैरोबी — पहला विश्व सम्मेलन, 31 मई – 11 जून 1976; आवास पर घोषणा।
ii) 1996 में इस्तांबुल — दूसरा विश्व सम्मेलन, 3–14 जून 1996; आवास एजेंडा।

ध्यान दें / Exam traps
► इस्तांबुल सम्मेलन के ठीक दो दिन बाद 16 जून 1996 को शहर में बड़े प्रदर्शन हुए।
► 6 जून 2001: आवास एजेंडा की पाँचवीं वर्षगांठ पर न्यूयॉर्क में महासभा की विशेष बैठक — यह विश्व सम्मेलन नहीं थी।
► 6 जून 2006: 20वीं वर्षगांठ पर फिर महासभा की उच्च-स्तरीय बैठक; {note}
► 2005–2014: आवास के लिए अंतरराष्ट्रीय दशक; 2015 से दूसरा दशक घोषित।
► 1996 में ही इस्तांबुल में नागरिक संगठनों का फ़ोरम (30 मई – 2 जून) मुख्य सम्मेलन से पहले हुआ था — वह सरकारी सम्मेलन का हिस्सा नहीं है।
"""


def test_a_notes_imperative_counts_a_meeting_out():
    assert 2006 not in [s[0] for s in held(parse(NOTES.format(note="इसे भी अलग से सम्मेलन न गिनें।")))]
    assert 2006 in [s[0] for s in held(parse(NOTES.format(note="इसे याद रखें।")))]


def test_a_summit_counted_from_in_a_note_dates_nothing():
    assert (1996, "Istanbul", "1996-06-03", 2) in held(parse(NOTES.format(note="इसे याद रखें।")))
    assert not [s for s in held(parse(NOTES.format(note="इसे याद रखें।"))) if s[2] == "1996-06-16"]


# --- a series named after a city; related meetings ---------------------------------------------

def test_another_citys_conference_is_another_series_when_the_series_is_named_after_a_city():
    sentence = "1930 में लंदन सम्मेलन हुआ था।"
    assert summits_in_sentence(sentence, "जिनेवा निरस्त्रीकरण सम्मेलन", LEXICON) == []
    assert [m.period.year for m in summits_in_sentence(sentence, "नौसैनिक निरस्त्रीकरण सम्मेलन", LEXICON)] == [1930]
    # a headline that calls one summit by its city names no series after it
    madrid = "जून 2022 में मैड्रिड शिखर सम्मेलन में नई रणनीति अपनाई गई।"
    assert [m.period.year for m in summits_in_sentence(madrid, "विलनियस शिखर सम्मेलन: सहयोगी रक्षा ख़र्च पर सहमत", LEXICON)] == [2022]


def test_related_meetings_are_not_the_series_summits():
    assert heading_role("अन्य संबंधित बैठकें") == "other"
    assert heading_role("अब तक की बैठकें") == "summits"


# --- held verbs ----------------------------------------------------------------------------------

def test_a_summit_that_ended_was_held():
    title = "दूसरा एशिया जल शिखर सम्मेलन संपन्न"
    pending = undated_mention("थाईलैंड की राजधानी बैंकॉक में बुधवार को दूसरा एशिया जल शिखर सम्मेलन घोषणा के साथ समाप्त हो गया।",
                              title, LEXICON)
    assert pending is not None and pending.edition == 2
    assert undated_mention("बैंकॉक में दूसरे शिखर सम्मेलन में युद्ध समाप्त करने की अपील की गई।", title, LEXICON) is None


# --- parties -------------------------------------------------------------------------------------

def test_a_leaders_bracketed_description_is_no_name():
    leaders = leader_descriptions("अर्जेंटीना के राष्ट्रपति कार्लोस मेनेम (मर्कोसुर के अस्थायी अध्यक्ष) मौजूद रहे।", LEXICON)
    assert leaders[0].name == (match_key("कार्लोस"), match_key("मेनेम"))  # not 'मर्कोसुर' from the brackets


def test_countries_that_joined_one_numbered_meeting():
    assert joined_members("सम्मेलन में मिस्र और जॉर्डन भाग लेते रहे हैं, जबकि तीसरे दौर में कुवैत और ओमान भी शामिल हुए।",
                          LEXICON) == ["कुवैत", "ओमान"]
    assert joined_members("तीसरे सम्मेलन में भारत के प्रधानमंत्री भी शामिल हुए।", LEXICON) == []
    assert joined_members("दूसरे सम्मेलन में पर्यवेक्षक के रूप में चीन भी शामिल हुआ।", LEXICON) == []
    assert joined_members("दूसरे दिन में चीन भी शामिल हुआ।", LEXICON) == []


def test_participants_named_in_a_relative_clause():
    text = "1921 के सम्मेलन में भाग लेने वाले देशों की संख्या 30 हो गई, जिनमें चिली और पेरू समेत 9 देश भी थे।"
    assert included_members(text, LEXICON) == ["चिली", "पेरू"]
    assert included_members("कई देशों ने चिंता जताई, जिनमें चिली और पेरू समेत 9 देश थे।", LEXICON) == []


def test_a_country_on_whose_behalf_a_ministry_takes_part():
    assert took_part("भारत की ओर से पर्यावरण मंत्रालय इन सम्मेलनों में भाग लेता रहा है।", LEXICON) == ["भारत"]


OCEANS = """विश्व महासागर सम्मेलन

विश्व महासागर सम्मेलन समुद्रों के संरक्षण पर एक वैश्विक सम्मेलन है।

अब तक के सम्मेलन

न्यूयॉर्क, 2017: पहला सम्मेलन 5 से 9 जून 2017 तक हुआ।

लिस्बन, 2022: दूसरा सम्मेलन 27 जून से 1 जुलाई 2022 तक हुआ।

{heading}

ब्राज़ील ने तीनों सम्मेलनों में अपना प्रतिनिधिमंडल भेजा।
"""


def test_a_countrys_participation_section_names_a_party():
    assert _parties(parse(OCEANS.format(heading="ब्राज़ील की भागीदारी"))) == ["Brazil"]
    assert _parties(parse(OCEANS.format(heading="ब्राज़ील की भूमिका"))) == []


CONGRESS = """वियना शांति कांग्रेस

वियना शांति कांग्रेस में ऑस्ट्रिया-हंगरी, फ़ारस, स्याम और जापान ने भाग लिया।
"""


def test_historical_states_are_parties():
    assert _parties(parse(CONGRESS)) == ["Austria-Hungary", "Persia", "Siam", "Japan"]
    # today's name glossed after the older one stands for it
    assert _parties(parse(CONGRESS.replace("स्याम", "स्याम (वर्तमान थाईलैंड)"))) == ["Austria-Hungary", "Persia", "Thailand", "Japan"]


# --- a meeting rejected as another series' ---------------------------------------------------

CABINETS = """बोलीविया-पराग्वे द्विराष्ट्रीय मंत्रिमंडल बैठक: असुनसियोन में सीमा सुरक्षा पर सहमति

2016 में ला पाज़ में हुई तीसरी बैठक में दोनों देशों ने व्यापार समझौता किया।

बोलीविया चिली और पेरू के साथ भी इसी तरह की द्विराष्ट्रीय मंत्रिमंडल बैठकें करता है। अक्टूबर 2019 में पराकास में पेरू के साथ तीसरी ऐसी बैठक हुई थी।
"""


def test_a_meeting_with_a_third_country_is_no_visit_of_the_two():
    summits = held(parse(CABINETS))
    assert (2016, "La Paz", None, 3) in summits
    assert not [s for s in summits if s[0] == 2019]
