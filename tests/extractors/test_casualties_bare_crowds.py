"""Bare crowds and parts "of those" people that the casualty rules dropped (issue 14).

A part taken "of those" or "of these" people ("two of those victims died") ended at "those",
so the count was lost; a plural number word standing alone for the people displaced or
evacuated ("Hundreds were evacuated") was held to the bare-count floor of 1,000 though it is
said of no building; and the flight rule wanted a noun after its count ("Millions have fled").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


def _found(text: str) -> list[tuple[str, int | None, str, bool]]:
    return [
        (f.kind, f.count, f.text, f.subset)
        for f in CasualtyExtractor().extract(Document(text))
        if not f.inferred
    ]


@given(
    st.sampled_from(("two", "three", "12")),
    st.sampled_from(("those", "these")),
    st.sampled_from(("victims", "people", "men")),
)
def test_a_part_of_those_people_keeps_its_count(part: str, those: str, noun: str) -> None:
    text = f"Five people were shot. Police said {part} of {those} {noun} died on Sunday."
    count = {"two": 2, "three": 3, "12": 12}[part]
    assert ("killed", count, f"{part} of {those} {noun} died", True) in _found(text)


_CROWD_WORDS = ("Dozens", "Hundreds", "Thousands", "Tens of thousands", "Millions")


@given(st.sampled_from(_CROWD_WORDS), st.sampled_from(("evacuated", "displaced")))
def test_a_bare_crowd_word_moved_is_a_mention_with_no_count(crowd: str, harm: str) -> None:
    text = f"The river rose overnight. {crowd} were {harm} on Sunday."
    assert [found[:3] for found in _found(text)] == [(harm, None, f"{crowd} were {harm}")]


def test_a_crowd_word_left_homeless_is_the_second_group_left() -> None:
    found = _found("The storm left 3 dead and hundreds homeless.")
    assert ("displaced", None, "hundreds homeless") in [each[:3] for each in found]


def test_a_crowd_word_of_things_is_no_crowd_of_people() -> None:
    assert _found("The river rose. Hundreds of homes were evacuated.") == []


@given(st.sampled_from(_CROWD_WORDS[1:]), st.sampled_from(("fled", "have fled", "had fled")))
def test_a_bare_crowd_word_that_flees_is_displaced(crowd: str, fled: str) -> None:
    text = f"The war went on. {crowd} {fled} their homes."
    assert [found[:3] for found in _found(text)] == [("displaced", None, f"{crowd} {fled}")]


def test_a_bare_year_before_fled_is_no_crowd() -> None:
    assert _found("The shah in 1979 fled Iran.") == []
