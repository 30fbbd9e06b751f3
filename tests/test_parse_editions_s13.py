"""A series' meetings told as numbered editions in running prose (session 13, blind15 392/393):
'इसका पहला आयोजन 2015 में ... कोलंबो में हुआ था', '... को हुए दूसरे संस्करण में', '... को तीसरा संस्करण पूरी
तरह ऑनलाइन कराना पड़ा'. Every document and sentence is invented; each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.prose.editions import _online, editions_in_sentence
from tests.parse_support import held, parse

TITLE = "कोलंबो समुद्री मंच: हिंद महासागर की सुरक्षा पर चर्चा"
LEXICON = default_lexicon()


def _read(sentence: str, title: str = TITLE, **kwargs) -> list[tuple]:
    return [(m.period.year, m.place.city if m.place else None, m.period.label, m.edition, m.mode)
            for m in editions_in_sentence(sentence, title, LEXICON, found=[], **kwargs)]


@pytest.mark.parametrize("sentence, expected", [
    ("इसका पहला आयोजन 2015 में 3 से 5 मई के बीच कोलंबो में हुआ था, जब 20 देशों के प्रतिनिधि पहुँचे थे।",
     (2015, "कोलंबो", "2015-05-03/2015-05-05", 1, "in_person")),
    ("8 से 9 जून 2016 को हुए दूसरे संस्करण में भी बड़ी संख्या में मंत्री जुटे।", (2016, None, "2016-06-08/2016-06-09", 2, "unknown")),
    ("महामारी के कारण 4-6 मई 2020 को पाँचवाँ संस्करण पूरी तरह ऑनलाइन कराना पड़ा।", (2020, None, "2020-05-04/2020-05-06", 5, "virtual")),
    ("१४ फ़रवरी, २०१९ को आयोजित ८वें संस्करण में नौसेना प्रमुख ने मुख्य भाषण दिया था।", (2019, None, "2019-02-14", 8, "unknown")),
    ("7 वें संस्करण का उद्घाटन मार्च 2022 में ढाका में किया गया।", (2022, "ढाका", "2022-03", 7, "in_person")),
    ("तीसरे संस्करण की मेज़बानी 2017 में काठमांडू ने की थी।", (2017, "काठमांडू", "2017", 3, "in_person")),
    ("मंच के छठे वार्षिक संस्करण की मुख्य अतिथि नवंबर 2021 में विदेश मंत्री रहीं।", (2021, None, "2021-11", 6, "unknown")),
    ("2018 में मंच फिर कोलंबो लौटा, जहाँ चौथे संस्करण में कई नेताओं ने भाषण दिया।", (2018, "कोलंबो", "2018", 4, "in_person")),
    # a gloss in brackets between the series and its edition
    ("कोलंबो समुद्री मंच (सीएमएफ़) का नौवाँ संस्करण 2024 में माले में संपन्न हुआ।", (2024, "माले", "2024", 9, "in_person")),
])
def test_a_dated_edition_told_in_the_past_is_a_held_meeting(sentence, expected):
    assert _read(sentence) == [expected]


def test_a_date_in_a_relative_clause_after_the_edition_dates_it():
    sentence = "मंच का दसवाँ संस्करण सोमवार को शुरू हुआ, जो 11 से 12 नवंबर 2025 तक चलेगा।"
    assert _read(sentence) == [(2025, None, "2025-11-11/2025-11-12", 10, "unknown")]


def test_a_year_counted_from_the_report_dates_an_edition():
    sentence = "पिछले वर्ष आयोजित नौवें संस्करण में चालीस देशों ने भाग लिया था।"
    assert _read(sentence, report_year=2025) == [(2024, None, "2024", 9, "unknown")]
    assert _read(sentence) == []  # no year to count from


def test_an_edition_of_a_year_already_read_is_left_to_the_summit_rules():
    from pipeline.parse.prose.words import Mention
    from pipeline.parse.language.dates import year_period
    found = [Mention(year_period(2019), None, None, "held", "unknown", False)]
    assert editions_in_sentence("2019 में हुए दूसरे संस्करण में कई मंत्री जुटे।", TITLE, LEXICON, found=found) == []


@pytest.mark.parametrize("sentence", [
    "मंच का आठवाँ संस्करण अगले वर्ष नवंबर में प्रस्तावित है।",  # proposed, no year
    "नौवाँ संस्करण 2026 में जकार्ता में होगा।",  # to come
    "अगला संस्करण 12 से 14 मार्च 2026 तक चलेगा।",  # to come, and no ordinal
    "पाँचवाँ संस्करण 2021 में महामारी के कारण नहीं हो सका।",  # not held
    "तीसरा संस्करण 2019 में रद्द कर दिया गया।",  # cancelled
    "दूसरे संस्करण में कई देश शामिल हुए।",  # no date
    "पहले संस्करण की दसवीं वर्षगांठ 2025 में मनाई गई।",  # an anniversary
    "रिपोर्ट का दूसरा संस्करण 2019 में जारी हुआ।",  # a report's edition
    "पुस्तक के तीसरे संस्करण में 2018 के आँकड़े जोड़े गए।",  # a book's
    "जी-20 के 18वें संस्करण का आयोजन 2023 में नई दिल्ली में हुआ था।",  # another series'
    "1919 के पेरिस शांति सम्मेलन के बाद संधि पर हस्ताक्षर हुए थे।",  # no edition at all
    "संस्थान की स्थापना 2010 में हुई और उसी साल पहला आयोजन हुआ।",  # a founding year
    "भारत ने 2019 में पहली बार इसका आयोजन किया था।",  # 'पहली बार' numbers no edition
    "2015 से शुरू हुए दूसरे चरण में काम हुआ।",  # no edition noun
])
def test_no_meeting_from_an_edition_to_come_not_held_undated_or_of_another(sentence):
    assert _read(sentence) == []


def test_online_things_are_not_an_online_meeting():
    assert _online("11-13 नवंबर 2020 को तीसरा संस्करण पूरी तरह ऑनलाइन कराना पड़ा")
    assert _online("छठा संस्करण वर्चुअल प्रारूप में हुआ")
    assert _online("दूसरा संस्करण वीडियो कॉन्फ्रेंस के ज़रिए हुआ")
    assert not _online("छठे संस्करण के दौरान ऑनलाइन आतंकी सामग्री के ख़िलाफ़ बैठक भी हुई")
    assert not _online("छठे संस्करण में डिजिटल भुगतान पर चर्चा हुई")


NEWS = """बाल्टिक ऊर्जा मंच: स्वच्छ ऊर्जा पर नई सहमति की तलाश

