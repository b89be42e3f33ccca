"""Paragraphs, sentences and reading windows as spans, for code that reasons within one of them.

The splitter is rule-based and fast: a sentence ends at ``.``, ``!`` or ``?`` (with any closing
quotes or brackets) when the next word starts like a sentence, unless the word before the period
is an abbreviation ("U.S.", "Gen.", "Feb. 26", "St. Louis") or an initial ("J. Smith"), or
the end is inside closing quote marks and what follows is only a short attribution clause: a
name or pronoun, a reporting verb, and nothing more ('"...too big to regulate?" Vitter
demanded.' is one sentence; '"We won." He left.' is two).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from newsparse._data.abbreviations import NON_TERMINAL
from newsparse._data.reporting_verbs import (
    ATTRIBUTION_LINKS,
    ATTRIBUTION_PRONOUNS,
    ATTRIBUTION_TIMES,
    CUE_VERBS,
    NOT_NAME_STARTS,
)
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled
from newsparse.span import Span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*|\n(?=[ \t]+\S)")
# One mark, then any more: a pattern opening on a set (not on a repeat) lets ``re`` skip in C to
# the next mark, where ``[.!?]+`` is tried at every character (twice the time).
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'”’»)\]]*(?=\s+(?:''|``|[\"'“‘«(\[])?[A-Z0-9])")
#: The word before a period: what follows the window's last character that is no word
#: character or period, read from the window's end (a search from its start would try, and
#: fail, at every character of every word before).
_WORD_BEFORE = re.compile(r"(?:.*[^\w.])?([\w.]*)\.\Z", re.DOTALL)
#: What a paragraph continuing a quote opens with; a window is not cut before one if it can help.
_OPENING_MARKS = frozenset("\"'“‘«„`")
_LONGEST_WORD = 64  # longer "words" before a period are read by their last characters
_CLOSING_QUOTES = frozenset("\"'”’»")
_NAME_WORD = r"[A-Z][\w’'\-]*\.?"
_ATTRIBUTION = compiled(
    rf"""\s+(?:
        (?:{word_trie(word.capitalize() for word in ATTRIBUTION_PRONOUNS)})  # He
        | (?:The|A|An)(?:\s+[\w’'\-]+){{1,3}}                        # The senator
        | (?!(?i:{word_trie(NOT_NAME_STARTS)})\b)                      # not 'It', 'But'
          {_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}                       # Sen. David Vitter
    )\s+(?:{word_trie(CUE_VERBS)})
    (?:\s+(?i:{word_trie(ATTRIBUTION_TIMES)}))?                      # Tuesday
    (?:\s*(?:[.;!?]|\Z|,(?!\s*["“‘'«]))                             # but not ', "More words'
      |\s+(?i:{word_trie(ATTRIBUTION_LINKS)})\b)""",
    re.VERBOSE,
)


def paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans, trimmed of surrounding whitespace, in order; blank stretches are skipped."""
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(spans, text, start, match.start())
        start = match.end()
    _add_trimmed(spans, text, start, len(text))
    return tuple(spans)


def sentences(text: str, paragraph_spans: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentence spans, trimmed, in order; every sentence lies inside one paragraph.

    A paragraph that is one sentence gives its own span object back (spans are immutable): most
    wire paragraphs are, and on a very long text the copies were megabytes.
    """
    spans: list[Span] = []
    for paragraph in paragraphs(text) if paragraph_spans is None else paragraph_spans:
        start = paragraph.start
        for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
            if _ends_in_abbreviation(text, start, match.start()) or _attributed(
                text, match.end(), paragraph.end
            ):
                continue
            _add_trimmed(spans, text, start, match.end())
            start = match.end()
        if _trim(text, start, paragraph.end) == (paragraph.start, paragraph.end):
            spans.append(paragraph)
        else:
            _add_trimmed(spans, text, start, paragraph.end)
    return tuple(spans)


def windows(text: str, size: int) -> tuple[Span, ...]:
    """Consecutive spans covering all of ``text``, each at most ``size`` characters, cut at
    paragraph breaks: the pieces a very long text is read in, so working memory is bounded.

    A cut goes at the last paragraph break of the window whose next paragraph does not open with
    a quote mark (that paragraph would continue a quote or carry one a speaker introduced), else
    at its last paragraph break, line break or space; a window with none of those is cut at
    ``size`` characters. A text of at most ``size`` characters is one window.
    """
    if size < 1:
        raise ValueError(f"a window must hold at least one character, got {size}")
    spans = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        spans.append(Span(start, end))
        start = end
    spans.append(Span(start, len(text)))
    return tuple(spans)


def _cut(text: str, start: int, limit: int) -> int:
    """Where the window from ``start`` ends, at ``limit`` at the latest (and after ``start``)."""
    any_break = clear_break = 0
    for match in _PARAGRAPH_BREAK.finditer(text, start + 1, limit):
        any_break = match.end()
        if text[any_break] not in _OPENING_MARKS:
            clear_break = any_break
    if any_break:
        return clear_break or any_break
    line_or_space = max(text.rfind("\n", start + 1, limit), text.rfind(" ", start + 1, limit))
    return line_or_space + 1 if line_or_space > 0 else limit


def sentence_at(sentences: Sequence[Span], starts: Sequence[int], position: int) -> Span:
    """The sentence holding ``position``, given the sentences and their starts (for bisection);
    before the first one, the stretch from the text's start."""
    index = bisect_right(starts, position) - 1
    return sentences[index] if index >= 0 else Span(0, position)


def _ends_in_abbreviation(text: str, sentence_start: int, period: int) -> bool:
    if text[period] != ".":
        return False
    # Only the last few characters are searched, so a long run of abbreviations stays linear.
    word = _WORD_BEFORE.match(text, max(sentence_start, period - _LONGEST_WORD), period + 1)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    if "." in token.strip("."):
        return True  # an acronym: "U.S.", "a.m."
    return token.lower() in NON_TERMINAL


def _attributed(text: str, end: int, paragraph_end: int) -> bool:
    """Whether the quote closing at ``end`` is followed by its attribution clause alone."""
    return text[end - 1] in _CLOSING_QUOTES and bool(_ATTRIBUTION.match(text, end, paragraph_end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved past the whitespace at either end (equal if all is blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    """Add the span from ``start`` to ``end``, trimmed, to ``spans`` unless it is blank."""
    start, end = _trim(text, start, end)
    if start < end:
        spans.append(Span(start, end))
