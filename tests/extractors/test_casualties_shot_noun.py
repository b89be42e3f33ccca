""" "Shot" as a noun after a determiner alone (issue 14, extractor.py ``_A_SHOT``): where a
preposition or a verb takes the phrase as its object ("in another shot aimed at Trump", "took a
second shot", "this is the one shot", "following a second shot of the vaccine") it is no person
shot; as a subject ("one man was killed and another shot in the leg") it still is.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        '"I will not be neutral," the senator said, in another shot aimed at his rival.',
        "The mayor also took a second shot at the plan by posting a video.",
        '"This is the one shot we have," the senator said.',
        "Three volunteers had mild symptoms following a second shot of the vaccine.",
    ],
)
def test_a_shot_taken_or_given_is_no_person_shot(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("One man was killed and another shot in the leg.", ("injured", 1)),
        ("Two were killed and a third shot.", ("shot", 1)),
        ("Police said one was killed and another shot.", ("shot", 1)),
    ],
)
def test_a_person_shot_after_a_determiner_still_counts(text: str, found: tuple[str, int]) -> None:
    assert found in counts(text)


@given(
    st.sampled_from(["in", "with", "following", "after", "took", "got", "is"]),
    st.sampled_from(["another", "a second", "a final", "the one", "a long"]),
    st.sampled_from(["aimed at the board", "of the vaccine", "at the title", "by posting a video"]),
)
def test_a_shot_in_object_place_is_never_a_casualty(verb: str, shot: str, rest: str) -> None:
    assert counts(f"The governor spoke, {verb} {shot} shot {rest}.") == []
