"""People made to leave their homes: displaced and evacuated counts told by a verb of force or
order and what the people are made to do ("the fighting has forced thousands of residents to
flee", "officials ordered at least 1.5 million people to evacuate"), or by a mass flight ("some
30,000 people fled the volcano", "nearly 600,000 people have crossed the border after fleeing").

The subject and object rules read a harm word tied to its people; here the harm is split, the
people standing between the verb that makes them go and the going
(:data:`~newsparse._data.casualty_words.MADE_TO_LEAVE`). "fled" alone is told as often of a
suspect ("two men fled the scene") as of the displaced, so it counts displacement only for a
crowd: a count of people of at least :data:`_CROWD` that flees a place or its homes, not "the
scene", on foot or in a vehicle. A crowd's state told as following its flight ("80,000 Rwandans
are emaciated and ill after fleeing the rebel advance", "3,000 villagers have lived in tents since
fleeing the floods") is a displacement as well, read from the count to "fleeing"; its people may
not be harmed otherwise in that clause ("200 guards were arrested after fleeing").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.casualty_words import MADE_TO_LEAVE, MADE_TO_LEAVE_VERBS
from newsparse.extractors.casualties.grammar import (
    COUNTED,
    QUANTITY_AT_START,
    STATE_KIND,
    UNIT,
    group_of,
    kinds_of,
    normal_phrase,
)
from newsparse.extractors.casualties.grammar import compiled_rule as _compiled
from newsparse.extractors.casualties.quantity import QUANTITY, is_crowd_word, read_quantity
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

#: The phrase each kind of leaving is told by, lower case and single-spaced.
LEAVING_KIND = kinds_of(MADE_TO_LEAVE)
#: Words that make a sentence worth reading for these rules (cue words of the extractor).
FLIGHT_CUES = ("flee", "fled", "fleeing", "evacuate")
#: The verbs that make people leave, cue words where their going follows them
#: (:data:`MADE_TO_LEAVE_AT`): "forced 5,000 people from their homes" holds no flight's own word.
MADE_TO_LEAVE_CUES = frozenset(MADE_TO_LEAVE_VERBS)

_MADE_TO_LEAVE = (
    rf"\b(?:{phrase_trie(MADE_TO_LEAVE_VERBS)})\s+(?P<who>{group_of(UNIT)})\s+"
    rf"(?P<harm>{phrase_trie(LEAVING_KIND)})\b"
)
#: A verb that makes people leave, its going in reach after it: the gate's test at the verb,
#: in the lower-cased text.
MADE_TO_LEAVE_AT = compiled(
    rf"(?:{phrase_trie(MADE_TO_LEAVE_VERBS)})\s+[^.;:!?\n]{{1,80}}?\s(?:{phrase_trie(LEAVING_KIND)})\b"
)
# A crowd's flight: "Some 30,000 people fled the Mayon volcano", "2,000 villagers have fled to
# the hills", a plural number word alone ("Millions have fled their homes"); not a flight from
# the scene, on foot or in a car.
_FLED = (
    rf"(?<![\w-])(?P<who>{COUNTED}|{QUANTITY})\s+(?:(?:have|had|has)\s+(?:since\s+|already\s+)?)?"
    r"(?P<harm>fled)\b(?!\s+(?:the\s+scene|on\s+foot|in\s+(?:an?|the|his|her|their)|before|after)\b)"
)
# A crowd in a state its flight has left it in: "nearly 600,000 people have crossed the border
# after fleeing", "80,000 Rwandans near Kisangani are emaciated and ill after fleeing"; the
# people counted, then up to twelve words of the clause, with commas but no other stop; not a
# flight from the scene.
_AFTER_FLEEING = (
    rf"(?<![\w-])(?P<who>{COUNTED})(?P<state>(?:,?\s+[\w'’-]+){{1,12}}?)"
    r"\s+(?:after|since)\s+(?P<harm>fleeing)\b(?!\s+the\s+scene\b)"
)
# One-word harm states: a crowd "arrested after fleeing" or "killed after fleeing" is told by
# that harm, not displaced.
_HARMED = frozenset(phrase for phrase in STATE_KIND if " " not in phrase)
_CROWD = 100  # people: the fewest whose flight is told as a displacement
# the cheap test: a verb that may open a rule
_CHEAP = compiled(r"\b(?:forc|order|fled\b|(?:after|since)\s+fleeing\b)")


def made_to_leave(sentence: str, low: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each group made to leave in ``sentence`` (``low`` lower-cased), with its kind."""
    if (
        not ("forc" in low or "order" in low or "fled" in low or "fleeing" in low)
        or _CHEAP.search(low) is None
    ):
        return  # the pattern's words first: a plain look is several times faster than it
    for cue, rule in (("fled", _FLED), ("fleeing", _AFTER_FLEEING)):
        if cue in low:
            for match in _compiled(rule).finditer(sentence):
                if _a_crowd(match["who"]) and not _HARMED.intersection(
                    (match.groupdict().get("state") or "").lower().split()
                ):
                    yield match, "displaced"
    for match in _compiled(_MADE_TO_LEAVE).finditer(sentence):
        yield match, LEAVING_KIND[normal_phrase(match["harm"])]


def _a_crowd(who: str) -> bool:
    """Whether the people ``who`` are counted at :data:`_CROWD` or more; a bare count is a
    crowd only as a plural number word ("thousands fled"), not a year ("in 1979 fled")."""
    quantity = QUANTITY_AT_START.match(who)
    amount = read_quantity(quantity["quantity"]) if quantity else None
    if amount is None:
        return False
    if quantity is not None and quantity.end() == len(who):
        return is_crowd_word(amount)
    return (amount.count or amount.lower or 0) >= _CROWD
