"""Every word English inflection tables know as an adjective, for telling a judgement quoted
before a noun ('a "narrow" question') from a coined term ('the "core" index').

The words come from lemminflect's tables, not from a hand list. Loading those tables costs a
fresh process about half a second, so the list ships in :mod:`newsparse._data.adjective_words`,
written by :func:`table_source` from lemminflect (a test regenerates it and compares, so it never
drifts from the library), and a first parse on a new machine loads no lemminflect.
"""

from __future__ import annotations

from newsparse.generated import lemminflect_words_source


def lemminflect_adjectives() -> list[str]:
    """Every lower-case word lemminflect reads as an adjective, among its other readings."""
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("")  # loads the table the lookups read
    return sorted(
        {word.lower() for word, readings in lemmatizer.lemma_dict.items() if "ADJ" in readings}
    )


def table_source() -> str:
    """The text of :mod:`newsparse._data.adjective_words`, from the lemminflect installed here."""
    return lemminflect_words_source(
        __name__,
        "ADJECTIVES",
        "Every lower-case word lemminflect reads as an adjective",
        lemminflect_adjectives(),
    )
