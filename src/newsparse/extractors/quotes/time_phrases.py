"""A time phrase between a cue and the clause it reports: 'said Tuesday his plan would pass'.

News puts when just after the verb of saying ('The president said Tuesday his actions are
lawful', 'Sanders vowed last month to stay in the race', 'announcing on Wednesday he would
meet the NRA'), with no 'that' after it. A cue followed by when alone reports nothing after
it ('..., Smith said Tuesday.', 'said Tuesday in a statement'), so the words after the time
phrase decide: a word that opens a clause or an infinitive (a subject, a determiner, 'to'),
not a preposition, a conjunction, a verb or a mark, is where the reported clause starts.
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import (
    ATTRIBUTION_LINKS,
    ATTRIBUTION_TIMES,
    CLAUSE_CONTINUATIONS,
)
from newsparse.regex_cache import compiled

_DAYS = "|".join(sorted(ATTRIBUTION_TIMES))
_PARTS = "morning|afternoon|evening|night"
_PERIODS = "week|month|year|weekend"
# 'Tuesday', 'on Tuesday night', 'last month', 'earlier this week', 'late Monday'; then one
# blank and the first word after it
_TIME_THEN_WORD = compiled(
    rf"[ \t]+(?:on[ \t]+)?(?:(?:late|early)[ \t]+)?"
    rf"(?:(?i:{_DAYS})(?:[ \t]+(?:{_PARTS}))?(?:[ \t]+(?:this|last)[ \t]+(?:{_PERIODS}))?"
    rf"|(?:last|this)[ \t]+(?:{_PERIODS}))"
    r"[ \t]+([^\W_][\w’'-]*)"
)
# words after the time phrase that go on with the cue's own clause, not a reported one: a
# preposition or a conjunction ('said Tuesday in a statement'), a verb whose subject the cue
# describes ('A draft approved Saturday would move'), or more of the time ('said Tuesday night.')
_NOT_CLAUSE_STARTS = (
    ATTRIBUTION_LINKS
    | CLAUSE_CONTINUATIONS
    | ATTRIBUTION_TIMES
    | frozenset(f"{_PARTS}|{_PERIODS}".split("|"))
    | frozenset("but by for about to than through into under this last next".split())
)


def clause_after_time(text: str, start: int, end: int) -> int | None:
    """Where the reported clause starts after a time phrase at ``start`` ('said Tuesday the
    plan ...' gives the position of 'the'); None when no time phrase comes first or no clause
    follows it."""
    found = _TIME_THEN_WORD.match(text, start, end)
    if found is None:
        return None
    word = found.group(1).lower()
    if word in _NOT_CLAUSE_STARTS or word.endswith("ly"):  # 'expected this year heavily from'
        return None
    return found.start(1)
