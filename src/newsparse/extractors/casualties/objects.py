"""One person as a harm verb's object, read by the words that make it, not by what follows it.

The extractor's object rule reads a group of people and asks the sentence to end the phrase
after them: a mark, a preposition, a capital or the verb of a clause ("shot a man in the leg",
"killed his brother, who"). One person is often followed by none of these: a clause of its own
("the officer who shot her thought she had a gun"), a bracket ("killed his brother (and ..."),
a time ("killed a Buffalo, N.Y., abortion-clinic doctor last October"). For one person the
phrase closes itself: a determiner, a few modifiers and a singular noun for a person (the
extractor's victim-noun test) end at that noun, unless it is an owner ("his brother's car")
or the first half of a compound ("a police officer" reads on to "officer").

The same reading ends one person after a harm noun and "of" where the extractor's rule for it
finds no end (:func:`one_person_of_end`: "the death of a 13-year-old boy found unresponsive").
An age tells a person as an owner does: it may open the phrase with no determiner ("the death
of 3-year-old grandson", as headlines write it), it makes a rare person noun after it a person,
and alone before a verb form or a closing word it is the person ("the slaying of 15-year-old
following a robbery").

A harm word in -ing after a determiner is a noun, not a verb with an object ("after the
shooting the man fled"), and one person followed by "dead" is a killing the rules for the dead
read ("shot the man dead"), not a shot.

"her" is a person alone only where the word after it opens something else (a verb of the
clause, a preposition, a pronoun): "shot her thought she" is, "shot her dog" is not; "her
husband" is read as a determiner and its person first. A non-person object ("killed the bill",
"shot a video of", "killed time") has no person noun and is left alone; an object the verb
only threatens or is accused of is left to the extractor's gates, which read every object
alike.

A role the person-noun tests leave out, before a name ("killed top Iranian general Qasem
Soleimani", "arrested former judge Ann Ray"), is not read: a reader taking any title of
``NAME_TITLES`` or any WordNet person noun there, then a full name, changed nothing on 2,000
unlabeled articles and read half of its six finds in 5,163 corpus articles wrongly (a headline's
"SHOOTING Enquirer reporter ...", "arrest warrants charging ..."); after a harm word in -ing it
read a compound ("shooting victim X") as a shot, and lost a dead victim on a held-out set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsparse._data.casualty_words import (
    AUXILIARIES,
    MAIN_VERBS,
    OBJECT_ENDS,
    SINGLE_DETERMINERS,
    SINGLE_PRONOUNS,
)
from newsparse._data.past_form_words import PAST_FORMS
from newsparse.extractors.casualties.people import is_only_singular, is_owned_person
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_MODIFIERS = 4  # words between the determiner and the person: "a powerful young Iranian"
# A determiner of one person: "a", "the", "his", "another"; the ordinals ("a second") too.
_DETERMINER = compiled(
    rf"(?:{phrase_trie((*SINGLE_DETERMINERS, 'my', 'your', 'our'))})\s+", re.IGNORECASE
)
# A possessive determiner: the person after it is someone of the owner's, named by any noun for
# a person ("killing his bodyguard", "shot my son-in-law"), a rare one too.
_POSSESSIVES = frozenset("his her their its my your our".split())
# A word of the phrase, an age ("her 70-year-old grandfather"), or a place told as a modifier
# with its state ("a Buffalo, N.Y.,").
_WORD = compiled(
    r"(?P<place>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]+)),\s+)"
    r"|(?P<word>[A-Za-z][\w-]*|\d+-(?:year|month|week|day)-old)(?P<owner>['’]s?)?"
    r"(?=(?P<after>\s*)(?P<next>\S?))"
)
# Words that open what follows a person, never modify one: the end of an object.
_CLOSING = frozenset(
    (
        *OBJECT_ENDS,
        *MAIN_VERBS,
        *(w for w in AUXILIARIES if " " not in w),
        *(w for w in SINGLE_PRONOUNS if " " not in w),
        *"they we it i you them him who whom which whose where because then to of".split(),
    )
)
# "him" and "her", not "himself": an attacker's own shot is left to the rule that reads it whole.
_PRONOUN = compiled(r"(?:him|her)\b", re.IGNORECASE)
# A harm noun in -ing after a determiner opens no object: "after the shooting the man fled".
_NOUN_BEFORE = compiled(r"\b(?:the|a|an|this|that|his|her|their|its|our)\s+$", re.IGNORECASE)
_NOUN_REACH = 8  # characters before a harm word where its determiner is read
# "shot him dead": a killing, read by the rules for the dead, not a shot.
_DEAD_AFTER = compiled(r"\s+dead\b", re.IGNORECASE)
_NEXT_WORD = compiled(r"\s+([a-z]+)\b", re.IGNORECASE)
_OPENS_OTHER = compiled(r"\s*(?:[,.;:!?()\"“”—–]|-{1,2}\s|$)")
# An age: "13-year-old", "six-month-old". Before a noun it tells the noun a person, as an owner
# does; alone it is the person where a mark, a closing word or a verb form follows it ("the
# slaying of 15-year-old following a robbery", "the death of the 20-year-old found behind").
_AGE = compiled(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old", re.IGNORECASE)
# A verb form opens what is told of a person, never a noun of the phrase: the words in -ed and
# -ing and the irregular past forms ("found", "struck").
_VERB_FORM = rf"(?:(?-i:[a-z]+(?:ed|ing))|{phrase_trie(PAST_FORMS)})\b"
_VERB_FORM_NEXT = compiled(rf"\s+{_VERB_FORM}", re.IGNORECASE)
_AGE_ALONE = compiled(
    rf"(?:{_OPENS_OTHER.pattern}|\s+(?:(?:{phrase_trie(_CLOSING)})\b|{_VERB_FORM}))",
    re.IGNORECASE,
)


def one_person_end(sentence: str, at: int) -> int | None:
    """Where the one person that opens at ``at`` (just after a harm verb) ends, or None when
    no person opens there: "his brother", "a Buffalo, N.Y., abortion-clinic doctor", "her",
    "3-year-old grandson" (an age opens a person with no determiner, as headlines write it)."""
    determiner = _DETERMINER.match(sentence, at)
    if determiner is not None:
        owned = determiner.group().rstrip().lower() in _POSSESSIVES
        end = _noun_end(sentence, determiner.end(), is_owned_person if owned else is_only_singular)
        if end is not None:
            return end
    elif _AGE.match(sentence, at):
        return _noun_end(sentence, at, is_only_singular)
    pronoun = _PRONOUN.match(sentence, at)
    if pronoun is None:
        return None
    if pronoun.group().lower() != "her" or _OPENS_OTHER.match(sentence, pronoun.end()):
        return pronoun.end()
    following = _NEXT_WORD.match(sentence, pronoun.end())
    if following is not None and following.group(1).lower() in _CLOSING:
        return pronoun.end()
    return None  # "shot her dog": "her" owns what follows


def one_person_of_end(sentence: str, at: int) -> int | None:
    """Where the one person after a harm noun and "of" ends (see :func:`one_person_end`): "the
    death of a 13-year-old boy found unresponsive", "the murder of a girl whose body was found".

    The phrase ends on a person, not on a thing a people's adjective tells ("the capture of the
    Republican nomination", "the death of the American dream"). Not a person owned with no age
    told: "the death of his father" read where no mark or preposition ends it is as often a
    death of age or illness told in passing (tried: a held-out development set +1 false
    killing, the others unchanged).
    """
    end = one_person_end(sentence, at)
    if end is None:
        return None
    last = sentence[at:end].split()[-1]
    if last.islower() and not (_AGE.fullmatch(last) or is_owned_person(last)):
        return None
    determiner = _DETERMINER.match(sentence, at)
    if determiner is None or determiner.group().rstrip().lower() not in _POSSESSIVES:
        return end
    return end if _AGE.search(sentence, at, end) else None


def _noun_end(sentence: str, at: int, one: Callable[[str], bool]) -> int | None:
    """The end of a noun phrase from ``at`` that holds a singular person noun (``one`` says
    which words are).

    A noun in lower case ends the phrase ("the boy tried"); a capitalised one may be a
    people's adjective, so the words after it are kept ("a powerful Iranian general"). None
    after an owner: "the president's plan" is the president's, "a sheriff's deputy" the deputy.
    """
    person = False
    end = None
    for _ in range(_MODIFIERS + 1):
        word = _WORD.match(sentence, at)
        if word is None:
            break
        at = word.end()
        if word["place"] is not None:
            continue
        lower = word["word"].lower()
        if lower in _CLOSING:
            break
        if _AGE.fullmatch(lower):
            if _AGE_ALONE.match(sentence, word.end("word")):
                return word.end("word")  # "the 20-year-old found behind a store"
            one = is_owned_person  # an age, as an owner, makes a person: "a 3-year-old grandson"
        if word["owner"]:
            person = False  # whose: what follows is theirs
        elif one(lower) and word["next"] != "-" and not _modifies(sentence, word, lower):
            if word["word"][0].islower():
                return word.end("word")
            person = True
        end = word.end("word")
        at += len(word["after"])
        if word["next"] != "-" and not word["next"].isalnum():
            break  # a mark ends the phrase: "killed the bill," "shot her brother."
    return end if person else None


def _modifies(sentence: str, word: re.Match[str], lower: str) -> bool:
    """Whether a rare person noun (one only a possessive or an age makes a person) stands
    before another word of the phrase, which it modifies: "his twin daughters" are two, not a
    twin; not before a verb form, which tells of the person ("a 3-year-old grandson struck
    by")."""
    if is_only_singular(lower) or word["after"] == "" or not word["next"].isalpha():
        return False
    following = _NEXT_WORD.match(sentence, word.end("word"))
    return (
        following is not None
        and following.group(1).lower() not in _CLOSING
        and not _VERB_FORM_NEXT.match(sentence, word.end("word"))
    )


def a_harm_noun(sentence: str, opened: re.Match[str]) -> bool:
    """Whether the harm word of ``opened`` is a noun in -ing after a determiner, which opens no
    object: "after the shooting the man fled"."""
    at = opened.start()
    return opened["harm"].lower().endswith("ing") and (
        _NOUN_BEFORE.search(sentence, max(0, at - _NOUN_REACH), at) is not None
    )


def one_person_objects(
    sentence: str, cues: Iterator[int], rule: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``rule`` (a harm verb, then ``who``) matched at each of ``cues`` and ended where its one
    person ends, for the cues where a person follows the verb."""
    for at in cues:
        opened = rule.match(sentence, at)
        if opened is None:
            continue
        if a_harm_noun(sentence, opened):
            continue
        end = one_person_end(sentence, opened.start("who"))
        if end is not None and not _DEAD_AFTER.match(sentence, end):
            match = rule.match(sentence, at, end)
            if match is not None:
                yield match
