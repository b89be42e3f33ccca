"""One self-contained HTML page of an article with every finding highlighted.

The page needs no network: its CSS and script are inlined. Each finding is one ``<mark>`` with
``id``, ``data-kind`` (its category) and ``data-span`` (``start-end``), focusable from the
keyboard, its normalized values shown on hover and focus and listed in a side table. A finding cut
by an overlap continues in ``<mark class="finding-part" data-of="ID">`` pieces. A quote's speaker
mention is marked too and linked to its quotes both ways.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from html import escape
from textwrap import shorten

from newsparse.document import Document
from newsparse.findings import Finding, Quote
from newsparse.render.describe import normalized, provenance, summary
from newsparse.render.kinds import BUILTIN_LOOKS, look_of
from newsparse.render.nesting import Mark, nest
from newsparse.render.stylesheet import CSS, SCRIPT
from newsparse.span import Span

_TABLE_TEXT_WIDTH = 80


def render_html(document: Document, *, title: str | None = None) -> str:
    """The whole page as a string; ``title`` defaults to the document's title or path."""
    heading = title or str(document.meta.get("title") or document.meta.get("path") or "Article")
    numbered = [(f"f{number}", finding) for number, finding in enumerate(document.findings, 1)]
    speakers = _speaker_mentions(numbered)
    marks = [_finding_mark(document, own, finding, speakers) for own, finding in numbered]
    marks += [_speaker_mark(document, span, quotes) for span, quotes in speakers.items()]
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
            _side_table(numbered),
            f"</div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        )
    )


def _speaker_mentions(numbered: Iterable[tuple[str, Finding]]) -> dict[Span, list[str]]:
    """Each speaker span with the ids of the quotes attributed to it."""
    mentions: dict[Span, list[str]] = defaultdict(list)
    for own, finding in numbered:
        if isinstance(finding, Quote) and finding.speaker_span is not None:
            mentions[finding.speaker_span].append(own)
    return mentions


def _speaker_id(span: Span) -> str:
    return f"speaker-{span.start}-{span.end}"


def _finding_mark(
    document: Document, own: str, finding: Finding, speakers: dict[Span, list[str]]
) -> Mark:
    look = look_of(finding.category)
    links = [f"row-{own}"]
    if isinstance(finding, Quote) and finding.speaker_span in speakers:
        links.insert(0, _speaker_id(finding.speaker_span))
    attributes = {
        "id": own,
        "class": f"finding {look.css_class}",
        "data-kind": finding.category,
        "data-span": str(finding.span),
        "data-label": f"{look.label} {own[1:]}",
        "data-note": summary(finding),
        "data-links": " ".join(links),
        "tabindex": "0",
        "aria-describedby": f"row-{own}",
    }
    start, end = _clamped(finding.span, document.text)
    part = f'<mark class="finding-part {look.css_class}" data-of="{own}">'
    return Mark(start, end, f"<mark{_attributes(attributes)}>", part, "</mark>")


def _speaker_mark(document: Document, span: Span, quotes: list[str]) -> Mark:
    own = _speaker_id(span)
    numbers = ", ".join(quote[1:] for quote in quotes)
    attributes = {
        "id": own,
        "class": "speaker",
        "data-span": str(span),
        "data-speaker-of": " ".join(quotes),
        "data-links": " ".join(quotes + [f"row-{quote}" for quote in quotes]),
        "data-label": f"speaker of quote {numbers}",
    }
    start, end = _clamped(span, document.text)
    part = f'<span class="speaker-part" data-of="{own}">'
    return Mark(start, end, f"<span{_attributes(attributes)}>", part, "</span>")


def _clamped(span: Span, text: str) -> tuple[int, int]:
    """The span cut to the text, so a stray span can never break the page."""
    return min(span.start, len(text)), min(span.end, len(text))


def _attributes(attributes: dict[str, str]) -> str:
    return "".join(f' {name}="{escape(value, quote=True)}"' for name, value in attributes.items())


def _header(document: Document, heading: str) -> str:
    counts: dict[str, int] = {category: 0 for category in BUILTIN_LOOKS}
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
    return (
        f"<header>\n<h1>{escape(heading)}</h1>\n"
        f"<p>{len(document.findings)} findings by {escape(', '.join(extractors) or 'no extractor')}."
        " Tab through the findings; hover or focus one for its values.</p>\n"
        f"{failures}"
        f'<ul class="legend" aria-label="Legend: kind and count">{legend}</ul>\n</header>\n'
    )


def _side_table(numbered: Iterable[tuple[str, Finding]]) -> str:
    rows = []
    for own, finding in numbered:
        look = look_of(finding.category)
        values = "\n".join(f"{name}: {value}" for name, value in normalized(finding))
        shown = shorten(finding.text, _TABLE_TEXT_WIDTH, placeholder=" …")
        rows.append(
            f'<tr id="row-{own}"><td><a href="#{own}">{own[1:]}</a></td>'
            f'<td><span class="swatch {look.css_class}">{escape(look.label)}</span></td>'
            f"<td>{finding.span}</td><td>{escape(shown)}</td>"
            f'<td class="values">{escape(values)}</td><td>{escape(provenance(finding))}</td></tr>\n'
        )
    return (
        '<aside aria-label="Findings">\n<h2>Findings</h2>\n<table>\n'
        "<thead><tr><th>#</th><th>kind</th><th>span</th><th>text</th><th>values</th>"
        "<th>extractor</th></tr></thead>\n<tbody>\n"
        + "".join(rows)
        + "</tbody>\n</table>\n</aside>\n"
    )
