"""Which words name people, so that a count before them is a count of people.

A victim noun is a word of the tables (people, soldiers, a man, the crew), any noun built
with a person ending (see :data:`~newsparse._data.casualty_words.PERSON_ENDINGS`): farmers,
cyclists, civilians, combatants, patients, detainees, volunteers, fishermen, or a noun WordNet
gives for people (:mod:`newsparse._data.person_nouns`, see
:mod:`~newsparse.extractors.casualties.wordnet_people`): recruits, shepherds, colleagues,
heroes, cadets, Croats. The rules are open, so nouns no table lists are read the same way; the
few words with such an ending that name no one (water, percent, an incident) are listed apart,
and name no one whatever WordNet says ("major", "minor").

WordNet's plurals are all looked up in a set by the tests of one word (:func:`is_victim`,
:func:`is_person`, :func:`is_only_singular`), its singulars only where common
(``COMMON_PERSON_NOUNS``): on a development set a rare one read as one person ("a Turk") broke
the reading of the list it closed. A singular that names people in every sense
(``ONLY_PERSON_SINGULARS``: "tycoon", "classmate") is a victim however rare, but no speaker's
description (:func:`is_person`). The regex fragments take only the nouns that no ending gives
and that are common, some 440 words ("recruits", "colleagues", "heroes"; not "cadets"), or
plurals of people in every sense of the word that English text uses, some 680 more
("classmates", "bailiffs", "prostitutes"; not "pilots", which fly, nor "monitors", which are
screens too), and the singulars of people in every sense, some 410 more ("grandson", "barmaid",
"bailiff": 0.8 to 1 s more CPU on a fresh machine's first pass over 520 stories, 7.7 s to 8.5 s,
as ``SINGULAR`` stands 96 times in 31 patterns; no time with the patterns cached): the fragments
are part of dozens of large casualty patterns, and all seven thousand nouns in them cost a
machine's first harm story about two seconds more to compile the patterns (measured; 0.65 s to
2.6 s of CPU), the common ones a third of a second (0.65 s to 0.97 s), the plurals of people in
every sense a quarter of a second more (1.55 s to 1.8 s, a later machine and release), and a
process with the patterns cached 0.04 s. ``PLURAL`` and ``SINGULAR`` are regex fragments for
:data:`re.IGNORECASE` patterns; :func:`is_victim` and :func:`is_only_singular` test one
lower-case word. :func:`is_person`, which quote speakers are told by, holds the nouns read for
counts too (:data:`~newsparse._data.casualty_words.COUNTED_SINGULAR`): 'Another hostage said' is
someone a later 'he' stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsparse._data.casualty_words import (
    COUNTED_PLURAL,
    COUNTED_SINGULAR,
    NOBODY,
    NOT_PEOPLE,
    PERSON_ENDINGS,
    VICTIMS_PLURAL,
    VICTIMS_SINGULAR,
)
from newsparse._data.person_nouns import (
    COMMON_PERSON_NOUNS,
    ONLY_PERSON_PLURALS,
    ONLY_PERSON_SINGULARS,
    PERSON_NOUNS,
    PERSON_PLURALS,
)
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

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

_NAME_NO_ONE = frozenset((*NOT_PEOPLE, *(f"{w}s" for w in NOT_PEOPLE)))
_ENDED = (*PERSON_ENDINGS, *(f"{e}s" for e in _ENDINGS), "men")
_COMMON = sorted(w for w in COMMON_PERSON_NOUNS if not w.endswith(_ENDED))
# The plurals that name people whatever their sense, common or not ("classmates", "bailiffs").
_ONLY_PEOPLE = sorted(w for w in ONLY_PERSON_PLURALS if not w.endswith(_ENDED))
_WORDNET_SINGULAR = (PERSON_NOUNS - _NAME_NO_ONE).intersection(COMMON_PERSON_NOUNS)
# The singulars that name people in every sense are victims alone, common or not ("tycoon",
# "classmate", "magnate"); "nobody", one of them, is a word for no one. Victims only: quote
# speakers keep the common nouns.
_ONLY_PEOPLE_SINGULAR = ONLY_PERSON_SINGULARS.difference(NOBODY, _NAME_NO_ONE)
# The ending reads a word only after a stem of three letters: "user", "doer" and "seer" are
# listed whole.
_BY_ENDING = compiled(rf"{_STEM}{_SINGULAR_ENDING}")
_ONLY_PEOPLE_UNENDED = sorted(w for w in _ONLY_PEOPLE_SINGULAR if not _BY_ENDING.fullmatch(w))
_WORDNET_PLURAL = PERSON_PLURALS - _NAME_NO_ONE
#: The plural victim nouns that are no singular ("people", "recruits", "Jews"): alone, with no
#: count, they count no one person.
BARE_PLURALS = frozenset((*VICTIMS_PLURAL, *_WORDNET_PLURAL)).difference(
    VICTIMS_SINGULAR, PERSON_NOUNS
)

#: The plural victim nouns that may end a compound naming people ("bodyguards", "stepchildren",
#: "salespeople"): the table's words of five letters or more, after a stem of three or more.
#: Victims only, not the descriptions quote speakers are told by (:func:`is_person`); and
#: plurals only, as a count is read before a plural (a singular compound would cost every rule
#: that looks for one person a second reading of each word).
COMPOUND_HEADS = tuple(w for w in VICTIMS_PLURAL if len(w) >= 5 and w.isalpha())
_COMPOUND_HEADS = word_trie(COMPOUND_HEADS)

# The stem is read once for an ending and a compound's head alike: the rules try these at every
# word of a harm sentence.
# A noun of the tables ends a person only where no hyphen goes on with the word: "hostage" opens
# the compound "hostage-taker", which names its own person, read whole by its ending. A compound
# on a preposition keeps its head first ("dad-of-two", "mother-in-law", "mom-to-be").
_WHOLE = r"\b(?!-(?!(?:of|in|at|to)-)[a-z])"
#: A plural noun for people, from the tables, by its ending or as a compound.
PLURAL = (
    rf"(?:{word_trie((*VICTIMS_PLURAL, *COUNTED_PLURAL, *_WORDNET_PLURAL.intersection((*_COMMON, *_ONLY_PEOPLE))))}"
    rf"|{_STEM}(?:{_PLURAL_ENDING}|{_COMPOUND_HEADS})){_WHOLE}"
)
#: A singular noun for a person, from the tables or by its ending.
SINGULAR = (
    rf"(?:{word_trie((*VICTIMS_SINGULAR, *COUNTED_SINGULAR, *_WORDNET_SINGULAR.intersection(_COMMON), *_ONLY_PEOPLE_UNENDED))}"
    rf"|{_STEM}{_SINGULAR_ENDING}){_WHOLE}"
)

_PLURAL_WORD = compiled(rf"(?:{word_trie(VICTIMS_PLURAL)}|{_STEM}{_PLURAL_ENDING})", re.I)
_SINGULAR_WORD = compiled(rf"(?:{word_trie(VICTIMS_SINGULAR)}|{_STEM}{_SINGULAR_ENDING})", re.I)
_COUNTED_PLURAL = frozenset(COUNTED_PLURAL)
_COMPOUND_LENGTH = 8  # a stem of three letters and a head of five
_COMPOUND_WORD = compiled(rf"{_STEM}(?:{_COMPOUND_HEADS})", re.I)
_COUNTED_SINGULAR = frozenset(COUNTED_SINGULAR)
# WordNet's nouns for people, with the ones the tables read for counts ("an aide", "one
# hostage"): people all the same, whom a later 'he' or 'she' may stand for.
_PERSONS = _WORDNET_SINGULAR | _WORDNET_PLURAL | _COUNTED_SINGULAR | _COUNTED_PLURAL


def is_person(word: str) -> bool:
    """Whether ``word`` names a person or people."""
    return word in _PERSONS or bool(_PLURAL_WORD.fullmatch(word) or _SINGULAR_WORD.fullmatch(word))


@lru_cache(maxsize=4096)
def is_victim(word: str) -> bool:
    """Whether ``word`` names a person or people that a count may be of.

    Kept for the words last asked: the rules ask again of the same words ("people", "man").
    """
    return (
        is_person(word)
        or word in _ONLY_PEOPLE_SINGULAR
        or (len(word) >= _COMPOUND_LENGTH and _COMPOUND_WORD.fullmatch(word) is not None)
    )


_OWNED_PERSONS = PERSON_NOUNS - _NAME_NO_ONE


def is_owned_person(word: str) -> bool:
    """Whether ``word`` names one person after a possessive ("his bodyguard", "her stepson",
    "his former daughter-in-law"): a singular whose most frequent WordNet sense is a person, the
    rare ones too. Whose they are tells the word a person where it stands; alone, a rare one may
    as well close a list as name someone ("a Somali national and a Turk")."""
    return is_only_singular(word) or word in _OWNED_PERSONS


@lru_cache(maxsize=4096)
def is_only_singular(word: str) -> bool:
    """Whether ``word`` names one person and cannot be a plural ("man", "farmer", not "crew")."""
    if word in _COUNTED_SINGULAR:
        return True
    singular = word in _WORDNET_SINGULAR or _SINGULAR_WORD.fullmatch(word)
    return bool(singular) and not (word in _WORDNET_PLURAL or _PLURAL_WORD.fullmatch(word))
