"""One of a counted group told harmed (issue 14): "one of three men killed" is the three killed
and, nested around it, a killing of one, a subset, as the guidelines count "one of N killed";
the part is told wherever the harm is the group's. Each test fails without
:mod:`newsparse.extractors.casualties.one_of`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
_HARMS = [("killed", "killed"), ("wounded", "injured"), ("kidnapped", "kidnapped")]


def found(text: str) -> list[tuple[str, str, int | None, bool]]:
    """Each written (not inferred) finding's words, kind, count and subset, in text order."""
    return [
        (f.text, f.kind, f.count, f.subset)
        for f in EXTRACTOR.extract(Document(text))
        if not f.inferred
    ]


@given(
    st.integers(0, 7),
    st.sampled_from(_HARMS),
    st.sampled_from(["{group}", "the {group}"]),
    st.sampled_from(["Farid Haddad, 24, was {one}", "Mourners gathered for the funeral of {one}"]),
)
def test_one_of_a_group_is_a_part_of_one_nested_in_it(
    number: int, harm: tuple[str, str], group: str, shape: str
) -> None:
    whole = f"{_WORDS[number]} men {harm[0]}"
    one = "one of " + group.format(group=whole)
    text = shape.format(one=one) + " on Tuesday."
    assert found(text) == [(one, harm[1], 1, True), (whole, harm[1], number + 2, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Not one of the three men wounded in the attack was armed.",
        # the one's own death told after the group: killed, not a part of the shot
        "One of five people shot outside the bar on Sunday has died.",
        # the one left out of the group's fate
        "The troops freed all but one of the 72 hostages.",
    ],
)
def test_no_part_of_one(text: str) -> None:
    assert [f for f in found(text) if f[0].lower().startswith(("one of", "not one"))] == []
