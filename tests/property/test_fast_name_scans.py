"""The casualty extractor's scan of a story's full names finds exactly what its plain definition
finds.

:data:`~newsparse.extractors.casualties.names.FULL_NAME` reads each name word atomically, with no
backtracking into it, so that a capitalised word no name follows fails at once; this property
pins it to the backtracking pattern it replaced, on text made of name words, particles, second
capitals ("McDonald", "O'Neil"), initials and the characters around them.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extractors.casualties.grammar import NAME_PARTICLE, NAME_WORD, NAME_WORD_REST
from newsparse.extractors.casualties.names import FULL_NAME, Names

PLAIN = re.compile(
    rf"[A-Z](?<![\w.].){NAME_WORD_REST}(?:\s+[A-Z]\.)?((?:\s+{NAME_PARTICLE}?{NAME_WORD})+)"
)
# name words, a particle, halves of second-capital names, an initial and words no name follows
WORDS = "Barnett Slepian Mac Donald O' Neil al- Masri van der J. A x the 7".split()
PIECES = [*WORDS, "-", "’", "'", " ", "\t", "\n", ".", ","]
TEXT = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@given(text=TEXT)
@example(text="Barnett Slepian")
@example(text="Ronald MacDonald and Shaquille O'Neal")
@example(text="Abu Ayyub al-Masri")
@example(text="Witnesses said the")  # a capitalised word no name follows
@example(text="John J. Smith")
@example(text="Mac Donald-")
def test_full_names_match_the_backtracking_pattern(text: str) -> None:
    found = [(m.span(), m.groups()) for m in FULL_NAME.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in PLAIN.finditer(text)]


def test_a_wording_read_once_is_answered_by_each_story() -> None:
    """The lone names of a wording are read once for all stories; whether they are known stays
    each story's own."""
    named = Names("John Smith was shot at his home. Smith died hours later.")
    unnamed = Names("Smith died hours later, the police said.")
    assert named.knows_all("two guards and Smith")
    assert not unnamed.knows_all("two guards and Smith")
    assert named.knows_all("two guards and Smith")
