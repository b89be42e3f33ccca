"""People trapped by a disaster are missing; people kept in a place by anything else are not.

The guidelines count the "feared trapped" as missing: "150 people believed trapped in a pile of
crushed vehicles", "42 workers remained trapped in a flooded coal shaft", "a colliery flood that
trapped eight". The same word tells of passengers kept on a tarmac, foreigners kept in a country
at war, a batsman out leg before wicket or a man trapped into a deal, none of them lost. A
finding read from "trapped" is kept only where the words around it tell of a disaster that
buries, encloses or sinks people (:data:`~newsparse._data.casualty_words.WRECKAGE_WORDS`): a
collapse, rubble, a mine, a flood, a wreck.
"""

from __future__ import annotations

from newsparse._data.casualty_words import WRECKAGE_WORDS
from newsparse.findings import Casualty
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_WRECKAGE = compiled(rf"\b(?:{phrase_trie(WRECKAGE_WORDS)})\b")
#: Characters before and after the finding read for the disaster: the sentence and the one
#: before it, where news tells what happened ("A bridge collapsed ... 150 people are trapped").
_BEFORE, _AFTER = 300, 150


def in_wreckage(lower: str, found: list[Casualty]) -> list[Casualty]:
    """``found`` without the missing read from "trapped" that no disaster's words surround
    (``lower`` is the story in lower case)."""
    if not found:
        return found  # most sentences read at a cue word find no one
    return [f for f in found if not _untrapped(lower, f)]


def _untrapped(lower: str, finding: Casualty) -> bool:
    start, end = finding.span.start, finding.span.end
    if finding.kind != "missing" or "trapp" not in lower[start:end]:
        return False
    return _WRECKAGE.search(lower, max(0, start - _BEFORE), end + _AFTER) is None
