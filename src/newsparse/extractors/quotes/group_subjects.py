"""The group a sentence opens on, whom a later 'they' stands for; and the one person it
brings in by a description ('A young female rebel was captured'), whom a later 'she' stands for.

'The participants agreed that ... They called the readjustment "a major task"': a plural
pronoun after a sentence whose subject is people in the plural ('The participants', 'Analysts
at UBS', 'Some county residents') or people named together ('Dr. Michael Baden and Dr. Allecia
Wilson performed the autopsy') stands for that group, as 'he' stands for the man a sentence
before it opens on. The group must stand where the subject does, and a word of its clause in
lower case or an aside's comma must follow it: 'Police arrested three suspects' opens on no
group of the suspects, and 'Trump tells supporters' on none at all.

A plural of people is a noun WordNet gives for people ('participants', 'analysts', 'police');
the words before it may be a determiner or a count, adjectives (lemminflect's), nouns for
people ('police officers') and, from the sentence's first word on, capitalised words ('U.S.
military officials', 'Sanders supporters'), never a verb. A joined name is capitalised words
(its holder's title among them) that name no place: 'Israel and Egypt agreed' opens on no group
of people.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from attrs import frozen

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.person_nouns import PERSON_NOUNS
from newsparse._data.reporting_verbs import (
    DETERMINERS,
    NOT_NAME_STARTS,
    PLURAL_NOUNS,
    SOURCE_NOUNS,
    SPEAKER_STOPS,
)
from newsparse.entities import first_name_gender, names_a_place
from newsparse.extractors.casualties.people import is_person
from newsparse.numbers import parse_number
from newsparse.regex_cache import compiled
from newsparse.span import Span

_TOKEN = compiled(r"[^\W_](?:[\w’'\-]|\.(?=\w))*\.?|[^\w\s]")
#: Words a group's head may be followed by before its clause goes on: where its people are.
_WHERE = frozenset(("at", "of", "from", "in", "for", "with"))
_MAX_MODIFIERS = 4  # 'The two senior Democratic senators'
#: Capitalised words that open a phrase or a clause, never a name qualifying a group.
_NO_NAME_WORDS = NOT_NAME_STARTS | SPEAKER_STOPS | frozenset(("among", "amid", "like"))
#: What may follow the group: a word of its clause, or an aside ('Simpson and Bowles, who').
_CLAUSE_GOES_ON = frozenset(",(")


@frozen
class Group:
    """A group a sentence opens on: the phrase, and for people named together the span of each
    name ('Dr. Michael Baden', 'Dr. Allecia Wilson'); none for a description."""

    phrase: Span
    names: tuple[Span, ...] = ()


def group_opening(text: str, start: int, end: int) -> Group | None:
    """The group of people the words from ``start`` to ``end`` open on, when it is followed by
    its clause: 'The participants' of 'The participants agreed that', 'Analysts at UBS' of
    'Analysts at UBS said in a note', 'Dr. Michael Baden and Dr. Allecia Wilson' of 'Dr.
    Michael Baden and Dr. Allecia Wilson performed'."""
    tokens = list(_TOKEN.finditer(text, start, end))
    return _joined_names(tokens) or _described_people(tokens)


#: The determiners that bring a person in without a name: 'A young female rebel', 'Another
#: hostage', 'One resident'. A definite one ('The president') stands for someone known, whom
#: the tracker resolves as a speaker's description.
_INDEFINITE = frozenset(("a", "an", "another", "one"))
#: A name or a pronoun set off after a description opening a sentence: the description is an
#: apposition fronted before the subject ('An immigrant from Uganda ..., she plans').
_APPOSED_SUBJECT = compiled(r",[ \t]+(?:[A-Z]|(?:he|she|they)(?![\w’'-]))")


def described_person(text: str, start: int, end: int) -> Span | None:
    """The person the sentence from ``start`` to ``end`` opens on, described without a name and
    followed by their clause: 'A young female rebel' of 'A young female rebel was also captured
    alive', 'Another hostage' of 'Another hostage said he saw'. The head is a singular noun
    for people after an indefinite determiner and adjectives, counts or nouns ('A 45-year-old
    woman', 'A police officer'); as for a group, a verb never qualifies it."""
    # the determiner, the modifiers, the head and the word after it: no more is read
    tokens = list(itertools.islice(_TOKEN.finditer(text, start, end), _MAX_MODIFIERS + 3))
    if not tokens or tokens[0][0].lower() not in _INDEFINITE:
        return None
    for at in range(1, min(len(tokens), _MAX_MODIFIERS + 2)):
        word = tokens[at][0]
        if not word.islower():
            return None  # 'A Reuters reporter': a name's qualifier is read as a name's
        following = _word_at(tokens, at + 1)
        if (
            is_person(word)
            # 'A recent piece', 'A significant challenge': an adjective in a person's ending
            and (word not in ADJECTIVES or word in PERSON_NOUNS)
            and not _plural_form(word)
            and not is_person(following)  # 'A young female rebel': the last noun heads it
            and _clause_follows(tokens, at + 1, aside=True)
        ):
            if _APPOSED_SUBJECT.search(text, tokens[at].end(), end):
                return None  # 'A former paratrooper who ..., Chavez, 52, has': an apposition
            return Span(tokens[0].start(), tokens[at].end())
        if not _modifier(word):
            return None
    return None


