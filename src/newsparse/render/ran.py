"""Which extractors ran on a document, in one line for each view of it (the ``parse`` table,
``show``, the HTML page): with ``-e casualties``, an empty list of quotes must not read as "no
quote found" when quotes were never looked for."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.serialize import known_categories, listed_categories


def what_ran(document: Document) -> str | None:
    """``ran: datelines 0.2.0, money 0.2.0; nothing found: dateline; not looked for:
    casualties, quotes, dates, reported_speech``, or None when the document does not record
    what ran."""
    if document.extractors is None:
        return None
    ran = ", ".join(f"{run.name} {run.version}" for run in document.extractors) or "nothing"
    looked_for = listed_categories(document)
    found = {finding.category for finding in document.findings}
    empty = [category for category in looked_for if category not in found]
    skipped = [category for category in known_categories() if category not in looked_for]
    return "; ".join(
        part
        for part in (
            f"ran: {ran}",
            f"nothing found: {', '.join(empty)}" if empty else "",
            f"not looked for: {', '.join(skipped)}" if skipped else "",
        )
        if part
    )
