"""Tolls listed after a toll noun and a colon: "a higher toll: 137 in November 2004 and 135 in
April 2004". The colon ties the toll noun to the first count (the extractor's toll rule reads
it); each count the list then joins by "and" or a comma, after a short phrase that places the
one before it ("in November 2004"), is a toll of the same noun, told of another time or place.
The extractor marks those ``past``: a list of tolls compares the story's event with others,
and the counts of different times are no people to add up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extractors.casualties.grammar import FLAGS
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.regex_cache import compiled

# What stands before the next count of the list: a short phrase within the clause and the join.
_JOIN = compiled(r"[^,;:.!?\n]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# The count, which a place or time follows or the list ends after ("135 in April 2004", "96,").
_COUNT = compiled(rf"(?P<who>{QUANTITY})(?=\s+(?:in|on|at|during)\b|\s*[,;.]|\s+and\b|\s*$)", FLAGS)
_COLON = compiled(r":\s*$")
_LISTED = 5  # counts read after the first: a toll list is short


def listed_after(sentence: str, toll: re.Match[str]) -> Iterator[re.Match[str]]:
    """The counts a toll list joins after ``toll``, a toll rule's match whose count follows a
    colon ("toll: 137 in November 2004 and 135 in April 2004" gives the match of 135)."""
    if not _COLON.search(sentence, max(0, toll.start("who") - 3), toll.start("who")):
        return
    at = toll.end()
    for _ in range(_LISTED):
        join = _JOIN.match(sentence, at)
        count = _COUNT.match(sentence, join.end()) if join is not None else None
        if count is None:
            return
        yield count
        at = count.end()
