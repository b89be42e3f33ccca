"""Every word English inflection tables know as an adjective, for telling a judgement quoted
before a noun ('a "narrow" question') from a coined term ('the "core" index').

The words come from lemminflect's tables, not from a hand list, and are built once per
lemminflect version and kept in newsparse's cache, so a fresh process does not load
lemminflect and its tables.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache

from newsparse.cache import cached_json


@cache
def adjectives() -> frozenset[str]:
    """Every lower-case word lemminflect reads as an adjective, among its other readings."""
    key = f"lemminflect-{importlib.metadata.version('lemminflect')}"
    return frozenset(cached_json("adjectives", key, _adjectives))


def _adjectives() -> list[str]:
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("")  # loads the table the lookups read
    return sorted(
        {word.lower() for word, readings in lemmatizer.lemma_dict.items() if "ADJ" in readings}
    )
