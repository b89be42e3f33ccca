"""How the commands report bad input: one ``error:`` line on stderr per problem, counted, so a
run goes on with the rest and ends with status 1; a ``warning:`` line for input read as it is
but most likely not what was meant (an empty file), which leaves the status alone. An article
whose worker process died is an ``error:`` line too: unlike an extractor's failure, which keeps
the other extractors' findings, it leaves the article with none at all."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import click
from rich.console import Console

from newsparse.batch import INPUT_FAILURE, WORKER_FAILURE
from newsparse.document import Document
from newsparse.inputs import InputWarning, Item, Record


class Records(Iterator[Record]):
    """The records of :func:`~newsparse.inputs.read_inputs`; each problem is printed at once
    and counted in ``problems`` and ``reported`` by what it stands for (a file, or lines of
    one), as :func:`~newsparse.inputs.count_articles` counts it. ``reported`` leaves out the
    problems found after reading (a bad date, an unwritable document), which ``problems``
    also counts. Warnings are printed unless ``warn`` is false (``--quiet``)."""

    def __init__(self, items: Iterable[Item], errors: Console, warn: bool = True) -> None:
        self._items = iter(items)
        self._errors = errors
        self._warn = warn
        self.problems = 0
        self.reported = 0

    def __next__(self) -> Record:
        for item in self._items:
            if isinstance(item, Record):
                return item
            if isinstance(item, InputWarning):
                if self._warn:
                    print_warning(self._errors, str(item))
                continue
            self.problems += item.count
            self.reported += item.count
            print_error(self._errors, str(item))
        raise StopIteration


#: The failures named one by one as a run goes, as errors: not counted again at its end.
NAMED_AS_THEY_COME = frozenset({INPUT_FAILURE, WORKER_FAILURE})


class FailedExtractors:
    """How many documents each extractor failed on, and its first error, for the lines a
    command ends with: a warning per document would flood stderr on a long run, each error
    reading a little differently (a span past the end of each text). Unreadable inputs and
    dead workers are named one by one as the run goes, so they are not counted."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[int, str]] = {}

    def count(self, document: Document) -> None:
        for failure in document.failures:
            if failure.extractor not in NAMED_AS_THEY_COME:
                count, first = self._seen.get(failure.extractor, (0, failure.error))
                self._seen[failure.extractor] = (count + 1, first)

    def __bool__(self) -> bool:
        return bool(self._seen)

    def items(self) -> list[tuple[str, int, str]]:
        """(extractor, documents it failed on, its first error), in name order."""
        return [(name, count, first) for name, (count, first) in sorted(self._seen.items())]


def print_error(errors: Console, message: str) -> None:
    """``error: message``, the message as plain text (never markup) on one line."""
    errors.print("[red]error:[/] ", end="")
    errors.print(message, highlight=False, soft_wrap=True, markup=False)


def print_warning(errors: Console, message: str) -> None:
    """``warning: message`` in yellow, as plain text on one line."""
    errors.print(
        f"warning: {message}", style="yellow", highlight=False, soft_wrap=True, markup=False
    )


def report_unreadable(document: Document, errors: Console) -> int:
    """Print each part of a record that could not be read (a bad date); the record is kept."""
    problems = [f for f in document.failures if f.extractor == INPUT_FAILURE]
    for failure in problems:
        print_error(errors, f"{where(document)}: {failure.error.removeprefix('InputError: ')}")
    return len(problems)


def report_crash(document: Document, errors: Console) -> int:
    """Name the article if a worker process died on it; 1 if it did, else 0."""
    if not any(f.extractor == WORKER_FAILURE for f in document.failures):
        return 0
    print_error(
        errors,
        f"{where(document)}: a worker process died parsing it (a crash in an extractor's C code, "
        "or out of memory): written with no findings",
    )
    return 1


def where(document: Document) -> str:
    """Where the document came from: ``path:line`` for JSON Lines, else its path or id."""
    meta = document.meta
    place = meta.get("path") or meta.get("id") or "?"
    return f"{place}:{meta['line']}" if "line" in meta else str(place)


def end_of_run(errors: Console, problems: int, crashes: int = 0) -> None:
    """The closing counts of input problems and of articles a worker died on, if any."""
    if problems:
        errors.print(f"{problems} input problem(s), named above", style="yellow")
    if crashes:
        errors.print(f"a worker process died on {crashes} article(s), named above", style="yellow")


def cannot_write(path: str | os.PathLike[str], error: OSError) -> click.ClickException:
    """The one-line error for an output the system refused, with its reason in words."""
    return click.ClickException(f"cannot write {os.fspath(path)}: {error.strerror or error}")


def refuse_an_empty_name(context: click.Context, parameter: click.Parameter, value: str) -> str:
    """``-o ''`` (an unset shell variable, most likely) is a usage error: ``render`` would write
    its pages into the working folder, which ``Path("")`` names, and ``parse`` fail to open it."""
    if value == "":
        raise click.BadParameter("an empty name names no file or folder", context, parameter)
    return value


def refuse_writing_over_an_input(sources: tuple[str, ...], output: str) -> None:
    """Refuse an output that is also an input: writing it would destroy the articles (``parse``
    would read it emptied, without a word; ``render`` would write a page over the article)."""
    if output == "-" or not os.path.isfile(output):
        return
    for source in sources:
        if source != "-" and os.path.isfile(source) and os.path.samefile(source, output):
            raise click.UsageError(
                f"{output} is both an input and the output: writing it would destroy the input"
            )
