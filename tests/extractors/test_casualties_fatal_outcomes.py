"""A death told as the outcome of a wound or of the care for it (``FATAL_OUTCOMES``): "did not
survive", "could not be saved", "was dead on arrival", "doctors were unable to save her", and a
wound graded "mortally", are deaths; a forecast ("is not expected to survive") is not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.casualty_words import FATAL_OUTCOMES
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    """Each written finding's kind, count and words."""
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot in the chest Sunday and did not survive.",
            [("killed", 1, "A man was shot")],
        ),
        (
            "A man was shot in the chest but doctors were unable to save him.",
            [("killed", 1, "A man was shot")],
        ),
        (
            "A boy was shot in the head. Paramedics tried to revive him, but he could not be saved.",
            [("killed", 1, "A boy was shot"), ("killed", 1, "he could not be saved")],
        ),
        (
            "The gun fired, mortally wounding Troyer in the chest.",
            [("killed", 1, "wounding Troyer")],
        ),
    ],
)
def test_a_fatal_outcome_is_the_death(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in the chest and was not expected to survive.",
        "Her son would not survive, doctors said.",
        "The bill was dead on arrival in the Senate.",
        "The building could not be saved.",
    ],
)
def test_a_forecast_or_a_thing_is_no_death(text: str) -> None:
    assert all(kind != "killed" for kind, _, _ in found(text))


@given(st.sampled_from(FATAL_OUTCOMES), st.sampled_from(["A man", "A woman", "A teenager"]))
def test_a_wound_followed_by_any_fatal_outcome_is_a_death(outcome: str, who: str) -> None:
    state = "was " if outcome == "dead on arrival" else ""  # the one outcome that is no verb
    text = f"{who} was shot in the chest Sunday night and {state}{outcome}."
    assert found(text) == [("killed", 1, f"{who} was shot")]
