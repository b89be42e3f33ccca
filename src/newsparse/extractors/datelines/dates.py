"""Reading a dateline's month and day, and placing them in the year of publication.

Month words come from CLDR's month names (English and the languages whose wire copy reaches
English desks), with a fuzzy step for the typos wire datelines carry ("Narch", "Macrh"). Once the
month is known, the day is checked against the calendar. dateparser is not needed here: on these
two words it only agrees with the month table, and its first call costs some 0.4 s of a fresh
process's start-up (the tests use it as an independent oracle instead).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import cache, lru_cache
from typing import Any

import babel

from newsparse.cache import cached_json
from newsparse.regex_cache import compiled

_LANGUAGES = ("en", "es", "fr", "de", "it", "pt")
#: Bumped whenever the table below changes shape, so old cache files are not read.
_CALENDAR_FORMAT = 1
#: Datelines run at most this far ahead of the publication date (time zones, early filing).
AHEAD = dt.timedelta(days=2)
_DAY = compiled(r"\d{1,2}")


def _cldr_calendar() -> dict[str, Any]:
    """CLDR's month names in each language and English weekday names, Monday first.

    Reading them loads babel's locale data, some 30 ms of a fresh process's start, so the table
    is kept in newsparse's cache, one per babel version.
    """
    from babel import Locale

    english = Locale("en")
    return {
        "months": {
            language: {
                width: [str(Locale(language).months["format"][width][m]) for m in range(1, 13)]
                for width in ("wide", "abbreviated")
            }
            for language in _LANGUAGES
        },
        "weekdays": [str(english.days["format"]["wide"][day]) for day in range(7)],
    }


_CALENDAR: dict[str, Any] = cached_json(
    "calendar", f"babel-{babel.__version__}-v{_CALENDAR_FORMAT}", _cldr_calendar
)


def month_names(language: str, width: str) -> dict[int, str]:
    """Month number -> CLDR's name in ``language``, ``width`` "wide" or "abbreviated"."""
    return dict(enumerate(_CALENDAR["months"][language][width], start=1))


def weekday_names() -> dict[int, str]:
    """Weekday number (Monday is 0, as ``date.weekday()``) -> CLDR's English name."""
    return dict(enumerate(_CALENDAR["weekdays"]))


_ENGLISH_MONTHS = tuple(month_names("en", "wide").values())


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha())


@cache
def _month_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for language in _LANGUAGES:
        for width in ("wide", "abbreviated"):
            for number, name in month_names(language, width).items():
                words.setdefault(_fold(name), number)
    words.setdefault("sept", 9)  # AP style; CLDR abbreviates September as "Sep"
    return words


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """The month a word names (``"Feb."``, ``"MARCH"``, ``"abr"``, ``"Narch"``), else None.

    Known month words match exactly; a word of four or more letters one typo (a wrong, missing,
    extra or swapped letter) away from an English month's full name also matches.
    """
    folded = _fold(word)
    if not folded or len(folded) > 10:
        return None
    exact = _month_words().get(folded)
    if exact is not None or len(folded) < 4:
        return exact
    for number, name in enumerate(_ENGLISH_MONTHS, start=1):
        if _one_typo_apart(folded, _fold(name)):
            return number
    return None


def _one_typo_apart(word: str, name: str) -> bool:
    if abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        diffs = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        swapped = (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == name[diffs[1]]
            and word[diffs[1]] == name[diffs[0]]
        )
        return len(diffs) == 1 or swapped
    shorter, longer = sorted((word, name), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def month_and_day(month_word: str, day_text: str) -> tuple[int, int] | None:
    """A dateline's month word and day as numbers; None when no such day exists (``Feb 30``)."""
    month = month_number(month_word)
    if month is None or not _DAY.fullmatch(day_text):
        return None
    try:
        dt.date(2000, month, int(day_text))  # a leap year, so Feb 29 reads
    except ValueError:
        return None
    return month, int(day_text)


def in_publication_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest date with this month and day that is no more than :data:`AHEAD` after publication.

    A December dateline on a story published on January 1 is in the previous year; a January 1
    dateline on a story published on December 31 is in the next.
    """
    latest = published + AHEAD
    for year in range(latest.year, latest.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # February 29 outside a leap year
        if candidate <= latest:
            return candidate
    return None


def nearest_with_month_and_day(
    month: int, day: int, anchor: dt.date, *, tense: str | None = None, weekday: int | None = None
) -> dt.date | None:
    """The date with this month and day a body means, as seen from ``anchor``.

    ``tense`` "past" takes the latest such date on or before the anchor, "future" the first on or
    after it, and None the closest (a body's "March 3" is rarely more than half a year off its
    story). A ``weekday`` written with the date (Monday is 0) keeps only the years where it
    falls on that day, when there is one. None when no year near the anchor has such a day.
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    on_weekday = [date for date in candidates if date.weekday() == weekday]
    # a written weekday is surer evidence than the tense read from the words around it
    return _pick(on_weekday or candidates, anchor, tense) or _pick(on_weekday, anchor, None)


def nearest_month(month: int, anchor: dt.date, *, tense: str | None = None) -> dt.date:
    """The first day of the named month a body means ("in June"), chosen as for a day: the
    latest begun by the anchor's month ("past"), the first from it on ("future"), or the closest."""
    candidates = [
        dt.date(year, month, 1) for year in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    chosen = _pick(candidates, dt.date(anchor.year, anchor.month, 1), tense)
    assert chosen is not None  # the anchor's own year always has the month
    return chosen


def _pick(candidates: list[dt.date], anchor: dt.date, tense: str | None) -> dt.date | None:
    if tense == "past":
        return max((date for date in candidates if date <= anchor), default=None)
    if tense == "future":
        return min((date for date in candidates if date >= anchor), default=None)
    return min(candidates, key=lambda date: (abs(date - anchor), date), default=None)


def weekday_near(weekday: int, anchor: dt.date, *, future: bool, strictly: bool) -> dt.date:
    """The day named ``weekday`` (Monday is 0) nearest ``anchor`` on the side the story points to.

    Past: the latest such day on or before the anchor ("on Friday" in a Sunday story is two days
    back), or before it when ``strictly`` ("last Friday"). Future: the first on or after it.
    """
    if future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    back = (anchor.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)
