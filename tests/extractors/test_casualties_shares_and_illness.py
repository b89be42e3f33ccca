"""Precision classes of issue 14 seen in unlabeled news (periods.py, casualty_words.ILLNESS):

- a share of a population of victims ("23 percent of those shot and killed by police", "half of
  all people fatally shot", "the rate at which people are shot") and a budget year's count ("in
  the 2019 fiscal year, eight people died in custody") are statistics, not an event's count;
  an event's count that a share is taken of ("half of the 40 people killed") stays;
- a death told with a diagnosis or as an alcoholic's is of illness, not a casualty.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Black people account for 23 percent of those shot and killed by police, the data show.",
        "Nearly half of all people fatally shot by police are white, the database shows.",
        "The rate at which Black people are shot and killed by officers is twice as high.",
        "In the 2019 fiscal year, eight people died in immigration custody, the agency said.",
        "Some 40 inmates died in state prisons in fiscal 2018, a report found.",
    ],
)
def test_a_share_of_victims_or_a_fiscal_years_count_is_a_statistic(text: str) -> None:
    assert [kind for kind, _ in counts(text) if kind == "killed"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Half of the 40 people killed in the blast on Monday were children.", 40),
        ("Three people were killed on Monday, and half of those hurt were children.", 3),
    ],
)
def test_an_events_count_that_a_share_is_taken_of_stays(text: str, found: int) -> None:
    assert ("killed", found) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was diagnosed with a rare form of lymphoma in May and died nine days later.",
        "In 2004 the bacteria caused the deaths of 117 people in the month after they were "
        "diagnosed.",
        "His brother, who died as an alcoholic in 1981, rarely came up.",
    ],
)
def test_a_death_after_a_diagnosis_or_of_drink_is_no_casualty(text: str) -> None:
    assert [kind for kind, _ in counts(text) if kind == "killed"] == []


_SHARES = st.sampled_from(["percent", "%", "half", "a majority", "a share", "a fraction"])
_VICTIMS = st.sampled_from(
    ["those shot and killed by police", "all people fatally shot by officers", "those killed"]
)


@given(st.integers(2, 99), _SHARES, _VICTIMS)
def test_any_share_of_a_population_of_victims_is_no_count(
    number: int, share: str, victims: str
) -> None:
    amount = f"{number} {share}" if share in ("percent", "%") else share
    amount = amount.replace(" %", "%")
    text = f"Men made up {amount} of {victims}, the report found."
    assert counts(text) == []


@given(st.integers(2, 900), st.sampled_from(["half", "most", "a third"]))
def test_an_events_toll_stays_beside_a_share(count: int, share: str) -> None:
    text = f"A car bomb killed {count} people on Sunday; {share} of them were police officers."
    assert ("killed", count) in counts(text)
