"""The writer of :mod:`newsparse._data.injury_nouns` (:mod:`.wordnet_injuries`), run on a WordNet
of a few words written here in WordNet 3.0's file formats, as CI has no WordNet: the hyponyms of
an injury are kept with their plurals, but a word first of another class ("cut", first a share),
the kinds of a rupture (hernias), an injury filed under a disorder too ("brain damage") and a
compound."""

from __future__ import annotations

import pytest
from fake_wordnet import tables_written

from newsparse.extractors.casualties.wordnet_injuries import table_source

# data.noun: offset, lexicographer file, type, word count (hex), words, pointer count, pointers
# (symbol, offset, part of speech, source and target word)
NOUNS = """\
  1 This licence line starts with spaces and is skipped.
14285662 26 n 01 injury 0 005 ~ 00000001 n 0000 ~ 00000002 n 0000 ~ 14295248 n 0000 ~ 00000004 n 0000 ~ 00000006 n 0000 | physical damage to the body
00000001 26 n 01 fracture 0 001 @ 14285662 n 0000 | breaking of bone
00000002 26 n 02 cut 0 gash 0 001 @ 14285662 n 0000 | a wound made by cutting
00000003 21 n 01 cut 0 000 | a share of the profits
14295248 26 n 01 rupture 0 001 ~ 00000005 n 0000 | state of being torn
00000005 26 n 01 hernia 0 001 @ 14295248 n 0000 | a rupture of muscle
00000004 26 n 01 brain_damage 0 002 @ 14285662 n 0000 @ 00000007 n 0000 | injury to the brain
00000007 26 n 01 disorder 0 000 | a disturbance of function
00000006 26 n 01 flesh_wound 0 001 @ 14285662 n 0000 | a wound of the flesh
"""
INDEX_NOUN = """\
injury n 1 0 1 1 14285662
fracture n 1 0 1 1 00000001
cut n 2 0 2 1 00000003 00000002
gash n 1 0 1 1 00000002
rupture n 1 0 1 1 14295248
hernia n 1 0 1 1 00000005
brain_damage n 1 0 1 1 00000004
disorder n 1 0 1 1 00000007
flesh_wound n 1 0 1 1 00000006
"""


@pytest.fixture(scope="module")
def nouns(tmp_path_factory: pytest.TempPathFactory) -> frozenset[str]:
    folder = tmp_path_factory.mktemp("wordnet")
    files = {"data.noun": NOUNS, "index.noun": INDEX_NOUN, "noun.exc": ""}
    return tables_written(folder, table_source, files)["INJURY_NOUNS"]


def test_the_injuries_and_their_plurals_are_kept(nouns: frozenset[str]) -> None:
    assert {"injury", "injuries", "fracture", "fractures", "gash", "gashes"} <= nouns


def test_a_word_first_of_another_class_is_left_out(nouns: frozenset[str]) -> None:
    assert "cut" not in nouns


def test_illness_and_compounds_are_left_out(nouns: frozenset[str]) -> None:
    assert not {"rupture", "hernia", "brain_damage", "brain damage", "flesh_wound"} & nouns
