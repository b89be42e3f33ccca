"""Find the stretches of text between double quotation marks, paragraph by paragraph.

A mark's role (opening or closing) is read from what surrounds it, so straight marks and
mistyped curly marks pair up; the glyph decides only when the surroundings do not. Single marks
nested inside are part of the words, and so are double ones when a second closing mark ends the
outer quote ('"He shouted "Run!" and fled."'); a paragraph with no double marks, or whose
single marks enclose its double ones (British style: 'They said "no",' he said), is read for
single ones, where a mark inside a word ("don't"), a plural possessive ("the workers' union")
or an elision ("'90s", "rock 'n' roll") is an apostrophe, never a quote mark. A stretch left
open at a paragraph end runs on when the next paragraph opens with a mark of its family (one
stretch per paragraph); so does one reopened after a sentence end inside a paragraph, the same
convention with the paragraph break lost in scraping. Any other unclosed mark is dropped,
costing only its own quote. Marks inside an HTML tag that scraping left in the text ('<tweet
author="@cspan" datetime="2016-09-01">') enclose attribute values, never words, and are not read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import frozen

from newsparse._data.reporting_verbs import CUE_VERBS, PRONOUN_GENDER, SPEAKER_STOPS
from newsparse.regex_cache import compiled
from newsparse.span import Span


@frozen
class _Marks:
    """One family of quotation marks and how to read a mark its surroundings leave undecided."""

    pattern: re.Pattern[str]
    opening_glyphs: frozenset[str]
    closing_glyphs: frozenset[str]
    guess_straight: bool


_DOUBLE = _Marks(
    # '' and `` stand for double marks in some newspapers' text; the pattern opens on one set
    # of characters, so re skips in C to the next one (three times faster than ''|``|["“”„«»])
    compiled(r"[\"“”„«»'`](?:(?<=')'|(?<=`)`|(?<=[\"“”„«»]))"),
    frozenset(("“", "„", "«", "``")),
    frozenset(("”", "»")),
    guess_straight=True,
)
_SINGLE = _Marks(compiled(r"['‘’‹›]"), frozenset("‘‹"), frozenset("’›"), guess_straight=False)
#: The marks a quotation closes on, looked for in the words before a cue ('"...," the report
#: found') before any pattern is read: most cues stand far from any quote.
CLOSING_MARKS = ('"', "”", "»", "’", "'")
_BEFORE_OPENING = frozenset("([{—–-/:;,")
# a mark between these and a word may close words said with the space after it lost
_GLUED_AFTER = frozenset(",;")
# "'90s", "class of '98", "rock 'n' roll": a single mark that elides letters or digits
_ELISION = compiled(r"['‘’](?:\d\d(?:s\b|\b)|n['‘’])|(?<=\bn)['‘’]")
# "''": two straight single marks, which stand for a double one
_DOUBLED = compiled(r"'(?=')|(?<=')'")
# "the workers' union": a mark after a plural's final s and before a lower-case noun; before a
# clause word it closes a quote instead ("was 'a shambles' and", "'... the bosses' he said")
_PLURAL_POSSESSIVE = compiled(r"(?<=[a-z]s)['’][ \t]+([a-z]+)")
_CLAUSE_WORDS = SPEAKER_STOPS | PRONOUN_GENDER.keys() | CUE_VERBS
_REOPEN_WORDS = 3
# '<tweet author="@cspan" datetime="2016-09-01">', '<a href=”https://…” target=”_blank”>': a tag
# with attributes, on one line; a bare '<' or '<b>' sets no marks
_HTML_TAG = compiled(r"<[A-Za-z][\w-]*[ \t]+[\w:-]+=[^<>\n]*>")


@frozen
class Quoted:
    """The words between two marks (``span``), where the marks are, and whether it runs on."""

    span: Span
    open_mark: int
    close_mark: int | None
    after: int
    runs_on: bool = False
    continued: bool = False


_ANY_MARK = compiled(r"[\"“”„«»'`‘’‹›]")  # every character a mark of either family opens on


def quoted_stretches(text: str, paragraphs: Sequence[Span]) -> list[Quoted]:
    """Every quoted stretch of ``text`` in order; none overlaps another."""
    text = _without_tags(text)
    found: list[Quoted] = []
    carried: _Marks | None = None
    marked = [mark.start() for mark in _ANY_MARK.finditer(text)]
    for index, paragraph in enumerate(paragraphs):
        first = bisect_left(marked, paragraph.start)
        if first == len(marked) or marked[first] >= paragraph.end:
            carried = None  # half of all paragraphs: no mark opens, closes or runs on here
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        runs_on = _opens_with_mark(text, following, _DOUBLE)
        marks, stretches, left_open = _read_paragraph(text, paragraph, carried, runs_on)
        next_opens = runs_on if marks is _DOUBLE else _opens_with_mark(text, following, marks)
        found.extend(stretches)
        continued = carried is marks and left_open == paragraph.start
        carried = marks if left_open is not None and next_opens else None
        if left_open is not None and carried is not None:
            span = Span(_mark_end(text, left_open, marks), paragraph.end)
            found.append(
                Quoted(span, left_open, None, paragraph.end, runs_on=True, continued=continued)
            )
    return [quoted for quoted in found if _has_words(text, quoted.span)]


def _without_tags(text: str) -> str:
    """``text`` with each HTML tag blanked out, so that the marks of its attribute values are
    not paired with the words' marks; offsets stay those of ``text``."""
    if "<" not in text:
        return text
    return _HTML_TAG.sub(lambda tag: " " * len(tag.group()), text)


