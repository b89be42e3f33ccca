"""newsparse: turn news articles into structured, checkable facts.

>>> import newsparse
>>> doc = newsparse.parse("LONDON, March 3 (Reuters) - ...", published="2021-03-03")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse.api import parse
from newsparse.document import Document
from newsparse.errors import (
    ExtractorFailed,
    ExtractorWarning,
    InputError,
    NewsparseError,
    PluginError,
    PluginWarning,
)
from newsparse.extractor import Extractor
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
from newsparse.hookspecs import hookimpl
from newsparse.span import Span

if TYPE_CHECKING:
    from newsparse.batch import parse_many

__all__ = [
    "Casualty",
    "DateMention",
    "Dateline",
    "Document",
    "Extractor",
    "ExtractorFailed",
    "ExtractorRun",
    "ExtractorWarning",
    "Failure",
    "Finding",
    "InputError",
    "Money",
    "NewsparseError",
    "PluginError",
    "PluginWarning",
    "Quote",
    "Span",
    "__version__",
    "hookimpl",
    "parse",
    "parse_many",
]


def __getattr__(name: str) -> Any:
    # parse_many brings in multiprocessing and the input readers, which a process that only
    # calls parse() never needs: they are imported on first use, off the start-up path.
    if name == "parse_many":
        from newsparse.batch import parse_many

        return parse_many
    if name == "__version__":
        from importlib.metadata import version

        return version("newsparse")
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
