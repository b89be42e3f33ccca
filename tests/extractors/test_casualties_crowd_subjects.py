"""Crowds and households the counted-subject rules dropped (issue 14).

A sentence's capital made a surname of a count word ("Tens of thousands were killed"), whose "of"
phrase was then read as the name's postmodifier and rejected; households ("5,000 families were
displaced") were no group of people, though the guidelines make them a mention with no count;
and "homeless" after the first group "left" in a state ("left 300 dead and 2,000 homeless") was
read by no rule, as it is no state on its own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


def _found(text: str) -> list[tuple[str, int | None, str]]:
    return [
        (f.kind, f.count, f.text)
        for f in CasualtyExtractor().extract(Document(text))
        if not f.inferred
    ]


_CROWDS = ("Tens of thousands", "Hundreds of thousands", "Thousands", "Millions")
_HARMS = {
    "were killed": "killed",
    "have been displaced": "displaced",
    "were evacuated": "evacuated",
    "were injured": "injured",
    "were arrested": "arrested",
}


@given(st.sampled_from(_CROWDS), st.sampled_from(sorted(_HARMS)))
def test_a_capitalised_crowd_opening_a_sentence_is_counted(crowd: str, harm: str) -> None:
    text = f"The war went on. {crowd} {harm} in the north."
    assert _found(text) == [(_HARMS[harm], None, f"{crowd} {harm}")]


def test_a_capitalised_count_word_is_no_surname_of_a_known_name() -> None:
    # the story names a "Tens" in full: the sentence's count word is still no surname
    text = "Tens of thousands were displaced, said Mary Tens."
    assert _found(text) == [("displaced", None, "Tens of thousands were displaced")]


_HOUSEHOLD_FORMS = [
    ("{n} {noun} were displaced by the floods.", "displaced", "{n} {noun} were displaced"),
    ("About {n} {noun} were evacuated on Sunday.", "evacuated", "About {n} {noun} were evacuated"),
    ("The floods displaced {n} {noun}.", "displaced", "displaced {n} {noun}"),
    ("More than {n} {noun} fled their homes.", "displaced", "More than {n} {noun} fled"),
]


@given(
    st.integers(min_value=200, max_value=90000).map(lambda n: f"{n:,}"),
    st.sampled_from(("families", "households")),
    st.sampled_from(_HOUSEHOLD_FORMS),
)
def test_households_are_a_mention_with_no_count(
    n: str, noun: str, form: tuple[str, str, str]
) -> None:
    text, kind, span = form
    assert _found(text.format(n=n, noun=noun)) == [(kind, None, span.format(n=n, noun=noun))]


def test_family_members_are_still_counted() -> None:
    assert _found("Five family members were killed.") == [
        ("killed", 5, "Five family members were killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The earthquake left 300 dead and 2,000 homeless.",
            [("killed", 300, "300 dead"), ("displaced", 2000, "2,000 homeless")],
        ),
        (
            "The floods left 300 dead, 2,000 homeless and 500 missing.",
            [
                ("killed", 300, "300 dead"),
                ("displaced", 2000, "2,000 homeless"),
                ("missing", 500, "500 missing"),
            ],
        ),
        (
            "The fire left two dead and 500 families homeless.",
            [("killed", 2, "two dead"), ("displaced", None, "500 families homeless")],
        ),
    ],
)
def test_each_group_left_in_a_state_is_read(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert _found(text) == expected
