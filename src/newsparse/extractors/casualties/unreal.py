"""Harms a sentence names that are no harm told: a claim the story says has no ground
("baselessly accusing the host of murdering her"), a harm kept from happening ("protect the
innocent from being murdered"), one person's arrests told as a habit ("had been arrested in
several states"), an act named as one of a kind's alternatives ("doing unjust things or killing an
innocent person"), hurt that is figurative ("hurting Hillary Clinton in the polls"), a harm
offered as potential ("potentially displacing hundreds of thousands"), and a harm told in the
present progressive ("You're killing an innocent man").

The rules read who was harmed; these tests read the words around a finding and say it tells no
event, so they run once over a sentence's findings, after every rule.
"""

from __future__ import annotations

from newsparse.extractors.casualties.grammar import FLAGS
from newsparse.regex_cache import compiled

# A claim the story says has no ground: "baselessly accusing the host of murdering her", "accused
# him without evidence of killing", "a tweet that suggests she was murdered without evidence".
# The harm is the claim's, not a fact the news tells. Only words that doubt the harm itself count:
# "falsely" or "wrongly" accused may name the wrong killer of a real killing.
_CLAIMING = compiled(
    r"\b(?:accus\w*|claim\w*|suggest\w*|alleg\w*|insinuat\w*|impl(?:y|ies|ied|ying)|"
    r"conspiracy|rumou?rs?|smear\w*)\b",
    FLAGS,
)
_UNFOUNDED = compiled(
    r"\b(?:baseless\w*|groundless\w*|unfounded|unsubstantiated|unproven|"
    r"without\s+(?:any\s+)?(?:evidence|proof|basis))\b",
    FLAGS,
)
CLAIM_REACH = 120  # characters before a harm where the claim is read
_UNFOUNDED_AFTER = 40  # characters after a harm where the claim is still doubted


def unfounded(sentence: str, start: int, end: int) -> bool:
    """Whether the harm in ``sentence[start:end]`` is only claimed, and the claim said to be
    without ground ("baselessly accusing the host of murdering her")."""
    # the harm's own clause, from its last ';' within reach (looked for there only: a long
    # sentence with none was read back to its start for every harm)
    reach = max(0, start - CLAIM_REACH)
    first = max(reach, sentence.rfind(";", reach, start))
    return (
        _CLAIMING.search(sentence, first, start) is not None
        and _UNFOUNDED.search(sentence, first, end + _UNFOUNDED_AFTER) is not None
    )


# A harm kept from happening: "protect the innocent from being murdered", "saved them from being
# killed"; not "died from being hit", whose verb is no keeping.
_KEPT_FROM = compiled(
    r"\b(?:protect|sav|shield|spar|keep|kept|stop|prevent|guard|rescu|defend|bar)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?from\s+being\s+[\w-]+$",
    FLAGS,
)
_KEPT_REACH = 80  # characters before a finding where the keeping verb is read
# One person's arrests told as a habit, after the harm in its clause: "arrested in several
# states", "arrested at this march in each of the last three years", "detained repeatedly".
_HABITS = (
    r"in\s+each\s+of",
    r"in\s+(?:several|many|multiple|numerous|various|different)\s+\w+",
    r"on\s+(?:several|many|multiple|numerous)\s+occasions",
    r"repeatedly",
    r"every\s+(?:year|time)",
)
_ITERATED = compiled(rf"(?:\s+(?![\w'’-]+[.;])[\w'’-]+){{0,6}}?\s+(?:{'|'.join(_HABITS)})\b", FLAGS)
# "hurt" of a person by name is the word's figurative sense in news ("the committee's work is
# hurting Hillary Clinton"): a body is hurt by something told, a name by words and polls.
_HURT_A_NAME = compiled(r"hurt(?:s|ing)?\s+(?-i:[A-Z])", FLAGS)

# An act named, not told: a harm in -ing of one indefinite person, offered as one of alternative
# acts ("a person doing unjust things or killing an innocent person", "a crime, like shooting an
# unarmed civilian or raping a prisoner"). A count between alternatives ("killed seven or eight")
# is told.
_GERUND_OF_ANY = compiled(r"[a-z]+ing\s+an?\s", FLAGS)
_OR_ACT_AFTER = compiled(r",?\s+or\s+[a-z]+ing\b", FLAGS)


def _an_act_of_a_kind(sentence: str, start: int, end: int) -> bool:
    return _GERUND_OF_ANY.match(sentence, start) is not None and (
        sentence.endswith(" or ", 0, start) or _OR_ACT_AFTER.match(sentence, end) is not None
    )


# A harm in the present progressive: a speaker's charge, a threat or a general claim, not an
# event the news tells ("You're killing an innocent man", "if we find him we are shooting him",
# "windmills are killing hundreds of eagles"). News tells an attack in the past tense; the people
# held now are told as a state ("ISIS is holding four hostages") and kept.
_ONGOING = compiled(r"(?!holding\b|keeping\b)[a-z]+ing\b", FLAGS)
_PROGRESSIVE = compiled(
    r"(?:\b(?:are|is|am)|['’]re)\s+(?:(?:still|now|just|also|almost|already|\w+ly)\s+)?$", FLAGS
)
_PROGRESSIVE_REACH = 24  # characters before a harm where its auxiliary is read


def _ongoing(sentence: str, start: int) -> bool:
    return _ONGOING.match(sentence, start) is not None and (
        _PROGRESSIVE.search(sentence, max(0, start - _PROGRESSIVE_REACH), start) is not None
    )


# A harm offered as a possibility, not told: "new fighting, potentially displacing hundreds of
# thousands", "could have translated to potentially hundreds of injuries". "possibly" is left
# out: news hedges a harm done with it as well ("possibly up to 20 people who have been injured").
_POTENTIAL = compiled(r"\bpotentially\s+$", FLAGS)
_POTENTIAL_REACH = 16  # characters before a harm where the adverb is read


def not_told(sentence: str, start: int, end: int, kind: str, count: int | None) -> bool:
    """Whether the finding at ``sentence[start:end]`` of ``kind`` names a harm the sentence does
    not tell happened: claimed without ground, kept from happening, one person's habit of arrest,
    an act of a kind, figurative hurt, a harm offered as potential, or a harm told as going on
    now."""
    return (
        unfounded(sentence, start, end)
        or _ongoing(sentence, start)
        or _POTENTIAL.search(sentence, max(0, start - _POTENTIAL_REACH), start) is not None
        or _KEPT_FROM.search(sentence, max(0, start - _KEPT_REACH), end) is not None
        or (kind == "arrested" and count == 1 and _ITERATED.match(sentence, end) is not None)
        or (kind == "injured" and _HURT_A_NAME.match(sentence, start) is not None)
        or (count == 1 and _an_act_of_a_kind(sentence, start, end))
    )
