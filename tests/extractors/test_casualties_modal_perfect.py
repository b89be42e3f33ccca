"""A harm already done, hedged by a modal perfect of likelihood ("600 may have died", "up to
2,000 may have been wounded"), is a mention (the guidelines); a bare modal tells a harm still to
come and "could have" or "would have" one that did not happen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    """Each written finding's kind, count and words."""
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An investigation, however, has indicated 600 may have died.",
            ("killed", 600, "600 may have died"),
        ),
        (
            "Up to 2,000 may have been wounded in the blast, officials said.",
            ("injured", 2000, "Up to 2,000 may have been wounded"),
        ),
    ],
)
def test_a_modal_perfect_hedges_a_harm_done(text: str, expected: tuple[str, int, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands may die if the dam breaks.",
        "Officials warned that 40 people could have been killed in the blast.",
        "Without the wall, 40 people would have been killed in the blast.",
    ],
)
def test_no_harm_to_come_and_none_that_did_not_happen(text: str) -> None:
    assert found(text) == []


@given(
    st.sampled_from(("may", "might", "must")),
    st.sampled_from((("been killed", "killed"), ("died", "killed"), ("been injured", "injured"))),
    st.integers(min_value=2, max_value=999),
)
def test_every_modal_perfect_of_likelihood_keeps_the_count(
    modal: str, harm: tuple[str, str], count: int
) -> None:
    words, kind = harm
    told = f"{count} people {modal} have {words}"
    assert (kind, count, told) in found(f"Police said {told} in the fire on Monday.")
