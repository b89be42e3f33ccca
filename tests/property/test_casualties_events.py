"""Properties of the casualties extractor over generated sentences (issue 14).

Deaths that are no casualty of an event (of illness, listed or named by a medical ending, of
animals, only supposed or denied) must give nothing, however they are worded; and any noun built by the open rule for people (a stem
and a person ending, see :mod:`newsparse.extractors.casualties.people`) must carry its count
back, whether or not a table lists it.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse._data.casualty_words import ILLNESS, NOT_PEOPLE, PERSON_ENDINGS
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()

_COUNTS = st.one_of(
    st.integers(2, 999).map(str),
    st.sampled_from(["two", "three", "five", "seven", "twelve", "twenty"]),
)
_PEOPLE = st.sampled_from(
    ["people", "residents", "children", "patients", "workers", "elderly people"]
)
_SOMEONE = st.sampled_from(["His father", "A 70-year-old woman", "The singer", "Her grandmother"])
_ANIMALS = st.sampled_from(
    ["dogs", "cows", "sheep", "horses", "birds", "chickens", "dolphins", "goats"]
)
_DEATH = st.sampled_from(["died", "were killed", "have died", "perished"])
_WHEN = st.sampled_from(["", " on Tuesday", " last week", " in the region", " overnight"])


def _found(text: str) -> list[object]:
    return list(EXTRACTOR.extract(Document(text)))


@st.composite
def _illness_deaths(draw: st.DrawFn) -> str:
    illness = draw(st.sampled_from([w for w in ILLNESS if w not in ("ill", "sick")]))
    if draw(st.booleans()):
        return f"{draw(_SOMEONE)} died of {illness}{draw(_WHEN)}."
    count, people = draw(_COUNTS), draw(_PEOPLE)
    return draw(
        st.sampled_from(
            [
                f"{count.capitalize()} {people} have died of {illness}{draw(_WHEN)}.",
                f"The {illness} has killed {count} {people}{draw(_WHEN)}.",
                f"{count.capitalize()} {people} {draw(_DEATH)} after catching {illness}.",
            ]
        )
    )


@st.composite
def _animal_deaths(draw: st.DrawFn) -> str:
    count, animals = draw(_COUNTS), draw(_ANIMALS)
    return f"{count.capitalize()} {animals} {draw(_DEATH)}{draw(_WHEN)}."


@st.composite
def _supposed_deaths(draw: st.DrawFn) -> str:
    count, people = draw(_COUNTS), draw(_PEOPLE)
    return draw(
        st.sampled_from(
            [
                f"We are lucky we don't have {count} dead {people}.",
                f"If the dam fails, {count} {people} could be killed.",
                f"Had the bomb gone off, {count} {people} would have died.",
                f"Unless the fire is stopped, {count} {people} may be hurt.",
            ]
        )
    )


# Illnesses no table lists, built as medicine builds them: a stem and one of its endings.
_ILLNESS_STEMS = st.text(alphabet="abcdefghiklmnoprsuvy", min_size=3, max_size=9)
_ILLNESS_ENDINGS = st.sampled_from(["itis", "osis", "oma", "emia", "aemia", "pathy", "trition"])
_CAUSE_MODIFIERS = st.sampled_from(["", "acute ", "a rare form of ", "severe ", "chronic "])


@st.composite
def _derived_illness_deaths(draw: st.DrawFn) -> str:
    illness = draw(_CAUSE_MODIFIERS) + draw(_ILLNESS_STEMS) + draw(_ILLNESS_ENDINGS)
    count, people = draw(_COUNTS), draw(_PEOPLE)
    return draw(
        st.sampled_from(
            [
                f"{draw(_SOMEONE)} died of {illness}{draw(_WHEN)}.",
                f"{count.capitalize()} {people} have died from {illness}{draw(_WHEN)}.",
                f"{count.capitalize()} {people} succumbed to {illness}{draw(_WHEN)}.",
                f"Officials reported {count} deaths from {illness}{draw(_WHEN)}.",
            ]
        )
    )


@given(
    st.one_of(_illness_deaths(), _derived_illness_deaths(), _animal_deaths(), _supposed_deaths())
)
def test_deaths_of_no_event_give_nothing(text: str) -> None:
    assert _found(text) == [], text


@given(st.integers(2, 999), _ILLNESS_STEMS, st.sampled_from(["in", "near", "after", "at"]))
def test_an_ending_after_the_cause_takes_no_death_away(count: int, stem: str, word: str) -> None:
    """A cause ends at a preposition: a place with an illness's ending after it is no illness."""
    place = stem.capitalize() + "oma"
    (dead,) = _found(f"{count} soldiers died from their injuries {word} {place}.")
    assert (dead.kind, dead.count) == ("killed", count)


_STEMS = st.text(alphabet="abcdefghiklmnoprstuvwy", min_size=3, max_size=8)


@st.composite
def _person_nouns(draw: st.DrawFn) -> tuple[str, str]:
    """A noun for a person by the open rule, singular and plural: ("welder", "welders")."""
    stem, ending = draw(_STEMS), draw(st.sampled_from(PERSON_ENDINGS))
    singular = stem + ending
    assume(singular not in NOT_PEOPLE and not singular.endswith(("three", "ment")))
    plural = singular[:-3] + "men" if ending == "man" else singular + "s"
    return singular, plural


@given(_person_nouns(), st.integers(2, 999), st.sampled_from(["killed", "injured", "wounded"]))
def test_a_noun_of_the_open_rule_carries_its_count(
    noun: tuple[str, str], count: int, harm: str
) -> None:
    singular, plural = noun
    (many,) = _found(f"Police said {count} {plural} were {harm} in the attack.")
    assert (many.count, many.victims) == (count, plural)
    (one,) = _found(f"A {singular} was {harm} in the attack.")
    assert (one.count, one.victims) == (1, singular)
