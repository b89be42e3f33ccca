"""People found with a wound, told as the object of the finding (issue 14):
"officers found two men with gunshot wounds", or left with one by a harm ("a shooting that left
five people with gunshot wounds"). A gunshot wound found is a person shot, whom the
story often tells dead next; a wound told lived through, or an injury, is a person hurt."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.numbers import CARDINAL_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When officers arrived, they found two black males with gunshot wounds.", [("shot", 2)]),
        ("Officers found a man with a gunshot wound to the chest.", [("shot", 1)]),
        (
            "Deputies arrived to find one man in front of the bar with a gunshot wound.",
            [("shot", 1)],
        ),
        (
            "Officers located a suspect, with a non-life threatening gunshot wound, and took him"
            " into custody.",
            [("injured", 1), ("arrested", 1)],  # the custody in the active: split_states.py
        ),
        ("Paramedics found three women with minor injuries.", [("injured", 3)]),
        ("A shooting early Sunday left five people with gunshot wounds.", [("shot", 5)]),
        ("The crash left two people with minor injuries.", [("injured", 2)]),
    ],
)
def test_people_found_with_a_wound(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police found the car with bullet holes in the door.",
        "Researchers found patients with head injuries recovered faster.",
        "The study found that people with injuries were slower to return to work.",
        "He left his wife with two children.",
        "The storm left thousands with no power.",
    ],
)
def test_no_one_found_wounded(text: str) -> None:
    assert written(text) == []


@given(
    st.integers(2, 9),
    st.sampled_from(["found", "located", "discovered", "left"]),
    st.sampled_from(["people", "men", "victims", "teenagers"]),
    st.sampled_from(["gunshot wounds", "apparent gunshot wounds", "multiple gunshot wounds"]),
)
def test_any_count_found_with_gunshot_wounds(
    count: int, verb: str, people: str, wound: str
) -> None:
    text = f"Officers {verb} {CARDINAL_WORDS[count]} {people} with {wound} near the park."
    assert written(text) == [("shot", count)]
