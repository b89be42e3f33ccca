"""An arrest told after the clause's own verb, in a participle ("He was released from jail after
being arrested", "A demonstrator shouts slogans after being arrested", "Floyd was killed Monday
after being arrested") or in a second verb the subject shares ("He fled but was arrested later",
"The man stayed on scene to talk with police, and was arrested").

The person held is the subject of the clause, which stands before a verb that tells something
else; the rules that read a subject before its harm ("was arrested") find none there, since the
clause's verb and "after being" come between. Only one person is read, who opens the clause: a
pronoun, a name or a determiner's noun at the sentence's start or after a word that opens a
clause ("that", "how", "when", a reporting verb). "Police waited for Haniya to cross after being
detained by the closure" names no one opening a clause, and gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.extractors.casualties.grammar import FLAGS, NAMED, SINGLE, SURNAME
from newsparse.extractors.casualties.names import Names
from newsparse.regex_cache import compiled

# The word that opens the clause, or the start of the sentence.
_OPENER = r"(?:^|[\"“]\s*|\b(?:that|how|when|said|says|told)\s+)"
# Words of the clause's verb phrase: no mark that ends a clause, no second subject ("He said
# she was freed after being detained": hers, read from "she").
_VERB_WORDS = r"(?:(?!(?:he|she|they|who|which)\b)[\w'’-]+\s+){1,12}?"
# The second verb's words, joined to the first verb phrase by "and" or "but", which may follow a
# comma; the phrase holds no reporting verb, whose object would be another's clause ("Smith told
# police his brother fled and was arrested").
_AND_WORDS = r"(?:(?!(?:he|she|they|who|which|said|says|told|tells)\b)[\w'’-]+,?\s+){1,12}?"
_AND_BEEN = (
    r"(?:and|but)\s+(?:then\s+|later\s+)?(?:was|has\s+been)\s+(?:later\s+|then\s+|eventually\s+)?"
)
#: The arrest words after the clause's verb.
_HELD = r"(?:arrested|detained|apprehended|taken\s+into\s+(?:police\s+)?custody)\b"
_AFTER_BEING = compiled(
    rf"{_OPENER}(?P<who>(?-i:He|She|he|she)|{NAMED}|{SINGLE}|(?P<alone>{SURNAME}))"
    r"(?:,[^,.;:!?]{1,60},)?\s+"
    rf"(?:{_VERB_WORDS}after\s+(?:being|having\s+been)|{_AND_WORDS}{_AND_BEEN})\s*"
    # a capture is left out: whether police or a force took the person ("after being captured by
    # local defence forces") is told too far from the clause's subject to read here
    rf"{_HELD}",
    FLAGS,
)


# The cheap test: the arrest right after "and was" (the costly pattern is tried only then).
_AND_HELD = compiled(rf"\b{_AND_BEEN}{_HELD}")


def held_after(sentence: str, low: str, names: Names) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` (``low`` in lower case) from one person through the arrest told
    after their clause's verb; a surname alone only where the story has ``names`` named them in
    full ("Floyd")."""
    if "after being " not in low and "after having been " not in low and not _AND_HELD.search(low):
        return
    at = 0
    while (match := _AFTER_BEING.search(sentence, at)) is not None:
        if match["alone"] is not None and not names.named_in(match["alone"]):
            # a capitalised word that names no one ("They did it when a man died a week after
            # being arrested") hides no person after it: look again past its start
            at = match.start("who") + 1
            continue
        at = match.end()
        yield match.start("who"), match.end()
