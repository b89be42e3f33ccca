"""Tolls summed over several accidents or disasters: "two recent colliery accidents have killed
at least 67", "three mine disasters leaving 78 dead", "natural disasters killed 34,000".

Such a figure adds up events, so it is a statistic, not the count of one event; the period
filter of the extractor drops what a sentence tells after it. The nouns are
:data:`~newsparse._data.casualty_words.TALLIED_EVENTS`; they count as several only after a
count, "several", "multiple", "numerous", "recent" or "natural", a word or two of modifiers
between ("two recent colliery accidents"), and not as a part ("one of the crashes" is one).
The noun is looked for first, the words before it only where it is found, as the nouns are
rare and a count's words are many.
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import TALLIED_EVENTS
from newsparse.numbers import NUMBER_WORDS
from newsparse.patterns import phrase_alternation

_EVENTS = re.compile(rf"\b(?:{phrase_alternation(TALLIED_EVENTS)})\b")
_SEVERAL_BEFORE = re.compile(
    rf"\b(?:{NUMBER_WORDS}|\d+|several|multiple|numerous|recent|natural)\s+"
    r"(?:(?!of\s)[a-z]+\s+){0,2}$"
)
_REACH = 60  # characters before the noun that its count and modifiers may take


def tallied_events(lower: str, start: int, end: int) -> re.Match[str] | None:
    """The first plural of several events in ``lower[start:end]`` (the text lower-cased)."""
    for noun in _EVENTS.finditer(lower, start, end):
        if _SEVERAL_BEFORE.search(lower, max(start, noun.start() - _REACH), noun.start()):
            return noun
    return None
