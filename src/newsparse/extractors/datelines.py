"""The built-in ``datelines`` extractor: place, date and agency from the opening of a story.

A dateline is read only where one can stand: at the start of the text (after an editor's note in
parentheses) or at the start of one of the first few lines, after a headline or byline. Its shape
is ``PLACES[, DATE][ (AGENCY)] DASH``, or a bare agency credit (``AP -``). What makes it a dateline
rather than a headline is checked word by word, strictest where the evidence is thinnest:

* a date (``LONDON, March 3 -``) or a known agency (``(Reuters) -``) is enough on its own;
* a place with neither must open the text, be in capitals and resolve to a known city, region or
  country, and must not be followed by a date or figures (``SWISS BANKNOTES - APRIL 7``).

The cost does not depend on the length of the text: only its first lines are looked at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from newsparse._data.agencies import AGENCIES, SHORT_FORMS
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.datelines_dates import in_publication_year, month_and_day, month_number
from newsparse.extractors.datelines_places import is_known, resolve
from newsparse.findings import Dateline, DateMention

#: How far into the text a dateline may start, and how many lines may come before it.
OPENING_CHARS = 1000
OPENING_LINES = 8
#: The longest line a dateline may follow (a headline or byline, not a paragraph).
MAX_LEAD_LINE = 200
_MAX_DATELINE = 300

_KNOWN = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_WORD = r"[^\W\d_][\w.'’&]*(?:-[^\W\d_][\w.'’]*)*"
_PART = rf"{_WORD}(?:[ \t]+{_WORD}){{0,5}}"
_PLACE = rf"(?!(?:{_KNOWN})[ \t]*,)(?:{_PART})(?:[ \t]*,[ \t]*(?!(?:{_KNOWN})\b){_PART}){{0,2}}"
_DAY = r"[0-9lI][0-9lIO]{0,2}"
_DATELINE = re.compile(
    rf"""
    (?:
      (?P<places>{_PLACE}(?:[ \t]*/[ \t]*{_PLACE}){{0,3}})
      (?:(?:[ \t]*,[ \t]*|[ \t]+)(?:-[ \t]*)?
        (?P<date>(?P<month>[^\W\d_]{{3,10}})\.?[ \t]*(?P<day>{_DAY})
                |(?P<day_first>\d{{1,2}})[ \t]+(?P<month_after>[^\W\d_]{{3,10}})\.?)
      )?
    )?
    (?:[ \t]*,?[ \t]*\((?P<agency>[^()\n]{{1,60}})\)
      |[ \t]*,[ \t]*(?P<bare_agency>{_KNOWN}))?
    [ \t]*(?P<dash>(?:---?|-)(?=\s|$)|[–—]{{1,2}})
    """,
    re.VERBOSE,
)
_AGENCY_LIKE = re.compile(
    r"[A-Z][\w.&'’-]*(?:[ ](?:[A-Z][\w.&'’-]*|of|de|for|and)){0,4}"
    r"(?:/[A-Z][\w.&'’-]*(?:[ ](?:[A-Z][\w.&'’-]*|of|de|for|and)){0,4})*"
)
_EDITORS_NOTE = re.compile(r"\([^()]{10,400}\)\s*")
_LINE_START = re.compile(r"\n[ \t]*(?=\S)")
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "da", "di", "al", "el", "am", "on"})
_HEADLINE_DATE = re.compile(r"\s*(?:\d|[^\W\d_]{3,10}\.?\s+\d)")


def _canonical_agency(credit: str) -> str | None:
    """The credit with each wire's long or old form made short, or None if it is not an agency."""
    parts = [part.strip() for part in credit.split("/")]
    if not all(part in AGENCIES for part in parts):
        return None
    return "/".join(SHORT_FORMS.get(part.casefold(), part) for part in parts)


def _is_caps(words: str) -> bool:
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_title_or_lower(words: str) -> bool:
    """Every word capitalised (but for connectors such as "of"), or every word lower case."""
    tokens = words.replace("/", " ").replace(",", " ").split()
    if all(t.islower() for t in tokens):
        return True
    return all(t[0].isupper() or t in _CONNECTORS for t in tokens)


def _first_part(places: str) -> str:
    return places.split("/")[0].split(",")[0].strip()


