"""The ``money`` extractor's fast evidence scans find exactly what their plain definitions find.

Each scan was rewritten to skip ahead in C faster (issue 17); these properties pin each one to
the pattern it replaced, on generated text of codes, signs, capitals and letters.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extractors.money import grammar, lexicon, scan
from newsparse.patterns import word_trie

PLAIN_UPPER_CODE = re.compile(rf"{word_trie(lexicon.CODES)}(?![A-Za-z])")
CODE_TEXT = st.lists(
    st.sampled_from(sorted(lexicon.CODES))
    | st.sampled_from(["U", "S", "D", "X", "a", "é", "Ä", " ", "$", "5", "-", "\n"]),
    max_size=20,
).map("".join)


def test_every_code_is_three_capitals() -> None:
    """The fast scan matches three capitals first: a code of another shape would be missed."""
    assert all(re.fullmatch("[A-Z]{3}", code) for code in lexicon.CODES)


@given(text=CODE_TEXT)
@example(text="USD EURUSD USDA")  # glued codes: found only where no letter follows
@example(text="XUSDJPY5")
@example(text="USDUSD")  # two codes back to back: the first is followed by a letter
def test_upper_code_evidence_is_the_code_trie(text: str) -> None:
    expected = [m.span() for m in PLAIN_UPPER_CODE.finditer(text)]
    assert [m.span() for m in grammar.UPPER_CODE_EVIDENCE.finditer(text)] == expected


PLAIN_SIGN = re.compile(f"[{''.join(re.escape(char) for char in grammar.SIGN_CHARACTERS)}]")
SIGN_TEXT = st.lists(
    st.sampled_from([*grammar.SIGN_CHARACTERS, "R$", "US$", "5", "a", " ", "é", "\n"]),
    max_size=20,
).map("".join)


@given(text=SIGN_TEXT)
@example(text="$$€5 ₹")
def test_signs_are_what_a_class_of_them_finds(text: str) -> None:
    assert sorted(scan._signs(text)) == [m.span() for m in PLAIN_SIGN.finditer(text)]
