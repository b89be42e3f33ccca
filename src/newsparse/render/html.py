"""One self-contained HTML page of an article with every finding highlighted.

The page needs no network: its CSS and script are inlined. Each finding is one ``<mark>`` with
``id``, ``data-kind`` (its category) and ``data-span`` (``start-end``), focusable from the
keyboard, its normalized values shown on hover and focus and listed in a side table. A finding cut
by an overlap continues in ``<mark class="finding-part" data-of="ID">`` pieces. A quote's speaker
mention is marked too and linked to its quotes both ways.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from newsparse.document import Document
from newsparse.findings import Finding
from newsparse.render.controls import printable
from newsparse.render.describe import (
    Description,
    clip,
    describe,
    provenance,
    speaker_mentions,
    speaker_span,
)
from newsparse.render.kinds import BUILTIN_LOOKS, look_of
from newsparse.render.nesting import Mark, nest
from newsparse.render.ran import what_ran
from newsparse.render.stylesheet import CSS, SCRIPT
from newsparse.serialize import listed_categories
from newsparse.span import Span


def render_html(document: Document, *, title: str | None = None) -> str:
    """The whole page as a string; ``title`` defaults to the document's title or path (its
    control characters and bidi overrides shown as U+FFFD, as in the terminal)."""
    heading = printable(
        title or str(document.meta.get("title") or document.meta.get("path") or "Article")
    )
    numbered = [(f"f{number}", finding) for number, finding in enumerate(document.findings, 1)]
    descriptions = [describe(finding) for finding in document.findings]
    speakers = speaker_mentions(document.findings)
    marks = [
        _finding_mark(document, own, finding, description, speakers)
        for (own, finding), description in zip(numbered, descriptions, strict=True)
    ]
    marks += [_speaker_mark(document, span, numbers) for span, numbers in speakers.items()]
    body = nest(document.text, marks, lambda chunk: escape(chunk, quote=False))
    return "".join(
        (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>newsparse: {escape(heading)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            _header(document, heading),
            '<div class="layout">\n<article class="text" aria-label="Article text">',
            body,
            "</article>\n",
            _side_table(numbered, descriptions),
            f"</div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        )
    )


def _speaker_id(span: Span) -> str:
    return f"speaker-{span.start}-{span.end}"


def _finding_mark(
    document: Document,
    own: str,
    finding: Finding,
    description: Description,
    speakers: dict[Span, list[int]],
) -> Mark:
    look = look_of(finding.category)
    links = f"row-{own}"
    if (span := speaker_span(finding)) in speakers:
        links = f"{_speaker_id(span)} {links}"
    # Ids, classes and spans are made here and safe; only words from outside are escaped.
    head = (
        f'<mark id="{own}" class="finding {look.css_class}"'
        f' data-kind="{escape(finding.category)}" data-span="{finding.span}"'
        f' data-label="{escape(look.label)} {own[1:]}" data-note="{escape(description.note)}"'
        f' data-links="{links}" tabindex="0" aria-describedby="row-{own}">'
    )
    part = f'<mark class="finding-part {look.css_class}" data-of="{own}">'
    return Mark(*_clamped(finding.span, document.text), head, part, "</mark>")


def _speaker_mark(document: Document, span: Span, numbers: list[int]) -> Mark:
    own = _speaker_id(span)
    quotes = [f"f{number}" for number in numbers]
    rows = " ".join(f"row-{quote}" for quote in quotes)
    head = (
        f'<span id="{own}" class="speaker" data-span="{span}"'
        f' data-speaker-of="{" ".join(quotes)}" data-links="{" ".join(quotes)} {rows}"'
        f' data-label="speaker of quote {", ".join(map(str, numbers))}">'
    )
    part = f'<span class="speaker-part" data-of="{own}">'
    return Mark(*_clamped(span, document.text), head, part, "</span>")


def _clamped(span: Span, text: str) -> tuple[int, int]:
    """The span cut to the text, so a stray span can never break the page."""
    return min(span.start, len(text)), min(span.end, len(text))


def _header(document: Document, heading: str) -> str:
    # only the kinds looked for: a count of 0 of a kind never looked for would read as "none"
    looked_for = listed_categories(document)
    counts = {category: 0 for category in (*BUILTIN_LOOKS, *looked_for) if category in looked_for}
    for finding in document.findings:
        counts[finding.category] = counts.get(finding.category, 0) + 1
    legend = "".join(
        f'<li><span class="swatch {look_of(category).css_class}">{escape(look_of(category).label)}'
        f"</span> {count}</li>"
        for category, count in counts.items()
    )
    extractors = sorted({provenance(finding) for finding in document.findings})
    failures = "".join(
        f'<p class="failures">Failed: {escape(failure.extractor)}: {escape(failure.error)}</p>'
        for failure in document.failures
    )
    ran = what_ran(document)
    return (
        f"<header>\n<h1>{escape(heading)}</h1>\n"
        f"<p>{len(document.findings)} findings by {escape(', '.join(extractors) or 'no extractor')}."
        " Tab through the findings; hover or focus one for its values.</p>\n"
        + (f'<p class="ran">{escape(ran[0].upper() + ran[1:])}.</p>\n' if ran else "")
        + f"{failures}"
        f'<ul class="legend" aria-label="Legend: kind and count">{legend}</ul>\n</header>\n'
    )


def _side_table(
    numbered: Iterable[tuple[str, Finding]], descriptions: Iterable[Description]
) -> str:
    rows = []
    for (own, finding), description in zip(numbered, descriptions, strict=True):
        look = look_of(finding.category)
        rows.append(
            f'<tr id="row-{own}"><td><a href="#{own}">{own[1:]}</a></td>'
            f'<td><span class="swatch {look.css_class}">{escape(look.label)}</span></td>'
            f"<td>{finding.span}</td><td>{escape(clip(finding.text))}</td>"
            f'<td class="values">{escape(description.lines)}</td><td>{escape(description.by)}</td>'
            "</tr>\n"
        )
    return (
        '<aside aria-label="Findings">\n<h2>Findings</h2>\n<table>\n'
        "<thead><tr><th>#</th><th>kind</th><th>span</th><th>text</th><th>values</th>"
        "<th>extractor</th></tr></thead>\n<tbody>\n"
        + "".join(rows)
        + "</tbody>\n</table>\n</aside>\n"
    )
