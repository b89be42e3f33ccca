"""The active shape of a harm state told by a verb and its complement: the passive "was taken into
custody", "were placed under arrest", "was held in custody" is read by the subject rules, and
here the same phrases with the people between the verb and its complement: "police took him into
custody", "officers placed two men under arrest", "the floods made 300 people homeless".

The phrases are the extractor's own states (:data:`~newsparse._data.casualty_words.HARM_STATES`)
of the kinds beyond a death, a wound and a shot (whose verbs' active forms are listed apart,
:data:`~newsparse._data.casualty_words.HARM_ACTIONS`): each that opens on a past participle,
which lemminflect knows as a verb's, and goes on with a complement of more than a preposition
("unaccounted for" is no verb's). The verb may stand in any of its forms ("take", "takes", "took",
"taking"), but not after "to" or a modal, a denial or an intent, which tell no custody taken ("the
power to take witnesses into custody", "as police tried to take the man into custody"). Left to
the rules that read them already: a captive's role ("took 12 people hostage", ``extractor``'s
captor rule), a flight forced or ordered (:mod:`.flight`) and a seizure told only beside a force
(:data:`~newsparse._data.casualty_words.SEIZED_ONLY_BY_FORCE`).

The verbs' forms ship in :mod:`newsparse._data.split_state_forms`, written by :func:`table_source`
(a test regenerates it and compares), so no parse loads lemminflect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsparse._data.casualty_words import (
    HARM_STATES,
    MADE_TO_LEAVE,
    MADE_TO_LEAVE_VERBS,
    SEIZED_ONLY_BY_FORCE,
)
from newsparse._data.split_state_forms import VERB_FORMS
from newsparse.extractors.casualties.gates import INTENT, negated_before
from newsparse.extractors.casualties.grammar import OBJECT_UNIT, compiled_rule, group_of
from newsparse.generated import lemminflect_table_source
from newsparse.patterns import phrase_trie

#: The kinds whose active verbs the extractor lists (``HARM_ACTIONS``), left out here.
_LISTED_KINDS = frozenset(("killed", "injured", "shot"))
#: Complements another rule reads in the active: a captive's role.
_READ_ELSEWHERE = frozenset(("hostage", "captive"))
_FLIGHTS = frozenset(" ".join(p.split()) for phrases in MADE_TO_LEAVE.values() for p in phrases)
_PREPOSITIONS = frozenset("for of to in on at by with from into".split())


def split_states() -> dict[str, tuple[str, str]]:
    """Each state told by a verb's participle and a complement -> (the participle, the
    complement), for the kinds this module reads: "taken into custody" -> ("taken", "into
    custody")."""
    states = {}
    for kind, phrases in HARM_STATES.items():
        if kind in _LISTED_KINDS:
            continue
        for phrase in phrases:
            participle, _, complement = phrase.partition(" ")
            if (
                complement
                and complement not in _PREPOSITIONS
                and complement not in _READ_ELSEWHERE
                and phrase not in SEIZED_ONLY_BY_FORCE
                and not (participle in MADE_TO_LEAVE_VERBS and complement in _FLIGHTS)
            ):
                states[phrase] = (participle, complement)
    return states


def table_source() -> str:
    """The text of :mod:`newsparse._data.split_state_forms`, from the lemminflect installed here:
    each participle of :func:`split_states` that is a verb's past participle ("taken", not "went"
    or "being") -> every form of that verb."""
    from lemminflect import getAllInflections, getAllLemmas, getInflection

    table = {}
    for participle, _ in split_states().values():
        lemmas = getAllLemmas(participle, "VERB").get("VERB", ())
        if not lemmas or participle in table:
            continue
        forms = getAllInflections(lemmas[0], "VERB")
        if participle in {*getInflection(lemmas[0], "VBN"), *forms.get("VBN", ())}:
            table[participle] = sorted({form for group in forms.values() for form in group})
    about = (
        "Participle opening a harm state -> every form of its verb (see",
        ":mod:`newsparse.extractors.casualties.split_states`).",
    )
    return lemminflect_table_source("split_states.table_source", about, "VERB_FORMS", table)


# Not after "to", a modal, a denial or an intent ("tried to take", "could hold").
_NOT_DONE = re.compile(r"\b(?:to|will|would|could|can|must|should|may|might)\s+$", re.IGNORECASE)


class SplitStates:
    """The rule for the active shapes, built from the states whose complement holds a word
    ``cued`` (a word that makes the extractor read a sentence): a sentence is read only where a
    harm word is, so a phrase without one would be read in some sentences and not in others."""

    def __init__(self, cued: Callable[[str], bool]) -> None:
        self._kind: dict[tuple[str, str], str] = {}
        for kind, phrases in HARM_STATES.items():
            for phrase in phrases:
                self._kind.setdefault(split_states().get(phrase, ("", "")), kind)
        pairs = [
            (participle, complement)
            for participle, complement in split_states().values()
            if participle in VERB_FORMS and any(map(cued, complement.split()))
        ]
        self._verb_of = {form: p for p, _ in pairs for form in VERB_FORMS[p]}
        self._words = frozenset(complement.split()[-1] for _, complement in pairs)
        self._pairs = frozenset(pairs)
        self._source = (
            rf"(?<![\w'’-])(?P<harm>{phrase_trie(self._verb_of)})\s+"
            rf"(?P<who>{group_of(OBJECT_UNIT)})\s+(?P<state>{phrase_trie({c for _, c in pairs})})\b"
        )

    def matches(self, sentence: str, low: str) -> Iterator[tuple[re.Match[str], str]]:
        """Each group of people told between a verb and its complement in ``sentence`` (``low``
        in lower case), with the state's kind."""
        if not any(word in low for word in self._words):
            return  # the cheap test: no complement's last word
        for match in compiled_rule(self._source).finditer(sentence):
            participle = self._verb_of[match["harm"].lower()]
            complement = " ".join(match["state"].lower().split())
            if (participle, complement) not in self._pairs:
                continue  # "held ... into custody": a verb and another's complement
            begin = match.start()
            if (
                _NOT_DONE.search(sentence, max(0, begin - 12), begin)
                or INTENT.search(sentence, max(0, begin - 24), begin)
                or negated_before(sentence, begin)
            ):
                continue
            yield match, self._kind[participle, complement]
