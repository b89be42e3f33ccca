"""The ``newsparse`` command line: one module per command, gathered here.

A :class:`~newsparse.errors.NewsparseError` (a broken plugin with ``--strict``, a ``requires``
cycle, an unmet requirement) ends any command with a one-line error, never a traceback.
"""

from __future__ import annotations

from typing import Any

import click

from newsparse.cli.evaluate import evaluate
from newsparse.cli.info import demo, plugins
from newsparse.cli.new_plugin import new_plugin
from newsparse.cli.parse import parse
from newsparse.cli.render import render, show
from newsparse.cli.strict import one_line_warnings
from newsparse.errors import NewsparseError


class _Commands(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsparseError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsparse")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn news articles into structured, checkable facts."""
    ctx.with_resource(one_line_warnings())


for command in (demo, evaluate, new_plugin, parse, plugins, render, show):
    main.add_command(command)
