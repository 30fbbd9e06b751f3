"""The summits one sentence states: each summit noun, with its status, date, place, edition and
mode, read by the modules beside this one.
"""

from __future__ import annotations

import dataclasses
import re

from dataclasses import replace
from datetime import date, timedelta

from pipeline.parse.language.dates import day_period, find_ordinal, find_periods, sole_day_month_in_year, year_period
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.series_noun import as_summit_nouns, own_meeting_nouns
from pipeline.parse.prose.sessions import lists_its_meetings, peak_of_another, session_lists
from pipeline.parse.prose.datelines import _HERE, _TODAY, Dateline
from pipeline.parse.prose.lists import (
    _cities_with_years, _elided, hosts_of_it, _LEADERS_MET, times_in_a_year, _enumerated, _hosts_by_date, _respectively, _shared_noun, _years_with_places,
)
from pipeline.parse.prose.noun_lists import listed_after_noun
from pipeline.parse.prose.council import council_meetings
from pipeline.parse.prose.counted_out import counted_out
from pipeline.parse.prose.hosted import hosted_again
from pipeline.parse.prose.joint import joint_with_others, more_sided
from pipeline.parse.prose.loans import plain_words
from pipeline.parse.prose.on_its_basis import named_as_basis
from pipeline.parse.prose.place_dates import places_with_dates
from pipeline.parse.prose.themes import without_themes
from pipeline.parse.prose.shared_place import with_place_for_each
from pipeline.parse.prose.series import _bracketed_other_name, _MEETING_ADJECTIVES, _name_window, _other_series, _SEPARATE, is_besides
from pipeline.parse.prose.status import (
    _held_participle_before, counted_time_point,
    _ANNIVERSARY, _ASIDE, _began_with_first, _CHAIRED, did_after, _EVERY, _happened_at, _held_online_next,
    _HOST_DID_AFTER, _identity, _INAUGURATED, _INTENT, _ITS_START, _ONE_JOINED_ONLINE, _ongoing, _OPENED, _ORGANISED, _postponed_then_held,
    _PRESUPPOSED_TIME_POINT_AFTER, _SESSION_OF_SUMMIT, _status, _TIME_POINT_AFTER,
)
from pipeline.parse.prose.when import (
    _char_offsets, _clause_bounds, _CLAUSE_END, _coordinated_years, _date, _gapped_verb_end, relative_year,
)
from pipeline.parse.prose.where import (
    _arrived_city, _bilateral, _bracketed_city_and_year, _city_before_noun, _destination, _gazetteer_place, _host_city, _known_city, _subject_city,
    _visited_city,
)
from pipeline.parse.prose.words import (
    _edition_held_in_city, _edition_of, _HELD_AFTER, _MEETING_KINDS, _HELD_BEFORE, _HOSTED, _keys, _LEADERS, _leaders_meeting,
    _may_state_a_summit, _MEETING, meeting_body, _MET, _NEXT, _next_noun, _NOT_A_MEETING_AFTER, _OF_KEYS, _PAST_VERBS,
    _RELATIVE_KEYS, _same, series_began, kind_began, names_a_first_meeting, _STARTED, _summit_noun_end, _THIS, _TOOK_PART, MAX_PROSE_SENTENCE_CHARS, Mention,
    names_a_meeting_series, names_a_peak_meeting, NOUN_STARTS, Pending,
)
from pipeline.parse.layout.summits import (
    CANCELLED, find_place, first_clause, hosted_by, is_hybrid, is_ministerial, is_virtual, ministerial_series,
    names_ministers, Place, PLANNED,
)
from pipeline.parse.language.text import key_alternatives, match_key


_WHERE = ("जहाँ", "जहां")
_YESTERDAY = frozenset({match_key("कल")})  # with a verb in the past: yesterday
# "... में आयोजित करने का प्रस्ताव", "... की मेज़बानी करने की पेशकश": to hold it, not that it was held
_TO_HOLD = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("आयोजित", "मेज़बानी", "आयोजन")) + r")\s+(?:"
                      + "|".join(match_key(w) for w in ("करने", "कराने", "करवाने", "किए जाने", "किये जाने")) + r")(?=\s|$)")
_BY_SOMEONE = re.compile(r"\s" + match_key("ने") + r"\s")  # the agent's postposition: 'X ने'
# The offices of leaders who meet at a summit ('प्रधानमंत्री Y के साथ', 'राष्ट्रपति A और अध्यक्ष B')
_OFFICES = "|".join(match_key(w) for w in (
    "प्रधानमंत्री", "प्रधान मंत्री", "राष्ट्रपति", "चांसलर", "अध्यक्ष", "सम्राट", "राजा", "शाह", "अमीर", "सुल्तान"))
# "तीनों देशों के विदेश मंत्री नियमित रूप से मिलते रहे हैं; उनकी १५वीं बैठक ...": ministers who meet
_MINISTERS_MEET = re.compile(r"(?:" + "|".join(match_key(w) for w in ("मंत्री", "मंत्रियों", "अधिकारी", "अधिकारियों"))
                             + r")\s(?:\S+\s){0,4}?(?:" + "|".join(match_key(w) for w in (
                                 "मिलते", "मिलती", "मिले", "मिलीं", "बैठकें", "बैठक")) + r")(?=\s|$|[,;।])")
# "ऐसी पहली बैठक", "उनकी १५वीं बैठक": such a meeting, or theirs, after ministers were named
_SUCH = frozenset(match_key(w) for w in ("ऐसी", "ऐसा", "ऐसे", "उनकी", "उनके", "उनका", "इनकी", "इनके", "इनका"))


def dated_by_dateline(sentence: str, pending: Pending, dateline: Dateline) -> list[Mention]:
    """The summit the sentence before named without a date, dated here by the one date of this
    sentence that holds the dateline's day ('दो दिन चली बैठक (16–17 मई 2023) के अंत में')."""
    sentence = sentence.replace(dateline.text, " ")  # the dateline's own day is when the report was filed
    days = [p for _, _, p in find_periods(sentence) if p.precision == "day" and dateline.falls_in(p)]
    if len(days) != 1 or CANCELLED.search(match_key(sentence)) or PLANNED.search(match_key(sentence)):
        return []
    return [Mention(days[0], pending.place, pending.edition, "held", "in_person", False, True,
                    dateline.text if pending.place == dateline.place else None)]


# '... में बुधवार को दूसरा ... शिखर सम्मेलन ... के साथ समाप्त हो गया': a summit that ended was held
_ENDED = tuple(match_key(w) for w in ("समाप्त हो गया", "समाप्त हो गई", "समाप्त हुआ", "समाप्त हुई"))
_DENIED_NOUN = frozenset((match_key("नहीं"),))
_COPULAS = frozenset(match_key(w) for w in ("था", "थी", "थे", "थीं", "है", "हैं"))


def undated_mention(sentence: str, title: str, lexicon: Lexicon, dateline: Dateline | None = None) -> Pending | None:
    sentence = as_summit_nouns(sentence, own_meeting_nouns(title), title)  # '... 17वें संवाद में': the series' own noun
    meeting = names_a_meeting_series(title)  # 'राष्ट्रमंडल शासनाध्यक्षों की बैठक': its बैठकें count
    if len(sentence) > MAX_PROSE_SENTENCE_CHARS or not (_may_state_a_summit(sentence) or meeting):
        return None
    if find_periods(sentence):
        return None
    words = sentence.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    for i in range(len(keys)):
        end = _summit_noun_end(keys, i, meeting=meeting) if keys[i] in NOUN_STARTS else None
        if end is None:
            continue
        following = " ".join(keys[end:])
        # "... ने गुरुवार को यहां हुई 12वीं उच्चस्तरीय बैठक में ...": the report's own meeting, held here
        held_here = bool(set(keys[max(0, i - 4):i]) & _HELD_BEFORE and set(keys[max(0, i - 5):i]) & _HERE)
        # "... ने गुरुवार को यहाँ तीसरी त्रिपक्षीय शिखर वार्ता की": held by its subject, here
        did_here = did_after(following) and bool(set(keys[max(0, i - 5):i]) & _HERE)
        if not any(t in following for t in _TOOK_PART + _ENDED) and not set(keys[end:]) & _HELD_AFTER and not (
                held_here or did_here):
            continue
        if CANCELLED.search(following) or PLANNED.search(following):
            continue
        if _other_series(_name_window(words, keys, i), match_key(title), lexicon):  # (the costly test last)
            continue
        place = find_place(" ".join(words[:end]), lexicon)
        if place is None or place.city is None:  # "... शिखर सम्मेलन शुक्रवार को क्वेंका में संपन्न हुआ"
            place = find_place(first_clause(" ".join(words[end:])), lexicon)
        if (place is None or place.city is None) and dateline is not None and set(keys[max(0, i - 4):]) & _HERE:
            place = dateline.place  # "... शिखर सम्मेलन बुधवार को यहाँ संपन्न हो गया": where the report was filed
        if place is not None and place.city is not None:
            # "... रक्षा सम्मेलन लीमा डायलॉग का 22वाँ संस्करण ... संपन्न": the edition after its name
            # (the series' own 'संस्करण' may read as its summit noun: '... डायलॉग का 22वाँ सम्मेलन')
            named_edition = next((_numbered_edition(words, keys, j) or find_ordinal(" ".join(words[j + 1:j + 3]), meeting=meeting)
                                  for j in range(end, min(len(keys), end + 4)) if keys[j] in _OF_KEYS), None)
            return Pending(place, find_ordinal(" ".join(words[max(0, i - 6):end]), meeting=meeting) or named_edition)
    return None