मंच का पाँचवाँ संस्करण मंगलवार से शुरू; तीन दिन तक चलेगी चर्चा, ऊर्जा सुरक्षा और जलवायु वित्त एजेंडे में सबसे ऊपर

हेलसिंकी, 14 मई (एजेंसियाँ)। बाल्टिक ऊर्जा मंच का पाँचवाँ संस्करण मंगलवार को यहाँ के एक सम्मेलन केंद्र में शुरू हुआ, जो 14 से 16 मई 2024 तक चलेगा। इसमें बीस देशों के मंत्री और कंपनियों के प्रतिनिधि भाग ले रहे हैं।

इसका पहला आयोजन 2019 में 2 से 3 अप्रैल के बीच कोपेनहेगन में हुआ था। अगले साल 5 से 6 मई 2020 को तीसरा संस्करण पूरी तरह ऑनलाइन कराना पड़ा, जबकि 2022 में हुए चौथे संस्करण में ऊर्जा संकट छाया रहा।

आयोजकों ने बताया कि मंच का छठा संस्करण अगले वर्ष प्रस्तावित है। ऊर्जा संघ की स्थापना 1998 में हुई थी।
"""


def test_a_news_report_reads_every_dated_edition():
    summits = held(parse(NEWS))
    assert sorted(summits) == [
        (2019, "Copenhagen", "2019-04-02", 1),
        (2020, None, "2020-05-05", 3),
        (2022, None, None, 4),
        (2024, "Helsinki", "2024-05-14", 5),
    ]
    rows = parse(NEWS)["summits"]
    assert next(s for s in rows if s["year"] == 2020)["mode"] == "virtual"
    assert all(s["year"] not in (1998, 2025) for s in rows)


RELEASE = """विदेश मंत्रालय

