"""``newsparse parse``: files, folders, stdin or JSON Lines in; JSON Lines, a table or Parquet out.

Articles go through :func:`~newsparse.batch.parse_many`, on every core unless ``--jobs`` says
otherwise; output keeps the input order.

A bad record never stops a run: it gets one error line naming ``file:line`` and the rest are
parsed, and so does an article a worker process died on. Exit status: 0 when all went well, 1
when an input could not be read or a worker died (or, with ``--strict``, when any document
carries a failure), 143 after ``SIGTERM`` and 130 after Ctrl-C,
which shut the workers down and end the output after its last whole record, 141 when the output's
reader has gone (see :mod:`newsparse.cli`).
"""

from __future__ import annotations

import gzip
import math
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from types import FrameType
from typing import IO, Any, TypeVar

import click

from newsparse.batch import (
    DEFAULT_TIME_LIMIT,
    TIME_FAILURE,
    parse_many,
)
from newsparse.cli.choosing import extractor_option
from newsparse.cli.output import OutputConsole, show_table, write_jsonl
from newsparse.cli.problems import (
    FailedExtractors,
    Records,
    cannot_write,
    end_of_run,
    print_error,
    print_warning,
    refuse_an_empty_name,
    refuse_writing_over_an_input,
    report_crash,
    report_unreadable,
    where,
)
from newsparse.cli.progress import LogLines, bar_by_default, count_in_background, progress_bar
from newsparse.cli.reading import reading_options
from newsparse.cli.resume import SkipThrough, resume_point
from newsparse.cli.strict import strict_option
from newsparse.document import Document
from newsparse.errors import InputError
from newsparse.inputs import read_inputs
from newsparse.plugins import default_registry
from newsparse.provenance import provenance

Write = Callable[[Document], None]
_Out = TypeVar("_Out")
_TYPING_HINT = (
    "reading an article from the terminal: end it with Ctrl-D "
    "(or give files or folders: newsparse parse --help)"
)


#: The exit statuses of docs/cli.md, where a script's author looks first: ``parse --help``.
_EXIT_STATUS = (
    "Exit status: 0 when every input was read (extractor failures are kept in the output); 1 when "
    "an input problem or an article a worker process died on was named on stderr (the rest is "
    "still parsed), an extractor failed under --strict, or an 'Error:' line stopped the run; 2 "
    "for a usage error; 130 after Ctrl-C, 141 when the output's reader went away (| head), 143 "
    "after SIGTERM."
)


def _seconds(context: click.Context, parameter: click.Parameter, value: float) -> float:
    """``--time-limit``, unless it is NaN, which passes every range check (its comparisons are
    all false) and would end the run later with a traceback."""
    if math.isnan(value):
        raise click.BadParameter("nan is not a number of seconds", context, parameter)
    return value


