"""Enclosed numerals as list markers, a heading's legend of fields, a year-first summit label."""

from pipeline.parse.document import parse_document
from pipeline.parse.language.typography import enclosed_number, fold
from pipeline.parse.layout.structure import without_legend
from pipeline.parse.layout.summits import _days_after_year


def test_enclosed_numerals_fold_to_typed_numbers():
    assert fold("① (2014) ओस्लो") == "1. (2014) ओस्लो"
    assert fold("⑳ अंतिम") == "20. अंतिम"
    for char in "❶➊⓵⑴⒈":
        assert fold(f"{char} उद्देश्य") == "1. उद्देश्य"
    assert fold("3\ufe0f\u20e3 व्यापार") == "3. व्यापार"  # a keycap emoji


def test_other_symbols_and_inner_numerals_stay():
    assert fold("★ उद्देश्य") == "★ उद्देश्य"
    assert fold("● व्यापार") == "● व्यापार"
    assert fold("2014 ① बैठक") == "2014 ① बैठक"
    assert fold("3 देश") == "3 देश"
    assert enclosed_number("²") is None and enclosed_number("½") is None and enclosed_number("a") is None
    assert enclosed_number("㉑") == 21


def test_legend_whose_every_field_names_a_field():
    assert without_legend("अब तक के सम्मेलन — (वर्ष) शहर, देश, तारीख़ → याद रखने योग्य बात") == "अब तक के सम्मेलन"
    assert without_legend("बैठकें — स्थान, वर्ष, मेज़बान की खास बात") == "बैठकें"
    # a dash before words that are no fields' names stays part of the heading
    assert without_legend("सम्मेलन — दिल्ली, भारत, नई शुरुआत") == "सम्मेलन — दिल्ली, भारत, नई शुरुआत"
    assert without_legend("सम्मेलन — शहर, भारत, नई शुरुआत") == "सम्मेलन — शहर, भारत, नई शुरुआत"


def test_year_first_label_with_days_at_its_end():
    assert _days_after_year("(2014) ओस्लो, नॉर्वे, 16–17 जून") == "16–17 जून 2014, ओस्लो, नॉर्वे"
    assert _days_after_year("2019 लीमा, 5 मार्च") == "5 मार्च 2019, लीमा"
    assert _days_after_year("(2014) ओस्लो") == "(2014) ओस्लो"
    assert _days_after_year("2014 में 5 देश") == "2014 में 5 देश"
    assert _days_after_year("(2014) ओस्लो, 5 जून और 9 जुलाई") == "(2014) ओस्लो, 5 जून और 9 जुलाई"  # which one?


NOTES = """समुद्र मंच — त्वरित नोट्स

उद्देश्य
▪ संरक्षण: समुद्र की रक्षा।

प्रमुख क्षेत्र
▪ मत्स्य पालन: अवैध मछली पकड़ने पर रोक।

अब तक की बैठकें — (वर्ष) शहर, देश, तारीख़ → याद रखने योग्य बात
❶ (2016) ओस्लो, नॉर्वे, 5–6 अक्टूबर → पहली बैठक।
❷ (2018) लीमा, पेरू, 10–11 मई → दूसरी बैठक।
"""


def test_circled_summit_list_under_a_legend_heading():
    rows = parse_document("t", NOTES).rows
    assert [r["name"] for r in rows["cooperation_areas"]] == ["मत्स्य पालन"]
    summits = {(r["year"], r["city"], r["date"]) for r in rows["summits"]}
    assert summits == {(2016, "ओस्लो", "2016-10-05"), (2018, "लीमा", "2018-05-10")}


def test_circled_items_of_an_areas_list_stay_areas():
    text = "मंच — नोट्स\n\nसहयोग के क्षेत्र\n① ऊर्जा: बिजली बाज़ार।\n② परिवहन: रेल संपर्क।\n"
    rows = parse_document("t", text).rows
    assert [r["name"] for r in rows["cooperation_areas"]] == ["ऊर्जा", "परिवहन"]
    assert not rows.get("summits")


