"""A text in lower case, in little more working memory than its copy, and with every offset kept.

``str.lower`` on a text that is not all ASCII works in a buffer of twelve bytes a character,
whatever the text's own width: twelve megabytes for a long text's window of a million
characters. A piece at a time, each piece ending after a space, which no letter's lower case
looks across (not even a final sigma's), the text costs its copy and as much for the pieces.
"""

from __future__ import annotations

from collections.abc import Iterator


def lower_case(text: str) -> str:
    """``text.lower()``, lowered a piece at a time."""
    if text.isascii():
        return text.lower()
    return "".join([piece.lower() for piece in pieces(text)])


def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept: a letter that grows when lowered ("İ")
    stays as it is, so spans found in the lower case index the original."""
    lower = lower_case(text)
    if len(lower) == len(text):
        return lower
    del lower  # not held while the text is lowered again, letter by letter
    table = {ord(c): low for c in set(text) if len(low := c.lower()) == 1 and low != c}
    return "".join([piece.translate(table) for piece in pieces(text)])


_PIECE = 1 << 16  # characters


def pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about :data:`_PIECE` characters, each ending after a space: no
    word runs across two of them."""
    at = 0
    while at < len(text):
        space = text.find(" ", at + _PIECE)
        end = len(text) if space < 0 else space + 1
        yield text[at:end]
        at = end
