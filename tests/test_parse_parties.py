"""Who the parties of a document are: members, partners, co-chairs and co-organisers, and who
they are not (observers, associates that left, recipients of aid, people's home countries).

Each rule is pinned by a small invented document or sentence, with a case it must not fire on.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties import co_chairs, known_names, labelled_members, member_names, one_member
from pipeline.parse.layout.structure import Line

LEXICON = default_lexicon()


def _parties(text: str) -> list[str]:
    return [p["name_en"] for p in parse_document("t", text).rows["parties"]]


def _title(text: str) -> str:
    return parse_document("t", text).rows["documents"][0]["title"]


# --- the headline -----------------------------------------------------------------------------

CHAPTER_ABOVE_HEADLINE = """# विश्व राजनीति: महाद्वीपीय मंच

## नॉर्डिक–बाल्टिक देशों के शिखर सम्मेलन — संक्षिप्त नोट्स

**सदस्य (5)**: डेनमार्क, फ़िनलैंड, आइसलैंड, नॉर्वे और स्वीडन

## सम्मेलन

- 2019: रेक्जाविक में शिखर सम्मेलन हुआ।
"""

TWO_HEADINGS_BOTH_SUMMITS = """# नॉर्डिक शिखर सम्मेलन

## शिखर सम्मेलनों की सूची

- 2019: रेक्जाविक में शिखर सम्मेलन हुआ।
"""


def test_a_chapter_heading_above_the_headline_is_not_the_title():
    assert _title(CHAPTER_ABOVE_HEADLINE) == "नॉर्डिक–बाल्टिक देशों के शिखर सम्मेलन — संक्षिप्त नोट्स"
    assert _parties(CHAPTER_ABOVE_HEADLINE) == ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]
    # a headline that names the summits keeps its place above a section heading
    assert _title(TWO_HEADINGS_BOTH_SUMMITS) == "नॉर्डिक शिखर सम्मेलन"


EMBASSY_RELEASE = """भारत में जापान का दूतावास

प्रेस विज्ञप्ति

नई दिल्ली, 14 मार्च 2024

तीसरा जापान–प्रशांत द्वीप शिखर सम्मेलन टोक्यो में संपन्न

तीसरा शिखर सम्मेलन 12-13 मार्च 2024 को टोक्यो में हुआ।
"""


def test_an_embassy_line_above_a_release_is_no_headline():
    assert _title(EMBASSY_RELEASE) == "तीसरा जापान–प्रशांत द्वीप शिखर सम्मेलन टोक्यो में संपन्न"


# --- members ----------------------------------------------------------------------------------


def test_a_members_fact_line_lists_the_parties_of_its_first_clause():
    line = Line(5, "भागीदार: स्पेन और अफ्रीकी संघ; सम्मेलनों में कई देशों के मंत्री भी आते हैं")
    assert labelled_members(line, LEXICON) == ["स्पेन", "अफ्रीकी संघ"]
    assert labelled_members(Line(6, "पर्यवेक्षक: मिस्र और अल्जीरिया"), LEXICON) == []
    assert labelled_members(Line(7, "सचिवालय: मैड्रिड"), LEXICON) == []
    assert labelled_members(Line(8, "भागीदार: स्पेन; अन्य देश आमंत्रित"), LEXICON) == []  # one name is no list


def test_a_clause_after_a_finished_list_is_not_part_of_it():
    sentence = ("समूह के सदस्यों में पुर्तगाल, ग्रीस, माल्टा और साइप्रस जैसे देश शामिल हैं और इसके "
                "महासचिव इटली के एक राजनयिक हैं।")
    assert member_names(sentence, LEXICON) == ["पुर्तगाल", "ग्रीस", "माल्टा", "साइप्रस"]


def test_countries_something_is_sent_to_are_not_members():
    sentence = "सरकार ने कहा कि वह नाइजर, चाड, सूडान और लीबिया को दस हज़ार टन गेहूँ भेजेगी।"
    assert member_names(sentence, LEXICON) == []
    assert member_names("नाइजर, चाड, सूडान और लीबिया इसके सदस्य हैं।", LEXICON) == ["नाइजर", "चाड", "सूडान", "लीबिया"]
    assert member_names("2006 में नाइजर, चाड और सूडान को सदस्य बनाया गया।", LEXICON) == ["नाइजर", "चाड", "सूडान"]


def test_membership_in_a_list_with_an_uncounted_item_and_a_non_member():
    sentence = ("मंच की सदस्यता में भारत, अफ्रीका के 54 देश और अफ्रीकी संघ आयोग शामिल हैं; "
                "मोरक्को इसका सदस्य नहीं है।")
    assert member_names(sentence, LEXICON) == ["भारत", "अफ्रीकी संघ आयोग"]


def test_an_associate_member_taking_part_is_a_member_and_an_observer_is_not():
    title = "दक्षिण एशियाई देशों का मंच"
    assert one_member("भूटान 2012 से सहयोगी सदस्य के रूप में भाग लेता है।", title, LEXICON) == "भूटान"
    assert one_member("म्यांमार पर्यवेक्षक सदस्य के रूप में भाग लेता है।", title, LEXICON) is None
    assert one_member("नेपाल के विदेश मंत्री ने भाग लिया।", title, LEXICON) is None


def test_a_country_written_with_a_hyphen_for_and():
    text = """भारत–कैरिबियाई शिखर सम्मेलन

