"""A story's one victim shot, told dead elsewhere in the story: a killing, not a shot of unknown
outcome.

The guidelines read a victim's outcome over the whole article when the victim died: "a video
... appears to show [the officer] shooting Walter Scott in the back", in a story of "the fatal
shooting of an apparently unarmed black man", is the killing told again. The shot alone names no
outcome, and the story's killing rarely names the same words ("the killing of a black teenager"
... "shooting a black teenager 16 times"), so the test is the story's: it tells someone killed
and one person shot, and nobody else shot or hurt. A second victim's words ("another man was also
shot", "Ruiz's neighbour"), a survival told after the shot ("who is recovering"), a death told
beside it in its sentence, or the news as it came in ("a message that the president had been
shot") keep the shot as it was read; a lone pronoun is left to the named dead (dedupe.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from newsparse.extractors.casualties.grammar import FLAGS
from newsparse.extractors.casualties.survived import lived_after
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

_HURT = frozenset({"shot", "injured"})
# The shot's own words: a gunshot, not a wound told ("shot and wounded", "hurt").
_SHOOTING = compiled(r"\b(?:shot|shoots?|shooting|gunned)\b", FLAGS)
_WOUND = compiled(r"\b(?:wound\w*|injur\w*|hurt|surviv\w*)\b", FLAGS)
# Words that add a victim to one told before: "another man was also shot", "a second person".
_ANOTHER = compiled(
    r"\b(?:also|another|other|others|second|third|fourth|fifth|more|additional|too)\b", FLAGS
)
_ANOTHER_REACH = 20  # characters before the shot where its victim may be told another
# A shot told as the news that came in then ("paged with a message that the president had been
# shot", "word that her son was shot"): the clause tells what was known at that hour, before the
# outcome.
_NEWS_THAT = compiled(
    r"\b(?:message|messages|news|word|report|reports|call|calls|bulletin)\s+that\s+"
    r"(?:[\w'’-]+\s+){0,6}$",
    FLAGS,
)
_NEWS_REACH = 80  # characters before the shot where the news' noun is read
# A lone pronoun for the victim ("he was shot", "shot him") is left to the reading of the one named
# dead (dedupe.py), which knows when the story's dead are too many to tell whom it means.
_PRONOUN = compiled(r"^(?:he|she)\b|\b(?:him|her)$", FLAGS)
# A victim told by a named owner ("Ruiz's neighbour was shot in the leg", "Shriver's wife"): kin or
# a friend of someone named, most often of the dead, so another person.
_OWNED_BY_A_NAME = compiled(r"\b(?-i:[A-Z])[\w-]*['’]s?\s+(?-i:[a-z])", FLAGS)
_BESIDE_REACH = 60  # characters around the shot where a death told beside it is another's


def _a_death_beside(shot: Casualty, killed: Sequence[Casualty], text: str) -> bool:
    """Whether a death is told in the shot's own sentence, next to it: "an officer was shot and a
    man killed" tells two people."""
    return any(
        shot.span.start - _BESIDE_REACH <= f.span.start <= shot.span.end + _BESIDE_REACH
        and "." not in text[min(f.span.end, shot.span.end) : max(f.span.start, shot.span.start)]
        for f in killed
    )


def as_the_killing(
    found: Sequence[Casualty], past: Sequence[Casualty], text: str
) -> tuple[list[Casualty], list[Casualty]]:
    """The story's findings (``found``, and ``past`` for the background) with its one person shot
    read as killed where the story tells one person killed and nobody else shot or hurt."""
    every = (*found, *past)
    killed = [f for f in every if f.kind == "killed"]
    hurt = [f for f in every if f.kind in _HURT]
    if (
        not any(f.count == 1 for f in killed)
        or not hurt
        or any(f.span != hurt[0].span for f in hurt)
    ):
        return list(found), list(past)
    shot = hurt[0]
    if (
        shot.count != 1
        or shot.subset
        or _SHOOTING.search(shot.text) is None
        or _PRONOUN.search(shot.text) is not None
        or _OWNED_BY_A_NAME.search(shot.text) is not None
        or _WOUND.search(shot.text) is not None
        or _ANOTHER.search(text, max(0, shot.span.start - _ANOTHER_REACH), shot.span.end)
        or lived_after(text, shot.span.end)
        or _NEWS_THAT.search(text, max(0, shot.span.start - _NEWS_REACH), shot.span.start)
        or _a_death_beside(shot, killed, text)
    ):
        return list(found), list(past)
    death = evolve(shot, kind="killed")
    return (
        [death if f is shot else f for f in found if f.kind not in _HURT or f is shot],
        [death if f is shot else f for f in past if f.kind not in _HURT or f is shot],
    )
