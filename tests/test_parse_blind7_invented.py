"""Summits invented on blind set 7 (issue 8), by class: a later clause's date read for an
earlier summit, and summits of another series named in the text. One rule per test, on small
invented documents, each with a case where the rule applies and one where it must not."""

from __future__ import annotations

from pipeline.parse import parse_document


def parse(text: str, doc: str = "t") -> dict[str, list[dict]]:
    return parse_document(doc, text).rows


def held(rows: dict) -> list[tuple]:
    return [(s["year"], s["city_en"], s["date"], s["edition"]) for s in rows["summits"] if s["status"] == "held"]


ARTICLE = """बाल्टिक सागर मंच शिखर सम्मेलन

बाल्टिक सागर मंच तटीय देशों का एक परामर्श मंच है, जिसमें एस्टोनिया, लातविया और लिथुआनिया भागीदार हैं।

इतिहास

{text}
"""


def test_a_verb_comma_and_and_end_the_clause_of_a_summit():
    # '... में दूसरा सम्मेलन हुआ, और ... में 5 मई 2009 को हुए तीसरे ...': the second summit's date
    # is the one of its own clause, not the third's, though that one stands nearer its noun
    rows = parse(ARTICLE.format(text="इसके बाद 10-11 मार्च 2006 को लातविया के रीगा में दूसरा सम्मेलन हुआ, और "
                                "लिथुआनिया के विल्नियस में 5 मई 2009 को हुए तीसरे सम्मेलन में साझा बाज़ार की घोषणा की गई।"))
    assert held(rows) == [(2006, "Riga", "2006-03-10", 2), (2009, "Vilnius", "2009-05-05", 3)]


def test_a_comma_and_after_a_noun_keeps_one_clause():
    # no verb before ', और': the summit's clause goes on to its date
    rows = parse(ARTICLE.format(text="पहला शिखर सम्मेलन, और उसके साथ एक व्यापार मेला, 12 मई 2019 को रीगा में हुआ।"))
    assert held(rows) == [(2019, "Riga", "2019-05-12", 1)]
