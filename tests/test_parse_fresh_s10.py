"""Rules of session 10 from the newest unseen sets (issue 8): summit tables in a shape the parser
had not met, and distractor years that were published as summits. One rule per test, on small
invented documents, each with a case where the rule applies and one where it must not."""

from __future__ import annotations

from parse_support import held, parse


WIKI = """पर्वतीय देशों की परिषद

पर्वतीय देशों की परिषद पर्वतीय देशों के नेताओं का सर्वोच्च मंच है, जिसका सत्र हर वर्ष होता है।

== हाल के सत्र ==
{table}

== सन्दर्भ ==
1. "Council of Mountain States".
"""

MARKDOWN_IN_WIKI = """{| class="wikitable"
| सत्र | वर्ष | तिथि | शहर | देश |
|---|---|---|---|---|
| 14वाँ | 2011 | जून | नैरोबी | केन्या |
| 15वाँ | 2012 | 3–5 जुलाई | जिनेवा | स्विट्ज़रलैंड |
| 16वाँ | 2013 | मई | लीमा | पेरू |
|}"""


def test_a_markdown_table_between_wikitable_marks_is_read_row_by_row():
    rows = parse(WIKI.format(table=MARKDOWN_IN_WIKI))
    assert [(y, c, d) for y, c, d, _ in held(rows)] == [
        (2011, "Nairobi", None), (2012, "Geneva", "2012-07-03"), (2013, "Lima", None)]
    # a caption line ('|+') is no row
    captioned = MARKDOWN_IN_WIKI.replace('{| class="wikitable"', '{| class="wikitable"\n|+ हाल के सत्र')
    assert [y for y, *_ in held(parse(WIKI.format(table=captioned)))] == [2011, 2012, 2013]


def test_real_wikitext_rows_are_still_read_as_wikitext():
    wikitext = """{| class="wikitable"
! सत्र !! वर्ष !! शहर
|-
| 14वाँ || 2011 || नैरोबी
|-
| 15वाँ || 2012 || जिनेवा
|}"""
    assert [(y, c) for y, c, _, _ in held(parse(WIKI.format(table=wikitext)))] == [(2011, "Nairobi"), (2012, "Geneva")]
    # a wikitext table whose cells happen to end in a pipe but has no Markdown separator row
    # stays wikitext: each '|' line is one cell
    from pipeline.parse.layout.structure import wikitext_tables
    lines = ['{| class="wikitable"', "! वर्ष !! शहर", "|-", "| 2011 |", "| नैरोबी |", "|}"]
    assert [text for _, text in wikitext_tables(lines)][0] == "| वर्ष | शहर |"


def test_ordinals_that_start_late_in_the_series_are_the_sessions_own_numbers():
    rows = parse(WIKI.format(table=MARKDOWN_IN_WIKI))
    assert [e for *_, e in held(rows)] == [14, 15, 16]
    # bare numbers that do not count from one may count the rows: no edition
    bare = MARKDOWN_IN_WIKI.replace("14वाँ", "14").replace("15वाँ", "15").replace("16वाँ", "16")
    assert [e for *_, e in held(parse(WIKI.format(table=bare)))] == [None, None, None]
    # ordinals are each session's own number, also where a selection leaves sessions out (the
    # dev set's convention: the ordinal the text gives); bare numbers above do not say so
    gap = MARKDOWN_IN_WIKI.replace("16वाँ", "19वाँ")
    assert [e for *_, e in held(parse(WIKI.format(table=gap)))] == [14, 15, 19]


NOTES = """सागर देशों का शिखर सम्मेलन | त्वरित नोट्स

◆ परिचय
  ▹ सागर देशों के नेताओं का वार्षिक संवाद।

◆ प्रमुख शिखर सम्मेलन
  ➤ 6 अक्टूबर 2012 — लीमा: पहला शिखर सम्मेलन; साझा घोषणा।
  ➤ 8 नवंबर 2015 — नैरोबी: दूसरा शिखर सम्मेलन; समुद्री सुरक्षा पर ज़ोर।

◆ {heading}
  1999: लीमा में पहला व्यापार मेला।
  2017: नैरोबी में युवा उत्सव।

◆ याद रखने योग्य तथ्य
  ▹ व्यापार में तेज़ वृद्धि हुई।
"""


def test_a_decorated_heading_that_denies_summits_closes_the_summit_list():
    # the dash and the decoration are no words: the heading is short enough, and it says its
    # years are not summits
    rows = parse(NOTES.format(heading="घटनाक्रम (Timeline) — ये शिखर सम्मेलन नहीं हैं"))
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2012, "Lima"), (2015, "Nairobi")]
    rows = parse(NOTES.format(heading="समयरेखा — इनमें कोई शिखर सम्मेलन नहीं"))
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2012, "Lima"), (2015, "Nairobi")]
    # a heading that does not deny them leaves a dated line with a city a summit of the list
    rows = parse(NOTES.format(heading="बाद के शिखर सम्मेलन — संक्षेप में"))
    assert (2017, "Nairobi") in [(y, c) for y, c, _, _ in held(rows)]


