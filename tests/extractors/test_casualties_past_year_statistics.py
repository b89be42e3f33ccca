"""A past year's figure over a category of events is a statistic (yearly.py, issue 14): "6,000
miners died in accidents last year", "traffic accidents killed 98,000 people in 2005". A past
year's toll of events the text counts or singles out stays a mention, marked past.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


@pytest.mark.parametrize(
    "text",
    [
        "More than 4,000 miners died in accidents in the country last year, officials said.",
        "According to the ministry, traffic accidents killed 61,350 people in 2004.",
        "Last year, at least nine children died in accidental shootings in the state.",
        "In 2015, 2,100 people were killed in road crashes across the region, a report said.",
    ],
)
def test_a_past_years_sum_over_a_category_is_a_statistic(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Last year, three people were injured in the two crashes on the bridge.", ("injured", 3)),
        ("In 2009, twelve people were killed in three shootings at the base.", ("killed", 12)),
        ("Nine people were injured in an attack by a refugee last year.", ("injured", 9)),
    ],
)
def test_a_past_years_counted_events_stay_a_mention(text: str, found: tuple[str, int]) -> None:
    assert found in counts(text)


def test_a_clause_closed_before_the_year_tells_of_its_own_event() -> None:
    text = "Five workers were killed in the blast, one of several accidents at mines last year."
    found = list(CasualtyExtractor().extract(Document(text)))
    assert [(f.kind, f.count) for f in found] == [("killed", 5)]


@given(
    st.sampled_from(["road accidents", "traffic crashes", "mine accidents", "shootings"]),
    st.integers(2, 90000),
    st.sampled_from(["last year", "in 2011", "during 1998"]),
)
def test_any_sum_over_a_category_in_a_past_year_is_a_statistic(
    cause: str, count: int, year: str
) -> None:
    assert counts(f"Officials said {count} people were killed in {cause} {year}.") == []


# Many counted events over a past year are a category again: "a total of 109 fires", "12,068
# drug-related crimes" add up a period, where "three shootings" name a few events.
@pytest.mark.parametrize(
    "text",
    [
        "A total of 215 fires broke out in warehouses in the province last year, killing 14 people.",
        "In 2012, police recorded 3,410 violent crimes in the city, including 52 murders.",
        "Last year, the agency reported 9,870 drug offences and arrested 11,200 people.",
        "More than 1,500 incidents were reported nationwide in 2018, including assaults that killed 6.",
    ],
)
def test_a_past_years_toll_over_many_counted_events_is_a_statistic(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a conflict's acts make a running toll
        ("Rebels carried out 40 attacks last year, killing 130 soldiers.", ("killed", 130)),
        # a count of repeats is no count of events
        ("An officer shot a teenager 16 times last year.", ("shot", 1)),
        # houses are things, not events
        ("The floods destroyed 300 houses last year and killed 12 people.", ("killed", 12)),
        # the count is in a speaker's words, the year in the narration
        (
            '"I heard 35 gunshots," said the father of a man who was killed in a shooting last year.',
            ("killed", 1),
        ),
    ],
)
def test_a_past_years_toll_beside_other_counts_stays_a_mention(
    text: str, found: tuple[str, int]
) -> None:
    assert found in counts(text)


@given(
    st.integers(10, 90000),
    st.sampled_from(["fires", "robberies", "violent crimes", "traffic accidents"]),
    st.integers(2, 900),
    st.sampled_from(["last year", "in 2011", "during 1998"]),
)
def test_any_toll_over_many_events_in_a_past_year_is_a_statistic(
    events: int, noun: str, count: int, year: str
) -> None:
    text = f"Officials counted {events:,} {noun} in the region {year}, which killed {count} people."
    assert counts(text) == []