def summits_in_sentence(
    sentence: str, title: str, lexicon: Lexicon, context_year: int | None = None, *,
    multilateral: bool = False, pending: Pending | None = None, dateline: Dateline | None = None,
    others: list[Mention] | None = None, next_sentence: str | None = None, today: date | None = None,
    context_place: Place | None = None, report_year: int | None = None, before: str | None = None,
    two_sided: bool = False,
) -> list[Mention]:
    """The summits one sentence states (usually none, sometimes one, rarely two).

    In a document on a group of more than two parties, a summit "between" two countries or
    "with" one is a bilateral meeting, not one of the series. Held summits of another series
    that the sentence states with date and place go to `others` (when given), so the caller
    can say why they were left out. `before`: the sentence before, in the same paragraph."""
    own = own_meeting_nouns(title)
    sentence = as_summit_nouns(plain_words(without_themes(sentence)), own, title)  # '... 17वें संवाद में': the series' own noun
    sentence = council_meetings(sentence, title)  # 'परिषद की पहली बैठक ...' in a document on the council
    sentence = with_place_for_each(sentence, lexicon)  # '... 2009 को और तीसरा ... 2011 को, दोनों जिनेवा में ही हुए'
    # the readers of lists of dated summits ('2018 में सिंगापुर और 2019 में बैंकॉक में ...') date each
    # summit by digits the sentence writes, never by the context: without a digit they read nothing
    has_digits = _ANY_DIGIT.search(sentence) is not None
    cued = (_may_state_a_summit(sentence) or names_a_meeting_series(title)
            or (_MEETING in match_key(sentence) and names_a_peak_meeting(title))
            or lists_its_meetings(sentence))  # '... इस्तांबुल (2011) और दुबई (2012) में इसकी बैठकें हुईं'
    # no summit noun, but two leaders by office: only their talks may be a summit ('... में चली बातचीत')
    talks_only = not cued and not multilateral and _TWO_LEADERS.search(match_key(sentence)) is not None
    # "... ब्रसेल्स में बाइडन ने यूरोपीय नेताओं से मुलाक़ात की": in a document on two sides, the leaders met
    met_leaders = (not multilateral and _leaders_talked(match_key(sentence))
                   and not _OFFICIALS & {match_key(w.strip(",।")) for w in sentence.split()})
    # "उसी वर्ष जून में नेता यरुशलम में मिले": in a document on a group, its leaders met (not two of them)
    group_met = multilateral and _group_leaders_met(sentence, match_key(title), lexicon)
    if len(sentence) > MAX_PROSE_SENTENCE_CHARS or (cued and counted_out(sentence)):
        return []  # '..., किंतु उसे ... श्रृंखला में नहीं गिना जाता'
    if not (cued or talks_only or met_leaders or group_met):
        if before is not None and _HOSTED_IT.search(match_key(sentence)) and _may_state_a_summit(before):
            # "यह सम्मेलन पहली बार 2016 में मैड्रिड में हुआ था। इसके बाद 2018 में रोम और 2022 में लिस्बन ने
            # इसकी मेज़बानी की": its hosts, the summit of the sentence before
            return _hosts_by_date(sentence, lexicon) or _years_with_places(sentence, lexicon) or hosts_of_it(sentence, lexicon)
        # "2018 में दो बार - मई में निकोसिया और दिसंबर में बेर्शेबा में - तीनों देशों के शीर्ष नेता एक साथ बैठे"
        if not has_digits:
            return []
        return (times_in_a_year(sentence, lexicon) if _LEADERS & {match_key(w.strip(",।;:")) for w in sentence.split()}
                else hosted_again(sentence, lexicon))  # 'नवंबर 2013 में रोम ने फिर मेज़बानी की।'
    if "सम्मेलन-" in sentence:
        sentence = _ROMAN_AFTER_NOUN.sub(r"\1 \2", sentence)  # 'शिखर सम्मेलन-II': the noun, then its number
    if _FOUNDED_CHEAP.search(sentence):
        # '1981 में अबू धाबी में गठित X का 45वाँ शिखर सम्मेलन ...': the year and place of a founding
        sentence = _FOUNDED_AT.sub(lambda m: " " * len(m[0]), sentence)
    words = sentence.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    title_key = match_key(title)
    meeting = names_a_meeting_series(title)
    body = meeting_body(title)
    if meeting and not _may_state_a_summit(sentence) and _MEETING not in match_key(sentence) and not (
            body and body in match_key(sentence)) and not group_met:
        return times_in_a_year(sentence, lexicon) if _LEADERS & set(keys) else []
    noun, respective = _respectively(words, keys, sentence, lexicon)
    if respective and not _other_series(_name_window(words, keys, noun), title_key, lexicon):
        return respective  # "तीसरा और चौथा शिखर सम्मेलन क्रमशः ... में और ... में हुए": one summit each
    found: list[Mention] = []
    theirs: list[Mention] = []  # the summits of other series the sentence names
    other_before = False  # a summit of another series named earlier in the sentence
    occasion_only = True  # every summit of another series is named as the occasion ('के इतर', 'के हाशिये पर')
    numbered_meeting = names_a_peak_meeting(title)
    for i, key in enumerate(keys):
        if key not in NOUN_STARTS and key not in _TALKS and key != body:
            continue  # (most words: every test below starts at a summit noun, at talks or at the body's name)
        noun_end = _summit_noun_end(keys, i, meeting=meeting, numbered_meeting=numbered_meeting)
        if noun_end is None and not multilateral and _leaders_talks(sentence, keys, i):
            noun_end = i + 1
        if noun_end is None and body is not None and key == body:
            noun_end = i + 1  # "... तुलूज़ में हुई मंत्रिपरिषद के दौरान": a meeting of the council the title names
        if noun_end is None:
            continue
        if _DENIED_NOUN & set(keys[noun_end:noun_end + 2]) and set(keys[noun_end + 1:noun_end + 3]) & _COPULAS:
            continue  # '... की बैठक लंदन में हुई, वह कांग्रेस नहीं थी': the sentence denies its meeting is one
        if is_besides(keys, noun_end) and not find_periods(" ".join(words[:i])):
            continue  # 'मंच के अलावा मार्च 2023 में ... जल सम्मेलन भी हुआ': the date and place are the other's
        if joint_with_others(keys, i, sentence, title, lexicon) or (two_sided and more_sided(keys, i)):
            other_before = True  # '... कोमेसा, ईएसी और सैडक के बीच ... हुई त्रिपक्षीय शिखर बैठक में'
            continue
        if named_as_basis(keys, noun_end):
            continue  # 'पहले सम्मेलन की सिफ़ारिश पर 1978 में नैरोबी में ... की स्थापना हुई': the founding's date
        if _ANNIVERSARY.match(" ".join(keys[noun_end:noun_end + 4])):
            other_before = True  # "पहले शिखर सम्मेलन की दसवीं वर्षगांठ": the year and place are the remembrance's
            continue
        if (_other_series(_name_window(words, keys, i), title_key, lexicon) or (own and peak_of_another(keys, i, title_key))
                or _bracketed_other_name(words, i, title_key, lexicon)
                or _SEPARATE.search(" ".join(keys[noun_end:_part_end(words, noun_end, _next_noun(keys, noun_end))]))):
            other_before = True
            # "... में भी तीनों नेता मिले - एससीओ सम्मेलन के हाशिये पर": the other's summit is only the occasion
            occasion_only = occasion_only and _ASIDE_AFTER.match(" ".join(keys[noun_end:noun_end + 3])) is not None
            other = _mention(sentence, words, keys, i, noun_end, title_key, lexicon, context_year,
                             multilateral, meeting=meeting, any_series=True)
            start = i - len(_name_window(words, keys, i)) - 1
            if other is not None and found and start >= 0 and keys[start] in _HELD_BEFORE:
                theirs.append(other)  # "... को हुए जी-7 शिखर सम्मेलन": a participle before its name
            if other is not None and others is not None and other.status == "held" and other.place is not None:
                others.append(other)
            continue
        if other_before and any(k in _RELATIVE_KEYS for k in keys[max(0, i - 3):i]):
            continue  # "X शिखर सम्मेलन से अलग है, जिसका पहला सम्मेलन ...": still the other series
        # the summit told last, in this sentence or before it: what 'अगले वर्ष', 'वहीं' count from
        anchor = found[-1] if found else None
        mention = _mention(sentence, words, keys, i, noun_end, title_key, lexicon, context_year,
                           multilateral, pending, meeting=meeting, body=body, dateline=dateline,
                           next_sentence=next_sentence, today=today,
                           anchor_year=anchor.period.year if anchor else context_year,
                           anchor_place=anchor.place if anchor else context_place, report_year=report_year,
                           before=before)
        twin = next((k for k, m in enumerate(found) if mention is not None and _same(mention, m)), None)
        if twin is not None and found[twin].edition is None and mention.edition is not None:
            # "यह सम्मेलन फोकैक का चौथा शिखर सम्मेलन है": the second noun numbers the first
            found[twin] = replace(found[twin], edition=mention.edition)
        elif mention is not None and twin is None:
            found.append(mention)
            for year in _coordinated_years(words, keys, i, mention):
                # "2020 और 2021 के सम्मेलन वर्चुअल रूप से आयोजित किए गए": one summit a year
                other = replace(mention, period=year_period(year))
                if not any(_same(other, m) for m in found):
                    found.append(other)
    if theirs:
        # "यह सम्मेलन X में 15-17 जून को हुए जी-7 शिखर सम्मेलन और ... के बीच आयोजित हुआ": the date and
        # place stand before the other series' summit, in its participle clause, so they are its
        found = [m for m in found if not any(m.period == o.period and m.place == o.place for o in theirs)]
    if talks_only:
        return found
    found += [m for m in _elided(words, keys, found, lexicon) if not any(_same(m, f) for f in found)]
    found += [m for m in _shared_noun(words, keys, found, lexicon) if not any(_same(m, f) for f in found)]
    # "... में भी तीनों नेता मिले - हर बार एससीओ सम्मेलन के हाशिये पर": in a series named a meeting (not
    # a summit), its leaders' meetings on the sidelines of another's summits are its own
    on_the_sidelines = other_before and occasion_only and meeting and _LEADERS_MET.search(match_key(sentence)) is not None
    if len(found) <= 1 and (not other_before or on_the_sidelines):
        # "अंकारा ने ... को और तेहरान ने ... को ... की मेज़बानी की"; "2016 में गोवा में और 2021 में ... सम्मेलन हुए"
        hosts = (_hosts_by_date(sentence, lexicon) or _years_with_places(sentence, lexicon)) if has_digits else []
        if hosts and (not found or any(_same(found[0], m) and m.place == found[0].place for m in hosts) or (
                # "नैरोबी में 2002 में, ... और नेपल्स में 2012 में सम्मेलन हुए": the noun paired the list's
                # last year with its first place; the list pairs them
                found[0].period.year in {m.period.year for m in hosts} and found[0].place in {m.place for m in hosts})):
            # '... ९ दिसंबर २०१५ को इस्लामाबाद में ... हुए; इस्लामाबाद के पाँचवें सम्मेलन में ...': the number the
            # noun's reading gave its summit stays with that summit of the list
            found = [dataclasses.replace(m, edition=found[0].edition) if found and found[0].edition and m.edition is None
                     and _same(found[0], m) and m.place == found[0].place else m for m in hosts]
    if not found and has_digits:
        found = session_lists(sentence, lexicon, other_before)  # 'मनामा (146वीं सभा, 11-15 मार्च) और ...'
    if not found and has_digits:
        found = (_enumerated(sentence, title_key, lexicon) or listed_after_noun(sentence, title_key, lexicon)
                 or places_with_dates(sentence, lexicon)  # 'किंशासा (फ़रवरी 2014) और ... (अक्टूबर 2016) की बैठकें'
                 or ([] if other_before else times_in_a_year(sentence, lexicon))
                 or ([] if other_before and not on_the_sidelines else _cities_with_years(sentence, lexicon)))
    elif len(found) == 1 and not other_before and has_digits:
        # "2018 में सिंगापुर और 2019 में बैंकॉक में भी सम्मेलन हुए": the noun read the last pair only;
        # "2022 में यह बैठक दो बार हुई - अप्रैल में X में और जुलाई में Y में": once a month and city
        listed = _enumerated(sentence, title_key, lexicon) or times_in_a_year(sentence, lexicon)
        if len(listed) > 1 and any(_same(found[0], m) and m.place == found[0].place for m in listed):
            found = listed
    if found and _HOSTED_IT.search(match_key(sentence)):
        # "इससे पहले 2020 में सम्मेलन वर्चुअल माध्यम से हुआ था और 2018 में नोम पेन्ह ने इसकी मेज़बानी की थी"
        found += [m for m in hosts_of_it(sentence, lexicon) if not any(_same(m, f) for f in found)]
    if met_leaders or group_met:
        # "... शिखर बैठक हुई थी, और ... 25 जनवरी 2015 को ... ओबामा ने नई दिल्ली में उनसे वार्ता की थी": each
        # clause, without a summit noun, where the leaders met (in a month, too: 'सितंबर 2021 में ...')
        for clause in _CLAUSE_END.split(sentence):
            clause_keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in clause.split()]
            if not (_leaders_talked(match_key(clause)) or (group_met and _group_leaders_met(clause, match_key(title), lexicon))) or any(
                    (end := _summit_noun_end(clause_keys, k)) is not None and not (
                        meeting and group_met and _ASIDE_AFTER.match(" ".join(clause_keys[end:end + 3])))
                    for k in range(len(clause_keys))):
                continue  # (in a series named a meeting, another's summit may be the occasion: '... के दौरान मिले')
            for mention in _leaders_met(clause, clause.split(), clause_keys, lexicon, context_year, month=True,
                                        series_meeting=meeting and group_met):
                if not any(_same(mention, m) for m in found):
                    found.append(mention)
    if not found and _leaders_meet(keys):
        found += _leaders_met(sentence, words, keys, lexicon, context_year)
    elif found and _leaders_meet(keys):
        # "14 फरवरी 2019 को नेता फिर सोची में मिले, जबकि ... अंकारा में पाँचवीं बैठक आयोजित की गई":
        # a clause of its own, without a summit noun, where the leaders met
        for clause in _CLAUSE_END.split(sentence):
            clause_keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in clause.split()]
            if not _leaders_meet(clause_keys) or any(
                    _summit_noun_end(clause_keys, k) is not None for k in range(len(clause_keys))):
                continue
            for mention in _leaders_met(clause, clause.split(), clause_keys, lexicon, context_year):
                if not any(_same(mention, m) and mention.place == m.place for m in found):
                    found.append(mention)
    return found


