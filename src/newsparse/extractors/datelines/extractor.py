"""The built-in ``datelines`` extractor: place, date and agency from the opening of a story.

A dateline is read only where one can stand: at the start of the text (after an editor's note in
parentheses) or at the start of one of the first few lines, after a headline or byline. Its shape
is ``PLACES[, DATE][ (AGENCY)] DASH``, or a bare agency credit (``AP -``). Other styles fit the
same shape: the Indian colon (``NEW DELHI:``, ``MUMBAI, Feb 3 (PTI):``), a known agency with no
dash (``(CNN) A storm``), a date with no place under a ``BRIEF-`` headline, and press releases
(``NEW YORK, March 3, 2021 /PRNewswire/ --``), whose distribution service is kept as the credit
and whose written year is taken as given. What makes it a dateline rather than a headline is
checked word by word, strictest where the evidence is thinnest:

* a date (``LONDON, March 3 -``) or a known agency (``(Reuters) -``) is enough on its own;
* a place with neither must open the text, be in capitals, resolve to a known city, region or
  country (or carry a region in title case: ``JABALIA CAMP, Gaza Strip``), and must not be
  followed by a date or figures (``SWISS BANKNOTES - APRIL 7``); in title case it must be a
  city named with its region (``Washington, DC —``); before a bare colon it must resolve to a
  city and a sentence must follow (``PARIS: Where to eat`` is a headline);
* below a headline, byline, photo caption or scraped sign-up line, such a place needs a wire
  dash (``WASHINGTON — The Senate``) and no neighbouring paragraph opening the same way (a
  roundup of briefs has one per item and no dateline of its own).

The cost does not depend on the length of the text: only its first lines are looked at.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsparse._data.agencies import AGENCIES, SHORT_FORMS
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.datelines.dates import in_publication_year, month_and_day, month_number
from newsparse.extractors.datelines.places import is_known, resolve
from newsparse.findings import Dateline
from newsparse.regex_cache import compiled

#: How far into the text a dateline may start, and how many lines may come before it.
OPENING_CHARS = 1000
OPENING_LINES = 8
_MAX_DATELINE = 300

# longest first, so a shorter name never cuts a longer one short; then by name, so the pattern
# (and the name of its compiled code in the cache) is the same in every process
_KNOWN = "|".join(re.escape(a) for a in sorted(AGENCIES, key=lambda a: (-len(a), a)))
_WORD = r"[^\W\d_][\w.'’&]*(?:-[^\W\d_][\w.'’]*)*"
_PART = rf"{_WORD}(?:[ \t]+{_WORD}){{0,5}}"
_PLACE = rf"(?!(?:{_KNOWN})[ \t]*,)(?:{_PART})(?:[ \t]*,[ \t]*(?!(?:{_KNOWN})\b){_PART}){{0,2}}"
_DAY = r"[0-9lI][0-9lIO]{0,2}"
_DATELINE = compiled(
    rf"""
    (?P<places>{_PLACE}(?:[ \t]*/[ \t]*{_PLACE}){{0,3}})?
    (?:(?(places)(?:[ \t]*,[.,]?[ \t]*|[ \t]+))(?P<dash_before_date>-[ \t]*)?
      (?P<date>(?:(?P<month>[^\W\d_]{{3,10}})\.?(?:[ \t]*(?=\d)|[ \t]+)(?P<day>{_DAY})(?!\w)
                 |(?P<day_first>\d{{1,2}})[ \t]+(?P<month_after>[^\W\d_]{{3,10}})\.?)
               (?(dash_before_date)|(?:,?[ \t]*(?P<year>(?:19|20)\d\d)(?!\w))?))
    )?
    (?:(?:[ \t]*,?[ \t]*|--)\((?P<agency>[^()\n]{{1,60}})\)
      |[ \t]*,[ \t]*(?P<bare_agency>{_KNOWN})
      |[ \t]+/(?P<release_wire>[A-Z][\w .-]{{1,40}})/)?
    (?:[ \t]*,?[ \t]*(?P<dash>---?|-|[–—]{{1,2}}|_(?=\s|$)|:(?=[ \t]))|(?<=\)))
    (?:(?=\s)|$|(?=(?P<glued>\S)))
    """,
    re.VERBOSE,
)
_TRAILING_DATE = compiled(rf"(?P<month>[^\W\d_]{{3,10}})\.?(?:[ \t]+(?P<day>{_DAY}))?")
_AGENCY_LIKE = compiled(
    r"[A-Z][\w.&'’-]*(?:[ ](?:[A-Z][\w.&'’-]*|of|de|for|and)){0,4}"
    r"(?:/[A-Z][\w.&'’-]*(?:[ ](?:[A-Z][\w.&'’-]*|of|de|for|and)){0,4})*"
)
_EDITORS_NOTE = compiled(r"\([^()]{10,400}\)\s*")
_LINE_START = compiled(r"\n[ \t]*(?=\S)")
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "da", "di", "al", "el", "am", "on"})
_SENTENCE_START = compiled(r"[ \t]*[\"'‘“]?[A-Z]")
#: After ``PLACE:`` a story's first sentence ends, or runs on longer than a headline would.
_SENTENCE_END = compiled(r"[.!?][\"'’”)]*[ \t]*$")
_PARAGRAPH_WORDS = 12
_HEADLINE_DATE = compiled(r"\s*(?:\d|(?P<month>[^\W\d_]{3,10})\.?\s+\d)")


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
    version = "0.2.0"
    produces = (Dateline,)

    def extract(self, document: Document) -> Iterator[Dateline]:
        text = document.text
        for start, at_top in _candidates(text):
            end = text.find("\n", start, start + _MAX_DATELINE)
            end = end if end >= 0 else start + _MAX_DATELINE
            if not _may_end(text, start, end):
                continue
            match = _DATELINE.match(text, start, end)
            if match is None:
                continue
            found = _read(text, match, at_top, document.published)
            if found is not None:
                yield found
                return


#: What ends every dateline: a dash, an underscore, a colon, or a closing parenthesis before.
_ENDING = compiled(r"[-–—_:)]")


def _may_end(text: str, start: int, end: int) -> bool:
    """Whether a dateline matched at ``start`` before ``end`` can find its ending there: a quick
    search in C that spares most lines of prose the long match (two thirds of them in news).
    The character before ``start`` is read too, for a parenthesis right before it."""
    return _ENDING.search(text, max(0, start - 1), end) is not None


#: A byte-order mark left at the top of a story read as text: not part of the dateline.
_BOM = "\ufeff"


def _candidates(text: str) -> Iterator[tuple[int, bool]]:
    """Where a dateline may start, and whether that is the very top of the story."""
    start = len(text) - len(text.lstrip().lstrip(_BOM).lstrip())
    if start >= OPENING_CHARS:
        return
    yield start, True
    note = _EDITORS_NOTE.match(text, start)
    if note is not None:
        yield note.end(), True
    for count, line in enumerate(_LINE_START.finditer(text, start, OPENING_CHARS)):
        if count >= OPENING_LINES:
            return
        yield line.end(), False


class _Parts(NamedTuple):
    """A dateline match taken apart: what each piece says, before it is judged."""

    places: str | None
    date_text: str | None
    month: str | None
    day: str | None
    credit: str | None
    agency: str | None


def _parts(match: re.Match[str]) -> _Parts:
    places: str | None = match["places"]
    date_text: str | None = match["date"]
    month, day = match["month"] or match["month_after"], match["day"] or match["day_first"]
    if places and not date_text:
        places, date_text, month, day = _split_trailing_date(places)
    written = match["agency"] or match["bare_agency"] or match["release_wire"]
    credit = written.strip() if written else None
    if places and not credit and not date_text and _canonical_agency(places.strip()):
        credit = places.strip()  # a credit line: "AP -", "Reuters -"
        places = None
    agency = _canonical_agency(credit) if credit else None
    return _Parts(places.strip() if places else None, date_text, month, day, credit, agency)


def _split_trailing_date(places: str) -> tuple[str, str | None, str | None, str | None]:
    """``CHICAGO, April`` and ``TAFT, Calif., Apri l7``: a place, then a date the grammar missed."""
    head, comma, last = places.rpartition(",")
    date = _TRAILING_DATE.fullmatch(last.strip())
    if not comma or date is None or month_number(date["month"]) is None:
        return places, None, None, None
    if date["day"] is None and not date["month"].istitle():
        return places, None, None, None
    return head, last.strip(), date["month"], date["day"]


def _read(
    text: str, match: re.Match[str], at_top: bool, published: dt.date | None
) -> Dateline | None:
    """The dateline a match stands for, or None when the words do not bear it out."""
    parts = _parts(match)
    if parts.month is not None and month_number(parts.month) is None:
        return None
    if not _plausible(text, match, parts, at_top):
        return None
    place = resolve(parts.places) if parts.places else None
    return Dateline.at(
        text,
        match.start(),
        match.end("dash") if match["dash"] else match.end("agency") + 1,
        location=parts.places,
        agency=parts.agency or parts.credit,
        date=_resolve_date(parts.month, parts.day, match["year"], published),
        date_text=parts.date_text,
        city=place.city if place else None,
        region=place.region if place else None,
        country=place.country if place else None,
    )


def _plausible(text: str, match: re.Match[str], parts: _Parts, at_top: bool) -> bool:
    """Whether the evidence bears out a dateline; the thinner it is, the stricter the check."""
    dated = parts.day is not None
    if match["dash"] is None:
        return _ends_at_known_credit(text, match, parts)
    if match["dash"] == ":" and (parts.places is None or match["dash_before_date"]):
        return False  # "Reuters: Oil falls" is a headline, "LONDON - MARCH 03:" a caption
    if match["dash"] == ":" and not (dated or parts.credit):
        return _is_colon_dateline(text, match, parts, at_top)
    if match["dash"] == ":" and not (at_top or parts.credit):
        return False  # "CORRECTION Feb. 20:" below a caption is a note, not a dateline
    if match["release_wire"] is not None and not dated:
        return False  # "/PRNewswire/" follows a press release's full date
    if match["glued"] is not None and match["dash"] == "-" and not (dated or parts.agency):
        return False  # "NEW YORK, March 2 -The" is a dateline; "U.S.-JAPAN" is not
    if parts.places is None:
        return parts.agency is not None and (at_top or match["agency"] is not None)
    caps = _is_caps(_first_part(parts.places))
    if not (caps or _is_title_or_lower(parts.places) or (dated and at_top)):
        return False
    if match["dash_before_date"] and not is_known(parts.places):
        return False  # "BELGIAN FRANC RATE - APRIL 7 -" is a table's headline
    if parts.agency is not None:
        return True
    if (
        parts.credit is not None
    ):  # an unknown credit: "NEW YORK (Variety) -", not "IBM (NYSE: IBM) -"
        return (
            _AGENCY_LIKE.fullmatch(parts.credit) is not None
            and (caps or dated)
            and (dated or is_known(parts.places))
        )
    if dated:
        return at_top or caps
    if not at_top:
        return _opens_a_paragraph(text, match, parts, caps)
    if not caps:  # "Washington, DC — The": a title-case city named with its region, then a sentence
        return (
            _is_qualified_city(parts.places)
            and _SENTENCE_START.match(text, match.end()) is not None
            and _reads_like_body(text, match.end(), True)
        )
    if not (_has_title_case_qualifier(parts.places) or is_known(parts.places)):
        return False
    return _reads_like_body(text, match.end(), qualified="," in parts.places)


#: The dashes a wire dateline ends with, as against a hyphen or a colon, which also end headlines.
_WIRE_DASHES = frozenset(("—", "–", "--", "---", "——"))


def _opens_a_paragraph(text: str, match: re.Match[str], parts: _Parts, caps: bool) -> bool:
    """``WASHINGTON — The Senate`` after a photo caption or a scraped sign-up line: with neither
    date nor agency below the top, a dateline needs all the rest of the evidence, a known place
    in capitals, a wire dash and a sentence running on after it. A roundup of briefs (``SEOUL --
    ...`` then ``SHENZHEN -- ...``) has one such line per item and no dateline of its own."""
    return (
        caps
        and match["dash"] in _WIRE_DASHES
        and (is_known(parts.places or "") or _has_title_case_qualifier(parts.places or ""))
        and _SENTENCE_START.match(text, match.end()) is not None
        and _reads_like_body(text, match.end(), qualified="," in (parts.places or ""))
        and not _in_a_roundup(text, match.start())
    )


def _in_a_roundup(text: str, start: int) -> bool:
    """Whether another paragraph near the line at ``start`` opens like it: a roundup's items."""
    own = text.rfind("\n", 0, start)
    nearby = _BRIEF.finditer(text, max(0, own - _ROUNDUP_REACH), start + _ROUNDUP_REACH)
    return any(brief.start() != own for brief in nearby)


