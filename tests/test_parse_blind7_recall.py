"""Summits the blind7 writers stated and the parser did not read, one rule per small document.

Each document below is invented for its rule (made-up series, in the way the genre writes);
none repeats a gold file's series, cities or sentences.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.layout.structure import Line, split_item


def _summits(text: str) -> list[tuple]:
    rows = parse_document("t", text).rows["summits"]
    return sorted((r["year"], r["city_en"], r["date"], r["status"]) for r in rows)


# --- study notes: '➤ 2005 ➝ city, dates : outcome', a dingbat arrow after the year ----------------

ARROW_NOTES = """हिंद महासागर जल शिखर सम्मेलन — भूगोल | संक्षिप्त नोट्स

◆ परिचय: तटीय देशों के नेताओं का सम्मेलन
◆ आयोजक ➝ सदस्य देशों का सचिवालय

सम्मेलन-दर-सम्मेलन (वर्ष ➝ स्थान, तिथि : परिणाम)
➤ 2005 ➝ जकार्ता (इंडोनेशिया), 3–4 मई : पहला सम्मेलन; जल घोषणा।
➤ 2009 ➝ कोलंबो (श्रीलंका), 12–14 जून : दूसरा सम्मेलन; मत्स्य कार्ययोजना।
"""


def test_a_dingbat_arrow_after_the_year_ends_the_label():
    item = split_item(Line(1, "➤ 2005 ➝ जकार्ता (इंडोनेशिया), 3–4 मई : पहला सम्मेलन"))
    assert item is not None and item.label == "2005"
    assert item.description.startswith("जकार्ता")


def test_summits_listed_with_a_dingbat_arrow_are_read():
    assert _summits(ARROW_NOTES) == [
        (2005, "Jakarta", "2005-05-03", "held"),
        (2009, "Colombo", "2009-06-12", "held"),
    ]


def test_an_arrow_inside_a_word_run_is_no_label_end():
    # no spaces around it: '2005➝2009' is a span of years, not 'label ➝ text'
    item = split_item(Line(1, "◆ अवधि 2005➝2009 तक चली योजना"))
    assert item is None or item.label != "◆ अवधि 2005"


# --- prose: a city GeoNames knows, with the leaders between it and the verb ---------------------

LEADERS_BETWEEN = """मेकांग-लांकांग शिखर सम्मेलन

मेकांग-लांकांग शिखर सम्मेलन नदी के तटीय देशों के नेताओं की बैठक है।

पृष्ठभूमि

नेताओं की पहली शिखर बैठक 4-5 मार्च, 2011 को कुनमिंग में राष्ट्रपति हू और प्रधानमंत्री थीन सेन के बीच हुई थी।
मार्च, 2014 में मंत्री नदी पार कर पहुँचे और मांडले में 6-7 मार्च तक चली दूसरी शिखर बैठक में जल घोषणा पर हस्ताक्षर हुए।
"""

# the same cities, named before the noun without a participle of holding: another's meeting
CITY_BEFORE_NO_PARTICIPLE = """मेकांग-लांकांग शिखर सम्मेलन

मेकांग-लांकांग शिखर सम्मेलन नदी के तटीय देशों के नेताओं की बैठक है।

पृष्ठभूमि

1990 से 2000 तक नदी आयोग के सम्मेलन होते थे; जनवरी 1996 में मोम्बासा में एक विशेष सम्मेलन भी हुआ था।
"""


def test_a_known_city_after_the_noun_places_the_summit_the_leaders_held():
    assert [(y, c, s) for y, c, _, s in _summits(LEADERS_BETWEEN)] == [
        (2011, "Kunming", "held"),
        (2014, "Mandalay", "held"),
    ]


def test_a_known_city_before_the_noun_without_the_participle_places_nothing():
    assert _summits(CITY_BEFORE_NO_PARTICIPLE) == []


# --- places: French names Hindi writes by ear (सेंट- for Saint-, a final nasal -ens as its vowel) --

def test_french_spellings_read_saint_and_a_final_nasal_as_hindi_hears_them():
    from pipeline.parse.geo.phonetic import country_forms

    assert "sentmalo" in country_forms("Saint-Malo", "FR")
    assert "amiem" in country_forms("Amiens", "FR")
    # (session 12: Hindi writes an English Saint as सेंट too, 'सेंट जॉन्स': the same form, not a French one)
    assert country_forms("Saint Paul", "US") == ("sentpaul",)


def test_a_french_town_written_by_ear_gets_its_english_name():
    text = """फ़्रांस–जर्मनी शिखर सम्मेलन

