"""Run a parser over corpus files and add up the per-record scores.

The parser is a parameter (default: ``newsparse.parse``, imported only when needed), so
the evaluator runs before the extractors exist and can score other libraries too.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newsparse.evaluation.corpora import corpus_name, read_records
from newsparse.evaluation.report import TASKS, CorpusReport, Miss, Report
from newsparse.evaluation.scoring import RecordScore, score_record

#: ``parse(text, published=...)`` returning an object with ``to_dict()`` or a dict.
Parser = Callable[..., Any]


def _default_parser() -> Parser:
    from newsparse import parse  # lazy: the evaluator must import without the extractors

    result: Parser = parse
    return result


def predict(parse: Parser, record: Mapping[str, Any]) -> dict[str, Any]:
    """The prediction dict for one record; ``published`` is passed as the ISO string."""
    result = parse(record["text"], published=record.get("published"))
    as_dict = result.to_dict() if hasattr(result, "to_dict") else result
    if not isinstance(as_dict, Mapping):
        raise TypeError(f"parse returned {type(result).__name__}, not a dict-like document")
    return dict(as_dict)


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=not enabled,
    )


def evaluate_records(
    name: str,
    records: Sequence[Mapping[str, Any]],
    parse: Parser,
    *,
    errors: int = 0,
    progress: Progress | None = None,
    tasks: Collection[str] | None = None,
) -> CorpusReport:
    """Score ``records`` with ``parse``; keep the first ``errors`` misses of each task.

    A record whose parse raises is scored as an empty prediction and counted in
    ``crashes`` (its exception is shown among the misses), so one bad article costs
    recall instead of the whole run. ``tasks`` (default: all) limits the tasks scored, for a
    parser that runs only some extractors.
    """
    totals: dict[str, Any] = dict.fromkeys(TASKS)
    kept: dict[str, list[Miss]] = {t: [] for t in (*TASKS, "crash")}
    crashes = 0
    bar = progress.add_task(name, total=len(records)) if progress is not None else None
    start = time.perf_counter()
    for record in records:
        try:
            prediction = predict(parse, record)
        except Exception as exc:
            crashes += 1
            prediction = {}
            if len(kept["crash"]) < errors:
                kept["crash"].append(
                    Miss(
                        "crash",
                        type(exc).__name__,
                        str(record.get("id")),
                        "",
                        str(exc)[:200],
                        record["text"][:80],
                    )
                )
        if tasks is not None:
            record = {**record, "tasks": [t for t in record.get("tasks") or () if t in tasks]}
        scored: RecordScore = score_record(record, prediction)
        for task in TASKS:
            score = getattr(scored, task)
            if score is not None:
                totals[task] = score if totals[task] is None else totals[task] + score
        for miss in scored.misses:
            if len(kept[miss.task]) < errors:
                kept[miss.task].append(miss)
        if progress is not None and bar is not None:
            progress.advance(bar)
    seconds = time.perf_counter() - start
    missed = tuple(m for t in (*TASKS, "crash") for m in kept[t])
    return CorpusReport(
        name=name, records=len(records), seconds=seconds, crashes=crashes, errors=missed, **totals
    )


def evaluate(
    paths: Iterable[str | os.PathLike[str]],
    parse: Parser | None = None,
    *,
    errors: int = 0,
    limit: int | None = None,
    progress: bool | None = None,
    tasks: Collection[str] | None = None,
) -> Report:
    """Score every corpus file in ``paths`` (first ``limit`` records of each if given).

    Progress goes to stderr, by default only when stderr is a terminal. ``tasks`` limits the
    tasks scored, as in :func:`evaluate_records`.
    """
    parser = parse if parse is not None else _default_parser()
    show = sys.stderr.isatty() if progress is None else progress
    reports: list[CorpusReport] = []
    with _progress(show) as bar:
        for path in paths:
            records: list[dict[str, Any]] = []
            for record in read_records(path):
                if limit is not None and len(records) >= limit:
                    break
                records.append(record)
            reports.append(
                evaluate_records(
                    corpus_name(path), records, parser, errors=errors, progress=bar, tasks=tasks
                )
            )
    return Report(tuple(reports))


def empty_parse(text: str, published: str | None = None) -> dict[str, Any]:
    """A parser that finds nothing: the floor every real parser must beat."""
    return {
        "text": text,
        "published": published,
        "dateline": None,
        "money": [],
        "casualties": [],
        "quotes": [],
        "dates": [],
        "failures": [],
    }
