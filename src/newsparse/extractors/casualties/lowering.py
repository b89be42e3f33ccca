"""The story in lower case with every offset kept, so spans found in it index the original.

The cue scan and most rules search the lower-cased text; a few letters grow when lowered
("İ"), and a long story lowered whole takes twelve bytes a letter, so this is done with care,
apart from the rules.
"""

from __future__ import annotations

from collections.abc import Iterator


def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters grow when lowered)."""
    if text.isascii():
        return text.lower()
    # Beyond ASCII, lowering takes twelve bytes a letter while it works: it is done a piece at a
    # time, each piece ending at a space, which no letter's lower case looks across.
    pieces = [piece.lower() for piece in _pieces(text)]
    if sum(map(len, pieces)) != len(text):
        # letter by letter, a letter that grows staying as it is
        table = {ord(c): low for c in set(text) if len(low := c.lower()) == 1 and low != c}
        pieces = [piece.translate(table) for piece in _pieces(text)]
    return "".join(pieces)


_PIECE = 1 << 16  # characters


def _pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about :data:`_PIECE` characters, each ending after a space."""
    at = 0
    while at < len(text):
        space = text.find(" ", at + _PIECE)
        end = len(text) if space < 0 else space + 1
        yield text[at:end]
        at = end
