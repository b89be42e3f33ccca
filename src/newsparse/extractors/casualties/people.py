"""Which words name people, so that a count before them is a count of people.

A victim noun is a word of the tables (people, soldiers, a man, the crew) or any noun built
with a person ending (see :data:`~newsparse._data.casualty_words.PERSON_ENDINGS`): farmers,
cyclists, civilians, combatants, patients, detainees, volunteers, fishermen. The rule is open,
so nouns no table lists are read the same way; the few words with such an ending that name no
one (water, percent, an incident) are listed apart. ``PLURAL`` and ``SINGULAR`` are regex
fragments for :data:`re.IGNORECASE` patterns; :func:`is_victim` and :func:`is_only_singular`
test one lower-case word. :func:`is_person` leaves out the nouns read for counts only
(:data:`~newsparse._data.casualty_words.COUNTED_SINGULAR`): quote speakers are told by it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsparse._data.casualty_words import (
    COUNTED_PLURAL,
    COUNTED_SINGULAR,
    NOT_PEOPLE,
    PERSON_ENDINGS,
    VICTIMS_PLURAL,
    VICTIMS_SINGULAR,
)
from newsparse.patterns import word_trie

#: The words with a person ending that name no one, and their plurals, as a regex fragment.
NOT_PEOPLE_WORDS = word_trie([*NOT_PEOPLE, *(f"{w}s" for w in NOT_PEOPLE)])
_NOT_PEOPLE = NOT_PEOPLE_WORDS
# A listed word is no person alone, but may open a compound that is one ("counter-protester").
_STEM = rf"(?!(?:{_NOT_PEOPLE})(?![\w'’-]))[a-z][a-z'’-]{{2,}}"
# Endings that need a look back: words in -ment (an agreement) name no one, nor does a number
# in -three ("thirty-three").
_AFTER = {"ent": "(?<!m)", "ee": "(?<!thr)"}
_ENDINGS = [e for e in PERSON_ENDINGS if e != "man"]
_SINGULAR_ENDING = rf"(?:{'|'.join(_AFTER.get(e, '') + e for e in _ENDINGS)}|man)"
_PLURAL_ENDING = rf"(?:{'|'.join(_AFTER.get(e, '') + e + 's' for e in _ENDINGS)}|men)"

#: The plural victim nouns that may end a compound naming people ("bodyguards", "stepchildren",
#: "salespeople"): the table's words of five letters or more, after a stem of three or more.
#: Victims only, not the descriptions quote speakers are told by (:func:`is_person`); and
#: plurals only, as a count is read before a plural (a singular compound would cost every rule
#: that looks for one person a second reading of each word).
COMPOUND_HEADS = tuple(w for w in VICTIMS_PLURAL if len(w) >= 5 and w.isalpha())
_COMPOUND_HEADS = word_trie(COMPOUND_HEADS)

# The stem is read once for an ending and a compound's head alike: the rules try these at every
# word of a harm sentence.
#: A plural noun for people, from the tables, by its ending or as a compound.
PLURAL = (
    rf"(?:{word_trie((*VICTIMS_PLURAL, *COUNTED_PLURAL))}"
    rf"|{_STEM}(?:{_PLURAL_ENDING}|{_COMPOUND_HEADS}))\b"
)
#: A singular noun for a person, from the tables or by its ending.
SINGULAR = rf"(?:{word_trie((*VICTIMS_SINGULAR, *COUNTED_SINGULAR))}|{_STEM}{_SINGULAR_ENDING})\b"

_PLURAL_WORD = re.compile(rf"(?:{word_trie(VICTIMS_PLURAL)}|{_STEM}{_PLURAL_ENDING})", re.I)
_SINGULAR_WORD = re.compile(rf"(?:{word_trie(VICTIMS_SINGULAR)}|{_STEM}{_SINGULAR_ENDING})", re.I)
_COUNTED_PLURAL = frozenset(COUNTED_PLURAL)
_COMPOUND_LENGTH = 8  # a stem of three letters and a head of five
_COMPOUND_WORD = re.compile(rf"{_STEM}(?:{_COMPOUND_HEADS})", re.I)
_COUNTED_SINGULAR = frozenset(COUNTED_SINGULAR)


def is_person(word: str) -> bool:
    """Whether ``word`` names a person or people, less the nouns read for counts only."""
    return bool(_PLURAL_WORD.fullmatch(word) or _SINGULAR_WORD.fullmatch(word))


@lru_cache(maxsize=4096)
def is_victim(word: str) -> bool:
    """Whether ``word`` names a person or people that a count may be of.

    Kept for the words last asked: the rules ask again of the same words ("people", "man").
    """
    return (
        word in _COUNTED_SINGULAR
        or word in _COUNTED_PLURAL
        or is_person(word)
        or (len(word) >= _COMPOUND_LENGTH and _COMPOUND_WORD.fullmatch(word) is not None)
    )


@lru_cache(maxsize=4096)
def is_only_singular(word: str) -> bool:
    """Whether ``word`` names one person and cannot be a plural ("man", "farmer", not "crew")."""
    if word in _COUNTED_SINGULAR:
        return True
    return bool(_SINGULAR_WORD.fullmatch(word)) and not _PLURAL_WORD.fullmatch(word)
