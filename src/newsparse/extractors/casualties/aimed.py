"""Whether "shot at" tells a person fired on or a person hit at a place.

"was shot at" with nothing after "at" (or a doer, "shot at by police") is fired on, not hit: the
target of "shoot at" is the passive's subject. A determiner after "at" opens a place or an
extent instead ("five people were shot at a party", "a child was shot at his home", "were shot
at close range", "was shot at least twice"): the people were hit. Only a passive tells this: in
"two gunmen shot at a police car" the count is of the doers, and "at" takes the target.
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.grammar import FLAGS

_TIMES = r"(?:\s+(?:once|twice|\w+\s+times))?"
_AT = re.compile(rf"{_TIMES}\s+(?-i:at)\b", FLAGS)
# What opens a place or an extent after "at": a determiner, "least", "close" or "point-blank".
_AT_A_PLACE = re.compile(
    rf"{_TIMES}\s+at\s+(?:an?|the|his|her|their|its|our|my|least|close|point[\s-]blank)\b", FLAGS
)
_BE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|gets|got)\b", FLAGS)


def aimed_at(sentence: str, end: int, aux: str) -> bool:
    """Whether "shot" ending at ``end`` in ``sentence`` (after the auxiliaries ``aux``) is
    followed by an "at" that tells people fired on rather than hit."""
    if _AT.match(sentence, end) is None:
        return False
    return _BE.search(aux) is None or _AT_A_PLACE.match(sentence, end) is None
