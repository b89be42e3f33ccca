"""A subject told across a relative clause that holds a harm of its own.

"A gunman who killed two people was shot dead", "The man who shot them was arrested", "Daniel
Lee, who was convicted of killing a family, was executed": the state after the clause is its
head's, one gunman shot dead. The extractor's subject rule reads a relative clause between a
subject and its verb only when it holds no harm ("a gunman who took hostages has been killed"),
so that "the man who killed two people was arrested" gives no count to the two; then nobody is
read for the state at all, or a person inside the clause is taken for the subject ("the friend
who shot the teen boy has been arrested": the boy was shot, the friend arrested).

This rule reads the people before "who" as the subject, the clause (with its harm, read by the
rules for objects and states on their own) between them and the verb. A clause opened after a
comma closes with one before the verb; one opened without a comma holds none, so a verb of a
later clause ("a man who shot a clerk, police said, was") is not taken for the head's.
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.grammar import AUX, STATE_SUBJECT_UNIT, STATES, group_of
from newsparse.regex_cache import compiled

_REACH = 200  # characters before the state where the head and its clause are read
HEAD_REACH = 80  # characters before "who" where its head may open: "A 19-year-old Florence man"
_CLAUSE = r"[^.;:!?\"“”()—–]{1,160}?"
_BARE_CLAUSE = r"[^,.;:!?\"“”()—–]{1,160}?"
#: The people (``who``), the relative clause (``clause``), and the state told of the people.
RELATIVE_SUBJECT = (
    rf"(?<![\w-])(?P<who>{group_of(STATE_SUBJECT_UNIT)})"
    rf"(?:,\s+who\s+(?P<aside>{_CLAUSE}),|\s+who\s+(?P<clause>{_BARE_CLAUSE}))"
    rf"(?P<aux>{AUX})\s+(?P<harm>{STATES})\b"
)


# What makes a clause's words another clause's, whose state is not the head's: a subordinate
# clause with a subject of its own ("who lives near where Floyd was killed", "a shooting that
# left four others dead"), another relative clause ("a man who was shot and a woman who was
# shot were"), or a new subject joined by "and" ("two who were struck refused treatment and
# three others were taken").
_OTHER_CLAUSE = compiled(
    r"\b(?:who|whom|whose|which|that|where|when|whenever|after|before|while|because|until|since"
    r"|if|as|though|although)\b"
    r"|\b(?:and|but|or)\s+(?:an?|the|his|her|their|its|this|that|these|those|he|she|they|we|i"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|another|other|others|some|all|\d)\b"
)
# A finite verb before the state: the head's predicate, not a participle of the clause ("a man who
# shot three women and then killed himself", "the gunman who killed a boy and critically injured").
_FINITE = compiled(r"\b(?:was|were|is|are|has|have|had|remains?|remained)\b")
_FINITE_STATE = compiled(r"(?:died|dies|remains?|remained)\b")
_PLURAL_AUX = compiled(r"\s+(?:were|are|have)\b")


def told_of_the_head(match: re.Match[str], low: str, one: bool) -> bool:
    """Whether the state of a match of :data:`RELATIVE_SUBJECT` (``low`` the sentence lower-cased)
    is told of its head: the clause holds a harm of its own (else the subject rule reads the
    match), no other clause, and the verb is finite and agrees with the head, ``one`` person or
    more."""
    start, end = clause_of(match)
    if _OTHER_CLAUSE.search(low, start, end):
        return False
    aux = low[match.start("aux") : match.end("aux")]
    if not _FINITE.search(aux) and not _FINITE_STATE.match(low, match.start("harm")):
        return False
    return not (one and _PLURAL_AUX.match(aux))


def who_between(low: str, at: int) -> int | None:
    """Where the last "who" before ``at`` opens (at its space, or a comma before it), in reach
    (``low`` lower-cased): the cheap test before the rule is tried. A clause holds no other
    "who" (see :func:`told_of_the_head`), so the last is the one."""
    found = low.rfind(" who ", max(0, at - _REACH), at)
    if found < 0:
        return None
    return found - 1 if low.startswith(",", found - 1) else found


def clause_of(match: re.Match[str]) -> tuple[int, int]:
    """The relative clause of a match of :data:`RELATIVE_SUBJECT`, as offsets."""
    name = "aside" if match["aside"] is not None else "clause"
    return match.start(name), match.end(name)
