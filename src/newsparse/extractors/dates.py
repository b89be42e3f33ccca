"""The built-in ``dates`` extractor: dates in a story's body, anchored to its dateline.

It reads what a reader can place on a calendar: ``March 3``, ``Oct. 8, 2021``, ``3 March``,
``28 Oct``, ``Friday`` (alone or ``Friday, March 3``), ``in June``, ``since 2008``, ``yesterday``.
Vague spans ("last week", "earlier this month", "next Friday") and all-figure dates (``3/4``,
``03.03.2021``, whose order differs between the US and elsewhere) are left out: precision comes
before recall. A relative expression is resolved against the dateline's date, else the
publication date; with neither it is still reported, with ``date`` and ``value`` None.
Written-out dates need no anchor.

Month and weekday names are CLDR's English names (cached by ``datelines.dates``) and must be capitalised, so a
modal "may" or a pronoun "We" never reads as a date; a weekday inside a name ("Good Friday",
"Sunday Times") is skipped. Text the money or casualty extractors claimed, and the dateline
itself, is never read. dateparser is not used: the grammar below already knows each part's
meaning, and calendar arithmetic settles the rest at a fraction of dateparser's cost.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsparse._data.date_words import (
    BEFORE_WEEKDAY,
    FUTURE_CUES,
    FUTURE_PARTICIPLES,
    MONTH_LEADS,
    PAST_CUES,
    UNPLACED_WEEKDAY,
    YEAR_LEADS,
)
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.datelines.dates import (
    month_names,
    nearest_month,
    nearest_with_month_and_day,
    weekday_names,
    weekday_near,
)
from newsparse.findings import Casualty, Dateline, DateMention, Money
from newsparse.patterns import occurrences, word_trie
from newsparse.regex_cache import compiled


def _alternation(words: list[str]) -> str:
    """Longest first, so a word never stops at its prefix; then by spelling, so the pattern
    (and the name of its compiled code in the cache) is the same in every process."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


_MONTHS_WIDE = list(month_names("en", "wide").values())
_MONTH_NUMBERS = {
    name: number
    for width in ("wide", "abbreviated")
    for number, name in month_names("en", width).items()
} | {"Sept": 9}
_WEEKDAYS = {name: number for number, name in weekday_names().items()}
_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}
_RELATIVE_DAYS = {"yesterday": -1, "Yesterday": -1, "tomorrow": 1, "Tomorrow": 1}

_MONTH = rf"(?:{_alternation(list(_MONTH_NUMBERS))})"
_FULL_MONTH = rf"(?:{_alternation(_MONTHS_WIDE)})"
_WEEKDAY = rf"(?:{_alternation(list(_WEEKDAYS))})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_NOT_A_COUNT = r"(?![\d,.]\d|[ \t]*(?:%|percent\b|pct\b))"
_TRIGGERS = sorted({word[0] for word in [*_MONTH_NUMBERS, *_WEEKDAYS, *_RELATIVE_DAYS]})


def _year_after(group: str) -> str:
    """A year written after a day or month: ``1987``, or ``last year`` (shifted from the anchor's)."""
    return (
        rf"(?:,?[ \t]+(?P<{group}_year>{_YEAR})"
        rf"|[ \t]+(?P<{group}_shift>{_alternation(list(_YEAR_SHIFTS))})[ \t]+year)?"
    )


def _month_day(group: str) -> str:
    return (
        rf"(?P<{group}_month>{_MONTH})\.?[ \t]+(?P<{group}_day>{_DAY})"
        rf"{_year_after(group)}{_NOT_A_COUNT}"
    )


def _day_month(group: str) -> str:
    return (
        rf"(?P<{group}_day>{_DAY})[ \t]+(?:of[ \t]+)?(?P<{group}_month>{_MONTH})"
        rf"{_year_after(group)}"
    )


