"""Turn a speaker mention into the fullest name the article gives that person.

A mention is a name ("Lopez Obrador"), a titled name ("State Department spokesman Ned Price"),
an unnamed source ("a senior US administration official") or a pronoun. :class:`NameBook`
reads every capitalised run of the article once, so a later "Ebrard" finds "Marcelo Ebrard";
pronouns and "the official" are resolved by :class:`SpeakerTracker` against earlier speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from newsparse._data.reporting_verbs import (
    DETERMINERS,
    GENDERED_TITLES,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAME_STARTS,
    ORGANISATION_WORDS,
    PLURAL_NOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
)
from newsparse.span import Span

_CAPITAL = r"[^\W\d_a-z]"
_WORD_REST = r"[\w’'\-]*\.?"
_CAPITALISED_WORD = _CAPITAL + _WORD_REST
_NEXT_NAME_WORD = rf"[ \t]+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[ \t]+)?{_CAPITALISED_WORD}"
_CAPITALISED_RUN = re.compile(rf"(?<![\w’'\-]){_CAPITALISED_WORD}(?:{_NEXT_NAME_WORD})*")
# the capital is matched first and the character before it checked after: far fewer look-behinds
_LONG_RUN = re.compile(rf"{_CAPITAL}(?<![\w’'\-].){_WORD_REST}(?:{_NEXT_NAME_WORD})+")
_NAME = rf"{_CAPITALISED_WORD}(?:{_NEXT_NAME_WORD})+"
_AGE_REFERENCE = re.compile(r"the \d+-year-old")  # 'the 30-year-old said': a person named before
_SPLIT = re.compile(r"\s+")
_REMEMBERED = 8
_PERSON_REACH = 1500  # characters back a pronoun or a title looks for a person it names
_APPOSITION_REACH = 80  # characters on a title looks for its holder: 'the minister, Sir Keir ...'


def name_words(phrase: str) -> tuple[str, ...]:
    """The words of the person's name in ``phrase``: titles, roles and determiners dropped."""
    words = [word.rstrip(".,") for word in _SPLIT.split(phrase.strip()) if word]
    for index in range(len(words) - 2, -1, -1):  # the name follows the last title or clause word
        lowered = words[index].lower()
        if (
            lowered in NOT_NAME_STARTS
            or lowered in NAME_TITLES
            or _possessive_free(lowered) != lowered  # "Labour's Rachel Reeves"
        ):
            words = words[index + 1 :]
            break
    while words and (
        words[0].lower() in NAME_TITLES
        or words[0].lower() in NAME_PARTICLES
        or words[0].lower() in NOT_NAME_STARTS
        or words[0].lower() in DETERMINERS
    ):
        words = words[1:]
    return tuple(_possessive_free(word) for word in words if word)


