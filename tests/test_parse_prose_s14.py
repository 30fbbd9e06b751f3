"""Session 14 (prose): a series named by its compound name with a gloss, a list line that
denies being one of the series, an areas list ended by a line worded as a summits heading, a
country recognised or invited in a headline, an agreement to hold a meeting, and a council's
numbered meeting as an institution's (a leader's visit is none of its meetings)."""

from __future__ import annotations

from pipeline.parse.parties.not_sides import is_recognised
from pipeline.parse.prose.not_one import denies_being_one
from pipeline.parse.prose.series import _own_compound_name
from pipeline.parse.prose.words import names_an_institutional_meeting
from pipeline.parse.language.text import match_key
from tests.parse_support import held, parse


NEWS = """भारत–कैरिबियाई शिखर सम्मेलन: मोदी ने बारबाडोस को दी मान्यता, नई सहायता का वादा

जॉर्जटाउन, 20 नवंबर (एजेंसियाँ)। प्रधानमंत्री नरेंद्र मोदी ने कैरिकॉम के नेताओं से बुधवार को यहाँ मुलाक़ात की।

19-20 नवंबर 2024 को हुआ यह दो दिवसीय भारत–कैरिबियाई मंच शिखर सम्मेलन इस क्षेत्र के साथ भारत का दूसरा बड़ा आयोजन है।

14 और 15 सितंबर 2019 को न्यूयॉर्क में हुए पहले भारत–कैरिबियाई देश शिखर सम्मेलन में नेताओं ने एक घोषणापत्र पर सहमति जताई थी।

उन्हीं दिनों 22 मई को वहाँ भारत–प्रशांत द्वीप सहयोग मंच के तीसरे शिखर सम्मेलन की मेज़बानी हुई थी।

अगला शिखर सम्मेलन 2026 में होगा।
"""


def test_a_series_named_by_its_compound_with_a_gloss_is_its_own():
    rows = parse(NEWS)
    assert sorted(held(rows)) == [(2019, "New York", "2019-09-14", 1), (2024, "Georgetown", "2024-11-19", None)]
    assert not [s for s in rows["summits"] if s["year"] == 2026 and s["status"] == "held"]


def test_own_compound_name_needs_the_titles_compound_and_glosses_only():
    title = match_key("भारत–कैरिबियाई शिखर सम्मेलन")
    assert _own_compound_name(("पहले", "भारत–कैरिबियाई", "देश"), title)
    assert _own_compound_name(("भारत–कैरिबियाई", "मंच"), title)
    assert not _own_compound_name(("भारत–प्रशांत", "द्वीप", "सहयोग", "मंच"), title)  # another series
    assert not _own_compound_name(("भारत–कैरिबियाई", "व्यापार", "मंच"), title)  # a body of one sector
    assert not _own_compound_name(("कैरिबियाई", "देश"), title)  # no compound name


def test_a_country_recognised_or_invited_in_the_headline_is_no_side():
    rows = parse(NEWS)
    assert "Barbados" not in [p["name_en"] for p in rows["parties"]]
    assert is_recognised("ओबामा ने क्यूबा और वेनेज़ुएला को दी मान्यता", "क्यूबा")
    assert is_recognised("ओबामा ने क्यूबा और वेनेज़ुएला को दी मान्यता", "वेनेज़ुएला")
    assert is_recognised("जापान ने मिस्र को न्योता दिया", "मिस्र")
    assert not is_recognised("भारत और मिस्र के बीच शिखर वार्ता", "मिस्र")
    assert not is_recognised("भारत ने मिस्र को हराया", "मिस्र")


def test_a_line_that_denies_being_one_of_the_series():
    assert denies_being_one("राष्ट्रपति की पहली यात्रा; यह परामर्श नहीं, बल्कि द्विपक्षीय दौरा था।", "फ़्रांस–इटली सरकारी परामर्श")
    assert denies_being_one("नए प्रधानमंत्री का पहला दौरा; यह द्विपक्षीय दौरा था, वार्षिक नेता बैठक नहीं।", "x")
    assert not denies_being_one("उस वर्ष बैठक नहीं हो सकी।", "x")  # a cancellation, told elsewhere
    assert not denies_being_one("बैठक में कोई समझौता नहीं हुआ।", "x")


