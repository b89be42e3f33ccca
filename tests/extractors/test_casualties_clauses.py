"""A harm verb's count told inside a clause of a longer sentence (issue 14, class 4).

"The Sandy Hook shooting that killed 20 children was a hoax": the count is the object of a
relative clause, and the sentence's own verb follows it at once. The object still ends there.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st


def counts(text: str) -> list[tuple[str, int | None]]:
    return written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He claimed the school shooting that killed 26 people was staged.", [("killed", 26)]),
        ("The gunman who shot three deputies had a long record.", [("shot", 3)]),
        ("A blast which wounded 40 shoppers will be investigated.", [("injured", 40)]),
        ("The raid that killed 12 civilians is under review.", [("killed", 12)]),
    ],
)
def test_the_object_ends_at_the_sentence_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


_EVENTS = st.sampled_from(
    ["the shooting", "a car bomb", "the 2019 attack", "an ambush", "the gunman", "the crash"]
)
_RELATIVES = st.sampled_from(["that", "which", "who"])
_HARMS = st.sampled_from([("killed", "killed"), ("wounded", "injured"), ("injured", "injured")])
_COUNTS = st.sampled_from([("two", 2), ("20", 20), ("at least 30", 30), ("1,200", 1200)])
_PEOPLE = st.sampled_from(["people", "children", "soldiers", "worshippers", "students"])
_VERBS = st.sampled_from(
    ["was a hoax", "were never found", "has been forgotten", "had been planned", "will be tried"]
)


@given(_EVENTS, _RELATIVES, _HARMS, _COUNTS, _PEOPLE, _VERBS)
def test_a_count_in_a_relative_clause_is_read(
    event: str,
    relative: str,
    harm: tuple[str, str],
    count: tuple[str, int],
    people: str,
    verb: str,
) -> None:
    text = f"He said {event} {relative} {harm[0]} {count[0]} {people} {verb}."
    assert (harm[1], count[1]) in counts(text)


# One harm verb shared by more counts than its own object (issue 14, class 2): a second count
# told in another place with the noun left out, or more people added by "along with".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The twin blasts killed 118 people in Lagos and 14 in Abuja.",
            [("killed", 118), ("killed", 14)],
        ),
        (
            "The gunman wounded six customers at the hotel and two at the bar.",
            [("injured", 6), ("injured", 2)],
        ),
        (
            "Three Britons were killed in Mali, along with four local drivers.",
            [("killed", 3), ("killed", 4)],
        ),
        (
            "The hijacker has been killed, together with two of the crew, officials said.",
            [("killed", 1), ("killed", 2)],
        ),
    ],
)
def test_a_shared_harm_verb_counts_each_group(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "along with" is of the later harm, "left ... hurt": the four are hurt, not killed
        (
            "The blast killed a guard and left his wife hurt, along with four others.",
            [("killed", 1), ("injured", 1), ("injured", 4)],
        ),
        # a passive clause after them tells their own harm
        (
            "Police found a man shot to death, along with two victims who had been stabbed.",
            [("killed", 1)],
        ),
    ],
)
def test_along_with_takes_only_the_harm_just_told(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


_VERBS = st.sampled_from([("killed", "killed"), ("wounded", "injured"), ("kidnapped", "kidnapped")])
_PLACES = st.sampled_from(
    [("in", "Kenya", "Tanzania"), ("on", "the plane", "the ground"), ("at", "the school", "a bar")]
)
_ALONG = st.sampled_from(["along with", "together with", "as well as"])


@given(_VERBS, _COUNTS, _PEOPLE, _PLACES, _COUNTS)
def test_a_second_count_in_another_place_shares_the_verb(
    verb: tuple[str, str],
    first: tuple[str, int],
    people: str,
    places: tuple[str, str, str],
    second: tuple[str, int],
) -> None:
    preposition, here, there = places
    text = (
        f"The attacks {verb[0]} {first[0]} {people} {preposition} {here} "
        f"and {second[0]} {preposition} {there}."
    )
    assert counts(text) == [(verb[1], first[1]), (verb[1], second[1])]


@given(_COUNTS, _PEOPLE, _ALONG, _COUNTS, _PEOPLE, st.sampled_from(["", " in the raid"]))
def test_people_along_with_a_harm_share_it(
    first: tuple[str, int],
    people: str,
    along: str,
    second: tuple[str, int],
    others: str,
    where: str,
) -> None:
    text = f"Officials said {first[0]} {people} were killed{where}, {along} {second[0]} {others}."
    assert counts(text) == [("killed", first[1]), ("killed", second[1])]


# People named by a plural with no count are no count of one (issue 14, false findings): "the
# remains of Americans who were killed" counts no one.
@given(
    st.sampled_from(["Americans", "Soldiers", "Civilians", "Villagers", "Police", "Others"]),
    st.sampled_from(["who were killed", "were killed", "were wounded", "died"]),
)
def test_a_plural_without_a_count_is_not_one_person(people: str, harm: str) -> None:
    text = f"The ceremony honoured the remains. {people} {harm} in the embassy bombing."
    assert all(count != 1 for _, count in counts(text))
