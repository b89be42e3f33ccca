"""The quote extractors' fast scans find exactly what their plain definitions find.

Each scan was rewritten so that ``re`` can skip ahead in C (issue 17); these properties pin each
one to the look-behind or alternation it replaced, on text made of the characters that matter
at word starts and around quotation marks.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extractors.quotes import cues, marks, names
from newsparse.patterns import first_at_word_start, word_starts, word_trie
from newsparse.span import Span

WORDS = ["said", "says", "told", "to", "add", "added", "according to", "According to", "Says"]
PATTERN = r"(?=[a-zA])(?:" + word_trie(WORDS) + r")(?![\w-])"
# non-ASCII: letters (one titlecase, one with no case), a digit, a combining mark, marks and
# spaces, and the two that fold to ASCII letters under IGNORECASE (the Kelvin sign, long s)
NON_ASCII = ["é", "ǅ", "漢", "٣", "\u0301", "’", "—", "\u00a0", "\u212a", "ſ"]
PIECES = [
    *WORDS,
    "a",
    "d",
    "k",
    "x",
    "-",
    "_",
    "7",
    " ",
    "\t",
    "\n",
    '"',
    "'",
    "(",
    ".",
    ",",
    *NON_ASCII,
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
MARK_PIECES = ["'", "''", "`", "``", '"', "“", "”", "„", "«", "»", "‘", "’", "a", " ", "\n"]
MARK_TEXT = st.lists(st.sampled_from(MARK_PIECES), max_size=25).map("".join)
NAME_PIECES = ["Pompeo", "Mike", "A", "é", "x", "O'", "-", "’", " ", "\t", "\n", ".", "said", "7"]
NAME_TEXT = st.lists(st.sampled_from(NAME_PIECES), max_size=20).map("".join)


@given(text=TEXT, bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)))
@example(text="x said", bounds=(2, 6))  # a word right at the start: the character before counts
@example(text="xsaid", bounds=(1, 5))
@example(text="-said", bounds=(1, 5))
@example(text="said said", bounds=(0, 9))
@example(text="according to", bounds=(0, 11))  # the end cuts the word: no match
@example(text="according to", bounds=(0, 12))  # "to" inside a match is not found again
@example(text="éaccording to", bounds=(0, 13))  # ... but it is inside a word's non-match
@example(text="\u212asaid", bounds=(0, 5))  # a letter (the Kelvin sign)
@example(text="ksaid", bounds=(0, 5))  # under IGNORECASE too, no letter stands before a word
@example(text="—said", bounds=(0, 5))
def test_word_starts_finds_what_a_look_behind_finds(text: str, bounds: tuple[int, int]) -> None:
    start = min(bounds[0], len(text))
    end = min(max(bounds), len(text))
    for flags in (0, re.IGNORECASE):
        plain = re.compile(r"(?<![\w-])" + PATTERN, flags)
        expected = [match.span() for match in plain.finditer(text, start, end)]
        assert list(word_starts(re.compile(PATTERN, flags), text, start, end)) == expected


# Words that may end on a character that can stand before the next word ("shot,killed"): the
# next match may start right where one ends, as a look-behind would let it.
OPEN_ENDED = r"(?:" + word_trie(["shot,", "said-", "said", "to", "k"]) + r")"


@given(text=TEXT, bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)))
@example(text="said,said", bounds=(0, 9))
@example(text="said-said", bounds=(0, 9))
@example(text="-said", bounds=(0, 5))  # after a hyphen, a word's start only with after_hyphen
def test_word_starts_after_a_match_or_a_hyphen_as_a_look_behind(
    text: str, bounds: tuple[int, int]
) -> None:
    text = text.replace(" a", ",").replace("d", "shot,")  # words ending on a mark, often
    start = min(bounds[0], len(text))
    end = min(max(bounds), len(text))
    for flags in (0, re.IGNORECASE):
        for after_hyphen, behind in ((False, r"(?<![\w-])"), (True, r"(?<!\w)")):
            plain = re.compile(behind + OPEN_ENDED, flags)
            expected = [match.span() for match in plain.finditer(text, start, end)]
            found = word_starts(
                re.compile(OPEN_ENDED, flags), text, start, end, after_hyphen=after_hyphen
            )
            assert list(found) == expected


@given(text=TEXT, bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)))
@example(text="x-said to", bounds=(0, 9))
def test_first_at_word_start_is_the_search_it_replaces(text: str, bounds: tuple[int, int]) -> None:
    start = min(bounds[0], len(text))
    end = min(max(bounds), len(text))
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(r"\b(?:" + word_trie(["said", "said to", "add", "k"]) + r")\b", flags)
        found = first_at_word_start(pattern, text, start, end)
        expected = pattern.search(text, start, end)
        assert (found and (found.span(), found.group())) == (
            expected and (expected.span(), expected.group())
        )


@given(text=TEXT)
def test_word_starts_reads_the_whole_text_by_default(text: str) -> None:
    plain = re.compile(r"(?<![\w-])" + PATTERN)
    expected = [match.span() for match in plain.finditer(text)]
    assert list(word_starts(re.compile(PATTERN), text)) == expected


# words of letters, of marks the regex syntax uses and of non-ASCII letters, sharing prefixes
TRIE_WORDS = st.lists(st.text(alphabet="abé-. (|?", max_size=5), max_size=12)


@given(words=TRIE_WORDS, text=st.text(alphabet="abé-. (|?xK", max_size=12))
def test_word_trie_matches_what_the_longest_first_alternation_matches(
    words: list[str], text: str
) -> None:
    """At every position a trie takes what the flat alternation of the same words, longest
    first, takes; under IGNORECASE too."""
    flat = "|".join(map(re.escape, sorted(set(words), key=lambda word: (-len(word), word))))
    for flags in (0, re.IGNORECASE):
        trie = re.compile(f"(?:{word_trie(words)})", flags)
        plain = re.compile(f"(?:{flat or '(?!)'})", flags)
        for position in range(len(text) + 1):
            fast, slow = trie.match(text, position), plain.match(text, position)
            assert (fast and fast.group()) == (slow and slow.group())


@given(text=MARK_TEXT)
def test_double_marks_are_the_alternation_they_replace(text: str) -> None:
    plain = re.compile(r"''|``|[\"“”„«»]")
    expected = [(match.span(), match.group()) for match in plain.finditer(text)]
    for pattern in (marks._DOUBLE.pattern, cues._MARKS):
        assert [(match.span(), match.group()) for match in pattern.finditer(text)] == expected
        for position in range(len(text)):
            fast, slow = pattern.match(text, position), plain.match(text, position)
            assert (fast and fast.group()) == (slow and slow.group())


@given(text=NAME_TEXT)
def test_lone_words_are_found_as_with_the_look_behinds_first(text: str) -> None:
    word = r"[^\W\d_a-z][\w’'\-]*+\.?"  # a whole word: never 'Pompe' of 'Pompeo Smith'
    # nor right after a one-letter abbreviation ('S' of 'U.S.', 'Pompeo' of 'A.Pompeo')
    plain = re.compile(
        rf"(?<![\w’'\-][ \t])(?<![\w’'\-])(?<!\b[^\W\d_]\.){word}(?![ \t]+[^\W\d_a-z])"
    )
    expected = [match.span() for match in plain.finditer(text)]
    assert [match.span() for match in names._LONE_WORD.finditer(text)] == expected


def test_a_paragraph_without_marks_ends_a_quote_left_open() -> None:
    """A quote left open runs on only into a paragraph that opens with a mark; a paragraph with
    no mark at all, passed over without being read, still breaks the run."""
    text = '"We will stay,\n\nsaid Lee.\n\n"And we will win."'
    paragraphs = [Span(0, 14), Span(16, 25), Span(27, len(text))]
    stretches = marks.quoted_stretches(text, paragraphs)
    assert [text[q.span.start : q.span.end] for q in stretches] == ["And we will win."]
