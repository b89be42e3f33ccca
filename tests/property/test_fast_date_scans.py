"""The ``dates`` extractor's fast scans find exactly what their plain definitions find.

Each scan was rewritten so that ``re`` skips ahead in C (issue 17); these properties pin each one
to the scan it replaced, on generated date phrases set among the characters that matter at a
word's start (letters, figures, ``$``, ``€``, ``-``, ``_``, apostrophes).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extractors import dates

NAMES = [*dates._MONTH_NUMBERS, *dates._WEEKDAYS, *dates._RELATIVE_DAYS]
DAYS = st.integers(0, 40).map(str) | st.sampled_from(["1st", "2nd", "3rd", "21st", "04", "31th"])
YEARS = st.integers(1790, 2110).map(str)
SEPARATORS = st.sampled_from([" ", "  ", "\t", ", ", ". ", " of ", "\n", "-", "/", ""])
PIECES = st.sampled_from(
    ["in", "since", "last", "this", "year", "%", " percent", "a", "x", "_", "$", "€", "é", "’s"]
)
PHRASE = st.lists(
    st.one_of(st.sampled_from(NAMES), DAYS, YEARS, SEPARATORS, PIECES), max_size=14
).map("".join)
#: A day before a month, the shape that opens on any figure: every figure must start a scan.
DAY_MONTH = st.tuples(DAYS, SEPARATORS, st.sampled_from(NAMES)).map("".join)


def plain_mentions(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in dates._MENTION.finditer(text)]


@given(text=PHRASE | DAY_MONTH)
@example(text="Tuesday, March 3, 1987")
@example(text="Mayor May 5")  # a name inside a longer word, then a date
@example(text="x1987 1987")  # a figure inside a word is no start
@example(text="$1987 €12 May")
@example(text="May 5May 6")  # a match ending inside a word the fast scan consumed
@example(text="May 5 June")  # a figure both ends a mention and could start one
@example(text="Sept. 30 2019-2020 tomorrow yesterday")
@example(text="9 May, 8th of June, 7 Oct last year, 6 Dec. 5 Sep 4 Jan 2 Feb 0 Mar")
def test_mentions_are_what_the_mention_pattern_finds(text: str) -> None:
    """The pre-filter never drops nor adds a mention: same spans, same groups, same order."""
    found = [(match.span(), match.groups()) for match in dates._mentions(text)]
    assert found == plain_mentions(text)


CUE_WORDS = [cue for cue in dates._CUES if cue[0].isalpha()]
FLAT_CUE = re.compile(
    rf"(?:(?<!\w)(?i:{dates._alternation(CUE_WORDS)})"
    rf"|{dates._alternation([cue for cue in dates._CUES if not cue[0].isalpha()])})(?!\w)"
)
CUE_TEXT = st.lists(
    st.sampled_from([*dates._CUES, "IS DUE TO", "Will", "be", "x", " ", "\t", "'", "ed", "."]),
    max_size=20,
).map("".join)


@given(text=CUE_TEXT, bounds=st.tuples(st.integers(0, 60), st.integers(0, 60)))
@example(text="is due to", bounds=(0, 9))
@example(text="is due tox is to", bounds=(0, 16))  # the longer cue fails, the shorter is found
def test_cue_trie_finds_what_the_flat_alternation_finds(text: str, bounds: tuple[int, int]) -> None:
    start, end = min(bounds), max(bounds)
    expected = [(m.span(), m.group()) for m in FLAT_CUE.finditer(text, start, end)]
    assert [(m.span(), m.group()) for m in dates._CUE.finditer(text, start, end)] == expected


PLAIN_AFTER_BE = re.compile(r"(?<!\w)be[ \t]+\Z")
BE_TEXT = st.lists(
    st.sampled_from(["be", "to", "maybe", " ", "\t", "\n", "x", "-", "é"]), max_size=12
)


@given(text=BE_TEXT.map("".join), bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)))
@example(text="maybe ", bounds=(2, 6))  # "be" inside a word, its start cut off by the bounds
@example(text="to be ", bounds=(3, 6))
def test_after_be_is_the_look_behind_it_replaced(text: str, bounds: tuple[int, int]) -> None:
    start, end = min(bounds), max(bounds)
    expected = PLAIN_AFTER_BE.search(text, start, end) is not None
    assert (dates._AFTER_BE.search(text, start, end) is not None) == expected
