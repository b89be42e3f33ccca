"""A harm told in the second of two predicates that share one subject: "was found and killed",
"He was caught off guard and killed by the rebels", "Two soldiers tried to flee and were
killed", "one rebel put his hands in the air but was nevertheless shot".

The subject rule reads a group, its auxiliaries, then its harm; a first predicate stands between
the group and its harm here, and is read as one more auxiliary. It is either passive (a form of
"be", a participle, and the participle's own words: "were taken out into the desert and
murdered"), the harm's passive sharing its "be", or a verb in the past with its own words
followed by "and"/"but" and a "was"/"were" of the harm's own ("returned fire but was killed").
The first predicate's words stop at a clause's opener, another verb in the past or a verb of
saying, so that a reporting clause ("Police reported the soldier returned fire but was
killed") is not read as the predicate of the reporter: its subject is the nearer group.
"""

from __future__ import annotations

from newsparse._data.past_form_words import PAST_FORMS
from newsparse._data.reporting_verbs import CUE_VERB_FORMS, CUE_VERBS, SUBORDINATORS
from newsparse.extractors.casualties.grammar import AUX, FLAGS
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

_BE = r"\b(?:was|were|is|are|been|being)"
# Words that end the first predicate: a join, a clause's opener, a form of "be" or "have".
_CLOSERS = frozenset(
    (
        *SUBORDINATORS,
        *"and but or nor who whom whose which that where than".split(),
        *"was were is are be been being has have had".split(),
    )
)
# A verb in the past or a verb of saying opens a clause of its own inside the predicate.
_NOT_ITS_WORD = rf"(?:{word_trie(_CLOSERS | CUE_VERBS | CUE_VERB_FORMS)})\b|[a-z]+ed\b"
#: Words of the first predicate after its verb: "off guard", "out into the desert", "to flee".
_ITS_WORDS = rf"(?:\s+(?!{_NOT_ITS_WORD})[\w'’-]+){{0,5}}"
_JOIN = r"(?:\s*,|\s+(?:--?|[—–]))?\s+(?:and|but)"
# A passive participle with its words before the harm's participle: "was found and", "were freed
# -- and quickly rearrested". Only after a form of "be", so a verb in the past tense ("two
# officers responded and arrested") is not read as the people's own harm.
_PARTICIPLE = r"(?:[a-z]+(?:ed|en)|found|caught|held|struck|hit)\b"
# An adverb may stand between the "be" and the first participle, as it may before the harm's
# own: "was quickly caught and arrested", "were later located by police and taken into custody".
_ADVERB = r"(?:\s+(?:then|later|also|soon|[a-z]+ly))?"
_DONE = rf"{_ADVERB}\s+{_PARTICIPLE}{_ITS_WORDS}(?:\s*,\s+{_PARTICIPLE}{_ITS_WORDS}){{0,3}}{_JOIN}"
_PAST = rf"(?:[a-z]+ed|{word_trie(PAST_FORMS)})\b"
# A verb in the past before a "be" of the harm's own: "tried to flee and were", "surrendered but
# was".
_ACTED = (
    rf"\s+{_PAST}{_ITS_WORDS}(?:\s*,\s+{_PAST}{_ITS_WORDS}){{0,3}}{_JOIN}"
    r"(?=(?:\s+(?:then|later|also|[a-z]+ly))?\s+(?:was|were)\b)"
)
#: The first predicate as the last of a subject's auxiliaries (none where there is none).
DONE_AND = rf"(?:\s+{_BE}{_DONE}{AUX}|{_ACTED}{AUX})?"
#: The first predicate ending where a harm word opens, in the lower-cased text: the group
#: closes at ``be`` ("was found and killed") or before ``acted`` ("tried to flee and were").
DONE_BEFORE = compiled(rf"(?:(?P<be>{_BE}){_DONE}|(?P<acted>{_ACTED})){AUX}\s+$")

_JOINED_BARE = compiled(r"\b(?:and|but)(?:\s+(?:then|later|also|[a-z]+ly))*\s*$", FLAGS)


def shares_be(aux: str) -> bool:
    """Whether ``aux`` ends in a join with no "be" of the harm's own after it ("was released from
    prison and"): the harm after it may be the subject's own act ("and killed his wife")."""
    return _JOINED_BARE.search(aux) is not None


# The "be" of the harm's own after the join: "fled and was", "tried to flee and were then".
_JOINED_BE = compiled(r"\b(?:and|but)(?:\s+(?:then|later|also|[a-z]+ly))?\s+(?:was|is)\b")


def joined_be_is_singular(aux: str) -> bool:
    """Whether the "be" of the harm's own after a first predicate in ``aux`` is singular ("fled
    and was"): a count of several before it is not the predicate's subject ("He crashed into two
    parked cars and was pronounced dead": not "two")."""
    return _JOINED_BE.search(aux.lower()) is not None
