"""Sport's "shot", a score rather than gunfire: "Toronto, who shot 43.5 percent from the floor",
"he shot poorly in the second round", "she shot a two-under-par 70", "dropped another shot on
nine".

Guidelines leave sport out of casualties. A player's shot is told by what it scored: the verb's
complement is a share of attempts ("43.5 percent", "6-of-11"), a score against par ("3-under-par",
"even par") or how well ("poorly"); in golf a stroke lost is "dropped a shot". Gunfire's "shot"
is followed by its victim, a place, a time or a wound ("shot 16 times", "shot in the leg"), none
of which is a score, so a finding that ends in "shot" and goes on to a score is a player's.
"""

from __future__ import annotations

from newsparse.findings import Casualty
from newsparse.numbers import NUMBER_WORDS
from newsparse.regex_cache import compiled

# What a player's shot scored, just after the finding.
_SCORE_AFTER = compiled(
    r"\s+(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\d+-(?:of|for)-\d+\b|poorly\b|"
    rf"(?:an?\s+)?(?:\d+|{NUMBER_WORDS}|even)[-\s](?:under|over)[-\s]par\b|"
    r"even\s+par\b)"
)
# A stroke lost in golf, just before a finding that reads "another shot", "a shot".
_DROPPED_BEFORE = compiled(r"\bdrop(?:ped|s|ping)?\s+$")
_REACH = 12  # characters before the finding where "dropped" is read


def without_scores(lower: str, findings: list[Casualty]) -> list[Casualty]:
    """``findings`` less those whose "shot" is a player's score."""
    return [f for f in findings if not _scored(lower, f)]


def _scored(lower: str, finding: Casualty) -> bool:
    start, end = finding.span.start, finding.span.end
    if not lower.endswith("shot", start, end):  # the cheap test
        return False
    return (
        _SCORE_AFTER.match(lower, end) is not None
        or _DROPPED_BEFORE.search(lower, max(0, start - _REACH), start) is not None
    )
