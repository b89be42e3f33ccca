"""``newsparse.parse``: one article in, one :class:`~newsparse.document.Document` out."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from newsparse.document import Document
from newsparse.errors import InputError
from newsparse.pipeline import WINDOW, Pipeline
from newsparse.plugins import (
    STEERING_VARIABLES,
    Registry,
    default_registry,
    refuse_a_lone_string,
)


def parse(
    text: str,
    published: dt.date | str | None = None,
    *,
    extractors: Sequence[str] | None = None,
    meta: Mapping[str, Any] | None = None,
    strict: bool = False,
    window: int | None = WINDOW,
) -> Document:
    """Run the extractors over ``text`` and return the document with its findings.

    :param published: the publication date (``date``, ``datetime`` or ISO string); datelines
        and relative dates are resolved against it.
    :param extractors: names of the extractors to run (default: all installed and not disabled
        by ``NEWSPARSE_DISABLE``). The producers of the categories they ``require`` run too,
        first; a requirement no available extractor produces raises
        :class:`~newsparse.errors.PluginError` naming it.
    :param meta: JSON-ready source metadata kept on the document (an id, a URL...).
    :param strict: fail instead of skipping: raise :class:`~newsparse.errors.ExtractorFailed`
        instead of recording a failing extractor on the document, and
        :class:`~newsparse.errors.PluginError` instead of skipping a broken installed plugin.
    :param window: a longer text is read in windows of at most this many characters, cut at
        paragraph breaks, so memory stays bounded (see :mod:`newsparse.pipeline` for what a
        window cannot see); None reads every text whole. No real article comes near the default.
    :raises PluginError: for an unknown extractor name, an unmet requirement or a ``requires``
        cycle.
    """
    if not isinstance(text, str):
        raise InputError(f"parse() takes the article as str, got {type(text).__name__}")
    document = Document(text, published=published, meta=meta or {})
    return parse_document(document, extractors=extractors, strict=strict, window=window)


def parse_document(
    document: Document,
    *,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    window: int | None = WINDOW,
) -> Document:
    """:func:`parse` for a document built already: what it holds (failures, and the extractors
    that ran on it, too) is kept."""
    refuse_a_lone_string(extractors)
    names = tuple(extractors) if extractors is not None else None
    chosen = pipeline(default_registry(strict), names, _steering())
    if window != chosen.window:
        chosen = attrs.evolve(chosen, window=window)
    return chosen.run(document, strict=strict)


@cache
def pipeline(
    registry: Registry, names: tuple[str, ...] | None = None, steering: tuple[str | None, ...] = ()
) -> Pipeline:
    """The pipeline for a selection of extractors (all by default), built once per selection.

    ``steering`` holds the environment variables the default selection reads, so changing
    ``NEWSPARSE_DISABLE`` or ``NEWSPARSE_PREFER`` mid-process builds a new pipeline, as does
    :func:`newsparse.plugins.reload`, which gives a new ``registry``.
    """
    return Pipeline.build(registry.select(names))


def _steering() -> tuple[str | None, ...]:
    return tuple(os.environ.get(name) for name in STEERING_VARIABLES)
