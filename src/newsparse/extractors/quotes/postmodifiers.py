"""Whether the words between a sentence's subject and its cue modify that subject.

A subject is often a head noun and the phrases after it that say which one: 'A popular column
in the national Asahi newspaper attacked the comment', 'Few on either side of the debate
think ...', 'The conservative majority on the Supreme Court refused ...', 'A 2014 estimate by
Congress's Joint Committee on Taxation projected ...'. The head is the speaker, however long
the phrases; the words between it and its verb are no clause of their own when they open on
a preposition and hold only noun phrases and further prepositions: no mark that sets off a
clause, no verb (a form of 'be', 'have' or 'do', a modal, a cue verb, a word in -ed or -ing),
no personal pronoun (the subject of a clause: 'the facilities she is advising') and no word
that opens a clause ('who', 'that', 'and'). Words like these, read without a parser, are what
a noun phrase is made of; a verb among them ('Smith in 2010 wrote a book that said ...')
leaves the cue to a subject of its own. The head has no such verb either ('The inquiry
resulted in ...'), and the cue is a verb of the clause, not a word in the phrase: it does not
follow a determiner or a possessive ('a protest against the alleged rigging', 'Democrats'
repeated assertions') and is no bare participle ('Recordings from the scene showing ...').
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import (
    CLAUSE_CONTINUATIONS,
    CUE_VERBS,
    DETERMINERS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    REPORTED_ONLY_CUES,
    SUBORDINATORS,
)
from newsparse.regex_cache import compiled
from newsparse.span import Span

# the prepositions a noun's modifier opens on: 'voters in Iowa', 'the head of the agency'
PREPOSITIONS = frozenset(
    """
    of in on at from by for with among across around within inside outside throughout near
    """.split()
)
_MAX_WORDS = 12  # 'in the national Asahi newspaper', 'on either side of the debate'
_WORD = compiled(r"[^\W_][\w’'.-]*")
_OPENING = compiled(r"[ \t]+([a-z]+)(?![\w’'.-])")  # the gap's first word, in lower case
_MARKS = frozenset(',;:()[]—–"“”')  # what sets off an appositive or a clause
# words that make a clause of the phrase: verbs of being, auxiliaries and modals, cue verbs,
# personal pronouns, relative and subordinating words ('The head of the agency that said ...')
_CLAUSE_WORDS = (
    CLAUSE_CONTINUATIONS
    | CUE_VERBS
    | REPORTED_ONLY_CUES
    | PRONOUN_GENDER.keys()
    | RELATIVE_PRONOUNS
    | SUBORDINATORS
    | {"that", "whom", "whose", "not"}
)
# what the word before a verb of the clause is not: a noun phrase's opening ('the alleged')
_NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS


def modifies_subject(text: str, subject: Span, cue: Span) -> bool:
    """Whether the words between ``subject`` and ``cue`` are a chain of prepositional phrases
    modifying the subject: they open on a preposition and hold up to ``_MAX_WORDS`` words, no
    mark setting off a clause and no verb or clause word (a capitalised word is a name,
    whatever its ending: 'Reporting', 'United'); nor does the subject hold a verb, and the
    cue is a verb of the clause."""
    opening = _OPENING.match(text, subject.end, cue.start)
    if opening is None or opening.group(1).lower() not in PREPOSITIONS:
        return False  # most gaps: a first word read alone rules them out
    gap = text[subject.end : cue.start]
    if any(mark in gap for mark in _MARKS) or "\n" in gap:
        return False
    words = _WORD.findall(gap)
    if len(words) > _MAX_WORDS:
        return False
    last = words[-1].lower()
    if last in _NOT_BEFORE_VERB or last.endswith(("'", "’", "'s", "’s")):
        return False  # 'the alleged rigging', "Democrats' repeated assertions"
    first = _WORD.match(text, cue.start, cue.end)
    if first is None or first.group().endswith("ing"):
        return False  # a participle of the phrase: 'Recordings from the scene showing ...'
    head = _WORD.findall(text, subject.start, subject.end)
    return not any(_verb_like(word) for word in words) and not any(map(looks_verbal, head))


def looks_verbal(word: str) -> bool:
    """Whether a word reads as a verb form: lower case, in -ed or -ing (a capitalised one is a
    name, whatever its ending: 'Reporting', 'United')."""
    return word.islower() and word.endswith(("ed", "ing"))


def _verb_like(word: str) -> bool:
    """Whether a word of the phrase makes a clause of it: a verb or a clause word."""
    return word.lower() in _CLAUSE_WORDS or looks_verbal(word)
