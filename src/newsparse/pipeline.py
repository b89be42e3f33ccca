"""Running extractors over a document: in dependency order, each failure isolated.

An extractor that raises, or returns findings that break the contract (a span outside the text,
text that does not match its span, a category it did not declare, a field JSON cannot encode),
loses its own findings on that document only:
the document records a :class:`~newsparse.findings.Failure` and an
:class:`~newsparse.errors.ExtractorWarning` is issued, or, with ``strict=True``,
:class:`~newsparse.errors.ExtractorFailed` is raised.

A text longer than the pipeline's :attr:`~Pipeline.window` (:data:`WINDOW` characters by
default, far above any real article) is read in windows cut at paragraph breaks
(:func:`newsparse.segment.windows`): every extractor runs over one window as if it were the whole
text, and the findings are moved back to their place in the text, so the working memory of the
extractors is bounded by the window, not by the text. What a window cannot see:

- a quote, a name or a clause across the cut is read in two pieces (the cut avoids a paragraph
  opening with a quote mark, which would continue a quote or carry one a speaker introduced);
- a speaker is named, and a story-wide test (a story that writes "US dollars" anywhere) is made,
  within the window only;
- the story's dateline heads its first window: later windows keep none of their own, and see the
  first window's as the document's :attr:`~newsparse.document.Document.dateline` (its place and
  date settle currencies and relative dates throughout);
- an extractor reads the findings it requires within the window only.

Document-level figures (:attr:`~newsparse.document.Document.casualty_totals`) are worked out
from the finished document, so they see every finding. ``window=None`` reads any text whole.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from newsparse import segment
from newsparse.document import Document, in_text_order
from newsparse.errors import ExtractorFailed, ExtractorWarning, PluginError
from newsparse.extractor import Extractor
from newsparse.findings import (
    JSON_READY,
    Dateline,
    ExtractorRun,
    Failure,
    Finding,
    unencodable_field,
)
from newsparse.regex_cache import keep_compiled
from newsparse.span import Span

#: Characters of the windows a longer text is read in (see the module's docstring). A window's
#: working memory (the extractors' own structures, some 15 MB per million characters) sits on top
#: of every finding kept so far: a quarter of a million characters, still four times the longest
#: article of the corpora, holds a 20 MB text's peak some 20 MB lower than a million did.
WINDOW = 250_000


def _window_size(instance: object, attribute: object, value: int | None) -> None:
    if value is not None and (not isinstance(value, int) or value < 1):
        raise ValueError(f"window must be a positive number of characters or None, got {value!r}")


@frozen
class Pipeline:
    """Extractors in the order they run. Build one with :meth:`build`; it is cheap to keep.

    ``window``: a text longer than this many characters is read in windows of at most this
    size (None: every text whole); see the module's docstring.
    """

    extractors: tuple[Extractor, ...]
    window: int | None = field(default=WINDOW, validator=_window_size)
    #: What each extractor's run is recorded as on a document (its name, version, categories).
    runs: tuple[ExtractorRun, ...] = field(init=False, eq=False, repr=False)

    @runs.default
    def _runs(self) -> tuple[ExtractorRun, ...]:
        return tuple(ExtractorRun(e.name, e.version, e.categories()) for e in self.extractors)

    @classmethod
    def build(cls, extractors: Sequence[Extractor], *, window: int | None = WINDOW) -> Pipeline:
        """Order ``extractors`` so that each runs after those producing what it requires.

        Raises :class:`~newsparse.errors.PluginError` when one requires a category none of
        ``extractors`` produces, or when they require each other in a cycle.
        (:meth:`Registry.select <newsparse.plugins.Registry.select>` adds the producers.)
        """
        produced = frozenset().union(*(e.categories() for e in extractors))
        for extractor in extractors:
            for category in extractor.requires:
                if category not in produced:
                    raise PluginError(
                        f"extractor {extractor.name!r} requires {category!r}, which none of "
                        f"the extractors given ({', '.join(e.name for e in extractors)}) produces"
                    )
        return cls(_dependency_order(extractors), window)

    def run(self, document: Document, *, strict: bool = False) -> Document:
        """``document`` with every extractor's findings added, or its failure recorded, and each
        extractor's run recorded in :attr:`~newsparse.document.Document.extractors`.

        :param strict: raise :class:`~newsparse.errors.ExtractorFailed` for the first extractor
            that fails instead of recording it and going on.
        """
        done = document
        for step in self.steps(document, strict=strict):
            done = step
        return done

    def steps(self, document: Document, *, strict: bool = False) -> Iterator[Document]:
        """The document after each extractor in turn: what is done survives an interruption.

        A time limit (:mod:`newsparse.timelimit`) that runs out between two extractors still
        leaves the caller the document as the last finished extractor left it. A text read in
        windows gives the document after each window instead, with the findings of the windows
        read so far.
        """
        if self.window is not None and len(document.text) > self.window:
            yield from self._windowed(document, segment.windows(document.text, self.window), strict)
        else:
            for extractor, run in zip(self.extractors, self.runs, strict=True):
                try:
                    findings = validated(extractor, document.text, extractor.extract(document))
                except KeyboardInterrupt:
                    raise
                # One extractor's bug must not cost the others, nor its careless sys.exit() or
                # stray asyncio.CancelledError (BaseExceptions both) the run: only Ctrl-C ends it.
                except BaseException as error:
                    document = document.with_run(run, failure=_failure(extractor, error, strict, 4))
                else:
                    document = document.with_run(run, findings)
                yield document
        keep_compiled()  # the patterns first used on this document, for the next process

    def _windowed(
        self, document: Document, windows: Sequence[Span], strict: bool
    ) -> Iterator[Document]:
        """:meth:`steps` over a long text, one window at a time.

        An extractor that fails on any window loses its findings in every window, as it would
        on the whole text, and is not run again on this document (extractors requiring it keep
        what they found in the windows before, where they saw its findings).
        """
        found: list[Finding] = []  # the new findings, in text order, placed in the whole text
        failures: list[Failure] = []
        runs = (*(document.extractors or ()), *self.runs)  # each runs on the first window
        story_dateline: Dateline | None = None
        running = list(self.extractors)
        required = frozenset().union(*(extractor.requires for extractor in running))
        for window in windows:
            part = _window_document(document, window, story_dateline)
            new: list[Finding] = []
            shared: dict[object, object] = {}  # the window's strings and spans, each held once
            for extractor in list(running):
                try:
                    findings = validated(
                        extractor,
                        part.text,
                        extractor.extract(part),
                        offset=window.start,
                        shared=shared,
                    )
                except KeyboardInterrupt:
                    raise
                except BaseException as error:  # as in steps: only Ctrl-C ends the run
                    failures.append(_failure(extractor, error, strict, 5))
                    running.remove(extractor)
                    found = [f for f in found if f.extractor != extractor.name]
                    new = [f for f in new if f.extractor != extractor.name]
                    continue
                if window.start:  # the dateline heads the story, in its first window
                    findings = [f for f in findings if not isinstance(f, Dateline)]
                new += findings
                part = part.with_findings(
                    _moved_finding(f, -window.start) for f in findings if f.category in required
                )
            found += sorted(new, key=in_text_order)
            done = attrs.evolve(
                document,
                findings=sorted((*document.findings, *found), key=in_text_order)
                if document.findings
                else found,
                failures=(*document.failures, *failures),
                extractors=runs,
            )
            if not window.start:
                story_dateline = done.dateline
            yield done


@frozen(slots=False)
class _Window(Document):
    """One window of a longer text, whose :attr:`dateline` is the story's, in its first window."""

    story_dateline: Dateline | None = field(default=None, kw_only=True)

    @property
    def dateline(self) -> Dateline | None:
        return self.story_dateline


