"""Participles that name a thing by a proper name: 'a group called Citizens for Trump', 'a man
named John Smith', 'an operation dubbed Desert Storm'.

After a common noun, 'called', 'named', 'dubbed' and the like are a reduced relative clause
('a group [that is] called X'): they say what the noun is called, and nobody speaks. Read as a
cue, 'organizer of a group called Citizens for Trump' gives the speaker 'organizer of a group'
and takes the next quote, and 'a man named John Smith said ...' reports 'John Smith said ...'
as the man's words. The shape is told by grammar alone: a lower-case word right before the
participle that no closed class holds (so a noun: not 'he', 'also', 'later', 'has', 'and', nor
an adverb in -ly), and a capitalised name right after it with no second object after the name
('his daughter called Trump a "barbarian"', 'one lawmaker called Trump "the orange prince"',
'officials called Smith reckless', "called AP's report a 'rush to judgment'" say what a speaker
called someone). An object relative clause ('what officials called Operation X') keeps its
verb. The quoted form ('the loophole called an "inversion"') is read by
:func:`.cues.find_cues`, which credits the quoted words to the sentence's subject.
"""

from __future__ import annotations

import re

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.reporting_verbs import (
    ATTRIBUTION_TIMES,
    CLAUSE_CONTINUATIONS,
    CUE_MODIFIERS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
)
from newsparse.extractors.quotes.function_words import is_function_word
from newsparse.regex_cache import compiled

#: Participles that give a thing its name ('described' is left out: 'the official described
#: Conditt, who ...' says something of a person).
NAME_GIVING = frozenset(
    "called named dubbed titled entitled labeled labelled branded nicknamed christened".split()
)
# the noun right before the participle, and an object relative's word up to three words before it
_NOUN_BEFORE = compiled(r"(?<![\w’'-])([a-z][a-z’'-]*)[ \t]+$")
_OBJECT_RELATIVE = compiled(
    r"(?<![\w’'-])(?:what|which|that)[ \t]+(?:[\w’'.-]+[ \t]+){0,3}$", re.IGNORECASE
)
_REACH = 60  # characters read back for them
# the name after the participle: capitalised words, maybe joined by a lower-case particle
# ('Citizens for Trump', 'Legends of Monk Warriors'), then what follows it
_NAME = compiled(
    r"[ \t]+[A-Z][\w.’'-]*(?:[ \t]+(?:(?:of|for|de|del|la|and|the)[ \t]+)?[A-Z0-9][\w.’'-]*)*"
)
# a second object after the name: an article, a quotation mark, an adjective's word
_SECOND_OBJECT = compiled(r"[ \t]*(?:[\"“«]|``|'')|[ \t]+(?:(a|an|the|as)[ \t]|([a-z][\w-]*))")
# lower-case words before the participle that are no noun: auxiliaries, adverbs, pronouns
_NOT_NOUNS = (CLAUSE_CONTINUATIONS | CUE_MODIFIERS | ATTRIBUTION_TIMES | RELATIVE_PRONOUNS).union(
    PRONOUN_GENDER
)


def names_by_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a participle naming the noun before it by the name
    after it ('a group called Citizens for Trump'), so no cue."""
    if text[start:end] not in NAME_GIVING:
        return False
    lead = text[max(0, start - _REACH) : start]
    noun = _NOUN_BEFORE.search(lead)
    if noun is None:
        return False
    word = noun[1]
    if word in _NOT_NOUNS or is_function_word(word) or word.endswith("ly"):
        return False
    if _OBJECT_RELATIVE.search(lead, 0, noun.start()):
        return False  # 'what officials called Operation X'
    name = _NAME.match(text, end)
    if name is None or name[0].endswith(("'s", "’s")):
        return False  # "called AP's report a ..."
    second = _SECOND_OBJECT.match(text, name.end())
    if second is None or name[0].endswith("."):
        return True  # 'a group called Citizens for Trump, which ...', '... Trump. "We ...'
    if second[2] is not None:
        return second[2] not in ADJECTIVES  # 'a man named John Smith said', not 'Smith reckless'
    return False  # an article, 'as' or a quotation mark: 'called Trump a "barbarian"'
