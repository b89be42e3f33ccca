"""What the casualties extractor costs: compiling at start-up, and memory on long stories."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc

import pytest

from newsparse import lowering
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties import names as story_names


def test_a_story_without_harm_compiles_no_person_pattern() -> None:
    # in a fresh process: the person patterns cost most of the start-up time to compile
    code = (
        "import newsparse; newsparse.parse('The council met on Monday.')\n"
        "from newsparse.extractors.casualties import grammar\n"
        "print(grammar.compiled_rule.cache_info().currsize)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "0"


def test_a_letter_that_grows_when_lowered_keeps_every_offset() -> None:
    text = "İstanbul: 12 people were killed. ΟΔΟΣ"
    assert lowering.lowered(text) == "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = list(CasualtyExtractor().extract(Document(text)))
    assert [(text[f.span.start : f.span.end], f.count) for f in found] == [
        ("12 people were killed", 12)
    ]


@pytest.mark.parametrize("first", ["Í", "İ"])  # "İ" grows when lowered
def test_lowering_a_long_story_takes_little_more_than_its_copy(first: str) -> None:
    text = f"{first}zmir news. " * 100_000
    tracemalloc.start()
    try:
        lower = lowering.lowered(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(lower) == len(text)
    # two bytes a letter for the copy and as much for its pieces; lowered whole, twelve more
    assert peak < 5 * len(text)


@pytest.fixture
def lower_case_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of each text read whole for its lower-case words (by the given names)."""
    reads: list[int] = []
    real = story_names._lower_case_words

    def counted(text: str) -> set[str]:
        reads.append(len(text))
        return real(text)

    monkeypatch.setattr(story_names, "_lower_case_words", counted)
    return reads


def test_a_story_of_many_names_is_read_once_for_lower_case_words(
    lower_case_reads: list[int],
) -> None:
    # one search of the whole story per given name made long stories quadratic
    names = [f"Name{chr(97 + i % 26)}{chr(97 + i // 26)} Smith{i}" for i in range(300)]
    # a lone first name of the story's full names, so its given names are read
    text = " ".join(f"{name} arrived." for name in names) + " Nameaa died. The share was killed."
    text = "".join(c for c in text if not c.isdigit())
    list(CasualtyExtractor().extract(Document(text)))
    assert lower_case_reads == [len(text)]


def test_a_capital_that_opens_no_full_name_is_no_given_name_to_read_the_story_for(
    lower_case_reads: list[int],
) -> None:
    # "Officers" and "Witnesses" open no full name, so no given name of the story is read
    text = (
        "Officers found Dana Reyes shot in the chest on Elm Street. Witnesses said "
        "two men were wounded. Reyes died at the hospital."
    )
    found = list(CasualtyExtractor().extract(Document(text)))
    assert lower_case_reads == []
    assert [(f.text, f.kind, f.count) for f in found] == [
        ("Dana Reyes shot", "killed", 1),  # the named person told dead later
        ("two men were wounded", "injured", 2),
        ("Reyes died", "killed", 1),
    ]


def test_the_lower_case_words_of_a_long_story_are_read_without_listing_them_all() -> None:
    text = "Officials said the share of the dead was lower. " * 20_000
    tracemalloc.start()
    try:
        words = story_names._lower_case_words(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert words == {"said", "the", "share", "of", "dead", "was", "lower"}
    # every word listed at once took twelve bytes a character of the story
    assert peak < 2 * len(text)
