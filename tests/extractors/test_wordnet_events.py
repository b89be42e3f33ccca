"""The writer of :mod:`newsparse._data.event_nouns` (:mod:`.wordnet_events`), run on a WordNet
of a few words written here in WordNet 3.0's file formats, as CI has no WordNet: a plural names
events when its noun's first sense is in noun.act or noun.event, and only when it is seen in
English text."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_wordnet import tables_written

from newsparse.extractors.casualties.wordnet_events import table_source

# data.noun: offset, lexicographer file, type, word count (hex), words, pointer count, pointers
DATA = """\
  1 This licence line starts with spaces and is skipped.
00000001 11 n 01 fire 0 000 | the event of something burning
00000002 04 n 01 robbery 0 000 | larceny by threat of violence
00000003 06 n 01 house 0 000 | a dwelling
00000004 04 n 01 abatement 0 000 | an act of abating
00000005 18 n 01 woman 0 000 | an adult female
"""
# index.noun: lemma, pos, synset count, pointer count, pointers, sense counts, offsets
INDEX = "".join(
    f"{lemma} n 1 0 1 1 0000000{at}\n"
    for at, lemma in enumerate(("fire", "robbery", "house", "abatement", "woman"), 1)
)
EXCEPTIONS = "women woman\n"
RARE = {"abatements"}


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> frozenset[str]:
    files = {"data.noun": DATA, "index.noun": INDEX, "noun.exc": EXCEPTIONS}

    def source(folder: Path) -> str:
        return table_source(folder, lambda word: 1.0 if word in RARE else 4.0)

    return tables_written(tmp_path_factory.mktemp("wordnet"), source, files)["EVENT_PLURALS"]


def test_the_plural_of_an_act_or_an_event_is_one(events: frozenset[str]) -> None:
    assert {"fires", "robberies"} <= events


def test_no_thing_no_person_no_singular(events: frozenset[str]) -> None:
    assert not {"houses", "women", "fire", "robbery"} & events


def test_a_plural_never_seen_in_text_is_left_out(events: frozenset[str]) -> None:
    assert "abatements" not in events
