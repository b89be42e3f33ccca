"""newsparse's memos over a long stream of distinct stories: memory stays flat only if no memo
keyed by a fragment of text is unbounded (``functools.cache``); those hold tables loaded once."""

from __future__ import annotations

import sys
from typing import Any

from newsparse import parse

PLACES = ("WASHINGTON", "LONDON", "NAIROBI")
GIVEN = ("Ann", "Omar", "Li", "Maria", "Tom")


def _story(n: int) -> str:
    """A story whose names, counts and amounts differ from every other's."""
    given = GIVEN[n % len(GIVEN)]
    return (
        f"{PLACES[n % len(PLACES)]}, March {n % 28 + 1} (Reuters) - A gunman killed {n + 2} "
        f"people and wounded {n + 7} at a market, police chief {given} Ketter{n}son said. "
        f'"We are still counting," said Mayor Dale Orwin{n}. The city set aside ${n + 3} million '
        f"for the families, and a spokesman for Vellum{n} Group said it would help."
    )


def _memos() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("newsparse"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_info", None)):
                    found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def test_no_unbounded_memo_grows_with_distinct_stories_and_bounded_ones_keep_their_size() -> None:
    for n in range(len(PLACES) * len(GIVEN)):  # every place and first name read once
        parse(_story(n))
    memos = _memos()
    unbounded = {k: m.cache_info().currsize for k, m in memos.items() if not m.cache_info().maxsize}
    for n in range(100, 400):
        parse(_story(n))
    grown = {
        key: (size, memos[key].cache_info().currsize)
        for key, size in unbounded.items()
        if memos[key].cache_info().currsize != size
    }
    assert grown == {}, "an unbounded memo grew with distinct stories: give it a maxsize"
    bounded = [m.cache_info() for m in memos.values() if m.cache_info().maxsize]
    assert bounded and all(info.currsize <= info.maxsize for info in bounded)
