"""``patterns.occurrences``: every place a word occurs, as a look-ahead regex finds them."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.patterns import occurrences

WORDS = st.lists(st.sampled_from(["a", "aa", "ab", "$", "€", "tomorrow"]), max_size=3)
TEXT = st.lists(st.sampled_from(["a", "b", "$", "€", " ", "tomorrow", "tomorro"]), max_size=15)


@given(text=TEXT.map("".join), words=WORDS)
@example(text="aaa", words=["aa"])  # overlapping occurrences are all found
@example(text="aaa", words=["a", "a"])  # a word given twice is found twice
def test_occurrences_are_every_place_a_word_starts(text: str, words: list[str]) -> None:
    expected = sorted(m.start() for w in words for m in re.finditer(f"(?={re.escape(w)})", text))
    assert sorted(occurrences(text, words)) == expected
