"""The irregular past forms read after a harm noun told again (issue 14) are lemminflect's."""

from __future__ import annotations

from pathlib import Path

from newsparse._data import past_form_words as shipped
from newsparse._data.past_form_words import PAST_FORMS
from newsparse._data.past_forms import table_source


def test_irregular_pasts_and_no_nouns() -> None:
    assert {"brought", "drew", "shook", "took", "sparked"} & PAST_FORMS == {
        "brought",
        "drew",
        "shook",
        "took",
    }
    assert not {"shot", "cut", "set", "ground", "killed"} & PAST_FORMS


def test_the_shipped_forms_are_lemminflects() -> None:
    """Fails when lemminflect or the derivation changes: regenerate with
    python -c 'from newsparse._data.past_forms import table_source as t; print(t(), end="")'
    > src/newsparse/_data/past_form_words.py"""
    assert Path(shipped.__file__).read_text(encoding="utf-8") == table_source()