_ANY_DIGIT = re.compile(r"\d")  # (any decimal digit: the lists' dates are written in 0-9 or ०-९)
_BUT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("लेकिन", "किंतु", "किन्तु", "परंतु", "पर", "मगर")) + r")\s")
_HOSTED_IT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("इसकी", "इनकी", "उसकी", "उनकी")) + r")\s+(?:"
                        + "|".join(match_key(w) for w in ("मेज़बानी", "मेजबानी")) + r")\s")
_ASIDE_AFTER = re.compile("|".join(match_key(w) for w in ("के इतर", "के हाशिये", "के हाशिए", "के दौरान", "के मौके पर", "के अवसर पर")))


def _part_end(words: list[str], start: int, stop: int) -> int:
    """The index after the word that ends the sentence's part (at a semicolon) from start, or stop."""
    return next((k + 1 for k in range(start, stop) if words[k].endswith(";")), stop)


_FOUNDED_CHEAP = re.compile("गठित|स्थापित")
# a founding participle before a noun, with its date and place: '1981 में अबू धाबी में गठित'
_FOUNDED_AT = re.compile(r"[0-9०-९]{4}\s+(?:में|को)\s+(?:\S+\s+){0,3}?(?:में\s+)?"
                         r"(?:गठित|स्थापित)(?=\s+(?!(?:हुआ|हुई|हुए|किया|किए|की|किये|हो)(?:\s|$|[,।]))\S)")
_CONJUNCTIONS = frozenset(match_key(w) for w in ("तथा", "और", "एवं", "व"))


def _after_summit_before(sentence: str, words: list[str], keys: list[str], offsets: list[int], begin: int, i: int,
                         meeting: bool) -> int:
    """Where the words of the summit noun at `i` begin for its place: after the 'तथा'/'और' (or
    comma) that follows another summit noun of the clause ('2010 में चौथा सम्मेलन लीमा में तथा
    2016 में सातवाँ सम्मेलन हनोई में हुआ': Lima is the fourth's); else the clause's start."""
    first = next((k for k in range(len(words)) if offsets[k] >= begin), i)
    nouns = [k for k in range(first, i) if _summit_noun_end(keys, k, meeting=meeting) is not None]
    if not nouns:
        return begin
    for k in range(i - 1, nouns[-1], -1):
        if keys[k] in _CONJUNCTIONS or words[k - 1].endswith(",") and k - 1 > nouns[-1]:
            return offsets[k]
    return begin


_WHEN = ("जब ",)
# '... टलने के बाद ... हुआ': a cheap look before `_postponed_then_held` reads the clause
_AFTER_PUT_OFF = re.compile(r"(?:" + "|".join(match_key(w) for w in ("टलने", "टाले", "टल जाने", "स्थगित होने", "स्थगित किए",
                                                                       "स्थगित किये")) + r")\s.*" + match_key("के बाद"))
# "2022 का सम्मेलन टोक्यो ने आयोजित किया": a host that organised it
_ORGANISED_BY = re.compile(r"\s" + match_key("ने") + r"\s+" + match_key("आयोजित") + r"\s+(?:" + match_key("किया") + "|"
                           + match_key("की") + r")(?:\s|$)")
# "2019 का सम्मेलन बैंकॉक में था": it was in a place, so it met there
_WAS_IN = re.compile(r"^(?:\S+\s+){1,3}" + match_key("में") + r"\s+(?:" + match_key("था") + "|" + match_key("थी") + r")$")
# "जून 2022 में संवाद सिंगापुर में लौटा": the meeting came back to its city (after years without it)
_RETURNED_TO = re.compile(r"^(?:\S+\s+){1,3}" + match_key("में") + r"\s+(?:" + match_key("फिर") + r"\s+(?:" + match_key("से")
                          + r"\s+)?)?(?:" + "|".join(match_key(w) for w in ("लौटा", "लौटी", "लौट आया", "लौट आई", "वापस लौटा",
                                                                          "वापस लौटी")) + r")(?=\s|$)")
# "इसी शहर में", "उसी स्थान पर", "वहीं": the place of the summit told before (not the "वहीं, ..."
# of "meanwhile", nor "वहीं दूसरी ओर")
_SAME_PLACE = re.compile(
    r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("इसी", "उसी")) + r")\s+(?:" + "|".join(
        match_key(w) for w in ("शहर", "नगर", "स्थान", "जगह", "स्थल")) + r")(?=\s|$)"
    r"|\s" + match_key("वहीं") + r"(?!\s*,)(?!\s+" + match_key("दूसरी") + r")(?=\s)")


