"""A counted member of a harm verb's list of objects after a member read alone (issue 14): "arrested
a drug seller from a central province and three of his customers", "arrested an Egyptian and six
other foreigners suspected of links". The guidelines split a list where a part has a number of its
own, each part spanned from the harm word. Each test fails without
:mod:`newsparse.extractors.casualties.listed_objects`."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_NUMBERS = {2: "two", 3: "three", 6: "six", 12: "12"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested a drug seller from a central province and three of his customers "
            "from Hanoi, confiscating 2.8 kg of heroin.",
            [("arrested", 1), ("arrested", 3)],
        ),
        (
            "They had arrested an Egyptian and six other foreigners suspected of having links to "
            "extremists.",
            [("arrested", 1), ("arrested", 6)],
        ),
    ],
)
def test_a_counted_member_after_one_read_alone(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count that opens a clause of its own, or a finite verb after it
        "Gunmen killed a policeman in Baghdad and 12 people were wounded.",
        "The suspect shot the customer and both suspects fled from the scene.",
        "One worker was killed Thursday and eight others injured in the blast.",
    ],
)
def test_a_count_opening_its_own_clause_is_no_member(text: str) -> None:
    kinds = [kind for kind, _ in written(text)]
    assert kinds.count(kinds[0]) == 1


@given(
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(["from Ohio", "in the town", "at the scene"]),
    st.sampled_from(["of his friends", "other men", "teenagers"]),
    st.sampled_from(["", " on Monday", ", police said"]),
)
def test_any_counted_member_after_a_phrase_is_one_more_object(
    count: int, phrase: str, people: str, after: str
) -> None:
    text = f"Police arrested a man {phrase} and {_NUMBERS[count]} {people}{after}."
    assert written(text) == [("arrested", 1), ("arrested", count)]
