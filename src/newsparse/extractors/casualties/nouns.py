"""Harm nouns whose count or person is read around them rather than from a counted group:
tallies ("the number of people killed rose to 12"), parts of the harmed ("three of the dead")
and harms owned by a person ("Slepian's murder", "his arrest").

Each reader is tried only at the cue words of a sentence and yields matches; the extractor
turns them into findings, so these noun readers live apart from the subject and object rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.casualty_words import NAMED_HARM
from newsparse.extractors.casualties.gates import NEGATION_REACH, PREVENTED, SOUGHT
from newsparse.extractors.casualties.grammar import (
    FLAGS,
    NAMED,
    QUANTITY_START,
    STATE_KIND,
    SURNAME,
    TITLE,
    compiled_rule,
    kinds_of,
)
from newsparse.extractors.casualties.names import OWNER_REACH
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

#: A tally told by "the number of" and the people's state: "the number of U.S. soldiers killed on
#: Tuesday to seven", "the number of people in custody stood at 12"; or with the count first:
#: "brought to nine the number of people in custody". The state gives the kind.
_TALLIED = rf"number\s+(?:of\s+)?(?:[\w'’.-]+\s+){{0,4}}?(?P<harm>{phrase_trie(STATE_KIND)})\b"
_NOT_PEOPLE_AFTER = (
    r"(?!\s*(?:%|percent\b|per\s+cent\b|times\b|dollars\b|euros\b|[ap]\.?m\b|o['’]clock\b))"
)
_NUMBER_OF = (
    rf"{_TALLIED}(?:[^.;:!?]{{0,60}}?\s)??(?:to|at|reached|hit|is|was|stood\s+at|stands\s+at|"
    r"topped|exceeded|passed|surpassed)\s+"
    rf"(?P<who>{QUANTITY})\b{_NOT_PEOPLE_AFTER}"
)
_COUNT_BEFORE_NUMBER_OF = rf"(?<![\w-])(?:to|at)\s+(?P<who>{QUANTITY})\s+the\s+{_TALLIED}"


NAMED_HARM_KIND = kinds_of(NAMED_HARM)
# A harm noun that modifies another noun names a charge, a rate or a case, not a harm; one
# with "of" after it is the owner's act ("his capture of the city", "her murder of her husband").
_NAMED_HARM_AT = compiled(
    rf"(?:{phrase_trie(NAMED_HARM_KIND)})\b(?!\s+(?:of|rates?|convictions?|charges?|trials?|"
    r"cases?|suspects?|investigations?|counts?|warrants?|records?|sentences?|inquiry|probe)\b)"
)
_NAMED_HARM_HEADS = frozenset(p.split()[0] for p in NAMED_HARM_KIND)
# Whose harm: "Slepian's", "George Floyd's", "his".
_OWNER = compiled(
    rf"(?P<who>(?:{TITLE})?(?:{NAMED}|{SURNAME})(?=['’]s?\s)|\b(?i:his|her)(?=\s))(?:['’]s?)?\s+$"
)
_SOUGHT_HARMS = frozenset({"arrest", "capture"})  # sought before they are made
_OWNED = compiled(r"(?:['’]s?|\bhis|\bher)\s+$")  # the cheap test before _OWNER
# One adjective or participle may stand between the owner and a noun of a killing or an arrest
# done to the owner: "Soleimani's targeted killing", "Vance's recent arrest", or before "death"
# ("his untimely death"), whose adjectives are as often of an illness's, so that the story
# decides it as it does a bare "his death" (:func:`~.dedupe.named_dead`); not before
# "shooting", whose owner may be the gunman ("his deadly shooting spree"), nor a seizure, which a
# custody fight calls one as well ("his prolonged kidnapping" of a boy kept by relatives);
# not a noun ("his character assassination"), nor a word that tells the act was not done ("his
# attempted murder", "a mock execution", "his possible arrest") or was one of several ("his first
# arrest", "his initial arrest").
_OWNED_MODIFIED = compiled(r"(?:['’]s?|\bhis|\bher)\s+(?P<word>[a-z][a-z-]+)\s+$")
_MODIFIER_REACH = 30
_KILLING_KINDS = frozenset({"killed", "shot"})
_NAME_BEFORE = compiled(
    r"\b[Tt]he\s+(?P<who>[A-Z][a-z'’-]+)\s+$"
)  # characters before a harm noun: the owner's mark and one word
_ACTS = frozenset("killing murder assassination execution slaying arrest".split())
_UNDONE = frozenset(
    "mock possible potential planned imminent pending would-be feared threatened attempted "
    "intended foiled failed near first second third initial previous earlier latest last prior "
    "own".split()
)


#: The harmed named by their harm: "Three of the dead", "Eleven of the injured", "29 of
#: their captives" (whose they are: the captors' own).
PART_KIND = {
    "dead": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hostages": "kidnapped",
    "captives": "kidnapped",
    "missing": "missing",
}
_PART_OF_THE = compiled(
    rf"(?<![\w-])(?P<who>{QUANTITY})\s+of\s+(?:the|those|these|their|its)\s+(?:[\w-]+\s+)?"
    rf"(?P<harm>{'|'.join(PART_KIND)})\b",
    FLAGS,
)
_PART_REACH = 40


_COUNT_BEFORE_REACH = 40  # characters: "to" and a count before "the number of"


def tallies(sentence: str, low: str) -> Iterator[re.Match[str]]:
    """Tallies told by "the number of" people in a state (see :data:`_NUMBER_OF`), the count
    after them or, read back from "number", before them; not a tally over a period ("the number
    of people shot since Wednesday in the city"), which adds up events.

    "number" is no cue word: it is looked for only in the sentences a harm word opens.
    """
    found = []
    at = low.find("number ")
    while at >= 0:
        match = compiled_rule(_NUMBER_OF).match(sentence, at)
        if match is not None:
            found.append(match)
        elif low.find(" the ", max(0, at - 5), at) >= 0:  # the cheap test: "the number"
            first = max(0, at - _COUNT_BEFORE_REACH)
            for start in (m.start() for m in _TO_OR_AT.finditer(low, first, at)):
                before = compiled_rule(_COUNT_BEFORE_NUMBER_OF).match(sentence, start)
                if before is not None and before.start("harm") > at:
                    found.append(before)
                    break
        at = low.find("number ", at + 1)
    for match in found:
        clause = _CLAUSE_END.search(low, match.end())
        if not _OVER_A_PERIOD.search(low, match.start(), clause.start() if clause else len(low)):
            yield match


_TO_OR_AT = compiled(r"\b(?:to|at)\s")
_CLAUSE_END = compiled(r"[.;:!?]")
_OVER_A_PERIOD = compiled(
    r"\b(?:since|so\s+far|span\s+of|this\s+(?:year|month|week)|in\s+the\s+city|citywide)\b"
)


def parts_of_the_harmed(
    sentence: str, low: str, spots: list[tuple[int, str]]
) -> Iterator[re.Match[str]]:
    """A count of some of the harmed, read back from the harm word: "Three of the dead"."""
    for at, word in spots:
        if word not in PART_KIND or low.find(" of ", max(0, at - 24), at) < 0:
            continue  # the cheap test: no "of" just before
        first = max(0, at - _PART_REACH)
        for start in (m.start() for m in QUANTITY_START.finditer(low, first, at)):
            match = _PART_OF_THE.fullmatch(sentence, start, at + len(word))
            if match is not None:
                yield match
                break


def named_harms(
    sentence: str, low: str, spots: list[tuple[int, str]]
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Harm nouns owned by a person: "Slepian's murder", "Floyd's shooting", "his arrest".

    Yields the owner (group ``who``) and the harm noun; whether a bare "death" is a killing is
    decided for the whole story (see :func:`~.dedupe.named_dead`).
    """
    for at, word in spots:
        if word not in _NAMED_HARM_HEADS:
            continue
        owned_at = at if _OWNED.search(low, max(0, at - 6), at) else _modified(low, at, word)
        harm = _NAMED_HARM_AT.match(low, at)
        if harm is None:
            continue
        if owned_at is None:
            named = _named_before(sentence, low, at, harm.group())
            if named is not None:
                yield named, harm
            continue
        owner = _OWNER.search(sentence, max(0, owned_at - OWNER_REACH), owned_at)
        if owner is None:
            continue
        if harm.group() in _SOUGHT_HARMS and SOUGHT.search(
            sentence, max(0, owner.start() - 40), owner.start()
        ):
            continue  # "information leading to Kopp's arrest", "a reward for his capture"
        if (
            PREVENTED.search(sentence, max(0, owner.start() - NEGATION_REACH), owner.start())
            is None
        ):
            yield owner, harm


def _named_before(sentence: str, low: str, at: int, harm: str) -> re.Match[str] | None:
    """The one name of a killing or shooting told before its noun, after "the" ("the Scott
    shooting", "the Hariri killing"): a person's only where the story tells them killed, which
    the keep step decides (:func:`~.dedupe.named_dead`); "the Parkland shooting" names a place.
    """
    if (
        NAMED_HARM_KIND[harm] not in _KILLING_KINDS
        or not sentence[at].islower()  # "the National Shooting Sports Foundation": a name
        or low.find("the ", max(0, at - 30), at) < 0
    ):
        return None  # the cheap test
    return _NAME_BEFORE.search(sentence, max(0, at - 30), at)


def _modified(low: str, at: int, noun: str) -> int | None:
    """Where the one modifier of an owned act ``noun`` at ``at`` opens ("Soleimani's targeted
    killing"), or None where no owner's mark and adjective or participle stand before it."""
    if noun not in _ACTS and noun != "death":
        return None
    modified = _OWNED_MODIFIED.search(low, max(0, at - _MODIFIER_REACH), at)
    if modified is None:
        return None
    word = modified["word"]
    if word in _UNDONE or not (word in ADJECTIVES or word.endswith("ed")):
        return None
    return modified.start("word")