@click.command(
    short_help="Extract findings from files, folders, JSON Lines or stdin.", epilog=_EXIT_STATUS
)
@click.argument("sources", nargs=-1)
@reading_options
@extractor_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: every core). 1 parses in this process, where a crash in "
    "an extractor's C code ends the run; with workers it costs only its article.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="-",
    callback=refuse_an_empty_name,
    help="Where to write (default: stdout; a file for Parquet; gzip for a name in .gz).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "parquet"]),
    default=None,
    help="JSON Lines, or a Parquet table of findings (needs the parquet extra).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Go on with a run that ended early: append to -o FILE (JSON Lines) after its last "
    "whole document, passing over the articles it holds.",
)
@click.option(
    "--table/--json",
    "table",
    default=None,
    help="Readable table or JSON Lines (default: a table on a terminal).",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0, min_open=True),
    callback=_seconds,
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds one article may take; an extractor still running then is recorded as failed "
    "(inf: no limit).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Refuse a text file or JSON Lines record larger than this (default: no limit).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar with articles/s (default: when stderr is a terminal).",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Print only errors: no progress bar and no warning lines (empty articles, extractors "
    "that failed).",
)
@strict_option(
    "Exit with status 1 if an extractor failed on any article (the run goes on), and stop at "
    "once on a broken plugin."
)
def parse(
    sources: tuple[str, ...],
    jsonl: bool | None,
    text_field: str,
    published_field: str | None,
    published: str | None,
    replace_bad_bytes: bool,
    extractors: tuple[str, ...],
    jobs: int | None,
    output: str,
    output_format: str | None,
    resume: bool,
    table: bool | None,
    time_limit: float,
    max_bytes: int | None,
    progress: bool | None,
    quiet: bool,
    strict: bool,
) -> None:
    """Extract findings from SOURCES (files, folders, or - for stdin; default: stdin)."""
    errors = OutputConsole(stderr=True)
    if output_format == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs a file: -o FILE.parquet")
    if output_format is not None and table:
        raise click.UsageError("--table cannot be combined with --format")
    if resume and (output == "-" or output_format == "parquet" or table):
        raise click.UsageError("--resume goes on with a JSON Lines file: -o FILE.jsonl")
    if quiet and progress:
        raise click.UsageError("--quiet cannot be combined with --progress")
    if resume and _compressed(output):
        raise click.UsageError(
            "--resume appends to an uncompressed file: -o FILE.jsonl, compressed once done"
        )
    sources = sources or ("-",)
    if quiet:
        progress = False
    refuse_writing_over_an_input(sources, output)
    if "-" in sources and sys.stdin.isatty():
        # typed articles: say how to end them, and keep a progress bar from drawing over them
        errors.print(_TYPING_HINT, style="yellow", highlight=False, markup=False)
        progress = False if progress is None else progress
    records = Records(
        read_inputs(
            sources,
            jsonl=jsonl,
            text_field=text_field,
            published_field=published_field,
            max_bytes=max_bytes,
            output=None if output == "-" else output,
            replace_bad_bytes=replace_bad_bytes,
        ),
        errors,
        warn=not quiet,
    )
    todo = SkipThrough(records, resume_point(output) if resume else None)
    try:
        documents = parse_many(
            todo,
            processes=jobs,
            extractors=extractors or None,
            published=published,
            time_limit=time_limit,
        )
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="--published") from None
    failed = FailedExtractors()
    crashes = 0

    def warn(message: str) -> None:
        if not quiet:
            print_warning(errors, message)

    written = 0
    with ExitStack() as stack:
        if output != "-" and output_format != "parquet" and not table and not _compressed(output):

            def say_how_to_go_on(kind: type[BaseException] | None, *_: object) -> None:
                if kind is not None and issubclass(kind, KeyboardInterrupt | _Terminated):
                    resumable = f"{todo.skipped + written} article(s) are in {output}"
                    warn(f"{resumable}: --resume goes on after them")

            stack.push(say_how_to_go_on)  # first in, so said once the output is whole
        stack.callback(documents.close)  # last: the output is whole before the workers go
        stop = stack.enter_context(_signals_end_the_run())
        write, finish = _writer(stack, output, output_format, table, resume, extractors)
        if progress is None:
            progress = bar_by_default(errors, sources, jsonl, output)
        bar = stack.enter_context(progress_bar(errors, progress))
        task = bar.add_task("parse", total=None, rate="-")
        log = LogLines(errors, bar) if progress and not errors.is_terminal else None
        counting = count_in_background(bar, task, sources, jsonl, output) if progress else None
        for parsed, document in enumerate(documents, start=1):
            stop.check()
            records.problems += report_unreadable(document, errors)
            crashes += report_crash(document, errors)
            failed.count(document)
            try:
                with _output_errors(output):
                    write(document)
            except ValueError as error:  # a lone surrogate, a number JSON cannot hold
                records.problems += 1
                reason = error.reason if isinstance(error, UnicodeEncodeError) else error
                print_error(errors, f"{where(document)}: cannot be written: {reason}")
            else:
                written += 1  # counted once its line is out: a signal may land before
            if parsed == 1 and todo.skipped:
                # a resumed run's earlier articles are done, not read at this run's speed: the
                # bar starts from them with a clean clock, or its time left would be near 0
                bar.reset(task, completed=todo.skipped, rate="-")
            elapsed = bar.tasks[0].elapsed or 0
            bar.update(
                task,
                # each counted input: a record (parsed now or by the run resumed) or a problem
                completed=todo.skipped + parsed + records.reported,
                rate=f"{parsed / elapsed:.0f}" if elapsed else "-",
            )
            if log is not None:
                log.tick()
        if counting is not None:
            counting.join()  # the bar ends on its total
        with _output_errors(output):
            finish()  # what is still buffered, written while a failure can still be named
    for extractor, count, _ in failed.items():
        broke = _failed_on(extractor, count)
        if strict:  # the reason the run exits with 1: an error, shown also with --quiet
            print_error(errors, f"{broke} (--strict)")
        else:
            warn(broke)
    end_of_run(errors, records.problems, crashes)
    if records.problems or crashes or (strict and failed):
        sys.exit(1)


