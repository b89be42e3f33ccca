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
accidents" are events the text counts, and their toll stays a mention. Many counted events are
a category again: a count of :data:`MANY` or more before a plural of acts or events
(:data:`~newsparse._data.event_nouns.EVENT_PLURALS`, from WordNet: "109 fires", "12,068
drug-related crimes") adds up a period, not a few events the text names; a conflict's acts
("300 attacks", "armed clashes") are its running toll and stay, as do harm nouns a finding
counts itself ("120 deaths"), and "times", which counts repeats ("shot him 16 times"). As in :mod:`.periods`, a clause closed by a comma before the year
or the category tells of an event of its own and is kept.
"""

from __future__ import annotations

from newsparse._data.casualty_words import CONFLICT_CUES, UNRELATED_EVENTS
from newsparse._data.event_nouns import EVENT_PLURALS
from newsparse._data.person_nouns import PERSON_PLURALS
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

#: The fewest counted events that are a category: "a few events the text names" are fewer.
MANY = 10
# A count in figures (no year: "in 2005 fires") and the three words after it, where the plural of
# events is looked for: "109 fires", "12,068 drug-related crimes", "2,603 armed robberies".
_COUNT_AND_WORDS = compiled(
    r"(?<![\w.,])(?!(?:19|20)\d\d\b)(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)"
    r"((?:\s+[a-z][a-z'’-]*){1,3})"
)
# Words that end the search for the counted noun: "12 people in fires" counts people.
_NOT_A_MODIFIER = frozenset("in of and or by for to from at on with were was are had have".split())
_QUOTE_MARKS = ('"', "“", "”", "``", "''")
_NOT_EVENTS = frozenset((*CONFLICT_CUES, "times"))


def over_a_past_year(lower: str, sentence: Span, findings: list[Casualty]) -> list[Casualty]:
    """The ``findings`` of ``sentence`` less those a past year's category statistic holds."""
    start, end = sentence.start, sentence.end
    if not findings:
        return findings
    low = lower[start:end]
    if "year" not in low and "19" not in low and "20" not in low:  # the cheap test
        return findings
    year = _PAST_YEAR.search(lower, start, end)
    if year is None:
        return findings
    category = None
    if any(noun in low for noun in UNRELATED_EVENTS):  # the nouns are rare
        category = _category(lower, start, end)
    if category is None:
        category = _many_events(lower, start, end, findings, year.start())
    if category is None:
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


def _many_events(
    lower: str, start: int, end: int, findings: list[Casualty], year: int
) -> int | None:
    """Where the first count of :data:`MANY` or more acts or events in ``lower[start:end]``
    starts, outside a conflict's acts and the findings' own spans, told in the voice that
    tells the ``year``: no quotation mark stands between them ("'I heard 35 gunshots,' said the
    father of a man killed last year")."""
    for count in _COUNT_AND_WORDS.finditer(lower, start, end):
        if int(count[1].replace(",", "")) < MANY:
            continue
        between = lower[min(year, count.start()) : max(year, count.start())]
        if any(mark in between for mark in _QUOTE_MARKS):
            continue
        for word in count[2].split():
            if word in EVENT_PLURALS:
                at = count.start()
                inside = any(f.span.start <= at < f.span.end for f in findings)
                if word not in _NOT_EVENTS and not inside:
                    return at
                break
            if word in _NOT_A_MODIFIER or word in PERSON_PLURALS:
                break
    return None
