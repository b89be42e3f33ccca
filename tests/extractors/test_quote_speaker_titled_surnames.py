"""'the president' stands for the holder the story titles by surname alone ('President
Obama'), named in full elsewhere, and a bare description means the role no nationality or
'former' qualifies rather than a nearer foreign or past holder (issue 15)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

GIVEN = ["Anna", "Tom", "Maria", "David", "Laura"]
SURNAMES = ["Berg", "Reyes", "Okafor", "Lindqvist", "Haddad"]
FOREIGN = ["Russian", "French", "Turkish", "Chinese", "Brazilian"]


CASES = {
    "a surname after a title finds the full name the text gives": (
        "Tom Reyes won the election in November.\n\n"
        "On Tuesday, President Reyes used a press conference to claim progress, while "
        "setting low expectations for a deal with Russian President Ivan Petrov.\n\n"
        'The president said "it is possible" that talks will resume.',
        "Tom Reyes",
    ),
    "a former holder is not the president": (
        "Anna Berg spoke in Ohio. President Berg praised her predecessor, former President "
        'Tom Reyes, on Monday.\n\n"We will keep going," the president said.',
        "Anna Berg",
    ),
    "a plural after a title word is no holder": (
        "There are 52 House Republicans in the majority, said New York Republicans leader "
        'Tom Reyes.\n\n"We passed it," the House said.',
        "the House",
    ),
    "a surname never named in full still holds the title": (
        "President Reyes met Chinese President Li Wei on Friday.\n\n"
        '"We are close to a deal," the president said.',
        "Reyes",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), CASES.values(), ids=CASES.keys())
def test_the_holder_a_description_means(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@given(
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(FOREIGN),
    st.sampled_from(["Ivan Petrov", "Jean Moreau", "Ali Demir"]),
)
def test_the_unqualified_holder_outranks_a_nearer_foreign_one(
    given_name: str, surname: str, nationality: str, other: str
) -> None:
    """Whatever the names, the holder titled without a nationality is whom 'the president'
    means, though a foreign holder is named nearer the quote."""
    text = (
        f"{given_name} {surname} took office last year. President {surname} flew to the "
        f"summit on Monday and met {nationality} President {other} there.\n\n"
        '"We made progress," the president said.'
    )
    assert speakers(text) == [f"{given_name} {surname}"]