def _possessive_free(word: str) -> str:
    for ending in ("’s", "'s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def name_in(text: str, mention: Span) -> str | None:
    """The name a mention heads ('Ned Price' in 'spokesman Ned Price'), or None if it has none."""
    phrase = text[mention.start : mention.end]
    runs = list(_CAPITALISED_RUN.finditer(phrase))
    if not runs or len(phrase[: runs[-1].end()].rstrip(".,")) != len(phrase.rstrip(".,")):
        return None
    words = name_words(runs[-1].group())
    return " ".join(words) if words else None


class NameBook:
    """Every capitalised name of an article, looked up by its last word. Each distinct name is
    kept once with where it occurs, so an article repeating a name stays linear. A run of
    capitalised words is only read for its name once a speaker with the same last word asks:
    most of an article's names are never asked for."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs: dict[str, list[tuple[str, int]]] = {}
        for match in _LONG_RUN.finditer(text):
            run = match.group()
            last = _possessive_free(run.rsplit(None, 1)[-1].rstrip(".,")).lower()
            self._runs.setdefault(last, []).append((run, match.start()))
        self._by_last: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._people: list[tuple[int, str]] | None = None
        self._namings: dict[str, tuple[list[int], list[str]]] = {}

    def person_before(self, position: int, kind: str) -> str | None:
        """The nearest person named before ``position`` whom a pronoun of ``kind`` ("m" or "f")
        may stand for: 'Officer Paul Reyes arrived. "...," he said.' -> 'Paul Reyes'."""
        if self._people is None:
            self._people = sorted(
                (start, run) for runs in self._runs.values() for run, start in runs
            )
        index = bisect_right(self._people, (position,)) - 1
        while index >= 0 and self._people[index][0] >= position - _PERSON_REACH:
            start, run = self._people[index]
            index -= 1
            words = name_words(run)
            if (
                len(words) >= 2
                and not any(word.isupper() or word.lower() in ORGANISATION_WORDS for word in words)
                and (kind == "s" or _gender([word.lower() for word in run.split()]) in ("s", kind))
            ):
                return self.fullest(" ".join(words), start + len(run))
        return None

    def holder_of(self, title: str, position: int) -> str | None:
        """Who holds a title, when the text names them nearby, the nearest naming first: 'The
        Prime Minister, Rishi Sunak,' or 'Rishi Sunak, the prime minister,' -> 'Rishi Sunak'.
        Each title's namings are read once per article, so repeated titles stay linear."""
        namings = self._namings.get(title)
        if namings is None:
            matches = list(_apposition(title).finditer(self._text))
            namings = self._namings[title] = (
                [match.start() for match in matches],
                [match.group("after") or match.group("before") for match in matches],
            )
        starts, holders = namings
        after = bisect_right(starts, position)
        nearby = [
            (abs(starts[index] - position), holders[index])
            for index in (after - 1, after)
            if 0 <= index < len(starts)
            and position - _PERSON_REACH <= starts[index] <= position + _APPOSITION_REACH
        ]
        named = name_words(min(nearby)[1]) if nearby else ()
        return " ".join(named) if len(named) >= 2 else None

    def _ending_in(self, last: str) -> dict[tuple[str, ...], list[int]]:
        """The names whose last word is ``last``, each with where it occurs."""
        named = self._by_last.get(last)
        if named is None:
            named = self._by_last[last] = {}
            for run, start in self._runs.get(last, ()):
                words = name_words(run)
                if len(words) >= 2:
                    named.setdefault(words, []).append(start)
        return named

    def fullest(self, name: str, position: int) -> str:
        """The longest name ending in ``name``'s words; the nearest earlier one on a tie."""
        words = tuple(word.lower() for word in name.split())
        if not words:
            return name
        best: tuple[int, int, tuple[str, ...]] | None = None
        for candidate, starts in self._ending_in(words[-1]).items():
            lowered = tuple(word.lower() for word in candidate)
            if len(candidate) <= len(words) or lowered[-len(words) :] != words:
                continue
            earlier = bisect_right(starts, position) - 1
            distance = position - starts[earlier] if earlier >= 0 else 10**9
            rank = (len(candidate), -distance)
            if best is None or rank > best[:2]:
                best = (*rank, candidate)
        return " ".join(best[2]) if best else name


class SpeakerTracker:
    """Resolves speaker mentions in reading order, remembering recent speakers for pronouns.

    Each remembered speaker carries what a pronoun may call it: "m" or "f" once a title or a
    gendered pronoun has said so, "s" for a person of unknown gender, "p" for a group
    ("officials", "the groups"). 'he' takes the most recent "m" or "s" speaker, 'she' the
    most recent "f" or "s" one, 'they' the most recent group.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._book = NameBook(text)
        self._recent: list[tuple[str, str]] = []
        self._described: dict[str, str] = {}

    def resolve(self, mention: Span) -> str | None:
        """The speaker's name for ``mention``, and remember it for later pronouns."""
        phrase = self._text[mention.start : mention.end].strip()
        lowered = phrase.lower()
        if lowered in RELATIVE_PRONOUNS:
            return None  # resolved through the phrase it stands for, when there is one
        if lowered in PRONOUN_GENDER:
            kind = PRONOUN_GENDER[lowered]
            return self._refer(kind, mention.start, third_person=kind in ("m", "f"))
        if _AGE_REFERENCE.fullmatch(lowered):
            return self._refer("s", mention.start, third_person=True)
        words = lowered.split()
        name = name_in(self._text, mention)
        if name is None and _is_title(words):
            name = self._book.holder_of(" ".join(words[1:]), mention.start)
        if name is not None:
            full = self._book.fullest(name, mention.start)
            self._remember(full, _gender(words))
            return full
        head = words[-1] if words else lowered
        if words and words[0] in ("the", "this", "that") and head in self._described:
            resolved = self._described[head]
        else:
            resolved = phrase
            self._described[head] = phrase
        self._remember(resolved, "p" if _plural(words) else _gender(words))
        return resolved

    def _refer(self, kind: str, position: int, *, third_person: bool) -> str | None:
        """The most recent speaker a pronoun of ``kind`` can refer to, else for a third person
        ('he', 'she', 'the 30-year-old', never 'I') the nearest person named before it; a
        gendered pronoun also fixes that person's gender for later pronouns."""
        if kind == "n":
            return None
        accepted = {"m": "ms", "f": "fs", "s": "smf", "p": "p"}[kind]
        found = next((name for name, known in self._recent if known in accepted), None)
        if found is None and third_person:
            found = self._book.person_before(position, kind)
        if found is not None and kind in "mf":
            self._remember(found, kind)
        return found

    def _remember(self, name: str, kind: str) -> None:
        self._recent = [(name, kind)] + [
            entry for entry in self._recent[: _REMEMBERED - 1] if entry[0] != name
        ]


@lru_cache(maxsize=256)
def _apposition(title: str) -> re.Pattern[str]:
    """'Prime Minister, Rishi Sunak' or 'Rishi Sunak, the prime minister' for one title; kept,
    as the same few titles come back in article after article."""
    words = r"[ \t]+".join(re.escape(word) for word in title.split())
    return re.compile(
        rf"(?i:{words}),?[ \t]+(?P<after>{_NAME})"
        rf"|(?P<before>{_NAME}),[ \t]+(?i:the[ \t]+)?(?i:{words})\b"
    )


def _is_title(words: list[str]) -> bool:
    """'the Prime Minister', 'the mayor': a title standing for the person who holds it."""
    return len(words) >= 2 and words[0] == "the" and all(w in NAME_TITLES for w in words[1:])


def _gender(words: list[str]) -> str:
    """'m' or 'f' when a title or role word says so ('Mrs. Clinton', 'spokeswoman'), else 's'."""
    for word in words:
        gender = GENDERED_TITLES.get(word.rstrip("."))
        if gender is not None:
            return gender
    return "s"


def _plural(words: list[str]) -> bool:
    """'officials', 'two aides', 'Blumenthal and Cohen': a group, which 'they' refers to."""
    if not words:
        return False
    head = words[-1].rstrip(".,")
    return (
        "and" in words
        or head in PLURAL_NOUNS
        or (head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")))
    )
