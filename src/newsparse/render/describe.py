"""A finding's normalized values in words, for tooltips, side tables and the terminal.

Generic over the attrs fields, so a plugin's finding is described without any code of its own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from newsparse.findings import Finding
from newsparse.span import Span

_NOT_VALUES = frozenset({"span", "text", "extractor", "version"})


def normalized(finding: Finding) -> list[tuple[str, str]]:
    """``(field, shown value)`` for every set field beyond spans, text and provenance."""
    shown: list[tuple[str, str]] = []
    for field in attrs.fields(type(finding)):
        value = getattr(finding, field.name)
        if field.name in _NOT_VALUES or value is None or value is False or value == "":
            continue
        if isinstance(value, Span):  # where, not what: the page already shows it
            continue
        shown.append((field.name, _show(value)))
    return shown


def summary(finding: Finding) -> str:
    """One line: the normalized values, then who found it."""
    values = "; ".join(f"{name}: {value}" for name, value in normalized(finding))
    return " · ".join(part for part in (values, f"by {provenance(finding)}") if part)


def provenance(finding: Finding) -> str:
    """The extractor's name and version, or ``unknown`` for a finding the pipeline never stamped."""
    return " ".join(part for part in (finding.extractor, finding.version) if part) or "unknown"


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
