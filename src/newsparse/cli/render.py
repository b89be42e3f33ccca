"""``newsparse render`` and ``newsparse show``: articles with their findings marked, as pages or
in the terminal.

Both read their input as ``parse`` does (a text file, a JSON Lines file, a folder of them, or
``-``) and show every article in it. ``render`` writes one article as one page (a file, or
stdout); several articles, or an existing folder as ``-o``, give a folder of pages, one per
article, and an ``index.html`` listing them. A bad record gets one error line naming
``file:line`` and the others are shown; the exit status is then 1.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any

import click

from newsparse.api import parse_document
from newsparse.batch import to_document
from newsparse.cli.choosing import extractor_option
from newsparse.cli.output import OutputConsole
from newsparse.cli.problems import (
    FailedExtractors,
    Records,
    cannot_write,
    end_of_run,
    print_warning,
    refuse_an_empty_name,
    refuse_writing_over_an_input,
    report_unreadable,
    where,
)
from newsparse.cli.reading import reading_options
from newsparse.cli.strict import strict_option
from newsparse.document import Document, to_date
from newsparse.errors import ExtractorFailed, ExtractorWarning, NewsparseError
from newsparse.inputs import read_inputs
from newsparse.render.html import render_html
from newsparse.render.index import Entry, render_index
from newsparse.render.terminal import render_terminal

INDEX = "index.html"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _article_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The ARTICLE argument and the parse options both commands share."""
    for option in reversed(
        (
            click.argument("article"),
            reading_options,
            extractor_option,
            strict_option(
                "Stop with an error naming the article when an extractor fails on it, instead "
                "of showing the failure, and on a broken plugin."
            ),
        )
    ):
        command = option(command)
    return command


class _Articles(Iterator[Document]):
    """The parsed articles of ARTICLE, in order; bad records are reported and counted."""

    def __init__(
        self,
        article: str,
        reading: dict[str, Any],
        published: str | None,
        extractors: tuple[str, ...],
        strict: bool,
    ) -> None:
        try:
            self._published = to_date(published)
        except NewsparseError as error:
            raise click.BadParameter(str(error), param_hint="--published") from None
        self._errors = OutputConsole(stderr=True)
        self._records = Records(read_inputs((article,), **reading), self._errors)
        self._extractors = extractors or None
        self._strict = strict
        self._unreadable = 0
        self._failed = FailedExtractors()

    @property
    def problems(self) -> int:
        """Inputs that could not be read, whole or in part (a bad date)."""
        return self._unreadable + self._records.problems

    def __next__(self) -> Document:
        read = to_document(next(self._records), self._published)
        self._unreadable += report_unreadable(read, self._errors)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ExtractorWarning)  # counted, said at the end
                document = parse_document(read, extractors=self._extractors, strict=self._strict)
        except ExtractorFailed as error:
            raise click.ClickException(f"{where(read)}: {error}") from None
        self._failed.count(document)
        return document

    def finish(self) -> None:
        """Say how many articles each broken extractor failed on; name the count of bad inputs
        and exit with status 1 if there were any."""
        for extractor, count, first in self._failed.items():
            print_warning(
                self._errors,
                f"{extractor} failed on {count} article(s), each showing its failure "
                f"(the first: {first})",
            )
        end_of_run(self._errors, self.problems)
        if self.problems:
            raise click.exceptions.Exit(1)


@click.command(short_help="Write each article as an HTML page with its findings marked.")
@_article_options
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    default="-",
    callback=refuse_an_empty_name,
    help="Where to write: a file for one article (default: stdout); a folder for several, or "
    "for one when it exists or ends in /.",
)
def render(
    article: str,
    published: str | None,
    extractors: tuple[str, ...],
    strict: bool,
    output: str,
    **reading: Any,
) -> None:
    """Write each article of ARTICLE (a text or JSON Lines file, a folder, or - for stdin) as a
    self-contained HTML page, findings marked. One article is one page; several, or an existing
    folder as -o, give a folder with a page per article and an index.html."""
    refuse_writing_over_an_input((article,), output)
    articles = _Articles(article, reading, published, extractors, strict)
    first = list(islice(articles, 2))
    if len(first) == 1 and not _names_a_folder(output):
        _write(output, render_html(first[0]))
    elif first:
        if output == "-":
            raise click.UsageError(
                f"{article} holds several articles: give -o FOLDER for a page each and an {INDEX}"
            )
        _write_folder(Path(output), chain(first, articles), title=article)
    elif not articles.problems:
        raise click.ClickException(f"{article}: no article in it")
    articles.finish()


def _names_a_folder(output: str) -> bool:
    """An existing folder, or a path written with a trailing slash ('pages/')."""
    return Path(output).is_dir() or output.endswith(("/", os.sep))


def _write(output: str, page: str) -> None:
    try:
        with click.open_file(output, "w", encoding="utf-8") as stream:
            stream.write(page)
    except OSError as error:
        raise cannot_write(output, error) from None


def _write_folder(folder: Path, documents: Iterator[Document], *, title: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise cannot_write(folder, error) from None
    entries = []
    for number, document in enumerate(documents, 1):
        source = where(document)
        heading = str(document.meta.get("title") or document.meta.get("id") or source)
        page = _page_name(number, document)
        _write(str(folder / page), render_html(document, title=heading))
        entries.append(Entry(page, heading, source, len(document.findings), len(document.failures)))
    _write(str(folder / INDEX), render_index(entries, title=title))


def _page_name(number: int, document: Document) -> str:
    """``0007-<id, title or file name>.html``: numbered for input order, readable, safe."""
    meta = document.meta
    label = meta.get("id") or meta.get("title")
    if not label:
        label = Path(str(meta.get("path", "article"))).name
        label += f"-{meta['line']}" if "line" in meta else ""
    return f"{number:04d}-{_UNSAFE.sub('-', str(label)).strip('-.')[:60] or 'article'}.html"


@click.command(short_help="Show each article in the terminal with its findings marked.")
@_article_options
def show(
    article: str, published: str | None, extractors: tuple[str, ...], strict: bool, **reading: Any
) -> None:
    """Show each article of ARTICLE (a text or JSON Lines file, a folder, or - for stdin) in the
    terminal with its findings marked."""
    articles = _Articles(article, reading, published, extractors, strict)
    console = OutputConsole()
    for document in articles:
        # a record's title is whatever its JSON holds (a list, a number): shown as text
        heading = str(document.meta.get("title") or where(document))
        render_terminal(document, console, title=heading)
    articles.finish()
