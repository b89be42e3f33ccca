"""The table of contents of a folder of rendered articles: one row per page, in input order."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from attrs import frozen

from newsparse.render.controls import printable

_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem}"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;"
    "border-bottom:1px solid #ccc;vertical-align:top}td.n{text-align:right}.failed{color:#a40000}"
)


@frozen
class Entry:
    """One rendered article: its page's file name, heading, origin and what was found."""

    page: str
    heading: str
    source: str
    findings: int
    failures: int


def render_index(entries: Iterable[Entry], *, title: str) -> str:
    """The index page linking every entry's page, with its count of findings and failures;
    titles are shown through :func:`printable`, as on the article pages."""
    title = printable(title)
    rows = "".join(
        f'<tr><td class="n">{number}</td><td><a href="{escape(entry.page)}">'
        f"{escape(printable(entry.heading))}</a></td><td>{escape(entry.source)}</td>"
        f'<td class="n">{entry.findings}</td>'
        f'<td class="n{" failed" if entry.failures else ""}">{entry.failures}</td></tr>\n'
        for number, entry in enumerate(entries, 1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>newsparse: {escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n<table>\n<thead><tr><th>#</th><th>article</th>"
        "<th>source</th><th>findings</th><th>failures</th></tr></thead>\n<tbody>\n"
        f"{rows}</tbody>\n</table>\n</body>\n</html>\n"
    )