#: A paragraph opening with a place in capitals and a wire dash, as each item of a roundup does.
_BRIEF = compiled(
    r"\n[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?[ \t]*(?:—|–|--)"
)
_ROUNDUP_REACH = 3000


def _ends_at_known_credit(text: str, match: re.Match[str], parts: _Parts) -> bool:
    """``(CNN)A storm`` and ``CHENNAI, March 2 (IANS) Heavy rain``: no dash, so the credit in
    parentheses must be a known agency and a sentence must start right after it."""
    if match["agency"] is None or parts.agency is None:
        return False
    if parts.places is not None and parts.day is None and not _is_caps(_first_part(parts.places)):
        return False
    return _SENTENCE_START.match(text, match.end("agency") + 1) is not None


def _is_colon_dateline(text: str, match: re.Match[str], parts: _Parts, at_top: bool) -> bool:
    """``NEW DELHI: The government said``: with neither date nor agency, a colon is a dateline's
    only when a capitals place that resolves to a city opens the story and a sentence follows;
    ``BREAKING:`` and ``Brexit:`` are kickers, ``PARIS: Where to eat`` a headline."""
    if parts.places is None or not at_top or not _is_caps(parts.places):
        return False
    if "," in parts.places and not _is_qualified_city(parts.places):
        return False
    if resolve(parts.places).city is None:
        return False
    rest = _rest_of_line(text, match.end())
    sentence = _SENTENCE_END.search(rest) is not None or len(rest.split()) >= _PARAGRAPH_WORDS
    return sentence and _reads_like_body(text, match.end(), qualified=True)


