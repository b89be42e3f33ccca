"""Every word English inflection tables know only as a past verb form or an adverb, which a
capitalised word opening a sentence may be but a person's name never is ('Attacked another
host, calling her ...', 'Rather, ...', 'Met by the crowd, ...').

The words come from lemminflect's tables, not from a hand list: a word it also reads as a noun
or an adjective ('Reed', 'Young', 'Price') may be a surname and is left out, as is a verb's base
form ('Wade'). Loading lemminflect costs a fresh process about half a second, so the list ships
in :mod:`newsparse._data.non_name_words`, written by :func:`table_source` (a test regenerates it
and compares), and a first parse on a new machine loads no lemminflect.
"""

from __future__ import annotations

from newsparse.generated import lemminflect_words_source

#: lemminflect's readings of a word that may name someone.
_NAMING_READINGS = frozenset(("NOUN", "PROPN", "ADJ"))
#: The past forms of a verb: 'attacked', 'met', 'chosen'.
_PAST_TAGS = ("VBD", "VBN")


def lemminflect_non_names() -> list[str]:
    """Every lower-case word lemminflect reads only as the past form of a verb or an adverb."""
    from lemminflect import Lemmatizer, getAllInflections

    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("")  # loads the table the lookups read
    words = set()
    for word, readings in lemmatizer.lemma_dict.items():
        if word != word.lower() or not word.isalpha() or readings.keys() & _NAMING_READINGS:
            continue
        past = "VERB" in readings and any(
            word in getAllInflections(lemma, "VERB").get(tag, ())
            for lemma in readings["VERB"]
            for tag in _PAST_TAGS
            if lemma != word
        )
        if past or readings.keys() == {"ADV"}:
            words.add(word)
    return sorted(words)


def table_source() -> str:
    """The text of :mod:`newsparse._data.non_name_words`, from the lemminflect installed here."""
    return lemminflect_words_source(
        __name__,
        "NON_NAME_WORDS",
        "Every lower-case word lemminflect reads only as the past form of a verb or an adverb",
        lemminflect_non_names(),
    )
