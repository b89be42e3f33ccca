"""Arrests told by their act noun: one arrest is one person arrested. A counted plural is read
with the other harm nouns (``HARM_NOUNS``: "4,400 arrests", "two arrests have been made"); here
an arrest made with no number: one ("Police made an arrest", "officers made another arrest",
"Second arrest made in Tabor Street slaying", the headline "Arrest made in birthday party
shooting"). A bare plural made ("Arrests were made") is left out: as often a rate ("arrests were
made in more than 60 percent of murders") or a claim as one event's arrests (dev sets: 1 right, 2
wrong).

Kept out: an arrest not made, wanted or foreseen ("no arrest has been made", "close to making an
arrest", "hope to make an arrest"), and a person's record, which counts times, not people ("his
12 prior arrests", "three previous arrests": :func:`a_record`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extractors.casualties.gates import INTENT, negated_before
from newsparse.extractors.casualties.grammar import FLAGS
from newsparse.regex_cache import compiled

_MADE = r"(?:has\s+been\s+|have\s+been\s+|had\s+been\s+|was\s+|were\s+)?made\b"
_ONE = r"(?:an|another|one|a\s+(?:second|third|fourth|fifth|new|further|first))"
# "made an arrest", "have made another arrest": the one arrest after a form of "make".
_MADE_ONE = compiled(
    rf"\b(?:made|makes|make|making)\s+(?P<who>{_ONE}\s+arrest)\b(?!\s+warrant)", FLAGS
)
# "An arrest was made", "Second arrest made in", "Arrest made in": a headline's bare noun opens
# its line.
_ONE_MADE = compiled(
    rf"(?P<who>(?:\b{_ONE}\s+|(?<![\w\s,;:-])|\b(?:second|third|fourth|fifth|first)\s+)arrest)\s+{_MADE}",
    FLAGS,
)
_RULES = (_MADE_ONE, _ONE_MADE)
_NEAR = compiled(r"\b(?:close|closer|near|nearer)\s+to\s+$", FLAGS)  # "close to making an arrest"


def arrests_made(sentence: str, low: str) -> Iterator[tuple[int, int]]:
    """Each arrest made with no number written: its person's start and end in ``sentence``."""
    if "arrest" not in low or ("made" not in low and "mak" not in low):
        return  # the cheap test
    for rule in _RULES:
        for match in rule.finditer(sentence):
            at = match.start()
            before = max(0, at - 24)
            if (
                negated_before(sentence, at)
                or INTENT.search(sentence, before, at)
                or _NEAR.search(sentence, before, at)
            ):
                continue
            yield match.start("who"), match.end("who")


# A record's words before counted arrests: a person's ("his 12 arrests") or a past one's ("three
# prior arrests").
_OWNER = compiled(r"\b(?:his|her)\s+$", FLAGS)
_RECORD = compiled(r"\b(?:prior|previous|past|earlier)\b", FLAGS)


def a_record(sentence: str, count: re.Match[str]) -> bool:
    """Whether counted arrests (``count``: its ``who`` the number, its ``harm`` the noun) are a
    person's record rather than people arrested."""
    return (
        _OWNER.search(sentence, max(0, count.start() - 8), count.start()) is not None
        or _RECORD.search(sentence, count.end("who"), count.start("harm")) is not None
    )
