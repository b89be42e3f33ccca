"""A time phrase between a cue and the clause it reports: 'said Tuesday his plan would pass'.

News puts when just after the verb of saying ('The president said Tuesday his actions are
lawful', 'Sanders vowed last month to stay in the race', 'announcing on Wednesday he would
meet the NRA'), with no 'that' after it. A cue followed by when alone reports nothing after
it ('..., Smith said Tuesday.', 'said Tuesday in a statement'), so the word after the time
phrase decides: one that opens a clause's subject (a pronoun, a determiner, a name or a
number, 'there', a question word) is where the reported clause starts. Any other word goes on
with the cue's own clause ('said Tuesday in Leeds', 'said Tuesday night'), or makes the cue a
participle inside a noun phrase ('The plan announced Monday resolves ...').
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import (
    ATTRIBUTION_TIMES,
    DAY_PARTS,
    DETERMINERS,
    PRONOUN_GENDER,
    QUESTION_WORDS,
)
from newsparse.regex_cache import compiled

_DAYS = "|".join(sorted(ATTRIBUTION_TIMES))
_PARTS = "|".join(sorted(DAY_PARTS))
_PERIODS = "week|month|year|weekend"
# 'Tuesday', 'on Tuesday night', 'last month', 'earlier this week', 'late Monday'; then one
# blank and the first word after it
_TIME_THEN_WORD = compiled(
    rf"[ \t]+(?:on[ \t]+)?(?:(?:late|early)[ \t]+)?"
    rf"(?:(?i:{_DAYS})(?:[ \t]+(?:{_PARTS}))?(?:[ \t]+(?:this|last)[ \t]+(?:{_PERIODS}))?"
    rf"|(?:last|this)[ \t]+(?:{_PERIODS}))"
    r"[ \t]+([^\W_][\w’'-]*)"
)
# lower-case words that open a clause's subject: 'said Tuesday he', 'said Friday the House'
_SUBJECT_STARTS = (
    (DETERMINERS | PRONOUN_GENDER.keys() | QUESTION_WORDS | frozenset(("there", "that")))
    - ATTRIBUTION_TIMES
    - frozenset(("this",))
)  # 'said Tuesday this week' is more of the time


def clause_after_time(text: str, start: int, end: int) -> int | None:
    """Where the reported clause starts after a time phrase at ``start`` ('said Tuesday the
    plan ...' gives the position of 'the'); None when no time phrase comes first or no clause
    follows it."""
    found = _TIME_THEN_WORD.match(text, start, end)
    if found is None:
        return None
    word = found.group(1)
    if word.lower() in _SUBJECT_STARTS or (word[0].isupper() or word[0].isdigit()):
        return found.start(1)
    return None
