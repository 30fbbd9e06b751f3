"""`find_parties`: the document's parties, put together from the readers in this package: the
title first (with the countries of the leaders it names), then (when the title names a group, an
unknown side or none) the members the lead lists (in a sentence, a members' or organisers' fact
line, or one to a line under a members' heading) with those named one at a time anywhere, else
organisations the lead counts and lists, three sides or a pair it names, co-chairs or the leaders a
summit was between, else fact lines whose label is a taking-part country, else an organisation
whose member states meet, else countries named as among those that took part ('भारत समेत 185
देशों ...'); then the issuing government; one `Party` per English name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.acronyms import GLOSSED_SIDE, _acronym_in_title, acronym_sides
from pipeline.parse.parties.chair import handed_over
from pipeline.parse.parties.convention import convention_parties, is_convention_series
from pipeline.parse.parties.former import drop_former, says_current
from pipeline.parse.parties.guests import guests_who_took_part
from pipeline.parse.parties.issuer import _issuing_government, organising_government
from pipeline.parse.parties.joined import included_members, joined_members, later_members, one_member, took_part
from pipeline.parse.parties.leaders import leaders_between, leaders_met, leaders_of, title_leaders
from pipeline.parse.parties.members import (_MEMBER_CUE, counted_organisations, labelled_members, listed_under, member_names,
                                            organisations_as_members, says_members)
from pipeline.parse.parties.names import known_names, party_entry
from pipeline.parse.parties.not_sides import _OBSERVER
from pipeline.parse.parties.participation import participating_country
from pipeline.parse.parties.pairs import co_chairs, listed_between, pair_between
from pipeline.parse.parties.sides_members import members_of_title_sides
from pipeline.parse.parties.states import state_government_country
from pipeline.parse.parties.title import is_side, party_names, series_name, title_parties
from pipeline.parse.layout.structure import is_preamble, Line, Shape, split_item, strip_marker
from pipeline.parse.language.text import match_key, split_sentences

@dataclass(frozen=True)
class Party:
    """One party as the text names it, its lexicon entry and the line that names it."""

    name: str
    kind: str  # country | organisation
    line: Line
    known_as: str  # the spelling the lexicon or ISO 3166 knows ('बोस्निया और हर्ज़ेगोविना')


def find_parties(shape: Shape, lexicon: Lexicon) -> list[Party]:
    """The document's parties in order of first mention, one per English name."""
    title = shape.title
    names, unresolved = title_parties(title.text, lexicon)
    if not names:  # the title's subject is an organisation the lead glosses with its acronym
        names = _acronym_in_title(shape, lexicon)
    if unresolved:  # 'कोमेसा–ईएसी–सैडक ...': sides the title writes as acronyms the lead glosses in Latin letters
        lead = [title, *(line for line in shape.lead if line.number != title.number)]  # '(EAC Summit)' too
        names = [*names, *(n for n in acronym_sides([p for p in party_names(title.text, lexicon) if not is_side(p, lexicon)], lead)
                           if n not in names)]
    found: list[tuple[str, Line]] = [(n, title) for n in names]
    # 'ट्रंप और किम की भेंट', 'पुतिन की भारत यात्रा': the leaders' countries, when they make two sides or more
    # ... not when the title names two sides already ('अमेरिका–जीसीसी शिखर बैठक: ... सीरियाई राष्ट्रपति से भी मिले')
    sides = [entry for n in names if (entry := party_entry(n, lexicon))]
    leaders = title_leaders(shape, lexicon, beside_a_country=len(sides) == 1 and sides[0][0] == "country"
                            ) if len({entry[1] for entry in sides}) < 2 else []
    if leaders and len({party_entry(n, lexicon)[1] for n in [*names, *(n for n, _ in leaders)]
                        if party_entry(n, lexicon)}) >= 2:
        found += leaders
        names, unresolved = [*names, *(n for n, _ in leaders)], False
    names_group = any(lexicon.lookup(n, ("organisation",)) or GLOSSED_SIDE.fullmatch(n) for n in names)
    if unresolved or names_group or not names:
        members = _members(shape, lexicon)
        if members:
            found = [(n, line) for n, line in found if not _qualifies_subtitle(title.text, n, lexicon)]
        found += members
    found += handed_over(shape.lead, lexicon, found)  # the title's new chair took over from another member
    found += _issuing_government(shape, lexicon, found)
    parties: list[Party] = []
    keys: set[str] = set()
    for name, line in found:
        known = party_entry(name, lexicon)
        if known is None and (glossed := GLOSSED_SIDE.fullmatch(name)) is not None:
            name, known = glossed["name"], ("organisation", glossed["acronym"], glossed["acronym"])
        if known is None or match_key(known[1]) in keys:
            continue
        kind, english, spelling = known
        keys.add(match_key(english))
        parties.append(Party(name, kind, line, spelling))
    return parties