def test_a_line_of_dashes_or_a_long_decorated_line_is_no_heading():
    from pipeline.parse.layout.structure import looks_like_heading
    assert looks_like_heading("◆ घटनाक्रम — ये शिखर सम्मेलन नहीं हैं")
    assert not looks_like_heading("— — —")
    # a bullet still counts: a bulleted line of seven words is an item, not a heading
    assert not looks_like_heading("➤ 2030 तक व्यापार दोगुना करने का लक्ष्य")
    # eight words besides the dash stay a line of text
    assert not looks_like_heading("◆ दोनों देशों के बीच हुए सभी बड़े समझौते — एक नज़र")


EVENTS = """सागर देशों का शिखर सम्मेलन

सागर देशों का शिखर सम्मेलन सागर देशों के नेताओं का वार्षिक संवाद है।

प्रमुख शिखर सम्मेलन

2012: लीमा में पहला शिखर सम्मेलन; साझा घोषणा।
2015: नैरोबी में दूसरा शिखर सम्मेलन।
{line}
"""


def test_a_dated_line_that_states_a_founding_a_treaty_or_a_launch_is_no_summit():
    for line in ("1999: दोनों देशों के बीच राजनयिक संबंध स्थापित।",
                 "2010: फ्रेमवर्क समझौते पर हस्ताक्षर (लागू: 2014)।",
                 "2011: मुक्त व्यापार समझौते का अस्थायी क्रियान्वयन शुरू (1 जुलाई)।",
                 "2017: डिजिटल साझेदारी की घोषणा।",
                 "2018: संस्थापक संधि लागू हुई, जब नौवें देश ने उसका अनुमोदन किया।"):
        rows = parse(EVENTS.format(line=line))
        assert [(y, c) for y, c, _, _ in held(rows)] == [(2012, "Lima"), (2015, "Nairobi")], line


def test_a_summit_line_that_also_signs_or_launches_something_stays_a_summit():
    for line in ("2018: जिनेवा में समझौते पर हस्ताक्षर हुए।",  # a city
                 "2018: प्रधानमंत्री की सुदूर यात्रा के दौरान समझौते पर हस्ताक्षर हुए।",  # a visit
                 "2018: तीसरे शिखर सम्मेलन में कोष की शुरुआत।",  # a meeting named
                 "2018: संयुक्त घोषणा जारी।"):  # what a summit issues
        rows = parse(EVENTS.format(line=line))
        assert 2018 in [y for y, *_ in held(rows)], line


NEWS = """नैरोबी में सागर देशों का 24वाँ शिखर सम्मेलन संपन्न

नैरोबी, 30 नवंबर 2024। सागर देशों का 24वाँ शिखर सम्मेलन शनिवार को नैरोबी में संपन्न हुआ।

{sentence}
"""


def test_a_summit_put_off_in_one_year_and_held_in_the_next_is_the_later_one():
    rows = parse(NEWS.format(sentence="अधिकारियों ने याद दिलाया कि 21वाँ शिखर सम्मेलन कोविड-19 के कारण 2020 में कई बार "
                                      "टलने के बाद आख़िरकार 27 फ़रवरी 2021 को वर्चुअल माध्यम से हुआ था।"))
    summits = {(s["year"], s["date"], s["mode"]) for s in rows["summits"] if s["status"] == "held"}
    assert (2021, "2021-02-27", "virtual") in summits
    assert not any(y == 2020 for y, *_ in summits)
    # put off and not held since: no summit at all for that sentence
    rows = parse(NEWS.format(sentence="21वाँ शिखर सम्मेलन 2020 में टलने के बाद अब तक नहीं हुआ।"))
    assert [y for y, *_ in held(rows)] == [2024]


def test_a_bare_year_does_not_borrow_the_day_of_a_date_of_another_year():
    rows = parse(NEWS.format(sentence="दूसरा शिखर सम्मेलन 2019 में लीमा में हुआ, जबकि समझौता 27 फ़रवरी 2021 को लागू हुआ।"))
    assert (2019, "Lima", None, 2) in held(rows)
    # a day and month written without a year still date the year's summit
    rows = parse(NEWS.format(sentence="2019 का शिखर सम्मेलन 12 नवंबर को लीमा में हुआ।"))
    assert (2019, "Lima", "2019-11-12", None) in held(rows)


