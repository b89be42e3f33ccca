"""Dealers' shorthand for the second of two close prices: "117.81-83 yen" is 117.81 to 117.83.

Currency and bond reports quote a bid and an offer that share their leading digits, and write
the second only as the trailing digits that differ ("the euro was quoted at 1.1700-1702
dollars and 137.84-88 yen"). Read as written, the second end would be 83 yen, or a range from
1.17 to 1,702 dollars. A second end of at least two plain digits, after a hyphen, no more
digits than the first end has decimals, stands for the first end with its trailing digits
replaced, when that is no smaller than the first end ("1.5-2 dollars" and "2.50-10 dollars"
stay ordinary ranges).
"""

from __future__ import annotations

from decimal import Decimal

from newsparse.regex_cache import compiled

_LOW = compiled(r"\d+\.(?P<decimals>\d{2,})")
_HIGH = compiled(r"\d{2,}(?![\d.,])")
_HYPHEN = compiled(r"[ \t]?-[ \t]?")


def completed_high(low: str, link: str, high: str) -> Decimal | None:
    """The value of the second end ``high`` (its text from its first digit on) when it is
    the trailing digits of the first end ``low`` after ``link``; else None."""
    first = _LOW.fullmatch(low)
    digits = _HIGH.match(high)
    if first is None or digits is None or not _HYPHEN.fullmatch(link):
        return None
    tail = digits.group()
    if len(tail) > len(first["decimals"]):
        return None
    value = Decimal(low[: -len(tail)] + tail)
    return value if value >= Decimal(low) else None