def _qualifies_subtitle(title: str, name: str, lexicon: Lexicon) -> bool:
    """'बुखारेस्ट नाइन (B9): नाटो के पूर्वी छोर का मंच': after the colon of a title whose subject
    names no known party, an organisation in a genitive ('नाटो के ...') describes the subject;
    it is no side when the lead lists the members."""
    head, colon, subtitle = title.partition(":")
    if not colon or known_names(head, lexicon) or not lexicon.lookup(name, ("organisation",)):
        return False
    return re.search(re.escape(name) + r"\s+(?:के|की|का)\s+(?!बीच)", subtitle) is not None


def _members(shape: Shape, lexicon: Lexicon) -> list[tuple[str, Line]]:
    """The members listed before the document's first list of facts: the lead and any
    untitled-role section above the first objectives, areas or summits; when they name no
    sides, a list a later history or untitled section says is of members."""
    # a press release's preamble ('जापान का भारत एवं नेपाल में प्रतिनिधिमंडल') names who issued it, not members
    lines = [line for line in shape.lead if line.number > shape.title.number or not is_preamble(line.text)]
    for section in shape.sections:
        if section.role != "other" or section.is_references:
            break
        lines += section.lines  # 'Quick Facts' above the first titled section
    later = [line for section in shape.sections if section.role in ("history", "other") and not section.is_references
             for line in section.lines if line not in lines]
    convention = _convention_parties(shape, lexicon)  # 'भारत 1976 में इस अभिसमय का पक्षकार बना'
    sides = members_of_title_sides(shape.title.text, lines, lexicon)  # '**GCC के देश**: ...', '**C5 के देश**: ...'
    if sides:
        return sides + _one_at_a_time(shape, lexicon) + _co_chairs_in(lines, lexicon)
    best = _longest_list(shape, lines, lexicon)
    if best is not None:
        return ([(m, best[2]) for m in best[1]] + _one_at_a_time(shape, lexicon, current=says_current(best[2].text))
                + _co_chairs_in(lines, lexicon) + convention)
    for index, line in enumerate(lines):
        pair = (counted_organisations(line.text, lexicon) or listed_between(line.text, lexicon) or pair_between(line.text, lexicon)
                or co_chairs(line.text, lexicon) or leaders_between(line.text, lexicon) or leaders_of(line.text, lexicon))
        if pair:
            # 'इसे A, B और C ने मिलकर आयोजित किया ...', then '... जिसकी सह-अध्यक्षता A और D ने की': every co-chair
            return [(m, line) for m in pair] + [(m, later) for later in lines[index + 1:] for m in co_chairs(later.text, lexicon)]
    found = [(name, line) for line in lines if (name := _participant_label(line, lexicon))]
    # 'अरब राज्य लीग के सदस्य देशों के राष्ट्राध्यक्षों का सम्मेलन': the organisation whose member states meet
    found = found or [(name, line) for line in lines for name in organisations_as_members(line.text, lexicon)]
    only_convention = not found and bool(convention)
    found = found or convention
    # '## इतिहास ... इसके सदस्य भारत, ब्राज़ील और दक्षिण अफ़्रीका हैं': a later section that says it lists members
    later_best = None if found and not only_convention else _longest_list(shape, later, lexicon, said_to_be_members=True)
    if only_convention and later_best:
        # 'ये 12 मूल पक्ष A, B, ... हैं' beside 'चीन 1985 में परामर्शदात्री पक्ष बना': a treaty's parties, listed and one at a time
        found = [(m, later_best[2]) for m in later_best[1]] + found
    found = found or ([(m, later_best[2]) for m in later_best[1]] + _one_at_a_time(shape, lexicon)
                      + _co_chairs_in(later, lexicon) if later_best else [])
    sections = [line for section in shape.sections if not section.is_references for line in section.lines]
    found = found or [(name, line) for line in [*shape.lead, *sections]
                      for name in included_members(line.text, lexicon) + took_part(line.text, lexicon)]
    found = found or participating_country(shape, lexicon)  # '## भारत की भागीदारी': 'भारत ने ... सम्मेलनों ...'
    # '... मेज़बान X के अलावा A, B और C ने सम्मानित अतिथि देशों के रूप में भाग लिया': a forum's guest countries
    found = found or [(name, line) for line in lines for name in guests_who_took_part(line.text, lexicon)]
    # 'नॉर्वे के प्रधानमंत्री ... ने स्वीडन के प्रधानमंत्री ... के साथ शिखर वार्ता की': a news lead's meeting
    opening = [line for line in shape.lead if line.number > shape.title.number][:MEETING_LINES]
    found = found or next(([(m, line) for m in met] for line in opening if (met := leaders_met(line.text, lexicon))), [])
    # 'भारत के गुजरात राज्य की सरकार द्वारा आयोजित एक ... शिखर सम्मेलन': the organising government's country
    return (found or [(name, line) for line in lines for name in organising_government(line.text, lexicon)][:1]
            or state_government_country(lines))  # 'प्रदेश सरकार की ... इन्वेस्ट मध्यप्रदेश समिट': India


