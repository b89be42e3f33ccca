"""``-e NAME``, shared by every command that runs the extractors: which of them to run.

Its help says what users asked about: that the extractors producing what a chosen one requires
run too (``-e money`` also runs ``datelines``), that a named one runs even when
``NEWSPARSE_DISABLE`` switches it off, and where the names are listed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def extractor_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``-e/--extractor NAME`` (repeatable), passed as ``extractors``."""
    return click.option(
        "-e",
        "--extractor",
        "extractors",
        multiple=True,
        metavar="NAME",
        help="Run only this extractor and those producing what it requires (repeatable; "
        "runs even if NEWSPARSE_DISABLE names it; newsparse plugins lists the names).",
    )(command)
