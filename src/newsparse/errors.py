"""The newsparse error family.

Every error subclasses :class:`NewsparseError` and a builtin, so callers can catch either way
(``except newsparse.PluginError`` or ``except ValueError``).
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class InputError(NewsparseError, ValueError):
    """An argument or input record newsparse cannot read (a bad date, a bad JSON line)."""


class PluginError(NewsparseError, RuntimeError):
    """A plugin or extractor that cannot be loaded or chosen: a bad declaration, a duplicate name,
    a ``requires`` cycle, a requirement nothing produces. Without ``strict``, a broken installed
    plugin is skipped with a :class:`PluginWarning` instead."""


class ExtractorFailed(NewsparseError, RuntimeError):
    """An extractor raised or returned findings that break the contract (``strict=True`` only)."""

    def __init__(self, extractor: str, error: str) -> None:
        super().__init__(f"extractor {extractor!r} failed: {error}")
        self.extractor = extractor
        self.error = error


class ExtractorWarning(UserWarning):
    """Issued when an extractor fails and its findings are dropped, the others' kept."""


class PluginWarning(UserWarning):
    """Issued when an installed plugin is skipped or registers nothing, or an extractor cannot run
    because what it requires is switched off; the message says which package to fix or uninstall."""
