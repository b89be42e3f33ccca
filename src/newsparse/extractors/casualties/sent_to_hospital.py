"""People a harm sent to hospital, told in the active voice: "a shooting that sent four people to
the hospital", "the blast sent 12 workers to area hospitals", "a home invasion that put three
women into the hospital".

The passive trip ("four people were taken to the hospital") is a harm state the subject rule
reads; here the people stand between the verb (:data:`~newsparse._data.casualty_words.
HOSPITAL_SENDERS`) and the hospital (:data:`~newsparse._data.casualty_words.HOSPITAL_NOUNS`),
so neither rule sees them. A person sent to hospital by the event is one hurt in it (the
annotation guidelines' injured: "hospitalised with injuries"). Deaths from illness are taken
back by the extractor's rules for illness, as for every injured count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.casualty_words import HOSPITAL_NOUNS, HOSPITAL_SENDERS
from newsparse.extractors.casualties.grammar import (
    HOSPITAL_NAME,
    UNIT,
    compiled_rule,
    group_of,
)
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

#: Words that may make a sentence worth reading for this rule (cue words of the extractor): the
#: forms of "send"; "put" is common enough that the whole text's pass would pay for it, so it is
#: read only in the sentences another harm word opens ("a home invasion that put three women into
#: the hospital").
SENDER_CUES = frozenset(verb for verb in HOSPITAL_SENDERS if verb.startswith("sen"))
_SENDERS = phrase_trie(HOSPITAL_SENDERS)
# a hospital after the preposition ("sent two men to jail and then to a hospital" names none)
_TO_HOSPITAL = rf"\s+(?:to|in|into)\s+{HOSPITAL_NAME}{{0,4}}?(?:{phrase_trie(HOSPITAL_NOUNS)})\b"
#: Where a cue word opens the rule, in the lower-cased text: the verb, a short object on one
#: clause, and a hospital.
SENDER_AT = compiled(rf"(?:{phrase_trie(SENDER_CUES)})\s+[^.;:!?\n]{{1,80}}?{_TO_HOSPITAL}")
_SENT = rf"\b(?P<harm>{_SENDERS})\s+(?P<who>{group_of(UNIT)}){_TO_HOSPITAL}"
_CHEAP = compiled(rf"\b(?:{_SENDERS})\s")
_PLACE_WORDS = frozenset(noun.split()[-1] for noun in HOSPITAL_NOUNS)  # "hospital", "center"...


def sent_to_hospital(sentence: str, low: str) -> Iterator[re.Match[str]]:
    """Each group of people sent to hospital in ``sentence`` (``low`` lower-cased)."""
    if not any(word in low for word in _PLACE_WORDS) or _CHEAP.search(low) is None:
        return  # the cue words first: a plain look is several times faster than the pattern
    yield from compiled_rule(_SENT).finditer(sentence)