नई दिल्ली, ११ मार्च २०२५

विदेश मंत्री ने हिंद-प्रशांत संवाद के सातवें संस्करण को संबोधित किया

विदेश मंत्री ने आज नई दिल्ली में हिंद-प्रशांत संवाद के सातवें संस्करण का उद्घाटन किया।

पृष्ठभूमि:

इस संवाद का दूसरा संस्करण ९ फ़रवरी, २०१९ को आयोजित हुआ था। जनवरी, २०२१ में हुए चौथे संस्करण की मेज़बानी कोच्चि ने की, जबकि नौसेना प्रमुखों का सम्मेलन (३-४ मार्च, २०२१) अलग से हुआ। पिछले वर्ष २०-२१ फ़रवरी, २०२४ को आयोजित छठे संस्करण में तीस देशों ने भाग लिया था।
"""


def test_a_release_reads_its_past_editions_in_devanagari_digits():
    summits = held(parse(RELEASE))
    years = {s[0]: s for s in summits}
    assert years[2019] == (2019, None, "2019-02-09", 2)
    assert years[2021][1] == "Kochi" and years[2021][3] == 4 and years[2021][2] is None
    assert years[2024] == (2024, None, "2024-02-20", 6)
    assert years[2025][3] == 7


INVESTORS = """निवेशक सम्मेलन की तैयारियाँ पूरी: अगले सप्ताह जुटेंगे देश-विदेश के उद्योगपति, मुख्यमंत्री करेंगे शुभारंभ

हमारे संवाददाता | नागपुर, 3 फरवरी

प्रदेश की निवेश समिट 10 और 11 फरवरी को होगी। पिछली समिट 14 और 15 जनवरी 2023 को पुणे में हुई थी।
8 से 10 अक्टूबर 2018 को पुणे में हुई चौथी समिट के लिए कई देशों ने प्रतिनिधिमंडल भेजे थे।
जी20 समिट 2023 में नई दिल्ली में हुई थी।
"""


def test_the_loanword_samit_is_a_summit_noun():
    summits = held(parse(INVESTORS))
    assert (2018, "Pune", "2018-10-08", 4) in summits
    assert (2023, "Pune", "2023-01-14", None) in summits
    assert all(s[1] != "New Delhi" for s in summits)  # another series' summit
    assert all(s["year"] != 2025 or s["status"] != "held" for s in parse(INVESTORS)["summits"])  # the one to come


def test_the_loanword_inside_a_word_is_left_alone():
    from pipeline.parse.language.series_noun import as_summit_nouns
    assert as_summit_nouns("चौथी समिट हुई", frozenset()) == "चौथी सम्मेलन हुई"
    assert as_summit_nouns("पिछली समिटों के करार", frozenset()) == "पिछली सम्मेलनों के करार"
    assert as_summit_nouns("समिटर नाम का गाँव", frozenset()) == "समिटर नाम का गाँव"


MEETING_TITLE = "युवा उद्यमियों की 9वीं वार्षिक बैठक बर्लिन में संपन्न"


@pytest.mark.parametrize("sentence, expected", [
    # in a series named a meeting, its numbered बैठक; the name right after the date is where it met
    ("2018 में बैठक तियानजिन में हुई और 7वीं बैठक 1 से 3 जुलाई 2019 को डालियान में 'नवाचार' विषय के साथ संपन्न हुई।",
     [(2019, "डालियान", "2019-07-01/2019-07-03", 7, "in_person")]),
    ("5वीं बैठक 4 मई 2016 को वियना में कई सत्रों के साथ आयोजित की गई।", [(2016, "वियना", "2016-05-04", 5, "in_person")]),
])
def test_a_meeting_series_numbers_its_meetings(sentence, expected):
    assert _read(sentence, MEETING_TITLE) == expected


@pytest.mark.parametrize("sentence", [
    "मंत्रिस्तरीय अंतरिम बैठकें भी होती हैं; ऐसी पहली बैठक 2010 में तोक्यो में हुई थी।",  # such: the ministers'
    "दसवीं बैठक से पहले अगस्त 2023 में कई देशों ने चिंता जताई थी।",  # a time told by the meeting
    'दसवीं बैठक का घोषणापत्र "प्रशांत के लिए 2050 रणनीति" के विषयों से जुड़ा था।',  # a year in a quoted name
    "विदेश मंत्रियों की तीसरी बैठक 2019 में हुई।",  # the ministers' meeting
])
def test_no_meeting_from_such_a_meeting_a_time_point_or_a_quoted_year(sentence):
    assert _read(sentence, MEETING_TITLE) == []


ISSUED = """वैश्विक जल परिषद (World Water Council)
प्रेस विज्ञप्ति

