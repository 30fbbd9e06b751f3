"""Session 15, blind23's news and press releases: general readings tested on invented reports
of other series (positives in several wordings, look-alikes that stay unread).

- a summit named with its organiser before the title's name, or by the head of a name that
  changes between editions (`prose.own_name`);
- a numbered meeting held by its own participle with its dates, inside a clause about
  something else (`prose.participles.ran_on_its_dates`);
- a meeting that opened on one day and ran until another (`prose.participles.ran_until`).
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.dates import find_periods
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import city_after_a_venue, find_place
from pipeline.parse.prose.own_name import names_own_series, title_name_words
from pipeline.parse.prose.participles import ran_until
from tests.parse_support import held, parse

LEXICON = default_lexicon()

NEWS = """{title}

{deck}

{dateline} {lead}

इतिहास

{history}

आगे की राह

आयोजकों ने बताया कि अगली बैठक 2027 में होने की उम्मीद है।
"""


def _news(title: str, lead: str, history: str, dateline: str = "नैरोबी, 12 मार्च (एजेंसियाँ)।",
          deck: str = "प्रतिनिधियों ने वित्त बढ़ाने पर ज़ोर दिया") -> dict:
    return parse(NEWS.format(title=title, deck=deck, dateline=dateline, lead=lead, history=history))


def _years(rows: dict) -> list[tuple]:
    return sorted((y, c) for y, c, *_ in held(rows))


# --- the organiser before the title's own name; the head of a name that changes ---

@pytest.mark.parametrize("organiser", ["संयुक्त राष्ट्र", "अफ्रीकी संघ", "आसियान"])
def test_an_organiser_before_the_titles_name_is_the_series(organiser):
    rows = _news("जल संसाधन शिखर सम्मेलन की बैठक नैरोबी में संपन्न",
                 "बैठक में सौ से अधिक देशों के प्रतिनिधि शामिल हुए।",
                 f"पहला {organiser} जल संसाधन शिखर सम्मेलन 14 मई 2019 को लीमा में हुआ था।")
    assert (2019, "Lima") in _years(rows)


@pytest.mark.parametrize("other", [
    "पहला संयुक्त राष्ट्र संसाधन शिखर सम्मेलन 14 मई 2019 को लीमा में हुआ था।",  # only part of the name
    "पहला संयुक्त राष्ट्र जल शिखर सम्मेलन 14 मई 2019 को लीमा में हुआ था।",
    "एफ़एओ के विश्व संसाधन शिखर सम्मेलनों में से पहला 1996 में रोम में हुआ था।",
])
def test_another_series_with_part_of_the_name_stays_unread(other):
    rows = _news("जल संसाधन शिखर सम्मेलन की बैठक नैरोबी में संपन्न",
                 "बैठक में सौ से अधिक देशों के प्रतिनिधि शामिल हुए।", other)
    assert not [y for y, _ in _years(rows) if y in (1996, 2019)]


@pytest.mark.parametrize("renamed", ["वैश्विक निवेशक", "व्यापार और निवेश", "निवेशक"])
def test_the_distinctive_head_of_a_renamed_series_is_the_series(renamed):
    title = "मुख्यमंत्री ने पुणे में उन्नत महाराष्ट्र २.० उद्योग शिखर सम्मेलन २०२४ का उद्घाटन किया"
    key = match_key(title)
    assert title_name_words(key)[:2] == tuple(match_key(w) for w in ("उन्नत", "महाराष्ट्र"))
    window = tuple(["पहला", "उन्नत", "महाराष्ट्र", *renamed.split()])
    assert names_own_series(window, key, LEXICON)


@pytest.mark.parametrize("window", [
    ("मध्य", "प्रदेश", "के", "वैश्विक", "निवेशक"),  # another state's summit
    ("वैश्विक", "निवेशक"),
    ("उन्नत", "गुजरात"),  # another head
    ("उन्नत", "महाराष्ट्र", "के", "विश्व", "बैंक"),  # the head, then a postposition and another body
])
def test_another_head_is_not_the_renamed_series(window):
    key = match_key("मुख्यमंत्री ने पुणे में उन्नत महाराष्ट्र २.० उद्योग शिखर सम्मेलन २०२४ का उद्घाटन किया")
    assert not names_own_series(window, key, LEXICON)


def test_a_generic_head_names_no_series():
    key = match_key("विश्व आर्थिक मंच शिखर सम्मेलन दावोस में संपन्न")
    assert not names_own_series(("विश्व", "आर्थिक", "सहयोग"), key, LEXICON)


# --- a numbered meeting held by its own participle, whatever the clause says ---

TITLE = "विश्व मौसम सभा ने जलवायु सेवाओं की योजना अपनाई"


@pytest.mark.parametrize("sentence", [
    "योजना पिछले साल अपनाई जानी थी, लेकिन 3 से 7 जून 2024 तक चली 19वीं विश्व मौसम सभा तक सहमति नहीं बन सकी।",
    "3 से 7 जून 2024 तक चली 19वीं विश्व मौसम सभा में भी कोई फ़ैसला नहीं हो सका।",
    "3 जून 2024 को हुई 19वीं विश्व मौसम सभा के बाद वार्ता फिर शुरू हुई।",
])
def test_a_meeting_held_by_its_participle_is_read(sentence):
    rows = _news(TITLE, "सदस्य देशों ने मंगलवार को योजना को मंज़ूरी दी।", sentence, dateline="जिनेवा, 12 मार्च (एजेंसियाँ)।")
    found = [(y, e) for y, _, _, e in held(rows)]
    assert (2024, 19) in found


@pytest.mark.parametrize("sentence", [
    "मई 2026 में होने वाली 20वीं विश्व मौसम सभा तक सहमति बनने की उम्मीद है।",
    "3 से 7 जून 2026 तक प्रस्तावित 20वीं विश्व मौसम सभा तक सहमति बनने की उम्मीद है।",
    "2019 में स्थापित 19वीं विश्व मौसम सभा की समिति तक सहमति नहीं बन सकी।",
])
def test_a_planned_or_undated_meeting_stays_unread(sentence):
    rows = _news(TITLE, "सदस्य देशों ने मंगलवार को योजना को मंज़ूरी दी।", sentence, dateline="जिनेवा, 12 मार्च (एजेंसियाँ)।")
    assert not [y for y, *_ in held(rows) if y in (2019, 2026)]


# --- opened on one day, ran until another ---

@pytest.mark.parametrize("sentence, end", [
    ("सोमवार, 19 मई 2025 को शुरू हुई यह सभा 27 मई तक चलेगी।", "2025-05-27"),
    ("सम्मेलन १० जून २०२२ को शुरू हुआ और १४ जून तक चला।", "2022-06-14"),
    ("यह बैठक 28 नवंबर 2023 को आरंभ हुई थी और 2 दिसंबर तक चली।", "2023-12-02"),
])
def test_opened_then_ran_until_gives_the_run(sentence, end):
    opened = find_periods(sentence)[0][2]
    run = ran_until(sentence, opened)
    assert run is not None and run.start == opened.start and run.end.isoformat() == end


@pytest.mark.parametrize("sentence", [
    "यह सम्मेलन 10 जून 2022 को हुआ; प्रदर्शनी 14 जून तक चली।",  # no opening said
    "सम्मेलन 10 जून 2022 को शुरू हुआ और नामांकन 14 अगस्त तक चलेंगे।",  # beyond a meeting's month
    "सम्मेलन 10 जून 2022 को शुरू हुआ और 9 जून तक चला।",  # before its start
])
def test_other_runs_give_no_end(sentence):
    opened = find_periods(sentence)[0][2]
    assert ran_until(sentence, opened) is None


def test_a_report_gives_the_run_of_its_meeting():
    rows = _news(TITLE, "सदस्य देशों ने मंगलवार को जिनेवा में चल रही 20वीं विश्व मौसम सभा में योजना अपनाई। "
                        "सोमवार, 10 मार्च 2025 को शुरू हुई यह सभा 14 मार्च तक चलेगी।",
                 "पहली विश्व मौसम सभा 1951 में पेरिस में हुई थी।", dateline="जिनेवा, 12 मार्च (एजेंसियाँ)।")
    summit = next(s for s in rows["summits"] if s["year"] == 2025)
    assert (summit["date"], summit["date_end"]) == ("2025-03-10", "2025-03-14")


# --- a hall, then its city, in a list entry's place ---

@pytest.mark.parametrize("venue, city", [
    ("महात्मा मंदिर, गांधीनगर", "गांधीनगर"),
    ("इंडिया एक्सपो मार्ट, ग्रेटर नोएडा", "ग्रेटर नोएडा"),
    ("यशोभूमि, नई दिल्ली", "नई दिल्ली"),
])
def test_a_hall_then_its_city_is_that_city(venue, city):
    place = city_after_a_venue(venue, LEXICON)
    assert place is not None and place.city == city


@pytest.mark.parametrize("name", [
    "क्योटो, जापान",  # a city, then its country
    "बेंगलुरु, कर्नाटक",  # a city, then its state
    "नई दिल्ली, मुंबई",  # two cities
    "प्रगति मैदान, कर्नाटक",  # a hall, then a state
    "हॉल 3, नई दिल्ली",  # a number: not a name
])
def test_other_comma_pairs_are_not_a_hall_and_its_city(name):
    assert city_after_a_venue(name, LEXICON) is None


@pytest.mark.parametrize("venue, city", [("महात्मा मंदिर, गांधीनगर", "Gandhinagar"), ("प्रगति मैदान, नई दिल्ली", "New Delhi")])
def test_a_list_of_editions_with_halls_gives_their_cities(venue, city):
    text = f"""टेक्नो इंडिया 2025 का मुंबई में समापन

