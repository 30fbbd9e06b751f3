"""Whether a summit the text states belongs to the document's own series.

Pinned by invented sentences and entries: another body's founding summit in a relative clause,
a summit with a partner named after the pair, an agreement signed in a summit list, and an entry
that opens with another event before it names the summit.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.series import clause_of_the_summit, years_of_other_bodies

LEXICON = default_lexicon()


def _held(text: str) -> list[tuple[int, str | None, str | None]]:
    rows = parse_document("t", text).rows["summits"]
    return sorted((s["year"], s["city"], s["date"]) for s in rows if s["status"] == "held")


def test_a_relative_clause_about_another_organisation_gives_its_summit_not_the_series():
    title = "भारत–मध्य एशिया शिखर सम्मेलन"
    sentence = "इन देशों से भारत का संपर्क राष्ट्रमंडल के दिनों से है, जिसका पहला शिखर सम्मेलन 1971 में सिंगापुर में हुआ था।"
    assert years_of_other_bodies(sentence, title, LEXICON) == {1971}
    # the relative clause about the series itself is the series' summit
    own = "भारत और मध्य एशिया ने यह संवाद शुरू किया, जिसका पहला शिखर सम्मेलन 2022 में हुआ था।"
    assert years_of_other_bodies(own, title, LEXICON) == set()


def test_a_summit_named_after_the_series_and_a_partner_is_another_series():
    title = "आसियान शिखर सम्मेलन — नोट्स"
    sentence = "दोनों अलग हैं; मार्च 2018 में सिडनी में आसियान–ऑस्ट्रेलिया विशेष शिखर सम्मेलन हुआ था।"
    assert years_of_other_bodies(sentence, title, LEXICON) == {2018}
    # a pair the title names in full is the series itself
    assert years_of_other_bodies("2018 में दिल्ली में भारत–आसियान स्मारक शिखर सम्मेलन हुआ।",
                                 "भारत–आसियान शिखर सम्मेलन", LEXICON) == set()
    # the title may name a side under another spelling (EU for यूरोपीय संघ)
    assert years_of_other_bodies("2020 में भारत–यूरोपीय संघ शिखर सम्मेलन वर्चुअल हुआ।", "EU-भारत शिखर सम्मेलन",
                                 LEXICON) == set()
    # a clause with a summit of the series keeps its year
    assert years_of_other_bodies("2019 में बैंकॉक में 35वाँ आसियान शिखर सम्मेलन हुआ।", title, LEXICON) == set()


def test_an_entry_that_opens_with_another_event_takes_the_summits_clause():
    text = "12 मई 2016 को जिनेवा में व्यापार समझौते पर सहमति बनी; इसके बाद जून 2016 में लीमा में हुए शिखर सम्मेलन में इसका स्वागत हुआ।"
    assert clause_of_the_summit(text) == "इसके बाद जून 2016 में लीमा में हुए शिखर सम्मेलन में इसका स्वागत हुआ"
    assert clause_of_the_summit("जून 2016 में लीमा में शिखर सम्मेलन हुआ; व्यापार पर सहमति बनी।") is None
    assert clause_of_the_summit("व्यापार पर चर्चा हुई।") is None


ARTICLE = """एंडीज़ शिखर सम्मेलन

एंडीज़ शिखर सम्मेलन दक्षिण अमेरिका के देशों की बैठक है।

अहम शिखर बैठकें

2004 — भारत और एंडीज़ समूह के बीच तरजीही व्यापार समझौते पर हस्ताक्षर हुए; यह मंत्रिस्तरीय समझौता था।

2016 — 12 मई 2016 को जिनेवा में व्यापार समझौते पर सहमति बनी; इसके बाद जून 2016 में लीमा में हुए शिखर सम्मेलन में इसका स्वागत हुआ।

