"""Whether "jailed" tells an arrest or a court's sentence.

The guidelines make a person jailed or sent to jail with no trial or sentence told an arrest
("Paul Manafort was sent to jail Friday after a federal judge revoked his bail", "two journalists
were jailed after the protest"), and a prison sentence none. News uses the same words for both:
"a court jailed him for seven years", "two men were jailed for life", "was convicted and jailed".
A finding read from "jailed" or "sent to jail"
(:data:`~newsparse._data.casualty_words.HARM_STATES`) is kept only where the story tells no
sentence (the guidelines: "no trial or sentence in the text"): no sentence passed anywhere
("was sentenced to 13 years in jail", "awaiting sentencing"), and no term told right after the
words ("for life", "for 18 months", "with three-year terms").
"""

from __future__ import annotations

from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

# A sentence passed anywhere in the story: "was sentenced to 13 years", "awaiting sentencing". A
# conviction alone is often an earlier case's ("a convicted felon", "was convicted of disorderly
# conduct in recent years"), and a term alone what a charge risks ("faces 80 years in prison").
_VERDICT = compiled(r"\bsentenc(?:ed|ing)\b")
# A sentence denied before it in its own sentence: "has not been sentenced", "was never
# sentenced", "is yet to be sentenced", "has not been tried yet, never mind convicted and
# sentenced".
_DENIED = compiled(r"\b(?:not|never|yet)\b|n[’']t\b")
_SENTENCE_START = compiled(r"[.!?]\s")
# The words of a jailing: "were jailed", "was sent to jail", "is behind bars".
_JAILED = compiled(r"\bjailed\b|\bto\s+jail\b|\bbehind\s+bars\b")
# Where people are kept, as a state: "now behind bars".
_KEPT = compiled(r"\bbehind\s+bars\b")
#: A count of people kept behind bars from which it is a place's population, not one event's
#: arrests.
_POPULATION = 100
#: Characters before a sentence passed read for its denial.
_DENIAL_REACH = 120
# A term told right after the jail word: "jailed for life", "for 18 months", "for up to five
# years", "with three-year terms".
_TERM = compiled(
    r"\s+(?:\w+\s+){0,3}?(?:for\s+(?:life|(?:up\s+to\s+|at\s+least\s+)?(?:[\w.,-]+\s+){1,2}"
    r"(?:years?|months?|weeks?|days?))|[\w-]+-(?:year|month|week|day)\s+(?:terms?|sentences?))\b"
)


def without_sentences(lower: str, found: list[Casualty]) -> list[Casualty]:
    """``found`` without the arrests read from "jailed" or "sent to jail" that a court's sentence
    makes none (``lower`` is the story in lower case); "held in the county jail" tells custody
    whatever the court does next, and is kept."""
    jailings = [
        f for f in found if f.kind == "arrested" and _JAILED.search(lower, f.span.start, f.span.end)
    ]
    if not jailings:
        return found  # most sentences tell no jailing, and the story is not read for a sentence
    passed = any(not _denied(lower, verdict.start()) for verdict in _VERDICT.finditer(lower))
    return [
        f
        for f in found
        if f not in jailings
        or not (passed or _TERM.match(lower, f.span.end) or _a_population(lower, f))
    ]


def _a_population(lower: str, jailing: Casualty) -> bool:
    """Whether ``jailing`` counts the people a place holds rather than those one event put there:
    "less than 4,000 people now behind bars"."""
    return (
        jailing.count is not None
        and jailing.count >= _POPULATION
        and _KEPT.search(lower, jailing.span.start, jailing.span.end) is not None
    )


def _denied(lower: str, at: int) -> bool:
    """Whether the words of ``lower``'s sentence before ``at`` deny what is told at ``at``."""
    start = max(0, at - _DENIAL_REACH)
    for mark in _SENTENCE_START.finditer(lower, start, at):
        start = mark.end()
    return _DENIED.search(lower, start, at) is not None
