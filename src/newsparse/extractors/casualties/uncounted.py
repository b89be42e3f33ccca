"""People named by a plural with no count, harmed as the subject of a clause: "service members
were killed by an explosion", "Personnel from the embassy were evacuated", "and all attackers
were killed", "as residents were evacuated".

The guidelines mark such a clause as a mention whose count is untold (null), as they do "dozens
of people were injured". The subject rule reads a group only from its count, and a bare plural
elsewhere is as often a class spoken of as a group harmed ("Americans who were killed in wars"),
so this reader asks more of the clause: the plural opens it (at the sentence's start, after a
mark, a conjunction or a verb of saying: "officials said protesters were arrested"), with no
determiner or count before it (not "the settlers", told before; not "no civilians"), and the
verb is a plural passive in the past ("were", "have been", "had been"): a present tense is the
habit of a class ("journalists are killed every year").
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import HOSPITAL_TAKERS
from newsparse._data.past_form_words import PAST_FORMS
from newsparse._data.reporting_verbs import CUE_VERB_FORMS, CUE_VERBS, DETERMINERS, SUBORDINATORS
from newsparse._data.speech_verb_forms import SPEECH_VERB_FORMS
from newsparse._data.verb_forms import OTHER_FORMS
from newsparse.extractors.casualties.grammar import FLAGS, MODIFIER, PLURAL_NOUN, STATES
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.patterns import phrase_trie, word_trie
from newsparse.regex_cache import compiled

#: Characters before the harm word the subject may open at.
_REACH = 80
#: Verbs of saying, knowing and others lemminflect knows, with the irregular past forms: a clause
#: may open after one ("reports indicate multiple people have been shot"), and none is a
#: modifier of the plural.
_VERBS = CUE_VERBS | CUE_VERB_FORMS | SPEECH_VERB_FORMS | PAST_FORMS | frozenset(OTHER_FORMS)
#: The words after which a clause, and so its subject, opens.
_OPENERS = (
    frozenset((*(SUBORDINATORS - {"if"}), "and", "but", "that", "where", "before", "until"))
    | _VERBS
)
_OPENS_AFTER = compiled(rf"(?:^|[,;:(\"“—–]|\s-{{1,2}}|\b(?:{word_trie(_OPENERS)}))\s*$", FLAGS)
#: Words that make the plural a group told before, a part, or no one: "the settlers", "her
#: parents", "no officers", "any people", "twin brothers".
_DETERMINED = DETERMINERS | frozenset("no any every such whose which what all none twin".split())
_OPENING_NOT = rf"(?:{QUANTITY}|{word_trie(_DETERMINED)})\b"
# An "of" or "from" phrase may say whose or where the people are: "Personnel from the embassy".
_PLACE = rf"(?:\s+(?:from|of|at|in)\s+(?:the\s+)?{MODIFIER}{{0,2}}[\w'’-]+)"
# People taken to hospital with no count are those counted before ("All victims were taken to
# the hospital"), or those who went to help ("Deputies were sent to the hospital"); "victims" are
# the people of a harm told before (the guidelines' back-reference).
_NOT_HARM = rf"(?:{phrase_trie(HOSPITAL_TAKERS)})\b"
_SUBJECT = compiled(
    rf"(?P<who>(?:all\s+)?(?:(?!{_OPENING_NOT}){MODIFIER}){{0,3}}(?!{_OPENING_NOT}|victims\b){PLURAL_NOUN}){_PLACE}?"
    rf"(?P<aux>\s+(?:were|have\s+been|had\s+been|['’]ve\s+been)(?:\s+(?:also|[a-z]+ly))?)"
    rf"\s+(?!{_NOT_HARM})(?P<harm>{STATES})\b",
    FLAGS,
)
_WORD = compiled(r"(?<![\w'’-])[a-z]", FLAGS)


def uncounted_subject(sentence: str, harm: re.Match[str]) -> re.Match[str] | None:
    """The plural with no count that opens a clause and is the subject of the passive ``harm``
    (groups ``who``, ``aux``, ``harm``), the nearest to it; None where there is none."""
    first = max(0, harm.start() - _REACH)
    starts = [m.start() for m in _WORD.finditer(sentence, first, harm.start())]
    for at in reversed(starts):
        if not _OPENS_AFTER.search(sentence, max(0, at - 30), at):
            continue
        match = _SUBJECT.fullmatch(sentence, at, harm.end())
        if match is None or match.start("harm") != harm.start():
            continue
        if not _VERBS.intersection(match["who"].lower().split()[:-1]):
            return match
    return None