def _mention(sentence: str, words: list[str], keys: list[str], i: int, end: int, title_key: str,
             lexicon: Lexicon, context_year: int | None, multilateral: bool = False,
             pending: Pending | None = None, *, meeting: bool = False, body: str | None = None,
             dateline: Dateline | None = None, any_series: bool = False,
             next_sentence: str | None = None, today: date | None = None,
             anchor_year: int | None = None, anchor_place: Place | None = None,
             report_year: int | None = None, before: str | None = None) -> Mention | None:
    if end < len(keys) and keys[end] in _NOT_A_MEETING_AFTER:
        return None  # "वार्षिक सम्मेलन प्रणाली": the summit system, not a meeting
    after = counted_time_point(keys, end) or " ".join(keys[end:end + 3])
    if _ANNIVERSARY.match(" ".join(keys[end:end + 4])):
        return None  # "पहले शिखर सम्मेलन की 15वीं वर्षगांठ पर": a date of remembrance
    began = series_began(keys, end)  # 'सम्मेलनों की शृंखला की शुरुआत ... योकोहामा में हुई थी'
    # 'इस तरह के ... परामर्श की शुरुआत 20 अगस्त 2015 को ब्रासीलिया में हुई थी': meetings of a kind began there
    kind_first = kind_began(keys, i, end)
    began = began or kind_first
    began_with_first = began or _began_with_first(keys, i, end)
    if any(after.startswith(match_key(p)) for p in _TIME_POINT_AFTER) and not began_with_first and not (
            (any(k in _HELD_BEFORE for k in keys[max(0, i - 3):i]) or _held_participle_before(words, keys, i, title_key)
             or _during_numbered(words, keys, i, end) or _after_it_where_visited(sentence, words, i, lexicon))
            and any(after.startswith(match_key(p)) for p in _PRESUPPOSED_TIME_POINT_AFTER)):
        # "2015 के नई दिल्ली सम्मेलन के बाद": a point in time; but "... में हुए 24वें सम्मेलन के
        # बाद" still says, with its participle, that the summit took place
        return None
    if words[end - 1].endswith(("ों", "ो")) and match_key("सम्मेलनों") == keys[end - 1] and not began:
        return None  # plural: several summits, no single one
    window = _name_window(words, keys, i)
    if not any_series and _other_series(window, title_key, lexicon):
        return None
    offsets = _char_offsets(words, sentence)
    noun_start = offsets[i]
    # a semicolon or colon right after the noun ('... पहली बैठक; यह मंच ...') ends its clause (a
    # comma does not: '... तीसरा सम्मेलन, जो ... आयोजित हुआ' goes on about the same summit)
    noun_stop = offsets[end - 1] + len(words[end - 1].rstrip(";:।"))
    begin, finish = _clause_bounds(sentence, noun_start, noun_stop)
    finish = _dated_by_next_clause(sentence, begin, finish)
    clause = sentence[begin:finish]
    following = " ".join(w.strip("\"'“”‘’(),।;:.!?") for w in match_key(
        sentence[noun_stop:_gapped_verb_end(sentence, finish)]).split())
    # "... में हुए शिखर सम्मेलन के आउटरीच सत्रों में": the outreach is a session of a summit
    # that took place; only an outreach named before the summit noun is not a summit.
    of_the_summit = following.startswith(_SESSION_OF_SUMMIT)
    bracketed = _bracketed_city_and_year(sentence[noun_stop:], lexicon)  # "... सम्मेलन (वियनतियान, 2004) में ..."
    if bracketed is not None:
        following = " ".join(w.strip("\"'“”‘’(),।;:.!?") for w in match_key(sentence[noun_stop + bracketed[2]:_gapped_verb_end(
            sentence, finish)]).split())
    told = sentence[begin:noun_stop] if of_the_summit else clause
    if is_ministerial(match_key(told).replace(body, " ") if body else told) and not ministerial_series(title_key):
        return None  # (the council of ministers the title names is the series: 'मंत्रिपरिषद की बैठक')
    if any(k in _SUCH for k in keys[max(0, i - 2):i]) and (
            names_ministers(sentence[:begin]) or _MINISTERS_MEET.search(match_key(sentence[:begin]))):
        return None  # "... मंत्रिस्तरीय बैठकें भी होती हैं; ऐसी पहली बैठक 2010 में ...": such = ministerial
    if multilateral and _bilateral(clause, lexicon):
        return None
    # "... में शिखर सम्मेलन हुआ और उसके अगले वर्ष ... अगला शिखर सम्मेलन हुआ": the next noun's words are its own
    own = following.split()
    own = " ".join(own[:next((k for k in range(len(own)) if _summit_noun_end(own, k) is not None), len(own))])
    # (only when they hold a verb of holding: '... सम्मेलन के समापन पर घोषणा की गई कि ... सम्मेलन ... होगा' does not)
    # ... nor when a participle before the noun says it was held ('2018 में लुसाका में हुई 20वीं शिखर बैठक के बाद ...
    # अगला सम्मेलन ... टलता रहा': the next one was put off, not this one)
    own = own if set(own.split()) & _HELD_AFTER or any(k in _HELD_BEFORE for k in keys[max(0, i - 3):i]) else following
    status = _status(own)
    if status in ("cancelled", "planned") or (status == "held" and _AFTER_PUT_OFF.search(following)):
        there = find_place(sentence[begin:noun_stop], lexicon, nearest_end=True) or _gazetteer_place(
            sentence[begin:noun_stop], lexicon)
        resumed = _postponed_then_held(sentence[noun_stop:finish], lexicon, there=there) if status != "planned" else None
        if resumed is None and _next_noun(keys, end) == len(keys) and _BUT.search(match_key(sentence[noun_stop:])):
            # "... 2024 में होना था, लेकिन इसे टाल दिया गया और अंततः 17 सितंबर 2024 को अस्ताना में आयोजित किया गया":
            # planned, put off and held, in the clauses after the noun's
            resumed = _postponed_then_held(sentence[noun_stop:], lexicon, there=there)
        if resumed is not None:
            period, place, mode = resumed
            edition = (find_ordinal(" ".join(words[max(0, i - 6):end]), meeting=meeting) or _numbered_edition(words, keys, end)
               or (_roman(words[end]) if end < len(words) else None))
            return Mention(period, place, edition, "held", mode, False)
    if status == "planned":  # "... होना था, लेकिन ... नहीं हो सका": planned, then cancelled
        rest = keys[end:]
        nxt = next((j for j in range(len(rest)) if _summit_noun_end(rest, j) is not None), len(rest))
        if CANCELLED.search(" ".join(rest[:nxt])):
            status = "cancelled"
    held_before = (any(k in _HELD_BEFORE for k in keys[max(0, i - 3):i]) or _ongoing(keys, i)
                   or _held_participle_before(words, keys, i, title_key))
    identity = _identity(keys, i, end, following)
    if identity and PLANNED.search(match_key(clause)):
        status = "planned"
    held_after = identity or (bool(set(following.split()) & _HELD_AFTER) or f"{_HOSTED} की" in following
                  or (_HOSTED in following and _HOST_DID_AFTER.search(following) is not None)
                  or any(t in following for t in _TOOK_PART) or did_after(following)
                  or _happened_at(following) or _CHAIRED.search(following) is not None
                  or _ORGANISED.match(following) is not None or _WAS_IN.match(following) is not None
                  or _RETURNED_TO.match(following) is not None
                  or _INAUGURATED.match(following) is not None)
    held_after = held_after or began_with_first or _during_numbered(words, keys, i, end)
    if status == "held" and not (held_after or held_before):
        return None
    held_after = held_after or began_with_first
    if status == "held" and set(following.split()) & _STARTED and not (
            (held_before and following.startswith(("से ", "में "))) or began_with_first
            or _OPENED.match(following) or _ITS_START.match(following)):
        # "... को ब्रिक्स शिखर सम्मेलन (गुरुवार को) शुरू हुआ": the summit itself opened
        # "प्राग में हुए पहले शिखर सम्मेलन में ... की औपचारिक शुरुआत हुई": something began at it
        # "... 2006 से शुरू हुए"; but "... सोची में हुए पहले सम्मेलन से शुरू हुई" (a tradition began
        # with a summit that took place)
        return None  # "... 2006 से शुरू हुए": a beginning, not one summit
    # "ताशकंद के शिखर सम्मेलन में X ने इसे रीगा में आयोजित करने की उम्मीद जताई": the proposal was made
    # at this summit, by someone, about another one
    proposed_at_it = following.startswith(match_key("में") + " ") and _BY_SOMEONE.search(following) is not None
    if following.startswith(_INTENT) or " ".join(keys[max(0, i - 2):i]).endswith(_EVERY) or (
            _TO_HOLD.search(own) and not proposed_at_it):
        # "हर वर्ष शिखर सम्मेलन आयोजित करने पर सहमति": an intention or a habit; "2027 का शिखर सम्मेलन
        # हिरोशिमा में आयोजित करने का प्रस्ताव रखा": a proposal
        return None
    if any(k in _NEXT for k in keys[max(0, i - 2):i]) and not (
            keys[i - 1] in _NEXT and (held_before or (held_after and set(own.split()) & _PAST_VERBS))):
        # "अगला शिखर सम्मेलन 2026 में": the next one, to come; but "2020 को हुई अगली शिखर बैठक",
        # "उसके अगले वर्ष टोक्यो में अगला शिखर सम्मेलन हुआ": the next one of a story told in the past
        status = "planned" if status == "held" else status
    # "अगले वर्ष इसी शहर में दूसरा सम्मेलन आयोजित किया गया": a year counted from the summit before
    period = (relative_year(sentence[begin:noun_start], anchor_year, report_year, earlier=sentence[:begin])
              if status == "held" else None)
    from_context = period is not None
    if period is None:
        # an identity's subject is this summit: its date is this one's ("2024 का X सम्मेलन ... था")
        period, from_context = _date(clause, noun_start - begin, None, others_dates=not identity)
    if period is None:
        period, from_context = _date(sentence, noun_start, context_year, others_dates=True)
    if period is None and today is not None and _TODAY & set(match_key(clause).split()):
        period = day_period(today)  # "प्रधानमंत्री ने आज ओस्लो में आयोजित ... में भाग लिया": the release's day
    if period is None and today is not None and status == "held" and _YESTERDAY & set(match_key(clause).split()):
        period = day_period(today - timedelta(days=1))  # "... शिखर सम्मेलन कल कोपेनहेगन में संपन्न हुआ": the day before
    if period is None and today is not None:
        # "उन्होंने ३ अक्टूबर को दोहा में आयोजित ... में भाग लिया" in a release of 3 October 2024: a
        # day and month without a year, on or before the release's day, are of its year
        stated = sole_day_month_in_year(clause, today.year)
        period = stated if stated is not None and stated.start <= today else None
    if period is None and dateline is not None and dateline.year is not None:
        # "(कोपेनहेगन, 2 अक्टूबर 2025) ... गुरुवार, 2 अक्टूबर को यहाँ ... हुआ": the dateline's year
        period = dateline.period_of(match_key(clause), held=status == "held")
    if period is None:
        return None
    if period.precision == "year" and status == "held" and dateline is not None:
        # 'लखनऊ, 10 फरवरी ... शुक्रवार को ... समिट 2023 की शुरुआत हुई': the dateline's day, in the year stated
        period = dateline.day_in_year(match_key(clause), period.year) or period
    own_begin = _after_summit_before(sentence, words, keys, offsets, begin, i, meeting)
    place = (_city_before_noun(words, i, lexicon) or find_place(sentence[own_begin:noun_stop], lexicon, nearest_end=True)
             or find_place(sentence[own_begin:finish], lexicon) or (bracketed[0] if bracketed is not None else None))
    if place is None and (_HOSTED in following or _ORGANISED_BY.search(following)):
        place = (_host_city(sentence[noun_stop:finish], lexicon)  # "... की मेज़बानी 2010 में बाकू ने की"
                 or _subject_city(sentence[begin:noun_start], lexicon))  # "जोहान्सबर्ग ने ... की मेज़बानी की"
    if place is None and _ORGANISED.match(following) is not None:
        place = _subject_city(sentence[begin:noun_start], lexicon)  # "हनोई ने 2010 में 13वें ... का आयोजन किया"
    if place is None and (held_before or held_after):
        place = hosted_by(clause, lexicon)  # "2021 में ब्रिटेन की मेज़बानी में हुए शिखर सम्मेलन"
    if place is None and any(t in following for t in _TOOK_PART):
        place = _destination(sentence[noun_stop:finish], lexicon)  # "... में भाग लेने के लिए कज़ान पहुँचे"
        if place is not None:
            period = year_period(period.year)  # the day of arrival is not the summit's
    if place is None and clause.lstrip().startswith(_WHEN):
        # "... अप्रैल 1998 में लंदन में हुई थी, जब पहला शिखर सम्मेलन ... आयोजित किया गया": then and there
        place = find_place(sentence[:begin], lexicon)
    if place is None and clause.lstrip().startswith(_WHERE):
        place = find_place(sentence[:finish], lexicon)  # "..., जहाँ क्वाड शिखर वार्ता हुई": where the clause before is
        # "... ने मॉस्को की आधिकारिक यात्रा की, जहाँ उन्होंने ... शिखर सम्मेलन में भाग लिया": where he went
        place = place or _visited_city(sentence[:begin], lexicon)
        # "बाली, जहाँ 2022 में पिछला शिखर सम्मेलन हुआ था, ...": the city the clause hangs on
        place = place or _known_city(sentence[:begin].rstrip(" ,"), lexicon)
        place = place or _arrived_city(sentence[:begin], lexicon)  # "... लाहौर पहुँचे, जहाँ ... शिखर वार्ता ..."
    if place is None and status == "held":
        place = _relative_clause_place(sentence, finish, lexicon)  # "..., जिसकी मेज़बानी नई दिल्ली ने की थी"
    if place is None and status == "held" and (held_after or held_before):
        # "पहली शिखर बैठक 13-15 जून 2000 को X में राष्ट्रपति A और B के बीच हुई": the leaders stand
        # between the place and its verb; a city GeoNames knows still names where it met
        # "X में 2-4 अक्टूबर तक चली दूसरी शिखर बैठक में": before the noun, only with the participle of holding
        place = _gazetteer_place(sentence[noun_stop:finish], lexicon) or (
            _gazetteer_place(sentence[begin:noun_start], lexicon) if held_before else None)
    if place is None and status == "held" and held_after:
        place = _leaders_summit_in(words, keys, i, lexicon)  # "... आगरा में दोनों नेताओं की शिखर वार्ता हुई"
    edition = (find_ordinal(" ".join(words[_ordinal_window(keys, i, meeting):end]), meeting=meeting) or _numbered_edition(words, keys, end, i)
               or (_roman(words[end]) if end < len(words) else None))
    if edition is None and place is not None and place.kind == "city":
        edition = _edition_held_in_city(words, keys, i, end, meeting, day=period.precision == "day")
    if edition is None:
        edition = _opening_edition(words, keys, i)
    if edition is None and kind_first and names_a_first_meeting(keys[end + 2:]):
        edition = 1  # '... की शुरुआत ... में हुई थी, जब ... पहले दौर की सह-अध्यक्षता की थी'
    if edition is None and keys[i] == _MEETING and (_leaders_meeting(keys, i) or names_a_peak_meeting(title_key)):
        k = i - 2 if i > 1 and keys[i - 1] in _MEETING_KINDS else i - 1  # "पहली त्रिपक्षीय बैठक"
        edition = _edition_of(words[k].strip("\"'“”‘’(),।;:"))  # "नेताओं की पहली बैठक"
    borrowed = False
    if place is None and status == "held" and _SAME_PLACE.search(match_key(sentence[begin:noun_stop])):
        # "अगले वर्ष इसी शहर में ...", "उसके दो साल बाद वहीं ...": the city named last, in this
        # sentence before the clause or with the summit told before
        before = find_place(sentence[:begin], lexicon, nearest_end=True) if begin else None
        if before is not None and before.kind == "city":
            place = before
        elif anchor_place is not None and anchor_place.city is not None:
            place, borrowed = anchor_place, True
    if place is None and pending is not None and (i > 0 and keys[i - 1] in _THIS or (
            edition is not None and edition == pending.edition)):
        # "... हुए इस सम्मेलन में"; or the same numbered summit, placed in the headline
        place, edition, borrowed = pending.place, edition or pending.edition, True
    if place is None and status == "held" and before and i > 0 and keys[i - 1] in _THIS:
        # "... ताशकंद में A और B ने घोषणा पर दस्तख़त किए थे। ... 1966 तक चली इस शिखर वार्ता में ...":
        # this summit is the one the sentence before told, where it told it
        place = _sole_city(before, lexicon)
        borrowed = place is not None
    # (a clause before that tells another summit keeps its own mode: 'दूसरी बैठक ... वर्चुअल रूप से हुई, जबकि
    # तीसरी बैठक ... जकार्ता में हुई')
    earlier_summit = any(offsets[k] < begin and _summit_noun_end(keys, k, meeting=meeting) is not None for k in range(i))
    virtual = (is_virtual(clause) or (not earlier_summit and is_virtual(sentence[:finish]))) and not _ONE_JOINED_ONLINE.search(
        match_key(clause))
    if not virtual and status == "held":
        virtual = _online_in_relative_clause(sentence, finish)  # "..., जो वर्चुअल माध्यम से आयोजित हुआ था"
    if not virtual and next_sentence and status == "held":
        virtual = _held_online_next(next_sentence)
    if virtual and _planned_there(clause, place):
        place = None  # "सेंट पीटर्सबर्ग में प्रस्तावित शिखर सम्मेलन ... वर्चुअल रूप में हुआ": planned there, met online
    place_text = None
    here = bool(set(match_key(clause).split()) & _HERE)
    if (dateline is not None and dateline.place.city is not None and place is not None and status == "held"
            and set(keys[max(0, i - 4):i]) & _HERE and match_key(place.city or "") != match_key(dateline.place.city)):
        # "... ने शनिवार को यहाँ चौथी त्रिपक्षीय बैठक की और दक्षिण चीन सागर में ...": here, where the report was filed
        place, borrowed, place_text = dateline.place, False, dateline.text
    if place is not None and place.kind == "unknown" and here and dateline is not None and dateline.place.kind == "city":
        place = None  # "... को यहाँ बेला सेंटर में हुआ": here is the dateline's city; the venue is in it
    if place is None and not virtual and dateline is not None and status == "held" and (
            dateline.falls_in(period) or here):
        place, place_text = dateline.place, dateline.text  # the report was filed where and when it met
        if not here and dateline.event_place is not None:
            place, place_text = dateline.event_place, dateline.event_text  # where the headline says it met
    if place is None and not virtual and not (identity and edition is not None and status == "held"):
        return None
    mode = "virtual" if virtual else ("in_person" if place is not None else "unknown")
    if is_hybrid(clause):
        mode = "unknown"
    return Mention(period, place, edition, status, mode, from_context, borrowed, place_text)