def _is_qualified_city(places: str) -> bool:
    """A city named with a region or country it resolves within (``Sydney, Australia``)."""
    first = places.split("/")[0]
    place = resolve(first)
    return "," in first and place.city is not None and place.country is not None


def _has_title_case_qualifier(places: str) -> bool:
    """``JEBALIYA REFUGEE CAMP, Gaza Strip``: a place in capitals, then a region in title case."""
    qualifiers = places.split("/")[0].split(",")[1:]
    return bool(qualifiers) and all(
        q.split() and all(word[0].isupper() and not _is_caps(word) for word in q.split())
        for q in qualifiers
    )


def _rest_of_line(text: str, position: int) -> str:
    """What follows a dateline on its line, no further than a dateline's length: a story set as
    one long line costs no more than a short one."""
    limit = position + _MAX_DATELINE
    line_end = text.find("\n", position, limit)
    return text[position : line_end if line_end >= 0 else limit]


def _reads_like_body(text: str, position: int, qualified: bool) -> bool:
    """After a bare ``PLACE -`` a story goes on; a table's headline (``LONDON GOLD - APR 7``, never
    qualified by a region) is followed by a date or figures, a second headline by capitals."""
    rest = _rest_of_line(text, position)
    headline_date = _HEADLINE_DATE.match(rest)
    if (
        not qualified
        and headline_date is not None
        and (headline_date["month"] is None or month_number(headline_date["month"]) is not None)
    ):
        return False
    words = rest.split()
    return not (len(words) >= 2 and _is_caps(" ".join(words[:4])))


def _resolve_date(
    month_word: str | None, day: str | None, year: str | None, published: dt.date | None
) -> dt.date | None:
    """A written year (a press release's ``March 3, 2021``) is taken as given; otherwise the
    year is the publication's."""
    if month_word is None or day is None:
        return None
    read = month_and_day(month_word, day)
    if read is None:
        return None
    if year is not None:
        return dt.date(int(year), *read) if read != (2, 29) or calendar.isleap(int(year)) else None
    return in_publication_year(*read, published) if published is not None else None
