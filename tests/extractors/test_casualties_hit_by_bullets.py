"""People told hit by what a gun fires (issue 14, casualty_words.py ``FIRED``): "was hit by a
stray bullet", "were struck by bullets", and a headline's "Boy hit by stray bullet", are people
shot, as "struck by gunfire" is; a thing hit by a bullet is no one.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.casualty_words import FIRED
from newsparse.numbers import CARDINAL_WORDS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The boy was hit by a stray bullet while he slept.", ("shot", 1)),
        ("A woman was struck by a bullet inside her home on Sunday.", ("shot", 1)),
        ("The grandmother was hit by bullet fragments, police said.", ("shot", 1)),
        ("7-year-old boy hit by bullet while watching fireworks", ("shot", 1)),
        ("Three bystanders were hit by stray bullets outside the club.", ("shot", 3)),
    ],
)
def test_a_person_hit_by_a_bullet_is_shot(text: str, found: tuple[str, int]) -> None:
    assert found in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The car was hit by a stray bullet on Sunday.",
        "Two windows were struck by bullets overnight.",
    ],
)
def test_a_thing_hit_by_a_bullet_is_no_one(text: str) -> None:
    assert counts(text) == []


@given(st.sampled_from(FIRED), st.sampled_from(["hit", "struck"]), st.integers(2, 12))
def test_any_people_hit_by_what_a_gun_fires_are_shot(fired: str, hit: str, many: int) -> None:
    text = f"Police said {CARDINAL_WORDS[many]} people were {hit} by {fired} on Sunday."
    assert ("shot", many) in counts(text)
