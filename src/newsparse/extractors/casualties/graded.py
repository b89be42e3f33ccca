"""A part of an injured or shot count told by its grade after a comma: "eight others injured,
seven seriously", "Four people were wounded, one critically", "wounded four others, one of them
seriously", "Ten people were shot, one of them fatally".

News grades the hurt it has just counted with a count and an adverb of severity alone, the
harm word left out; the guidelines mark that count as a part of the group (a subset), as they
mark "including two children". No other rule reads a bare count before an adverb. Only a count
right after the comma that closes an injured or shot finding is read, and only a number ("many
seriously" tells no count of its own). A bare count must follow a finding that ends in its harm
word ("Four people were wounded, one critically"; not "wounded more than 80, one critically",
where "one" may as well open another clause); "of them" ties the count to the group before it
in either order ("wounded four others, one of them seriously"). A grave grade is a wound, and
"fatally" a death: "Ten people were shot, one of them fatally" is 1 killed, a part of the ten.
"""

from __future__ import annotations

from newsparse.extractors.casualties.grammar import STATE_KIND
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.patterns import phrase_trie, word_trie
from newsparse.regex_cache import compiled

#: The adverbs that grade a harm as grave: "seven seriously", "critically injured".
GRADES = ("seriously", "critically", "severely", "gravely", "badly")
_FATALLY = "fatally"
#: The counts a grade may be of, and the kind of a part each grade tells.
GRADED_KINDS = frozenset({"injured", "shot"})
#: The graded count after the comma; the finding spans the count and its grade.
# Not a grade before a harm word, which the subject rule reads ("two of them seriously hurt").
GRADED_PART = (
    rf"(?P<who>{QUANTITY})(?P<of>\s+of\s+them)?\s+(?P<grade>{word_trie((*GRADES, _FATALLY))})\b"
    rf"(?!\s+(?:{phrase_trie(STATE_KIND)})\b)"
)
_COMMA = compiled(r"\s*,\s+")


def graded_cue(low: str) -> bool:
    """The cheap test on the lower-cased sentence: a comma and an adverb of severity."""
    return "," in low and (_FATALLY in low or any(grade in low for grade in GRADES))


def graded_kind(grade: str) -> str:
    """The kind of a part told by its ``grade``: "fatally" a death, any other a wound."""
    return "killed" if grade.lower() == _FATALLY else "injured"


def after_comma(sentence: str, end: int) -> int | None:
    """Where the words after the comma that closes a finding at ``end`` begin, if one does."""
    comma = _COMMA.match(sentence, end)
    return None if comma is None else comma.end()
