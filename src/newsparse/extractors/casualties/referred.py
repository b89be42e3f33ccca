"""The dead named by who they are, with no count: "the names of those who died", "the victims
who died have been identified", "Hamas said many of those killed were militants".

A relative clause on a pronoun or a general noun ("those who died", "the people that died", "the
victims who died") or a part of such a group ("many of those killed") refers to people the story
counts elsewhere, or to no number at all: it tells who they were, not how many (issue 14, people
said to die in general). A finding read there with no count is not a mention. A count the clause
goes on to give ("Those who died number well over 1,000") is the story's own, and kept; a noun
of its own ("his friends who died", "his mother and others died") is a victim, and kept too.
"""

from __future__ import annotations

from newsparse.findings import Casualty
from newsparse.numbers import NUMBER_WORDS
from newsparse.regex_cache import compiled

# The head of the relative clause, just before the finding: "those who", "people who", "the
# victims that".
_HEAD_BEFORE = compiled(
    r"\b(?:those|people|(?:the|all\s+the)\s+(?:people|persons|ones|victims))\s+(?:who|that)\s+$"
)
# A part of the referred group, the finding itself: "many of those killed" ("many of them", after
# a count, is a part of that count).
_PART = compiled(r"(?:many|most|some|all|none|several|few)\s+of\s+those\b")
# A count given after the clause: "Those who died number 12", "... were 12" or "are well over
# 1,000".
_COUNT_AFTER = compiled(
    r"[^.;]{0,40}?\b(?:are|were|numbered|number|totaled|totalled|reached)\s+"
    rf"(?:[a-z]+\s+){{0,2}}(?:\d|(?:{NUMBER_WORDS})\b)"
)
_REACH = 40  # characters before a finding where its head is read


def without_references(lower: str, findings: list[Casualty]) -> list[Casualty]:
    """``findings`` less those with no count that refer to the dead by a relative clause."""
    return [f for f in findings if f.count is not None or not _refers(lower, f)]


def _refers(lower: str, finding: Casualty) -> bool:
    start, end = finding.span.start, finding.span.end
    if finding.kind != "killed":
        return False
    if _PART.match(lower, start) is None and (
        _HEAD_BEFORE.search(lower, max(0, start - _REACH), start) is None
    ):
        return False
    return _COUNT_AFTER.match(lower, end) is None