#: Every mention starts at a month, weekday, relative word or digit (the look-ahead says so; _START
#: finds those places fast). A bare month or year must follow a lead word ("in June", "since
#: 2008"): that is checked on the text before the match.
_MENTION = compiled(
    rf"""
    (?=[{"".join(_TRIGGERS)}0-9])(?<![\w$€£¥])
    (?:
      {_month_day("md")}
    | {_day_month("dm")}
    | (?P<weekday>{_WEEKDAY})(?:,?[ \t]+(?:{_month_day("wmd")}|{_day_month("wdm")}))?
    | (?P<month>{_FULL_MONTH}){_year_after("month")}(?![ \t]*\d)
    | (?P<year>{_YEAR})(?![ \t]*(?:%|percent\b|pct\b)|[,./\-–]\d)
    | (?P<relative>{_alternation(list(_RELATIVE_DAYS))})
    )
    (?!\w)
    """,
    re.VERBOSE,
)
#: The words and figures a mention can start with.
_STARTS = [*_MONTH_NUMBERS, *_WEEKDAYS, *_RELATIVE_DAYS, *"0123456789"]
#: Where a mention may start: a capitalised name or a figure, with the rest of its word. Its first
#: character is a capital or digit, so ``re`` skips in C to the next one, and _MENTION (whose
#: look-ahead is tried at every character) is tried only where this matches: half the time.
_START = compiled(rf"(?:{word_trie([w for w in _STARTS if not w[0].islower()])})\w*")
#: The lower-case words a mention may start with ("yesterday"), found by ``str.find``: in
#: _START, their first letters would stop the scan at every "t" of the text.
_LOWER_STARTS = [word for word in _STARTS if word[0].islower()]
_SEASON = r"(?:(?:early|late|mid)-?[ \t]*)?"
_MONTH_LEAD = compiled(rf"(?<!\w)(?i:({_alternation(list(MONTH_LEADS))}))[ \t]+{_SEASON}\Z")
_YEAR_LEAD = compiled(rf"(?<!\w)(?i:({_alternation(list(YEAR_LEADS))}))[ \t]+{_SEASON}\Z")
_WORD_BEFORE = compiled(r"([^\W\d_][\w'’]*)[ \t]*\Z")
_CAPITALISED_NEXT = compiled(r"[ \t]+[A-Z]")
_SENTENCE_END = compiled(r"[.!?][\"'”’)]*\s+(?=\S)")
_CUES = {cue: "future" for cue in FUTURE_CUES} | {cue: "past" for cue in PAST_CUES}
#: The cue words as a trie: ``re`` tries a flat alternation's words one by one at each place.
_CUE = compiled(
    rf"(?:(?<!\w)(?i:{word_trie([c for c in _CUES if c[0].isalpha()])})"
    rf"|{_alternation([c for c in _CUES if not c[0].isalpha()])})(?!\w)"
)
#: "be" right before a place; the look-behind after the word lets ``re`` look for "be" in C.
_AFTER_BE = compiled(r"be(?<!\wbe)[ \t]+\Z")
_LEADS = frozenset({*MONTH_LEADS, *YEAR_LEADS, "on", "last", "for", "to", "at"})
_BEFORE_DATE = BEFORE_WEEKDAY | frozenset(MONTH_LEADS)
_BEFORE_FIGURATIVE = frozenset({"of", "the", "'s", "’s"})
_CUE_WINDOW = 100


class _Anchor(NamedTuple):
    date: dt.date
    source: str


class _Reading(NamedTuple):
    """What a match says once read: the date, its granularity, and whether it needed the anchor."""

    date: dt.date | None
    granularity: str
    relative: bool


