"""The nouns that name no speaker, read from WordNet 3.0 rather than listed a miss at a time:
'month', 'deportation', 'outbreak', 'fear'.

A noun names no one when its most frequent sense (the first synset ``index.noun`` lists for
it) lies in a lexicographer file of acts, events, times, states, feelings or attributes
(``noun.act``, ``noun.event``, ``noun.time``, ``noun.state``, ``noun.feeling``,
``noun.attribute``): a speaker's phrase never ends on one ("Pal's deportation", 'this month').
People, groups, documents and messages lie in other files ('senator', 'team', 'email',
'announcement'); 'study' and 'survey', whose first senses are acts, are read as documents
before this table is (:func:`.cues.may_speak`). Only single words in lower case are kept.

Debian's ``wordnet-base`` package installs the files under ``/usr/share/wordnet``. A parse never
reads them: the words ship in :mod:`newsparse._data.non_speaker_nouns`, written by
:func:`table_source`. WordNet is no Python dependency, so no test regenerates the table; run
``python -c 'from newsparse.extractors.quotes.wordnet_non_speakers import table_source as t;
print(t(), end="")' > src/newsparse/_data/non_speaker_nouns.py`` where it is installed.
"""

from __future__ import annotations

from pathlib import Path

from newsparse.generated import WORDNET, wordnet_words_source, words_literal
from newsparse.wordnet_files import first_senses, noun_synsets

# noun.act, noun.attribute, noun.event, noun.feeling, noun.state, noun.time
_NO_SPEAKER_FILES = frozenset((4, 7, 11, 12, 26, 28))


def non_speaker_nouns(wordnet: Path = WORDNET) -> list[str]:
    """Every single-word noun lemma whose first sense lies in :data:`_NO_SPEAKER_FILES`,
    sorted."""
    synsets = noun_synsets(wordnet)
    return sorted(
        lemma
        for lemma, first in first_senses(wordnet).items()
        if lemma.isalpha() and synsets[first].lexicographer_file in _NO_SPEAKER_FILES
    )


def table_source(wordnet: Path = WORDNET) -> str:
    """The text of :mod:`newsparse._data.non_speaker_nouns`, from the WordNet in ``wordnet``."""
    return wordnet_words_source(
        "wordnet_non_speakers",
        "The common nouns whose first sense is an act, an event, a time, a state, a feeling or\n"
        "an attribute: no speaker's phrase ends on one (see\n"
        ":mod:`newsparse.extractors.quotes.wordnet_non_speakers`).\n",
        f"NON_SPEAKER_NOUNS = {words_literal(non_speaker_nouns(wordnet))}\n",
    )
