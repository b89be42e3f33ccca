"""``newsparse parse``: files, folders, stdin or JSON Lines in; JSON Lines (or a table) out."""

from __future__ import annotations

import sys
from typing import TextIO

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsparse.api import parse as parse_text
from newsparse.cli.output import show_table, write_jsonl
from newsparse.errors import InputError
from newsparse.inputs import InputProblem, read_inputs


@click.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--jsonl/--text",
    "jsonl",
    default=None,
    help="Read inputs as JSON Lines or as plain text (default: by file suffix).",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="JSON Lines field holding the article text.",
)
@click.option(
    "--published-field",
    default="published",
    show_default=True,
    help="JSON Lines field holding the publication date.",
)
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for text inputs.")
@click.option(
    "-e", "--extractor", "extractors", multiple=True, help="Run only this extractor (repeatable)."
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write JSON Lines (default: stdout).",
)
@click.option(
    "--table/--json",
    "table",
    default=None,
    help="Readable table or JSON Lines (default: a table on a terminal).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal).",
)
def parse(
    sources: tuple[str, ...],
    jsonl: bool | None,
    text_field: str,
    published_field: str,
    published: str | None,
    extractors: tuple[str, ...],
    output: TextIO,
    table: bool | None,
    progress: bool | None,
) -> None:
    """Extract findings from SOURCES (files, folders, or - for stdin; default: stdin)."""
    errors = Console(stderr=True)
    as_table = output.isatty() if table is None else table
    show_progress = errors.is_terminal if progress is None else progress
    records = read_inputs(
        sources or ("-",), jsonl=jsonl, text_field=text_field, published_field=published_field
    )
    problems = 0
    with Progress(
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
        console=errors,
        disable=not show_progress,
    ) as bar:
        task = bar.add_task("parse", total=None, rate="-")
        for record in records:
            if isinstance(record, InputProblem):
                problems += 1
                errors.print(f"[red]error:[/] {record}", highlight=False, soft_wrap=True)
                continue
            try:
                document = parse_text(
                    record.text,
                    published=record.published or published,
                    extractors=extractors or None,
                    meta=record.meta,
                )
            except InputError as error:
                problems += 1
                errors.print(
                    f"[red]error:[/] {record.meta.get('path', '?')}: {error}", soft_wrap=True
                )
                continue
            if as_table:
                show_table(document, Console(file=output), title=record.meta.get("path"))
            else:
                write_jsonl(document, output)
            bar.advance(task)
            elapsed = bar.tasks[0].elapsed or 0
            bar.update(task, rate=f"{bar.tasks[0].completed / elapsed:.0f}" if elapsed else "-")
    if problems:
        errors.print(f"{problems} input(s) could not be read", style="yellow")
        sys.exit(1)
