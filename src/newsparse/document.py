"""The :class:`Document`: an article's text and everything found in it."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterable, Mapping
from functools import cached_property
from itertools import chain
from os import PathLike
from pathlib import Path
from typing import Any, TypeVar

import attrs
from attrs import field, frozen

from newsparse import segment
from newsparse.errors import InputError
from newsparse.findings import (
    Casualty,
    Dateline,
    DateMention,
    ExtractorRun,
    Failure,
    Finding,
    Money,
    Quote,
)
from newsparse.span import Span

F = TypeVar("F", bound=Finding)


def to_date(value: dt.date | str | None) -> dt.date | None:
    """Read a publication date given as a ``date``, a ``datetime``, an ISO string, or an
    RFC 2822 string, the form of an RSS feed's ``pubDate`` and of mail and HTTP headers
    (``Wed, 04 Mar 2015 10:22:00 GMT``): the day as written, in the writer's own time zone,
    as an ISO string's."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (ValueError, TypeError, IndexError):
            raise InputError(
                "published must be an ISO date (YYYY-MM-DD) or an RFC 2822 one "
                f"(Wed, 04 Mar 2015 10:22:00 GMT), got {value!r}"
            ) from None
    raise InputError(f"published must be a date, an ISO string or None, got {type(value).__name__}")


def _own_dict(value: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of the caller's mapping: changing that mapping later leaves the document as it
    was. (A plain dict, not a frozen one: ``meta`` is JSON-ready data, not part of the hash.)"""
    return dict(value or {})


def _as_findings(items: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(items)


def _as_failures(items: Iterable[Failure]) -> tuple[Failure, ...]:
    return tuple(items)


def _as_runs(items: Iterable[ExtractorRun] | None) -> tuple[ExtractorRun, ...] | None:
    return None if items is None else tuple(items)


@frozen(slots=False)  # not slotted, so the cached paragraphs and sentences have a home
class Document:
    """An article's text, never altered, with its findings and the failures of broken extractors.

    Every span of every finding indexes into :attr:`text`. Build one with :func:`newsparse.parse`;
    the constructor itself only holds values. :attr:`extractors` records the extractors that
    ran on it, in the order they ran (the pipeline fills it in), so that a category with no
    findings reads as "ran and found nothing" only when its extractor ran; None when not known
    (a document built by hand, or read from a dict written before it was recorded).
    """

    text: str
    published: dt.date | None = field(default=None, converter=to_date)
    meta: dict[str, Any] = field(factory=dict, converter=_own_dict, hash=False)
    findings: tuple[Finding, ...] = field(default=(), converter=_as_findings)
    failures: tuple[Failure, ...] = field(default=(), converter=_as_failures)
    extractors: tuple[ExtractorRun, ...] | None = field(default=None, converter=_as_runs)

    @classmethod
    def from_path(
        cls, path: str | PathLike[str], *, published: dt.date | str | None = None
    ) -> Document:
        """A document (no findings yet) from a UTF-8 text file."""
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"{file}: not UTF-8 text ({error.reason})") from None
        except OSError as error:
            raise InputError(f"{file}: {error.strerror or error}") from None
        return cls(text, published=published, meta={"path": str(file)})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """The inverse of :meth:`to_dict`: ``Document.from_dict(doc.to_dict()) == doc``."""
        from newsparse.serialize import document_from_dict

        return document_from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict in the shape of the corpora's gold (see the docs' JSON contract)."""
        from newsparse.serialize import document_to_dict

        return document_to_dict(self)

    def to_html(self, *, title: str | None = None) -> str:
        """One self-contained HTML page of the text with every finding highlighted."""
        from newsparse.render.html import render_html

        return render_html(self, title=title)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        return segment.paragraphs(self.text)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        return tuple(chain.from_iterable(map(self.sentences_in, self.paragraphs)))

    def sentences_in(self, paragraph: Span) -> tuple[Span, ...]:
        """The sentences of ``paragraph``, one of :attr:`paragraphs`, split once per document:
        an extractor that reads only some paragraphs splits only those, and :attr:`sentences`
        (the same spans, as a sentence never crosses a paragraph) reuses what it split."""
        split: dict[int, tuple[Span, ...]] = self.__dict__.setdefault(_SPLIT, {})
        found = split.get(paragraph.start)
        if found is None:
            found = split[paragraph.start] = segment.sentences(self.text, (paragraph,))
        return found

    def of(self, category: str) -> tuple[Finding, ...]:
        """The findings of one category (``"money"``, a plugin's own...), in text order."""
        return tuple(finding for finding in self.findings if finding.category == category)

    @property
    def dateline(self) -> Dateline | None:
        found = self._typed(Dateline)
        return found[0] if found else None

    @property
    def money(self) -> tuple[Money, ...]:
        return self._typed(Money)

    @property
    def casualties(self) -> tuple[Casualty, ...]:
        return self._typed(Casualty)

    @property
    def casualty_totals(self) -> Mapping[str, int | None]:
        """One figure per casualty kind for the whole story (repeats and updates resolved)."""
        from newsparse.extractors.casualties.totals import casualty_totals

        return casualty_totals(self)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self._typed(Quote)

    @property
    def dates(self) -> tuple[DateMention, ...]:
        return self._typed(DateMention)

    def with_findings(self, findings: Iterable[Finding]) -> Document:
        """A copy with ``findings`` added, kept in text order."""
        merged = sorted((*self.findings, *findings), key=in_text_order)
        return _evolve(self, findings=tuple(merged))

    def with_failure(self, failure: Failure) -> Document:
        return _evolve(self, failures=(*self.failures, failure))

    def with_run(
        self, run: ExtractorRun, findings: Iterable[Finding] = (), failure: Failure | None = None
    ) -> Document:
        """A copy recording that ``run``'s extractor ran, with what it found or how it failed."""
        changes: dict[str, Any] = {"extractors": (*(self.extractors or ()), run)}
        found = tuple(findings)
        if found:
            changes["findings"] = tuple(sorted((*self.findings, *found), key=in_text_order))
        if failure is not None:
            changes["failures"] = (*self.failures, failure)
        return _evolve(self, **changes)

    def _typed(self, kind: type[F]) -> tuple[F, ...]:
        return tuple(finding for finding in self.findings if isinstance(finding, kind))


def in_text_order(finding: Finding) -> tuple[int, int, str]:
    """The sort key that keeps findings in text order: by start, then by end, then by extractor,
    so two findings on one span keep one order however they were gathered (a parse, a JSON
    round trip)."""
    return finding.span.start, finding.span.end, finding.extractor


_SPLIT = "_sentences_by_paragraph"  # where sentences_in keeps what it split, by paragraph start


def _evolve(document: Document, **changes: Any) -> Document:
    # attrs.evolve drops the cached paragraphs and sentences; carry them over.
    new = attrs.evolve(document, **changes)
    for cached in ("paragraphs", "sentences", _SPLIT):
        if cached in document.__dict__:
            new.__dict__[cached] = document.__dict__[cached]
    return new
