"""A killer's own death, told by the idioms of a suicide after the killing: "shot his wife before
turning the gun on himself", "killed three and wounded 16 before taking his own life", "killed
20 children and six adults before he committed suicide".

The guidelines count no suicide, but a killer's suicide in the same incident is one more
``killed``. "killed himself" is read by the object rule as any killing is; these idioms hold no
harm verb of their own, so no other rule sees them. The killing is told first in the sentence,
in the active voice (the doer's: not "was shot"), and the idiom is stated, not attempted ("tried
to take his own life") nor survived ("turned the gun on himself and is in critical condition").
A doer told by a relative clause of the harm ("a man who shot them") is left to the toll's
reading (:func:`~newsparse.extractors.casualties.totals.with_the_attacker`): he is most often
among the dead counted before.
A suicide told alone is left to :mod:`~newsparse.extractors.casualties.suicides`.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.regex_cache import compiled

_SELF = r"(?:him|her)self"
_WEAPON = r"(?:gun|weapon|rifle|pistol|handgun|shotgun|firearm)"
#: The idioms of one person's suicide, in the past or as the gerund after "before" or "after".
_SUICIDE = compiled(
    rf"\b(?:turn(?:ed|ing)\s+(?:the|a|his|her)\s+{_WEAPON}\s+on\s+{_SELF}"
    r"|t(?:ook|aking)\s+(?:his|her)\s+own\s+life|committ(?:ed|ing)\s+suicide)\b"
)
_CUES = ("turn", "own life", "suicide")
# The doer's harm before it, in the active voice: not "was shot", "had been killed".
_HARM_VERB = (
    r"\b(?:shot|shooting|kill(?:s|ed|ing)?|stabbed|stabbing|murdered|murdering|strangled"
    r"|wounded|wounding|injured|injuring|opened\s+fire|gunned\s+down)\b"
)
_KILLING = compiled(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s){_HARM_VERB}")
# A doer told by a relative clause of the harm ("the lives of his mother and a man who, police
# said, shot them, then turned the gun on himself") is most often one of the dead counted before.
_DOER_COUNTED = compiled(rf"\bwho\b(?:\s*,[^,]{{0,40}},)?\s+(?:\w+ly\s+)?{_HARM_VERB}")
# A suicide attempted or survived, told after it: "in an attempted suicide", "is in critical
# condition" ("tried to take his own life" holds no idiom of the past).
_SURVIVED = compiled(
    r"\b(?:surviv\w*|attempt\w*|critical|stable|serious|hospital\w*|recover\w*|expected\s+to|wounded|injured)\b"
)


def killer_suicides(low: str) -> Iterator[tuple[int, int]]:
    """The span of each killer's suicide told in the lower-cased sentence ``low``."""
    if not any(word in low for word in _CUES):
        return  # a plain look first: most sentences hold none of the idioms
    for match in _SUICIDE.finditer(low):
        if _KILLING.search(low, 0, match.start()) is None or _SURVIVED.search(low, match.end()):
            continue
        if _DOER_COUNTED.search(low, 0, match.start()):
            continue
        yield match.start(), match.end()
