"""The ``newsparse`` command line: the commands' modules (``info`` holds ``demo`` and ``plugins``,
``render`` holds ``render`` and ``show``) gathered here; the other modules are the parts they
share (reading input, choosing extractors, reporting problems, output, progress, ``--resume``,
``--strict``).

A :class:`~newsparse.errors.NewsparseError` (a broken plugin with ``--strict``, a ``requires``
cycle, an unmet requirement) ends any command with a one-line error, never a traceback.

Exit statuses are those of ``docs/cli.md``: 0, 1 for an input or run problem, 2 for a usage
error, and 128 plus the signal's number when a signal ends the run, as a shell reports it. Ctrl-C
(130) and a reader that went away (141, ``| head -1``) would otherwise both end in click's 1,
which a script could not tell from bad input.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from newsparse.cli.evaluate import evaluate
from newsparse.cli.info import demo, plugins
from newsparse.cli.new_plugin import new_plugin
from newsparse.cli.parse import parse
from newsparse.cli.render import render, show
from newsparse.cli.strict import one_line_warnings
from newsparse.errors import NewsparseError

#: Exit status after Ctrl-C: 128 + SIGINT.
INTERRUPTED = 130
#: Exit status when the output's reader has gone (a closed pipe): 128 + SIGPIPE.
PIPE_CLOSED = 141


class _Commands(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsparseError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            # the command's cleanup has run: its output ends after the last whole record
            click.echo("\nAborted!", err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None
        except BrokenPipeError:
            _quiet_closed_pipes()
            raise click.exceptions.Exit(PIPE_CLOSED) from None


def _quiet_closed_pipes() -> None:
    """Point stdout and stderr at the null device: nobody reads them now, and what is still
    buffered in them would otherwise raise again as Python exits."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for stream in (sys.stdout, sys.stderr):
            try:
                os.dup2(devnull, stream.fileno())
            except (OSError, ValueError):  # no file descriptor behind it (a test's capture)
                continue
    finally:
        os.close(devnull)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsparse")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn news articles into structured, checkable facts."""
    ctx.with_resource(one_line_warnings())


for command in (demo, evaluate, new_plugin, parse, plugins, render, show):
    main.add_command(command)
