"""Where the story between two speakers turns to someone else.

A pronoun credited with a quote ('"...," he said') is taken for the last speaker of its gender,
unless the text has turned to another person since. The plainest sign of that turn is the
narrative itself calling someone 'he' or 'she' outside quoted words: 'The audience listened to
nurse Emily Lyons. She spoke of the victims. "...," she said.' Whoever that narrative pronoun
stands for is the person the story is now about, so the quote's pronoun means them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A third-person subject pronoun of each gender, followed by a word of its clause.
_NARRATIVE_PRONOUN = {
    "m": re.compile(r"(?<![\w’'-])[Hh]e(?=[ \t]+[a-z])"),
    "f": re.compile(r"(?<![\w’'-])[Ss]he(?=[ \t]+[a-z])"),
}


def narrative_pronouns(text: str, start: int, end: int, kind: str) -> Iterator[int]:
    """Where the text between ``start`` and ``end`` calls someone of ``kind`` ('m' or 'f')
    by a subject pronoun, in reading order, read only as far as the caller asks; quoted words
    are the caller's to leave out."""
    pattern = _NARRATIVE_PRONOUN.get(kind)
    if pattern is None or start >= end:
        return iter(())
    return (match.start() for match in pattern.finditer(text, start, end))
