"""An arrest told in a relative clause whose head is the person held: "police must charge or
release a man they had arrested on Monday", "He saw the teen police arrested still at the
house", "a suspect who they detained for battery".

The person is the object of "arrested", standing before its subject (the police, "they") and not
after the verb, so the rules that read an arrest's object after "arrested" find none, and those
that read a subject before "were arrested" find a passive that is not written. One person is
read, named by a determiner's noun (a plural head, "the people they detained", counts no one
here). The verb's own object must be empty: what follows it is punctuation, a preposition, a
time or the verb of the main clause; "police arrested Lamont Wilkerson" has its object after it
and is read elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.extractors.casualties.grammar import FLAGS, SINGLE
from newsparse.regex_cache import compiled

# Who makes an arrest, as the relative clause's subject.
_AGENT = r"(?:they|police|officers|authorities|troops|agents|deputies|investigators|detectives)"
# What may follow the verb whose object is the head: an end, a preposition, a time, the main
# clause's verb ("the teen police arrested was released").
_NO_OBJECT = (
    r"(?=\s*[.,;:!?)\"”]|\s*$|\s+(?:on|in|at|after|before|during|last|earlier|yesterday|today|"
    r"for|near|outside|inside|with|early|late|overnight|still|was|were|is|had|has|said|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)
# The clause alone, looked for before the person: most arrests are told otherwise ("police
# arrested two men"), and the person's pattern is long.
_CLAUSE = compiled(
    rf"\b{_AGENT}\s+(?:had\s+|have\s+|has\s+)?(?:arrested|detained){_NO_OBJECT}", FLAGS
)
_HELD_BY = compiled(
    rf"(?P<who>{SINGLE})\s+(?:(?:whom|that|who)\s+)?{_AGENT}\s+(?:had\s+|have\s+|has\s+)?"
    rf"(?:arrested|detained){_NO_OBJECT}",
    FLAGS,
)


def held_by(sentence: str, low: str) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` (``low`` in lower case) from one person through the arrest
    that a relative clause after them tells."""
    if ("arrested" not in low and "detained" not in low) or _CLAUSE.search(sentence) is None:
        return
    for match in _HELD_BY.finditer(sentence):
        yield match.start("who"), match.end()