_AND_A_DATE = re.compile(r"\s+और\s+(?=[0-9०-९])")


def _dated_by_next_clause(sentence: str, begin: int, finish: int) -> int:
    """'तीसरा शिखर सम्मेलन भी वर्चुअल रहा और 28 अक्टूबर 2021 को आयोजित किया गया': a clause that
    gives its summit no date, followed by 'और DATE ...' with no summit noun of its own, goes on
    about the same summit (its date and its verb): the end of that next clause, else `finish`."""
    then = _AND_A_DATE.match(sentence, finish)
    if then is None or find_periods(sentence[begin:finish]):
        return finish
    _, further = _clause_bounds(sentence, then.end(), then.end())
    next_keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in sentence[then.end():further].split()]
    if any(_summit_noun_end(next_keys, k) is not None for k in range(len(next_keys))):
        return finish  # '... में हुआ और 2022 में दूसरा शिखर सम्मेलन ...': the next summit
    return further


def _sole_city(text: str, lexicon: Lexicon) -> Place | None:
    """The one city a sentence places something in ('ताशकंद में ... दस्तख़त किए थे'): its first and
    last "X में" name the same known city."""
    first, last = find_place(text, lexicon), find_place(text, lexicon, nearest_end=True)
    if first is None or first.kind != "city" or first.city is None or first != last:
        return None
    return first


