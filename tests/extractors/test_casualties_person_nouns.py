"""Victim nouns from WordNet (:mod:`newsparse._data.person_nouns`): a noun whose first sense is a
kind of person is read as people ("ten police recruits", "five cadets"), one whose first sense is
no one is not ("five cases"), whatever table or ending lists it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._data.casualty_words import NOT_PEOPLE
from newsparse._data.person_nouns import PERSON_NOUNS, PERSON_PLURALS
from newsparse.extractors.casualties.people import is_person, is_victim

_PEOPLE = ["recruits", "cadets", "pilgrims", "palestinians", "germans", "shepherds"]
_PEOPLE += ["colleagues", "heroes", "croats", "rwandans", "turks", "gunmen"]


@pytest.mark.parametrize("word", _PEOPLE)
def test_nouns_whose_first_sense_is_a_person_name_people(word: str) -> None:
    assert word in PERSON_PLURALS
    assert is_victim(word)
    assert is_person(word)


@pytest.mark.parametrize("word", ["case", "head", "star", "fan", "einstein", "lincoln"])
def test_nouns_whose_first_sense_is_no_kind_of_person_are_left_out(word: str) -> None:
    """Things first ("a case", "the head", "a star", "a fan"), and named individuals."""
    assert word not in PERSON_NOUNS
    assert f"{word}s" not in PERSON_PLURALS


@pytest.mark.parametrize("word", ["have", "federal", "national", "monitor"])
def test_a_singular_used_more_as_a_verb_or_an_adjective_is_no_person(word: str) -> None:
    assert word not in PERSON_NOUNS
    assert not is_person(word)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Ten police recruits were killed in the blast.", 10),
        ("Three military heroes were killed in the crash.", 3),
        ("The attack killed two colleagues of the minister.", 2),
    ],
)
def test_a_count_of_common_person_nouns_is_a_casualty(sentence: str, count: int) -> None:
    assert [c.count for c in newsparse.parse(sentence).casualties] == [count]


def test_a_count_of_things_is_no_casualty() -> None:
    assert newsparse.parse("Five cases were reported and two heads were hurt.").casualties == ()


_NO_ONE = {*NOT_PEOPLE, *(f"{word}s" for word in NOT_PEOPLE)}


@given(st.sampled_from(sorted(PERSON_PLURALS - _NO_ONE)))
def test_every_shipped_plural_is_a_victim_noun(word: str) -> None:
    """Bar the words with a person ending listed as naming no one ("characters")."""
    assert is_victim(word)
    assert is_person(word)


@given(st.sampled_from(sorted(PERSON_NOUNS | PERSON_PLURALS)))
def test_the_table_is_single_lower_case_words(word: str) -> None:
    assert word == word.lower()
    assert word.replace("-", "").isalpha()