डकार, सेनेगल, 24 मार्च 2022

डकार में नौवाँ विश्व जल मंच संपन्न

नौवाँ विश्व जल मंच 21 से 26 मार्च 2022 तक डकार में आयोजित हुआ।
"""


def test_the_issuer_above_a_release_mark_and_a_dateline_with_its_country_are_preamble():
    from pipeline.parse.layout.structure import clean_lines, find_shape, is_preamble
    assert find_shape(clean_lines(ISSUED)).title.text == "डकार में नौवाँ विश्व जल मंच संपन्न"
    assert is_preamble("डकार, सेनेगल, 24 मार्च 2022")
    assert not is_preamble("डकार में नौवाँ विश्व जल मंच संपन्न")
    # a headline over a dateline, with no release mark, stays the title
    news = "डकार में जल मंच संपन्न\nडकार, 26 मार्च 2022\n\nनौवाँ विश्व जल मंच 21 से 26 मार्च 2022 तक डकार में आयोजित हुआ।\n"
    assert find_shape(clean_lines(news)).title.text == "डकार में जल मंच संपन्न"


def test_a_single_word_above_a_release_mark_is_still_the_headline():
    from pipeline.parse.layout.structure import clean_lines, find_shape
    text = "भारत-जापान वार्ता संपन्न\nप्रेस विज्ञप्ति\n१२ मार्च २०२४\nपाठ यहाँ है और आगे भी।\n"
    assert find_shape(clean_lines(text)).title.text == "भारत-जापान वार्ता संपन्न"  # no body's name


CONFERENCE_TITLE = "तटीय सुरक्षा सम्मेलन"


def test_the_first_meeting_of_a_conference_is_its_first_edition():
    sentence = 'उनकी पहल पर 1971 में लिस्बन में पहली बैठक "तटीय विज्ञान गोष्ठी" के नाम से हुई, जिसमें विशेषज्ञ शामिल हुए।'
    assert _read(sentence.replace("उनकी पहल पर ", ""), CONFERENCE_TITLE) == [(1971, "लिस्बन", "1971", 1, "in_person")]


@pytest.mark.parametrize("sentence", [
    "विदेश मंत्रियों के स्तर पर इस संवाद की पहली बैठक जनवरी 2019 में समरकंद में हुई थी।",  # ministers named before it
    "तीनों देशों के विदेश मंत्री मिलते रहे हैं; उनकी १५वीं बैठक ११ दिसंबर २०१७ को हुई।",  # theirs: the ministers'
    "परिषद बनाने का फ़ैसला हुआ, जिसकी मंत्री-स्तरीय पहली बैठक 2021 में पिट्सबर्ग में हुई।",  # a ministerial one
    "संयुक्त आयोग की पाँचवीं बैठक 2019 में हुई।",  # a body's meeting
])
def test_a_meeting_of_ministers_or_of_a_body_is_no_edition(sentence):
    assert _read(sentence, CONFERENCE_TITLE) == []


@pytest.mark.parametrize("remarks, expected", [
    ("55वाँ सम्मेलन; चांसलर का भाषण", 55),
    ("तीसरा संस्करण, पहली बार एशिया में", 3),
    ("12वाँ शिखर सम्मेलन", 12),
    ("पहली बार व्यक्तिगत रूप से", None),  # not an edition
    ("25वीं वर्षगांठ पर विशेष सत्र", None),  # an anniversary
    ("रिपोर्ट का विषय 'पश्चिम का क्षरण'", None),
    ("भारत ने पहली बार मेज़बानी की; तीसरा सम्मेलन", None),  # only the remarks' opening counts
    ("पहला सम्मेलन अफ्रीका में", None),  # the first in Africa
])
def test_a_table_rows_remarks_may_open_with_its_edition(remarks, expected):
    from pipeline.parse.prose.editions import edition_in_remarks
    assert edition_in_remarks(remarks, CONFERENCE_TITLE) == expected


TABLE = """तटीय सुरक्षा सम्मेलन

