"""The nouns of a bodily injury, read from WordNet 3.0 rather than listed a word per miss:
"suffered a fracture to his right femur", "sustained a concussion", "treated for burns",
"suffered cuts and bruises".

A verb of having a wound (``WOUND_TAKERS``: "suffered", "sustained", "recovering from") tells its
subject hurt whatever injury it names, and WordNet names them: the hyponyms of its synsets for
an injury to the body (:data:`INJURY_ROOTS`: "injury, hurt, harm, trauma", "wound, lesion", a
combat wound, an accidental injury). A word is kept where its most frequent sense is such an
injury, or is first a state of the body at all (``noun.state``, as "burn" is first a pain):
"fracture", "laceration", "concussion", "burns"; not "cut" (first a share), "break" (first an
interruption), "strain" or "twist".

Left out, as the annotation guidelines count an event's harm and not an illness: an injury
WordNet also files under another class (:data:`_ONE_CLASS_ONLY`: "brain damage" a nervous
disorder, "sunburn" a skin disease, a haemorrhagic stroke), and the kinds of a rupture (hernias)
and of bleeding (strokes, nosebleeds), which are illness as often. As in :mod:`.wordnet_people`,
a singular is kept only where SemCor tags it a noun at least as often as a verb ("fracture",
"bruise"; not "bump" nor "burn", whose plurals "bumps" and "burns" stay): after "received" a
verb-first singular is as often a rise ("received a bump in pay").

A parse never reads WordNet: the nouns ship in :mod:`newsparse._data.injury_nouns`, written by
:func:`table_source` (``python -c 'from newsparse.extractors.casualties.wordnet_injuries import
table_source as t; print(t(), end="")' > src/newsparse/_data/injury_nouns.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from newsparse.extractors.casualties.wordnet_people import plurals
from newsparse.generated import WORDNET, wordnet_words_source, words_literal
from newsparse.wordnet_files import NounSynset, first_senses, noun_synsets

#: The synsets of an injury to the body: "injury, hurt, harm, trauma" (noun.state), "wound,
#: lesion", "wound, injury, combat injury" and "injury, accidental injury" (noun.event).
INJURY_ROOTS = ("14285662", "14298815", "07340249", "07313636")
#: The kinds left out with their hyponyms: "rupture" (hernias) and "bleeding" (strokes,
#: nosebleeds), illness as often as injury.
LEFT_OUT_ROOTS = ("14295248", "14288235")
#: The lexicographer file of nouns for states (of the body among them).
_NOUN_STATE = 26
_HYPERNYMS, _HYPONYMS = frozenset({"@", "@i"}), frozenset({"~", "~i"})


def injury_synsets(synsets: Mapping[str, NounSynset]) -> set[str]:
    """The offsets of the injuries among ``synsets``: :data:`INJURY_ROOTS` and their hyponyms,
    but those of :data:`LEFT_OUT_ROOTS` and those WordNet files under another class too ("brain
    damage", also a nervous disorder)."""
    found: set[str] = set()
    waiting = [root for root in INJURY_ROOTS if root in synsets]
    while waiting:
        offset = waiting.pop()
        if offset in found or offset in LEFT_OUT_ROOTS:
            continue
        found.add(offset)
        waiting.extend(to for symbol, to in synsets[offset].pointers if symbol in _HYPONYMS)
    return {
        offset
        for offset in found
        if offset in INJURY_ROOTS
        or all(to in found for symbol, to in synsets[offset].pointers if symbol in _HYPERNYMS)
    }


def injury_lemmas(wordnet: Path) -> list[str]:
    """The single-word lemmas of the injuries whose most frequent sense is an injury or a state,
    sorted: a compound's head is read after any words ("a flesh wound", "blunt trauma")."""
    synsets = noun_synsets(wordnet)
    injuries = injury_synsets(synsets)
    lemmas = sorted({word for offset in injuries for word in synsets[offset].words})
    firsts = first_senses(wordnet)
    return [
        lemma
        for lemma in lemmas
        if "_" not in lemma
        and (firsts[lemma] in injuries or synsets[firsts[lemma]].lexicographer_file == _NOUN_STATE)
    ]


def table_source(wordnet: Path = WORDNET) -> str:
    """The text of :mod:`newsparse._data.injury_nouns`, from the WordNet in ``wordnet`` and the
    lemminflect installed here."""
    lemmas = injury_lemmas(wordnet)
    nouns = sorted({*lemmas, *plurals(lemmas, wordnet)})
    return wordnet_words_source(
        "wordnet_injuries",
        "The nouns of a bodily injury (WordNet's hyponyms of an injury to the body, first an\n"
        "injury or a state), singulars used as nouns at least as often as as verbs, and the\n"
        "plurals of all (see :mod:`newsparse.extractors.casualties.wordnet_injuries`).\n",
        f"INJURY_NOUNS = {words_literal(nouns)}\n",
    )