class DateExtractor(Extractor):
    """Dates in the body, resolved against the dateline date or the publication date."""

    name = "dates"
    version = "0.2.0"
    produces = (DateMention,)
    requires = ("dateline", "money", "casualties")

    def extract(self, document: Document) -> Iterator[DateMention]:
        text = document.text
        anchor = _anchor(document)
        claimed = _Claims(document)
        for match in _mentions(text):
            start, end = match.span()
            lead = _lead(text, match)
            if lead == "" or claimed.overlaps(start, end) or not _stands_alone(text, match):
                continue
            reading = _read(text, match, lead, anchor)
            if reading is None:
                continue
            date = reading.date
            yield DateMention.at(
                text,
                start,
                end,
                date=date,
                value=_iso(date, reading.granularity) if date else None,
                granularity=reading.granularity,
                anchor=anchor.source if anchor and reading.relative and date else None,
            )


def _mentions(text: str) -> Iterator[re.Match[str]]:
    """What ``_MENTION.finditer(text)`` yields, found faster: _MENTION is tried only at the
    places _starts gives, in order, and none inside the last mention."""
    end = 0
    for start in _starts(text):
        if start >= end:
            match = _MENTION.match(text, start)
            if match is not None:
                end = match.end()
                yield match


def _starts(text: str) -> list[int]:
    """Every place a mention may start, in text order, and a few more (a spare one is only
    tried). The rest of a word _START consumed holds none: _MENTION never starts after a word
    character."""
    starts = [match.start() for match in _START.finditer(text)]
    starts.extend(occurrences(text, _LOWER_STARTS))
    starts.sort()
    return starts


def _anchor(document: Document) -> _Anchor | None:
    dateline = document.dateline
    if dateline is not None and dateline.date is not None:
        return _Anchor(dateline.date, "dateline")
    if document.published is not None:
        return _Anchor(document.published, "published")
    return None


class _Claims:
    """Spans the dateline, money and casualty extractors own, for quick overlap checks."""

    def __init__(self, document: Document) -> None:
        spans = []
        for finding in document.findings:
            if isinstance(finding, Dateline | Casualty):
                spans.append((finding.span.start, finding.span.end))
            elif isinstance(finding, Money):
                phrase = finding.phrase_span or finding.span
                spans.append(
                    (min(phrase.start, finding.span.start), max(phrase.end, finding.span.end))
                )
        spans.sort()
        self._starts = [start for start, _ in spans]
        self._spans = spans

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end)
        return any(s < end and start < e for s, e in self._spans[max(0, index - 8) : index])


def _lead(text: str, match: re.Match[str]) -> str | None:
    """The lead word a bare month or year needs ("in", "since"), "" when it has none, and None
    for the other mentions, which need none."""
    lead_pattern = _MONTH_LEAD if match["month"] else _YEAR_LEAD if match["year"] else None
    if lead_pattern is None:
        return None
    lead = lead_pattern.search(text, max(0, match.start() - 30), match.start())
    return lead[1].lower() if lead is not None else ""


def _stands_alone(text: str, match: re.Match[str]) -> bool:
    """Not part of a name: no capitalised word but a preposition right before a month or weekday
    ("Good Friday", "Theresa May 5"), no capitalised word right after a lone weekday ("Sunday
    Times"), no "next" before it, and no figurative "tomorrow" ("the leaders of tomorrow")."""
    if match["month"] or match["year"]:
        return True
    start = match.start()
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match["relative"]:
        return before is None or before[1].lower() not in _BEFORE_FIGURATIVE
    if before is not None and before[1][0].isupper() and before[1].lower() not in _BEFORE_DATE:
        return False
    if match["weekday"] and not (match["wmd_month"] or match["wdm_month"]):
        if before is not None and before[1].lower() in UNPLACED_WEEKDAY:
            return False
        return _CAPITALISED_NEXT.match(text, match.end()) is None
    return True


