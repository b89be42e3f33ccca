"""A hurt person's health told by surgery or danger (issue 14, session 18): "he underwent
surgery", "two of the victims had surgery", "had to undergo two surgeries", "Sergei Abramov was
out of danger". The guidelines make any report of a hurt person's health a condition report, an
``injured`` mention; a named operation ("had heart surgery", "knee surgery") is as often an
illness's or a sport's and is not read."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_READ = [
    (
        "An 18-year-old was shot in the arm; he underwent surgery and is in recovery.",
        ("injured", 1),
    ),
    ("Two of the victims had surgery Saturday night.", ("injured", 2)),
    ("Another victim, Gerome Battle, had to undergo two surgeries.", ("injured", 1)),
    ("The 12-year-old underwent surgery at an Atlanta hospital Saturday.", ("injured", 1)),
    ("Doctors said Sergei Abramov was out of danger.", ("injured", 1)),
]

_NOT_READ = [
    "She told him she had heart surgery when she was 3 years old.",
    "The senator underwent knee surgery last week.",
    "The ailing leader, who is recuperating after prostate cancer surgery, rules the country.",
]


@pytest.mark.parametrize(("text", "finding"), _READ)
def test_surgery_or_danger_told_of_a_person_is_an_injury(
    text: str, finding: tuple[str, int]
) -> None:
    assert finding in written(text)


@pytest.mark.parametrize("text", _NOT_READ)
def test_a_named_operation_is_no_injury(text: str) -> None:
    assert not [f for f in written(text) if f[0] == "injured"]


@given(
    st.sampled_from([("The victim", 1), ("Three of the victims", 3), ("Two men", 2)]),
    st.sampled_from(["underwent", "had", "had to undergo", "were in", "was in"]),
    st.sampled_from(["", "emergency ", "multiple ", "two "]),
)
def test_any_surgery_of_people_is_an_injury(who: tuple[str, int], verb: str, how: str) -> None:
    subject, count = who
    if verb.endswith(" in") and how:
        how = "emergency "
    if verb.startswith("was") == (count > 1):
        verb = verb.replace("was", "were") if count > 1 else verb.replace("were", "was")
    noun = "surgeries" if how in ("multiple ", "two ") else "surgery"
    assert ("injured", count) in written(f"Police said {subject} {verb} {how}{noun} on Friday.")
