"""A headline's passive "shot at" a place (issue 14, session 13): a headline tells its passive
by the participle alone ("Five shot at Club 21", "5 people shot at Memphis apartment complex")
and drops the article ("Six shot at nightclub"), so its "shot at" a place is a hit; people or a
pronoun after "at", a relative or a pronoun before "shot", or a sentence ending in a stop keep
"shot at" the act of firing on someone."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_NUMBERS = {1: "One", 2: "Two", 4: "Four", 5: "5", 6: "Six", 13: "13"}

_READ = [
    ("Five shot at Club 21 in Belle Glade, no suspect arrested", ("shot", 5)),
    ("5 people shot at Massachusetts birthday party", ("shot", 5)),
    ("Four People Shot at Grand Rapids Bar", ("shot", 4)),
    ("Six shot at nightclub", ("shot", 6)),
    ("Police: 4 shot at Aurora house party", ("shot", 4)),
    ("Four shot at an apartment in Oberlin, suspect in custody", ("shot", 4)),
]


@pytest.mark.parametrize(("text", "finding"), _READ)
def test_a_headline_shot_at_a_place_is_a_hit(text: str, finding: tuple[str, int]) -> None:
    assert finding in written(text)


# What none of these tells: the finding each would give if read wrong.
_NOT_READ = [
    ("Two gunmen shot at a police car on Monday.", ("shot", 2)),  # a sentence, not a headline
    ("Man shot at officers", ("shot", 1)),  # people after "at": the target
    ("Two shot at them in Ohio", ("shot", 2)),
    ("Troopers search for two people who shot at an unmarked police vehicle", ("shot", 2)),
    ("Five people were shot at.", ("shot", 5)),
]


@pytest.mark.parametrize(("text", "wrong"), _NOT_READ)
def test_a_target_is_not_a_hit(text: str, wrong: tuple[str, int]) -> None:
    assert wrong not in written(text)


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
