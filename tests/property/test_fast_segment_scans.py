"""The sentence splitter's fast scans find exactly what their plain definitions find (issue 17)."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import segment

PIECES = ["U.S", "Gen", "a.m", "J", "x", "é", "_", "7", ".", ".", " ", "\n", "(", '"', ",", "-"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
PLAIN_WORD_BEFORE = re.compile(r"([\w.]*)\.$")  # the leftmost start whose word runs to the period


@given(text=TEXT, start=st.integers(0, 40), period=st.integers(0, 40))
@example(text="x\n.", start=0, period=2)
@example(text="U.S.", start=1, period=3)  # the window's start cuts the word
def test_word_before_a_period_is_what_a_search_from_the_start_finds(
    text: str, start: int, period: int
) -> None:
    text += "."
    period = min(period, len(text) - 1)
    if text[period] != ".":
        return
    start = min(start, period)
    plain = PLAIN_WORD_BEFORE.search(text, start, period + 1)
    fast = segment._WORD_BEFORE.match(text, start, period + 1)
    assert (plain and plain.group(1)) == (fast and fast.group(1))
    assert (plain and plain.span(1)) == (fast and fast.span(1))