def _failed_on(extractor: str, count: int) -> str:
    """The end-of-run line for the articles one extractor, or the time limit, failed on."""
    if extractor == TIME_FAILURE:
        return f"the time limit ran out between two extractors on {count} article(s)"
    return f"{extractor} failed on {count} article(s); see their failures"


class _Terminated(SystemExit):
    """``SIGTERM`` arrived: unwinding shuts the workers down and closes the output whole."""


class _Stop:
    """The signals that end a run: Ctrl-C (``SIGINT``) and ``SIGTERM``.

    Each is raised where it lands, which ends a wait for the workers at once, and raised again
    between two documents: Python drops an exception raised while a finalizer (``__del__``)
    runs, which would let the run go on to its end.
    """

    def __init__(self) -> None:
        self.signum: int | None = None

    def handle(self, signum: int, frame: FrameType | None) -> None:
        self.signum = signum
        self.check()

    def check(self) -> None:
        if self.signum == signal.SIGINT:
            raise KeyboardInterrupt
        if self.signum is not None:
            raise _Terminated(128 + self.signum)


_STOPPING = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _signals_end_the_run() -> Iterator[_Stop]:
    stop = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {signum: signal.signal(signum, stop.handle) for signum in _STOPPING}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def _output_errors(output: str) -> Iterator[None]:
    """A full disk, a quota or an I/O error while writing: a one-line error naming the output.
    (A closed pipe is not an error of the output's: it ends the run quietly, see ``cli``.)"""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise cannot_write("standard output" if output == "-" else output, error) from None


def _enter_output(stack: ExitStack, output: AbstractContextManager[_Out]) -> _Out:
    """Enter the output's context on ``stack``. Once writing has failed, closing it writes what
    is buffered again and fails the same way: that second error is dropped, the first named."""
    opened = output.__enter__()

    def close(kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> bool:
        try:
            return bool(output.__exit__(kind, error, trace))
        except OSError:
            if error is None:
                raise
            return False

    stack.push(close)
    return opened


def _open_text(output: str, append: bool) -> IO[str]:
    """The output as text: gzip-compressed for a name in ``.gz``, as such a name is read."""
    if _compressed(output):
        return gzip.open(output, "wt", encoding="utf-8", compresslevel=6)
    return click.open_file(output, "a" if append else "w", encoding="utf-8")


def _compressed(output: str) -> bool:
    return output != "-" and output.lower().endswith(".gz")


def _writer(
    stack: ExitStack,
    output: str,
    output_format: str | None,
    table: bool | None,
    append: bool,
    extractors: tuple[str, ...],
) -> tuple[Write, Callable[[], None]]:
    """How to write one document, and how to write out what is still buffered at the end."""
    if output_format == "parquet":
        from newsparse.parquet import ParquetWriter

        ran = provenance(default_registry().select(extractors or None))
        try:
            parquet = _enter_output(stack, ParquetWriter(output, provenance=ran))
        except ImportError as error:
            raise click.ClickException(str(error)) from None
        except OSError as error:
            raise cannot_write(output, error) from None
        return parquet.write, parquet.close
    try:
        stream: IO[str] = _enter_output(stack, _open_text(output, append))
    except OSError as error:
        raise cannot_write(output, error) from None
    as_table = stream.isatty() if table is None and output_format is None else bool(table)
    if as_table:
        console = OutputConsole(file=stream)
        return (
            lambda document: show_table(document, console, title=document.meta.get("path")),
            stream.flush,
        )
    return lambda document: write_jsonl(document, stream), stream.flush