2018 — दोनों देशों ने व्यापार पर चर्चा की।
"""


def test_a_summit_list_leaves_out_an_agreement_and_places_a_summit_by_its_own_clause():
    assert _held(ARTICLE) == [
        (2016, "लीमा", None),  # not Geneva, not the day of the agreement
        (2018, None, None),  # names no meeting, but nothing says it is not the summit
    ]


PROPOSAL = """भारत–नॉर्डिक शिखर सम्मेलन

भारत–नॉर्डिक शिखर सम्मेलन भारत और नॉर्डिक देशों की बैठक है।

शिखर सम्मेलन

2018: पहला शिखर सम्मेलन स्टॉकहोम में हुआ।

नेताओं ने नॉर्वे के इस प्रस्ताव का स्वागत किया कि चौथा शिखर सम्मेलन 2027 में ओस्लो में आयोजित किया जाए।
"""


def test_a_summit_a_proposal_wants_held_is_planned():
    rows = parse_document("t", PROPOSAL).rows["summits"]
    assert {(s["year"], s["status"]) for s in rows} == {(2018, "held"), (2027, "planned")}


def test_a_sentence_that_says_when_the_summits_began_gives_the_start():
    from pipeline.parse.layout.series import start_of_the_summits

    began = start_of_the_summits("भारत–अफ्रीका शिखर सम्मेलनों की परंपरा 4 अप्रैल 2008 को नई दिल्ली में हुए पहले "
                                 "सम्मेलन से शुरू हुई।")
    assert began is not None and began.year == 2008
    assert start_of_the_summits("शिखर सम्मेलनों की शुरुआत 1996 में शंघाई फ़ाइव के रूप में हुई।") is None  # a precursor
    assert start_of_the_summits("शिखर सम्मेलनों का क्रम 2030 तक चलेगा।") is None
    assert start_of_the_summits("विदेश मंत्रियों की बैठकों का सिलसिला 2005 में शुरू हुआ।") is None  # ministers


RELEASE_START = """भारत में मिस्र का दूतावास

प्रेस विज्ञप्ति

तीसरा मिस्र–अफ्रीका शिखर सम्मेलन काहिरा में संपन्न

तीसरा मिस्र–अफ्रीका शिखर सम्मेलन 5 मई 2024 को काहिरा में संपन्न हुआ।

सहयोग के प्रमुख क्षेत्र:

- व्यापार: शुल्क घटाना।
- ऊर्जा: सौर परियोजनाएँ।

मिस्र–अफ्रीका शिखर सम्मेलनों की परंपरा 2016 में शर्म अल-शेख़ में हुए सम्मेलन से शुरू हुई।
"""


def test_the_start_of_the_summits_is_a_timeline_event():
    rows = parse_document("t", RELEASE_START).rows
    assert "2016" in {e["period_start"][:4] for e in rows["timeline"]}


def test_an_organisations_summit_a_summit_between_other_sides_and_one_with_a_partner():
    title = "अंडियन समुदाय शिखर सम्मेलन"
    assert years_of_other_bodies("गुटनिरपेक्ष आंदोलन का पहला शिखर सम्मेलन 1961 में बेलग्रेड में हुआ था।",
                                 title, LEXICON) == {1961}
    assert years_of_other_bodies("2012 में दिल्ली में अंडियन समुदाय और भारत के बीच स्मारक शिखर सम्मेलन हुआ।",
                                 title, LEXICON) == {2012}
    assert years_of_other_bodies("2019 में ब्रसेल्स में यूरोपीय संघ के साथ अंडियन समुदाय का शिखर सम्मेलन हुआ।",
                                 title, LEXICON) == {2019}
    # the series' own: its name as the owner, or both sides of a pair named by the title
    assert years_of_other_bodies("अंडियन समुदाय का 20वाँ शिखर सम्मेलन 2019 में लीमा में हुआ।", title, LEXICON) == set()
    assert years_of_other_bodies("2019 में मॉस्को में भारत और रूस के बीच 20वाँ शिखर सम्मेलन हुआ।",
                                 "भारत–रूस वार्षिक शिखर सम्मेलन", LEXICON) == set()
