"""Whether a capitalised word in -ing opening a phrase is a verb's participle ('Speaking on
Tuesday, ...', 'Following the debate'), which opens no subject, or a name that merely ends so
('Schilling', 'Boeing', 'Beijing', 'Jinping'), which may be the speaker.

The participles are every -ing form lemminflect's English tables give a verb, not a hand list:
a word they do not know as one is read as a name. A word that is a participle and a surname
('Manning', 'Browning') stays a participle, as every word in -ing was read before. Loading
lemminflect costs a fresh process about half a second, so the forms ship in
:mod:`newsparse._data.participle_words`, written by :func:`table_source` (a test regenerates
it and compares).
"""

from __future__ import annotations

from newsparse._data.participle_words import PARTICIPLES
from newsparse.generated import lemminflect_words_source


def may_be_participle(word: str) -> bool:
    """Whether a word in -ing may be a verb's participle: any in lower case ('according',
    'Quick-thinking' after its hyphen), or a capitalised one English has as a verb's -ing form
    ('Speaking'), not 'Boeing'."""
    if word[-3:].lower() != "ing":
        return False  # most words asked: read no further
    last = word.rpartition("-")[2]
    lowered = last.lower()
    return last == lowered or lowered in PARTICIPLES


def lemminflect_participles() -> list[str]:
    """Every lower-case word lemminflect gives a verb as its -ing form (tag VBG)."""
    from lemminflect import Lemmatizer, getAllInflections

    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("")  # loads the table the lookups read
    words = set()
    for word, readings in lemmatizer.lemma_dict.items():
        if not (word.endswith("ing") and word.isalpha() and word.islower()):
            continue
        if any(
            word in getAllInflections(lemma, "VERB").get("VBG", ())
            for lemma in readings.get("VERB", ())
        ):
            words.add(word)
    return sorted(words)


def table_source() -> str:
    """The text of :mod:`newsparse._data.participle_words`, from the lemminflect installed
    here."""
    return lemminflect_words_source(
        __name__,
        "PARTICIPLES",
        "Every lower-case word lemminflect gives a verb as its -ing form",
        lemminflect_participles(),
    )
