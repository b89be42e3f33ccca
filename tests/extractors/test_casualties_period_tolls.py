"""Counts told with a period that are still mentions (issue 14), and the statistics that stay
dropped (periods.py):

- a conflict's or a campaign's toll "this year" or "so far in" it is a running toll, as over
  "the past three years" (the guidelines' decided case); a year's sum of unrelated harm is not;
- "a year" that dates ("a year after his arrest", "a year-long siege") is no rate;
- "nationwide" before the noun it modifies ("a nationwide bombing campaign") names the event,
  not a count over the nation;
- "detained for over eight hours" tells how long, not the span of a tally;
- a count killed "around" a place ends at the preposition, as one "near" it does.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At least 120 soldiers have been killed in clashes with the rebels this year.", 120),
        ("Since the start of this year, 2,400 people have died in the insurgency.", 2400),
        ("The fighting has claimed nearly 900 lives so far this year, officials said.", 900),
        ("More than 40 protesters have been killed so far in the unrest, a rights group said.", 40),
        ("Over 75 villagers have been killed so far in the army's incursion into the valley.", 75),
        ("Some 300 people, mostly militants, have been killed in the province this year.", 300),
    ],
)
def test_a_conflicts_toll_this_year_or_so_far_is_kept(text: str, found: int) -> None:
    assert ("killed", found) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "So far this year, 23 children have been shot dead in the city, police figures show.",
        "More than 350 drivers were arrested this year for drunk driving on the coast road.",
        "Road crashes have killed 1,200 people so far this year, the ministry said.",
        "Floods and landslides are expected to kill 40 people each year in the region.",
        "Coal mines in the province claim about 3,000 lives a year.",
        "Police nationwide shot and killed nearly 900 people last year.",
    ],
)
def test_a_sum_of_unrelated_harm_over_a_period_stays_a_statistic(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "killed" or c[0] == "arrested"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The inspector came in June, a year after Ray Sotelo's arrest.", ("arrested", 1)),
        ("A year ago, four guards were injured in the riot at the prison.", ("injured", 4)),
        ("During a year-long siege of the city, 1,300 civilians were killed.", ("killed", 1300)),
    ],
)
def test_a_year_that_dates_is_no_rate(text: str, found: tuple[str, int]) -> None:
    assert found in counts(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Twelve people were killed when rebels staged a coordinated nationwide bombing campaign.",
            12,
        ),
        ("Six people were killed in Lagos on Monday amid nationwide protests over fuel prices.", 6),
    ],
)
def test_nationwide_before_its_noun_names_the_event(text: str, found: int) -> None:
    assert ("killed", found) in counts(text)


def test_a_sum_over_uncounted_separate_attacks_is_still_a_tally() -> None:
    assert counts("Nine people were wounded in separate attacks across the region.") == []


def test_a_detention_for_some_hours_is_an_arrest() -> None:
    text = "She said she was detained for over ten hours after being arrested at the march."
    assert ("arrested", 1) in counts(text)


# Place names as news writes them: a capital and lower-case letters.
_PLACES = st.from_regex(r"[A-Z][a-z]{4,10}", fullmatch=True)


@given(
    _PLACES,
    st.integers(2, 900),
    st.sampled_from(["around", "behind", "beyond", "under"]),
)
def test_a_count_killed_around_a_place_is_kept(place: str, count: int, preposition: str) -> None:
    text = f"Shelling killed {count} people {preposition} {place} on Sunday, activists said."
    assert ("killed", count) in counts(text)


@given(
    st.sampled_from(["clashes", "fighting", "the insurgency", "air strikes", "the unrest"]),
    st.integers(2, 5000),
    st.sampled_from(["this year", "so far this year", "since the beginning of this year"]),
)
def test_any_conflicts_toll_this_year_is_kept(cause: str, count: int, period: str) -> None:
    text = f"Officials said {count} people have been killed in {cause} {period}."
    assert ("killed", count) in counts(text)


@given(
    st.sampled_from(["road accidents", "traffic crashes", "drownings", "workplace accidents"]),
    st.integers(2, 5000),
    st.sampled_from(["this year", "so far this year", "each year", "a year"]),
)
def test_any_sum_of_accidents_over_a_year_is_a_statistic(
    cause: str, count: int, period: str
) -> None:
    text = f"Officials said {count} people have been killed in {cause} {period}."
    assert counts(text) == []
