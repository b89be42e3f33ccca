"""Sport's "shot" is a score, not gunfire (scores.py, issue 14): "shot 43.5 percent from the
floor", "shot poorly in the second round", "dropped another shot on nine". Gunfire's "shot" with
its victim, a time or a wound stays.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Denver, who shot 41.2 percent from the floor, trailed by nine at the half.",
        "Her hopes of a medal faded after she shot poorly in the final round.",
        "She parred the eighth hole and dropped another shot on nine.",
        "Kim, who shot 3-under-par on Friday, leads by two strokes.",
    ],
)
def test_a_players_shot_is_no_casualty(text: str) -> None:
    assert [c for c in counts(text) if c[0] in ("shot", "injured")] == []


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old man was shot 16 times outside the store, police said.",
        "Police said the guard was shot twice in the leg on Friday night.",
    ],
)
def test_gunfire_stays(text: str) -> None:
    assert {c for c in counts(text) if c[0] in ("shot", "injured")} != set()


@given(
    st.sampled_from(["Boston", "The Lakers", "Miami"]),
    st.floats(20, 70).map(lambda share: f"{share:.1f}"),
)
def test_any_teams_shooting_share_is_no_casualty(team: str, share: str) -> None:
    text = f"{team}, who shot {share} percent from the field, lost the game."
    assert [c for c in counts(text) if c[0] in ("shot", "injured")] == []
