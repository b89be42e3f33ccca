"""A past year's figure over a category of events: "More than 6,000 miners died in accidents in
China last year", "traffic accidents killed 98,738 people in China in 2005".

The guidelines call a figure that adds up unrelated events over a period a statistic, not a
mention. :mod:`.periods` reads the spans that run into the present ("this year", "in the past
three days") as periods, but it reads "last year" and a bare year only as background (a past
event's toll, marked ``past``): "three people were injured last year" is a mention. What makes a
past year's figure a statistic is that its events are a category, a plural of events that happen
apart from each other (:data:`~newsparse._data.casualty_words.UNRELATED_EVENTS`: "accidents",
"crashes", "shootings") with no count or determiner of its own before it ("in accidents",
"traffic accidents", "in road crashes"); "the two crashes", "three shootings", "these
accidents" are events the text counts, and their toll stays a mention. As in :mod:`.periods`, a
clause closed by a comma before the year or the category tells of an event of its own and is kept.
"""

from __future__ import annotations

from newsparse._data.casualty_words import UNRELATED_EVENTS
from newsparse.findings import Casualty
from newsparse.numbers import NUMBER_WORDS
from newsparse.patterns import phrase_alternation
from newsparse.regex_cache import compiled
from newsparse.span import Span

# A whole past year: "last year", "in 2005" (not a date inside it, "in March 2005", nor "in
# 2005's attack").
_PAST_YEAR = compiled(
    r"\blast\s+year\b(?!['’])|\b(?:in|during)\s+(?:19|20)\d\d\b(?![\w'’%-]|[.,]\d)"
)
_CATEGORY = compiled(rf"\b(?:{phrase_alternation(UNRELATED_EVENTS)})\b")
# What makes the plural counted or singled out: a count, a determiner or "separate" (events the
# text names), up to two modifiers before the noun.
_COUNTED_BEFORE = compiled(
    rf"\b(?:{NUMBER_WORDS}|\d[\d,]*|several|multiple|numerous|few|both|the|these|those|its|their|"
    r"his|her|separate|such|all)\s+(?:(?!(?:in|of|and|by)\s)[a-z'’-]+\s+){0,2}$"
)
_REACH = 50  # characters before the noun where its count or determiner is read


def over_a_past_year(lower: str, sentence: Span, findings: list[Casualty]) -> list[Casualty]:
    """The ``findings`` of ``sentence`` less those a past year's category statistic holds."""
    start, end = sentence.start, sentence.end
    if not findings:
        return findings
    low = lower[start:end]
    if not any(noun in low for noun in UNRELATED_EVENTS):  # the cheap test: the nouns are rare
        return findings
    category = _category(lower, start, end)
    year = _PAST_YEAR.search(lower, start, end) if category is not None else None
    if category is None or year is None:
        return findings
    closed = lower.rfind(",", start, min(year.start(), category))
    return [f for f in findings if f.span.end <= closed]


def _category(lower: str, start: int, end: int) -> int | None:
    """Where the first uncounted plural of unrelated events in ``lower[start:end]`` starts."""
    for noun in _CATEGORY.finditer(lower, start, end):
        at = noun.start()
        if _COUNTED_BEFORE.search(lower, max(start, at - _REACH), at) is None:
            return at
    return None
