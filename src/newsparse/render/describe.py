"""A finding's normalized values in words, for tooltips, side tables and the terminal.

Generic over the attrs fields, so a plugin's finding is described without any code of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import attrs
from attrs import frozen

from newsparse.findings import Finding, Quote, ReportedSpeech
from newsparse.span import Span

_NOT_VALUES = frozenset({"span", "text", "extractor", "version"})


@frozen
class Description:
    """What a finding says beyond its text (``values``) and who found it (``by``)."""

    values: tuple[tuple[str, str], ...]
    by: str

    @property
    def lines(self) -> str:
        """One ``field: value`` per line, for a table cell."""
        return "\n".join(f"{name}: {value}" for name, value in self.values)

    @property
    def note(self) -> str:
        """Everything on one line, for a tooltip."""
        values = "; ".join(f"{name}: {value}" for name, value in self.values)
        return f"{values} · by {self.by}" if values else f"by {self.by}"


def describe(finding: Finding) -> Description:
    """Every set field beyond spans, text and provenance, shown readably, and the extractor."""
    values: list[tuple[str, str]] = []
    for field in attrs.fields(type(finding)):
        value = getattr(finding, field.name)
        if field.name in _NOT_VALUES or value is None or value is False or value == "":
            continue
        if isinstance(value, Span):  # where, not what: the page already shows it
            continue
        values.append((field.name, _show(value)))
    return Description(tuple(values), provenance(finding))


def speaker_span(finding: Finding) -> Span | None:
    """Where the speaker of a quote or of reported speech is named, if anywhere."""
    return finding.speaker_span if isinstance(finding, Quote | ReportedSpeech) else None


def speaker_mentions(findings: Iterable[Finding]) -> dict[Span, list[int]]:
    """Each speaker mention's span with the numbers (1-based, text order) of what it said."""
    mentions: dict[Span, list[int]] = {}
    for number, finding in enumerate(findings, 1):
        if (span := speaker_span(finding)) is not None:
            mentions.setdefault(span, []).append(number)
    return mentions


def provenance(finding: Finding) -> str:
    """The extractor's name and version, or ``unknown`` for a finding the pipeline never stamped."""
    return " ".join(part for part in (finding.extractor, finding.version) if part) or "unknown"


def clip(text: str, width: int = 80) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, Decimal):
        return f"{value:,f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:,f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