def _window_document(document: Document, window: Span, story: Dateline | None) -> Document:
    """The window of ``document`` as a document of its own, with the findings lying inside."""
    inside = [
        _moved_finding(finding, -window.start)
        for finding in document.findings
        if all(window.contains(span) for span in _spans(finding))
    ]
    text = window.of(document.text)
    if not window.start:
        return Document(text, document.published, document.meta, inside)
    return _Window(text, document.published, document.meta, inside, story_dateline=story)


def _failure(extractor: Extractor, error: BaseException, strict: bool, depth: int) -> Failure:
    """The failure to record for ``extractor``, warned about; raised instead when strict.

    ``depth`` is :func:`warnings.warn`'s ``stacklevel`` that names the caller of :meth:`run`.
    """
    message = f"{type(error).__name__}: {_said(error)}"
    if strict:
        raise ExtractorFailed(extractor.name, message) from error
    warnings.warn(
        f"extractor {extractor.name!r} failed and was skipped: {message}",
        ExtractorWarning,
        stacklevel=depth,
    )
    return Failure(extractor.name, message)


def _said(error: BaseException) -> str:
    """What ``error`` says; a plugin's exception whose ``__str__`` itself raises would otherwise
    end the run while its failure is being recorded."""
    try:
        return str(error)
    except Exception:
        return "(its message cannot be read: its __str__ raised)"


