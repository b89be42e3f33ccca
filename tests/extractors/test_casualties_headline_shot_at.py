"""A headline's passive "shot at" a place (issue 14; examples in
test_casualties_counted_shapes.py): a headline tells its passive by the participle alone ("Five
shot at Club 21") and drops the article ("Six shot at nightclub"), so its "shot at" a place is a
hit, while people or a pronoun after "at" are the target."""

from __future__ import annotations

from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_NUMBERS = {1: "One", 2: "Two", 4: "Four", 5: "5", 6: "Six", 13: "13"}


@given(
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(["", " people", " teens"]),
    st.sampled_from(["house party", "bus stop", "Eastside park", "a Memphis apartment complex"]),
)
def test_any_headline_count_shot_at_a_place_is_a_hit(count: int, people: str, where: str) -> None:
    assert ("shot", count) in written(f"{_NUMBERS[count]}{people} shot at {where}")


@given(st.sampled_from(sorted(_NUMBERS)), st.sampled_from(["deputies", "police", "them"]))
def test_any_headline_shot_at_people_is_fired_on(count: int, target: str) -> None:
    assert ("shot", count) not in written(f"{_NUMBERS[count]} shot at {target} in Ohio")


@given(st.sampled_from(sorted(_NUMBERS)), st.sampled_from(["a house party", "Club 21"]))
def test_a_sentence_with_a_stop_keeps_the_active(count: int, where: str) -> None:
    assert ("shot", count) not in written(f"{_NUMBERS[count]} gunmen shot at {where}.")
