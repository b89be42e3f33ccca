"""One of a counted group told harmed: "the funeral of one of three men killed in rioting",
"Smith, one of two soldiers wounded on Monday".

The guidelines count "one of N killed" twice: the N killed, and, nested around it, a part of
one, a subset. Here the harm is the group's ("three men killed", "the four dead"), so the
extractor has counted the group, and "one of" before that finding makes the part; where the
harm is the part's own verb ("One of the 12 miners died") the extractor counts the part
already, and so does one whose own death the sentence tells after the group ("One of five
people shot on Sunday has died"): the one is killed, not a part of the shot. "Not one of" and
"no one of" count no one, and "all but one of" the others.
"""

from __future__ import annotations

from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

# "one of" (and "the") right before a group's finding, in the lower-cased sentence.
_ONE_OF = compiled(r"(?<![\w'’-])(?<!\bnot\s)(?<!\bno\s)(?<!\bbut\s)one\s+of\s+(?:the\s+)?$")
_REACH = 16  # characters before the group: "one of the " and its spaces
# The one's own death told after the group: "... has died", "... dies of injuries".
_DIES = compiled(r"\b(?:dies|died|succumbed)\b")


def one_of_cue(low: str) -> bool:
    """The cheap test on the lower-cased sentence."""
    return "one of " in low


def ones_of(text: str, offset: int, low: str, findings: list[Casualty]) -> list[Casualty]:
    """A part of one, a subset of the group's harm spanning "one of" and the group, for each of
    ``findings`` (of ``text``) counting two or more that "one of" opens; ``low`` is the
    lower-cased sentence opening at ``offset``."""
    parts = []
    for told in findings:
        if told.count is None or told.count < 2 or told.inferred:
            continue
        at = told.span.start - offset
        one = _ONE_OF.search(low, max(0, at - _REACH), at)
        if one is not None and not _DIES.search(low, told.span.end - offset):
            parts.append(
                Casualty.at(
                    text, offset + one.start(), told.span.end, count=1, kind=told.kind, subset=True
                )
            )
    return parts