भारत–कैरिबियाई शिखर सम्मेलन भारत और कैरिबियाई देशों — जमैका, बारबाडोस, त्रिनिदाद-टोबैगो और ग्रेनेडा — के नेताओं की बैठक है।

शिखर सम्मेलन

2019: पहला शिखर सम्मेलन न्यूयॉर्क में हुआ।
"""
    assert _parties(text) == ["India", "Jamaica", "Barbados", "Trinidad and Tobago", "Grenada"]


# --- co-chairs and co-organisers --------------------------------------------------------------


def test_co_chairs_named_by_their_offices_give_their_country_or_organisation():
    sentence = ("सम्मेलन की सह-अध्यक्षता चीन के राष्ट्रपति और अफ्रीकी संघ के अध्यक्ष, सेनेगल के राष्ट्रपति "
                "मैकी सॉल ने की।")
    assert co_chairs(sentence, LEXICON) == ["चीन", "अफ्रीकी संघ"]  # Senegal is the chair's other office


def test_co_organisers_are_parties_and_co_hosts_are_not():
    assert co_chairs("इस सम्मेलन का सह-आयोजन पोलैंड और यूक्रेन की सरकारों ने किया।", LEXICON) == ["पोलैंड", "यूक्रेन"]
    assert co_chairs("इसका आयोजन फ़्रांस सरकार, विश्व बैंक और संयुक्त राष्ट्र विकास कार्यक्रम मिलकर करते हैं।",
                     LEXICON) == ["फ़्रांस", "विश्व बैंक", "संयुक्त राष्ट्र विकास कार्यक्रम"]
    assert co_chairs("दूसरे सम्मेलन की सह-मेज़बानी घाना, केन्या और पेरू ने की।", LEXICON) == []


RELEASE_WITH_AID_AND_CO_CHAIR = """भारत में ब्राज़ील का दूतावास

प्रेस विज्ञप्ति

नई दिल्ली, 3 मई 2024

दूसरा ब्राज़ील–अफ्रीका शिखर सम्मेलन ब्रासीलिया में संपन्न

दूसरा ब्राज़ील–अफ्रीका शिखर सम्मेलन 1-2 मई 2024 को ब्रासीलिया में संपन्न हुआ। सम्मेलन की सह-अध्यक्षता ब्राज़ील के राष्ट्रपति और अफ्रीकी संघ के अध्यक्ष, मॉरिटानिया के राष्ट्रपति ने की।

राष्ट्रपति ने कहा कि ब्राज़ील नाइजर, चाड, सूडान और माली को अनाज भेजेगा।
"""


def test_a_release_gives_the_co_chairs_not_the_countries_aid_goes_to():
    assert _parties(RELEASE_WITH_AID_AND_CO_CHAIR) == ["Brazil", "African Union"]


def test_a_title_with_one_side_looks_for_the_co_organiser():
    text = """विदेश मंत्रालय

प्रविष्टि तिथि: १२ जून, २०२४, ६:०० अपराह्न, पीआईबी दिल्ली

वारसॉ में मोल्दोवा सहायता सम्मेलन २०२४ में भारतीय प्रतिनिधिमंडल की भागीदारी

