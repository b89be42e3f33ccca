"""Where a counted object of a harm verb ends before a participle or an adverb: "a mortar attack that
killed four children playing football", "police arrested four people believed to have sold the
drugs", "a shooting that killed one and injured three others entered pleas", "a gunman shot four
people shortly before 9 p.m.".

The object rule ends the people at a mark, a preposition, a capital or a finite verb it knows.
After the noun of a counted group a word in -ing or -ed opens a phrase that tells more of the
people (a reduced relative clause) or the verb of the clause the harm is told inside; a word in
-ly is an adverb of the harm. Either way the people have ended. Not after a bare number ("1
killed 3 injured" is two headline counts, not three people killed), and not a harm word of its
own ("killing two people wounded ...") or a grade of the harm ("shot two men fatally" is no
shot of two men) that the rules read themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

from newsparse._data.casualty_words import HARM_ACTIONS, HARM_STATES
from newsparse.extractors.casualties.graded import GRADES
from newsparse.extractors.casualties.grammar import FLAGS, QUANTITY_START
from newsparse.extractors.casualties.objects import a_harm_noun
from newsparse.numbers import CARDINAL_WORDS
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

# Harm words and the grades of a harm: read by the rules themselves, never a plain participle.
_HARM_WORDS = phrase_trie(
    {
        *(p for phrases in (*HARM_STATES.values(), *HARM_ACTIONS.values()) for p in phrases),
        *GRADES,
        *"fatally mortally slightly".split(),
    }
)
# The group must close on a word that is no number: one lookbehind a word (each of fixed width).
_NOT_A_NUMBER = "(?<!\\d)" + "".join(f"(?<!\\b{word})" for word in (*CARDINAL_WORDS, "dozen"))
#: The end of an object before a participle or an adverb, for the object rule's pattern.
PARTICIPLE_AFTER = (
    rf"(?<=[a-z]){_NOT_A_NUMBER}(?=\s+(?!(?:{_HARM_WORDS})\b)(?-i:[a-z]+(?:ing|ed|ly))\b)"
)
# A count right after the harm verb, whose first word is the cue: "killing 12", "shot dead two",
# "fatally shooting three", "claimed the lives of 40", "killed more than 100".
_COUNT_NEXT = compiled(
    rf"[\w'’-]+(?:\s+(?:dead|up|down|shooting|wounding|stabbing|striking|shot|the\s+lives?\s+of))?"
    rf"\s+(?:{QUANTITY_START.pattern})",
    FLAGS,
)


class _Rule(Protocol):
    def match(self, sentence: str, at: int) -> re.Match[str] | None: ...


def counted_objects(sentence: str, cues: Iterable[int], rule: _Rule) -> Iterator[re.Match[str]]:
    """``rule`` (a harm verb, then a counted group ended by :data:`PARTICIPLE_AFTER`) matched at
    each of ``cues``, the harm verbs whose object no other rule read; not at a harm noun ("after
    the shooting two men fled")."""
    for at in cues:
        if _COUNT_NEXT.match(sentence, at) is None:
            continue  # the cheap test: no count right after the verb
        match = rule.match(sentence, at)
        if match is not None and not a_harm_noun(sentence, match):
            yield match