def _read(
    text: str, match: re.Match[str], lead: str | None, anchor: _Anchor | None
) -> _Reading | None:
    """The date a match names, or None when it names no real day (``Feb. 30``)."""
    start = match.start()
    for prefix in ("md", "dm", "wmd", "wdm"):
        if match[f"{prefix}_month"]:
            month = _MONTH_NUMBERS[match[f"{prefix}_month"]]
            day = int(match[f"{prefix}_day"].rstrip("stndrh"))
            year = _year(match, prefix, anchor)
            if year is not None or anchor is None:
                return _written_day(year, month, day, relative=match[f"{prefix}_shift"] is not None)
            tense = _tense(text, start, match.end())
            weekday = _WEEKDAYS[match["weekday"]] if match["weekday"] else None
            date = nearest_with_month_and_day(month, day, anchor.date, tense=tense, weekday=weekday)
            return _Reading(date, "day", True) if date is not None else None
    if match["weekday"]:  # alone: a weekday before a written date was read with it above
        if anchor is None:
            return _Reading(None, "day", True)
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        strictly = before is not None and before[1].lower() == "last"
        future = not strictly and _tense(text, match.start(), match.end()) == "future"
        weekday = _WEEKDAYS[match["weekday"]]
        return _Reading(
            weekday_near(weekday, anchor.date, future=future, strictly=strictly), "day", True
        )
    if match["month"]:
        month = _MONTH_NUMBERS[match["month"]]
        year = _year(match, "month", anchor)
        if year is not None:
            return _Reading(dt.date(year, month, 1), "month", match["month_shift"] is not None)
        if anchor is None:
            return _Reading(None, "month", True)
        tense = "past" if lead == "since" else _tense(text, start, match.end())
        return _Reading(nearest_month(month, anchor.date, tense=tense), "month", True)
    if match["year"]:
        return _Reading(dt.date(int(match["year"]), 1, 1), "year", False)
    if anchor is None:
        return _Reading(None, "day", True)
    offset = _RELATIVE_DAYS[match["relative"]]
    return _Reading(anchor.date + dt.timedelta(days=offset), "day", True)


def _year(match: re.Match[str], group: str, anchor: _Anchor | None) -> int | None:
    """The year written after a day or month, or ``last year`` read from the anchor's year."""
    if match[f"{group}_year"]:
        return int(match[f"{group}_year"])
    if match[f"{group}_shift"] and anchor is not None:
        return anchor.date.year + _YEAR_SHIFTS[match[f"{group}_shift"]]
    return None


def _written_day(year: int | None, month: int, day: int, *, relative: bool) -> _Reading | None:
    """A day with its year, or one without an anchor to place it: None if no such day exists."""
    try:
        date = dt.date(2000 if year is None else year, month, day)  # 2000: Feb 29 is real
    except ValueError:
        return None
    return _Reading(date, "day", relative) if year is not None else _Reading(None, "day", True)


def _tense(text: str, start: int, end: int) -> str | None:
    """``"future"`` or ``"past"`` when the clause around a date says which, else None.

    A verb in "-ed" right before the date (``resigned on Friday``, not ``will be signed on``)
    marks the past; otherwise the nearest tense cue before the date in its sentence decides, and
    a sentence that opens with the date ("On Friday, the council will vote") is decided by the
    first cue after it.
    """
    window_start = max(0, start - _CUE_WINDOW)
    for boundary in _SENTENCE_END.finditer(text, window_start, start):
        window_start = boundary.end()
    words = text[window_start:start].split()
    if words and words[-1].lower() in _LEADS:
        words.pop()
    if words and words[-1].lower() in FUTURE_PARTICIPLES:
        return "future"
    if words and words[-1].endswith("ed") and (len(words) < 2 or words[-2].lower() != "be"):
        return "past"
    for cue in reversed(list(_CUE.finditer(text, window_start, start))):  # the nearest first
        if not _AFTER_BE.search(text, window_start, cue.start()):  # "will be held", "to be met"
            return _CUES[cue[0].lower()]
    if words:
        return None
    after = _CUE.search(text, end, min(len(text), end + _CUE_WINDOW))
    if after is None or _SENTENCE_END.search(text, end, after.start()) is not None:
        return None
    return _CUES[after[0].lower()]


def _iso(date: dt.date, granularity: str) -> str:
    if granularity == "year":
        return f"{date.year:04d}"
    if granularity == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()
