"""The annotated article in the terminal: the text with findings styled and numbered, then a table.

Every finding's style comes with a ``[kind N]`` label right after it, so kinds are told apart by
text as well as colour; the numbers match the table rows (and the HTML page's).

Article text never reaches the terminal raw: it goes in as rich ``Text`` (so ``[bold]`` is shown,
not read as markup) with every control character but newline and tab shown as U+FFFD, so an escape
sequence in a story cannot move the cursor, retitle the window or recolour the terminal.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsparse.document import Document
from newsparse.render.controls import printable
from newsparse.render.describe import describe, speaker_mentions
from newsparse.render.kinds import SPEAKER, look_of
from newsparse.render.ran import what_ran
from newsparse.span import Span

_LABEL_STYLE = "dim"


def render_terminal(document: Document, console: Console, *, title: str | None = None) -> None:
    """Print the annotated text, the legend and the table of findings to ``console``."""
    heading = title or str(document.meta.get("title") or document.meta.get("path") or "article")
    console.rule(Text(printable(heading)), style="dim")
    console.print(annotated_text(document), soft_wrap=False)
    console.rule(style="dim")
    console.print(_legend(document))
    if document.findings:
        console.print(_table(document))
    if (ran := what_ran(document)) is not None:
        console.print(Text(printable(ran), style="dim"))
    for failure in document.failures:
        failed = f"failed: {failure.extractor}: {failure.error}"
        console.print(Text(printable(failed), style="bold red"))


def annotated_text(document: Document) -> Text:
    """The article as rich ``Text``: each finding styled, and labelled ``[kind N]`` at its end."""
    text = printable(document.text)
    styled: list[tuple[Span, str, str]] = []
    for number, finding in enumerate(document.findings, 1):
        look = look_of(finding.category)
        styled.append((finding.span, look.terminal_style, f"[{look.label} {number}]"))
    for span, numbers in speaker_mentions(document.findings).items():
        label = f"[{SPEAKER.label} of {', '.join(map(str, numbers))}]"
        styled.append((span, SPEAKER.terminal_style, label))
    labels = sorted(
        ((min(span.end, len(text)), label) for span, _, label in styled), key=lambda x: x[0]
    )
    positions = [position for position, _ in labels]
    shifts = [0, *accumulate(len(label) for _, label in labels)]
    out = Text()
    done = 0
    for position, label in labels:
        out.append(text[done:position])
        out.append(label, style=_LABEL_STYLE)
        done = position
    out.append(text[done:])
    for span, style, _ in styled:
        start = min(span.start, len(text))
        end = min(span.end, len(text))
        # A label at a finding's start belongs to an earlier finding; one at its end, to itself.
        new_start = start + shifts[bisect_right(positions, start)]
        new_end = end + shifts[bisect_left(positions, end)]
        out.stylize(style, new_start, max(new_start, new_end))
    return out


def _legend(document: Document) -> Text:
    legend = Text("legend: ")
    categories = dict.fromkeys(finding.category for finding in document.findings)
    for category in categories:
        look = look_of(category)
        legend.append(f" {look.label} ", style=look.terminal_style)
        legend.append(" ")
    legend.append(f" {SPEAKER.label} ", style=SPEAKER.terminal_style)
    return legend


def _table(document: Document) -> Table:
    table = Table(show_lines=False)
    for column in ("#", "kind", "span", "text", "values", "extractor"):
        table.add_column(column, overflow="fold")
    for number, finding in enumerate(document.findings, 1):
        look = look_of(finding.category)
        description = describe(finding)
        table.add_row(
            str(number),
            Text(look.label, style=look.terminal_style),
            str(finding.span),
            Text(printable(" ".join(finding.text.split()))),  # Text: words are never markup
            Text(printable(description.lines)),
            Text(printable(description.by)),
        )
    return table
