"""Where a report ends at a clause that a subject pronoun opens after a comma.

'Smith said he would back the nominee, but beyond that, he does not want to be involved',
'She tweeted a note of concern; hours later, she issued a statement', 'Trump says that even
though he would replace Yellen, he actually thinks she has done a serviceable job': a subject
pronoun ('he', 'she', 'they', 'we', 'I', 'it') right after a comma opens a clause of its own,
since an object or an owner would be 'him', 'her', 'them' or 'its'. When that pronoun is the
speaker of a later cue inside a report, the report ends at the comma and the later cue reports
on its own, as after a conjunction ('..., and he said'). Not when the words before the comma
are a phrase opening the pronoun's clause, on a preposition or a subordinator ('noted that at
his first meeting, in 1972, he supported ...', 'said that in addition to Scott, he would
consider ...', 'says if we did not think so, we would say that'): the pronoun is the
reported clause's own subject then, as a noun after a comma always is ('said that in Ohio,
voters want ...').
"""

from __future__ import annotations

import re

from newsparse._data.reporting_verbs import PRONOUN_GENDER, RELATIVE_PRONOUNS, SPEAKER_STOPS
from newsparse.regex_cache import compiled
from newsparse.span import Span

_COMMA_BEFORE = compiled(r",[ \t]*$")  # the comma, and blanks, just before the pronoun
_REACH = 16  # characters read back from the pronoun for its comma
# the words that join a clause on, after which a phrase may open it
_JOINING = frozenset(("that", "and", "but", "or"))
# where such a clause may first open, found before any cue is looked at
_HINT = compiled(
    r",[ \t]+(?:" + "|".join(sorted(PRONOUN_GENDER, key=len, reverse=True)) + r")[ \t]",
    re.IGNORECASE,
)
# the prepositions and subordinators that open a phrase before its clause's subject
_PHRASE_OPENERS = (SPEAKER_STOPS - RELATIVE_PRONOUNS - _JOINING - {"not", "no"}) | {
    "amid",
    "despite",
    "among",
}
_WORDS = compiled(r"[^\W_][\w’'-]*")
_MARKS = ",;:—–("  # what may close the stretch before the comma


def first_clause(text: str, start: int, end: int) -> int:
    """Where the first comma before a subject pronoun in ``text[start:end]`` stands, or
    ``end``: no cue before it can be the subject's own."""
    found = _HINT.search(text, start, end)
    return end if found is None else found.start()


def pronoun_clause(text: str, start: int, speaker: Span) -> re.Match[str] | None:
    """The comma before ``speaker`` when it is a subject pronoun opening a clause of its own in
    the report that starts at ``start``; None otherwise."""
    if text[speaker.start : speaker.end].lower() not in PRONOUN_GENDER:
        return None
    comma = _COMMA_BEFORE.search(text, max(start, speaker.start - _REACH), speaker.start)
    if comma is None or _opening_phrase(text, start, comma.start()):
        return None
    return comma


def _opening_phrase(text: str, start: int, comma: int) -> bool:
    """Whether the stretch before ``comma`` (from ``start`` or the last mark) opens on a
    preposition or a subordinator, or has one right after a word joining a clause on: 'in
    1972', 'amid the uncertainty and fear', 'that if he were elected', 'and if I should go'."""
    mark = max(text.rfind(m, start, comma) for m in _MARKS)
    words = [word.lower() for word in _WORDS.findall(text, max(start, mark + 1), comma)]
    return any(
        word in _PHRASE_OPENERS and (index == 0 or words[index - 1] in _JOINING)
        for index, word in enumerate(words)
    )