तटीय सुरक्षा सम्मेलन एक वार्षिक मंच है।

हाल के सम्मेलन

| वर्ष | तिथि | स्थान | टिप्पणी |
|---|---|---|---|
| 2019 | 15–17 फ़रवरी | लिस्बन | 21वाँ सम्मेलन; कई मंत्रियों के भाषण |
| 2020 | 14–16 फ़रवरी | लिस्बन | रिपोर्ट का विषय समुद्री प्रदूषण |
"""


def test_a_tables_remarks_give_the_rows_edition():
    assert held(parse(TABLE)) == [(2019, "Lisbon", "2019-02-15", 21), (2020, "Lisbon", "2020-02-14", None)]


NOTES = """तटीय देशों की शिखर बैठक | करेंट अफेयर्स नोट्स

अब तक की बैठकें (क्रम | शहर | तिथि | मुख्य बात)
1) लिस्बन (पुर्तगाल) | 21 अगस्त 2023 | अनौपचारिक बैठक; घोषणा जारी
2) काबेरा (स्पेन) | 28 फ़रवरी 2024 | दूसरी शिखर बैठक
3) दुब्रोवनिक (क्रोएशिया) | 9 अक्टूबर 2024 | तीसरी शिखर बैठक
4) ओडेसा (यूक्रेन) | 11 जून 2025 | चौथी बैठक
"""


def test_numbered_piped_entries_of_places_with_their_country_are_summits_numbered_by_the_list():
    summits = held(parse(NOTES))
    assert [(y, e) for y, _, _, e in summits] == [(2023, 1), (2024, 2), (2024, 3), (2025, 4)]
    assert summits[2][1] == "Dubrovnik" and summits[2][2] == "2024-10-09"
    # the heading names the columns ('क्रम | शहर | तिथि'): a city cell unknown to the gazetteer is the
    # row's city all the same, with no English name (never a guess)
    unknown = NOTES.replace("दुब्रोवनिक (क्रोएशिया)", "कखगघ (पुराना नाम)")
    assert [(y, c) for y, c, d, _ in held(parse(unknown)) if d == "2024-10-09"] == [(2024, None)]


def test_a_list_numbered_out_of_order_gives_no_edition():
    shuffled = NOTES.replace("3) दुब्रोवनिक", "5) दुब्रोवनिक")
    assert held(parse(shuffled))[0][3] is None  # the first entry's text states no number of its own


def test_an_online_thing_does_not_make_a_meeting_virtual():
    from pipeline.parse.layout.summits import is_virtual
    assert not is_virtual("पेरिस में हुए छठे मंच के दौरान ही ऑनलाइन आतंकी सामग्री के ख़िलाफ़ बैठक भी हुई")
    assert not is_virtual("सम्मेलन में डिजिटल भुगतान पर सहमति बनी")
    assert is_virtual("सम्मेलन ऑनलाइन हुआ, जिसमें ऑनलाइन सामग्री पर चर्चा हुई")  # one word still tells the mode
    assert is_virtual("तीसरा शिखर सम्मेलन वर्चुअल रूप से हुआ")


def test_an_emphasised_place_before_the_days_is_where_it_met():
    from pipeline.parse.layout.summits import find_place
    place = find_place("इंदौर में ही 28 से 30 अक्टूबर 2012 तक तीसरा सम्मेलन हुआ", LEXICON)
    assert place is not None and place.city == "इंदौर"
    # without a verb of holding, an unknown name is no place
    assert find_place("कखगघ में ही 28 से 30 अक्टूबर 2012 तक भारी बारिश रही", LEXICON) is None


DIALOGUE_TITLE = "हिंद महासागर डायलॉग में समुद्री सुरक्षा पर ज़ोर"


@pytest.mark.parametrize("sentence, expected", [
    ("2019 में चीन के रक्षा मंत्री आठ साल बाद इस बैठक में पहुँचे थे।", [(2019, None, "2019", None, "unknown")]),
    ("2014 में, जापान के तत्कालीन प्रधानमंत्री ने कोलंबो में इस मंच से समुद्री क़ानून पर ज़ोर दिया था।",
     [(2014, "कोलंबो", "2014", None, "in_person")]),
])
def test_this_meeting_of_a_year_where_someone_came_or_spoke(sentence, expected):
    assert _read(sentence, DIALOGUE_TITLE) == expected


@pytest.mark.parametrize("sentence", [
    "2019 के बाद यह पहला मौक़ा है जब चीन के रक्षा मंत्री इस मंच से ग़ैरहाज़िर रहे।",  # no one came or spoke
    "2010 में भारत इस मंच में शामिल हुआ था।",  # joined the forum
    "2026 में प्रधानमंत्री इस बैठक में भाषण देंगे।",  # to come
    "2015 से इस मंच पर कई प्रधानमंत्री भाषण दे चुके हैं।",  # a start
    "2019 में रक्षा मंत्री इस बैठक में नहीं पहुँचे।",  # did not come
])
def test_no_meeting_of_this_forum_from_a_start_a_joining_a_plan_or_an_absence(sentence):
    assert _read(sentence, DIALOGUE_TITLE) == []


def test_this_forum_in_a_series_without_a_word_of_its_own_is_left_alone():
    assert _read("2014 में प्रधानमंत्री ने कोलंबो में इस मंच से भाषण दिया था।", "हिंद महासागर सम्मेलन") == []


RESPECTIVE = """कोलंबो समुद्री मंच: हिंद महासागर की सुरक्षा पर चर्चा

