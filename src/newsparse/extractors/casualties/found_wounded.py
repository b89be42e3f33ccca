"""People found with a wound, told as the object of the finding: "officers found two men with
gunshot wounds", "deputies located a woman with a graze wound to the arm"; or left with one by
the harm, told the same way: "a shooting that left five people with gunshot wounds", "an
incident that left a man with non-life threatening injuries".

The passive ("a man was found with a gunshot wound") is a harm state the subject rule reads; here
the people stand between the verb of finding and "with", so neither the subject rule nor a rule
after a harm verb sees them. As in the passive (:data:`~newsparse._data.casualty_words.
WOUNDS_FOUND`), a gunshot wound found tells a person shot, whom the story often tells next to be
dead, and a wound told lived through (:data:`~newsparse._data.casualty_words.WOUNDS_LIVED`) or
any other wound or injury tells a person hurt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.casualty_words import WOUND_NOUNS, WOUND_WORDS, WOUNDS_LIVED
from newsparse.extractors.casualties.grammar import UNIT, compiled_rule, group_of
from newsparse.patterns import phrase_trie, word_trie
from newsparse.regex_cache import compiled

#: The verbs of finding, and of a harm leaving people wounded, each a cue word of the extractor.
FINDER_CUES = frozenset({"found", "find", "located", "discovered", "left", "leaving"})
_FINDERS = phrase_trie(FINDER_CUES)
# "with", up to four words of how many and how bad, and the wound.
WITH_WOUND = (
    rf"\s+with\s+(?:(?:{word_trie(WOUND_WORDS)})\s+){{0,4}}(?:{phrase_trie(WOUND_NOUNS)})\b"
)
#: Where a cue word opens the rule, in the lower-cased text: the verb, a short object on one
#: clause (an initial's period may stand in it: "found james e. lonaker"), and a wound after
#: "with".
FINDER_AT = compiled(rf"(?:{_FINDERS})\s+(?:[^.;:!?\n]|(?<=\b\w)\.){{1,80}}?{WITH_WOUND}")
# A short place may stand between the people and "with" ("one man in front of the bar with ...").
_FOUND = (
    rf"\b(?P<harm>{_FINDERS})\s+(?P<who>{group_of(UNIT)})"
    rf"(?:\s+(?:in|at|on|near|inside|outside|behind)\s+[^,.;:!?\n]{{1,30}}?)?,?"
    rf"(?P<wound>{WITH_WOUND})"
)
_GUNSHOT = compiled(r"\b(?:gunshot|gun-shot|bullet)\s+wounds?\b")
_LIVED = compiled(rf"\b(?:{phrase_trie(WOUNDS_LIVED)})\b")


def found_wounded(sentence: str, low: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each group of people found with a wound in ``sentence`` (``low`` lower-cased), and its
    kind: ``shot`` for a gunshot wound not told lived through, else ``injured``."""
    if " with " not in low or FINDER_AT.search(low) is None:
        return  # the cheap tests first: most sentences with a wound tell no finding of it
    for match in compiled_rule(_FOUND).finditer(sentence):
        yield match, wound_kind(match.group("wound"))


def wound_kind(wound: str) -> str:
    """The kind of a wound told after "with": ``shot`` for a gunshot wound not told lived
    through, else ``injured``."""
    low = wound.lower()
    return "shot" if _GUNSHOT.search(low) is not None and _LIVED.search(low) is None else "injured"
