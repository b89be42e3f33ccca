"""People counted by a hospital's grade alone (issue 14): "the other two are stable", "three
are critical and one is in surgery". The guidelines make a count of people reported in a
medical condition an injured mention; the adjective of judgement or of things is none."""

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
            "Officials say three are critical and one is in surgery.",
            [("injured", 3), ("injured", 1)],  # a person in surgery is one more hurt
        ),
        ("Four victims are stable, police said.", [("injured", 4)]),
        ("The 26-year-old is critical and will undergo surgery.", [("injured", 1)]),
    ],
)
def test_a_grade_alone_counts_people_hurt(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two senators were critical of the plan.",
        "The two economies are stable.",
        "Prices were stable for a third month.",
        "Both men were critical to the team's success.",
    ],
)
def test_no_grade_of_people_hurt(text: str) -> None:
    assert written(text) == []


@given(
    count=st.integers(min_value=2, max_value=12),
    noun=st.sampled_from(["victims", "patients", "people"]),
    grade=st.sampled_from(["critical", "stable"]),
)
def test_any_count_at_a_grade(count: int, noun: str, grade: str) -> None:
    text = f"Police said {CARDINAL_WORDS[count]} {noun} were {grade}."
    assert written(text) == [("injured", count)]