भारतीय प्रतिनिधिमंडल ने ११ जून, २०२४ को वारसॉ में आयोजित तीसरे मोल्दोवा सहायता सम्मेलन में भाग लिया। इस सम्मेलन का सह-आयोजन मोल्दोवा और पोलैंड की सरकारों ने किया।
"""
    assert _parties(text) == ["Moldova", "Poland"]


def test_a_relative_clause_that_lists_the_members_is_read_and_one_about_them_is_not():
    sentence = "यह मंच भारत और प्रशांत द्वीप देशों का है, जिसके सदस्यों में फ़िजी, समोआ, टोंगा और वानुअतु शामिल हैं।"
    assert member_names(sentence, LEXICON) == ["फ़िजी", "समोआ", "टोंगा", "वानुअतु"]
    about = "इसमें फ़िजी, समोआ और टोंगा शामिल हैं, जो राष्ट्रमंडल, संयुक्त राष्ट्र और प्रशांत द्वीप फ़ोरम के सदस्य हैं।"
    assert member_names(about, LEXICON) == ["फ़िजी", "समोआ", "टोंगा"]


def test_associated_states_strategic_partners_and_former_members_are_not_members():
    assert member_names("चिली, कोलंबिया, पेरू और इक्वाडोर इसके सहयोगी देश हैं।", LEXICON) == []
    assert member_names("अमेरिका, जर्मनी और जापान रणनीतिक साझेदार के रूप में भाग लेते हैं।", LEXICON) == []
    assert member_names("जॉर्जिया, यूक्रेन और मोल्दोवा ने सदस्यता छोड़ दी।", LEXICON) == []
    assert member_names("चिली, कोलंबिया, पेरू और इक्वाडोर इसके सदस्य हैं।", LEXICON) == ["चिली", "कोलंबिया", "पेरू", "इक्वाडोर"]


# --- blocs and partially recognised states ----------------------------------------------------

BLOC_TITLE = """{title}

दोहा, 3 मार्च। दोनों पक्षों के नेताओं का पहला शिखर सम्मेलन 3 मार्च 2019 को दोहा में हुआ।
"""


def test_blocs_named_by_their_abbreviation_are_parties():
    assert _parties(BLOC_TITLE.format(title="दोहा में पहला आसियान–जीसीसी शिखर सम्मेलन")) == [
        "ASEAN", "Gulf Cooperation Council"]
    assert _parties(BLOC_TITLE.format(title="EU–CELAC शिखर सम्मेलन: नोट्स")) == ["European Union", "CELAC"]
    assert set(_parties(BLOC_TITLE.format(title="दोहा में भारत–अरब राष्ट्र शिखर सम्मेलन"))) == {"India", "Arab League"}
    assert set(_parties(BLOC_TITLE.format(title="दोहा में भारत–मर्कोसुर शिखर सम्मेलन"))) == {"India", "Mercosur"}


def test_a_region_written_like_a_bloc_is_no_party():
    # 'अरब' alone (a people, a region) and 'खाड़ी देश' (the Gulf countries) name no organisation
    assert "Arab League" not in _parties(BLOC_TITLE.format(title="दोहा में भारत–अरब शिखर सम्मेलन"))
    assert "Gulf Cooperation Council" not in _parties(BLOC_TITLE.format(title="दोहा में भारत–खाड़ी देश शिखर सम्मेलन"))


def test_a_partially_recognised_state_in_the_members_list_is_a_party():
    text = """पश्चिमी बाल्कन शिखर सम्मेलन

यह पहल अल्बानिया, कोसोवो, मोंटेनेग्रो और सर्बिया के बीच सहयोग की प्रक्रिया है।

- 2019: 5 जुलाई को पोज़नान में सम्मेलन हुआ।
"""
    assert _parties(text) == ["Albania", "Kosovo", "Montenegro", "Serbia"]


def test_territories_that_are_members_of_a_forum_are_parties():
    text = """प्रशांत द्वीप शिखर सम्मेलन

इस मंच के सदस्य फ़िजी, न्यू कैलेडोनिया, फ़्रेंच पोलिनेशिया और टोकेलाउ हैं।

