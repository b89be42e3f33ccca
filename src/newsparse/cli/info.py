"""``newsparse demo`` and ``newsparse plugins``: a first look and what is installed."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from newsparse.api import parse as parse_text
from newsparse.cli.output import OutputConsole, show_table
from newsparse.cli.strict import strict_option
from newsparse.pipeline import Pipeline
from newsparse.plugins import default_registry, origin
from newsparse.provenance import provenance
from newsparse.seed import SEED_NAME, seed_text


@click.command(short_help="Run every extractor on the bundled seed article.")
@click.option("--json", "as_json", is_flag=True, help="Print the to_dict() JSON instead.")
@strict_option()
def demo(as_json: bool, strict: bool) -> None:
    """Run every extractor on the bundled seed article and show the findings."""
    document = parse_text(seed_text(), meta={"path": f"seeds/{SEED_NAME}"}, strict=strict)
    if as_json:
        click.echo(json.dumps(document.to_dict(), ensure_ascii=False))
    else:
        show_table(document, OutputConsole(), title=f"newsparse demo: {SEED_NAME}")


@click.command(short_help="List every extractor and every installed plugin.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print newsparse's version, each extractor's version and package, and a digest of "
    "their code, as JSON: what to keep beside a file of findings.",
)
@strict_option()
def plugins(as_json: bool, strict: bool) -> None:
    """List every extractor, and every installed plugin with what it registered.

    Exits with status 1 when the extractors cannot run together (their requirements form a
    cycle).
    """
    registry = default_registry(strict)
    if as_json:
        Pipeline.build(registry.extractors)
        click.echo(json.dumps(provenance(registry.extractors), indent=2))
        return
    console = OutputConsole()
    left_out = registry.left_out()
    table = Table(title="extractors")
    for column in ("extractor", "version", "categories", "requires", "package", "runs"):
        table.add_column(column, overflow="fold")  # names are typed back (-e): never "…"
    for extractor in registry.extractors:
        reason = left_out.get(extractor.name)
        table.add_row(
            extractor.name,
            extractor.version,
            ", ".join(sorted(extractor.categories())),
            ", ".join(extractor.requires) or "-",
            origin(extractor),
            "yes" if reason is None else f"no: {reason}",
        )
    _print_whole(console, table)
    if registry.plugins:
        found = Table(title="installed plugins (entry points)")
        for column in ("plugin", "package", "loads", "registered"):
            found.add_column(column, overflow="fold")
        for status in registry.plugins:
            registered = ", ".join(status.extractors) or f"nothing: {status.problem}"
            found.add_row(status.name, status.package or "-", status.target, registered)
        _print_whole(console, found)
    Pipeline.build(registry.extractors)  # an unmet requirement or a cycle: a one-line error


#: Wider than any table of names: what a table measures when nothing bounds it.
_UNBOUNDED = 10_000


def _print_whole(console: Console, table: Table) -> None:
    """Print the table; into a pipe or a file, as wide as it needs, so that a name a script
    greps for is never broken across lines (rich would fit it to 80 columns)."""
    if not console.is_terminal:
        unbounded = console.options.update_width(_UNBOUNDED)
        measured = Measurement.get(console, unbounded, table).maximum
        console.width = max(console.width, measured)
    console.print(table)
