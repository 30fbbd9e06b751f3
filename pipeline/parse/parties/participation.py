"""A section headed with a country's participation in the series ('भारत की भागीदारी', 'भारत की
सहभागिता'), whose text tells what that country did in its meetings ('भारत ने दोनों शिखर सम्मेलनों
की प्रक्रिया में ... काम किया'): the country took part, so it is a party. A heading on its role
('भारत की भूमिका') or its stand ('भारत का रुख़') says nothing of taking part.
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import Line, Shape

_PARTICIPATION = re.compile(r"^(?P<name>\S+(?:\s\S+){0,2})\s+" + match_key("की") + r"\s+(?:"
                            + "|".join(match_key(w) for w in ("भागीदारी", "सहभागिता")) + r")$")
_MEETINGS = re.compile("|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "शिखर")))


def participating_country(shape: Shape, lexicon: Lexicon) -> list[tuple[str, Line]]:
    """The country of a '<country> की भागीदारी' heading whose section's text opens a sentence with
    it as the subject ('भारत ने ...') about the series' meetings; [] when there is none."""
    for section in shape.sections:
        if section.is_references:
            continue
        match = _PARTICIPATION.match(match_key(section.heading.text.strip(" #*:")))
        if match is None:
            continue
        heading_words = section.heading.text.strip(" #*:").split()
        name = " ".join(heading_words[:len(match["name"].split())])
        if lexicon.lookup(name, ("country",)) is None:
            continue
        for line in section.lines:
            key = match_key(line.text)
            if key.startswith(f"{match_key(name)} {match_key('ने')} ") and _MEETINGS.search(key):
                return [(name, line)]
    return []
