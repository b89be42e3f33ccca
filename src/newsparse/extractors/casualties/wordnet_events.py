"""The plural nouns that name acts and events, read from WordNet 3.0 rather than listed a word per
miss: "109 fires", "12,068 drug-related crimes", "2,603 robberies".

:mod:`.yearly` reads a past year's figure over many counted events as a statistic ("A total of
109 fires broke out in asylum homes last year, killing 12 people"); it must know the counted noun
for events, not things or people ("destroyed 300 houses last year", "killed 12 people"). A noun
names events when its most frequent sense lies in the lexicographer file ``noun.act``
(``lex_filenum`` 4) or ``noun.event`` (11), as :mod:`.wordnet_people` reads ``noun.person``. Only
the plurals of a Zipf frequency of :data:`~.wordnet_people.SEEN_ZIPF` or more are kept: a count
stands before a plural, and the rare ones never turn up in news.

A parse never reads WordNet: the plurals ship in :mod:`newsparse._data.event_nouns`, which
:func:`table_source` writes where WordNet is installed, as :mod:`.wordnet_animals` says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsparse.extractors.casualties.wordnet_people import SEEN_ZIPF, first_sense_lemmas, plurals
from newsparse.generated import WORDNET, wordnet_words_source, words_literal, zipf_frequency

#: The lexicographer files of nouns for acts and for events.
_NOUN_ACT, _NOUN_EVENT = 4, 11


def table_source(wordnet: Path = WORDNET, zipf: Callable[[str], float] = zipf_frequency) -> str:
    """The text of :mod:`newsparse._data.event_nouns`, from the WordNet in ``wordnet``, the
    lemminflect installed here and a word's Zipf frequency by ``zipf`` (wordfreq's)."""
    lemmas = sorted(
        {*first_sense_lemmas(wordnet, _NOUN_ACT), *first_sense_lemmas(wordnet, _NOUN_EVENT)}
    )
    forms = [
        form for form in plurals(lemmas, wordnet) if form not in lemmas and zipf(form) >= SEEN_ZIPF
    ]
    return wordnet_words_source(
        "wordnet_events",
        "The plurals of the single-word nouns whose most frequent sense names an act or an\n"
        "event (WordNet's noun.act and noun.event), in lower case, each no lemma of its own and\n"
        f"of a Zipf frequency of {SEEN_ZIPF} or more (see\n"
        ":mod:`newsparse.extractors.casualties.wordnet_events`).\n",
        f"EVENT_PLURALS = {words_literal(forms)}\n",
    )
