"""A vague amount of a crowd with no noun after it ("hundreds of thousands have been displaced",
"displacing tens of thousands", "millions dead") is a count of people, as "thousands" alone was
(issue 14): only the forms with "of" were amounts, so the bare ones were read as no count and the
harm was lost (``VAGUE_AMOUNTS``). A harm offered as potential is not told (``unreal.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.quantity import read_quantity

_CROWDS = {"tens of thousands": 20000, "hundreds of thousands": 200000, "millions": 2000000}
_FORMS = [
    ("The fighting went on, and {amount} have been displaced from their homes.", "displaced"),
    ("The offensive has displaced {amount} since March.", "displaced"),
    ("The campaign ended with {amount} dead.", "killed"),
]


@pytest.mark.parametrize(("words", "lower"), sorted(_CROWDS.items()))
def test_read_quantity_of_a_bare_crowd(words: str, lower: int) -> None:
    amount = read_quantity(words)
    assert amount is not None
    assert (amount.count, amount.lower) == (None, lower)


@given(st.sampled_from(sorted(_CROWDS)), st.sampled_from(_FORMS))
def test_a_bare_crowd_is_counted(amount: str, form: tuple[str, str]) -> None:
    text, kind = form
    found = [
        f
        for f in CasualtyExtractor().extract(Document(text.format(amount=amount)))
        if not f.inferred
    ]
    assert [(f.kind, f.count) for f in found] == [(kind, None)]
    assert amount in found[0].text


def test_millions_of_things_are_no_crowd() -> None:
    text = "It stole property, displacing millions of American jobs."
    assert list(CasualtyExtractor().extract(Document(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "The offensive ignites new fighting, potentially displacing thousands.",
        "The attack could have translated to potentially hundreds of injuries.",
    ],
)
def test_a_harm_offered_as_potential_is_not_told(text: str) -> None:
    assert list(CasualtyExtractor().extract(Document(text))) == []


def test_a_toll_hedged_by_possibly_is_still_told() -> None:
    text = "There could be others and possibly up to 20 people who have been injured."
    found = [f for f in CasualtyExtractor().extract(Document(text)) if not f.inferred]
    assert [(f.kind, f.count) for f in found] == [("injured", 20)]