_VISITED_PAST = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं", "पहुँचा", "पहुंचा", "गए", "गये", "गईं", "गया")) + r")\s*,\s*$")


def _after_it_where_visited(sentence: str, words: list[str], i: int, lexicon: Lexicon) -> bool:
    """'फ़रवरी 1999 में वह ... लाहौर पहुँचे, जहाँ ... के साथ शिखर वार्ता के बाद घोषणा जारी हुई': a
    relative clause on a city reached in the past, which tells, in the past, what came after the
    summit there; so the summit took place (there). Not one to come ('... जारी होगी')."""
    offsets = _char_offsets(words, sentence)
    head, clause = sentence[:offsets[i]], sentence[offsets[i]:]
    where = max(head.rfind(w) for w in _WHERE)
    if where < 0 or not _VISITED_PAST.search(match_key(head[:where])):
        return False
    rest = re.split(r"[,;।]", clause, maxsplit=1)[0].split()
    last = match_key(rest[-1].strip("\"'“”‘’().!?")) if rest else ""
    if last not in _PAST_VERBS or PLANNED.search(match_key(clause)) or CANCELLED.search(match_key(clause)):
        return False
    return (_arrived_city(head[:where], lexicon) or _visited_city(head[:where], lexicon)) is not None


# "X में प्रस्तावित", "X में होने वाला": where a summit was to be, not where it met.
_PLANNED_THERE = re.compile(r"\S+(?:\s\S+){0,2}?\s+" + match_key("में") + r"\s+(?:" + "|".join(
    match_key(w) for w in ("प्रस्तावित", "होने वाला", "होने वाली", "होने वाले", "निर्धारित")) + r")(?=\s|$)")


_ROMAN_AFTER_NOUN = re.compile(r"(सम्मेलन)-(?=[IVX])((?:X{0,2})(?:IX|IV|V?I{0,3}))(?![A-Za-z])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman(word: str) -> int | None:
    """'II' -> 2, 'XIV' -> 14: a Roman numeral written right after the summit noun."""
    word = word.strip("\"'“”‘’(),।;:")
    if not word or not re.fullmatch(r"X{0,2}(?:IX|IV|V?I{0,3})", word):
        return None
    values = [_ROMAN_VALUES[c] for c in word]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)) or None


_DURING = match_key("के दौरान")
_EDITION_NOUN = _keys("संस्करण आयोजन")
_SERIES_WORDS = _keys("शृंखला श्रृंखला")


def _opening_edition(words: list[str], keys: list[str], i: int) -> int | None:
    """'तीसरा संस्करण, जिसे पहली बार "X शिखर सम्मेलन" नाम दिया गया, ... में हुआ': a sentence whose
    subject is the series' Nth edition, named by the summit noun after it; the edition."""
    if i < 2 or len(keys) < 2 or keys[1] not in _EDITION_NOUN or any(
            _summit_noun_end(keys, k) is not None for k in range(2, i)) or find_periods(" ".join(words[:i])):
        return None  # '... संस्करण 2010 में X में हुआ; 2012 में Y में शिखर सम्मेलन हुआ': the noun is another's
    return _edition_of(words[0].strip("\"'“”‘’(),।;:"))


def _during_numbered(words: list[str], keys: list[str], i: int, end: int) -> bool:
    """'2014 में फ़ोर्टालेज़ा में छठे शिखर सम्मेलन के दौरान ... समझौता हुआ', '... पहले वार्षिक शिखर
    सम्मेलन के दौरान ... हस्ताक्षर किए गए': something happened, in the past, during the Nth
    summit, so that summit took place."""
    j = i - 1
    while j > 0 and j >= i - MAX_ADJECTIVES and keys[j] in _MEETING_ADJECTIVES and _edition_of(words[j]) is None:
        j -= 1  # "पहले वार्षिक शिखर सम्मेलन": adjectives of the meeting between the ordinal and the noun
    return (j >= 0 and _edition_of(words[j]) is not None and " ".join(keys[end:end + 2]) == _DURING
            and keys[-1] in _PAST_VERBS)


MAX_ADJECTIVES = 2
def _numbered_edition(words: list[str], keys: list[str], end: int, start: int | None = None) -> int | None:
    """'शिखर सम्मेलन का 17वाँ संस्करण', '... का यह 17वाँ संस्करण', '... शिखर सम्मेलन शृंखला का पहला
    आयोजन': the Nth edition of the summit; or, before the noun (at `start`), '17वें संस्करण का सम्मेलन'."""
    if end + 1 < len(words) and words[end].startswith("(") and words[end].rstrip(",;:").endswith(")"):
        end += 1  # '... सम्मेलन (जीसीसीएस) के पाँचवें संस्करण': its short form in brackets
    if end + 2 < len(keys) and keys[end] in _THIS_EDITION and keys[end + 1] in _SERIES_WORDS:
        end += 1  # 'यह सम्मेलन इस शृंखला का पाँचवाँ संस्करण है'
    if end + 2 < len(keys) and keys[end] in _SERIES_WORDS and keys[end + 1] in _OF_KEYS:
        end += 1  # '... शिखर सम्मेलन शृंखला का पहला आयोजन'
    if end + 1 < len(keys) and keys[end] in _OF_KEYS:
        k = end + 2 if keys[end + 1] in _THIS_EDITION else end + 1
        if k + 1 < len(keys) and keys[k + 1] in _EDITION_NOUN:
            return _edition_of(words[k])
    if start is not None and start >= 3 and keys[start - 1] in _OF_KEYS and keys[start - 2] in _EDITION_NOUN:
        return _edition_of(words[start - 3])
    if end + 2 < len(keys) and keys[end] in _OF_KEYS and _PEAK not in keys[max(0, end - 2):end] and (
            edition := _edition_of(words[end + 1].strip("\"'“”‘’(),।;:"))) is not None:
        # 'शासनाध्यक्षों के सम्मेलन की ४५वीं नियमित बैठक': the Nth sitting of a conference (not of a
        # summit: 'शिखर सम्मेलन की दूसरी बैठक' may be a session within it); or the Nth round of
        # consultations or talks ('अंतर-सरकारी परामर्श का दूसरा दौर', 'संवाद का पाँचवाँ दौर')
        k = end + 2 + (keys[end + 2] in _MEETING_ADJECTIVES)
        if k < len(keys) and keys[k] in _SITTINGS | _ROUNDS:
            return edition
    return None


_PEAK = match_key("शिखर")
_SITTINGS = _keys("बैठक अधिवेशन")
_ROUNDS = _keys("दौर")


_THIS_EDITION = _keys("यह इस")


_WHICH = re.compile(r"^,\s*" + match_key("जो") + r"\s")


def _online_in_relative_clause(sentence: str, finish: int) -> bool:
    """'... 13वें शिखर सम्मेलन का उल्लेख किया, जो वर्चुअल माध्यम से आयोजित हुआ था': the relative
    clause right after the summit's clause says, in the past, that it met online."""
    if _WHICH.match(match_key(sentence[finish:finish + 8])) is None:
        return False
    _, end = _clause_bounds(sentence, finish + 1, finish + 1)
    relative = sentence[finish:end]
    words = set(match_key(relative).split())
    return is_virtual(relative) and not is_hybrid(relative) and bool(words & _HELD_AFTER) and not (
        CANCELLED.search(match_key(relative)) or PLANNED.search(match_key(relative)))


# "..., जिसकी मेज़बानी नई दिल्ली ने की थी", "..., जो नई दिल्ली में हुआ था": a relative clause right
# after the summit's clause that says, and says only, where it met.
_HOSTED_WHICH = re.compile(r"^,\s*(?:" + "|".join(match_key(w) for w in ("जिसकी", "जिसका")) + r")\s+" + match_key("मेज़बानी")
                           + r"\s+(?P<host>\S+(?:\s\S+)?)\s+" + match_key("ने") + r"\s+(?:" + match_key("की") + "|"
                           + match_key("की थी") + r")\s*[।.]?$")
# (also '..., जो 19 मई 2023 को हिरोशिमा में शुरू हुआ': the day it opened, then where)
_HELD_WHICH = re.compile(r"^,\s*" + match_key("जो") + r"\s+(?:(?:\S+\s+){1,4}?" + match_key("को") + r"\s+)?"
                         r"(?P<where>(?:\S+\s+){1,4}?" + match_key("में") + r")\s+(?:"
                         + match_key("आयोजित") + r"\s+|" + match_key("शुरू") + r"\s+)?(?:" + "|".join(match_key(w) for w in (
                             "हुआ", "हुई", "हुआ था", "हुई थी", "किया गया", "किया गया था", "की गई", "की गई थी"))
                         + r")\s*[।.]?$")


def _relative_clause_place(sentence: str, finish: int, lexicon: Lexicon) -> Place | None:
    _, end = _clause_bounds(sentence, finish + 1, finish + 1)
    relative = match_key(sentence[finish:end])
    hosted = _HOSTED_WHICH.match(relative)
    if hosted is not None:
        return _known_city(hosted["host"], lexicon)
    held = _HELD_WHICH.match(relative)
    if held is not None:
        place = find_place(held["where"] + " हुआ", lexicon)
        return place if place is not None and place.kind == "city" else None
    return None


