"""People who went missing or disappeared are `missing` (issue 14; the guidelines: "`missing`
and `disappeared` stay `missing`"), and a span of time after "missing" tells when or how long,
not what was missed ("two hikers went missing several days ago"), where an object after it
still tells the verb to miss ("Smith missing an early chance"). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_PEOPLE = [("Two hikers", 2), ("A fisherman", 1), ("Three aid workers", 3)]
_SPANS = {
    "went missing": ["several days ago", "three weeks ago", "a month ago"],
    "have been missing": ["two days", "a month", "for hours", "three weeks"],
}


@given(st.sampled_from(_PEOPLE), st.sampled_from(sorted(_SPANS)), st.data())
def test_a_span_of_time_after_missing_is_no_object(
    people: tuple[str, int], missing: str, data: st.DataObject
) -> None:
    who, count = people
    span = data.draw(st.sampled_from(_SPANS[missing]))
    verb = missing.replace("have", "has") if count == 1 else missing
    assert written(f"{who} {verb} {span}, police said.") == [("missing", count)]


@pytest.mark.parametrize(
    "text", ["Smith missing an early chance cost the team.", "Two players missing three games."]
)
def test_an_object_after_missing_is_still_the_verb_to_miss(text: str) -> None:
    assert written(text) == []


@given(st.sampled_from(_PEOPLE), st.sampled_from(["on Sunday", "in November 2012", "at sea"]))
def test_people_who_disappeared_are_missing(people: tuple[str, int], when: str) -> None:
    who, count = people
    assert written(f"{who} disappeared {when}.") == [("missing", count)]


@pytest.mark.parametrize(
    "text", ["The plane disappeared from radar.", "The money disappeared from the account."]
)
def test_no_people_disappeared(text: str) -> None:
    assert written(text) == []