फ़्रांस और जर्मनी के नेताओं की वार्षिक शिखर बैठक।

शिखर बैठकें

2011: 5 मई को ब्रिटनी के तटीय शहर सेंट-मालो में शिखर बैठक हुई।
2013: 8 जून को उत्तरी फ़्रांस के आमिएँ में शिखर सम्मेलन हुआ।
"""
    assert [(y, c) for y, c, _, _ in _summits(text)] == [(2011, "Saint-Malo"), (2013, "Amiens")]


# --- status: 'likely' after the participle of holding qualifies what was said at the summit -------

def test_a_likely_thing_said_at_a_held_summit_leaves_it_held():
    from pipeline.parse.layout.summits import entry_status

    assert entry_status("दक्षिणी इटली के बारी में 9 मई को हुए सम्मेलन में नेताओं ने सूखे के संभावित असर पर चर्चा की।") == "held"
    assert entry_status("बारी में 9 मई को हुई शिखर बैठक में प्रस्तावित व्यापार समझौते पर बात हुई।") == "held"


def test_a_likely_summit_stays_planned():
    from pipeline.parse.layout.summits import entry_status

    assert entry_status("बारी में 9 मई को संभावित शिखर सम्मेलन") == "planned"
    assert entry_status("बारी में प्रस्तावित सम्मेलन, जो 9 मई को हुए समझौते के बाद तय हुआ") == "planned"


# --- dates: the days heading an entry's text, when a later clause names another day -------------

def test_the_days_heading_the_entry_date_it_despite_a_later_day():
    from pipeline.parse.layout.summits import read_entries

    entries = read_entries(Line(1, "➤ 2005 ➝ जकार्ता (इंडोनेशिया), 3–4 मई : पहला सम्मेलन; 5 मई को जल दिवस घोषित।"))
    assert entries[0].period.label == "2005-05-03/2005-05-04"


def test_two_later_days_without_heading_days_leave_the_year():
    from pipeline.parse.layout.summits import read_entries

    entries = read_entries(Line(1, "➤ 2005 ➝ जकार्ता : पहला सम्मेलन; 5 मई को जल दिवस और 9 मई को वन दिवस घोषित।"))
    assert entries[0].period.label == "2005"


# --- parties: 'पाक', the press's short name of Pakistan, in a title's pair -------------------------

def _parties(text: str) -> list[str]:
    return sorted(r["name_en"] for r in parse_document("t", text).rows["parties"] if r.get("name_en"))


def test_the_short_name_of_pakistan_in_a_title_pair_is_a_side():
    text = """भारत-पाक शिखर वार्ताएँ: तीन दशक का लेखा-जोखा

दोनों देशों के नेताओं की शिखर वार्ता 12 मई 2003 को दिल्ली में हुई थी।
"""
    assert _parties(text) == ["India", "Pakistan"]


def test_a_word_pak_outside_a_pair_is_no_side():
    text = """भारत-नेपाल शिखर वार्ताएँ: तीन दशक का लेखा-जोखा

दोनों देशों के नेताओं की शिखर वार्ता 12 मई 2003 को दिल्ली में हुई, जहाँ पाक कला पर एक प्रदर्शनी भी लगी।
"""
    assert _parties(text) == ["India", "Nepal"]


# --- prose: 'X में दोनों नेताओं की शिखर वार्ता हुई', a city GeoNames knows before the leaders ------

LEADERS_SUMMIT_IN = """भारत-नेपाल शिखर वार्ताएँ

दोनों देशों के नेताओं की बैठकों का लेखा-जोखा।

3 से 5 मार्च 2004 तक कुनमिंग में दोनों नेताओं की शिखर वार्ता हुई।
"""

# another word between the city and the noun ('एक विशेष'): no place from this rule
OTHER_WORDS_BETWEEN = """भारत-नेपाल शिखर वार्ताएँ

दोनों देशों के नेताओं की बैठकों का लेखा-जोखा।

3 से 5 मार्च 2004 तक कुनमिंग में एक विशेष शिखर वार्ता भी हुई।
"""


def test_a_known_city_right_before_the_leaders_summit_places_it():
    assert [(y, c) for y, c, _, _ in _summits(LEADERS_SUMMIT_IN)] == [(2004, "Kunming")]


def test_a_known_city_before_other_words_places_nothing():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence

    lexicon = default_lexicon()
    title = "भारत-नेपाल शिखर वार्ताएँ"
    assert summits_in_sentence(LEADERS_SUMMIT_IN.splitlines()[4], title, lexicon)
    assert summits_in_sentence(OTHER_WORDS_BETWEEN.splitlines()[4], title, lexicon) == []