इलेक्ट्रॉनिकी मंत्रालय

पृष्ठभूमि

टेक्नो इंडिया सम्मेलन की शुरुआत 2021 में हुई थी। अब तक के सभी संस्करण इस प्रकार हैं:

• पहला संस्करण — 10-12 मार्च, 2021, बेंगलुरु
• दूसरा संस्करण — 28-30 जुलाई, 2023, {venue}
"""
    rows = parse(text)
    assert (2023, city) in [(y, c) for y, c, *_ in held(rows)]


@pytest.mark.parametrize("name", ["की शरद ऋतु, ढाका", "मार्च, नई दिल्ली", "के बाद, गांधीनगर"])
def test_a_time_or_a_postposition_before_a_city_is_no_hall(name):
    assert city_after_a_venue(name, LEXICON) is None


@pytest.mark.parametrize("gloss", ["इंडिया इंटरनेशनल कन्वेंशन एंड एक्सपो सेंटर", "अंतरराष्ट्रीय प्रदर्शनी-सह-सम्मेलन केंद्र"])
def test_a_halls_full_name_in_brackets_is_not_the_place(gloss):
    sentence = f"सम्मेलन आज नई दिल्ली के द्वारका स्थित यशोभूमि ({gloss}) में संपन्न हो गया।"
    place = find_place(sentence, LEXICON)
    assert place is not None and place.city == "नई दिल्ली"