def _planned_there(clause: str, place: Place | None) -> bool:
    key = match_key(clause)
    at = key.find(match_key(place.city)) if place is not None and place.city else -1
    return at >= 0 and _PLANNED_THERE.match(key, at) is not None


# "राष्ट्रपति मून और अध्यक्ष किम": two leaders named by their offices
# "राष्ट्रपति मून और अध्यक्ष किम", "प्रधानमंत्री इंदिरा गांधी और पाकिस्तान के राष्ट्रपति ...": two leaders by office
_TWO_LEADERS = re.compile(r"(?:^|\s)(?:" + _OFFICES + r")\s+(?:\S+\s+){1,3}?" + match_key("और") + r"\s+(?:\S+\s+"
                          + match_key("के") + r"\s+)?(?:" + _OFFICES + r")\s")
# "... मिले", "... मिल चुके हैं": they met
_MET_AGAIN = re.compile(r"(?:^|\s)" + match_key("मिल") + r"\s+(?:" + "|".join(
    match_key(w) for w in ("चुके", "चुकी", "चुका")) + r")(?=\s|$|[,।])")


_TALKS = _keys("बातचीत वार्ता")


def _leaders_talks(sentence: str, keys: list[str], i: int) -> bool:
    """'28 जून से 2 जुलाई 1972 तक X में चली बातचीत के बाद प्रधानमंत्री A और पाकिस्तान के राष्ट्रपति
    B ने समझौते पर हस्ताक्षर किए': in a document on two sides, talks held (a participle of holding
    right before them) in a sentence whose leaders, two by office, are its subject, are their
    summit; not talks of ministers or officials."""
    if keys[i] not in _TALKS or i == 0 or keys[i - 1] not in _HELD_BEFORE or (i > 1 and keys[i - 2] == match_key("शिखर")):
        return False
    key = match_key(sentence)
    leaders = _TWO_LEADERS.search(key)
    return (leaders is not None and re.search(r"\s" + match_key("ने") + r"\s", key[leaders.end():]) is not None
            and not names_ministers(sentence))


_OFFICIALS = _keys("मंत्री मंत्रियों सचिव सचिवों अधिकारी अधिकारियों राजदूत शेरपा")  # they meet leaders, not as one

# 'की' that ends its clause ('... उनसे वार्ता की थी।'), not 'बैठक की घोषणा' (an announcement of one)
_DID_END = match_key("की") + r"(?:\s+" + key_alternatives("थी", "थीं", "है", "हैं") + r")?(?=\s*(?:[,।;]|$))"
# "... की एक और बैठक की घोषणा हुई": a meeting announced, proposed or planned, not one that met
_TALK_NOUNS = key_alternatives("मुलाक़ात", "भेंट", "बातचीत", "वार्ता", "बैठक") + r"(?!\s+" + key_alternatives("की", "का", "के") + r"\s+" + key_alternatives(
    "घोषणा", "प्रस्ताव", "योजना", "तैयारी", "तैयारियों", "तारीख़", "संभावना", "उम्मीद", "माँग", "पेशकश", "न्योता") + ")"
# "X ने यूरोपीय नेताओं से मुलाक़ात की", "दोनों नेताओं की पहली आमने-सामने की द्विपक्षीय बैठक हुई", "ओबामा ने
# नई दिल्ली में उनसे वार्ता की", "मोदी और ट्रंप की पहली द्विपक्षीय मुलाक़ात ... हुई थी": the two sides' leaders met
_LEADERS_TALKED = re.compile(
    r"(?:^|\s)(?:" + key_alternatives("नेता", "नेताओं") + r"\s+" + key_alternatives("से", "के साथ", "ने", "की", "के बीच")
    + r"|" + key_alternatives("उनसे", "उनके साथ", "इनसे") + r"|[^\s,।;]+\s+" + key_alternatives("और") + r"\s+[^\s,।;]+\s+"
    + key_alternatives("की", "के बीच") + r")\s+(?:[^\s,।;]+\s+){0,4}?" + _TALK_NOUNS + r"\s+(?:[^,।;]*?\s)?"
    + r"(?:" + _DID_END + "|" + key_alternatives("हुई", "हुआ", "करके") + r"(?=\s|$|[,।]))"
    # "प्रधानमंत्री A और अमेरिकी राष्ट्रपति B ने ... को ... में विस्तृत बातचीत की"
    + r"|(?:^|\s)(?:" + _OFFICES + r")\s+(?:\S+\s+){1,3}?" + match_key("और") + r"\s+(?:\S+\s+){0,2}?(?:" + _OFFICES
    + r")\s+(?:\S+\s+){1,3}?" + match_key("ने") + r"\s[^।;]*?\s" + _TALK_NOUNS + r"\s+" + _DID_END)


_TALK_NOUN = re.compile(key_alternatives("मुलाक़ात", "भेंट", "बातचीत", "वार्ता", "बैठक"))  # every `_TALK_NOUNS`
# "तीनों देशों के नेताओं ने पहली बार सितंबर 2021 में वॉशिंगटन में इस प्रारूप में मुलाक़ात की थी": the leaders met
_GROUP_DID_MEET = re.compile(r"(?:^|\s)" + key_alternatives("नेताओं", "नेता") + r"\s+" + match_key("ने") + r"\s[^।;]*?\s"
                             + key_alternatives("मुलाक़ात", "भेंट") + r"\s+" + _DID_END)


def _leaders_talked(key: str) -> bool:
    return _TALK_NOUN.search(key) is not None and _LEADERS_TALKED.search(key) is not None


_BOTH = _keys("दोनों")


def _group_leaders_met(sentence: str, title_key: str, lexicon: Lexicon) -> bool:
    """'... नेता यरुशलम में मिले', 'तीनों देशों के नेता ... मिले': the leaders (नेता, not two office
    holders, not 'दोनों नेता', not another body's: 'ब्रिक्स के नेता') met."""
    words = sentence.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    # ('तीनों राष्ट्रपति ... मिले': the group's office holders)
    group = [i + 1 for i, (a, b) in enumerate(zip(keys, keys[1:])) if a in _ALL_OF and b in _GROUP_OFFICES]
    if not ((_LEADERS & set(keys) or group) and (_MET & set(keys) or _GROUP_DID_MEET.search(" ".join(keys)))) \
            or _BOTH & set(keys) or _TWO_LEADERS.search(" ".join(keys)):
        return False
    leaders = next((i for i, k in enumerate(keys) if k in _LEADERS), None)
    if leaders is None:
        leaders = group[0]
    window = [w for w in _name_window(words, keys, leaders) if match_key(w) not in _ALL_OF]  # ('तीनों नेता')
    return not (window and _other_series(window, title_key, lexicon))


_ALL_OF = _keys("तीनों चारों पाँचों पांचों छहों सभी")
_GROUP_OFFICES = _keys("राष्ट्रपति प्रधानमंत्री राष्ट्राध्यक्ष शासनाध्यक्ष")


def _leaders_meet(keys: list[str]) -> bool:
    """The sentence says the leaders ('नेता', or two office holders) met."""
    key = " ".join(keys)
    return bool(_LEADERS & set(keys) or _TWO_LEADERS.search(key)) and bool(_MET & set(keys) or _MET_AGAIN.search(key))


def _leaders_met(sentence: str, words: list[str], keys: list[str], lexicon: Lexicon,
                 context_year: int | None, *, month: bool = False, series_meeting: bool = False) -> list[Mention]:
    """'उसी वर्ष 24 सितंबर को वॉशिंगटन स्थित व्हाइट हाउस में चारों नेता ... मिले': the leaders
    of the series met in a named place on a stated day; on each of several days ('राष्ट्रपति A
    और अध्यक्ष B 27 अप्रैल और 26 मई, 2018 को X में मिल चुके हैं'). Meetings on the sidelines of
    another event ("जी-7 बैठक के दौरान मिले") are not summits of their own; but in a series named a
    meeting (`series_meeting`: 'त्रिपक्षीय बैठक'), its leaders' meetings are its summits, wherever they
    met them and in a year too ('तीनों नेता 2018 में चिंगदाओ में भी मिले थे')."""
    key = match_key(sentence)
    if (not series_meeting and any(match_key(a) in key for a in _ASIDE)) or is_ministerial(sentence):
        return []
    if CANCELLED.search(key) or PLANNED.search(key):
        return []
    days = [p for _, _, p in find_periods(sentence) if p.precision == "day"]
    if len(days) > 1 and len(days) == len(find_periods(sentence)) and len({p.year for p in days}) == 1:
        dated = [(p, False) for p in days]
    else:
        period, from_context = _date(sentence, 0, context_year)
        if period is None or period.precision not in (("day", "month", "year") if series_meeting and month else (
                ("day", "month") if month else ("day",))):
            return []
        dated = [(period, from_context)]
    # several days: only where the verb of meeting says they met (another 'X में' may be a venue)
    place = _met_in(sentence, lexicon) if len(dated) > 1 else (find_place(sentence, lexicon) or _met_in(sentence, lexicon))
    if place is None or place.city is None:
        return []
    # "... बीजिंग में 24वें शिखर सम्मेलन के लिए आमने-सामने मिले": the meeting is that summit
    edition = find_ordinal(sentence) if len(dated) == 1 else None
    if edition is None and len(dated) == 1:
        edition = _times_met(words, keys)  # "इसके बाद नेता दूसरी बार 19 दिसंबर 2022 को रीगा में मिले"
    return [Mention(period, place, edition, "held", "in_person", from_context) for period, from_context in dated]


