"""Which capitalised words a story has made people: the surnames and given names it introduced
by a full name ("Barnett Slepian" ... "Slepian"), read once per story.

The rules ask :class:`Names` before they take a lone capitalised word as a victim, and the keep
step asks it whose death a later mention retells; it lives apart because it reads the whole
story, not one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from newsparse._data.casualty_words import NOBODY, PLACE_NAME_WORDS, SINGLE_PRONOUNS
from newsparse.entities import first_name_gender, may_be_a_person
from newsparse.extractors.casualties.grammar import (
    AGED,
    COUNTED,
    FLAGS,
    LEAD_PARTICLE,
    NAME_PARTICLE,
    NAME_WORD,
    NAME_WORD_REST,
    NAMED,
    NAMED_HARM_WORDS,
    NICKNAME,
    OWNER_OF_ONE,
    PLURAL_NOUN,
    PRONOUN_VICTIMS,
    SINGLE,
    SINGULAR_NOUN,
    SURNAME,
    TITLE,
    bare_plural,
    unit_parts,
)
from newsparse.extractors.casualties.people import BARE_PLURALS, is_person
from newsparse.extractors.casualties.periods import CALENDAR_WORDS
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.lowering import pieces
from newsparse.patterns import phrase_trie, word_starts
from newsparse.regex_cache import compiled


def known_name(match: re.Match[str], names: Names) -> bool:
    """Whether the people ``who`` are one surname the story has named in full ("Stevens")."""
    return _lone_name(match["who"]) and names.knows_all(match["who"])


_FULL_NAMED = compiled(NAMED)
_TITLED = compiled(TITLE)


_LIST_JOIN = compiled(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def named_people(words: str) -> bool:
    """Whether each name ``words`` list is one the story gives a person by its own words: a
    title ("Dr. Barnett Slepian") or a full name whose given name the first-name table knows
    ("Ambassador Chris Stevens", "Mary Jones and John Smith"), and no place or body ("New
    York", "Human Rights Watch"). After "including" a name has no victim noun to tell it is
    someone's.
    """
    return all(map(_named_person, list_members(words)))


def list_members(words: str) -> list[str]:
    """The members of a list of names: "A, B and C" is A, B and C."""
    return _LIST_JOIN.split(words)


def is_full_name(words: str) -> bool:
    """Whether ``words`` are a full name and nothing else ("Trayvon Martin", "Deputy Danny
    Oliver"), no place or body ("New York", "Human Rights Watch"). Asked of people a rule has
    already read as one person each, it tells a name from a description ("a farmer")."""
    return _FULL_NAMED.fullmatch(words) is not None and may_be_a_person(words)


def _named_person(name: str) -> bool:
    if not is_full_name(name):
        return False
    if _TITLED.match(name):
        return True
    return any(first_name_gender(word) is not None for word in name.split()[:-1])


# A name of two or more capitalised words: its last words may later stand alone as a surname.
# A later word may open with a particle in lower case ("Abu Ayyub al-Masri" ... "Masri").
# Each word is read whole, with no backtracking into it (an atomic group): only a space may
# follow one, never a letter it gives back, so the story's every capitalised word that no name
# follows fails at once instead of being retried a letter at a time.
FULL_NAME = compiled(
    rf"[A-Z](?<![\w.].)(?>{NAME_WORD_REST})(?:\s+[A-Z]\.)?"
    rf"((?:{NICKNAME}?\s+{NAME_PARTICLE}?(?>{NAME_WORD}))+)"
)
_NICKNAME = compiled(NICKNAME)


def _later_words(words: str) -> list[str]:
    """The capitalised words of a full name after its first, less a nickname, which is no
    surname ('Zhivago “Stank” Hines' ... "Hines"); the quote marks looked for first."""
    if '"' in words or "“" in words:
        words = _NICKNAME.sub("", words)
    return CAPITALISED.findall(words)


_ALONE = compiled(SURNAME)
CAPITALISED = compiled(rf"[A-Z](?<![\w.].){NAME_WORD_REST}")
# The particle a lone surname opens with, in either case: "al-Awlaki" and "Al-Awlaki" are the
# "Awlaki" of "Anwar al-Awlaki".
_LEAD_PARTICLE = compiled(LEAD_PARTICLE, re.IGNORECASE)
POSSESSIVE_END = compiled(r"['’]s?$")
_NOT_A_SURNAME = frozenset((*PLACE_NAME_WORDS, "Police", "County", "City", "State", "Sheriff"))
_AFTER_PLACE_WORD = compiled(r"\b(?:in|at|near|from|outside|into|across)\s+([A-Z][a-z'’-]+)")


def _places_named(text: str) -> list[str]:
    """The capitalised words after a preposition of place: ``_AFTER_PLACE_WORD.findall(text)``,
    tried only at word starts (see :func:`~newsparse.patterns.word_starts`)."""
    found = []
    for start, _ in word_starts(_AFTER_PLACE_WORD, text, after_hyphen=True):
        place = _AFTER_PLACE_WORD.match(text, start)
        if place is not None:
            found.append(place[1])
    return found


_OWNER_OF_A_PERSON = compiled(
    rf"{OWNER_OF_ONE}(?=\s+(?!(?:{phrase_trie(NAMED_HARM_WORDS)})\b)[a-z])"
)
_CALENDAR = frozenset(CALENDAR_WORDS)


@cache
def _not_a_lone_name() -> re.Pattern[str]:
    """Compiled when first needed: it holds the large person patterns."""
    return compiled(
        rf"{COUNTED}|{SINGLE}|{AGED}|{NAMED}|{QUANTITY}|{SINGULAR_NOUN}|{PLURAL_NOUN}|"
        rf"\b(?:{phrase_trie((*SINGLE_PRONOUNS, *NOBODY, *PRONOUN_VICTIMS, 'his'))})\b",
        FLAGS,
    )


def _lone_name(words: str) -> bool:
    """Whether ``words`` is a capitalised word that only a surname reading makes a person."""
    return _ALONE.fullmatch(words) is not None and _not_a_lone_name().fullmatch(words) is None


def _unknown_alone(words: str) -> bool:
    """Whether ``words``, one of the people a finding counts, must be a surname the story knows:
    a lone name, or a capitalised word shaped like a people's plural ("Davis", "Evans") or
    spelled like a plural noun ("Fellows"), which counting reads as one person only before a
    singular verb."""
    return _lone_name(words) or (words[:1].isupper() and bare_plural(words))


@lru_cache(maxsize=4096)
def _alone_in(who: str) -> tuple[str, ...]:
    """The people among ``who`` that only a surname the story knows makes people (see
    :func:`_unknown_alone`): read once per wording, as the same people are asked about at each
    of their findings and the same names recur from story to story. A name between commas after
    a noun ("his son, Travis") is that person's, no name alone."""
    people = (who[start:end] for start, end in unit_parts(who, 0, True))
    return tuple(words for words in people if _unknown_alone(words))


# A word in lower case, read whole: a run of word characters, apostrophes and hyphens. The
# look-behind follows the first letter (it reads the letter and the character before it), so
# ``re`` skips in C to the next lower-case letter instead of trying every character.
_LOWER_CASE_WORD = compiled(r"[a-z](?<![\w'’-].)[\w'’-]*")


def _lower_case_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case ("the", "share"), in one pass over it, so that
    testing each name of a long story stays linear. Listed a piece at a time: a long text listed
    whole would hold every word of it at once (ten megabytes for a million characters)."""
    words: set[str] = set()
    for piece in pieces(text):
        words.update(_LOWER_CASE_WORD.findall(piece))
    return words


class Names:
    """The surnames a story has introduced by a full name ("Barnett Slepian" ... "Slepian").

    A lone capitalised word is a person only when the story named them in full: a capital alone
    may open any sentence ("Nobody was hurt", "Everyone died"). A given name may stand alone
    too ("Secoriea Turner" ... "Secoriea died"). Read once per story, when first asked.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: frozenset[str] | None = None
        self._given: frozenset[str] | None = None
        self._names: list[tuple[str, list[str]]] | None = None
        self._firsts: frozenset[str] | None = None
        self._died_of_harm: frozenset[str] | None = None
        self._one_named: frozenset[str] | None = None
        self._lower_case: set[str] | None = None
        # the keep steps ask again of the same finding's words: each wording is read once
        self._named_in: dict[str, frozenset[str]] = {}
        self._given_in: dict[str, frozenset[str]] = {}
        self._introduced: dict[str, bool] = {}

    def knows_all(self, who: str, given: bool = True) -> bool:
        """Whether each lone capitalised word among the people ``who`` is a known surname, or
        a known given name where ``given``.
        """
        if CAPITALISED.search(who) is None:
            return True
        return all(
            (
                w in self._surnames()
                or _LEAD_PARTICLE.sub("", w, count=1) in self._surnames()
                or (given and w in self._first_words() and w in self._given_names())
                or self._introduced_alone(w)
            )
            and w.lower() not in _CALENDAR
            for w in _alone_in(who)
        )

    def names_one(self, word: str) -> bool:
        """Whether ``word``, shaped like a people's plural but listed as none ("Davis",
        "Travis", "Evans"; not "Americans" or "Women"), is the story's name for one person: a
        word of a full name that holds a given name at or before it ("John Davis", "Officer
        Travis Lee"). The given name tells a person's name from a people counted or opening a
        sentence ("Two Americans", "The Afghans"), which the full names read as well; a word the
        story writes in lower case is none ("The", "Will"). Asked only of such words, so a
        story pays for it only where one stands among the people of a harm."""
        if word.lower() in BARE_PLURALS:
            return False
        if self._one_named is None:
            named: set[str] = set()
            for first, later in self._full_names():
                words = [first, *later]
                given = next((i for i, w in enumerate(words) if self._given_name(w)), None)
                if given is not None:
                    named.update(POSSESSIVE_END.sub("", w) for w in words[given:])
            self._one_named = frozenset(named)
        return word in self._one_named

    def _given_name(self, word: str) -> bool:
        """Whether the first-name table knows ``word`` and the story never writes it in lower
        case."""
        return first_name_gender(word) is not None and word.lower() not in self._in_lower_case()

    def _in_lower_case(self) -> set[str]:
        """The words the story writes in lower case, read once when first asked."""
        if self._lower_case is None:
            self._lower_case = _lower_case_words(self._text)
        return self._lower_case

    def named_in(self, words: str) -> frozenset[str]:
        """The known surnames among ``words``, less those who own the person named ("Thomas'
        co-actor" is not Thomas; "Floyd's death" is Floyd's).
        """
        named = self._named_in.get(words)
        if named is None:
            owned = _OWNER_OF_A_PERSON.sub("", words)
            found = {POSSESSIVE_END.sub("", w) for w in CAPITALISED.findall(owned)}
            named = self._surnames().intersection(found) if found else frozenset()
            if found and len(named) < len(found):
                named = named.union(w for w in found - named if self._introduced_alone(w))
            self._named_in[words] = named
        return named

    def died_of_harm(self) -> frozenset[str]:
        """The known surnames of people whose death the story tells with its harm: "Floyd, who
        died after an officer knelt on his neck", "her death from gunshot wounds".
        """
        if self._died_of_harm is None:
            deaths = word_starts(_DIED_OF_HARM, self._text, after_hyphen=True)
            told = (self._text[max(0, start - OWNER_REACH) : end] for start, end in deaths)
            owners = (  # "Floyd's murder"
                _OWNER_WORD.search(self._text, max(0, m.start() - _OWNER_WORD_REACH), m.start())
                for m in _OWNED_KILLING.finditer(self._text)
            )
            self._died_of_harm = frozenset().union(
                *map(self.named_in, told), *(self.named_in(w.group()) for w in owners if w)
            )
        return self._died_of_harm

    def died_by_harm_in(self, words: str) -> bool:
        """Whether ``words`` name someone whose death the story tells with its harm (see
        :meth:`died_of_harm`)."""
        named = self.named_in(words)
        return bool(named) and not named.isdisjoint(self.died_of_harm())

    def given_in(self, words: str) -> frozenset[str]:
        """The known given names among ``words`` ("Secoriea's death")."""
        given = self._given_in.get(words)
        if given is None:
            found = {POSSESSIVE_END.sub("", w) for w in CAPITALISED.findall(words)}
            found.intersection_update(self._first_words())
            given = self._given_names().intersection(found) if found else frozenset()
            self._given_in[words] = given
        return given

    def _first_words(self) -> frozenset[str]:
        """The first words of the story's full names. Every given name is one, and the given
        names cost two more readings of the whole story, so a word that is no first word is
        answered without them ("Witnesses" opening a sentence is no one's given name)."""
        if self._firsts is None:
            self._firsts = frozenset(first for first, _ in self._full_names())
        return self._firsts

    def _given_names(self) -> frozenset[str]:
        if self._given is None:
            names = self._full_names()
            # not the first word of a place or a body ("Prague Friday", "Toledo Police"), a word
            # the story writes in lower case ("The", "Share") or a place ("in Phoenix")
            given = {first for first, _ in names}.difference(
                first
                for first, later in names
                if not (
                    _CALENDAR.isdisjoint(w.lower() for w in later)
                    and _NOT_A_SURNAME.isdisjoint(later)
                )
            )
            if given:
                lower_case = self._in_lower_case()
                given.difference_update([w for w in given if w.lower() in lower_case])
            if given:
                given.difference_update(_places_named(self._text))
            self._given = frozenset(given)
        return self._given

    def _full_names(self) -> list[tuple[str, list[str]]]:
        """Each full name's first word and later words, read once."""
        if self._names is None:
            self._names = [
                (m.group().split(maxsplit=1)[0], _later_words(m.group(1)))
                for m in FULL_NAME.finditer(self._text)
            ]
        return self._names

    def _surnames(self) -> frozenset[str]:
        if self._known is None:
            words = {w for _, later in self._full_names() for w in later}
            self._known = frozenset(POSSESSIVE_END.sub("", w) for w in words)
        return self._known

    def _introduced_alone(self, word: str) -> bool:
        """Whether the story gives ``word`` as a one-word name after a possessive and a noun for
        someone of theirs, set off by a comma or not: "the death of their mother Diana", "her son
        Karson", "one of bin Laden's sons, Saad". Such a name is
        the story's word for that person, as a surname is after a full name ("Diana was
        killed", "Diana's death"); a word the story also writes in lower case, a month or a day
        is no name ("his wife May"). Asked of one word at a time, where no full name knows it,
        so a story pays only for the lone words a rule asks about."""
        known = self._introduced.get(word)
        if known is None:
            known = word.lower() not in _CALENDAR and any(
                is_person(m[1])
                for at in _occurrences(self._text, word)
                if (m := _BEFORE_ONE_WORD_NAME.search(self._text, max(0, at - 40), at))
            )
            if known:
                known = word.lower() not in self._in_lower_case()
            self._introduced[word] = known
        return known


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands alone in ``text`` after a word in lower case and a space (the noun
    for someone), or a comma and a space: not inside a longer word nor before another
    capitalised word ("her son Daniel Smith" gives Daniel no name of his own); its possessive
    may follow ("her son Kendall's birthday"). The characters before it are looked at first, in
    plain Python."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (
            at > 2
            and text[at - 1] == " "
            and (text[at - 2].islower() or (text[at - 2] == "," and text[at - 3].islower()))
            and _ALONE_AFTER.match(text, after) is None
        ):
            yield at
        at = text.find(word, after)


# What stands before a one-word name: a possessive, a pronoun's or a noun's, and a noun for
# someone ("their mother ", "her late husband, ", "bin Laden's sons, "), and for the second of
# two names the first and "and" ("her sons, Adam and "), read back from the name.
_BEFORE_ONE_WORD_NAME = compiled(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Za-z][\w-]*['’]s?)\s+(?:late\s+)?([a-z][a-z-]+),? "
    r"(?:[A-Z][a-z]+ and )?$"
)
_ALONE_AFTER = compiled(r"(?!['’]s?\b)[\w'’-]|\s+[A-Z]|\.[A-Z]")  # a possessive may follow


# A death told with the harm that caused it, within the clause: "died after an officer knelt
# on his neck", "died of gunshot wounds", "death at the hands of police", "death by suicide
# bomb"; or told a killing by the coroner: "his death has been ruled a homicide". Read at word
# starts (each branch opens on a letter).
_DIED_OF_HARM = compiled(
    r"\b(?:died|dies|death)\b[^.;!?]{0,40}?\b(?:after|when|from|of|by|at\s+the\s+hands\s+of)\b"
    r"[^.;!?]{0,50}?\b(?:knelt|kneeling|shot|stabbed|beaten|beating|strangled|choked|chokehold|"
    r"gunfire|gunshots?|gunned|assaulted|tortured|police|officers?|gunm[ae]n|attackers?|"
    r"bombs?|bombing|blast|explosion|(?:air|drone|missile)\s+strike|airstrike)\b"
    r"|\bdeath\b[^.;!?]{0,30}?\bruled\s+(?:as\s+)?(?:an?\s+)?homicide\b",
    re.IGNORECASE,
)
# A person told killed by a noun they own: "George Floyd's murder", "Soleimani's killing".
# Read from the owner's mark, which few characters are, and back to the name before it.
_OWNED_KILLING = compiled(r"['’]s?\s+(?:murder|killing|assassination|slaying)\b")
_OWNER_WORD = compiled(r"[A-Z][\w-]*$")
_OWNER_WORD_REACH = 30
OWNER_REACH = 80  # characters before a harm where whose it is may be told
