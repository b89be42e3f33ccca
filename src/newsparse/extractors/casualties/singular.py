"""Whether a death told without a count is one person's, by the grammar of its subject.

"Ms. Sanders was hit several times and was pronounced dead", "he probably died", "daughter
Meadow died", "a shooting death": no number is written, but a singular subject (a name, a
singular pronoun, a singular noun, a verb agreeing with one) tells a count of one. A subject
that counts a people no table names ("40 Rohingya died", "dozens of Rohingya died") tells its
own count, never one. The extractor's fallback for an uncounted death asks this module before
it leaves the count open.
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.grammar import FLAGS
from newsparse.extractors.casualties.names import CAPITALISED
from newsparse.extractors.casualties.people import is_only_singular
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.regex_cache import compiled

_REACH = 80  # characters before the death word where its subject is read
_TOKEN = compiled(r"[\w'’.-]+|[,;:()\"“”—]")
# Words that stand between a subject and its death word: auxiliaries and adverbs ("was later
# pronounced dead", "he probably died", "had been shot dead").
_AUXILIARY_ONE = frozenset("was is has".split())
_AUXILIARY_MANY = frozenset("were are have".split())
_BETWEEN = frozenset(
    "had been being be also later eventually soon subsequently since then probably apparently "
    "reportedly allegedly instantly immediately just".split()
)
_PRONOUNS_ONE = frozenset("he she i".split())
# Death words that are nouns of one death: "a shooting death", "a homicide victim".
_ONE_DEATH_NOUN = compiled(r"(?:death|victim)$")


def one_dead(sentence: str, start: int, death: str) -> bool:
    """Whether the death word ``death`` at ``start`` in ``sentence`` has one person as its
    subject: a verb agreeing with one ("was pronounced dead"), a singular pronoun, a name
    or a singular person noun just before it ("he died", "Meadow died", "the farmer died"),
    or an article before a noun of one death ("a shooting death").
    """
    tokens: list[str] = _TOKEN.findall(sentence, max(0, start - _REACH), start)
    if _ONE_DEATH_NOUN.search(death):
        return bool(tokens) and tokens[-1].lower() in ("a", "an")
    one = many = False
    while tokens and (
        (word := tokens[-1].lower()) in _BETWEEN
        or word in _AUXILIARY_ONE
        or word in _AUXILIARY_MANY
        or (word.endswith("ly") and len(word) > 4)
    ):
        one |= word in _AUXILIARY_ONE
        many |= word in _AUXILIARY_MANY
        tokens.pop()
    if many or not tokens:
        return False
    if one:
        return tokens[-1].lower() not in ("who", "that", "which", "there", "it", "what")
    last = tokens[-1]
    if last.lower() in _PRONOUNS_ONE:
        return True
    if len(tokens) > 1 and CAPITALISED.fullmatch(last) and not last.endswith("s"):
        if tokens[-2].lower() == "of":
            return False  # "dozens of Rohingya died": a people's name counted before it
        return tokens[-2][0].islower() or tokens[-2].endswith(".")  # not a sentence's first
    return is_only_singular(last.lower())


# A count of a people by its name, just before the death word: "40 Rohingya", "dozens of
# Rohingya were"; a capital that opens the next word ("three Rohingya Muslims") is left to the
# tables, one count of a name is no people ("one Smith") and a year no count ("In 2019
# Rohingya").
_COUNTED_PEOPLE = compiled(
    rf"(?P<who>(?!(?:1[89]|20)\d\d\b){QUANTITY})\s+(?:of\s+)?(?-i:[A-Z][a-z'’-]+)(?:\s+(?:were|are|have|had)"
    r"(?:\s+been)?)?\s+$",
    FLAGS,
)


def counted_people(sentence: str, start: int) -> re.Match[str] | None:
    """The count (group ``who``) of a people named by a capitalised word that is the subject of
    the death word at ``start`` in ``sentence`` ("dozens of Rohingya died"), if one is."""
    first = max(0, start - _REACH)
    if " " not in sentence[start - 1 : start] or not CAPITALISED.search(sentence, first, start):
        return None  # the cheap test: no capitalised word before the death word
    counted = _COUNTED_PEOPLE.search(sentence, first, start)
    if counted is None or counted.group("who").lower() in ("one", "a", "an", "1"):
        return None
    return counted
