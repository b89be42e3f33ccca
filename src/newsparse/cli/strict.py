"""The ``--strict`` option every command shares, and how the CLI shows newsparse's warnings.

Without ``--strict`` a broken installed plugin is skipped with a one-line warning naming the
package to uninstall, so the other plugins keep working; with it, the command stops with a
one-line error instead.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import click

from newsparse.errors import ExtractorWarning, PluginWarning
from newsparse.plugins import default_registry

_OURS = (PluginWarning, ExtractorWarning)


def _load_plugins(context: click.Context, parameter: click.Parameter, strict: bool) -> bool:
    """Load the plugins as the command will, so a broken one is reported before any work."""
    default_registry(strict)  # a PluginError ends the command as a one-line error (see main)
    return strict


def strict_option(
    help: str = "Stop with an error on a broken plugin or extractor instead of skipping it.",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--strict``: fail on a broken plugin or extractor instead of skipping it with a warning;
    ``help`` says how, where a command fails otherwise (``parse`` at the end of its run)."""
    return click.option("--strict", is_flag=True, callback=_load_plugins, help=help)


@contextmanager
def one_line_warnings() -> Iterator[None]:
    """Show newsparse's own warnings as ``warning: ...`` lines on stderr, each once."""

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if issubclass(category, _OURS):
            click.echo(f"warning: {message}", err=True)
        else:
            original(message, category, filename, lineno, file, line)

    with warnings.catch_warnings():
        original = warnings.showwarning
        warnings.showwarning = show
        yield
