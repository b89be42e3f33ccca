"""One count over two plurals joined by "and" or "or" ("17 students and staff members were
killed"), a list's members read apart across a relative clause, and an arrest told as one
outcome of two ("taken into custody or located"), which counts no one arrested."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse

_NOUNS = ["students", "teachers", "staff members", "soldiers", "police officers", "civilians"]


def _found(sentence: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.kind) for c in newsparse.parse(sentence).casualties]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The 17 students and staff members were killed by a gunman.", [(17, "killed")]),
        ("Seven students and teachers died in the fire.", [(7, "killed")]),
        ("The shooting killed 17 students and staff in February.", [(17, "killed")]),
    ],
)
def test_one_count_over_two_joined_plurals(sentence: str, found: list[tuple[int, str]]) -> None:
    assert _found(sentence) == found


@given(
    st.integers(min_value=2, max_value=999),
    st.sampled_from(_NOUNS),
    st.sampled_from(_NOUNS),
    st.sampled_from(["and", "or"]),
)
def test_a_count_before_joined_plurals_is_one_group(
    count: int, first: str, second: str, join: str
) -> None:
    assert _found(f"Officials said {count} {first} {join} {second} were injured.") == [
        (count, "injured")
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a count of its own, an owner's or an amount: people apart
        ("Two soldiers and three civilians were killed.", [(2, "killed"), (3, "killed")]),
        ("Gunmen killed four policemen and their drivers.", [(4, "killed")]),
        ("He is accused of shooting 12 people and terrorizing many others.", [(12, "shot")]),
    ],
)
def test_a_plural_with_a_count_or_an_owner_of_its_own_is_not_joined(
    sentence: str, found: list[tuple[int, str]]
) -> None:
    assert [f for f in _found(sentence) if f[1] != "injured"] == found


def test_a_list_before_a_relative_clause_is_read_apart() -> None:
    sentence = (
        "Two shepherds and a farmer who had taken shelter under a tree were hit by lightning "
        "and died."
    )
    assert _found(sentence) == [(2, "killed"), (1, "killed")]


def test_a_relative_clause_keeps_its_own_harm() -> None:
    assert _found("A gunman who killed two people was shot dead.") == [
        (1, "killed"),
        (2, "killed"),
    ]


def test_an_arrest_or_another_outcome_counts_no_one_arrested() -> None:
    sentence = "Since then, 427 fugitives have been taken into custody or located, the FBI said."
    assert _found(sentence) == []


def test_a_death_or_another_harm_is_still_a_count() -> None:
    sentence = "Some 3,000 people were executed or disappeared from custody during his rule."
    assert _found(sentence) == [(3000, "killed")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Five died and 40 more were injured.", [(5, "killed"), (40, "injured")]),
        (
            "Ten sailors were killed and scores more were injured.",
            [(10, "killed"), (None, "injured")],
        ),
        ("One person is dead and at least 15 more injured.", [(1, "killed"), (15, "injured")]),
    ],
)
def test_a_bare_count_with_more_closes_a_subject(
    sentence: str, found: list[tuple[int | None, str]]
) -> None:
    assert _found(sentence) == found


@given(st.integers(min_value=2, max_value=999))
def test_a_count_and_more_before_a_harm_is_that_count(count: int) -> None:
    assert (count, "injured") in _found(f"Two men were killed and {count} more were wounded.")
