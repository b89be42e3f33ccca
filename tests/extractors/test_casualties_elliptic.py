"""Counts told in several places after a first count, the noun said once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


def counts(text: str) -> list[tuple[int | None, str]]:
    return [(f.count, f.kind) for f in CasualtyExtractor().extract(Document(text=text))]


def test_a_list_after_a_subjects_harm() -> None:
    text = (
        "Eight women were killed in the Vietnam War, two in the Korean War, 543 in World War II"
        " and 359 in World War I."
    )
    assert counts(text) == [(8, "killed"), (2, "killed"), (543, "killed"), (359, "killed")]


def test_a_list_after_an_object() -> None:
    text = "The bombs killed 247 people in Kenya, 12 in Uganda and 10 in Tanzania."
    assert counts(text) == [(247, "killed"), (12, "killed"), (10, "killed")]


def test_a_count_with_its_own_noun_is_not_elliptic() -> None:
    text = "Five people were injured in the blast, 20 people in all were questioned."
    assert (20, "injured") not in counts(text)


_PLACES = st.sampled_from(["Baghdad", "the north", "Mosul", "the capital", "Kirkuk"])


@given(st.lists(st.tuples(st.integers(2, 900), _PLACES), min_size=2, max_size=4))
def test_each_count_of_a_place_list_is_its_own_item(items: list[tuple[int, str]]) -> None:
    first, *others = [f"{n} in {place}" for n, place in items]
    listed = ", ".join(others[:-1])
    rest = f"{listed} and {others[-1]}" if listed else f"and {others[-1]}"
    text = f"Militants killed {first.replace(' in ', ' people in ', 1)}, {rest} on Sunday."
    assert [n for n, _ in counts(text)] == [n for n, _ in items]


def test_a_total_whose_including_list_runs_to_the_verb() -> None:
    text = (
        "Villagers said nine people, including five men, one woman and three children were killed."
    )
    found = [(f.count, f.subset) for f in CasualtyExtractor().extract(Document(text=text))]
    assert found[0] == (9, False)
    assert sorted(found[1:]) == [(1, True), (3, True), (5, True)]


def test_an_including_name_is_no_list_of_counts() -> None:
    text = "Since 1995, four guards, including Smith, two drivers and a cook have been killed."
    assert (4, "killed") not in counts(text)


def test_a_state_after_a_place_is_no_elliptic_count() -> None:
    text = "Three shot at a city park, one in serious condition."
    assert (1, "shot") not in counts(text)
