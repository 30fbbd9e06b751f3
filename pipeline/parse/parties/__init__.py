"""The parties of a document (see `members` for the rules while the split is under way)."""

from pipeline.parse.parties.members import (
    ACRONYM, PARTY_KINDS, Party, bracketed_members, co_chairs, country_by_sound, find_parties, glossed_sides, is_occasion,
    is_topic, joined_members, known_names, labelled_members, member_names, one_member, pair_between, party_entry,
    party_names, spelled_acronym, takes_the_chair, title_parties,
)

__all__ = [
    "ACRONYM", "PARTY_KINDS", "Party", "bracketed_members", "co_chairs", "country_by_sound", "find_parties",
    "glossed_sides", "is_occasion", "is_topic", "joined_members", "known_names", "labelled_members", "member_names",
    "one_member", "pair_between", "party_entry", "party_names", "spelled_acronym", "takes_the_chair", "title_parties",
]
