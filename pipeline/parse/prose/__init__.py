"""Summits stated in running sentences, outside any list or table.

A sentence states a summit when it has, together:

- a summit noun (शिखर सम्मेलन, सम्मेलन, शिखर बैठक, शिखर वार्ता), or leaders who met (नेता ... मिले);
- a verb of holding tied to it: after it in its clause ("... 9 जुलाई 2024 को मॉस्को में आयोजित
  हुआ", "... की मेज़बानी की") or as a participle just before it ("टोक्यो में हुई शिखर बैठक");
- a date or year ("उसी वर्ष" takes the year of the sentence before);
- a place "X में" (or "X सम्मेलन" with a known city X), or the words of a virtual meeting.

The verbs decide the status: "होगा", "प्रस्तावित", "होना था" are planned; "नहीं हो सका", "रद्द",
"टल गया" are cancelled. Never a summit: a year that is a target ("2030 तक"), a start ("2006
से"), part of a name ("एजेंडा 2063"); a summit of another series ("जी-20 शिखर सम्मेलन" in a
document whose title does not name जी-20); the summit system itself ("सम्मेलन प्रणाली"); a
summit used as a point in time ("2015 के सम्मेलन के बाद"); a meeting of ministers.

The package splits the work by concern: `words` (summit nouns, word lists, the records),
`series` (whose summit a noun names), `datelines` (where and when a report was filed), `when`
(which date is a summit's; the clause around its noun), `where` (hosts, visits, a city naming
the summit), `status` (held, planned, cancelled; how it met), `lists` (several summits in one
sentence), `sessions` (a conference's sessions listed by place and year or numbered in brackets), `visits` (in a document on two sides, their leaders' meetings and visits, never
called summits), `editions` (a series' numbered editions, 'इसका पहला आयोजन 2018 में ... हुआ था', with or
without a place) and `sentence` (one sentence read with all of these).
"""

from pipeline.parse.prose.datelines import Dateline, find_dateline, headline_place, latest_dated_year, find_release_date, find_release_line, find_release_place
from pipeline.parse.prose.sentence import (
    dated_by_dateline, headline_summit, met_on_headline_summit, on_headline_summit_today, summits_in_sentence,
    undated_mention,
)
from pipeline.parse.prose.series import names_other_series, renamed_as
from pipeline.parse.prose.status import not_counted, numbers_the_summit_before
from pipeline.parse.prose.when import days_of_the_summit_before
from pipeline.parse.prose.words import Mention, Pending, names_a_meeting_series, names_an_institutional_meeting

__all__ = [
    "Dateline", "days_of_the_summit_before", "headline_place", "latest_dated_year", "Mention", "Pending", "dated_by_dateline", "find_dateline", "find_release_date", "find_release_line", "find_release_place", "headline_summit",
    "met_on_headline_summit", "on_headline_summit_today", "names_a_meeting_series", "names_an_institutional_meeting",
    "names_other_series", "not_counted", "numbers_the_summit_before", "renamed_as", "summits_in_sentence", "undated_mention",
]
