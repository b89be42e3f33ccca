"""A shot told lived through in the clause after it: an injury, not a shot of unknown outcome.

"Police shot the two suspects, who are both receiving treatment in hospital" tells two people
hurt and alive; read as a shot it would leave the story's shot-less-killed sum to guess the
wounded from the dead of another attack in the story. The clause after the people (a relative
clause or one joined by "and" or "but": "was shot, but survived") says they are being treated, are in hospital, are recovering or
in a condition, or tells their injuries not fatal ("all of them suffering non-life-threatening
injuries"); the mirror of the extractor's test for a shot later told dead.
"""

from __future__ import annotations

import re

from newsparse.regex_cache import compiled

_LIVED = compiled(
    r"[^.;:!?]{0,40}?(?:,\s*|\s+)(?:who|and|but)\s+"
    r"(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:both|all|now|still|later|being)\s+){0,2}"
    r"(?:receiving\s+treatment|treated|hospitali[sz]ed|in\s+(?:the\s+)?hospital|recovering"
    r"|expected\s+to\s+(?:survive|recover)|survived|in\s+(?:\w+\s+){0,3}condition)\b",
    re.IGNORECASE,
)
# The injuries told not fatal after the shot, in the clause's words or a participle's after it:
# "were shot during protests in the city early Tuesday, all of them suffering
# non-life-threatening injuries", "were shot with minor injuries".
_NOT_FATAL = compiled(
    r"[^.;:!?]{0,60}?(?:,\s*(?:(?:all|both|each)\s+(?:of\s+them\s+)?)?(?:suffering|sustaining)"
    r"|\s+with)\s+(?:non-life-threatening|minor|non-?fatal|non-critical|superficial)\s+"
    r"(?:injuries|wounds)\b",
    re.IGNORECASE,
)
_NOT_FATAL_REACH = 150  # characters after the shot that the pattern can read


def lived_after(sentence: str, end: int) -> bool:
    """Whether the clause after a shot that ends at ``end`` tells the people alive and treated,
    or their injuries not fatal."""
    if _LIVED.match(sentence, end) is not None:
        return True
    # the cheap test first: the injuries' word within the pattern's reach
    reach = end + _NOT_FATAL_REACH
    return (
        sentence.find("injuries", end, reach) >= 0 or sentence.find("wounds", end, reach) >= 0
    ) and _NOT_FATAL.match(sentence, end) is not None
