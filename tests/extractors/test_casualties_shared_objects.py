"""An arrest or a seizure whose object a second verb shares (issue 14, shared_objects.py):
"Police arrested and charged four people", "gunmen abducted and robbed two aid workers"."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norfolk Police have arrested and charged four people in the shooting.",
            [("arrested", 4)],
        ),
        (
            "Police say they have arrested and charged a 16-year-old boy with murder.",
            [("arrested", 1)],
        ),
        (
            "Fairmont Police have arrested and charged Amy Jones with child neglect.",
            [("arrested", 1)],
        ),
        ("Gunmen abducted and robbed two aid workers.", [("kidnapped", 2)]),
        # a second verb of another harm tells its own: prisoners of war killed are killed only
        ("Troops captured and killed 20 rebels.", [("killed", 20)]),
        # an arrest only intended or denied is none
        ("Police will arrest and charge the men.", []),
        ("Police did not arrest and charge the men.", []),
        # the passive is the subject rule's: no object after the second verb
        ("He was arrested and charged with murder.", [("arrested", 1)]),
    ],
)
def test_the_object_a_second_verb_shares(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 40),
    st.sampled_from(["men", "protesters", "suspects", "people"]),
    st.sampled_from(["arrested", "detained", "apprehended", "rounded up"]),
    st.sampled_from(["", "later ", "formally "]),
    st.sampled_from(["charged", "booked", "questioned", "jailed", "held"]),
)
def test_count_held_after_two_verbs(
    count: int, people: str, held: str, adverb: str, second: str
) -> None:
    """ "Police <held> and <adverb><second> <count> <people>" counts the people arrested."""
    text = f"Police {held} and {adverb}{second} {count} {people} on Monday."
    assert written(text) == [("arrested", count)]
