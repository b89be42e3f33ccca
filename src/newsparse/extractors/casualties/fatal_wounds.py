"""A wound its person is told to have died of: "A man was wounded Sunday. He died at the
hospital"; "Barney suffered gunshot wounds ... He was taken to Mount Sinai Hospital, where he was
pronounced dead".

The guidelines read the outcome over the whole story: an injury the article says later proved
fatal is not ``injured`` (the death is marked where the text states it), and a victim told shot
who died is ``killed``, not ``shot``. The sentence rules read a death in the wound's own words
("was shot and later died"); a name the story tells killed is read by :func:`.dedupe.named_dead`.
This pass reads a death told of the person a wound was just told of. Each finding that opens on
"he", "she" or "the" and a noun the one before used ("A boy was shot ... The boy died"; "the
victim" for anyone), in that finding's sentence or opening the next one, tells of the same
person; a run of such findings of one person that ends in their death (a finding that says
"died", "dead", "killed" ...) makes each wound in it fatal. A pronoun so placed stands for the
person just told of; a death told farther off, or after another harm, may be someone else's
(the gunman's, a second victim's), and is left alone.
"""

from __future__ import annotations

from itertools import pairwise

from attrs import evolve

from newsparse.extractors.casualties.events import SENTENCE_BREAK
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

_WOUNDS = ("shot", "injured")
# A finding that opens on the person just told of: a pronoun ("he died", "She was pronounced
# dead"), or "the" and a noun for them ("The boy died" after "A boy was shot", "The victim was
# taken to a hospital").
_SAME_PERSON = compiled(r"(?i)(?:he|she|the\s+(?P<noun>[a-z]+))\b")
_VICTIM = "victim"
# A death told in words of a death: not a wound another rule counted killed ("he was shot"),
# which tells no death of its own.
_DEATH_WORDS = compiled(
    r"(?i)\b(?:died|dies|dead|deceased|death|killed|succumbed|fatally|passed\s+away|"
    r"lost\s+(?:his|her)\s+life)\b"
)
# What may stand between the sentence break and the words that open the next sentence.
_OPENING = compiled(r"[\s\"“‘'(]*")


def without_fatal_wounds(findings: list[Casualty], text: str) -> list[Casualty]:
    """``findings`` (of ``text``) less each wound of one person that the findings after it,
    each of the same person, tell that person died of; a person told shot is counted killed."""
    told = sorted(findings, key=lambda f: (f.span.start, f.span.end))
    dies: set[Casualty] = set()  # the findings of a person the next ones tell died
    for before, after in reversed(list(pairwise(told))):
        if (
            _of_one(before)
            and (_a_death(after) or after in dies)
            and _same_person(before, after, text)
        ):
            dies.add(before)
    fatal = [f for f in dies if f.kind in _WOUNDS and not (f.inferred or f.subset or f.past)]
    if not fatal:
        return findings
    shot = {f: evolve(f, kind="killed") for f in fatal if f.kind == "shot"}
    return [shot.get(f, f) for f in findings if f not in fatal or f in shot]


def _of_one(finding: Casualty) -> bool:
    return finding.count == 1 and finding.kind in (*_WOUNDS, "killed")


def _a_death(finding: Casualty) -> bool:
    return (
        finding.kind == "killed"
        and finding.count == 1
        and not finding.inferred
        and _DEATH_WORDS.search(finding.text) is not None
    )


def _same_person(before: Casualty, after: Casualty, text: str) -> bool:
    """Whether ``after`` tells of the person ``before`` told of: it opens on a pronoun or on
    "the" and a noun ``before`` used (or "the victim"), in the same sentence or opening the
    next one."""
    opens = _SAME_PERSON.match(after.text)
    if opens is None:
        return False
    noun = opens["noun"]
    if (
        noun is not None
        and noun.lower() != _VICTIM
        and noun.lower() not in before.text.lower().split()
    ):
        return False
    between = SENTENCE_BREAK.search(text, before.span.end, after.span.start)
    if between is None:
        return True
    if SENTENCE_BREAK.search(text, between.end(), after.span.start) is not None:
        return False
    return _OPENING.fullmatch(text, between.end(), after.span.start) is not None
