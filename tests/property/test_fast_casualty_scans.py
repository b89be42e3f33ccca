"""The casualty extractor's faster forms find exactly what their plain definitions find.

Each was rewritten for speed (issue 17): word lists as tries instead of flat alternations, and
the tests of a cue or a death against the spans read before it as a walk or a bisection instead
of a test against every span, which made a long list of harms in one sentence cost its square.
These properties pin each one to the form it replaced.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extractors.casualties.extractor import _outside
from newsparse.extractors.casualties.retold import _overlaps
from newsparse.numbers import CARDINAL_WORDS, NUMBER_WORDS
from newsparse.patterns import phrase_alternation, phrase_trie

# Words sharing their first letters, and phrases whose words are other phrases' heads.
VOCABULARY = [
    "shot",
    "shots",
    "shooting",
    "shot dead",
    "s",
    "kill",
    "killed",
    "no one",
    "no",
    "one",
]
PHRASES = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6)
PIECES = [*VOCABULARY, "Shot", "KILLED", " ", "  ", "\n", "-", "x", "ed", ",", "ſ", "\u212a"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
# What follows the list in the rules: a word's end, more words, a plural's "s", or nothing.
AFTER = st.sampled_from(["", r"\b", r"(?![\w'’-])", r"\s+dead\b", r"s?\b", r"\w*"])


@given(phrases=PHRASES, text=TEXT, after=AFTER)
@example(phrases=["shot", "shot dead"], text="shot dead", after="")
@example(phrases=["no", "no one"], text="no  one", after=r"\s+dead\b")
def test_a_phrase_trie_matches_as_the_alternation_it_replaces(
    phrases: list[str], text: str, after: str
) -> None:
    flat = re.compile(rf"(?:{phrase_alternation(phrases)}){after}", re.IGNORECASE)
    trie = re.compile(rf"(?:{phrase_trie(phrases)}){after}", re.IGNORECASE)
    for at in range(len(text) + 1):
        plain, fast = flat.match(text, at), trie.match(text, at)
        assert (plain and plain.span()) == (fast and fast.span())
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)]


NUMBER_PIECES = [*CARDINAL_WORDS[:20], "sixty", "teen", "ty", " ", "-", " and ", "s", "x", "."]
NUMBER_TEXT = st.lists(st.sampled_from(NUMBER_PIECES), max_size=8).map("".join)
FLAT_NUMBER_WORDS = (
    rf"(?:{'|'.join(CARDINAL_WORDS)})(?:(?:[\s-]+|\s+and\s+)(?:{'|'.join(CARDINAL_WORDS)})){{0,8}}"
)


@given(text=NUMBER_TEXT, after=st.sampled_from([r"\b", r"\s+", r"[\s-]+", r"(?:\s+dozen)?\b"]))
@example(text="sixteen", after=r"\b")
@example(text="sixty-six people", after=r"\s+")
def test_number_words_match_as_the_flat_list_did(text: str, after: str) -> None:
    """Wherever the fragment is used a space, a hyphen or a word's end follows a number word, so
    "six" never ends inside "sixteen" and the trie's order of the words changes nothing."""
    flat = re.compile(rf"\b(?:{FLAT_NUMBER_WORDS}){after}", re.IGNORECASE)
    trie = re.compile(rf"\b(?:{NUMBER_WORDS}){after}", re.IGNORECASE)
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)]


SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=8,
)


@given(cues=st.lists(st.integers(0, 40), max_size=10), spans=SPANS)
@example(cues=[3, 5, 9], spans=[(2, 6), (4, 5)])  # a span inside another
@example(cues=[4], spans=[(4, 4)])  # an empty span holds no cue
def test_the_cues_left_outside_are_those_no_span_holds(
    cues: list[int], spans: list[tuple[int, int]]
) -> None:
    cues = sorted(cues)
    expected = [at for at in cues if not any(s <= at < e for s, e in spans)]
    assert _outside(cues, map(_Span, spans)) == expected  # type: ignore[arg-type]


class _Span:
    """A stand-in for a match: only its span is read."""

    def __init__(self, span: tuple[int, int]) -> None:
        self._span = span

    def span(self) -> tuple[int, int]:
        return self._span


@given(spans=SPANS, start=st.integers(0, 45), length=st.integers(0, 10))
@example(spans=[(0, 20), (5, 6)], start=10, length=2)  # a long span reaching over a short one
@example(spans=[(3, 8)], start=8, length=3)  # touching is no overlap
def test_a_death_overlaps_a_span_as_any_span_did(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    taken = sorted(spans)
    longest = max((e - s for s, e in taken), default=0)
    end = start + length
    assert _overlaps(taken, start, end, longest) == any(s < end and start < e for s, e in taken)
