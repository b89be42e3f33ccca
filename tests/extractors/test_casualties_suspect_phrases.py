"""A suspect's "in" phrase names the crime, as "suspected of" does (issue 14): "A suspect in the
shooting of a teen was arrested" is the suspect's arrest, not the teen's, and the killing in the
phrase is read on its own."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suspect in the shooting was arrested on Monday.", [("arrested", 1)]),
        ("Two suspects in the shooting were arrested on Monday.", [("arrested", 2)]),
        ("A man suspected in the shooting was arrested on Monday.", [("arrested", 1)]),
        ("The suspect in the shooting is in custody.", [("arrested", 1)]),
        # the crime's victim is harmed by the crime, not held
        (
            "A suspect in the killing of a teen was arrested on Monday.",
            [("arrested", 1), ("killed", 1)],
        ),
        # a suspect, unlike one accused, may be told killed
        ("A suspect in the shooting was shot and killed by police.", [("killed", 1)]),
    ],
)
def test_a_suspects_crime_phrase(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


def test_the_victim_in_the_phrase_is_not_the_one_arrested() -> None:
    found = newsparse.parse("Second suspect in shooting of 10-year-old girl arrested").casualties
    assert [(c.text, c.kind) for c in found] == [
        ("Second suspect in shooting of 10-year-old girl arrested", "arrested")
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["A", "The", "A second", "Another"]),
    st.sampled_from(["shooting", "killing", "stabbing", "fatal shooting of a teenager"]),
    st.sampled_from(["was arrested", "has been arrested", "is in custody", "was detained"]),
)
def test_one_suspect_held(opening: str, crime: str, held: str) -> None:
    """ "<opening> suspect in the <crime> <held>" is one person arrested."""
    found = written(f"{opening} suspect in the {crime} {held}, police said.", subsets=False)
    assert ("arrested", 1) in found
    assert [kind for kind, _ in found].count("arrested") == 1
