"""The verb forms reported speech reads: the shipped table is lemminflect's, and a fresh
machine's first parse needs no lemminflect."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse._data import verb_forms as shipped
from newsparse.extractors.quotes.verb_forms import (
    every_form,
    listed_words,
    other_forms,
    table_source,
)

REGENERATE = (
    "python -c 'from newsparse.extractors.quotes.verb_forms import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/verb_forms.py'
)


def test_the_shipped_table_is_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect or the cue tables change: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the verb form table is stale; run {REGENERATE}"


def test_the_shipped_table_covers_every_listed_word() -> None:
    assert sorted(shipped.OTHER_FORMS) == listed_words()


def test_a_word_missing_from_the_table_is_inflected_through_lemminflect() -> None:
    assert "pondered" not in shipped.OTHER_FORMS
    assert every_form(["pondered", "refused"]) == {
        "pondered",
        *other_forms(["pondered"])["pondered"],
        "refused",
        *shipped.OTHER_FORMS["refused"],
    }
    assert {"ponder", "ponders", "pondering"} <= every_form(["pondered"])


def test_words_of_several_words_and_unknown_verbs_stay_as_given() -> None:
    assert every_form(["according to", "xyzzyq"]) == {"according to", "xyzzyq"}


def test_a_phrase_takes_the_forms_the_table_holds_of_its_verb() -> None:
    forms = {f"{form} for" for form in shipped.OTHER_FORMS["called"]}
    assert every_form(["called for"]) == {"called for", *forms}
    assert "calling for" in forms


_FIRST_PARSE = """
import sys
import newsparse
doc = newsparse.parse(sys.argv[1], extractors=[sys.argv[2]])
print(len(doc.findings), "lemminflect" in sys.modules)
"""


@pytest.mark.parametrize(
    ("extractor", "text"),
    [
        # the shipped verb forms
        ("reported_speech", "Mayor Ana Ruiz refuses to sign the bill, aides say."),
        # the shipped adjectives, which tell a quoted judgement from a coined term
        ("quotes", 'The judge called it a "narrow" question, the court said.'),
    ],
)
def test_a_first_parse_on_a_new_machine_loads_no_lemminflect(
    extractor: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading lemminflect's tables was half a second of a cold start's first parse."""
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path / "empty"))
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PARSE, text, extractor],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    count, loaded = done.stdout.split()
    assert int(count) >= 1
    assert loaded == "False"
