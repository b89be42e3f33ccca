"""``newsparse render`` and ``newsparse show``: an article with its findings marked, as a page or
in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

import click
from rich.console import Console

from newsparse.api import parse as parse_text
from newsparse.document import Document
from newsparse.errors import InputError, PluginError
from newsparse.inputs import InputProblem, read_inputs
from newsparse.render.html import render_html
from newsparse.render.terminal import render_terminal


def _article_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The ARTICLE argument and the parse options both commands share."""
    for option in reversed(
        (
            click.argument("article"),
            click.option(
                "--published", default=None, help="Publication date (YYYY-MM-DD) of the article."
            ),
            click.option(
                "-e",
                "--extractor",
                "extractors",
                multiple=True,
                help="Run only this extractor (repeatable).",
            ),
        )
    ):
        command = option(command)
    return command


def _parsed(article: str, published: str | None, extractors: tuple[str, ...]) -> Document:
    """ARTICLE (a UTF-8 text file, or - for stdin) parsed, or a clean CLI error."""
    record = next(iter(read_inputs((article,), jsonl=False)))
    if isinstance(record, InputProblem):
        raise click.ClickException(str(record))
    try:
        return parse_text(
            record.text, published=published, extractors=extractors or None, meta=record.meta
        )
    except (InputError, PluginError) as error:
        raise click.ClickException(str(error)) from None


@click.command()
@_article_options
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write the HTML page (default: stdout).",
)
def render(
    article: str, published: str | None, extractors: tuple[str, ...], output: TextIO
) -> None:
    """Write ARTICLE (a text file, or - for stdin) as one self-contained HTML page, findings marked."""
    output.write(render_html(_parsed(article, published, extractors)))


@click.command()
@_article_options
def show(article: str, published: str | None, extractors: tuple[str, ...]) -> None:
    """Show ARTICLE (a text file, or - for stdin) in the terminal with its findings marked."""
    render_terminal(_parsed(article, published, extractors), Console())
