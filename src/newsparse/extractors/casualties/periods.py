"""When a sentence's counts are not the story's event: background from past years, and figures
over a period (a year's toll, a city's tally, a rate).

The extractor reads each sentence's findings first and asks this module afterwards, so the
tests of time live in one place: :func:`before_a_period` cuts the counts told over a period,
:func:`tells_of_the_past` marks a sentence as background.
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import (
    CONFLICT_CUES,
    TALLIED_EVENTS,
    UNRELATED_EVENTS,
)
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.extractors.casualties.tallied import tallied_events
from newsparse.extractors.datelines.dates import month_names, weekday_names
from newsparse.findings import Casualty
from newsparse.numbers import NUMBER_WORDS
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled
from newsparse.span import Span

MONTH_NAMES = tuple(name.lower() for name in month_names("en", "wide").values())
#: The days' and months' names, lower case: a capital word of the calendar names no one...
CALENDAR_WORDS = (*(day.lower() for day in weekday_names().values()), *MONTH_NAMES)
#: ... but these months are given names too ("shot April Jones").
GIVEN_NAME_MONTHS = frozenset({"april", "may", "june", "august"})
_MONTH_SHORT = tuple(name.lower() for name in month_names("en", "abbreviated").values())
# A month's name or its short form (CLDR's, and AP's "sept"), and no longer word ("mayor",
# "marines", "decent"); for the lower-cased text.
MONTH = rf"(?:{phrase_trie((*MONTH_NAMES, *_MONTH_SHORT, 'sept'))})\b"


# Background told without a year number: "last year", "two decades ago", "since 1984".
_PAST_WORDS = compiled(
    r"\blast\s+(?:year|decade)\b|\b(?:years|decades)\s+(?:ago|earlier|before)\b|"
    rf"\bsince\s+(?:{MONTH}\.?\s+)?(?:19|20)\d\d\b"
)


def tells_of_the_past(lower: str, sentence: Span, this_year: int | None) -> bool:
    """Whether the sentence tells of harm before the story's own event: a past year, or words
    that say so ("last year", "years ago", "since 2004").
    """
    return _PAST_WORDS.search(
        lower, sentence.start, sentence.end
    ) is not None or _tells_of_past_year(lower, sentence, this_year)


def _tells_of_past_year(lower: str, sentence: Span, this_year: int | None) -> bool:
    """Whether the sentence places itself in a year before the story's: background, not the event.

    "In 2009, another gunman killed 13 people" in a 2014 story. An event named by its year ("the
    1994 genocide, in which 800,000 people were killed") is a true count of a past event, so it
    is background only when the year is history: a court story names its own case "the 2015
    shooting" a year or two later. Without a publication date no year is known to be past, and
    such counts are kept.
    """
    if this_year is None:
        return False
    if any(int(year) < this_year for year in _YEAR.findall(lower, sentence.start, sentence.end)):
        return True
    return any(
        int(year) <= this_year - _HISTORY_YEARS
        for year in _EVENT_YEAR.findall(lower, sentence.start, sentence.end)
    )


# A count written among a finding's words: a figure, not people listed one by one.
_COUNT_WRITTEN = compiled(QUANTITY, re.IGNORECASE)


def before_a_period(
    lower: str, sentence: Span, findings: list[Casualty], this_year: int | None
) -> list[Casualty]:
    """The findings less those that count harm over a period rather than in an event.

    "Seven people were killed in a mine on Monday, bringing the toll to 85 over the past three
    days": a figure over a period ("this year", "each week", "nationwide") is a statistic, but a
    clause closed before it tells of the event itself and is kept. A span of years long over
    by the story's date is an era's toll, not a rate ("the war from 1980 to 1988, during which
    500,000 people were killed"), and no such period.
    """
    start, end = sentence.start, sentence.end
    if not findings:
        return findings
    tally = _tally(lower, start, end)
    if not _may_be_statistic(lower, start, end):
        period = events = None
    else:
        period = _STATISTICS.search(lower, start, end)
        while period is not None and (
            _history(period, this_year)
            or _running_toll(lower, sentence, period)
            or _attributive(lower, start, period)
        ):
            period = _STATISTICS.search(lower, period.end(), end)
        events = tallied_events(lower, start, end)
    at = min((p.start() for p in (period, events, tally) if p is not None), default=None)
    if at is None:
        return findings
    closed = lower.rfind(",", start, at)
    if period is not None and at == period.start() and period["separate"]:
        # "an employee, a colonel and a guard were killed in separate attacks": each person is
        # one event's own, and so is a list of them; only a figure summed over the attacks is
        # a tally
        return [
            f
            for f in findings
            if f.span.end <= closed or f.count == 1 or _COUNT_WRITTEN.search(f.text) is None
        ]
    return [f for f in findings if f.span.end <= closed]


def _may_be_statistic(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` holds a word a period or a tally needs (the cheap test)."""
    low = lower[start:end]
    return (
        any(word in low for word in _MAY_BE_STATISTIC) or _PER.search(lower, start, end) is not None
    )


def _running_toll(lower: str, sentence: Span, period: re.Match[str]) -> bool:
    """Whether a span of recent time (``period``, "in the past three years", "this year", "so far
    in") counts the harm of one conflict or campaign rather than summing unrelated events: the
    guidelines' running toll ("insurgency-related violence ... where over 1,700 people have been
    killed in the past three years", "in the past 96 hours, 25 militants had been killed", "200
    soldiers have been killed in clashes with the rebels this year"). The sentence must tell of
    fighting or a campaign (:data:`~newsparse._data.casualty_words.CONFLICT_CUES`) and name no category of
    unrelated events ("shootings", "accidents"); a railway's, a state's jails' or a police
    force's deaths over the same span stay statistics.
    """
    start, end = sentence.start, sentence.end
    return (
        (period["span"] is not None or period["recent"] is not None)
        and _CONFLICT.search(lower, start, end) is not None
        and _UNRELATED.search(lower, start, end) is None
    )


# "nationwide" before the noun it modifies, after a determiner or a preposition (a modifier
# between): "a coordinated nationwide bombing campaign", "amid nationwide protests", "in the wake
# of nationwide lockdown". It names the event, not a count over the nation ("4,400 people were
# detained nationwide in the unrest", "police nationwide shot 1,000 people").
_ATTRIBUTIVE_BEFORE = compiled(
    r"\b(?:an?|the|its|their|his|her|our|no|of|in|on|to|and|or|amid|over|after|following|into|"
    r"with|against|for|during|by)\s+(?:[a-z]+\s+)?$"
)
_NOUN_AFTER = compiled(
    r"\s+(?!(?:in|on|at|and|or|but|is|are|was|were|has|have|had|since|this|last|each|every|per|"
    r"over|for|to|from|by|with|as|so|again|alone|according|during|after|before|until|through|"
    r"that|which|who|the|an?|next|yesterday|today)\b)[a-z]"
)
_ATTRIBUTIVE_REACH = 40  # characters before "nationwide" where its determiner is read


def _attributive(lower: str, start: int, period: re.Match[str]) -> bool:
    """Whether ``period`` is "nationwide" as the adjective of the noun after it."""
    at = period.start()
    return (
        period["nation"] is not None
        and _NOUN_AFTER.match(lower, period.end()) is not None
        and _ATTRIBUTIVE_BEFORE.search(lower, max(start, at - _ATTRIBUTIVE_REACH), at) is not None
    )


# A city's tally of shootings, read apart from the statistics as its words are common in crime
# news: a count over a number of hours ("seven people shot in 72 hours", "in a five-hour span",
# "over a span of 80 hours"; not "within 48 hours of his release", nor "detained for over eight
# hours", which tells how long, not the span a tally sums), or over shootings neither
# counted nor singled out ("wounded in Chicago shootings", "in city shootings"; not "in the
# shootings", "in two shootings", a total over the events the text counts).
_TALLY = compiled(
    r"(?<!\bfor\s)\b(?:in|within|over|during)\s+(?:(?:a|the|about|just|nearly|some|under|violent|span\s+of)\s+)*"
    rf"(?:\d+|{NUMBER_WORDS})(?:\s+hours|-hour\s+(?:span|period|stretch))\b(?!\s+of\b)|"
    r"\bin\s+(?:(?!(?:the|these|those|both|their|his|her|its|an?|separate|unrelated|\d[\d,]*|"
    rf"{NUMBER_WORDS})\b)[a-z'’.-]+\s+){{1,2}}shootings\b"
)  # searched in the lower-cased text


def _tally(lower: str, start: int, end: int) -> re.Match[str] | None:
    """The first tally of shootings over hours or over a place in ``lower[start:end]``, its
    words looked up first."""
    if lower.find("hour", start, end) < 0 and lower.find(" shootings", start, end) < 0:
        return None
    return _TALLY.search(lower, start, end)


def _history(period: re.Match[str], this_year: int | None) -> bool:
    """Whether a statistic's ``period`` is a span of years that ended long before the story:
    its date, or without one the latest year the story names (it is written no earlier).
    """
    until = period["until"]
    if until is None:
        return False
    if this_year is None:
        this_year = max(map(int, _ANY_YEAR.findall(period.string)), default=int(until))
    return int(until) <= this_year - _HISTORY_YEARS


# A bare year after "in": "in 2009", "in December 2012"; a dated day ("on March 4, 2013") names
# the event itself in a court story, so it is not taken.
_YEAR = compiled(
    rf"\b(?:in|during)\s+(?:the\s+year\s+|{MONTH}\.?\s+)?"
    r"((?:19|20)\d\d)(?![\w%-]|[.,]\d)"
)
# An event named by its year or its date: "the 1994 genocide", "the 2004 tsunami", "the Nov. 5,
# 2009, shooting"; not a street address ("in the 1900 block of").
_EVENT_YEAR = compiled(
    rf"\bthe\s+(?:{MONTH}\.?\s+\d{{1,2}},?\s+)?((?:19|20)\d\d),?\s+(?!(?:block|hundred)\b)(?=[a-z])"
)
# Plural nouns of events that happen apart from each other: their sum over a span is a statistic.
_UNRELATED = compiled(rf"\b(?:{phrase_trie(UNRELATED_EVENTS)})\b")
_CONFLICT = compiled(rf"\b(?:{phrase_trie(CONFLICT_CUES)})\b")
_HISTORY_YEARS = 5  # an event named by a year this far back is history, not the story's case
_ANY_YEAR = compiled(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w%-]|[.,]\d)")  # a year the story names
# The cheap test first: a period or a tally is written with one of these words. Looked up as
# plain substrings, several times faster than a pattern of them; "per" is a word of its own
# (not inside "newspaper"), so it alone is a pattern.
_MAY_BE_STATISTIC = (
    *("year", "annual", "since", "nation", "s of", "all of", "so far", "past", "last", "span"),
    *("city", "covid", "virus", "pandemic", "toll", "tally", "every", "each", "separate"),
    *("decade", "unrelated", "across", "day shootings", "end shootings", "from ", "between "),
    *(" of those", " of all ", "rate at which", "fiscal"),
    *TALLIED_EVENTS,
)
_PER = compiled(r"\bper ")


# "this year" after a day, a month or "earlier" dates the event ("on Sept. 30 this year",
# "in March this year"): no period.
_THIS_YEAR_NO_DATE = "".join(
    rf"(?<!{word}\s)" for word in (*MONTH_NAMES, "earlier", "later", r"\d", r"\d,")
)


# "a year" that dates rather than divides: "a year after his arrest", "a year ago", "a year-long
# siege" tell when, not how often.
_NO_RATE = r"(?!-|\s+(?:after|ago|later|earlier|before|since|on)\b)"


# "everyday" written for "every day" after a verb ("100 Iraqis are killed everyday in attacks"):
# an adverb, which no noun follows ("everyday violence", "everyday Iraqis").
_ADVERB = (
    r"(?![^\S\n]+(?!(?:in|on|at|by|from|across|around|and|or|as|during|since|while|when)\b)[a-z])"
)


# Figures about a city, a year or an epidemic, not about the event reported: "the 19th child
# shot this year", "312 new Covid deaths", "push year's toll to 85", "kill 100 every day".
# Or a tally over several incidents: "eight were wounded in separate shootings", "in weekend
# shootings" (and a toll over several accidents, see :mod:`.tallied`). A span of years ("from 2010 to
# 2015") names its last year ``until``: a span long over is an era, not a rate (:func:`_history`).
_STATISTICS = compiled(
    # Every phrase opens a word: the word boundary is tested once at each place, before the
    # phrases are tried, not by each of them (a search four times as fast).
    r"\b(?:"
    rf"(?P<recent>(?:so\s+far\s+this|{_THIS_YEAR_NO_DATE}this)\s+year\b|so\s+far\s+(?:in|this)\b)|"
    rf"(?:each|every|per)\s+year\b|a\s+year\b{_NO_RATE}|"
    r"(?:each|every|per)\s+(?:day|week|month)\b|annually\b|"
    rf"everyday\b{_ADVERB}|"
    r"(?P<nation>nationwide)\b|nationally\b|"
    r"(?:first|past|last)\s+\w+\s+(?:days|weeks|months)\s+of\b|"
    r"(?P<span>(?:in|over|during)\s+(?:the\s+)?(?:past|last|span\s+of|course\s+of)\s+\w+\s+"
    r"(?:hours|days|weeks|months|years)\b)|across\s+the\s+city\b|citywide\b|"
    r"(?:covid|coronavirus|pandemic)\b|year['’]s\s+(?:\w+\s+)?(?:toll|total|tally)\b|"
    r"(?:homicide|murder)\s+(?:toll|tally)\b|in\s+recent\s+years\b|"
    # a budget year: "in the 2019 fiscal year", "in fiscal 2019"
    r"fiscal\s+(?:year|(?:19|20)\d\d)\b|"
    # a share of a population: "45 percent of those shot and killed by police", "half of all
    # people fatally shot", "the rate at which people are shot"; it counts a kind of victim over
    # many events, not one event's
    r"(?:percent|%|half|majority|share|proportion|fraction)\s+of\s+(?:all|those)\b|"
    r"rate\s+at\s+which\b|"
    # a count of crimes over a year: "witnessed 5,193 murders last year"
    r"(?:murders|homicides|killings)\s+(?:last|this|a|per|each|every)\s+year\b|"
    # a whole year's count: "five killings in all of 2014"
    r"(?:in|for|during)\s+all\s+of\s+(?:19|20)\d\d\b|"
    r"(?:past|last)\s+(?:couple|few)\s+(?:of\s+)?(?:years|months|decades)\b|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:decade|century)\b|"
    # a rate: "three fatalities per 10,000 people", "deaths per capita"
    r"per\s+(?:capita|\d[\d,]*|(?:a\s+|one\s+)?(?:hundred|thousand|million))\b|"
    # a sum over years: "Since 1975, a total of 16 people have been murdered"
    r"since\s+(?:19|20)\d\d,?\s+a\s+total\s+of\b|"
    r"(?P<separate>(?:separate|unrelated)\s+(?:\w+\s+)?(?:shootings|attacks|incidents))\b|"
    r"shootings\s+across\b|(?:weekend|[a-z]+day)\s+shootings\b|"
    rf"(?:from|between)\s+(?:{MONTH}|(?:19|20)\d\d)\s+(?:to|through|until|and)\s+"
    rf"(?:{MONTH}|(?P<until>(?:19|20)\d\d))\b"
    r")"
)  # searched in the lower-cased text
