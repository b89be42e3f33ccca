"""The nouns that name no speaker (:mod:`newsparse.extractors.quotes.wordnet_non_speakers`), on a
WordNet of a few nouns in WordNet 3.0's file formats, as CI has no WordNet: a noun whose first
sense is an act or a time is kept, one first of a person, a group or a message is not."""

from __future__ import annotations

import pytest
from fake_wordnet import tables_written

from newsparse.extractors.quotes.wordnet_non_speakers import table_source

NOUNS = """\
  1 This licence line starts with spaces and is skipped.
00000011 04 n 01 deportation 0 000 | the act of expelling
00000012 28 n 01 month 0 000 | a twelfth of a year
00000013 18 n 01 senator 0 000 | a member of a senate
00000014 14 n 01 committee 0 000 | a body of people
00000015 10 n 01 statement 0 000 | a message
00000016 04 n 01 review 0 000 | an act of reviewing
"""
INDEX_NOUN = """\
  1 This licence line starts with spaces and is skipped.
deportation n 1 0 1 1 00000011
month n 1 0 1 1 00000012
senator n 1 0 1 1 00000013
committee n 1 0 1 1 00000014
statement n 1 0 1 1 00000015
review n 2 0 2 1 00000015 00000016
"""


@pytest.fixture(scope="module")
def nouns(tmp_path_factory: pytest.TempPathFactory) -> frozenset[str]:
    folder = tmp_path_factory.mktemp("wordnet")
    files = {"data.noun": NOUNS, "index.noun": INDEX_NOUN}
    return tables_written(folder, table_source, files)["NON_SPEAKER_NOUNS"]


def test_a_noun_first_of_an_act_or_a_time_names_no_speaker(nouns: frozenset[str]) -> None:
    assert {"deportation", "month"} <= nouns


def test_people_bodies_messages_and_later_senses_are_left_out(nouns: frozenset[str]) -> None:
    assert not {"senator", "committee", "statement", "review"} & nouns
