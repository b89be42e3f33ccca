"""Every word English inflection tables know as an adjective, for telling a judgement quoted
before a noun ('a "narrow" question') from a coined term ('the "core" index').

The words come from lemminflect's tables, not from a hand list. Loading those tables costs a
fresh process about half a second, so the list ships in :mod:`newsparse._data.adjective_words`,
written by :func:`table_source` from lemminflect (a test regenerates it and compares, so it never
drifts from the library), and a first parse on a new machine loads no lemminflect.
"""

from __future__ import annotations

import importlib.metadata
import textwrap


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
    return word_table_source(
        "adjectives",
        "ADJECTIVES",
        "Every lower-case word lemminflect reads as an adjective",
        lemminflect_adjectives(),
    )


def word_table_source(module: str, name: str, what: str, words: list[str]) -> str:
    """The text of a shipped table of lemminflect's words: ``name``, a frozenset of ``words``,
    said to be ``what`` and written by ``module``'s ``table_source``."""
    version = importlib.metadata.version("lemminflect")
    wrapped = textwrap.fill(" ".join(words), width=96, break_on_hyphens=False)
    return (
        f'"""Written from lemminflect {version} by ``{module}.table_source()``: never edit.\n\n'
        f"{what} (see\n"
        f":mod:`newsparse.extractors.quotes.{module}`).\n"
        '"""\n\n'
        f'{name} = frozenset(\n    """\n{wrapped}\n""".split()\n)\n'
    )