def test_a_ministerial_document_is_no_ministers_meeting():
    from pipeline.parse.layout.summits import is_ministerial
    assert not is_ministerial("मेक्सिको मंत्रिस्तरीय वक्तव्य")
    assert not is_ministerial("मंत्रिस्तरीय घोषणा अपनाई गई")
    assert is_ministerial("मंत्रिस्तरीय बैठक")
    assert is_ministerial("विदेश मंत्रियों की बैठक")
    assert is_ministerial("मंत्रिस्तरीय घोषणा और मंत्रिस्तरीय बैठक")


def test_turkish_dotted_capital_i_as_english_writes_it():
    from pipeline.parse.geo.gazetteer import cities
    from pipeline.parse.geo.places import _name_as_written, find_city
    izmir = find_city("इज़मिर", party_countries=frozenset({"TR"}))
    assert izmir is not None and _name_as_written(izmir, "इज़मिर") == "Izmir"
    poznan = find_city("पोज़नान", party_countries=frozenset({"PL"}))
    assert poznan is None or _name_as_written(poznan, "पोज़नान") == "Poznań"  # other marks stay


TABLE = """इबेरियाई बैठक

हाल के सम्मेलन

| वर्ष | स्थान | मेज़बान देश |
|---|---|---|
| 2022 | वियाना दो कास्तेलो | पुर्तगाल |
| 2023 | दो बड़े शहर | स्पेन |
"""


def test_a_city_cell_with_a_word_hindi_also_has_is_the_city_of_its_country():
    rows = parse_document("t", TABLE).rows
    by_year = {r["year"]: r for r in rows["summits"]}
    assert by_year[2022]["city_en"] == "Viana do Castelo"
    assert by_year[2023]["city"] is None  # 'two big cities': no city of Spain by that name


def test_a_city_of_the_country_named_before_it_outranks_a_later_known_city():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import find_place
    lexicon = default_lexicon()
    text = "दक्षिण कोरिया के इंचियोन में तीसरा मंच हुआ। इसी वर्ष नवंबर में पेरिस में एक बैठक हुई।"
    assert find_place(text, lexicon).city == "इंचियोन"
    # a name GeoNames has in no city of that country stays a guess: the known city wins
    text = "दक्षिण कोरिया के सहयोगपुर में तीसरा मंच हुआ। इसी वर्ष नवंबर में पेरिस में एक बैठक हुई।"
    assert find_place(text, lexicon).city == "पेरिस"


def test_a_numbered_event_held_in_the_first_clause_is_the_entrys_own():
    from pipeline.parse.layout.series import clause_of_the_summit
    assert clause_of_the_summit("इंचियोन में 19 से 22 मई तक तीसरा विश्व शिक्षा मंच हुआ। इसी वर्ष पेरिस में "
                                "एक उच्च-स्तरीय बैठक में रूपरेखा अपनाई गई।") is None
    later = "इसके बाद जुलाई 2019 में सांता फ़े में हुए शिखर सम्मेलन में घोषणा हुई"
    assert clause_of_the_summit(f"28 जून 2019 को ब्रसेल्स में व्यापार समझौते पर सहमति बनी; {later}") == later


def test_spanish_j_said_h_and_the_town_of_the_stated_country():
    from pipeline.parse.geo.places import find_city
    spain = find_city("त्रुहियो", party_countries=frozenset({"ES"}), stated_country="ES", beside=True)
    assert spain is not None and (spain.name, spain.country_code) == ("Trujillo", "ES")
    peru = find_city("त्रुहियो", party_countries=frozenset({"PE"}), stated_country="PE", beside=True)
    assert peru is not None and peru.country_code == "PE"


def test_a_summits_list_numbered_from_the_first_gives_editions():
    text = ("मंच — नोट्स\n\nअब तक के सम्मेलन\n"
            "① (2016) ओस्लो, नॉर्वे, 5–6 अक्टूबर → बैठक।\n② (2018) लीमा, पेरू, 10–11 मई → बैठक।\n"
            "③ (2019) काहिरा, मिस्र, 3–4 जून → बैठक।\n")
    assert {(r["year"], r["edition"]) for r in parse_document("t", text).rows["summits"]} == {
        (2016, 1), (2018, 2), (2019, 3)}
    # numbers that do not count the summits from the first (or years out of order) give none
    text = text.replace("①", "④").replace("②", "⑤").replace("③", "⑥")
    assert {r["edition"] for r in parse_document("t", text).rows["summits"]} == {None}
