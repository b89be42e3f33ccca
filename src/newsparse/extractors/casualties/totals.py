"""Document-level casualty figures: one number per kind from the mentions of a whole story.

News repeats its figures (headline, lead, body) and updates them ("the toll rose to 23 from an
earlier 18"); every mention is a claim about the same event, so the figure per kind is the
largest exact count that is not a subset ("including two children"). Where a story counts
people shot and people killed but never the wounded, the wounded are the difference; where it
tells of a death but never counts the dead, one died.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from newsparse.document import Document
from newsparse.findings import Casualty

_OTHERS = re.compile(r"\b(?:else|other|others|further|additional)\b", re.IGNORECASE)


def _largest(findings: Iterable[Casualty], kind: str) -> Casualty | None:
    """The largest exact count of ``kind``; a subset ("one of them died") only when alone."""
    counted = [f for f in findings if f.kind == kind and f.count is not None]
    whole = [f for f in counted if not f.subset] or counted
    return max(whole, key=lambda f: (f.count or 0, -f.span.start), default=None)


def inferred_killed(findings: Iterable[Casualty]) -> Casualty | None:
    """One killed, when the story tells of a death ("a fatal shooting") but never counts the dead.

    The finding sits on the first uncounted death and is marked ``inferred``.
    """
    mentions = [f for f in findings if f.kind == "killed"]
    if any(f.count is not None for f in mentions):
        return None
    uncounted = next((f for f in mentions if f.lower == 1 and f.upper is None), None)
    if uncounted is None:
        return None
    return Casualty(span=uncounted.span, text=uncounted.text, count=1, kind="killed", inferred=True)


def inferred_injured(findings: Iterable[Casualty]) -> Casualty | None:
    """People shot but not killed, when the story gives no count of the wounded itself.

    The finding sits on the largest "shot" mention and is marked ``inferred``.
    """
    mentions = list(findings)
    shot = _largest(mentions, "shot")
    if shot is None:
        return None
    killed = _largest(mentions, "killed")
    injured = _largest(mentions, "injured")
    if any(f.kind == "injured" and f.count == 0 and not _OTHERS.search(f.text) for f in mentions):
        return None  # the story says outright that no one was hurt (not "no one else")
    remainder = (shot.count or 0) - (killed.count or 0 if killed else 0)
    if remainder <= (injured.count or 0 if injured else 0):
        return None
    return Casualty(
        span=shot.span,
        text=shot.text,
        count=remainder,
        kind="injured",
        victims=shot.victims,
        inferred=True,
    )


def casualty_totals(document: Document) -> Mapping[str, int | None]:
    """Per kind found in ``document``, its figure: an exact count, or None when only vague.

    Mentions marked ``past`` (background: "three were injured last year") are not the story's
    event and count only when every mention is past, that is when the story is about them.
    """
    mentions = [f for f in document.casualties if not f.past] or list(document.casualties)
    totals: dict[str, int | None] = {}
    for finding in mentions:
        largest = _largest(mentions, finding.kind)
        totals[finding.kind] = largest.count if largest is not None else None
    return totals