def test_the_place_of_the_second_summit_of_a_sentence_is_its_own():
    rows = parse(NEWS.format(sentence="2010 में चौथा सम्मेलन लीमा में तथा अक्टूबर 2016 में सातवाँ सम्मेलन हनोई में हुआ।"))
    assert {(2010, "Lima", None, 4), (2016, "Hanoi", None, 7)} <= set(held(rows))
    # one summit whose place comes before its noun keeps it
    rows = parse(NEWS.format(sentence="अक्टूबर 2016 में हनोई में सातवाँ शिखर सम्मेलन हुआ।"))
    assert (2016, "Hanoi", None, 7) in held(rows)


def test_an_item_of_a_list_dated_before_its_ordinal_is_the_next_summit():
    rows = parse(NEWS.format(sentence="इसके बाद 2005 में दूसरा शिखर सम्मेलन बैंकॉक में, 2010 में चौथा लीमा में तथा "
                                      "अक्टूबर 2016 में सातवाँ सम्मेलन हनोई में हुआ।"))
    assert {(2005, "Bangkok", None, 2), (2010, "Lima", None, 4), (2016, "Hanoi", None, 7)} <= set(held(rows))
    # a date before an ordinal of something else ('चौथा दिन') is no summit
    rows = parse(NEWS.format(sentence="दूसरा शिखर सम्मेलन 2015 में लीमा में हुआ, 2016 में चौथा दिन लीमा में भारी बारिश हुई।"))
    assert sorted(y for y, *_ in held(rows)) == [2015, 2024]


def test_a_dated_sentence_whose_meeting_is_named_only_in_the_next_sentence_is_no_summit():
    rows = parse(EVENTS.format(line="जून 2022 में संगठन की 30वीं वर्षगांठ पड़ी। अगले शिखर सम्मेलन की तारीख़ अभी तय नहीं है।"))
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2012, "Lima"), (2015, "Nairobi")]
    # the sentence the date opens names the meeting: a summit (no city)
    rows = parse(EVENTS.format(line="जून 2022 में तीसरा शिखर सम्मेलन वर्चुअल माध्यम से हुआ। अगली तारीख़ अभी तय नहीं है।"))
    assert 2022 in [y for y, *_ in held(rows)]


def test_the_year_and_place_of_a_founding_before_a_noun_date_no_summit():
    rows = parse(NEWS.format(sentence="1981 में अबू धाबी में गठित सागर परिषद का 45वाँ वार्षिक शिखर सम्मेलन पिछले दिसंबर में "
                                      "कुवैत में हुआ था।"))
    assert 1981 not in [y for y, *_ in held(rows)]
    # the summit of a sentence that also names the founding keeps its own date and place
    rows = parse(NEWS.format(sentence="2001 में शंघाई में गठित परिषद का पहला शिखर सम्मेलन 2002 में लीमा में हुआ।"))
    assert (2002, "Lima", None, 1) in held(rows)
    assert 2001 not in [y for y, *_ in held(rows)]


def test_a_hyphenated_ministerial_meeting_is_no_summit():
    rows = parse(NEWS.format(sentence="उसी बैठक में परिषद बनाने का फ़ैसला हुआ, जिसकी मंत्री-स्तरीय पहली बैठक सितंबर 2021 में "
                                      "लीमा में हुई।"))
    assert 2021 not in [y for y, *_ in held(rows)]
    rows = parse(NEWS.format(sentence="उसी बैठक में परिषद बनाने का फ़ैसला हुआ, जिसकी पहली शिखर बैठक सितंबर 2021 में "
                                      "लीमा में हुई।"))
    assert 2021 in [y for y, *_ in held(rows)]


def test_a_report_naming_its_parties_is_kept_though_no_summit_was_read():
    from pipeline.parse.document import DocumentRejected
    import pytest
    report = ("भारत और जापान के नेताओं की बातचीत\n\nनई दिल्ली, 3 मई। भारत और जापान के प्रधानमंत्रियों ने व्यापार पर बात की।\n\n"
              "दोनों देशों ने निवेश बढ़ाने पर सहमति जताई।")
    assert len(parse(report)["parties"]) >= 2
    with pytest.raises(DocumentRejected):
        parse("शीर्षक\nकेवल एक साधारण अनुच्छेद है।\nऔर एक और।")


def test_a_dated_line_that_names_a_summit_only_as_its_time_is_no_summit():
    rows = parse(EVENTS.format(line="2015: नैरोबी सम्मेलन के कुछ ही दिन बाद 4 नवंबर को प्रधानमंत्री की हत्या कर दी गई।"))
    assert [(y, c, d) for y, c, d, _ in held(rows)] == [(2012, "Lima", None), (2015, "Nairobi", None)]
    # a line that names the summit itself (no time word after the noun) stays one
    rows = parse(EVENTS.format(line="2017: 4 नवंबर को तीसरा सम्मेलन हुआ, जिसमें प्रधानमंत्री पहुँचे।"))
    assert (2017, "2017-11-04") in [(y, d) for y, _, d, _ in held(rows)]
