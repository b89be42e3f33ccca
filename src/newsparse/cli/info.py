"""``newsparse demo`` and ``newsparse plugins``: a first look and what is installed."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from newsparse.api import parse as parse_text
from newsparse.cli.output import show_table
from newsparse.plugins import default_registry, origin
from newsparse.seed import SEED_NAME, seed_text


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the to_dict() JSON instead.")
def demo(as_json: bool) -> None:
    """Run every extractor on the bundled seed article and show the findings."""
    document = parse_text(seed_text(), meta={"path": f"seeds/{SEED_NAME}"})
    if as_json:
        click.echo(json.dumps(document.to_dict(), ensure_ascii=False))
    else:
        show_table(document, Console(), title=f"newsparse demo: {SEED_NAME}")


@click.command()
def plugins() -> None:
    """List every extractor with its version, categories and the package it came from."""
    table = Table()
    for column in ("extractor", "version", "categories", "requires", "package"):
        table.add_column(column)
    for extractor in default_registry().extractors:
        table.add_row(
            extractor.name,
            extractor.version,
            ", ".join(sorted(extractor.categories())),
            ", ".join(extractor.requires) or "-",
            origin(extractor),
        )
    Console().print(table)
