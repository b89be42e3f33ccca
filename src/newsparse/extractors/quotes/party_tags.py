"""A party-state tag set off after a lawmaker's name stands for the lawmaker (issue 15).

US news tags a member of Congress with party and state between commas: 'Sen. Lindsey Graham,
R-S.C., a long-shot candidate, said', 'Graham, R-S.C., during his opening statement, said', 'Sen.
Lisa Murkowski, R-Alaska, who won ..., said', 'Scott, R-S.C. said'. Read back from the verb, the
speaker's place holds the tag, which names no one; the name the tag is set off after does. A
tag in brackets ('Paul Ryan (R-Wis.) said') is skipped where the cue is read
(:mod:`.cues`). The tag is a party's initial (R, D or I), a hyphen and a state's name or its
abbreviation: the form, not a list of states, tells it.
"""

from __future__ import annotations

from newsparse.entities import CAPITALISED_WORD, NEXT_NAME_WORD
from newsparse.regex_cache import compiled
from newsparse.span import Span

#: 'R-S.C.', 'D-Iowa', 'R-N.J.', 'D-New York': a party's initial, a hyphen, a state.
_PARTY_TAG = compiled(r"[RDI]-[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?")
#: The name right before the tag's comma: 'Sen. Lindsey Graham, '.
_NAME_BEFORE = compiled(rf"(?<![\w’'-])({CAPITALISED_WORD}(?:{NEXT_NAME_WORD})*)[ \t]*,[ \t]*$")
_NAME_REACH = 80  # characters read back for that name, so a long text stays linear


def tagged_name(text: str, mention: Span) -> Span | None:
    """The name a party-state tag ``mention`` is set off after ('Sen. Lindsey Graham' of 'Sen.
    Lindsey Graham, R-S.C.,'); None for any other mention, or a tag no name comes right
    before."""
    if not _PARTY_TAG.fullmatch(text, mention.start, mention.end):
        return None
    found = _NAME_BEFORE.search(text, max(0, mention.start - _NAME_REACH), mention.start)
    return None if found is None else Span(found.start(1), found.end(1))
