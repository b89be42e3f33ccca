"""Who an "including" after a count may name as a part of the harmed, beyond a victim noun.

The guidelines count a part of a count told before as its own item, a subset (`including two
children`). The extractor's "including" rule reads the part as it reads any group of people
and keeps it where it tells a victim noun or a person's name. Two shapes of news tell the part
with neither:

- a role or a title before the name, which the name alone does not hold: "including Foreign
  Minister Francisco Tudela", "including Louisiana Rep. Steve Scalise", "including shooter John
  Houser";
- a count whose noun the story leaves out, as it is the count's before it, told by the place or
  time of its harm: "Nine people were killed in South Carolina, including five in the small
  city of Seneca", "nine people were shot, including seven in just one location". It is a
  part only where it is smaller than the count it is part of: "shot six times, including two in
  the chest" counts shots of one person.
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.grammar import FLAGS, MODIFIER, NAMED, SINGULAR_NOUN, TITLE
from newsparse.extractors.casualties.names import is_full_name
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

# What is no role: a determiner opens a person of its own ("including a man", "the gunman").
_PERSON_NOUN = compiled(SINGULAR_NOUN, FLAGS)
_NO_DETERMINER = r"(?=\w)(?!(?:the|an?|his|her|their|its|our|my|your|this|that)\b)"
#: A role before a full name, in either case: a person noun ("shooter", "Foreign Minister",
#: "Ambassador") or words before an abbreviated title ("Louisiana Rep.").
INCLUDED_ROLE = (
    rf"{_NO_DETERMINER}(?:{MODIFIER}{{0,3}}{SINGULAR_NOUN}\s+|{MODIFIER}{{1,3}}(?={TITLE}))"
    rf"(?={NAMED})"  # a name follows, not a title-case headline's next word ("Girl Posted")
)
# A bare count, then the place or time of its part's harm.
_ELIDED_COUNT = compiled(rf"{QUANTITY}", FLAGS)
_PLACE_OR_TIME = compiled(r"\s+(?:in|on|at|near|inside|outside|aboard|from)\s", FLAGS)
# What may stand between the count and "including": a place or time of its harm, so the noun left
# out is the count's ("killed in South Carolina, including five in ..."), not one told in another
# clause ("three men died in attacks while mortar strikes in the capital, including one in ...").
_GAP = compiled(
    r"(?:\s+(?:in|on|at|near|across|over|during|since|around)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4})?"
    r"\s*(?:,|--?|[—–])?\s*",
    FLAGS,
)


def role_named(match: re.Match[str]) -> bool:
    """Whether the part is a full name after a role of its own (group ``role``), the name opening
    on no person noun: in a title-case headline the role runs on into the next capital ("Two Shot
    Friday Night including 10-Year-Old Girl Posted")."""
    if not match["role"] or not is_full_name(match["who"]):
        return False
    return _PERSON_NOUN.fullmatch(match["who"].split()[0]) is None


def elided_part(match: re.Match[str], part: Casualty, whole: Casualty, offset: int) -> bool:
    """Whether the part is a bare count told by a place or time, smaller than ``whole`` and told
    right after it (``offset`` is where the matched sentence opens)."""
    if part.count is None or _ELIDED_COUNT.fullmatch(match["who"]) is None:
        return False
    if _PLACE_OR_TIME.match(match.string, match.end("who")) is None:
        return False
    if not _GAP.fullmatch(match.string, whole.span.end - offset, match.start()):
        return False
    told = whole.count if whole.count is not None else whole.lower
    return told is not None and part.count < told


def harms_of_the_same(findings: list[Casualty], last: Casualty) -> list[Casualty]:
    """``last``, the finding opening last before "including", then the findings of other harms
    over the same people: opening with it, or holding it ("the 25 former hostages wounded" holds
    "25 former hostages")."""
    return [last] + [
        f
        for f in findings
        if f.kind != last.kind
        and f.span.start <= last.span.start
        and (f.span.start == last.span.start or f.span.end >= last.span.end)
    ]
