"""The members of a list of people that share one harm, each spanned through the harm.

"His mother and 10 other people drowned" tells two casualties, 1 and 10, of one verb, and
"killed a woman and five of her children" two, 1 and 5. The extractor reads each member by its
own words, as its rules and the story's figures need the members side by side ("his mother",
"10 other people drowned"); the findings it hands out span each member the way the annotation
guidelines mark a list, from the member's first word through the shared harm ("His mother and
10 other people drowned", "10 other people drowned") or, where the harm comes first, from the
harm through the member ("killed a woman", "killed a woman and five of her children").

:func:`spread` gives those spans, for a list whose members stand apart by a list's join alone;
:func:`apart` reads them back to each member's own words, where the story's figures are worked
out. The two are inverse: a list spread and read apart is the list read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from attrs import evolve

from newsparse.extractors.casualties.grammar import JOIN
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled
from newsparse.span import Span

# What stands between two members of a list: "his mother, stepfather and eight others".
_JOIN = compiled(JOIN, re.IGNORECASE)
# The same join, read back from the member after it.
_JOIN_BEFORE = compiled(rf"{JOIN}\Z", re.IGNORECASE)
# A preposition before a list of people makes it no subject of the harm after it: "shot dead
# by two militants, and a farmer was killed" tells the militants as the killers.
_PREPOSITION_BEFORE = compiled(r"\b(?:by|with|of|for|to|from|among|against)\s+\Z", re.IGNORECASE)
_PREPOSITION_REACH = 10  # characters before a list where its preposition is read

# A list told with "both" before it: its count is the whole list's, not its first member's.
_BOTH = compiled(r"both\b", re.IGNORECASE)

_Key = tuple[Span, str]  # a finding's span and kind


def spread(members: Sequence[Casualty], text: str, *, harm_first: bool) -> dict[_Key, Span]:
    """The span each member of one list takes when spanned through the harm they share.

    ``members`` are the list's findings in order, each over its own words (the first holding a
    harm told before them, the last a harm told after). Members apart by more than a join, or
    ending in a mark that a join may begin with, are left as they are (an empty answer), and so
    is a list after a preposition, which is no subject of the harm after it.
    """
    first = members[0].span.start if members else 0
    if not harm_first and _PREPOSITION_BEFORE.search(
        text, max(0, first - _PREPOSITION_REACH), first
    ):
        return {}
    if len(members) < 2 or not all(
        text[a.span.end - 1].isalnum() and _JOIN.fullmatch(text, a.span.end, b.span.start)
        for a, b in pairwise(members)
    ):
        return {}
    if harm_first:
        start = members[0].span.start
        return {(m.span, m.kind): Span(start, m.span.end) for m in members[1:]}
    end = members[-1].span.end
    return {(m.span, m.kind): Span(m.span.start, end) for m in members[:-1]}


def apart(findings: Iterable[Casualty], text: str) -> list[Casualty]:
    """``findings`` with each list member spread by :func:`spread` back over its own words.

    Members of one kind that share their end (the harm after them) or their start (the harm
    before them), nested one in the next with a join between, are a spread list.
    """
    found = list(findings)
    listed = [f for f in found if not f.inferred]
    if len(listed) < 2:
        return found
    own: dict[Casualty, Span] = {}
    by_end: dict[tuple[str, int], list[Casualty]] = {}
    by_start: dict[tuple[str, int], list[Casualty]] = {}
    for f in listed:
        by_end.setdefault((f.kind, f.span.end), []).append(f)
        by_start.setdefault((f.kind, f.span.start), []).append(f)
    for group in by_end.values():
        group.sort(key=lambda f: f.span.start)
        for wide, inner in pairwise(group):
            if _BOTH.match(wide.text):
                continue  # "Both Bass and the baby were dead" counts the whole list: 2
            join = _JOIN_BEFORE.search(text, wide.span.start, inner.span.start)
            if join is not None and join.start() > wide.span.start:
                own[wide] = Span(wide.span.start, join.start())
    for group in by_start.values():
        group.sort(key=lambda f: f.span.end)
        for inner, wide in pairwise(group):
            join = _JOIN.match(text, inner.span.end, wide.span.end)
            if join is not None and join.end() < wide.span.end:
                own[wide] = Span(join.end(), wide.span.end)
    if not own:
        return found
    return [
        f if f not in own else evolve(f, span=own[f], text=text[own[f].start : own[f].end])
        for f in found
    ]


def widened(finding: Casualty, spans: dict[_Key, Span], text: str) -> Casualty:
    """``finding`` over the span :func:`spread` gave it, if it is a list's member."""
    span = spans.get((finding.span, finding.kind))
    if span is None:
        return finding
    return evolve(finding, span=span, text=text[span.start : span.end])
