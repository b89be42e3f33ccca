"""Whether a verb of a blow or a wound tells a person hurt: "a deputy was stabbed in the neck",
"the ambassador was cut on her lip in the blast", "a policeman was hit by rocks".

The verbs (:data:`~newsparse._data.casualty_words.ASSAULT_VERBS`) are read as harm states, their
participles taken from lemminflect's inflection tables rather than listed by hand ("burned" and
"burnt", "beaten", "pummeled" and "pummelled"). News uses the same verbs of careers, prices and
markets ("stabbed in the back by his party", "burned by the market", "cut from the squad"), so
such a participle tells a harm only where its sentence tells of violence done to a body
(:data:`~newsparse._data.casualty_words.VIOLENCE_CUES`: a weapon, an attack, a wound, a blast, a
part of the body), as a seizure word of things too tells a kidnapping only beside a seizing
force (:mod:`newsparse.extractors.casualties.seizures`).

The participles ship in :mod:`newsparse._data.assault_forms`, written by :func:`table_source`
(a test regenerates it and compares), so no parse loads lemminflect.
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import ASSAULT_VERBS, ASSAULTED, VIOLENCE_CUES
from newsparse.generated import lemminflect_table_source
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_ASSAULTED = frozenset(ASSAULTED)
_VIOLENCE = compiled(rf"\b(?:{phrase_trie(VIOLENCE_CUES)})", re.IGNORECASE)


def by_violence(harm: str, aux: str, sentence: str) -> bool:
    """Whether the harm word ``harm`` (lower case, single-spaced), after the words ``aux``
    between it and its subject, tells a harm in ``sentence``: any word but a participle of a
    blow, and that one where it is passive ("was cut", not "Armenia cut ties": the past tense of
    most of these verbs is their participle) and violence is told."""
    if harm.split()[-1] not in _ASSAULTED:
        return True
    return bool(aux.strip()) and _VIOLENCE.search(sentence) is not None


def participles(lemma: str) -> list[str]:
    """lemminflect's passive participles of the verb ``lemma``, with the past forms that differ
    from the base ("burnt" beside "burned"; not "beat", "cut"), sorted."""
    from lemminflect import getAllInflections, getInflection

    table = getAllInflections(lemma, "VERB")
    forms = {*getInflection(lemma, "VBN"), *table.get("VBN", ())}
    forms.update(form for form in table.get("VBD", ()) if form != lemma)
    return sorted(forms)


def table_source() -> str:
    """The text of :mod:`newsparse._data.assault_forms`, from the lemminflect installed here."""
    about = (
        "Verb of a blow -> its passive participles (see",
        ":mod:`newsparse.extractors.casualties.assaults`).",
    )
    table = {verb: participles(verb) for verb in ASSAULT_VERBS}
    return lemminflect_table_source("assaults.table_source", about, "PARTICIPLES", table)
