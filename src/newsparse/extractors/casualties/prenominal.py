"""Counts whose harm word stands before the people it counts: "six missing miners", "some 300
displaced Zaireans", "three wounded soldiers".

The harm is an adjective here, between the count and the people's noun, where the rules that
read a harm after its people ("six miners are missing") or before them ("wounded three
soldiers") find none. The adjectives are the one-word past participles of the harm states
(:data:`~newsparse._data.casualty_words.HARM_STATES`) and ``missing``; each is read only where
a noun for people follows it, so "two wounded" alone is left to the other rules. People whose
harm the clause goes on to change ("three wounded people died in hospital") are counted by the
rule that reads the later harm, not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsparse._data.casualty_words import HARM_STATES, PRENOMINAL_NOT
from newsparse.extractors.casualties.grammar import (
    FLAGS,
    MODIFIER,
    NAMED,
    PLURAL_NOUN,
    SINGULAR_NOUN,
    STATE_KIND,
)
from newsparse.extractors.casualties.names import list_members, named_people
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

#: Each adjective and the kind it tells: the states of one word that a participle ends
#: ("wounded", "displaced", "detained", "beaten", "slain"), and "missing".
PRENOMINAL_KIND: dict[str, str] = {
    state: kind
    for kind, states in HARM_STATES.items()
    for state in states
    if state.isalpha()
    and (state.endswith(("ed", "en", "ain")) or state == "missing")
    and state not in PRENOMINAL_NOT
}
#: The kinds whose adjective tells one person harmed after a determiner ("a wounded man", "his
#: slain brother"): before a singular noun the others mostly name a kind of case or place ("a
#: missing person report", "a displaced persons camp").
ONE_PERSON_KINDS = frozenset(("killed", "injured", "kidnapped", "arrested"))
#: The determiner that makes the one person the adjective tells of: "a wounded man", "the slain
#: officer", "his murdered brother"; the words after it in lower case, as a name's are not ("a
#: Wounded Warrior Project fundraiser").
_DETERMINER = r"(?:an?|the|his|her|their|our|my|your)"
ONE_PERSON = rf"{_DETERMINER}(?=\s+(?-i:[a-z]))"

# Before the adjective only a word of degree or an adverb: "two other injured", "three
# critically wounded" ("two suspects wounded the bystanders" is a verb and its object).
_BEFORE = r"(?:other|more|additional|[a-z]+ly)"
#: The words just before the adjective of one person: "a ", "the critically ".
ONE_PERSON_BEFORE = rf"\b{_DETERMINER}\s+(?:{_BEFORE}\s+)?"
# After it a word of letters, not a function word: "2 injured in Minneapolis", "2002 and
# killed 124 people" name no people harmed.
_AFTER_WORD = (
    r"(?!(?:and|or|but|nor|then|in|on|at|of|by|from|to|for|with|near|after|as|the|a|an|"
    r"his|her|their|its|our|this|that|these|those)\b)[a-z][a-z'’-]*"
)
_REACH = 40  # characters from the count's first word to the adjective: "at least 300"
_BEFORE_REACH = 24  # characters before the adjective its determiner and adverb stand in
_AFTER = 80  # characters from the adjective through the people's noun
# A harm of the same people told next, which the rules for it read: "three wounded people died".
_CHANGED = compiled(
    rf"\s+(?:later\s+|then\s+|have\s+|had\s+|were\s+|was\s+)*(?:died|succumbed|perished|killed|{QUANTITY}\b)",
    re.IGNORECASE,
)


class PrenominalRule:
    """Reads "QUANTITY [modifier] ADJECTIVE [modifier] PEOPLE", with ``people`` the regex
    fragment of a plural noun for people that the extractor reads counts before; or, with
    ``count`` a determiner and ``people`` a singular noun, one person ("a wounded man") of the
    ``kinds`` given."""

    def __init__(
        self,
        people: str,
        count: str = rf"(?<!\bof\s){QUANTITY}",
        kinds: frozenset[str] | None = None,
        before: str | None = None,
    ) -> None:
        # a cheap test of the words just before the adjective, where ``before`` tells them
        self._before = None if before is None else compiled(rf"{before}$", re.IGNORECASE)
        self._adjectives = frozenset(
            word for word, kind in PRENOMINAL_KIND.items() if kinds is None or kind in kinds
        )
        # The count opens no longer number ("200" of "1,200" is not one); at most one modifier
        # stands on either side of the adjective ("three badly wounded Afghan soldiers").
        self._pattern = compiled(
            rf"(?<![\w,.-])(?P<who>{count}\s+(?:(?P<how>{_BEFORE})\s+)?"
            rf"(?P<harm>{phrase_trie(self._adjectives)})\s+(?:{_AFTER_WORD}\s+)??{people})",
            re.IGNORECASE,
        )
        # the cheap test first: most harm words are followed by no people ("killed in", "died.")
        self._people_after = compiled(rf"\s+(?:{_AFTER_WORD}\s+)??{people}", re.IGNORECASE)

    def matches(self, sentence: str, cues: Iterable[tuple[int, str]]) -> Iterator[re.Match[str]]:
        """The counted people of ``sentence`` whose adjective is one of ``cues`` (each the offset
        of a cue word in the sentence and the word lower-cased); ``harm`` is the adjective (its
        kind is :data:`PRENOMINAL_KIND` of it) and ``who`` the count through the noun.
        """
        for at, word in cues:
            if word not in self._adjectives:
                continue
            if self._before is not None and not self._before.search(
                sentence, max(0, at - _BEFORE_REACH), at
            ):
                continue
            if not self._people_after.match(sentence, at + len(word)):
                continue
            for match in self._pattern.finditer(sentence, max(0, at - _REACH), at + _AFTER):
                if match.start("harm") > at:
                    break
                if match.start("harm") == at and not _CHANGED.match(sentence, match.end()):
                    yield match
                    break


def prenominal_kind(match: re.Match[str]) -> str:
    """The kind a match of :class:`PrenominalRule` tells: its adjective's, or that of the state
    the adverb before it makes with it ("the fatally wounded teen" was killed)."""
    harm = match["harm"].lower()
    how = match["how"]
    if how is not None:
        kind = STATE_KIND.get(f"{how.lower()} {harm}")
        if kind is not None:
            return kind
    return PRENOMINAL_KIND[harm]


#: The adjectives that tell a person killed before their role and name, and never a verb of the
#: clause there: "killed" and "drowned" before a name are mostly the verb ("Saudi agents killed
#: journalist Jamal Khashoggi"), which the object rules read.
_KILLED_BEFORE_A_NAME = frozenset(
    word
    for word, kind in PRENOMINAL_KIND.items()
    if kind == "killed" and word in ("slain", "murdered", "assassinated", "executed", "martyred")
)
# An adjective stands after a preposition or a mark, or opens the sentence: "the widow of slain
# journalist Jamal Khashoggi", "a vigil for slain officer Ana Ruiz", "Slain deputy Brad Lee".
_ADJECTIVE_PLACE = compiled(r"(?:^|[,;:(]\s*|\b(?:of|for|to|with|from|about|at|by)\s+)$", FLAGS)
# A role in lower case (the name holds a title), then the name: "former premier Rajiv Gandhi";
# with no role the capitals may be a place's ("slain Sandy Hook principal Dawn Hochsprung").
# A plural role before a list of names: "murdered US journalists James Foley and Steven
# Sotloff", each name one of the killed.
_NAMES = rf"{NAMED}(?:,\s+{NAMED})*,?\s+and\s+{NAMED}"
_NAMED_AFTER = compiled(
    rf"(?P<harm>{phrase_trie(_KILLED_BEFORE_A_NAME)})\s+{MODIFIER}{{0,3}}(?=(?-i:[a-z]))"
    rf"(?:{SINGULAR_NOUN}\s+(?-i:(?=[A-Z]))(?P<who>{NAMED})(?![\w'’-]|\s+and\s+(?-i:[A-Z]))"
    rf"|{PLURAL_NOUN}\s+(?-i:(?=[A-Z]))(?P<list>{_NAMES}))",
    FLAGS,
)
_NAMED_REACH = 120  # characters from the adjective through the name
_LIST_REACH = 200  # through a list of names


def killed_named(sentence: str, cues: Iterable[tuple[int, str]]) -> Iterator[tuple[int, int, int]]:
    """The spans of ``sentence`` that tell named people killed by an adjective before their
    role and names ("assassinated former premier Rajiv Gandhi", "murdered journalists James
    Foley and Steven Sotloff"), from the cue words among ``cues`` (offsets in the sentence and
    words lower-cased), each with how many names it gives."""
    for at, word in cues:
        if word not in _KILLED_BEFORE_A_NAME or not _ADJECTIVE_PLACE.search(
            sentence, max(0, at - 8), at
        ):
            continue
        match = _NAMED_AFTER.match(sentence[: at + _LIST_REACH], at)
        if match is None:
            continue
        if match["who"] is not None:
            if match.end() <= at + _NAMED_REACH and named_people(match["who"].rstrip(", ")):
                yield match.start(), match.end(), 1
        elif named_people(match["list"]):
            yield match.start(), match.end(), len(list_members(match["list"]))
