"""A hedge before a set phrase of an exact count ("more than a dozen", "nearly half a dozen",
"about a couple of") bounds it as it bounds a number (issue 14): "A bomb killed more than a
dozen people" is 12 killed, more than, where the hedge used to leave the count unread after a
verb and outside the span before one (``quantity.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.quantity import read_quantity

_SET_AMOUNTS = {"a dozen": 12, "half a dozen": 6, "a couple of": 2}
_HEDGES = ["more than", "nearly", "about", "at least", "over", "some"]
_FORMS = [
    "A car bomb killed {amount} people in the market.",
    "{Amount} people were killed in the market.",
    "Gunmen wounded {amount} villagers on Sunday.",
]


@pytest.mark.parametrize(
    ("words", "count", "lower", "upper"),
    [
        ("more than a dozen", 12, 13, None),
        ("at least half a dozen", 6, 6, None),
        ("nearly a dozen", 12, None, 12),
    ],
)
def test_read_quantity_of_a_hedged_set_amount(
    words: str, count: int, lower: int | None, upper: int | None
) -> None:
    amount = read_quantity(words)
    assert amount is not None
    assert (amount.count, amount.lower, amount.upper) == (count, lower, upper)


@given(st.sampled_from(sorted(_SET_AMOUNTS)), st.sampled_from(_HEDGES), st.sampled_from(_FORMS))
def test_a_hedged_set_amount_is_counted_with_its_hedge(amount: str, hedge: str, form: str) -> None:
    words = f"{hedge} {amount}"
    text = form.format(amount=words, Amount=words[0].upper() + words[1:])
    found = [f for f in CasualtyExtractor().extract(Document(text)) if not f.inferred]
    assert [(f.count, f.qualifier) for f in found] == [(_SET_AMOUNTS[amount], hedge)]
    assert words.lower() in found[0].text.lower()
