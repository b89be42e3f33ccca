"""A report between the people and their harm (issue 14): "were reported killed".

News hedges a toll it has not seen itself by a participle of report: "at least 51 people were
reported killed", "four officers are confirmed injured", "a man was reported to have been
shot". The participle stands where an auxiliary would; the count and the harm are the same as
without it. After a report, "missing" is the state, not the verb to miss: "was reported missing
Saturday" has no object.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st


def counts(text: str) -> list[tuple[str, int | None]]:
    return written(text, subsets=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 51 people were reported killed in clashes between police and protesters.",
            [("killed", 51)],
        ),
        ("Two children were reported injured when the wall fell.", [("injured", 2)]),
        ("Four officers are confirmed injured, the mayor said.", [("injured", 4)]),
        ("A man was reported to have been shot near the station.", [("shot", 1)]),
        (
            "Three villagers were confirmed killed and two were reported wounded.",
            [("killed", 3), ("injured", 2)],
        ),
    ],
)
def test_a_report_stands_between_the_people_and_their_harm(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Davis was last seen on January 11. He was reported missing the morning of January 12.",
            1,
        ),
        ("The girl and her grandfather were reported missing Saturday.", 2),
    ],
)
def test_missing_after_a_report_is_the_state(text: str, people: int) -> None:
    assert ("missing", people) in counts(text)


def test_the_verb_to_miss_is_still_no_harm() -> None:
    assert counts("Smith missing an early chance cost the team the game.") == []


_COUNTS = st.sampled_from([("two", 2), ("five", 5), ("14", 14), ("at least 30", 30)])
_PEOPLE = st.sampled_from(["people", "soldiers", "villagers", "officers", "civilians", "miners"])
_BE = st.sampled_from(["were", "have been", "are", "had been"])
_REPORT = st.sampled_from(["reported", "confirmed"])
_HEDGE = st.sampled_from(["", "to be ", "to have been "])
_HARMS = st.sampled_from(
    [
        ("killed", "killed"),
        ("dead", "killed"),
        ("injured", "injured"),
        ("wounded", "injured"),
        ("arrested", "arrested"),
        ("shot", "shot"),
        ("missing", "missing"),
    ]
)
_TAILS = st.sampled_from(["", " on Monday", " Saturday", " in the attack", " the next morning"])


@given(_COUNTS, _PEOPLE, _BE, _REPORT, _HEDGE, _HARMS, _TAILS)
def test_a_reported_harm_keeps_its_count(
    count: tuple[str, int],
    people: str,
    be: str,
    report: str,
    hedge: str,
    harm: tuple[str, str],
    tail: str,
) -> None:
    words, number = count
    text = f"Officials said {words} {people} {be} {report} {hedge}{harm[0]}{tail}."
    assert (harm[1], number) in counts(text)
