"""The adjectives that tell a quoted judgement from a coined term: the shipped list is
lemminflect's (test_verb_forms checks that a first parse on a new machine loads no lemminflect)."""

from __future__ import annotations

from pathlib import Path

from newsparse._data import adjective_words as shipped
from newsparse.extractors.quotes.adjectives import table_source

REGENERATE = (
    "python -c 'from newsparse.extractors.quotes.adjectives import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/adjective_words.py'
)


def test_the_shipped_list_is_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect changes: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the adjective list is stale; run {REGENERATE}"


def test_the_list_holds_adjectives_and_not_the_nouns_of_coined_terms() -> None:
    assert {"narrow", "fair", "unprecedented"} <= shipped.ADJECTIVES
    assert not {"cliff", "index", "government"} & shipped.ADJECTIVES