class DatelineExtractor(Extractor):
    """Finds the dateline of a story; ``date`` is resolved against the publication date."""

    name = "datelines"
    version = "0.1.0"
    produces = (Dateline, DateMention)

    def extract(self, document: Document) -> Iterator[Dateline]:
        text = document.text
        for start, at_top in _candidates(text):
            end = text.find("\n", start, start + _MAX_DATELINE)
            match = _DATELINE.match(text, start, end if end >= 0 else start + _MAX_DATELINE)
            if match is None:
                continue
            found = _read(text, match, at_top, document.published)
            if found is not None:
                yield found
                return


def _candidates(text: str) -> Iterator[tuple[int, bool]]:
    """Where a dateline may start, and whether that is the very top of the story."""
    start = len(text) - len(text.lstrip())
    if start >= OPENING_CHARS:
        return
    yield start, True
    note = _EDITORS_NOTE.match(text, start)
    if note is not None:
        yield note.end(), True
    previous = start
    for count, line in enumerate(_LINE_START.finditer(text, start, OPENING_CHARS)):
        if count >= OPENING_LINES or line.start() - previous > MAX_LEAD_LINE:
            return
        previous = line.end()
        yield line.end(), False


def _read(
    text: str, match: re.Match[str], at_top: bool, published: dt.date | None
) -> Dateline | None:
    """The dateline a match stands for, or None when the words do not bear it out."""
    places = match["places"]
    month_word, day = match["month"] or match["month_after"], match["day"] or match["day_first"]
    date_text = match["date"]
    if places and not date_text:
        places, date_text, month_word = _split_bare_month(places)
    credit = match["agency"] or match["bare_agency"]
    agency = _canonical_agency(credit) if credit else None
    if month_word is not None and month_number(month_word) is None:
        return None
    if not places:
        if agency is None:
            return None
    elif not _plausible(text, match, places, date_text, credit, agency, at_top):
        return None
    if places and not credit and not date_text:
        agency = _canonical_agency(places)  # a credit line: "AP -", "Reuters -"
        if agency is not None:
            places = None
    location = places.strip() if places else None
    place = resolve(location) if location else None
    return Dateline.at(
        text,
        match.start(),
        match.end(),
        location=location,
        agency=agency if agency is not None else (credit.strip() if credit else None),
        date=_resolve_date(month_word, day, published),
        date_text=date_text,
        city=place.city if place else None,
        region=place.region if place else None,
        country=place.country if place else None,
    )


def _split_bare_month(places: str) -> tuple[str, str | None, str | None]:
    """``CHICAGO, April`` is a place and a month without a day, not a place in "April"."""
    head, comma, last = places.rpartition(",")
    word = last.strip()
    if comma and " " not in word and word.istitle() and month_number(word) is not None:
        return head, word, word
    return places, None, None


def _plausible(
    text: str,
    match: re.Match[str],
    places: str,
    date_text: str | None,
    credit: str | None,
    agency: str | None,
    at_top: bool,
) -> bool:
    first = _first_part(places)
    caps = _is_caps(first)
    if not (caps or _is_title_or_lower(places)):
        return False
    if agency is not None:
        return True
    if credit is not None:  # an unknown credit: "NEW YORK (Variety) -", not "IBM (NYSE: IBM) -"
        return (
            _AGENCY_LIKE.fullmatch(credit.strip()) is not None
            and (caps or bool(date_text))
            and (bool(date_text) or is_known(places))
        )
    if date_text:
        return at_top or caps
    if not at_top:
        return False
    if _canonical_agency(places) is not None:
        return True
    return caps and is_known(places) and _reads_like_body(text, match.end())


def _reads_like_body(text: str, position: int) -> bool:
    """After a bare ``PLACE -``, a story goes on; a market table's headline gives a date or figures."""
    line_end = text.find("\n", position)
    rest = text[position : line_end if line_end >= 0 else position + _MAX_DATELINE]
    if _HEADLINE_DATE.match(rest) is not None:
        return False
    words = rest.split()
    return not (len(words) >= 2 and _is_caps(" ".join(words[:4])))


def _resolve_date(
    month_word: str | None, day: str | None, published: dt.date | None
) -> dt.date | None:
    if month_word is None or day is None or published is None:
        return None
    read = month_and_day(month_word, day)
    return in_publication_year(*read, published) if read is not None else None
