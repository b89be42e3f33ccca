"""People told by a harm adjective, and counts past an aside with a separated number (issue 14).

One person told by a determiner and a harm adjective before their noun is a casualty of the
adjective's kind: "a wounded man", "the slain officer", "his murdered brother". The guidelines
mark a mention that tells the harm again, and a back-reference with a harm word is one. Before a
singular noun "missing", "displaced" and "evacuated" mostly name a kind of case ("a missing
person report"), and a name in capitals is no person ("a Wounded Warrior Project event").

An aside between a count and its verb may hold a number written with a separator: "4,000
people, including 1,000 civilians, have died".
"""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR, written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document

_DETERMINERS = ["a", "the", "his", "her", "their"]
_ADJECTIVES = [
    ("wounded", "injured"),
    ("injured", "injured"),
    ("slain", "killed"),
    ("murdered", "killed"),
    ("deceased", "killed"),
    ("kidnapped", "kidnapped"),
    ("detained", "arrested"),
]
_NOUNS = ["man", "woman", "officer", "teenager", "brother", "soldier", "journalist"]


@given(st.sampled_from(_DETERMINERS), st.sampled_from(_ADJECTIVES), st.sampled_from(_NOUNS))
def test_one_person_told_by_a_harm_adjective_is_counted(
    determiner: str, adjective: tuple[str, str], noun: str
) -> None:
    text = f"Neighbours said {determiner} {adjective[0]} {noun} had lived on the street for years."
    assert written(text) == [(adjective[1], 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found a wounded man lying in the street.", [("injured", 1)]),
        ("Relatives gathered at the home of the slain teacher on Sunday.", [("killed", 1)]),
        ("He attended a vigil for his murdered brother last night.", [("killed", 1)]),
        ("Court papers identify the fatally wounded teen as a student.", [("killed", 1)]),
        ("The sheriff said two slain deputies would be honoured.", [("killed", 2)]),
        ("The detained officer claimed he had been framed.", [("arrested", 1)]),
        # "deceased" is "dead": as the state a subject is in, after "found", or before its noun
        ("Deputies found three victims. One of them was deceased.", [("killed", 1)]),
        ("Officers found two teenage girls, who were deceased.", [("killed", 2)]),
        ("The coroner identified the deceased victim as Derek Burgess.", [("killed", 1)]),
        ("We have three deceased individuals inside the house.", [("killed", 3)]),
    ],
)
def test_harm_adjectives_before_one_person(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The family filed a missing person report on Monday.",
        "He spoke at a Wounded Warrior Project dinner in Tampa.",
        "Aid groups run a displaced person camp near the border.",
        "Troops marched into the battered Shatila Palestinian refugee camp.",
    ],
)
def test_no_one_harmed_by_a_case_or_a_name(text: str) -> None:
    assert written(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 4,000 people, including 1,000 civilians, have died in the fighting.",
            [("killed", 4000), ("killed", 1000)],
        ),
        (
            "Some 12,000 people, among them 2,500 children, were displaced by the floods.",
            [("displaced", 12000), ("displaced", 2500)],
        ),
    ],
)
def test_a_separated_number_in_an_aside_keeps_the_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert written(text) == expected


@given(st.integers(1, 99), st.integers(1, 999), st.sampled_from(["died", "were killed"]))
def test_an_aside_with_thousands_keeps_its_subject(whole: int, part: int, harm: str) -> None:
    total, inner = f"{whole + 1},{part:03d}", f"{whole},{part:03d}"
    text = f"More than {total} people, including {inner} civilians, {harm} in the war."
    found = written(text)
    assert ("killed", int(total.replace(",", ""))) in found
    assert ("killed", int(inner.replace(",", ""))) in found


_KILLED_ADJECTIVES = ["slain", "murdered", "assassinated"]
_ROLES = ["journalist", "former premier", "opposition leader", "police officer", "deputy"]
_PERSONS = ["Maria Lopez", "John Carter", "Ahmed Karim"]


@given(st.sampled_from(_KILLED_ADJECTIVES), st.sampled_from(_ROLES), st.sampled_from(_PERSONS))
def test_a_named_person_after_a_killing_adjective_and_a_role(
    adjective: str, role: str, person: str
) -> None:
    text = f"Crowds gathered outside the home of {adjective} {role} {person} on Sunday."
    assert written(text) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a place before the role, not the person
        "The father of slain Sandy Hook principal Dawn Hochsprung spoke on Friday.",
        # a list of names is left to the rules for lists
        "He spoke of murdered journalists James Foley and Steven Sotloff.",
    ],
)
def test_no_named_person_read_from_a_place_or_a_list(text: str) -> None:
    assert ("killed", 1) not in written(text)