मंच का तीसरा संस्करण आज शुरू हुआ। {sentence}
"""


def test_editions_listed_with_kramashah_are_one_meeting_per_date():
    rows = parse(RESPECTIVE.format(sentence="इसके पहले और दूसरे संस्करण क्रमशः 2015 और 2016 में हुए।"))
    assert held(rows) == [(2015, None, None, 1), (2016, None, None, 2)]
    rows = parse(RESPECTIVE.format(sentence="इसके पहले, दूसरे और तीसरे संस्करण क्रमशः 2015, 2016 और मई 2018 में कोलंबो में हुए।"))
    assert held(rows) == [(2015, None, None, 1), (2016, None, None, 2), (2018, "Colombo", None, 3)]


@pytest.mark.parametrize("sentence", [
    "इसके पहले और दूसरे संस्करण क्रमशः 2027 और 2028 में प्रस्तावित हैं।",  # planned
    "इसके पहले और दूसरे संस्करण क्रमशः 2015 में हुए।",  # fewer dates than editions: the pairing is unsure
])
def test_no_editions_from_a_kramashah_list_to_come_or_unpaired(sentence):
    assert _read(sentence) == []


def test_a_short_deck_in_clauses_is_no_summits_heading():
    deck = "मंच का पाँचवाँ संस्करण मंगलवार से शुरू; तीन दिन तक चलेगी चर्चा, ऊर्जा सुरक्षा और जलवायु वित्त एजेंडे में सबसे ऊपर"
    short = NEWS.replace(deck, "मंच का पाँचवाँ संस्करण मंगलवार से शुरू, तीन दिन चलेगी बैठक")
    assert (2024, "Helsinki", "2024-05-14", 5) in held(parse(short))  # the dateline under it is read
    # a long heading of one clause still opens the summits' section
    from pipeline.parse.layout.structure import clean_lines, find_shape
    text = "तटीय सम्मेलन\n\nपेरिस समझौता लागू होने के बाद हुए सभी सम्मेलन\n\n2019: लिस्बन में पहला सम्मेलन।\n"
    assert find_shape(clean_lines(text)).sections[0].role == "summits"