- 2019: 5 जुलाई को सुवा में सम्मेलन हुआ।
"""
    assert _parties(text) == ["Fiji", "New Caledonia", "French Polynesia", "Tokelau"]
    # a territory named only as a place is no side
    assert "New Caledonia" not in _parties(BLOC_TITLE.format(title="न्यू कैलेडोनिया में पहला भारत–फ़िजी शिखर सम्मेलन"))


# --- sides that are not countries; countries that are not sides -------------------------------


def test_a_country_a_meeting_is_about_is_no_side():
    from pipeline.parse.parties import is_topic, title_parties

    title = "अंकारा में रूस-ईरान-तुर्की त्रिपक्षीय शिखर बैठक: लीबिया पर नेताओं ने साझा बयान दिया"
    assert title_parties(title, LEXICON)[0] == ["रूस", "ईरान", "तुर्की"]
    assert is_topic("यमन संकट पर तीनों देशों की बैठक", "यमन")
    assert not is_topic("भारत और जापान ने व्यापार पर सहमति जताई", "जापान")  # पर after another word
    # the countries around a topic still make a members' list
    assert member_names("लीबिया संकट पर तीन मध्यस्थ देशों — मिस्र, अल्जीरिया और ट्यूनीशिया — के नेताओं ने बात की।",
                        LEXICON) == ["मिस्र", "अल्जीरिया", "ट्यूनीशिया"]


def test_a_country_taking_over_the_chair_is_no_side():
    from pipeline.parse.parties import takes_the_chair, title_parties

    title = "नैरोबी में संगठन का शिखर सम्मेलन संपन्न; केन्या ने संगठन की अध्यक्षता संभाली"
    assert takes_the_chair(title, "केन्या")
    assert title_parties(title, LEXICON)[0] == []
    assert not takes_the_chair("केन्या ने सम्मेलन में भाग लिया", "केन्या")
    assert not takes_the_chair("घाना ने केन्या से अध्यक्षता संभाली", "केन्या")  # Kenya handed it over


def test_leaders_who_chaired_jointly_give_their_countries():
    sentence = ("सेनेगल की राजधानी डकार में शिखर सम्मेलन संपन्न हुआ। पुर्तगाल के प्रधानमंत्री और मेज़बान सेनेगल के "
                "राष्ट्रपति ने 3 मार्च 2019 को हुए इस सम्मेलन की संयुक्त रूप से अध्यक्षता की।")
    assert co_chairs(sentence, LEXICON) == ["पुर्तगाल", "सेनेगल"]
    assert co_chairs("पुर्तगाल के प्रधानमंत्री ने सम्मेलन की अध्यक्षता की।", LEXICON) == []  # one chair


def test_a_side_glossed_with_a_name_the_lexicon_knows():
    from pipeline.parse.parties import pair_between

    sentence = "यह मंच यूरोपीय संघ और अरब देशों की परिषद (अरब लीग) के सदस्य देशों के नेताओं की बैठक है।"
    assert pair_between(sentence, LEXICON) == ["यूरोपीय संघ", "अरब लीग"]
    # a gloss that is no party adds nothing; a known name keeps its own (Hong Kong, not China)
    assert known_names("जापान (मेज़बान), हांगकांग (चीन) और भारत", LEXICON) == ["जापान", "हांगकांग", "भारत"]


def test_an_organisation_standing_for_its_member_states_is_a_side():
    sentence = ("इसमें एक ओर आसियान के सदस्य देश हैं और दूसरी ओर खाड़ी के छह देश — सऊदी अरब, कुवैत, क़तर, "
                "बहरीन, ओमान और संयुक्त अरब अमीरात।")
    assert member_names(sentence, LEXICON)[:2] == ["आसियान", "सऊदी अरब"]
    observers = "इसमें सऊदी अरब, कुवैत और क़तर हैं, जबकि आसियान के सदस्य देश पर्यवेक्षक हैं।"
    assert member_names(observers, LEXICON) == ["सऊदी अरब", "कुवैत", "क़तर"]


def test_an_acronym_written_in_devanagari_reads_as_its_latin_letters():
    from pipeline.parse.parties import spelled_acronym

    assert spelled_acronym("आईबीएसए") == "IBSA"
    assert spelled_acronym("डब्ल्यूटीओ") == "WTO"
    assert spelled_acronym("एकता") is None  # a word, not letter names
    assert spelled_acronym("जी") is None  # one letter: too short to tell


RELEASE_OF_AN_ORGANISATION = """दक्षिणी द्वीप राज्यों का संगठन (एसआईएसओ) — सचिवालय, सुवा

प्रेस विज्ञप्ति | सुवा, 5 मई 2023

सुवा में एसआईएसओ नेताओं का चौथा शिखर सम्मेलन संपन्न; फ़िजी ने संगठन की अध्यक्षता संभाली