def validated(
    extractor: Extractor,
    text: str,
    findings: Iterable[Finding],
    *,
    offset: int = 0,
    shared: dict[object, object] | None = None,
) -> list[Finding]:
    """The findings, stamped with the extractor's name and version; ValueError if one is bad.

    ``text`` is what the extractor read; with an ``offset``, it began that many characters into
    a longer text, and the findings are moved there. With ``shared``, a field's string or span
    equal to one kept there already (the cue "said", a speaker and where they stand, told by a
    quote and by reported speech alike) is that one object: a long text's findings repeat them
    by the thousand (20 million characters of news: 94,000 cue words of 951 kinds).
    """
    allowed = extractor.categories()
    stamp = {"extractor": extractor.name, "version": extractor.version}
    size = len(text)
    stamped = []
    for finding in findings:
        if not isinstance(finding, Finding):
            raise ValueError(f"returned {type(finding).__name__}, not a Finding")
        if finding.category not in allowed:
            raise ValueError(f"returned undeclared category {finding.category!r}")
        if not isinstance(finding.span, Span):
            raise ValueError(
                f"span {finding.span!r} is a {type(finding.span).__name__}, not a Span"
            )
        fields = _fields_of(type(finding))
        values = fields.read(finding)
        for value in values:  # the field's name is looked up only for a span out of the text
            if isinstance(value, Span) and value.end > size:
                name = fields.names[next(i for i, v in enumerate(values) if v is value)]
                raise ValueError(f"{name} {value} lies outside the text ({size} chars)")
        if finding.span.of(text) != finding.text:
            raise ValueError(f"text {finding.text!r} does not match its span {finding.span}")
        # Values of the JSON-ready types themselves (the common case) need no look inside.
        if not _PLAIN.issuperset(map(type, values)):
            unencodable = unencodable_field(finding)
            if unencodable is not None:
                raise ValueError(f"{type(finding).__name__} {unencodable}")
        if offset:
            values = _moved_values(values, offset)
        if shared is not None:
            values = tuple([shared.setdefault(v, v) if type(v) in _SHARED else v for v in values])
        # What attrs.evolve does, with the fields read once per finding type.
        arguments = fields.arguments(values)
        arguments.update(stamp)
        stamped.append(type(finding)(**arguments))
    return stamped


_PLAIN = frozenset(JSON_READY)
_SHARED = frozenset((str, Span))  # the field values ``validated`` holds once: immutable


def _moved(value: Any, offset: int) -> Any:
    """A field's value with every span in it moved ``offset`` characters."""
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset)
    if isinstance(value, tuple):
        return tuple(_moved(item, offset) for item in value)
    return value


def _moved_finding(finding: Finding, offset: int) -> Finding:
    if not offset:
        return finding
    fields = _fields_of(type(finding))
    return type(finding)(**fields.arguments(_moved_values(fields.read(finding), offset)))


def _moved_values(values: tuple[Any, ...], offset: int) -> tuple[Any, ...]:
    """A finding's field values with every span in them moved ``offset`` characters; only
    spans and tuples can hold one, so only those are looked into."""
    return tuple([_moved(v, offset) if isinstance(v, _MOVABLE) else v for v in values])


_MOVABLE = (Span, tuple)


def _spans(value: Any) -> Iterator[Span]:
    """Every span a finding (or a field's value) holds."""
    if isinstance(value, Finding):
        for item in _fields_of(type(value)).read(value):
            yield from _spans(item)
    elif isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans(item)


@frozen
class _Fields:
    """A finding type's fields: their names, how to read them all at once, the init
    argument of each ("" for a field ``__init__`` does not take), and whether ``__init__``
    takes them all."""

    names: tuple[str, ...]
    read: Callable[[Finding], tuple[Any, ...]]
    inits: tuple[str, ...]
    every_init: bool = field(init=False)

    @every_init.default
    def _every_init(self) -> bool:
        return "" not in self.inits

    def arguments(self, values: tuple[Any, ...]) -> dict[str, Any]:
        """The init arguments that rebuild a finding of these field ``values``: built in C
        when every field is one (as in every built-in finding), a dict made per finding."""
        if self.every_init:
            return dict(zip(self.inits, values, strict=True))
        return {init: value for init, value in zip(self.inits, values, strict=True) if init}


_FIELDS: dict[type[Finding], _Fields] = {}


def _fields_of(kind: type[Finding]) -> _Fields:
    if kind not in _FIELDS:
        fields = attrs.fields(kind)
        names = tuple(f.name for f in fields)
        # Of several names (a finding has four at least), attrgetter gives a tuple of values.
        read = operator.attrgetter(*names)
        _FIELDS[kind] = _Fields(names, read, tuple(f.alias if f.init else "" for f in fields))
    return _FIELDS[kind]


def _dependency_order(extractors: Sequence[Extractor]) -> tuple[Extractor, ...]:
    producers: dict[str, list[Extractor]] = {}
    for extractor in extractors:
        for category in extractor.categories():
            producers.setdefault(category, []).append(extractor)
    ordered: list[Extractor] = []
    visiting: list[str] = []

    def visit(extractor: Extractor) -> None:
        if extractor in ordered:
            return
        if extractor.name in visiting:
            cycle = [*visiting[visiting.index(extractor.name) :], extractor.name]
            raise PluginError(f"extractors require each other in a cycle: {' -> '.join(cycle)}")
        visiting.append(extractor.name)
        for category in extractor.requires:
            for producer in producers.get(category, ()):
                if producer is not extractor:
                    visit(producer)
        visiting.pop()
        ordered.append(extractor)

    for extractor in extractors:
        visit(extractor)
    return tuple(ordered)
