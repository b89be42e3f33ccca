"""The writer of :mod:`newsparse._data.person_nouns` (:mod:`.wordnet_people`), run on a WordNet
of five words written here in WordNet 3.0's file formats, as CI has no WordNet: a noun is a
person when its first sense is a kind of person, a singular only when it is mostly a noun, and a
common one when SemCor tags it often."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_wordnet import tables_written

from newsparse.extractors.casualties.wordnet_people import COMMON_TAGS, SEEN_ZIPF, table_source

# data.noun: offset, lexicographer file, type, word count (hex), words, pointer count, pointers
DATA = """\
  1 This licence line starts with spaces and is skipped.
00000001 18 n 01 recruit 0 000 | a new soldier
00000002 04 n 01 case 0 000 | an occurrence
00000003 18 n 01 Einstein 0 001 @i 00000009 n 0000 | a physicist
00000004 18 n 01 judge 0 000 | a public official
00000005 18 n 01 woman 0 000 | an adult female
00000006 18 n 01 pilot 0 000 | a person who flies
00000007 06 n 01 pilot 0 000 | a television show
00000008 18 n 01 kansa 0 000 | a member of a people
00000009 15 n 01 Kansas 0 000 | a state
"""
# index.noun: lemma, pos, synset count, pointer count, pointers, sense counts, offsets
INDEX = """\
  1 This licence line starts with spaces and is skipped.
recruit n 1 0 1 1 00000001
case n 2 0 2 1 00000002 00000001
einstein n 1 1 @i 1 0 00000003
judge n 1 0 1 1 00000004
woman n 1 0 1 0 00000005
pilot n 2 0 2 0 00000006 00000007
kansa n 1 0 1 0 00000008
kansas n 1 0 1 0 00000009
"""
ADJECTIVES = """\
  1 This licence line starts with spaces and is skipped.
federal a 1 0 1 0 00000010
"""
EXCEPTIONS = "women woman\n"
# cntlist.rev: sense key, sense number, how often SemCor tags it
TAGS = f"""\
recruit%1:18:00:: 1 {COMMON_TAGS}
judge%1:18:00:: 1 4
judge%2:31:00:: 1 9
"""


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, frozenset[str]]:
    files = {
        "data.noun": DATA,
        "index.noun": INDEX,
        "index.adj": ADJECTIVES,
        "noun.exc": EXCEPTIONS,
        "cntlist.rev": TAGS,
    }
    # English text's frequencies, by wordfreq's Zipf scale: "recruits" too rare here
    zipf = {"women": SEEN_ZIPF + 3, "pilots": SEEN_ZIPF + 1, "recruits": SEEN_ZIPF - 1}
    zipf |= {"woman": SEEN_ZIPF + 3, "recruit": SEEN_ZIPF + 1, "kansa": SEEN_ZIPF + 1}

    def source(wordnet: Path) -> str:
        return table_source(wordnet, lambda word: zipf.get(word, 0.0))

    return tables_written(tmp_path_factory.mktemp("wordnet"), source, files)


def test_a_noun_whose_first_sense_is_a_person_is_one(written: dict[str, frozenset[str]]) -> None:
    assert {"recruit", "woman"} <= written["PERSON_NOUNS"]
    assert {"recruits", "women"} <= written["PERSON_PLURALS"]


def test_no_thing_first_and_no_named_individual(written: dict[str, frozenset[str]]) -> None:
    everything = written["PERSON_NOUNS"] | written["PERSON_PLURALS"]
    assert not {"case", "cases", "einstein"} & everything


def test_a_word_mostly_a_verb_is_a_person_only_in_the_plural(
    written: dict[str, frozenset[str]],
) -> None:
    assert "judge" not in written["PERSON_NOUNS"]
    assert "judges" in written["PERSON_PLURALS"]


def test_common_nouns_are_those_semcor_tags_often(written: dict[str, frozenset[str]]) -> None:
    """The word "judge" is tagged as a noun often enough, but is mostly a verb: only its plural joins."""
    assert written["COMMON_PERSON_NOUNS"] == {"recruit", "recruits", "judges"}


def test_only_person_plurals_name_people_in_every_sense(
    written: dict[str, frozenset[str]],
) -> None:
    """A pilot is a show too, and "kansas" a state of its own: only nouns that are people in
    every sense, with a plural that is no word of its own and that English text uses, are
    people however rare in SemCor ("recruits" is too rare in English here)."""
    assert {"pilots", "kansas", "recruits"} <= written["PERSON_PLURALS"]
    assert written["ONLY_PERSON_PLURALS"] == {"women"}


def test_only_person_singulars_are_no_verb_and_no_unknown_word(
    written: dict[str, frozenset[str]],
) -> None:
    """Each a person in every sense, but "recruit" is a verb too and lemminflect knows no
    "kansa": only "woman" is read alone as one person whatever its SemCor count."""
    assert written["ONLY_PERSON_SINGULARS"] == {"woman"}