दक्षिणी द्वीप राज्यों के संगठन (एसआईएसओ) के नेताओं का चौथा शिखर सम्मेलन 4 मई 2023 को सुवा में आयोजित हुआ। सम्मेलन में संगठन के 14 सदस्य देशों के प्रतिनिधिमंडलों ने भाग लिया।
"""


def test_an_organisation_the_title_names_by_the_acronym_its_text_defines_is_the_side():
    assert _parties(RELEASE_OF_AN_ORGANISATION) == ["SISO"]  # Fiji takes the chair: no side
    undefined = RELEASE_OF_AN_ORGANISATION.replace("(एसआईएसओ)", "")
    assert _parties(undefined) == []  # no gloss defines the acronym: it names nobody known


def test_a_title_naming_an_organisation_by_its_head_noun_names_the_same_series():
    from pipeline.parse.prose.series import _other_series

    window = ["यूरोप", "परिषद", "का"]
    assert not _other_series(window, "रेक्याविक में परिषद का चौथा शिखर सम्मेलन", LEXICON)
    # another organisation with the same head noun stays another series
    assert _other_series(["इस्लामी", "सहयोग", "संगठन", "का"], "शंघाई सहयोग संगठन का शिखर सम्मेलन", LEXICON)


def test_another_meeting_named_as_the_occasion_is_no_side():
    from pipeline.parse.parties import is_occasion

    sentence = ("प्रधानमंत्री ने आज ओसाका में जी-२० शिखर सम्मेलन के इतर आयोजित जापान, अमेरिका और भारत की "
                "त्रिपक्षीय बैठक में भाग लिया।")
    assert is_occasion(sentence, "जी-२०")
    assert member_names(sentence, LEXICON) == ["जापान", "अमेरिका", "भारत"]
    assert not is_occasion("जी-२० के सदस्य देशों ने बैठक की।", "जी-२०")


def test_a_group_written_with_a_plus_is_the_group():
    assert known_names("वियनतियान में 27वाँ आसियान+3 शिखर सम्मेलन संपन्न", LEXICON) == ["आसियान"]
    assert known_names("वियनतियान में 27वाँ 3+3 शिखर सम्मेलन", LEXICON) == []


def test_a_country_spelled_otherwise_is_found_by_its_sound_in_a_list_or_a_title():
    from pipeline.parse.parties import country_by_sound, title_parties

    assert member_names("इसके सदस्य भारत, आस्ट्रेलिया, बांगलादेश और थाइलैंड हैं।", LEXICON) == [
        "भारत", "आस्ट्रेलिया", "बांगलादेश", "थाइलैंड"]
    assert title_parties("भारत-आस्ट्रेलिया शिखर सम्मेलन", LEXICON)[0] == ["भारत", "आस्ट्रेलिया"]
    assert country_by_sound("वियेतनाम", LEXICON) == ("Vietnam", "वियतनाम")
    # the people or the language, a person's name, a city, a year: no country
    for word in ("जर्मन", "पाकिस्तानी", "ऑस्ट्रेलियाई", "मुअम्मर", "ग्रानादा", "भारत २०२१"):
        assert country_by_sound(word, LEXICON) is None, word
    # a word followed by a surname is no whole item of a list
    assert member_names("भारत, जापान, मुअम्मर गद्दाफ़ी और चीन सदस्य हैं।", LEXICON) == ["भारत", "जापान", "चीन"]


def test_parties_spelled_otherwise_get_their_english_names():
    text = """भारत-आस्ट्रेलिया शिखर सम्मेलन

भारत-आस्ट्रेलिया शिखर सम्मेलन दोनों देशों के नेताओं की वार्षिक बैठक है।

## सम्मेलन

- 2022: 21 मार्च 2022 को वर्चुअल माध्यम से हुआ।
"""
    assert _parties(text) == ["India", "Australia"]


def test_countries_that_took_part_in_a_second_clause_after_a_comma_and_aur():
    from pipeline.parse.parties import joined_members

    sentence = ("चिली और पेरू बाद में इस प्रक्रिया से जुड़े, और 2016 में संगठन के सदस्य बने कुक द्वीपसमूह तथा "
                "न्यू कैलेडोनिया ने पहली बार 2018 की बैठक में भाग लिया।")
    assert joined_members(sentence, LEXICON) == ["चिली", "पेरू", "न्यू कैलेडोनिया", "कुक द्वीपसमूह"]
    # a list with commas is one subject; a country in a genitive is no side
    assert joined_members("मेक्सिको, पेरू और चिली ने पहली बार 2018 की बैठक में भाग लिया।", LEXICON) == [
        "मेक्सिको", "पेरू", "चिली"]
    assert joined_members("भारत के प्रधानमंत्री ने पहली बार 2018 की बैठक में भाग लिया।", LEXICON) == []
