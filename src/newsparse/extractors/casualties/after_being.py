"""An arrest told in a participle after the clause's own verb: "He was released from jail after
being arrested", "A demonstrator shouts slogans after being arrested", "Floyd was killed Monday
after being arrested".

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
_AFTER_BEING = compiled(
    rf"{_OPENER}(?P<who>(?-i:He|She|he|she)|{NAMED}|{SINGLE}|(?P<alone>{SURNAME}))"
    r"(?:,[^,.;:!?]{1,60},)?\s+"
    rf"{_VERB_WORDS}after\s+(?:being|having\s+been)\s+"
    # a capture is left out: whether police or a force took the person ("after being captured by
    # local defence forces") is told too far from the clause's subject to read here
    r"(?:arrested|detained|taken\s+into\s+(?:police\s+)?custody)\b",
    FLAGS,
)


def held_after(sentence: str, low: str, names: Names) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` (``low`` in lower case) from one person through the arrest told
    after their clause's verb; a surname alone only where the story has ``names`` named them in
    full ("Floyd")."""
    if "after being " not in low and "after having been " not in low:
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
