"""People told with a wound they carry, wherever the sentence tells them (issue 14): "three
patients with gunshot wounds walked into the hospital". A gunshot wound is a person shot, any
other wound a person hurt, and one who then dies is killed; a general statement, a place's name
and a body are no such mention."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.numbers import CARDINAL_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three other people with gunshot wounds walked into a hospital on Thursday night.",
            [("shot", 3)],
        ),
        ("Deputies responded to a call of a boy with a gunshot wound at a home.", [("shot", 1)]),
        ("A 22-year-old man with graze wounds to both knees was treated.", [("injured", 1)]),
        ("A man with multiple gunshot wounds died at the scene.", [("killed", 1)]),
        # the last age of a list is no count ("51, with"); the count before the ages is
        ("Officers found three women, aged 25, 32 and 51, with gunshot wounds.", [("shot", 3)]),
    ],
)
def test_people_with_a_wound(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trauma surgeons treat patients with gunshot wounds every night.",
        "The teen turned up in Oak Lawn with a gunshot wound.",
    ],
)
def test_no_one_counted_with_a_wound(text: str) -> None:
    assert written(text) == []


@given(count=st.integers(min_value=2, max_value=12), noun=st.sampled_from(["men", "teens"]))
def test_any_count_with_gunshot_wounds(count: int, noun: str) -> None:
    text = f"Police said {CARDINAL_WORDS[count]} {noun} with gunshot wounds arrived at a hospital."
    assert ("shot", count) in written(text)
