"""One body found is one person killed: "rescuers found another body", "a charred body was
pulled from the river", "the store owner's body was found".

The guidelines count "bodies of 14 miners" as killed, and the extractor reads a count before
"bodies"; one body has no count, so it is read here, by the word before it: a determiner of one
("a", "another", "a second") or a person's possessive ("the store owner's"), with at most a
few modifiers of its state between ("dismembered and decapitated"). "The body" alone refers
back to someone met before, and :mod:`.retold` reads it where the story has told a killing; nor
are the other bodies of English ("a
governing body", "body armor", "a body of water"), which the words around them tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsparse.extractors.casualties.people import is_victim
from newsparse.regex_cache import compiled

_ONE = r"(?:a|another|one|(?:a\s+)?(?:second|third|fourth|fifth|sixth))"
# The body's state: participles and adverbs ("badly burned", "dismembered and decapitated").
_STATE = r"(?:(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)(?:,?\s+(?:and\s+)?)?\s*)"
_BEFORE = compiled(
    rf"(?:\b{_ONE}|(?<![\w'’-])(?P<owner>[a-z-]+)['’]s)\s+{_STATE}{{0,3}}$", re.IGNORECASE
)
# "A body of water", "a body of intelligence": "of" and a bare noun make a body a collection;
# a corpse's "of" names whose it is ("the body of a young man", "the body of Robert Moncayo").
_OF_A_COLLECTION = r"of\s+(?!(?:an?|the|his|her|their|its|our|one|another|each)\b)[a-z]"
NOT_A_CORPSE = compiled(
    rf"\s+(?:(?-i:{_OF_A_COLLECTION})|(?:armou?r|cam(?:era)?s?|counts?|"
    r"language|bags?|shop|parts?|temperature|weight|mass|image|heat|blows?|checks?|scans?|"
    r"searches|double|politic|slam|building|guard)\b)",
    re.IGNORECASE,
)
# "the National Advisory Council, a body that ...": a body set beside a name is an institution.
_APPOSITION = compiled(r",[\"”’']?\s*$")
# A place in a body is a living one's: "a signal sent into the patient's body", "a grown man in
# a little boy's body", "toxins that build up in a person's body". A corpse is found, moved and
# looked at, not gone into.
INSIDE = compiled(
    r"\b(?:in|into|inside|within|throughout)\s+"
    r"(?:(?:the|an?|this|that|his|her|their|its|one)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_REACH = 60  # characters before "body" that its determiner and state words may take


def bodies(sentence: str, cues: Iterable[tuple[int, str]]) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` that tell one body found, read back from the cue words "body"
    among ``cues`` (offsets in the sentence and words lower-cased)."""
    for at, word in cues:
        if word != "body" or NOT_A_CORPSE.match(sentence, at + len(word)):
            continue
        before = _BEFORE.search(sentence, max(0, at - _REACH), at)
        if before is None or _APPOSITION.search(sentence, 0, before.start()):
            continue
        if INSIDE.search(sentence, max(0, before.start() - _REACH), before.start()):
            continue  # "into the patient's body"
        owner = before["owner"]
        if owner is not None and not is_victim(owner.lower()):
            continue  # "the committee's body", or a name (read with the named victims)
        yield before.start(), at + len(word)
