"""The subject of a cue inside a relative clause: the 'who' or 'which' that opens the clause.

'Weaver, who came out and endorsed Clinton', 'Curiel, who through his office declined to
comment', 'the woman, who like many in the town did not want to be quoted': a relative pronoun
is the subject of its clause's verbs when no subject of their own stands between it and them.
What may stand there: auxiliaries and adverbs ('who has long argued', 'which does not
mention'); a phrase of place, time or manner opening on a preposition or a word of time, with
no verb in it ('who through his office declined', 'who last year endorsed'); and an earlier
verb of the clause that 'and' or 'or' joins the cue to ('who came out and endorsed', 'who made
enemies with fellow senators and bragged about it'). A mark between them closes the clause
('Smith, who won, said': the sentence's subject speaks), and so does a second relative or
subordinate word. A form of 'be' makes the clause no one's words: passive ('who is seen as')
or progressive, whose verbs of stance are more often deeds than words ('who is challenging
the senator', 'who is seeking the nomination'). 'that' is left out: as often a conjunction
before a clause with its own subject, and a relative 'that' stands for things ('an ad that
urges'), whose words PolNeAR gives to whoever made them.
"""

from __future__ import annotations

from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.reporting_verbs import (
    BE_FORMS,
    CLAUSE_CONTINUATIONS,
    CUE_MODIFIERS,
    OPENER_WORDS,
    PLACE_TIME_PREPOSITIONS,
    PRONOUN_GENDER,
    SPEAKER_STOPS,
    SUBORDINATORS,
)
from newsparse.regex_cache import compiled
from newsparse.span import Span

_RELATIVES = frozenset(("who", "which"))
# words a clause's verb may stand after, between the pronoun's phrase and the cue: auxiliaries
# and adverbs, but no form of 'be'
_VERB_MODIFIERS = CUE_MODIFIERS | (CLAUSE_CONTINUATIONS - BE_FORMS - {"and", "or"}) | {"not"}
# the words that open a phrase of place, time or manner before the clause's verb
_PHRASE_OPENERS = (PLACE_TIME_PREPOSITIONS | OPENER_WORDS) - {"there", "here"} | frozenset(
    "through throughout like unlike despite since after before under via amid against "
    "along across this".split()
)
# words that open a clause of their own, whose verbs are not the pronoun's
_CLAUSE_WORDS = _RELATIVES | SUBORDINATORS | frozenset("that whom whose if whether".split())
_JOINING = frozenset(("and", "or"))
# the adverbs and prepositions among the words only a verb's past form or an adverb can be
_NOT_PAST_FORMS = _PHRASE_OPENERS | _VERB_MODIFIERS | SPEAKER_STOPS
_TOKEN = compiled(r"[^\W_][\w’'-]*|[^\w\s]")
_CONTRACTION = compiled("['’]")
_MAX_BETWEEN = 12  # words between the pronoun and the cue
_REACH = 120  # characters read back for the pronoun


def relative_subject(text: str, verb: Span, sentence: Span) -> Span | None:
    """The relative pronoun that is the subject of ``verb`` (the cue, from its auxiliaries on),
    or None when the clause the verb is in opens on none or has a subject of its own."""
    lo = max(sentence.start, verb.start - _REACH)
    between: list[str] = []
    for token in reversed(list(_TOKEN.finditer(text, lo, verb.start))):
        word = token.group()
        lower = word.lower()
        if lower in _RELATIVES:
            if not _clause_material(between[::-1]):
                return None
            return Span(token.start(), token.end())
        if (
            not word[0].isalnum()
            or lower in _CLAUSE_WORDS
            or _CONTRACTION.split(lower, 1)[0] in _RELATIVES  # "who's": 'is' or 'has', unread
            or len(between) == _MAX_BETWEEN
        ):
            return None  # a mark, or another clause's word: not inside the relative clause
        between.append(lower)
    return None


def _clause_material(words: list[str]) -> bool:
    """Whether ``words``, between the pronoun and the cue, are of the pronoun's own clause:
    modifiers of the verb, a phrase of place or time, or an earlier verb and a conjunction."""
    if BE_FORMS.intersection(words):
        return False  # passive or progressive: see above
    while words and (words[-1] in _VERB_MODIFIERS or words[-1].endswith("ly")):
        words = words[:-1]
    if not words:
        return True
    if words[0] in _PHRASE_OPENERS:  # 'in Germany handle cases involving': verbs of its own
        return not any(word in PRONOUN_GENDER or verb_form(word) for word in words[1:])
    return words[-1] in _JOINING and verb_form(words[0])


def verb_form(word: str) -> bool:
    """Whether ``word`` is a verb's: a past form English has only as a verb ('came', 'made':
    'who came out and endorsed'; lemminflect's, as :mod:`newsparse._data.non_name_words`
    ships them with the adverbs, which are left out) or a form in -ing ('in Ohio handle cases
    involving'); not 'voters', 'the' or 'through'."""
    if word.endswith("ing"):
        return True
    return word in NON_NAME_WORDS and not (word.endswith("ly") or word in _NOT_PAST_FORMS)
