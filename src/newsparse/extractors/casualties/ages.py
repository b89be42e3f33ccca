"""One victim told again by their age: "an accidental shooting has killed a 16-year-old ...
the shooting critically injured a 16-year-old" is one death, not a death and a wound.

News names a victim by age before the name is released, and retells a death by the wound or
the hospital trip that came before it. A person shot or hurt, told by the same age as a person
the story tells killed, is that person: where :func:`.dedupe.named_dead` matches the dead by
name, this matches them by age, the other way stories single out one victim. Each side must
be one person (a count of one) of one age, and the hurt one is not told as someone besides
("another 20-year-old man was shot", "a second 16-year-old was wounded").
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.totals import ONE_MORE
from newsparse.findings import Casualty
from newsparse.numbers import NUMBER_WORDS
from newsparse.regex_cache import compiled

# "a 16-year-old", "the 2 year old boy", "a two-year-old": the number of an age.
_AGE = compiled(
    rf"\b(\d{{1,3}}|{NUMBER_WORDS})[\s-]+(?:years?|yrs?)[\s-]+old\b(?!\s+and\b)", re.IGNORECASE
)


def _age(finding: Casualty) -> str | None:
    """The one age ``finding`` tells, lower-cased; None for none or more than one."""
    if "old" not in finding.text:
        return None
    ages = {m.group(1).lower() for m in _AGE.finditer(finding.text)}
    return ages.pop() if len(ages) == 1 else None


def without_the_dead_by_age(findings: list[Casualty]) -> list[Casualty]:
    """The findings less each person shot or hurt where the story tells a person of the same age
    killed: the death is counted once, by the words that tell it."""
    dead = {
        age
        for f in findings
        if f.kind == "killed" and f.count == 1 and (age := _age(f)) is not None
    }
    if not dead:
        return findings
    return [
        f
        for f in findings
        if not (
            f.kind in ("shot", "injured")
            and f.count == 1
            and _age(f) in dead
            and ONE_MORE.match(f.text) is None  # "another 20-year-old man"
        )
    ]
