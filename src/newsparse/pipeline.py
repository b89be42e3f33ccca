"""Running extractors over a document: in dependency order, each failure isolated.

An extractor that raises, or returns findings that break the contract (a span outside the text,
text that does not match its span, a category it did not declare, a field JSON cannot encode),
loses its own findings on that document only:
the document records a :class:`~newsparse.findings.Failure` and an
:class:`~newsparse.errors.ExtractorWarning` is issued, or, with ``strict=True``,
:class:`~newsparse.errors.ExtractorFailed` is raised.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence

import attrs
from attrs import frozen

from newsparse.document import Document
from newsparse.errors import ExtractorFailed, ExtractorWarning, PluginError
from newsparse.extractor import Extractor
from newsparse.findings import JSON_READY, Failure, Finding, unencodable_field
from newsparse.span import Span


@frozen
class Pipeline:
    """Extractors in the order they run. Build one with :meth:`build`; it is cheap to keep."""

    extractors: tuple[Extractor, ...]

    @classmethod
    def build(cls, extractors: Sequence[Extractor]) -> Pipeline:
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
        return cls(_dependency_order(extractors))

    def run(self, document: Document, *, strict: bool = False) -> Document:
        """``document`` with every extractor's findings added, or its failure recorded.

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
        leaves the caller the document as the last finished extractor left it.
        """
        for extractor in self.extractors:
            try:
                findings = validated(extractor, document.text, extractor.extract(document))
            # One extractor's bug must not cost the others, nor its careless sys.exit() the run.
            except (Exception, SystemExit) as error:
                message = f"{type(error).__name__}: {error}"
                if strict:
                    raise ExtractorFailed(extractor.name, message) from error
                warnings.warn(
                    f"extractor {extractor.name!r} failed and was skipped: {message}",
                    ExtractorWarning,
                    stacklevel=3,
                )
                document = document.with_failure(Failure(extractor.name, message))
            else:
                document = document.with_findings(findings)
            yield document


def validated(extractor: Extractor, text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, stamped with the extractor's name and version; ValueError if one is bad."""
    allowed = extractor.categories()
    stamp = {"extractor": extractor.name, "version": extractor.version}
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
        names, arguments = _fields_of(type(finding))
        values = [getattr(finding, name) for name in names]
        plain = True  # every value a JSON-ready scalar: no need to look inside for the message
        for name, value in zip(names, values, strict=True):
            if isinstance(value, Span) and value.end > len(text):
                raise ValueError(f"{name} {value} lies outside the text ({len(text)} chars)")
            plain = plain and isinstance(value, JSON_READY)
        if finding.span.of(text) != finding.text:
            raise ValueError(f"text {finding.text!r} does not match its span {finding.span}")
        unencodable = None if plain else unencodable_field(finding)
        if unencodable is not None:
            raise ValueError(f"{type(finding).__name__} {unencodable}")
        # What attrs.evolve does, with the field list looked up once per finding type.
        given = {
            argument: value for argument, value in zip(arguments, values, strict=True) if argument
        }
        stamped.append(type(finding)(**{**given, **stamp}))
    return stamped


_FIELDS: dict[type[Finding], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _fields_of(kind: type[Finding]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of a finding type's fields, and the init argument of each ("" if none)."""
    if kind not in _FIELDS:
        fields = attrs.fields(kind)
        _FIELDS[kind] = (
            tuple(f.name for f in fields),
            tuple(f.alias if f.init else "" for f in fields),
        )
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
