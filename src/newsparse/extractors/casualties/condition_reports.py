"""One person hurt, told by a report of their medical condition: "his condition was listed as
critical", "the girl's condition has been upgraded to serious", "hospital officials upgraded
his condition Tuesday from serious to fair", "Dzhokhar Tsarnaev's condition is listed as
'fair'".

The guidelines make each report of one person's condition its own ``injured`` mention, its span
from the person through the condition word. "In critical condition" after a person is a harm
state the subject rule reads (:mod:`~newsparse.extractors.casualties.grammar`); here the person
is the condition's possessor and the grade comes after it, so no other rule sees them. A
condition belongs to things too ("the bridge's condition was poor", "the economy's condition"),
so the possessor must be "his", "her", a name (no article before it: not "the Fed's"), or a noun
for a person
(:func:`~newsparse.extractors.casualties.people.is_victim`); and only a grade stated is read, not
"his condition was not available" nor "no word on the child's condition".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extractors.casualties.people import is_victim
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

#: The grades hospitals give a patient's condition.
GRADES = (
    "critical serious stable fair good grave guarded poor satisfactory life-threatening "
    "non-life-threatening"
).split()
_GRADE = rf"[\"'“‘]?(?:{word_trie(GRADES)})\b(?:[\"'”’](?!\w))?"
# The possessor: "his", "her", or a possessive after a determiner and a word ("the oldest
# victim's") or after a name's first words ("Dzhokhar Tsarnaev's"); then at most two words of when ("last known", "current").
_OWNER = (
    r"(?P<owner>\b(?:his|her)|(?:\b(?:the|that|this|a|one)\s+(?:[\w-]+\s+)?"
    r"|(?-i:\b[A-Z][\w.-]*\s+){0,2})(?P<noun>\b[\w-]+)['’]s)"
)
_NAMED = compiled(r"(?!(?:the|that|this|a|one)\s)(?-i:[A-Z])", re.IGNORECASE)
_WHEN = r"(?:(?:last|latest|current|initial|known|overall)\s+){0,2}"
# A report stated: a copula, perhaps a verb of listing or changing, "as", "to", "from X to".
_LINK = (
    r"(?:\s+\w+day)?\s+(?:is|was|remains|remained|has\s+been|had\s+been)"
    r"(?:\s+(?:now|still|later|since|also|initially))?"
    r"(?:\s+(?:listed|reported|described|upgraded|downgraded|updated|improved|changed)"
    rf"(?:\s+to\s+be|\s+as|(?:\s+from\s+{_GRADE})?\s+to|\s+at)?)?"
)
# "upgraded his condition Tuesday from serious to fair": the changing verb before the owner.
_CHANGED = (
    r"\b(?:upgraded|downgraded)\s+"
    rf"{_OWNER}\s+{_WHEN}condition(?:\s+\w+day)?(?:\s+from\s+{_GRADE})?\s+to\s+{_GRADE}"
)
# What follows "condition" in a report, also the cue test: the extractor reads a sentence for
# this rule only where it holds one.
_STATED = rf"(?:{_LINK}|(?:\s+\w+day)?(?:\s+from\s+{_GRADE})?\s+to)\s+{_GRADE}"
CONDITION_AT = compiled(rf"condition{_STATED}", re.IGNORECASE)
_REPORTS = (
    compiled(rf"{_OWNER}\s+{_WHEN}condition{_LINK}\s+{_GRADE}", re.IGNORECASE),
    compiled(_CHANGED, re.IGNORECASE),
)


def condition_reports(sentence: str, low: str) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` (``low`` lower-cased) reporting one person's condition."""
    if "condition" not in low:
        return  # the cheap test: most sentences read hold no condition
    for match in (m for report in _REPORTS for m in report.finditer(sentence)):
        noun = match["noun"]
        # a name takes no article: "Tsarnaev's", not "the Fed's" or "the bridge's"
        if not (noun is None or is_victim(noun.lower()) or _NAMED.match(match["owner"])):
            continue
        yield match.start("owner"), match.end()
