"""How ``newsparse parse`` shows how far a run is: a bar on a terminal, a line every
:data:`LOG_EVERY` seconds in a log file, and the total counted while the first articles are parsed,
so the bar can tell the time left.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from newsparse.inputs import count_articles, reads_as_jsonl


def bar_by_default(
    errors: Console, sources: tuple[str, ...], jsonl: bool | None, output: str
) -> bool:
    """A progress bar when stderr is a terminal, unless the findings are printed on the terminal
    too (they show the progress, and a bar would be drawn among them) or the input is one text
    file (one article: done before a bar could say anything)."""
    one_article = (
        len(sources) == 1 and os.path.isfile(sources[0]) and not reads_as_jsonl(sources[0], jsonl)
    )
    return errors.is_terminal and not (output == "-" and sys.stdout.isatty()) and not one_article


def progress_bar(errors: Console, show: bool) -> Progress:
    """``parsing ━━━━━━━ 1200/5000 310 articles/s 0:00:04 0:00:12 left`` on ``errors``; a
    disabled one, drawing nothing, unless ``show``."""
    return Progress(
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
        _TimeLeft(),
        console=errors,
        disable=not show,
    )


#: Seconds between two progress lines on a stderr that is not a terminal.
LOG_EVERY = 30.0


class LogLines:
    """The progress as a line every ``every`` seconds, for a stderr that is not a terminal (a
    batch job's log file): there rich draws its bar only once, at the end, so a run of hours
    would say nothing of how far it is until it is done.

    ``parsing: 1200/5000 articles, 310 articles/s, 0:00:04 elapsed, 0:00:12 left``
    """

    def __init__(self, errors: Console, bar: Progress, every: float | None = None) -> None:
        self._errors = errors
        self._bar = bar
        self._every = LOG_EVERY if every is None else every
        self._next = time.monotonic() + self._every

    def tick(self) -> None:
        if time.monotonic() < self._next:
            return
        self._next = time.monotonic() + self._every
        task = self._bar.tasks[0]
        total = "?" if task.total is None else f"{task.total:.0f}"
        line = f"parsing: {task.completed:.0f}/{total} articles, {task.fields['rate']} articles/s"
        line += f", {_clock(task.elapsed)} elapsed"
        if task.total is not None and task.time_remaining is not None:
            line += f", {_clock(task.time_remaining)} left"
        self._errors.print(line, highlight=False, markup=False, soft_wrap=True)


def _clock(seconds: float | None) -> str:
    return str(dt.timedelta(seconds=int(seconds or 0)))


class _TimeLeft(TimeRemainingColumn):
    """``0:01:30 left`` once the total is known; nothing before."""

    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text("")
        left = super().render(task)
        left.append(" left")
        return left


def count_in_background(
    bar: Progress, task: TaskID, sources: tuple[str, ...], jsonl: bool | None, output: str
) -> threading.Thread:
    """Count the articles of files, folders and patterns while they are read, and give the bar
    its total (so the time left) when done; stdin leaves it unknown."""

    def count() -> None:
        try:
            total = count_articles(sources, jsonl=jsonl, output=None if output == "-" else output)
        except OSError:  # a folder that cannot be walked: reading names it
            return
        if total is not None:
            bar.update(task, total=total)

    counting = threading.Thread(target=count, name="newsparse-count", daemon=True)
    counting.start()
    return counting