ARTICLE = """कनाडा–मैक्सिको वार्षिक नेता बैठक

कनाडा–मैक्सिको वार्षिक नेता बैठक कनाडा और मैक्सिको के नेताओं की वार्षिक द्विपक्षीय शिखर बैठक है।


सहयोग के क्षेत्र

व्यापार: आपूर्ति शृंखलाओं का एकीकरण।


ऊर्जा: स्वच्छ ऊर्जा में निवेश।


उत्तर के दोनों छोर: हाल की बैठकें

▪ 12 मार्च 2018 – ओटावा: दोनों नेताओं की बैठक, जिसमें व्यापार पर चर्चा हुई।

▪ मेक्सिको सिटी, 20 जून 2019: दोनों नेताओं ने ऊर्जा समझौता अपनाया।

▪ जनवरी 2020 – टोरंटो: विदेश नीति पर भाषण; यह निजी दौरा था, वार्षिक नेता बैठक नहीं।

▪ 2021, 8 जुलाई – ओटावा: कोविड के बाद पहली बैठक।
"""


def test_an_areas_list_ended_by_a_summits_heading_line():
    rows = parse(ARTICLE)
    areas = [a["name"] for a in rows["cooperation_areas"]]
    assert areas == ["व्यापार", "ऊर्जा"]
    years = [(s["year"], s["city_en"], s["date"]) for s in rows["summits"] if s["status"] == "held"]
    assert (2018, "Ottawa", "2018-03-12") in years
    assert (2019, "Mexico City", "2019-06-20") in years
    assert (2021, "Ottawa", "2021-07-08") in years
    assert 2020 not in [y for y, _, _ in years]  # the line says it was no leaders' meeting


def test_a_heading_like_line_with_a_year_or_without_dated_lines_below_stays_an_area():
    rows = parse(ARTICLE.replace("▪ 12 मार्च 2018 – ओटावा", "▪ ओटावा").replace(
        "▪ मेक्सिको सिटी, 20 जून 2019", "▪ मेक्सिको सिटी").replace("▪ जनवरी 2020 – टोरंटो", "▪ टोरंटो").replace(
        "▪ 2021, 8 जुलाई – ओटावा", "▪ ओटावा"))
    assert "उत्तर के दोनों छोर" in [a["name"] for a in rows["cooperation_areas"]]


COUNCIL = """मिस्र–जॉर्डन सहयोग परिषद की पाँचवीं बैठक: 12 समझौतों पर दस्तख़त

अम्मान, 10 मार्च (भाषा)। दोनों देशों के प्रधानमंत्रियों ने सोमवार को यहाँ परिषद की पाँचवीं बैठक की सह-अध्यक्षता की।

परिषद की पिछली बैठक मई 2019 में हुई थी, यानी 10 मार्च 2025 को हुई यह बैठक छह साल बाद हो सकी। बीच में पाँचवीं बैठक सितंबर 2022 में काहिरा में कराने पर सहमति बनी थी, लेकिन वह बैठक तब नहीं हो पाई।

इसका पहला सत्र दिसंबर 2012 में काहिरा में हुआ। नवंबर 2023 में मिस्र के प्रधानमंत्री की अक़ाबा यात्रा के दौरान निवेश का लक्ष्य रखा गया था।
"""


def test_an_agreement_to_hold_a_meeting_and_a_visit_are_no_meetings_of_a_council():
    rows = parse(COUNCIL)
    summits = [(s["year"], s["city_en"]) for s in rows["summits"] if s["status"] == "held"]
    assert (2012, "Cairo") in summits
    assert (2025, "Amman") in summits
    assert 2022 not in [y for y, _ in summits]  # agreed to hold it; it did not meet
    assert 2023 not in [y for y, _ in summits]  # a prime minister's visit


def test_a_councils_numbered_meeting_is_an_institutions():
    assert names_an_institutional_meeting("पाक-तुर्किये रणनीतिक परिषद की सातवीं बैठक: ...")
    assert names_an_institutional_meeting("संयुक्त आयोग की बैठक")
    assert not names_an_institutional_meeting("ट्रंप-किम बैठक")