def _plural_form(word: str) -> bool:
    """Whether a noun for people reads as a plural: in -s, but not 'witness' or 'boss'."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _joined_names(tokens: list[re.Match[str]]) -> Group | None:
    names: list[Span] = []
    index, joined = 0, False
    while True:
        first = index
        while index < len(tokens) and _capitalised(tokens[index][0]):
            index += 1
        if index == first or tokens[first][0].lower() in _NO_NAME_WORDS:
            return None  # 'The', 'He and Borough President Eric Adams'
        name = Span(tokens[first].start(), tokens[index - 1].end())
        if names_a_place(" ".join(token[0].rstrip(".") for token in tokens[first:index])):
            return None  # 'Israel and Egypt agreed'
        names.append(name)
        if joined:
            break
        if _word_at(tokens, index) == "," and _word_at(tokens, index + 1) == "and":
            index += 1  # 'Perlmutter, Moskowitz, and Sherman'
        if _word_at(tokens, index) == "and":
            joined = True
        elif _word_at(tokens, index) != ",":
            return None
        index += 1
    if not _clause_follows(tokens, index, aside=True):
        return None
    return Group(Span(names[0].start, names[-1].end), tuple(names))


def _described_people(tokens: list[re.Match[str]]) -> Group | None:
    words = [token[0] for token in tokens]
    index = 0
    if words[:1] and (words[0].lower() in DETERMINERS or _count(words[0].lower())):
        index = 1  # 'The participants', 'Three senators'
    capitalised = True  # capitalised words may qualify the head only from the first word on
    for at in range(index, min(len(words), index + _MAX_MODIFIERS + 1)):
        word = words[at]
        lowered = word.lower()
        if at == 0 or word.islower():
            heads = _people(lowered)
        else:  # 'Senate Democrats': capitalised words before a capitalised head
            heads = (
                capitalised
                and at > index
                and _people(lowered)
                and _qualified_by_names(words[index:at])
            )
        if heads:
            head = at
            while head + 1 < len(words) and words[head + 1].islower() and _people(words[head + 1]):
                head += 1  # 'police officers'
            return _with_where(tokens, head, aside=False)
        capitalised = capitalised and _capitalised(word) and lowered not in _NO_NAME_WORDS
        if not (capitalised or _modifier(word)):
            return None  # 'Among American-born parents': a phrase, not a subject
    return None


def _with_where(tokens: list[re.Match[str]], head: int, *, aside: bool) -> Group | None:
    """The group ending at its head, or after where its people are ('Analysts at UBS',
    'Officials at the State Department'), when its clause follows: after a place, a verb's
    past form or an adverb, as a noun may go on with the place's phrase ('officials in the
    Ukraine government have')."""
    end = head + 1
    if _word_at(tokens, end) in _WHERE:
        after = end + 1 + (_word_at(tokens, end + 1) == "the")
        named = after
        while named < len(tokens) and _capitalised(tokens[named][0]):
            named += 1
        if named == after or _word_at(tokens, named) not in NON_NAME_WORDS:
            return None
        end = named
    elif not _clause_follows(tokens, end, aside=aside):
        return None
    return Group(Span(tokens[0].start(), tokens[end - 1].end()))


def _qualified_by_names(words: list[str]) -> bool:
    """Whether the capitalised words before a capitalised plural qualify it as a body or a place
    does ('Senate Democrats', 'House Republicans'), not as a person's title or given name
    does ('Mr. Sanders', 'President Sanders', 'Roger Waters'): a noun for people in capitals
    after them heads a group."""
    return all(
        not word.endswith(".")  # 'Mr.', 'Sen.'
        and not is_person(word.lower())  # 'President', 'Coach'
        and first_name_gender(word) is None
        for word in words
    )


def _people(word: str) -> bool:
    """Whether a lower-case word is a plural noun for people: 'analysts', 'police'."""
    return word in PLURAL_NOUNS or word in SOURCE_NOUNS or (word.endswith("s") and is_person(word))


def _modifier(word: str) -> bool:
    """Whether a lower-case word may qualify a head noun for people: an adjective, a count, a
    compound ('28-member') or a noun for people ('police'), never a verb ('arrested')."""
    return (
        word.islower()
        and word not in NON_NAME_WORDS
        and (
            word in ADJECTIVES
            or "-" in word
            or word[:1].isdigit()
            or _count(word)
            or is_person(word)
        )
    )


@lru_cache(maxsize=1024)
def _count(word: str) -> bool:
    """Whether a lower-case word is a number written out ('three', 'twenty-one'); kept, as
    the same few words open sentence after sentence."""
    return parse_number(word) is not None


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _word_at(tokens: list[re.Match[str]], index: int) -> str:
    """The word at ``index`` in lower case, without a full stop closing its sentence."""
    return tokens[index][0].lower().removesuffix(".") if index < len(tokens) else ""


def _clause_follows(tokens: list[re.Match[str]], index: int, *, aside: bool) -> bool:
    """Whether the subject's clause goes on after it: a word in lower case that joins no more
    to it ('agreed', 'also'), or, with ``aside``, an aside ('Simpson and Bowles, who');
    after a description a comma more often closes an opening phrase ('Among voters,')."""
    word = tokens[index][0].removesuffix(".") if index < len(tokens) else ""
    if word in _CLAUSE_GOES_ON:
        return aside
    return word.isalpha() and word.islower() and word not in ("and", "of", "or")
