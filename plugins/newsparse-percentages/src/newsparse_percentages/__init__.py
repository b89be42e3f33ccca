"""newsparse-percentages: the percentages in news text (``3.5%``, ``60 percent``, ``two points``).

The plugin the "Write your first extractor plugin" tutorial builds, one step at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from attrs import frozen
from newsparse import Document, Extractor, Finding, hookimpl
from newsparse.numbers import CARDINAL_WORDS, NUMBER_DIGITS, parse_number


@frozen(kw_only=True)
class Percentage(Finding):
    """A percentage: ``3.5%`` -> 3.5; ``points`` when it is a difference in percentage points."""

    category = "percentages"

    value: Decimal | None = None
    points: bool = False


# A number in words: at most seven of them ("one hundred and twenty-five"), so that a long run
# of number words is not rescanned from every word in it.
CARDINAL = "|".join(CARDINAL_WORDS)
IN_WORDS = rf"\b(?:{CARDINAL})(?:[\s-]+(?:and\s+)?(?:{CARDINAL})){{0,6}}"

# A number in digits or words, not glued to a word or another number, then its percent sign.
PERCENTAGE = re.compile(
    rf"(?<![\w.,])(?P<number>{NUMBER_DIGITS}|{IN_WORDS})"
    r"(?:\s?%|\s+per\s?cent\b|\s+(?P<points>percentage\s+points?)\b)",
    re.IGNORECASE,
)


class PercentageExtractor(Extractor):
    """Finds percentages and reads their value."""

    name = "percentages"
    version = "0.1.0"
    produces = (Percentage,)

    def extract(self, document: Document) -> Iterator[Percentage]:
        for match in PERCENTAGE.finditer(document.text):
            yield Percentage.at(
                document.text,
                match.start(),
                match.end(),
                value=parse_number(match["number"]),
                points=match["points"] is not None,
            )


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Hand newsparse this plugin's extractor."""
    register(PercentageExtractor())
