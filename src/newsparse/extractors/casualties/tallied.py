"""Tolls summed over a category of accidents or disasters: "natural disasters killed 34,000",
"recent colliery accidents have killed 200", "three days of mine disasters have left 85 dead".

Such a figure adds up the events of a kind or of a period, so it is a statistic, not the count
of an event; the period filter of the extractor drops what a sentence tells after it. A total
over events the text counts is a mention (the annotation guidelines' decided case): "346 people
died in the two disasters", "two recent colliery accidents have killed at least 67", "2,000
accidents leaving some 140 people injured" count the people harmed in those events, and are
kept. So the nouns (:data:`~newsparse._data.casualty_words.TALLIED_EVENTS`) are a category only
after "natural" or "recent" with no count before them, or after a span of time and "of" ("three
days of colliery disasters"), a word or two of modifiers between. The noun is looked for first,
the words before it only where it is found, as the nouns are rare.
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import TALLIED_EVENTS
from newsparse.numbers import NUMBER_WORDS
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_EVENTS = compiled(rf"\b(?:{phrase_trie(TALLIED_EVENTS)})\b")
# A category: "natural" or "recent" with no count or determiner before it (group ``told``), or a
# span of time and "of"; then up to two modifiers that are not "of".
_CATEGORY_BEFORE = compiled(
    rf"(?:(?P<told>\b(?:{NUMBER_WORDS}|\d(?:[\d,]*\d)?|several|multiple|numerous|few|both|the|these|"
    r"those)\s+)?\b(?:natural|recent)|\b(?:hours|days|weeks|months|years)\s+of)"
    r"\s+(?:(?!of\s)[a-z'’-]+\s+){0,2}$"
)
_REACH = 60  # characters before the noun that its count and modifiers may take


def tallied_events(lower: str, start: int, end: int) -> re.Match[str] | None:
    """The first plural of a category of events in ``lower[start:end]`` (the text lower-cased)."""
    for noun in _EVENTS.finditer(lower, start, end):
        category = _CATEGORY_BEFORE.search(lower, max(start, noun.start() - _REACH), noun.start())
        if category is not None and category["told"] is None:
            return noun
    return None
