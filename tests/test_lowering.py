"""Lowering a text a piece at a time: the same lower case, in little more than its copy."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import lowering
from newsparse.entities import role_holders

# Letters whose lower case depends on what is around them or grows ('Σ' ends a word as 'ς',
# 'İ' lowers to two characters), blanks, and plain letters.
LETTERS = st.text(alphabet=st.sampled_from("aAΣσİIé \n'.-"), max_size=60)


@given(LETTERS)
def test_lowered_in_pieces_is_the_text_lowered_whole(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lowering, "_PIECE", 3)  # pieces of a few characters: many cuts
        assert lowering.lower_case(text) == text.lower()


@given(LETTERS)
def test_the_pieces_end_after_a_space_and_make_the_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lowering, "_PIECE", 3)
        pieces = list(lowering.pieces(text))
    assert "".join(pieces) == text
    assert all(piece.endswith(" ") for piece in pieces[:-1])


def _peak(work: object, *args: object) -> int:
    tracemalloc.start()
    try:
        work(*args)  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_text_is_lowered_in_little_more_than_its_copy() -> None:
    text = "Éric Dupont a parlé. " * 50_000  # one byte a character, not all ASCII
    # the copy and its pieces; str.lower works in twelve bytes a character
    assert _peak(lowering.lower_case, text) < 3 * len(text)


def test_a_role_is_looked_for_in_a_long_text_without_lowering_it_whole() -> None:
    text = "Le président Éric Dupont a parlé. " + "Il a été reçu à l'Élysée. " * 40_000
    assert _peak(role_holders, text, "président") < 3 * len(text)
