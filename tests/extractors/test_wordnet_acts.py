"""The writer of :mod:`newsparse._data.harm_act_nouns` (:mod:`.wordnet_acts`), run on a WordNet
of a few words written here in WordNet 3.0's file formats, as CI has no WordNet: a harm verb's
derived noun of an act keeps the verb's kind, a noun first of a state does not count, "shot"
is left out, and the harm verbs' gerunds join."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_wordnet import tables_written

from newsparse.extractors.casualties.wordnet_acts import table_source

# data.verb: offset, lexicographer file, type, word count (hex), words, pointer count, pointers
# (symbol, offset, part of speech, source and target word)
VERBS = """\
  1 This licence line starts with spaces and is skipped.
00000001 41 v 01 execute 0 002 + 00000011 n 0101 + 00000012 n 0101 | kill as a punishment
00000002 35 v 01 wound 0 001 + 00000014 n 0101 | cause injuries
00000003 35 v 01 shoot 0 001 + 00000015 n 0101 | hit with a missile
00000004 41 v 01 abduct 0 001 + 00000016 n 0101 | take away by force
"""
NOUNS = """\
  1 This licence line starts with spaces and is skipped.
00000011 04 n 01 execution 0 000 | putting a condemned person to death
00000012 18 n 01 executor 0 000 | a person who carries out a will
00000013 26 n 01 wound 0 000 | an injury
00000014 04 n 01 wound 0 000 | the act of wounding
00000015 04 n 01 shooting 0 000 | the act of firing a gun
00000016 04 n 01 abduction 0 000 | the act of abducting
"""
INDEX_NOUN = """\
execution n 1 0 1 1 00000011
executor n 1 0 1 1 00000012
wound n 2 0 2 1 00000013 00000014
shooting n 1 0 1 1 00000015
abduction n 1 0 1 1 00000016
"""
INDEX_VERB = "".join(
    f"{verb} v 1 0 1 1 0000000{at}\n"
    for at, verb in enumerate(("execute", "wound", "shoot", "abduct"), 1)
)


@pytest.fixture(scope="module")
def acts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, ...]]:
    files = {
        "data.verb": VERBS,
        "data.noun": NOUNS,
        "index.noun": INDEX_NOUN,
        "index.verb": INDEX_VERB,
    }

    def source(folder: Path) -> str:
        return table_source(folder)

    folder = tmp_path_factory.mktemp("wordnet")
    return tables_written(folder, source, files)["HARM_ACT_NOUNS"]  # type: ignore[return-value]


def test_a_harm_verbs_noun_of_its_act_keeps_its_kind(acts: dict[str, tuple[str, ...]]) -> None:
    assert {"execution", "executions"} <= set(acts["killed"])
    assert {"abduction", "abductions"} <= set(acts["kidnapped"])


def test_no_person_and_no_noun_first_of_a_state(acts: dict[str, tuple[str, ...]]) -> None:
    every = {noun for nouns in acts.values() for noun in nouns}
    assert not {"executor", "wound", "wounds"} & every


def test_shooting_is_left_out(acts: dict[str, tuple[str, ...]]) -> None:
    assert "shot" not in acts
    assert "shooting" not in {noun for nouns in acts.values() for noun in nouns}


def test_the_harm_verbs_gerunds_join_but_not_a_seizure_only_by_force(
    acts: dict[str, tuple[str, ...]],
) -> None:
    assert {"gunning down", "killing"} <= set(acts["killed"])
    assert "snatching" not in acts["kidnapped"]
