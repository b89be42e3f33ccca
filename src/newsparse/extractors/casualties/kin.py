"""A family as a harm verb's object, told by no number: "killing her own children", "shot his
parents", "convicted of killing an Arkansas family".

Crime news names the people a killer harmed by their kinship to him more often than by a count;
the count is told elsewhere or not at all. The object rules read a counted group or one person,
so a plural of kin after a possessive ("his", "her", "their") is read by none of them. Such an
object is a group of at least two whose number is not told: a finding with no count.

The kin are a closed class of nouns (children, parents, siblings and the like) and "family"
itself, after a possessive of a third person or an article ("the family", "an Arkansas
family"), or all of them ("all the Jang relatives"). A first or second person's ("our kids", "your children") is left alone: in news it is
a speaker's rhetoric or a general complaint ("tired of them shooting our kids"), not a report of
harm done. The noun must end the object: "the family dog" and "the family home" are no family,
and "a family of five" or "his sons, ages 3 and 4" are counted by the rules for numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

# Plural nouns of kinship: the people a family is made of.
KIN = (
    "children kids sons daughters parents siblings brothers sisters grandchildren grandparents "
    "babies stepchildren stepsons stepdaughters relatives nephews nieces cousins in-laws"
).split()
_MODIFIER = r"(?:(?:own|young|little|infant|adult|teenage|estranged|\w+-(?:year|month)-old)\s+)"
_OWNER = r"(?:his|her|their)\s+"
_FAMILY = r"family(?:\s+members)?"
#: The kin after a harm verb (group ``who``), to follow the caller's verb in one pattern.
KIN_OBJECT = (
    rf"(?P<who>(?:all\s+(?:of\s+)?)?{_OWNER}{_MODIFIER}{{0,2}}(?:{phrase_trie(KIN)}|{_FAMILY})"
    rf"|all\s+(?:of\s+)?the\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:{phrase_trie(KIN)})"
    rf"|the\s+{_FAMILY}|an?\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?family)"
    r"(?!,\s+(?:ages?|aged)\b)"  # "his sons, ages 3 and 4": counted by their ages
    r"(?=\s*(?:[,.;:!?)\"”—–]|$)|\s+(?:and|or|but|before|after|then|when|while|as|in|at|on|"
    r"with|inside|outside|during|last|early|late|this|that|because|by|over|multiple|he|she|they|"
    r"who|whom)\b"
    r"|\s+(?-i:[A-Z]))"
)
_VERB_REACH = 30  # characters from a harm verb's first word to its object
_OPENS = compiled(r"\s+(?:his|her|their|the\s+family|an?\s|all\s)", re.IGNORECASE)


def kin_objects(
    sentence: str, cues: Iterable[int], rule: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``rule`` (a harm verb, then :data:`KIN_OBJECT`) matched at each of ``cues``, the verbs
    whose object no other rule read."""
    end = -1
    for at in cues:
        if at < end or _OPENS.search(sentence, at, at + _VERB_REACH) is None:
            continue  # inside the last one ("fatally shooting"), or no possessive or article
        match = rule.match(sentence, at)
        if match is not None:
            end = match.end()
            yield match
