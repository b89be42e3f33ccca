"""Overlapping spans as well-nested markup, in one sweep over the text.

A mark contained in another nests inside it. A mark that crosses the end of an enclosing one is
closed there and reopened right after as a *part*, so every tag pair is well nested and each piece
says which mark it continues. The cost is linear in the text plus the marks (times the depth of
overlap, which real findings keep small).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import frozen


@frozen
class Mark:
    """A span to wrap: ``head`` opens its first piece, ``part`` every later one."""

    start: int
    end: int
    head: str
    part: str
    close: str


def nest(text: str, marks: Sequence[Mark], escape: Callable[[str], str]) -> str:
    """``text`` (escaped) with every mark wrapped around its span."""
    out: list[str] = []
    position = 0
    stack: list[Mark] = []

    def emit_to(offset: int) -> None:
        nonlocal position
        if offset > position:
            out.append(escape(text[position:offset]))
            position = offset

    def close_through(limit: int) -> None:
        while stack:
            end = min(mark.end for mark in stack)
            if end > limit:
                return
            emit_to(end)
            reopened: list[Mark] = []
            while any(mark.end <= end for mark in stack):
                top = stack.pop()
                out.append(top.close)
                if top.end > end:
                    reopened.append(top)
            for mark in reversed(reopened):
                out.append(mark.part)
                stack.append(mark)

    ordered = sorted(marks, key=lambda mark: (mark.start, -mark.end))
    for mark in ordered:
        close_through(mark.start)
        emit_to(mark.start)
        out.append(mark.head)
        stack.append(mark)
        if mark.end <= mark.start:
            close_through(mark.start)
    close_through(len(text))
    emit_to(len(text))
    return "".join(out)
