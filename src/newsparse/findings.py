"""The typed, immutable findings an extractor returns.

Every finding knows its :class:`~newsparse.span.Span`, the exact text under it, and (stamped by
the pipeline, not by the extractor) the name and version of the extractor that produced it.
``category`` names the group a finding belongs to: it is the key under which
:meth:`Document.to_dict <newsparse.document.Document.to_dict>` lists it.

A plugin adds a category by subclassing :class:`Finding` with a new ``category``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, ClassVar, Self

import attrs
from attrs import field, frozen

from newsparse.span import Span


@frozen(kw_only=True, weakref_slot=False)
class Finding:
    """What every finding has: where it is, what it says, and who found it."""

    category: ClassVar[str] = ""

    span: Span
    text: str
    extractor: str = ""
    version: str = ""

    @classmethod
    def at(cls, source: str, start: int, end: int, **fields: Any) -> Self:
        """Build a finding over ``source[start:end]``, so span and text always agree."""
        return cls(span=Span(start, end), text=source[start:end], **fields)


@frozen(kw_only=True, weakref_slot=False)
class Dateline(Finding):
    """The opening credit of a story: ``MEXICO CITY, Sept 10 (Reuters) -``."""

    category: ClassVar[str] = "dateline"

    location: str | None = None
    agency: str | None = None
    date: dt.date | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    date_text: str | None = None


@frozen(kw_only=True, weakref_slot=False)
class DateMention(Finding):
    """A date in the body (``on Friday``, ``March 3``), resolved against the dateline or publication.

    ``value`` is ISO text at the expression's own ``granularity`` ("2021-10-08", "2021-06",
    "2008"), and ``date`` the first day it covers. Both are None when the expression is relative
    and the story has no anchor; ``anchor`` says what a relative one was resolved against
    (``"dateline"`` or ``"published"``) and is None for a date written out in full.
    """

    category: ClassVar[str] = "dates"

    date: dt.date | None = None
    value: str | None = None
    granularity: str = "day"
    anchor: str | None = None


@frozen(kw_only=True, weakref_slot=False)
class Money(Finding):
    """An amount of money: ``about $3 billion`` -> ``Decimal(3000000000)`` ``USD``.

    ``span`` covers the amount itself; ``phrase_span`` the whole phrase a reader would mark, with
    its approximator, range and unit.
    """

    category: ClassVar[str] = "money"

    value: Decimal | None = None
    currency: str | None = None
    phrase_span: Span | None = None
    qualifier: str | None = None
    unit: str | None = None
    range_role: str | None = None
    #: True when the text does not write the currency and it was settled from context (a bare
    #: ``$`` or "dollars" read as USD, "pesos" in a Manila story as PHP).
    currency_inferred: bool = False


@frozen(kw_only=True, weakref_slot=False)
class Casualty(Finding):
    """A count of people harmed: ``more than 300,000 people murdered`` -> 300000 killed.

    ``count`` is None for vague amounts ("dozens"); ``lower`` and ``upper`` carry the bounds the
    words imply. ``subset`` marks a part of another count ("including two children"); ``past``
    marks a toll the text places before the story's own event ("three were injured last year").
    """

    category: ClassVar[str] = "casualties"

    count: int | None = None
    kind: str = field(default="killed")
    lower: int | None = None
    upper: int | None = None
    qualifier: str | None = None
    victims: str | None = None
    subset: bool = False
    inferred: bool = False  # worked out from other mentions (people shot minus killed), not written
    past: bool = False


@frozen(kw_only=True, weakref_slot=False)
class Quote(Finding):
    """Quoted words (``span`` excludes the marks) and who said them."""

    category: ClassVar[str] = "quotes"

    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    confidence: float = 1.0


@frozen(kw_only=True, weakref_slot=False)
class ReportedSpeech(Finding):
    """What someone said in the writer's words (``span`` is the reported clause) and who said
    it: 'Smith said the plan would fail', 'according to Smith, ...'. ``mode`` is "indirect",
    or "mixed" when the clause holds quoted words ('said the plan was "dead on arrival"').

    A sibling of :class:`Quote` rather than a kind of it, so ``quotes`` keeps meaning words
    between quotation marks: readers, scorers and the JSON contract of ``quotes`` are
    unchanged, and reported speech is listed under its own key."""

    category: ClassVar[str] = "reported_speech"

    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    mode: str = "indirect"
    confidence: float = 1.0


@frozen
class Failure:
    """An extractor that broke on a document, and why: recorded instead of losing the rest."""

    extractor: str
    error: str


def _sorted_names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(names))


@frozen
class ExtractorRun:
    """An extractor that ran on a document: its name and version, and the categories it
    produces, whose keys :meth:`Document.to_dict <newsparse.document.Document.to_dict>` lists
    (empty or not) because it ran. Recorded even when it failed (its
    :class:`Failure` says why), so "ran and found nothing" reads apart from "not run"."""

    name: str
    version: str
    categories: tuple[str, ...] = field(converter=_sorted_names)


#: The values a finding field may hold, besides tuples of them: what ``to_dict`` turns into JSON.
JSON_READY = (str, int, float, bool, Decimal, dt.date, Span, type(None))


def unencodable_field(finding: Finding) -> str | None:
    """What is wrong with the first field of ``finding`` JSON cannot hold (a set...), or None.

    Fields hold None, strings, numbers (``Decimal`` too), booleans, dates, spans, and tuples of
    those: what :meth:`Document.to_dict <newsparse.document.Document.to_dict>` can encode.
    """
    for attribute in attrs.fields(type(finding)):
        value = getattr(finding, attribute.name)
        bad = _unencodable(value)
        if bad is not None:
            return (
                f"field {attribute.name!r} holds a {type(bad).__name__} ({bad!r}); findings hold "
                "only None, str, numbers, bool, dates, spans and tuples of them, what JSON encodes"
            )
    return None


def _unencodable(value: object) -> object | None:
    if isinstance(value, tuple):
        return next((bad for item in value if (bad := _unencodable(item)) is not None), None)
    return None if isinstance(value, JSON_READY) else value


BUILTIN_FINDINGS: tuple[type[Finding], ...] = (
    Dateline,
    DateMention,
    Money,
    Casualty,
    Quote,
    ReportedSpeech,
)
