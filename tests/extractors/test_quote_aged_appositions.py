"""An age opening an appositive name is no part of the name ('His older sister, 18-year-old
Heaven Garcia, said'): the speaker is the name set off after the description, as without the
age (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse

DESCRIPTIONS = ["His older sister", "The boy's father", "Her neighbour", "The victim's aunt"]
NAMES = ["Heaven Garcia", "Audrie Lindqvist", "Tom Haddad", "Rosa Mammah"]


@given(st.sampled_from(DESCRIPTIONS), st.sampled_from(NAMES), st.integers(16, 90))
def test_an_aged_appositive_name_is_the_speaker(description: str, name: str, age: int) -> None:
    text = f"{description}, {age}-year-old {name}, said the shooting was an accident."
    found = parse(text).to_dict()["reported_speech"]
    assert [finding["speaker"] for finding in found] == [name]
