"""Text from a story made safe to show: its control characters each replaced by U+FFFD.

A title or article may hold a NUL, an escape sequence or a bidi override; shown raw, these move a
terminal's cursor or reorder the rest of a line (in a terminal or a web page alike). Every view,
the terminal's and the HTML page's, shows text through :func:`printable`.
"""

from __future__ import annotations

#: C0 and C1 control characters but newline and tab, and the bidi embeddings, overrides and
#: isolates (which reorder the rest of a terminal line, table borders included), each shown as
#: one U+FFFD (offsets are kept).
_CONTROLS = {
    code: "\ufffd"
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F))
    if code not in (9, 10)
} | {code: "\ufffd" for code in range(0x2066, 0x206A)}


def printable(text: str) -> str:
    """``text`` with its control characters (escape sequences included) made harmless."""
    return text.translate(_CONTROLS)
