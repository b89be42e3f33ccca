"""A sentence that opens with a supposition ("If ...", "Whether ...") supposes the harm told in
that clause, or after it with a modal ("If the dam fails, thousands could die"); a fact it tells
in an aside of its own, or in a main clause with no modal, is told (events.py, issue 14).
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Whether the mall attack, in which 14 people were killed, will change the law is unclear.",
            ("killed", 14),
        ),
        (
            "If the figures hold, the riot, during which 31 inmates were injured, was the worst "
            "in years.",
            ("injured", 31),
        ),
        (
            "If the reports from the valley are any guide, the army raid on the village last week "
            "killed 14 farmers.",
            ("killed", 14),
        ),
        (
            "Whether or not the talks resume, the strike on the market on Monday killed 23 people.",
            ("killed", 23),
        ),
    ],
)
def test_a_fact_told_beside_a_supposition_is_kept(text: str, found: tuple[str, int]) -> None:
    assert found in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the levee breaks, 2,000 residents could be killed.",
        "Had the guards not stopped him, dozens of students would have been shot.",
        "Unless the talks resume, more than 300 people will be displaced.",
        "If a worker filed a claim, but died, the fund would not pay.",
        "If five people were killed, the company must report it.",
    ],
)
def test_a_supposed_harm_is_not_told(text: str) -> None:
    assert counts(text) == []


@given(
    st.sampled_from(["the dam fails", "the strike goes ahead", "the fire spreads"]),
    st.integers(2, 5000),
    st.sampled_from(["could", "would", "might", "will", "may"]),
    st.sampled_from(["be killed", "die", "be injured", "be hurt"]),
)
def test_any_harm_after_a_supposition_with_a_modal_is_supposed(
    condition: str, count: int, modal: str, harm: str
) -> None:
    assert counts(f"If {condition}, {count} people {modal} {harm}.") == []


@given(
    st.sampled_from(["the bombing", "the attack", "the crash", "the fire"]),
    st.integers(2, 5000),
    st.sampled_from(["in which", "during which", "where"]),
)
def test_any_aside_inside_a_supposition_is_told(event: str, count: int, relative: str) -> None:
    text = f"Whether {event}, {relative} {count} people were killed, will bring change is unclear."
    assert ("killed", count) in counts(text)
