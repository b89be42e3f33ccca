"""``newsparse evaluate``: score the extractors against hand-annotated gold corpora."""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

import click

from newsparse.cli.choosing import extractor_option
from newsparse.cli.problems import FailedExtractors
from newsparse.document import Document
from newsparse.errors import ExtractorWarning
from newsparse.evaluation.corpora import (
    CorpusError,
    corpus_files,
    is_corpus_file,
    resolve_corpora_dir,
)
from newsparse.evaluation.report import TASKS
from newsparse.evaluation.runner import Parser
from newsparse.evaluation.runner import evaluate as run_evaluation


def _corpus_paths(corpora: tuple[str, ...]) -> list[Path]:
    """Files as given, folders expanded to their corpus files, nothing -> the corpora folder."""
    if not corpora:
        folder = resolve_corpora_dir()
        if folder is None:
            raise click.UsageError(
                "no corpus given: name gold files or folders (newsparse evaluate gold.jsonl; "
                "the format is docs/gold-format.md), or set NEWSPARSE_CORPORA to a folder of them"
            )
        corpora = (str(folder),)
    paths: list[Path] = []
    for given in corpora:
        if not given:  # Path("") is the working folder: an unset variable would score it all
            raise CorpusError("'': an empty name names no corpus file or folder")
        path = Path(given)
        try:
            is_folder = path.is_dir()
        except OSError as error:  # a name too long for the system
            raise CorpusError(f"{given}: {error.strerror or error}") from None
        if is_folder:
            paths += corpus_files(path)
        elif is_corpus_file(path):
            paths.append(path)
        elif not path.exists():  # an input problem, as in parse, not a misused command
            raise CorpusError(f"{given}: no such file or folder")
        else:
            raise click.BadParameter(
                f"not a .jsonl or .jsonl.gz file or a folder: {given}", param_hint="CORPORA"
            )
    if not paths:
        raise click.UsageError(f"no .jsonl or .jsonl.gz corpus found in {', '.join(corpora)}")
    return paths


def _tasks_of(extractors: tuple[str, ...]) -> frozenset[str]:
    """The gold tasks the named extractors produce: the only ones worth scoring."""
    from newsparse.plugins import default_registry

    registry = default_registry()
    produced = frozenset().union(*(registry.get(name).categories() for name in extractors))
    tasks = produced & frozenset(TASKS)
    if not tasks:
        raise click.BadParameter(
            f"{', '.join(extractors)} {'produces' if len(extractors) == 1 else 'produce'} none "
            f"of the scored tasks ({', '.join(TASKS)})",
            param_hint="-e",
        )
    return tasks


@click.command(short_help="Score the extractors against gold corpora: P/R/F1 per task.")
@click.argument("corpora", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--errors",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Show the first N misses of each task, with context.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N records."
)
@extractor_option
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: when stderr is a terminal).",
)
def evaluate(
    corpora: tuple[str, ...],
    as_json: bool,
    errors: int,
    limit: int | None,
    extractors: tuple[str, ...],
    progress: bool | None,
) -> None:
    """Score newsparse against hand-annotated gold CORPORA and print P/R/F1 per task.

    CORPORA are .jsonl or .jsonl.gz files in the gold format, or folders of them (default:
    $NEWSPARSE_CORPORA). Each article is scored on the tasks its record lists; every finding
    newsparse makes counts, including casualty kinds the gold has no column for, which are
    listed apart.
    """
    from newsparse.api import parse  # the evaluator itself does not need the extractors

    chosen: Parser = functools.partial(parse, extractors=list(extractors)) if extractors else parse
    failed = FailedExtractors()

    def counted(text: str, published: str | None = None) -> Document:
        document: Document = chosen(text, published=published)
        failed.count(document)
        return document

    tasks = _tasks_of(extractors) if extractors else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ExtractorWarning)  # counted, and said at the end
            report = run_evaluation(
                _corpus_paths(corpora),
                counted,
                errors=errors,
                limit=limit,
                progress=progress,
                tasks=tasks,
            )
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.to_json() if as_json else report.to_markdown(), nl=not as_json)
    for extractor, count, first in failed.items():
        click.echo(
            f"warning: {extractor} failed on {count} record(s), scored as finding nothing there "
            f"(the first: {first})",
            err=True,
        )
