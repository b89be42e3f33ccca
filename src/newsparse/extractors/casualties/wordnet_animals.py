"""The nouns that name animals, read from WordNet 3.0 rather than listed a word per miss: "444
hunting hounds that had died", "thousands of live poultry had been killed".

The guidelines count no animal's death or harm. Where the words before a death are a noun the
tables of people do not hold ("the dog died"), :func:`.events.of_a_thing` already takes it for a
thing; an animal must be known as one where the noun stands further back, behind a relative
pronoun ("the hounds that had died": "that" may stand for people as well). A noun names animals
when its most frequent sense lies in the lexicographer file ``noun.animal`` (``lex_filenum`` 5),
as :mod:`.wordnet_people` reads ``noun.person``. Only the singulars used as nouns at least as
often as as any other part of speech are kept ("young", mostly an adjective, is left out), with
the plurals of all, less every word the tables of people hold ("queen", "drone" stay people).

Debian's ``wordnet-base`` package installs the files; a parse never reads them: the nouns ship
in :mod:`newsparse._data.animal_nouns`, written by :func:`table_source` (``python -c 'from
newsparse.extractors.casualties.wordnet_animals import table_source as t; print(t(), end="")' >
src/newsparse/_data/animal_nouns.py`` where WordNet is installed).
"""

from __future__ import annotations

from pathlib import Path

from newsparse.extractors.casualties.wordnet_people import (
    first_sense_lemmas,
    person_lemmas,
    plurals,
    singulars,
    tags_by_part_of_speech,
)
from newsparse.generated import WORDNET, wordnet_words_source, words_literal

#: The lexicographer file of nouns for animals.
_NOUN_ANIMAL = 5


def table_source(wordnet: Path = WORDNET) -> str:
    """The text of :mod:`newsparse._data.animal_nouns`, from the WordNet in ``wordnet`` and the
    lemminflect installed here."""
    lemmas = first_sense_lemmas(wordnet, _NOUN_ANIMAL)
    people = set(person_lemmas(wordnet))
    people.update(plurals(sorted(people), wordnet))
    tags = tags_by_part_of_speech(wordnet)
    # a plural spelt as its lemma ("young", "sheep") is kept only as the singular is
    nouns = {*singulars(lemmas, tags), *(set(plurals(lemmas, wordnet)) - set(lemmas))} - people
    return wordnet_words_source(
        "wordnet_animals",
        "The single-word nouns whose most frequent sense names an animal (WordNet's\n"
        "noun.animal), in lower case: the singulars used as nouns at least as often as as any\n"
        "other part of speech, and the plurals of all, less the nouns for people (see\n"
        ":mod:`newsparse.extractors.casualties.wordnet_animals`).\n",
        f"ANIMAL_NOUNS = {words_literal(sorted(nouns))}\n",
    )