def _read_paragraph(
    text: str, paragraph: Span, carried: _Marks | None, runs_on: bool
) -> tuple[_Marks, list[Quoted], int | None]:
    """The mark family a paragraph quotes with, its closed stretches and its unclosed mark;
    ``runs_on`` tells whether the next paragraph opens with a double mark."""
    stretches, left_open = _in_paragraph(text, paragraph, carried is _DOUBLE, _DOUBLE, runs_on)
    if stretches or left_open is not None:
        first = stretches[0].open_mark if stretches else left_open
        singles = _SINGLE.pattern.finditer(text, paragraph.start, first or paragraph.start)
        if all(_role(text, one, paragraph, _SINGLE, inside=False) != "open" for one in singles):
            return _DOUBLE, stretches, left_open  # no single mark opens before the first double
        outer, outer_open = _in_paragraph(text, paragraph, carried is _SINGLE, _SINGLE)
        runs_on = not outer and outer_open == paragraph.start  # "'We said "no".\n\n'And ..."
        if not runs_on and not any_encloses(outer, stretches):
            return _DOUBLE, stretches, left_open
        return _SINGLE, outer, outer_open
    stretches, left_open = _in_paragraph(text, paragraph, carried is _SINGLE, _SINGLE)
    return _SINGLE, stretches, left_open


def any_encloses(outer: Sequence[Quoted], inner: Sequence[Quoted]) -> bool:
    """Whether a stretch of ``outer`` opens before a stretch of ``inner`` and closes after it.

    One sweep in text order, keeping the furthest close among the outer stretches opened so far,
    instead of every pair: a long paragraph of quotes would cost the square of their number.
    """
    opened = sorted(outer, key=lambda stretch: stretch.open_mark)
    furthest, taken = -1, 0
    for stretch in sorted(inner, key=lambda stretch: stretch.open_mark):
        while taken < len(opened) and opened[taken].open_mark < stretch.open_mark:
            furthest = max(furthest, opened[taken].close_mark or 0)
            taken += 1
        if stretch.after <= furthest:
            return True
    return False


