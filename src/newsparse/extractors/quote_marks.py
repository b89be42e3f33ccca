"""Find the stretches of text between double quotation marks, paragraph by paragraph.

A mark's role (opening or closing) is read from what surrounds it, so straight marks and
mistyped curly marks pair up; the glyph decides only when the surroundings do not. Single
marks are left alone: they are apostrophes or quotes nested inside a double-quoted stretch.
A stretch left open at a paragraph end runs on when the next paragraph opens with a mark
(one stretch per paragraph); any other unclosed mark is dropped, costing only its own quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from newsparse.span import Span

_MARK = re.compile(r"[\"“”„«»]")
_OPENING_GLYPHS = frozenset("“„«")
_CLOSING_GLYPHS = frozenset("”»")
_BEFORE_OPENING = frozenset("([{—–-/:;,")


@frozen
class Quoted:
    """The words between two marks (``span``), where the marks are, and whether it runs on."""

    span: Span
    open_mark: int
    close_mark: int | None
    runs_on: bool = False
    continued: bool = False


def quoted_stretches(text: str, paragraphs: Sequence[Span]) -> list[Quoted]:
    """Every quoted stretch of ``text`` in order; none overlaps another."""
    found: list[Quoted] = []
    carried = False
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        next_opens = following is not None and _opens_with_mark(text, following)
        stretches, left_open = _in_paragraph(text, paragraph, carried)
        found.extend(stretches)
        continued = carried and left_open == paragraph.start
        carried = left_open is not None and next_opens
        if left_open is not None and carried:
            span = Span(left_open + 1, paragraph.end)
            found.append(Quoted(span, left_open, None, runs_on=True, continued=continued))
    return [quoted for quoted in found if _has_words(text, quoted.span)]


def _in_paragraph(text: str, paragraph: Span, carried: bool) -> tuple[list[Quoted], int | None]:
    """Closed stretches of one paragraph, and the opening mark left unclosed at its end."""
    stretches: list[Quoted] = []
    opened: int | None = None
    for match in _MARK.finditer(text, paragraph.start, paragraph.end):
        position = match.start()
        role = _role(text, position, paragraph, inside=opened is not None)
        if role == "open":
            opened = position  # a second opening abandons an unclosed first one
        elif opened is not None:
            continued = carried and opened == paragraph.start
            stretches.append(
                Quoted(Span(opened + 1, position), opened, position, continued=continued)
            )
            opened = None
    return stretches, opened


def _role(text: str, position: int, paragraph: Span, *, inside: bool) -> str:
    before = text[position - 1] if position > paragraph.start else " "
    after = text[position + 1] if position + 1 < paragraph.end else " "
    opens_context = (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
    closes_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens_context and not closes_context:
        return "open"
    if closes_context and not opens_context:
        return "close"
    glyph = text[position]
    if glyph in _OPENING_GLYPHS:
        return "open"
    if glyph in _CLOSING_GLYPHS:
        return "close"
    return "close" if inside else "open"


def _opens_with_mark(text: str, paragraph: Span) -> bool:
    first = text[paragraph.start]
    return first in '"“„«' and paragraph.end > paragraph.start + 1


def _has_words(text: str, span: Span) -> bool:
    return any(char.isalnum() for char in text[span.start : span.end])
