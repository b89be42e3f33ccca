"""The JSON contract: :class:`Document` to plain dicts and back.

``to_dict`` gives the shape of the corpora's gold (``dateline`` an object or None, every other
category a list, ``failures`` a list) and says which extractors ran (``extractors``): a category is
listed, found or not, exactly when an extractor producing it ran, so an empty list means "ran and
found nothing", never "not run". ``from_dict`` reverses it, so results round-trip through JSON; a
dict written before ``extractors`` was recorded reads back as a document that does not know what
ran (``Document.extractors`` None), which lists every category, as such dicts did.
A :class:`~decimal.Decimal` is written as a JSON number when a float holds it exactly (an integer,
``2.5``), else as a string of its digits (``"0.08333333333333333333333333333"`` for 8-1/3 cents,
``"9.9E+5003"`` for an integer too long for JSON), so no value changes on the way.
Finding classes are looked up by category among the built-ins and the loaded plugins' classes.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar, cast

import attrs

from newsparse.document import Document, in_text_order
from newsparse.errors import InputError
from newsparse.findings import ExtractorRun, Failure, Finding
from newsparse.plugins import known_finding_types
from newsparse.span import Span

F = TypeVar("F", bound=Finding)

#: Top-level keys of the contract, and the category of failure rows in tables (Parquet, Dask);
#: no plugin category may take one.
RESERVED = frozenset({"text", "published", "meta", "extractors", "failures", "failure"})
#: The built-in categories, in the order they are listed (a plugin's follow).
LISTED_FIRST = ("dateline", "money", "casualties", "quotes", "dates")
SINGLE = frozenset({"dateline"})


def document_to_dict(document: Document) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": document.text,
        "published": document.published.isoformat() if document.published else None,
        "meta": dict(document.meta),
        "extractors": _runs_to_list(document.extractors),
    }
    for category in listed_categories(document):
        out[category] = None if category in SINGLE else []
    for finding in document.findings:
        item = finding_to_dict(finding)
        if finding.category in SINGLE:
            out[finding.category] = out.get(finding.category) or item
        else:
            out.setdefault(finding.category, []).append(item)
    out["failures"] = [{"extractor": f.extractor, "error": f.error} for f in document.failures]
    return out


def listed_categories(document: Document) -> list[str]:
    """The categories ``to_dict`` lists even when empty, in a fixed order: those of the
    extractors that ran on ``document``; every installed one when that is not known."""
    order = known_categories()
    if document.extractors is None:
        return order
    ran = dict.fromkeys(category for run in document.extractors for category in run.categories)
    return [category for category in order if category in ran] + [
        category for category in ran if category not in order
    ]


def known_categories() -> list[str]:
    """Every category of the built-ins and the installed plugins, in the order listed."""
    return list(dict.fromkeys((*LISTED_FIRST, *(cls.category for cls in known_finding_types()))))


def _runs_to_list(runs: tuple[ExtractorRun, ...] | None) -> list[dict[str, Any]] | None:
    if runs is None:
        return None
    return [{"name": r.name, "version": r.version, "categories": list(r.categories)} for r in runs]


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        field.name: _encode(getattr(finding, field.name)) for field in attrs.fields(type(finding))
    }


def document_from_dict(
    data: Mapping[str, Any], finding_types: Iterable[type[Finding]] | None = None
) -> Document:
    """Rebuild a document; ``finding_types`` defaults to the built-ins and loaded plugins'.

    Raises :class:`~newsparse.errors.InputError` naming the part that cannot be read
    (``money[2]: ...``), as a hand-edited or merged file is where most such dicts come from.
    """
    if not isinstance(data, Mapping):
        raise InputError(f"not a document: expected an object, got {_kind(data)}")
    if not isinstance(data.get("text"), str):
        got = f"{_kind(data['text'])} 'text'" if "text" in data else "no 'text'"
        raise InputError(f"not a document: expected a string 'text', got {got}")
    classes = {cls.category: cls for cls in finding_types or known_finding_types()}
    findings: list[Finding] = []
    for key, value in data.items():
        if key in RESERVED or value is None:
            continue
        if key not in classes:
            raise InputError(f"no finding type is known for category {key!r}")
        if key in SINGLE:
            findings.append(_finding(key, classes[key], value, data["text"]))
            continue
        if not isinstance(value, list):
            raise InputError(f"{key}: expected a list of findings, got {_kind(value)}")
        for number, item in enumerate(value):
            findings.append(_finding(f"{key}[{number}]", classes[key], item, data["text"]))
    failures = []
    for number, item in enumerate(data.get("failures") or ()):
        with _reading(f"failures[{number}]"):
            failures.append(Failure(item["extractor"], item["error"]))
    return Document(
        data["text"],
        published=data.get("published"),
        meta=data.get("meta") or {},
        findings=sorted(findings, key=in_text_order),
        failures=failures,
        extractors=_runs_from(data.get("extractors")),
    )


def _runs_from(value: Any) -> list[ExtractorRun] | None:
    """The ``extractors`` of a document dict; None (not known) for one written without it."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise InputError(f"extractors: expected a list of extractors, got {_kind(value)}")
    runs = []
    for number, item in enumerate(value):
        with _reading(f"extractors[{number}]"):
            categories = item["categories"]
            if not isinstance(categories, list):
                raise TypeError(f"categories: expected a list, got {_kind(categories)}")
            runs.append(ExtractorRun(item["name"], item["version"], categories))
    return runs


def _finding(where: str, cls: type[F], item: Any, text: str) -> F:
    """One finding, which must lie where its text is in the document's text."""
    with _reading(where):
        finding = finding_from_dict(cls, item)
    if finding.span.end > len(text) or finding.span.of(text) != finding.text:
        raise InputError(
            f"{where}: its text {finding.text!r} is not what its span {finding.span} holds "
            "in the document's text"
        )
    return finding


@contextmanager
def _reading(where: str) -> Iterator[None]:
    """Name the part of a document dict whose reading failed, in one :class:`InputError`."""
    try:
        yield
    except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError) as error:
        raise InputError(f"{where} cannot be read: {type(error).__name__}: {error}") from None


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def finding_from_dict(cls: type[F], item: Mapping[str, Any]) -> F:
    hints = _field_types(cast(Any, cls))
    return cls(
        **{name: _decode(hints[name], value) for name, value in item.items() if name in hints}
    )


def _int_fits_json(value: Decimal) -> bool:
    """Whether Python will write the integer ``value`` as text: longer ones go as strings."""
    limit = sys.get_int_max_str_digits()
    return limit == 0 or value.adjusted() < limit


def _encode(value: Any) -> Any:
    if isinstance(value, Span):
        return value.to_list()
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and _int_fits_json(value):
            return int(value)
        return float(value) if Decimal(repr(float(value))) == value else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if Span in options:
        return Span(*value)
    if Decimal in options:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError(f"expected a number, got {value!r}")
        try:
            return Decimal(str(value))
        except ArithmeticError:  # decimal.InvalidOperation says only "ConversionSyntax"
            raise ValueError(f"{value!r} is not a number") from None
    if dt.date in options:
        return dt.date.fromisoformat(value)
    if isinstance(value, list):
        return tuple(value)
    return value


@cache
def _field_types(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)
