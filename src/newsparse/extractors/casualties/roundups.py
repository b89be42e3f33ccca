"""Counts summed over several incidents: a city's roundup of shootings, not one incident's toll.

Crime news often opens on a tally before the incidents it adds up: "Seven people were wounded in
shootings from Sunday to early Monday", "Three people were killed and eight more were wounded in
11 shooting incidents across Philadelphia", "Two dead, eight injured in a series of shootings
overnight". Each is a casualty mention (the guidelines read a total over events the text counts),
but no one incident's figure: a story that tells one of the incidents has that incident's count
elsewhere, and the story's figure (:mod:`.totals`) must not take the sum.

A count is of several incidents when its sentence names them: a plural of incidents with a count
("two shootings", "four other overnight incidents"), a word that makes them several ("separate",
"a series of", "a string of") or no determiner ("in shootings", "in weekend Detroit shootings"),
or a span of time from one day to another ("from Sunday to early Monday", "between 3 p.m. Friday
and 3 a.m. Monday"), or the whole city ("across the city"). "The shootings" (one spree's
shots) and a span within one day are not.
"""

from __future__ import annotations

from newsparse.extractors.casualties.periods import CALENDAR_WORDS
from newsparse.findings import Casualty
from newsparse.numbers import NUMBER_WORDS
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_DAY = rf"(?:{phrase_trie(CALENDAR_WORDS)})\b"
# A plural of incidents counted, made several, or bare after a preposition; up to two modifiers
# between ("two south side shootings", "four other overnight incidents", "in weekend shootings").
_MODIFIERS = (
    r"(?:(?!(?:the|these|those|this|that|both|its|their|his|her|our|an?|one)\b)[a-z-]+\s+){0,2}"
)
_SEVERAL = compiled(
    rf"\b(?:(?:{NUMBER_WORDS}|\d+|several|multiple|numerous|separate|unrelated|different|"
    r"(?:a|another)\s+(?:series|string|spate|rash|wave|flurry|number)\s+of|dozens\s+of)\s+"
    rf"{_MODIFIERS}|(?:in|during|amid)\s+{_MODIFIERS})"
    r"(?:shootings|shooting\s+incidents|incidents|stabbings)\b"
    r"|\bshootings\s+(?:across|throughout|around)\b"
    r"|\b(?:across|throughout)\s+the\s+city\b|\bcitywide\b"
)
# A span of days: "from Sunday to early Monday", "between 3:50 p.m. Friday and 3 a.m. Monday",
# "from June 27 to Monday afternoon".
_DAYS = compiled(
    rf"\b(?:from|between)\s+(?:[^;!?\n]{{0,30}}?\b)?{_DAY}[^;!?\n]{{0,30}}?\b(?:to|through|until|and)\s+"
    rf"(?:[^;!?\n]{{0,20}}?\b)?{_DAY}"
)
# Where a sentence ends: a stop before a space or a capital (pages run sentences together: "the
# shooting.The attack"), or a line's end; not the stop of an abbreviation's single letter ("3
# p.m. Friday", "U.S. Rep.").
_STOP = compiled(r"(?<![\s.]\w)[.!?](?=\s|[A-Z])|\n")
_REACH = 400  # characters either side of a count that its sentence may take
# Incidents the text ties into one: "two shootings ... which police believe to be related".
_TIED = compiled(r"(?<![\w-])(?:related|connected|linked)\b")
_HARMED = frozenset({"killed", "injured", "shot"})
_CHEAP = ("shooting", "incidents", "stabbings", "city", "citywide", "from ", "between ")


def over_several_incidents(finding: Casualty, text: str) -> bool:
    """Whether ``finding`` counts people killed, hurt or shot in several incidents its sentence
    names, and does not tie together ("two shootings ... believed to be related" are one)."""
    if finding.kind not in _HARMED:
        return False
    start, end = _sentence(finding, text)
    low = text[start:end].lower()
    if not any(word in low for word in _CHEAP):
        return False
    return (_SEVERAL.search(low) is not None or _DAYS.search(low) is not None) and _TIED.search(
        low
    ) is None


def _sentence(finding: Casualty, text: str) -> tuple[int, int]:
    """The bounds of the sentence that holds ``finding`` (at most :data:`_REACH` either side)."""
    start = max(0, finding.span.start - _REACH)
    for stop in _STOP.finditer(text, start, finding.span.start):
        start = stop.end()
    end = _STOP.search(text, finding.span.end, finding.span.end + _REACH)
    return start, end.start() if end is not None else min(len(text), finding.span.end + _REACH)