def _one_at_a_time(shape: Shape, lexicon: Lexicon, current: bool = False) -> list[tuple[str, Line]]:
    """Besides a list of members, the members named one at a time wherever it is said ('भारत ...
    असेम का पूर्ण भागीदार है', 'A और B भी इसके सदस्य बने', '... ने 2018 की बैठक में भाग लिया'); with
    `current` (the list is of today's members), not those the text says left since."""
    found: list[tuple[str, Line]] = []
    sections = [line for section in shape.sections if not section.is_references for line in section.lines]
    lines = [*shape.lead, *sections]
    for line in lines:
        name = one_member(line.text, shape.title.text, lexicon)
        if name is not None:
            found.append((name, line))
        found += [(n, line) for n in joined_members(line.text, lexicon) + included_members(line.text, lexicon)
                  + later_members(line.text, lexicon)]
    # 'वर्तमान में समुदाय के चार सदस्य हैं — ...', then 'अप्रैल 2006 में वेनेज़ुएला ने समुदाय से अलग होने की घोषणा की'
    return drop_former(found, lines, lexicon) if current else found


def _convention_parties(shape: Shape, lexicon: Lexicon) -> list[tuple[str, Line]]:
    """In a document on a convention's conference, the parties it names one at a time, anywhere."""
    first = next((line.text for line in shape.lead if line.number > shape.title.number), "")
    if not is_convention_series(shape.title.text, first):
        return []
    sections = [line for section in shape.sections if not section.is_references for line in section.lines]
    return [(name, line) for line in [*shape.lead, *sections] for name in convention_parties(line, lexicon)]


def _co_chairs_in(lines: list[Line], lexicon: Lexicon) -> list[tuple[str, Line]]:
    """'... शिखर सम्मेलन हुआ, जिसकी सह-अध्यक्षता A और B ने की': co-chairs take part, listed
    members or not."""
    return [(n, line) for line in lines if _CO_CHAIR_WORD in line.text for n in co_chairs(line.text, lexicon)]


_HOST_LABEL = re.compile(match_key("मेज़बान"))
#: A news lead tells of its summit meeting in its first lines (a deck, then the dateline's paragraph).
MEETING_LINES = 3
_CO_CHAIR_WORD = "सह"  # a cheap test before `co_chairs`' patterns (सह-अध्यक्षता, सह-आयोजन)


def _longest_list(shape: Shape, lines: list[Line], lexicon: Lexicon,
                  said_to_be_members: bool = False) -> tuple[tuple[bool, int], list[str], Line] | None:
    """The members' list among the lines (a members' heading over one member a line counts
    anywhere): the one that says it lists members wins, else the longest (with
    `said_to_be_members`, only one that says so)."""
    best: tuple[tuple[bool, int], list[str], Line] | None = None
    series = series_name(shape.title.text)
    for section in shape.sections:  # '## सदस्य देश' over one member a line
        listed = [] if section.is_references else listed_under(section.heading.text, section.lines, lexicon)
        if listed and (best is None or (True, len(listed)) > best[0]):
            best = ((True, len(listed)), listed, section.heading)
    for index, line in enumerate(lines):
        item = split_item(line)
        if item is not None and not item.description:  # '**सदस्य**:' over one member a line
            following = list(takewhile(lambda next_line: strip_marker(next_line.text)[1], lines[index + 1:]))
            if following and following[0].indent > line.indent:
                # '▪ सदस्य समूह (32 LLDC):' over '   – एशिया: ...': its items are the ones set in under it
                following = list(takewhile(lambda next_line: next_line.indent > line.indent, following))
            listed = listed_under(item.label, following, lexicon)
            if listed and (best is None or (True, len(listed)) > best[0]):
                best = ((True, len(listed)), listed, line)
        labelled = labelled_members(line, lexicon)
        if labelled and (best is None or (True, len(labelled)) > best[0]):
            best = ((True, len(labelled)), labelled, line)
        if item is not None and _HOST_LABEL.search(match_key(item.label)):
            continue  # 'मेज़बान देश: A, B और C': hosts, not members
        for sentence in split_sentences(line.text):
            members = member_names(sentence, lexicon)
            rank = (says_members(sentence, series), len(members))
            if members and (rank[0] or not said_to_be_members) and (best is None or rank > best[0]):
                best = (rank, members, line)
    return best


def _participant_label(line: Line, lexicon: Lexicon) -> str | None:
    """'• भारत: चारों सम्मेलनों में भागीदार': a fact line whose label is a country and whose
    text says it takes part."""
    item = split_item(line)
    if item is None or not lexicon.lookup(item.label, ("country",)):
        return None
    first = re.split(r"[;।]", item.description, maxsplit=1)[0]
    key = match_key(first)
    return item.label if (_MEMBER_CUE.search(key) or _BECAME_PARTY.search(key.casefold())) and not _OBSERVER.search(key) else None


# '**भारत**: 1992 में party बना', '• भारत: 1976 में पक्षकार बना': a country that became a party or member
_BECAME_PARTY = re.compile(r"(?<!\S)(?:party|member|पक्षकार)\s+(?:" + "|".join(match_key(w) for w in (
    "बना", "बनी", "बने", "है", "हैं", "था")) + r")(?=[\s,।;.]|$)")