def _in_paragraph(
    text: str, paragraph: Span, carried: bool, marks: _Marks, runs_on: bool = False
) -> tuple[list[Quoted], int | None]:
    """Closed stretches of one paragraph, and the opening mark left unclosed at its end.

    A double mark opening inside an open quote, not at a sentence's start, opens a quote
    within it ('"He shouted "Stop!" and ran."'): the outer stretch holds it when a second
    closing mark ends the outer one, and the inner ones are kept if none does, unless the
    outer mark opens the paragraph and the next paragraph opens with a mark too (``runs_on``):
    then the outer quote runs on over paragraphs, as quotes of several paragraphs do, and the
    inner ones are words within it ('"It is not about "Equal Justice" anymore.\n\n"And ...')."""
    stretches: list[Quoted] = []
    opened: int | None = None
    reopened = False
    nested: int | None = None  # the opening mark of a quote inside the open one
    inner: list[Quoted] = []  # closed quotes inside the open one, kept if it never closes
    for match in marks.pattern.finditer(text, paragraph.start, paragraph.end):
        role = _role(text, match, paragraph, marks, inside=opened is not None)
        if role == "open" and nested is not None:
            # two openings running: the first inner one abandoned the outer quote after all
            stretches.extend(inner)
            opened, nested, inner, reopened = nested, None, [], False
        elif role == "open" and opened is not None and marks.guess_straight:
            between = Span(_mark_end(text, opened, marks), match.start())
            if _has_words(text, between) and not _reopens(text, opened, match):
                nested = match.start()
                continue
        if role == "close" and nested is not None:
            span = Span(_mark_end(text, nested, marks), match.start())
            inner.append(Quoted(span, nested, match.start(), match.end()))
            nested = None
            continue
        if role == "open":
            inner = []
            if opened is not None and marks.guess_straight and _reopens(text, opened, match):
                # 'said: "It was hard. It was unlucky. "He was expecting a cross."': a quote
                # reopened after a sentence end without closing runs on, as over paragraphs
                end = match.start()
                while end > 0 and text[end - 1].isspace():  # no copy of the text before it
                    end -= 1
                span = Span(_mark_end(text, opened, marks), end)
                continued = reopened or (carried and opened == paragraph.start)
                stretches.append(Quoted(span, opened, None, end, runs_on=True, continued=continued))
                reopened = True
            else:
                reopened = False  # a second opening abandons an unclosed first one
            opened = match.start()
        elif role == "close" and opened is not None:
            continued = reopened or (carried and opened == paragraph.start)
            span = Span(_mark_end(text, opened, marks), match.start())
            stretches.append(Quoted(span, opened, match.start(), match.end(), continued=continued))
            opened = None
            reopened = False
            inner = []
    if opened is not None and nested is None and inner and inner[-1].after == paragraph.end:
        # '"... then you might have "Romnesia."' with the paragraph's end: one mark closes both
        last = inner[-1].close_mark
        continued = reopened or (carried and opened == paragraph.start)
        span = Span(_mark_end(text, opened, marks), inner[-1].span.end)
        stretches.append(Quoted(span, opened, last, inner[-1].after, continued=continued))
        opened = None
    elif opened is not None and (inner or nested is not None):
        if runs_on and nested is None and opened == paragraph.start:
            return stretches, opened
        stretches.extend(inner)  # 'He said "the "plan" is dead': the outer mark was stray
        opened = nested
    return stretches, opened


def _reopens(text: str, opened: int, mark: re.Match[str]) -> bool:
    """Whether an opening mark inside an open quote starts the quote's next sentence: the open
    quote is whole sentences (it opens on a capital: 'He said "the deal was off. "We ..."' is
    an unclosed fragment) and the text before the mark ends one."""
    before = text[opened : mark.start()].rstrip()
    words = before.split()
    return (
        before[-1:] in (".", "?", "!")
        and len(words) >= _REOPEN_WORDS
        and words[0].lstrip("\"“„«`'")[:1].isupper()
    )


def _role(text: str, mark: re.Match[str], paragraph: Span, marks: _Marks, *, inside: bool) -> str:
    if not marks.guess_straight and (
        _DOUBLED.match(text, mark.start())
        or _ELISION.match(text, mark.start())
        or _possessive(text, mark)
    ):
        return "none"
    before = text[mark.start() - 1] if mark.start() > paragraph.start else " "
    after = text[mark.end()] if mark.end() < paragraph.end else " "
    opens_context = (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
    closes_context = not before.isspace() and (after.isspace() or not after.isalnum())
    glued = before in _GLUED_AFTER and after.isalnum()  # '...children,"the official said'
    if opens_context and not closes_context and not glued:
        return "open"
    if closes_context and not opens_context:
        return "close"
    glyph = mark.group()
    if glyph in marks.opening_glyphs and not before.isalnum():
        return "open"
    if glyph in marks.closing_glyphs and not after.isalnum():
        return "close"
    if not marks.guess_straight:
        return "none"  # an apostrophe: "don't", "Mexico's"
    return "close" if inside else "open"


def _possessive(text: str, mark: re.Match[str]) -> bool:
    following = _PLURAL_POSSESSIVE.match(text, mark.start())
    return following is not None and following.group(1) not in _CLAUSE_WORDS


def _opens_with_mark(text: str, paragraph: Span | None, marks: _Marks) -> bool:
    """Whether ``paragraph`` (None past the last one) opens with a mark of the family."""
    if paragraph is None:
        return False
    mark = marks.pattern.match(text, paragraph.start, paragraph.end)
    return mark is not None and mark.end() < paragraph.end


def _mark_end(text: str, position: int, marks: _Marks) -> int:
    """Where the words begin after the opening mark at ``position`` (marks may be two characters)."""
    mark = marks.pattern.match(text, position)
    return mark.end() if mark else position + 1


def _has_words(text: str, span: Span) -> bool:
    return any(char.isalnum() for char in text[span.start : span.end])
