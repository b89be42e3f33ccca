"""The writer of :mod:`newsparse._data.animal_nouns` (:mod:`.wordnet_animals`), run on a WordNet
of five words written here in WordNet 3.0's file formats, as CI has no WordNet: a noun is an
animal when its first sense is in noun.animal, a singular only when it is mostly a noun, and
never a word the tables of people hold."""

from __future__ import annotations

import pytest
from fake_wordnet import tables_written

from newsparse.extractors.casualties.wordnet_animals import table_source

# data.noun: offset, lexicographer file, type, word count (hex), words, pointer count, pointers
DATA = """\
  1 This licence line starts with spaces and is skipped.
00000001 05 n 01 hound 0 000 | a dog used in hunting
00000002 05 n 01 young 0 000 | any immature animal
00000003 05 n 01 mouse 0 000 | a small rodent
00000004 18 n 01 woman 0 000 | an adult female
00000005 04 n 01 case 0 000 | an occurrence
"""
# index.noun: lemma, pos, synset count, pointer count, pointers, sense counts, offsets
INDEX = """\
  1 This licence line starts with spaces and is skipped.
hound n 1 0 1 1 00000001
young n 1 0 1 0 00000002
mouse n 1 0 1 1 00000003
woman n 1 0 1 0 00000004
case n 2 0 2 1 00000005 00000001
"""
EXCEPTIONS = "mice mouse\nwomen woman\n"
# cntlist.rev: sense key, sense number, how often SemCor tags it
TAGS = """\
hound%1:05:00:: 1 3
young%1:05:00:: 1 7
young%3:00:00:: 1 108
"""


@pytest.fixture(scope="module")
def animals(tmp_path_factory: pytest.TempPathFactory) -> frozenset[str]:
    files = {"data.noun": DATA, "index.noun": INDEX, "noun.exc": EXCEPTIONS, "cntlist.rev": TAGS}
    return tables_written(tmp_path_factory.mktemp("wordnet"), table_source, files)["ANIMAL_NOUNS"]


def test_a_noun_whose_first_sense_is_an_animal_is_one(animals: frozenset[str]) -> None:
    assert {"hound", "hounds", "mouse", "mice"} <= animals


def test_no_person_and_no_thing(animals: frozenset[str]) -> None:
    assert not {"woman", "women", "case", "cases"} & animals


def test_a_word_mostly_an_adjective_is_no_animal_in_the_singular(animals: frozenset[str]) -> None:
    assert "young" not in animals