_TIME = match_key("बार")
# 'दूसरी बार इस वर्ष', 'पहली बार किसी अफ्रीकी देश में', 'पहली बार आमने-सामने': a count within
# something else (a year, a kind of place, a way of meeting), not the leaders' Nth meeting
_COUNTED_WITHIN = _keys("इस उस इसी उसी किसी वर्ष साल महीने आमने-सामने व्यक्तिगत वर्चुअल ऑनलाइन एक")
_MET_WORDS = _keys("मिले मिलीं मिल")
TIMES_MET_REACH = 12  # words from 'दूसरी बार' to the verb of meeting


def _times_met(words: list[str], keys: list[str]) -> int | None:
    """'नेता दूसरी बार ... रीगा में मिले': the leaders met for the Nth time, their Nth meeting. Not a
    count within something else ('पहली बार किसी अफ्रीकी देश में', 'इस वर्ष दूसरी बार')."""
    for k in range(len(keys) - 1):
        if keys[k + 1] != _TIME or (edition := _edition_of(words[k].strip("\"'“”‘’(),।;:"))) is None:
            continue
        if set(keys[max(0, k - 2):k]) & _COUNTED_WITHIN or set(keys[k + 2:k + 5]) & _COUNTED_WITHIN:
            return None
        if set(keys[k + 2:k + 2 + TIMES_MET_REACH]) & _MET_WORDS:
            return edition
    return None


_MET_IN = re.compile(r"(\S+(?:\s\S+)?)\s+" + match_key("में") + r"\s+(?:" + "|".join(
    match_key(w) for w in ("मिले", "मिलीं", "मिल")) + r")(?=\s|$|[,।])")


def _met_in(sentence: str, lexicon: Lexicon) -> Place | None:
    """'... X में मिल चुके हैं': the city (the lexicon's or GeoNames') where they met."""
    key = match_key(sentence)
    match = _MET_IN.search(key)
    if match is None:
        return None
    first = len(key[:match.start(1)].split())
    return _known_city(" ".join(w.strip("\"'“”‘’(),।;:") for w in sentence.split()[first:first + len(match[1].split())]),
                       lexicon)


def headline_summit(title: str, lexicon: Lexicon) -> Pending | None:
    """A headline that names its summit and city without a verb ('तेहरान में रूस-ईरान-तुर्की
    त्रिपक्षीय शिखर बैठक: ...'): the summit the lead's first dated sentence may date."""
    head = re.split(r"[:;,।]|\s[—–-]\s", title, maxsplit=1)[0]
    words = head.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    title_key = match_key(title)
    if PLANNED.search(title_key) or CANCELLED.search(title_key) or set(keys) & _TO_COME_WORDS:
        return None  # "हनोई में होने वाले शिखर सम्मेलन की तैयारी": a summit to come
    meeting = names_a_meeting_series(title)  # 'नई दिल्ली में चौथी स्वच्छ ऊर्जा मंत्रिस्तरीय बैठक शुरू'
    for i in range(len(keys)):
        end = _summit_noun_end(keys, i, meeting=meeting)
        if end is None or _other_series(_name_window(words, keys, i), title_key, lexicon):
            continue
        place = find_place(" ".join(words[:i]), lexicon)
        if place is not None and place.kind == "city" and place.city is not None:
            return Pending(place, find_ordinal(" ".join(words[max(0, i - 6):end]), meeting=meeting)
                           or _numbered_edition(words, keys, end))
    return None


_TO_COME_WORDS = _keys("होने वाले वाला वाली आगामी तैयारी तैयारियाँ तैयारियां अगला अगले")
# The leaders of the sides, and what they did together: 'के राष्ट्रपतियों ने ... बातचीत की'.
_HEADS = _keys("नेता नेताओं राष्ट्रपति राष्ट्रपतियों प्रधानमंत्री प्रधानमंत्रियों राष्ट्राध्यक्ष राष्ट्राध्यक्षों "
               "शासनाध्यक्ष शासनाध्यक्षों")
_TALKED = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "बातचीत की", "वार्ता की", "मुलाकात की", "मुलाक़ात की", "बैठक की", "मिले", "मिलीं", "भेंट की", "मेज़बानी की",
)) + r")(?=[\s।,]|$)")
MAX_DAYS_BEFORE_DATELINE = 3
_PLUPERFECT = re.compile(r"^\s+(?:" + "|".join(match_key(w) for w in ("था", "थी", "थे", "थीं")) + r")(?=\s|$|[,।])")
_EARLIER = _keys("पहली पिछली इससे उससे पूर्व")


def met_on_headline_summit(sentence: str, headline: Pending, title: str, lexicon: Lexicon,
                           dateline: Dateline | None) -> Mention | None:
    """'... के राष्ट्रपतियों ने मंगलवार 19 जुलाई 2022 को ईरान की राजधानी में आमने-सामने बैठकर
    बातचीत की' under a headline that names the summit and its city: the leaders met that day,
    so the headline's summit met then. Only one day is stated, in the past, no other city is
    named, and a dateline, when given, is that day or a few days later."""
    key = match_key(sentence)
    words = set(w.strip("\"'“”‘’(),।;:") for w in key.split())
    talked = _TALKED.search(key)
    if not words & _HEADS or talked is None or CANCELLED.search(key) or PLANNED.search(key):
        return None
    if _PLUPERFECT.match(key[talked.end():]) or words & _EARLIER:
        return None  # '... 15 जून 2015 को मिले थे', '... पहली बार ...': a meeting told as history
    days = [p for _, _, p in find_periods(sentence) if p.precision == "day"]
    if len(days) != 1 or len(find_periods(sentence)) != 1:
        return None
    period = days[0]
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        try:
            filed = date(period.end.year, dateline.month, dateline.day)
        except ValueError:
            return None
        if not 0 <= (filed - period.end).days <= MAX_DAYS_BEFORE_DATELINE:
            return None
    place = find_place(sentence, lexicon)
    if is_virtual(sentence) or (place is not None and place.city is not None
                                and match_key(place.city) != match_key(headline.place.city or "")):
        return None
    return Mention(period, headline.place, headline.edition, "held", "in_person", False, False, title)


def on_headline_summit_today(sentence: str, headline: Pending, title: str, lexicon: Lexicon,
                             today: date | None) -> Mention | None:
    """'२७ से ३१ अक्टूबर २०२५ तक ... चल रहे इस आयोजन में ... शिखर सम्मेलन भी शामिल है' in a release of 29
    October 2025 whose headline names the summit in its city: the lead's one dated span holds the
    release's day, so the headline's summit is the one going on, there and then. Only when the
    sentence names the series' summit (not another's), no other city and no plan."""
    if today is None:
        return None
    sentence = as_summit_nouns(sentence, own_meeting_nouns(title))
    key = match_key(sentence)
    periods = find_periods(sentence)
    if len(periods) != 1 or not _may_state_a_summit(sentence) or CANCELLED.search(key) or PLANNED.search(key):
        return None
    period = periods[0][2]
    if period.precision != "day" or period.start == period.end or not period.start <= today <= period.end:
        return None
    words = sentence.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    title_key = match_key(title)
    meeting = names_a_meeting_series(title)  # '... चल रही इस दो दिवसीय बैठक की मेज़बानी' under '... मंत्रिस्तरीय बैठक शुरू'
    if not any(_summit_noun_end(keys, i, meeting=meeting) is not None
               and not _other_series(_name_window(words, keys, i), title_key, lexicon) for i in range(len(keys))):
        return None
    place = find_place(sentence, lexicon)
    if place is not None and place.city is not None and match_key(place.city) != match_key(headline.place.city or ""):
        return None
    return Mention(period, headline.place, headline.edition, "held", "in_person", False, False, title)


# "X में दोनों नेताओं की शिखर वार्ता हुई": only the leaders stand between the city and the noun
_OF_THE_LEADERS = frozenset(match_key(w) for w in ("दोनों", "दोनो", "शीर्ष", "नेताओं", "की", "के"))
# "X में प्रधानमंत्री Y के साथ", "X में राष्ट्रपति A और अध्यक्ष B के बीच": the leader met, or the two
_WITH_A_LEADER = re.compile(r"^(?:" + _OFFICES + r")\s+(?:\S+\s+){0,3}?(?:" + match_key("के साथ") + r"|(?:"
                            + match_key("और") + r")\s+(?:" + _OFFICES + r")\s+(?:\S+\s+){0,3}?" + match_key("के बीच") + r")$")


def _leaders_summit_in(words: list[str], keys: list[str], noun: int, lexicon: Lexicon) -> Place | None:
    """The city (the lexicon's or GeoNames') of 'X में (दोनों) नेताओं की <noun>' or 'X में
    प्रधानमंत्री Y के साथ <noun>', the words in between naming the leaders and nothing else."""
    j = noun - 1
    while j >= 0 and keys[j] in _OF_THE_LEADERS:
        j -= 1
    if j >= 1 and keys[j] != match_key("में"):
        k = next((k for k in range(noun - 1, max(0, noun - 12), -1) if keys[k] == match_key("में")), None)
        if k is not None and _WITH_A_LEADER.match(" ".join(keys[k + 1:noun])):
            return _known_city(" ".join(w.strip("\"'“”‘’(),।;:") for w in words[max(0, k - 2):k]), lexicon)
        return None
    if j < 1 or match_key("नेताओं") not in keys[j + 1:noun]:
        return None
    return _known_city(" ".join(w.strip("\"'“”‘’(),।;:") for w in words[max(0, j - 2):j]), lexicon)


def _ordinal_window(keys: list[str], i: int, meeting: bool) -> int:
    """Where the words that may number the summit noun at i begin: six words before it, or after
    a summit noun among them ('चौथा सम्मेलन (नैरोबी, 1976) और पाँचवाँ सम्मेलन': the fifth's is पाँचवाँ)."""
    start = max(0, i - 6)
    for k in range(i - 1, start - 1, -1):
        if _summit_noun_end(keys, k, meeting=meeting) is not None and k + 1 < i:
            return k + 1
    return start
