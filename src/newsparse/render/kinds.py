"""How each kind of finding looks: its label, its CSS class and its terminal style.

Data only. A category not listed here (a plugin's own) gets :data:`FALLBACK`: one neutral
colour, with the category itself as the label so kinds stay told apart by text, not colour.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Look:
    """The visible identity of a kind: a text label, a CSS class and a rich style."""

    label: str
    css_class: str
    terminal_style: str


BUILTIN_LOOKS: dict[str, Look] = {
    "dateline": Look("dateline", "k-dateline", "black on light_sky_blue1 underline"),
    "money": Look("money", "k-money", "black on pale_green1 bold"),
    "casualties": Look("casualties", "k-casualties", "black on light_pink1 bold"),
    "quotes": Look("quote", "k-quotes", "black on wheat1 italic"),
    "reported_speech": Look("reported", "k-reported_speech", "black on wheat1"),
    "dates": Look("date", "k-dates", "black on thistle1 underline"),
}

FALLBACK = Look("", "k-other", "black on grey82")

SPEAKER = Look("speaker", "speaker", "bold underline dark_orange3")


def look_of(category: str) -> Look:
    """The look of ``category``; a plugin's category keeps its own name as its label."""
    return BUILTIN_LOOKS.get(category) or Look(
        category, FALLBACK.css_class, FALLBACK.terminal_style
    )
