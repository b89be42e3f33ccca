"""A counted member of a harm verb's list of objects after a member the object rule read alone:
"arrested a drug seller from a central province and three of his customers", "arrested an
Egyptian and six other foreigners suspected of having links to extremists".

The object rule reads a list only where its members stand side by side and the list ends as an
object ends; a phrase of the first member's own (where they are from) or the crime the last is
held for ("suspected of") breaks it, and the rule reads the first member alone. The guidelines split
a list where a part has a written number of its own ("a woman and five of her children" is 1 and
5), each part spanned from the harm word through its own words; so a counted member after "and"
is one more object of the same verb. Not a count that opens a clause of its own ("killed a
policeman in Baghdad and 12 people were wounded"), which the subject rule reads.
"""

from __future__ import annotations

import re

from attrs import evolve

from newsparse._data.casualty_words import ACCUSED_OPENERS, MAIN_VERBS, OBJECT_ENDS
from newsparse.extractors.casualties.counting import counted
from newsparse.extractors.casualties.grammar import COUNTED, PART_OF, compiled_rule
from newsparse.findings import Casualty
from newsparse.patterns import phrase_trie
from newsparse.span import Span

# The first member's own phrase: a preposition and a few words ("from a central province").
_OWN_PHRASE = r"(?:\s+(?:from|of|in|at|near|on|with)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?"
# Where the counted member ends: a mark, a word that ends an object, or the crime the people
# are held for ("suspected of", "wanted for", "accused of"); not any word in -ed, which may be
# the verb of a clause the count opens ("the suspect shot the customer and both suspects fled",
# "killed Thursday and eight others injured").
_MEMBER_END = (
    rf"(?=\s*(?:[,.;:!?)\"”—–]|$)|\s+(?:{phrase_trie((*OBJECT_ENDS, *ACCUSED_OPENERS))})\b)"
    rf"(?!\s+(?:{phrase_trie(MAIN_VERBS)})\b)"
)
_NEXT_MEMBER = rf"{_OWN_PHRASE},?\s+and\s+(?P<who>{PART_OF}|{COUNTED}){_MEMBER_END}"
_REACH = 80  # characters after the first member where its "and" is looked for


def listed_object(
    text: str, offset: int, sentence: str, end: int, first: Casualty
) -> tuple[Casualty, tuple[int, int]] | None:
    """The counted member after ``first``, the finding of an object read alone whose words end at
    ``end`` in ``sentence`` (of ``text``, opening at ``offset``), spanned from its harm word, and
    where the member's own words stand in the sentence."""
    if " and " not in sentence[end : end + _REACH]:
        return None  # the cheap test
    match: re.Match[str] | None = compiled_rule(_NEXT_MEMBER).match(sentence, end)
    if match is None:
        return None
    found = counted(text, offset, match, first.kind)
    if found is None or found.count is None:
        return None
    span = Span(first.span.start, found.span.end)
    return evolve(found, span=span, text=text[span.start : span.end]), match.span("who")