def test_a_quote_after_a_named_killing_ends_the_object() -> None:
    # the killing told, the later "His death" is that killing retold (dedupe.named_dead)
    text = (
        "General Omar Haddad led the brigade for a decade. Rebels vowed to avenge the killing of "
        "Haddad “at a time of our choosing.” His death near the airport shook the region."
    )
    assert written(text) == [("killed", 1), ("killed", 1)]


def test_a_nickname_in_quotes_does_not_cut_the_name() -> None:
    text = "The gun went off, killing James Robert “J.R.” Gustafson, 13."
    assert not [f for f in EXTRACTOR.extract(Document(text)) if f.text.endswith("Robert")]


_GIVEN = ["David", "Maria", "Quintonio", "Angela"]
_PREFIXES = ["Mc", "Mac", "De", "La", "Le", "O'", "O’"]
_STEMS = ["Atee", "Grier", "Shields", "Neil", "Gowan"]


@given(st.sampled_from(_GIVEN), st.sampled_from(_PREFIXES), st.sampled_from(_STEMS))
def test_a_surname_with_a_second_capital_is_a_name(given: str, prefix: str, stem: str) -> None:
    name = f"{given} {prefix}{stem}"
    text = f"Police said {name} was killed by gunfire on Monday night."
    found = [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text))]
    assert found == [("killed", 1, f"{name} was killed")]


@given(
    st.from_regex(r"[A-Z][a-z]{2,7}", fullmatch=True),
    st.from_regex(r"[A-Z][a-z]{2,6}(?:is|ans)", fullmatch=True),
    st.sampled_from(["was shot", "was pronounced dead", "is in critical condition"]),
)
def test_a_surname_shaped_like_a_peoples_plural_is_one_person(
    given: str, surname: str, harm: str
) -> None:
    # "Davis", "Evans", "Harris": a singular verb tells the surname from "Iraqis", "Afghans"
    text = f"{given} {surname} was attacked outside a bar. {surname} {harm} on Monday."
    found = [f.text for f in EXTRACTOR.extract(Document(text))]
    assert f"{surname} {harm}" in found


def test_a_peoples_plural_with_no_count_still_counts_no_one() -> None:
    # a mention with its count untold, as the guidelines mark "service members were killed"
    found = [(f.count, f.lower) for f in EXTRACTOR.extract(Document("Iraqis were killed."))]
    assert found == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the plan, Senator Ana Ruiz shot back: 'That is not true.'",
        "The officer shot back as the car sped away.",
        "A neighbour, who shot video of the scene, spoke to reporters.",
        "Tina Towner, who shot footage of the motorcade, was 13.",
    ],
)
def test_shot_back_and_shot_footage_are_no_one_shot(text: str) -> None:
    assert written(text) == []


def test_a_death_ruled_a_homicide_makes_the_named_wound_a_killing() -> None:
    text = (
        "The coroner identified the man as Elias Moreno, 24. Moreno was shot in the head. "
        "His death was ruled a homicide."
    )
    assert written(text) == [("killed", 1), ("killed", 1)]


def test_a_natural_death_keeps_the_named_wound() -> None:
    text = (
        "The coroner identified the man as Elias Moreno, 84. Moreno was shot in the arm in 1990. "
        "His death was ruled natural."
    )
    assert ("killed", 1) not in written(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was released from jail last month after being arrested for assault.",
        "A protester shouts slogans after being detained outside the embassy.",
        "Maria Lopez is led away by officers after being taken into custody.",
        "Relatives said that she was sent home after being arrested on Monday.",
    ],
)
def test_one_person_held_after_their_clause_verb(text: str) -> None:
    assert written(text) == [("arrested", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # no one opens the clause: the waiting crowd is not held
        "Crowds waited for the minister to cross back after being detained by a closure.",
        # a capture by a force is not read here
        "He said he was beaten after being captured by militiamen.",
        # a lone capital the story never named in full is no one
        "Police said so after being arrested.",
    ],
)
def test_no_one_held_after_a_clause_verb(text: str) -> None:
    assert ("arrested", 1) not in written(text)


@given(
    st.sampled_from(["He", "She", "A protester", "The driver", "Maria Lopez"]),
    st.sampled_from(["was released on bail", "spoke to reporters", "was led away"]),
    st.sampled_from(["arrested", "detained", "taken into custody"]),
)
def test_the_subject_of_a_clause_is_held_after_being_arrested(
    subject: str, verb: str, held: str
) -> None:
    text = f"{subject} {verb} after being {held} on Friday."
    found = [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text))]
    assert found == [("arrested", 1, f"{subject} {verb} after being {held}")]
