"""The reported-speech speed-ups (issue 17) find exactly what the plain code they replaced
finds, on generated text made of the pieces each one reads."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extractors.quotes import cues, reported
from newsparse.span import Span


@st.composite
def _spans_and_window(draw: st.DrawFn) -> tuple[list[Span], int, int]:
    """Sorted spans that do not overlap (as quoted stretches are), and a window among them."""
    bounds = sorted(set(draw(st.lists(st.integers(0, 60), max_size=12))))
    spans = [Span(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)]
    lo = draw(st.integers(0, 60))
    return spans, lo, draw(st.integers(lo + 1, 61))


@given(_spans_and_window())
def test_one_look_tells_whether_a_window_reaches_into_a_skipped_span(
    case: tuple[list[Span], int, int],
) -> None:
    spans, lo, hi = case
    starts = [span.start for span in spans]
    plain = any(cues._inside(spans, starts, position) for position in range(lo, hi))
    assert cues._skipped_before(spans, starts, lo, hi) == plain


SUBJECT_PIECES = [
    "Smith", "the", "mayor", "said", "But", "On", "Monday", ",", '"', "“", "”", "He", "voters",
    "want", "WASHINGTON", "(AP)", "—", "Ann", "Lee", "of", "Texas", ".",
]  # fmt: skip


@given(
    pieces=st.lists(st.sampled_from(SUBJECT_PIECES), min_size=1, max_size=30),
    skipped=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), max_size=4),
)
def test_the_opening_subject_is_read_outside_skipped_spans_as_word_by_word(
    pieces: list[str], skipped: list[tuple[int, int]]
) -> None:
    text = " ".join(pieces)
    spans: list[Span] = []
    for start, length in sorted(skipped):
        if start < len(text) and (not spans or start >= spans[-1].end):
            spans.append(Span(start, min(len(text), start + length)))
    starts = [span.start for span in spans]
    sentence = Span(0, len(text))
    for position in range(0, len(text) + 1, 7):
        tokens = cues._tokens(text, 0, position)
        outside = [t for t in tokens if not cues._inside(spans, starts, t.start)]
        plain = cues._sentence_subject(outside, whole=position <= cues._REACH)
        assert cues.opening_subject(text, sentence, position, spans, starts) == plain


JOINT_PIECES = [
    ";", ",", "—", "–", "―", "--", "-", " ", " ", "\t", "\xa0", '"', "”", "’", "and", "but",
    "though", "yet", "Smith", "said",
]  # fmt: skip
_BLANK, _DASHES = reported._BLANK, reported._DASHES
_DASH = rf"{_BLANK}[{_DASHES}]|{_BLANK}--|{_BLANK}-{_BLANK}"  # a hyphen spaced as a dash too
PLAIN_HINTS = (
    re.compile(rf";|{_DASH}|,[\"”’']?{_BLANK}*{reported._CONJUNCTIONS}{_BLANK}"),
    re.compile(rf"[;,]|{_DASH}"),
)


@given(pieces=st.lists(st.sampled_from(JOINT_PIECES), max_size=20))
def test_the_joint_hints_start_where_their_plain_alternations_do(pieces: list[str]) -> None:
    text = "".join(pieces)
    hints = (reported._JOINT_HINT, reported._SUBORDINATE_JOINT_HINT)
    for fast, plain in zip(hints, PLAIN_HINTS, strict=True):
        assert [m.start() for m in fast.finditer(text)] == [m.start() for m in plain.finditer(text)]


THAT_PIECES = ["that", "That", "thatch", "-that", "that's", "what", " ", ",", "\n", "said"]


@given(pieces=st.lists(st.sampled_from(THAT_PIECES), max_size=60), start=st.integers(0, 30))
def test_the_word_that_is_found_as_its_pattern_finds_it(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    plain = reported._THAT_WORD.search(text, start, min(len(text), start + reported._REACH))
    found = reported._that_word(text, start, len(text))
    assert (found and found.span()) == (plain and plain.span())


@given(
    word=st.sampled_from(["he", "She", "they", "it", "official", "we"]),
    ending=st.sampled_from(["", "'d", "’s", "'ll", "’ve", "'re", "'m", "'", "s"]),
)
def test_a_pronoun_keeps_only_itself_as_the_contraction_pattern_cuts_it(
    word: str, ending: str
) -> None:
    token = next(iter(cues._tokens(word + ending, 0, len(word + ending))))
    head = cues._CONTRACTION.sub("", token.lower)
    plain = Span(token.start, token.start + len(head)) if head in cues.PRONOUN_GENDER else None
    assert cues._pronoun(token) == plain
