"""The adjectives that tell a quoted judgement from a coined term: the shipped list is
lemminflect's, and a fresh machine's first parse needs no lemminflect for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


_FIRST_PARSE = """
import sys
import newsparse
doc = newsparse.parse('The judge called it a "narrow" question, the court said.', extractors=["quotes"])
print(len(doc.quotes), "lemminflect" in sys.modules)
"""


def test_a_first_parse_on_a_new_machine_reads_judgements_without_lemminflect(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the list from lemminflect's tables cost a cold first parse about 0.7 s."""
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path / "empty"))
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PARSE],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    count, loaded = done.stdout.split()
    assert int(count) == 1
    assert loaded == "False"
