"""How the CLI shows documents: JSON Lines for machines, a readable table for people."""

from __future__ import annotations

import errno
import json
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsparse.document import Document
from newsparse.render.controls import printable
from newsparse.render.ran import what_ran
from newsparse.serialize import finding_to_dict

_SHOWN_FIELDS = ("span", "text", "extractor", "version")


class OutputConsole(Console):
    """A rich console whose reader going away ends the command as any other closed output does
    (quietly, status 141; see :mod:`newsparse.cli`), where rich would exit with status 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "the output's reader has gone")


def write_jsonl(document: Document, stream: IO[str]) -> None:
    stream.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")


def show_table(document: Document, console: Console, title: str | None = None) -> None:
    """One row per finding: category, span, text and its normalized fields; under it, the
    extractors that ran and the categories they found nothing of, so an empty table reads as
    "ran and found nothing", not "not run".

    Every cell is plain ``Text``: article words are never read as rich markup (``[/]`` would
    raise, ``[bold]`` vanish) and their control characters never reach the terminal.
    """
    table = Table(title=Text(printable(title)) if title else None, show_lines=False)
    for column in ("category", "span", "text", "fields"):
        table.add_column(column, overflow="fold")
    for finding in document.findings:
        data = finding_to_dict(finding)
        fields = ", ".join(
            f"{k}={v}"
            for k, v in data.items()
            if k not in _SHOWN_FIELDS and v is not None and v is not False
        )
        cells = (finding.category, str(finding.span), _clip(finding.text), fields)
        table.add_row(*(Text(printable(cell)) for cell in cells))
    console.print(table)
    ran = what_ran(document)
    if ran is not None:
        console.print(Text(printable(ran), style="dim"))
    for failure in document.failures:
        failed = f"failed: {failure.extractor}: {failure.error}"
        console.print(Text(printable(failed), style="bold red"))


def _clip(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
