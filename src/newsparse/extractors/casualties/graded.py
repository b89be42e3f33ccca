"""A part of an injured count told by its grade after a comma: "eight others injured, seven
seriously", "Four people were wounded, one critically", "Six injured, two critically".

News grades the hurt it has just counted with a count and an adverb of severity alone, the
harm word left out; the guidelines mark that count as a part of the group (a subset), as they
mark "including two children". No other rule reads a bare count before an adverb. Only a count
right after the comma that closes an injured finding ending in its harm word is read, and only
a number ("many seriously" tells no count of its own).
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.patterns import word_trie

#: The adverbs that grade a harm as grave: "seven seriously", "critically injured".
GRADES = ("seriously", "critically", "severely", "gravely", "badly")
#: The graded count after the comma; the finding spans the count and its grade.
GRADED_PART = rf"(?P<who>{QUANTITY})\s+(?:{word_trie(GRADES)})\b"
_COMMA = re.compile(r"\s*,\s+")


def graded_cue(low: str) -> bool:
    """The cheap test on the lower-cased sentence: a comma and an adverb of severity."""
    return "," in low and any(grade in low for grade in GRADES)


def after_comma(sentence: str, end: int) -> int | None:
    """Where the words after the comma that closes a finding at ``end`` begin, if one does."""
    comma = _COMMA.match(sentence, end)
    return None if comma is None else comma.end()
