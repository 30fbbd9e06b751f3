"""The parties of a document: the sides or members it names, as lexicon names.

`find_parties(shape, lexicon)` reads the title first; when the title names a group, names a
side the lexicon does not know, or names none, the members listed in the lead (a sentence
that lists them, or a fact line labelled सदस्य/भागीदार; else a partnership "between" two
sides, co-chairs or co-organisers, or organisations it counts and lists) are parties too; so are
the founders of the group, the signatories of its agreement, and members that joined later or
were members for a time ('A और B भी कुछ समय तक इसके सदस्य रहे'), wherever it says so. A side the
title writes as an acronym the lead glosses in Latin letters ('कोमेसा–ईएसी–सैडक') is that
organisation. A press release of the Press Information Bureau speaks for India (not when India
only sent a delegation). The leaders a title names by name ('ट्रंप और किम की भेंट') stand for their
countries, as the text describes them ('अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप', or only by the place of
their own country they met in); so do leaders a lead says the summit was between. People, hosts,
co-hosts, observers, associated states, invited guests, countries named only as leaving and
countries aid is sent to are not parties; nor are a country a meeting is about ('सीरिया पर'), one taking over a group's
chair, or another meeting named as the occasion ('जी-२० शिखर सम्मेलन के इतर'). A country spelled
otherwise than the lexicon and ISO 3166 spell it is found by sound (`country_by_sound`); an
organisation the title names by an acronym the lead glosses is a side (`glossed_organisations`).
Pure functions over the document's shape; `pipeline.parse.document` turns the result into
`parties` rows.

The package by concern: `names` (which words name a party), `spelling` (countries spelled
otherwise), `not_sides` (observers, topics, occasions, new chairs), `title` (the sides a title
names), `members` (lists of members in the lead and fact lines), `joined` (members named one at a
time), `acronyms` (organisations named by an acronym), `pairs` (partnerships and co-chairs),
`leaders` (leaders who stand for their sides, and countries written as adjectives), `issuer` (the
government a press release speaks for) and `find` (`find_parties`, which puts them together).
This module re-exports the names the rest of the pipeline and the tests use.
"""

from pipeline.parse.parties.acronyms import ACRONYM, glossed_sides, spelled_acronym
from pipeline.parse.parties.find import Party, find_parties
from pipeline.parse.parties.joined import joined_members, one_member
from pipeline.parse.parties.members import bracketed_members, labelled_members, member_names
from pipeline.parse.parties.names import PARTY_KINDS, known_names, party_entry
from pipeline.parse.parties.not_sides import is_occasion, is_topic, takes_the_chair
from pipeline.parse.parties.pairs import co_chairs, pair_between
from pipeline.parse.parties.spelling import country_by_sound
from pipeline.parse.parties.title import party_names, title_parties

__all__ = [
    "ACRONYM", "PARTY_KINDS", "Party", "bracketed_members", "co_chairs", "country_by_sound", "find_parties",
    "glossed_sides", "is_occasion", "is_topic", "joined_members", "known_names", "labelled_members", "member_names",
    "one_member", "pair_between", "party_entry", "party_names", "spelled_acronym", "takes_the_chair", "title_parties",
]
