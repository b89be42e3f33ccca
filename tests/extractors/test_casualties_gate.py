"""The gate: a sentence is read only where a cue word opens a harm phrase, so every reader's
phrase must hold a word the gate knows. A reader whose words the gate misses reads its phrase
only where another harm word happens to stand in the sentence ("The fighting forced 5,000
people from their homes" was read only beside a "killed").

Each test builds, from a reader's own phrase table, a sentence that holds no other harm word.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.casualty_words import (
    CARE_VERBS,
    LEFT_STATES,
    MADE_TO_LEAVE,
    MADE_TO_LEAVE_VERBS,
)


def _table(phrases: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(kind, phrase) for kind, told in phrases.items() for phrase in told]


@pytest.mark.parametrize("verb", MADE_TO_LEAVE_VERBS)
@pytest.mark.parametrize(("kind", "going"), _table(MADE_TO_LEAVE))
def test_every_verb_and_going_of_a_flight_made_passes_the_gate(
    verb: str, kind: str, going: str
) -> None:
    assert written(f"The fighting {verb} 5,000 people {going}.") == [(kind, 5000)]


@given(
    st.sampled_from(_table(MADE_TO_LEAVE)),
    st.integers(100, 900_000),
    st.sampled_from(["residents", "villagers", "people", "civilians"]),
)
def test_a_flight_made_is_read_with_no_other_harm_word(
    told: tuple[str, str], count: int, people: str
) -> None:
    kind, going = told
    text = f"Rising waters have forced {count:,} {people} {going} since Sunday."
    assert written(text) == [(kind, count)]


@pytest.mark.parametrize("verb", CARE_VERBS)
def test_every_verb_of_care_passes_the_gate(verb: str) -> None:
    assert written(f"Medics {verb} 17 people at the stadium.") == [("injured", 17)]


@pytest.mark.parametrize(("kind", "state"), _table(LEFT_STATES))
def test_every_state_left_passes_the_gate(kind: str, state: str) -> None:
    assert written(f"The storm left 300 people {state}.") == [(kind, 300)]
