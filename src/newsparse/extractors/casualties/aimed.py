"""Whether "shot at" tells a person fired on or a person hit at a place.

"was shot at" with nothing after "at" (or a doer, "shot at by police") is fired on, not hit: the
target of "shoot at" is the passive's subject. A determiner after "at" opens a place or an
extent instead ("five people were shot at a party", "a child was shot at his home", "were shot
at close range", "was shot at least twice"): the people were hit. So do a place's name, an
address and a clock time, which no target of the passive can be ("seven people were shot at
Peregrine Park", "was shot at 921 Vance St.", "were shot at 9:53 p.m.", "was shot at about 1
a.m.", "was shot at home"); a number of times is none ("was shot at 10 times"), nor is the name
of a day or a month, which "at" does not open ("were shot at Sunday night" were fired on). Only
a passive tells this: in "two gunmen shot at a police car" the count is of the doers, and "at"
takes the target.
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import WEEKDAYS
from newsparse.extractors.casualties.grammar import AUX, FLAGS
from newsparse.extractors.casualties.people import is_victim
from newsparse.extractors.casualties.periods import MONTH_NAMES
from newsparse.regex_cache import compiled

_TIMES = r"(?:\s+(?:once|twice|\w+\s+times))?"
_AT = compiled(rf"{_TIMES}\s+(?-i:at)\b", FLAGS)
# What opens a place or an extent after "at": a determiner, "least", "close", "point-blank" or
# "home", a capital (a place's name), or a number not of times (an address, a clock time).
_AT_A_PLACE = compiled(
    rf"{_TIMES}\s+at\s+(?:(?:an?|the|his|her|their|its|our|my|least|close|point[\s-]blank|home)\b"
    rf"|(?!(?:{'|'.join((*sorted(WEEKDAYS), *MONTH_NAMES))})\b)(?-i:[A-Z])"  # a place's name
    r"|(?:(?:about|around|approximately)\s+)?\d(?![\d,.]*\s+times\b))",  # an address, a time
    FLAGS,
)
# A form of "be" right before the participle, the auxiliaries' adverbs between ("were also
# found shot at the scene"): the passive.
_BE_BEFORE = compiled(rf"\b(?:was|were|is|are|be|been|being|get|gets|got){AUX}\s+$", FLAGS)
_BE_REACH = 40  # characters read back from the participle
# A subject that makes the participle an active past: a relative or a pronoun right before it.
_ACTIVE_SUBJECT = compiled(r"\b(?:who|that|which|he|she|they|we|i|you)\s+$", FLAGS)
# A headline's bare noun after "at" and the word it is.
_AT_WORD = compiled(rf"{_TIMES}\s+at\s+([a-z][\w'’-]*)\b", FLAGS)
_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it", "one", "each", "someone"})


def _headline(sentence: str) -> bool:
    """Whether ``sentence`` is a headline: it ends in a word or a number, not a stop or a quote."""
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1].isalnum()


def _headline_place(sentence: str, end: int) -> bool:
    """Whether a headline's "at" after ``end`` opens a bare noun that names no one."""
    word = _AT_WORD.match(sentence, end)
    return word is not None and word[1] not in _PRONOUNS and not is_victim(word[1].lower())


def aimed_at(sentence: str, harm: int, end: int) -> bool:
    """Whether "shot" from ``harm`` to ``end`` in ``sentence`` is followed by an "at" that tells
    people fired on rather than hit."""
    if _AT.match(sentence, end) is None:
        return False
    if _BE_BEFORE.search(sentence, max(0, harm - _BE_REACH), harm) is not None:
        return _AT_A_PLACE.match(sentence, end) is None
    if not _headline(sentence) or _ACTIVE_SUBJECT.search(sentence, max(0, harm - 8), harm):
        return True
    return _AT_A_PLACE.match(sentence, end) is None and not _headline_place(sentence, end)
