"""People hurt, told by the care they were given: "volunteer firefighters treated 17
concert-goers", "aid teams tended to the 16 policemen", "medics treated dozens of people at the
scene".

Medical care given to people at an incident counts them injured (the annotation guidelines'
kind for the hurt). The verbs (:data:`~newsparse._data.casualty_words.CARE_VERBS`) take a
counted group as their object, closed by a mark or by what news tells next of the care (where,
for what, after what); a group treated as something or like someone in the same clause
("treated the two men as suspects") is not cared for, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.casualty_words import CARE_VERBS
from newsparse.extractors.casualties.grammar import (
    COUNTED,
    QUANTITY_START,
    compiled_rule,
    group_of,
)
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

#: Words that may make a sentence worth reading for this rule (cue words of the extractor), and
#: where they do: before a count ("treated 17", "tended to the 16"), not "treated fairly".
CARE_CUES = frozenset(verb.split()[0] for verb in CARE_VERBS)
CARE_AT = compiled(
    rf"(?:{phrase_trie(CARE_VERBS)})\s+(?:the\s+|all\s+)?(?:{QUANTITY_START.pattern})"
)  # in the lower-cased text

# The object is a counted group (a number or a vague amount, "the 16 policemen"), not a pronoun
# ("treated him with respect"); it ends at a mark or a word that tells where, why or when.
_CARED_FOR = (
    rf"\b(?P<harm>{phrase_trie(CARE_VERBS)})\s+(?P<who>{group_of(COUNTED)})"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:for|at|in|on|after|following|who|while|and|before|from)\b)"
)
# "treated the two men as suspects": a way of dealing with people, not care
_AS_OR_LIKE = compiled(r"\b(?:as|like)\b", re.IGNORECASE)
_CLAUSE_END = compiled(r"[,.;:!?]")
_CHEAP = compiled(rf"\b(?:{phrase_trie(CARE_VERBS)})\s")


def cared_for(sentence: str, low: str) -> Iterator[re.Match[str]]:
    """Each counted group given care in ``sentence`` (``low`` lower-cased)."""
    if not any(cue in low for cue in CARE_CUES) or _CHEAP.search(low) is None:
        return  # the cue words first: a plain look is several times faster than the pattern
    for match in compiled_rule(_CARED_FOR).finditer(sentence):
        clause = _CLAUSE_END.search(sentence, match.end())
        end = clause.start() if clause else len(sentence)
        if _AS_OR_LIKE.search(sentence, match.start("who"), end):
            continue  # "treated the 85 immigrants in the trailer like cattle"
        yield match
