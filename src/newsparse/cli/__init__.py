"""The ``newsparse`` command line: one module per command, gathered here."""

from __future__ import annotations

import click

from newsparse.cli.evaluate import evaluate
from newsparse.cli.info import demo, plugins
from newsparse.cli.parse import parse
from newsparse.cli.render import render, show


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsparse")
def main() -> None:
    """Turn news articles into structured, checkable facts."""


for command in (demo, evaluate, parse, plugins, render, show):
    main.add_command(command)
