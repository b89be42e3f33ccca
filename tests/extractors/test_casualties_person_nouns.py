"""Victim nouns from WordNet (:mod:`newsparse._data.person_nouns`): a noun whose first sense is a
kind of person is read as people ("ten police recruits", "five cadets"), one whose first sense is
no one is not ("five cases"), whatever table or ending lists it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._data.casualty_words import NOT_PEOPLE
from newsparse._data.person_nouns import ONLY_PERSON_SINGULARS, PERSON_NOUNS, PERSON_PLURALS
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


def test_every_shipped_plural_is_a_victim_noun() -> None:
    """Bar the words with a person ending listed as naming no one ("characters"), every one is
    a victim and a person. Every word is asked: a sample would pass or fail by the words it
    drew."""
    plurals = sorted(PERSON_PLURALS - _NO_ONE)
    assert [word for word in plurals if not is_victim(word)] == []
    assert [word for word in plurals if not is_person(word)] == []


def test_the_table_is_single_lower_case_words() -> None:
    """Every word of the table is asked, not a sample of it."""
    words = PERSON_NOUNS | PERSON_PLURALS
    assert [w for w in words if w != w.lower() or not w.replace("-", "").isalpha()] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The report says Jews were massacred in the town.",
        "The militia revels in the slaughter of innocents, including Muslims.",
    ],
)
def test_a_plural_with_no_count_counts_no_one_person(sentence: str) -> None:
    assert [c.count for c in newsparse.parse(sentence).casualties if c.count == 1] == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Two died and 11 others including two Germans and one Greek were wounded.", [2, 1]),
        ("Nine died and ten were hurt, including three recruits and one cadet.", [3, 1]),
    ],
)
def test_a_subset_listing_counted_groups_is_read_group_by_group(
    sentence: str, counts: list[int]
) -> None:
    subsets = [c.count for c in newsparse.parse(sentence).casualties if c.subset]
    assert subsets == counts


def test_groups_sharing_one_determiner_are_one_subset() -> None:
    sentence = "Ten of those on board died, including his mother and stepfather."
    assert [c.count for c in newsparse.parse(sentence).casualties if c.subset][-1:] == [2]


@given(
    st.sampled_from(["two", "three", "five", "12"]),
    st.sampled_from(["recruits", "colleagues", "heroes", "guests", "pilgrims"]),
    st.sampled_from(["killed", "wounded"]),
)
def test_a_count_before_a_common_person_noun_is_read(count: str, noun: str, harm: str) -> None:
    found = newsparse.parse(f"Police said {count} {noun} were {harm} in the attack.").casualties
    assert [c.text for c in found] == [f"{count} {noun} were {harm}"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Police said the teenager killed three classmates at the school.", 3),
        ("Two teammates were injured when the bus overturned.", 2),
        ("Police said two roommates were wounded in the attack.", 2),
        ("Two bailiffs were killed at the courthouse.", 2),
        ("He is accused of murdering five east London prostitutes.", 5),
    ],
)
def test_a_count_of_nouns_that_are_people_in_every_sense_is_a_casualty(
    sentence: str, count: int
) -> None:
    """Rare in SemCor, so no common noun, but WordNet gives them no sense but people's."""
    assert [c.count for c in newsparse.parse(sentence).casualties] == [count]


@pytest.mark.parametrize(
    "sentence",
    ["He killed three birds.", "She shot three stars on the night sky.", "Curry shot 3 pointers."],
)
def test_a_count_of_things_or_animals_after_a_harm_verb_is_no_casualty(sentence: str) -> None:
    assert newsparse.parse(sentence).casualties == ()


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The jailed tycoon was found dead in his cell.", "The jailed tycoon was found dead"),
        ("A classmate was killed in the crash on Monday.", "A classmate was killed"),
        ("Police said the magnate was wounded in the attack.", "the magnate was wounded"),
    ],
)
def test_one_of_the_nouns_that_are_people_in_every_sense_is_a_casualty(
    sentence: str, text: str
) -> None:
    """The singular of a plural that names people in every sense is one person, however rare."""
    assert text in [c.text for c in newsparse.parse(sentence).casualties]


@pytest.mark.parametrize("harm", ["was killed", "was wounded", "was arrested"])
def test_every_noun_for_people_in_every_sense_after_a_determiner_is_one_casualty(
    harm: str,
) -> None:
    """Every listed noun, not a sample: a sample once missed the short ones ("user", "doer")."""
    missed = [
        noun
        for noun in sorted(ONLY_PERSON_SINGULARS - {"nobody"})
        if [
            (c.text, c.count) for c in newsparse.parse(f"Police said the {noun} {harm}.").casualties
        ]
        != [(f"the {noun} {harm}", 1)]
    ]
    assert missed == []
