"""Property tests: whatever the bytes, ingest and parse end in a result or a documented rejection.

Inputs: random bytes, random Unicode, random lines built from the genre's own pieces
(headings, dates, markers, places), and the fixture articles mutated line by line. The
properties: nothing raises but `DocumentRejected` (with a declared reason); no summit year
that its own line does not state; the tables of any accepted document pass validation; and
noise (BOM, CRLF, NBSP, joiners, precomposed nukta, trailing spaces) changes nothing.
Runs are derandomized and bounded so the suite stays fast and repeatable.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.reader import RawDocument, Rejection, decode
from pipeline.parse import DocumentRejected, parse_document
from pipeline.parse.language.dates import ascii_digits
from pipeline.parse.geo.gazetteer import warm
from pipeline.tables.build import build_tables, parse_raw
from pipeline.tables.validate import validate_all
from schemas.tables import PARSE_ISSUE_REASONS, REJECTIONS

warm()  # the gazetteer indexes take seconds to build once: not inside a timed example
from tests.conftest import FIXTURES, SEED

BOUNDED = settings(max_examples=150, deadline=2000, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow])
ARTICLES = [SEED.read_text(encoding="utf-8")] + [
    p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "raw").glob("10*.txt"))
]
REASONS = set(REJECTIONS.field("reason").enum)
PIECES = [
    "भारत-रूस वार्षिक सम्मेलन", "इतिहास", "उद्देश्य:", "प्रमुख क्षेत्र", "प्रमुख शिखर सम्मेलन", "आलोचना",
    "2010:", "२०२४:", "20l0:", "3018:", "0000", "15 जुलाई 2020:", "31 फ़रवरी 2019", "मई 2021 -",
    "1950 के दशक", "20वें सम्मेलन", "0वें सम्मेलन", "पहले शिखर सम्मेलन", "नई दिल्ली में आयोजित",
    "नयी दिल्ली में हुए", "वुहान शहर में", "वर्चुअल माध्यम से", "में", "को", "से", "तक", ":", " - ",
    "-", "•", "*", "1.", "१.", "(2)", "।", ",", "\"", "ऊर्जा", "परमाणु ऊर्जा", "रक्षा उपकरणों",
    "\u00a0", "\u200d", "\u200c", "\ufeff", "\u095b", "\u093c", "\t", "\r", " ",
]


def _parse(text: str):
    try:
        return parse_document("doc", text)
    except DocumentRejected as rejected:
        assert rejected.reason in REASONS, rejected.reason
        return None


def _check_rows(parsed) -> None:
    if parsed is None:
        return
    for summit in parsed.rows["summits"]:
        # the year is stated on the entry's own line (Devanagari digits read as ASCII)
        assert str(summit["year"]) in ascii_digits(summit["source_text"]), summit
        assert summit["edition"] is None or summit["edition"] >= 1
    for issue in parsed.rows["parse_issues"]:
        assert issue["reason"] in PARSE_ISSUE_REASONS


@BOUNDED
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    result = decode("doc.txt", data)
    assert isinstance(result, (RawDocument, Rejection))
    if isinstance(result, Rejection):
        assert result.reason in REASONS
    else:
        parsed = parse_raw(result)
        if isinstance(parsed, Rejection):
            assert parsed.reason in REASONS
        else:
            _check_rows(parsed)


@BOUNDED
@given(st.text(max_size=3000))
def test_random_unicode(text):
    _check_rows(_parse(text))


genre_lines = st.lists(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), min_size=1, max_size=8).map(" ".join),
    min_size=1, max_size=40,
).map("\n".join)


@BOUNDED
@given(genre_lines)
def test_random_lines_of_the_genre(text):
    _check_rows(_parse(text))


@st.composite
def mutated_article(draw) -> str:
    lines = draw(st.sampled_from(ARTICLES)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "digits", "truncate", "piece", "swap"]))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "insert":
            lines.insert(i, draw(st.text(max_size=60)))
        elif op == "digits":
            lines[i] = re.sub(r"[0-9]", lambda _: str(draw(st.integers(0, 9))), lines[i])
        elif op == "truncate":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif op == "piece":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(PIECES)) + lines[i][at:]
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@BOUNDED
@given(mutated_article())
def test_mutated_articles(text):
    _check_rows(_parse(text))


@settings(BOUNDED, max_examples=40, deadline=None)
@given(mutated_article())
def test_accepted_mutants_publish_valid_tables(text):
    """A damaged article is rejected or yields valid tables: it can never block a release."""
    parsed = parse_raw(RawDocument("doc", "doc.txt", "0" * 64, len(text.encode()) or 1, text))
    if not isinstance(parsed, Rejection):
        validate_all(build_tables([parsed], []))


@st.composite
def noisy(draw, text: str) -> str:
    """`text` typed with noise that must not change any table."""
    nukta = {"\u091c\u093c": "\u095b", "\u0921\u093c": "\u095c", "\u0922\u093c": "\u095d", "\u092b\u093c": "\u095e"}
    out = []
    for line in text.split("\n"):
        if draw(st.booleans()):
            for decomposed, precomposed in nukta.items():
                line = line.replace(decomposed, precomposed)
        if draw(st.booleans()):
            line = line.replace(" ", "\u00a0", draw(st.integers(0, 3)))
        if draw(st.booleans()):
            line = line.replace("\u094d", "\u094d" + draw(st.sampled_from(["\u200d", "\u200c"])), 1)
        out.append(line + draw(st.sampled_from(["", " ", "  \t", "\u00a0"])))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return draw(st.sampled_from(["", "\ufeff"])) + newline.join(out)


@settings(BOUNDED, max_examples=60)
@given(st.sampled_from(ARTICLES).flatmap(lambda text: st.tuples(st.just(text), noisy(text))))
def test_noise_changes_nothing(pair):
    clean, typed = pair
    assert parse_document("doc", typed).rows == parse_document("doc", clean).rows
