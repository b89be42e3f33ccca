"""Custody and killings named by a noun (issue 14): the classes blind recall missed.

Custody told by "held" with its terms ("held on $5 million bail", "held at the county jail"),
"apprehended", a "roundup" of people; a killing noun with its agent before "of" ("the killing
by the U.S. of General Qassem Soleimani"), an owned killing or arrest with one modifier
("Soleimani's targeted killing"), a named victim's long relative clause ("Daniel Lewis Lee, who
was convicted of ..., was executed"), and a name between commas after a person's noun, which
keeps a list of victims going ("the murders of William Mueller, his wife, Nancy, and her
daughter"). Each class has sentences that must give nothing: "held" of meetings and titles, a
roundup of news, a crowd of migrants apprehended over a month, an owned harm that was not done.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

#: Each class's sentences and a finding each must give (kind, count).
FOUND = [
    # "held" with a custody term
    ("Grafton Thomas was arrested Sunday. Thomas was held on $5 million bail.", "arrested", 1),
    ("He was held on a $250,000 bond after the hearing.", "arrested", 1),
    ("Both men were held without bond pending a hearing on Monday.", "arrested", 2),
    ("Lawyers for two Iraqi refugees held at Kennedy International Airport sued.", "arrested", 2),
    ("The 13-year-old was held at the Linn County Juvenile Detention Center.", "arrested", 1),
    ("Mark Corley was held in the Wake County jail on Friday night.", "arrested", 1),
    # apprehension, a roundup of people
    ("A suspect was apprehended shortly after breaking into the home.", "arrested", 1),
    ("Police apprehended two men near the scene on Saturday.", "arrested", 2),
    ("She said the Saudi man who was apprehended after the bombings was released.", "arrested", 1),
    (
        "After ordering the roundup of 23 strike leaders Monday, the authority relented.",
        "arrested",
        23,
    ),
    # a harm noun with its agent before "of", or one modifier after its owner
    ("Protests followed the Jan. 3 killing by the U.S. of General Qassem Soleimani.", "killed", 1),
    ("Reporters condemned the arrest by Turkish police of two journalists.", "arrested", 2),
    (
        "Qassem Soleimani led the force. Iran vowed revenge for Soleimani's targeted killing.",
        "killed",
        1,
    ),
    (
        "Troy Vance fled. The attack followed Vance's recent arrest on assault charges.",
        "arrested",
        1,
    ),
]

#: Sentences of the same shapes that tell no casualty.
NOTHING = [
    "The two leaders held talks at Kennedy International Airport on Monday.",
    "The meeting was held in the county jail's chapel on Sunday.",
    "The summit was held at the airport hotel.",
    "Troops held the airport for two days.",
    "She held the title for two years.",
    "More than 144,000 people were apprehended after crossing the border in May.",
    "The newsletter carries a weekly roundup of 10 new books.",
    "John Smith survived. Police foiled John Smith's attempted murder.",
    "John Smith spoke of John Smith's mock execution by the guards.",
    "Troy Vance fled. The case recalls Vance's first arrest in 2009.",
    "Ann Lee was ill. Friends mourned Ann Lee's untimely death.",
    "He denounced his character assassination by the press.",
]


@pytest.mark.parametrize(("text", "kind", "count"), FOUND)
def test_each_class_gives_its_finding(text: str, kind: str, count: int) -> None:
    assert (kind, count) in written(text)


@pytest.mark.parametrize("text", NOTHING)
def test_the_same_shapes_told_of_no_casualty_give_nothing(text: str) -> None:
    assert written(text) == []


def test_a_named_victim_with_a_long_relative_clause() -> None:
    text = (
        "Daniel Lewis Lee, who was convicted of robbing a gun dealer in a plot to establish a "
        "separate nation, was executed by lethal injection at the federal prison."
    )
    assert written(text) == [("killed", 1)]


def test_a_list_of_victims_goes_on_past_a_name_between_commas() -> None:
    text = (
        "The spree included the murders of gun dealer William Mueller, his wife, Nancy, and "
        "her 8-year-old daughter Sarah Powell."
    )
    assert written(text) == [("killed", 3)]


def test_a_name_between_commas_after_the_subject_keeps_its_age_apart_from_the_count() -> None:
    assert written("Her stepfather, Turhan Johnson, 27, was arrested on Friday.") == [
        ("arrested", 1)
    ]


_NOUNS = ["wife", "son", "daughter", "brother", "mother", "neighbour", "friend"]
_GIVEN = ["Nancy", "Travis", "Miles", "Adam", "Melissa", "Kyle"]
_VERBS = st.sampled_from([("killed", "killed"), ("arrested", "arrested"), ("wounded", "injured")])
_OWNERS = ["his", "her", "their"]


@given(
    st.lists(
        st.tuples(st.sampled_from(_OWNERS), st.sampled_from(_NOUNS), st.sampled_from(_GIVEN)),
        min_size=2,
        max_size=3,
        unique_by=lambda member: member[1],
    ),
    _VERBS,
)
def test_each_person_named_between_commas_is_one_of_the_list(
    members: list[tuple[str, str, str]], verb: tuple[str, str]
) -> None:
    """ "Police say the man <verb> his wife, Nancy, and his son, Travis." gives one finding that
    counts each member as one person, however many members and whichever given names."""
    words, kind = verb
    people = [f"{owner} {noun}, {name}" for owner, noun, name in members]
    listed = ", ".join(people[:-1]) + ", and " + people[-1]
    found = written(f"Police say the man {words} {listed}, on Sunday.")
    assert found == [(kind, len(members))]


_AMOUNTS = ["$5 million", "$250,000", "a $1 million", "$10,000 cash"]
_PLACES = ["the Wake County jail", "Kennedy International Airport", "a juvenile detention center"]
_TERMS = st.one_of(
    st.sampled_from(_AMOUNTS).map(lambda amount: f"on {amount} bail"),
    st.sampled_from(_AMOUNTS).map(lambda amount: f"on {amount} bond"),
    st.just("without bond"),
    st.sampled_from(_PLACES).map(lambda place: f"at {place}"),
)
_THINGS = ["The meeting", "The talks", "The vote", "The ceremony", "The auction"]


@given(st.sampled_from(["Two men were", "A suspect was", "Three teenagers were"]), _TERMS)
def test_people_held_on_a_custody_term_are_arrested(subject: str, term: str) -> None:
    count = {"Two": 2, "A": 1, "Three": 3}[subject.split()[0]]
    assert written(f"{subject} held {term} on Monday.") == [("arrested", count)]


@given(st.sampled_from(_THINGS), _TERMS)
def test_things_held_on_any_term_are_no_arrest(subject: str, term: str) -> None:
    assert written(f"{subject} was held {term} on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman suspected of shooting a 2-year-old in a drive-by was arrested on Friday.",
            ("arrested", 1),
        ),
        (
            "The man accused of shooting a 10-year-old girl through a window is in custody.",
            ("arrested", 1),
        ),
        ("Two men wanted in connection with the shooting are now in custody.", ("arrested", 2)),
        ("A man convicted of killing two people was executed on Thursday.", ("killed", 1)),
    ],
)
def test_a_person_accused_of_a_crime_is_the_one_held_or_executed(
    text: str, expected: tuple[str, int]
) -> None:
    assert expected in written(text)


def test_the_victims_of_the_crime_are_counted_apart() -> None:
    found = written("A man convicted of killing two people was executed on Thursday.")
    assert found == [("killed", 1), ("killed", 2)]


def test_a_crime_victim_is_not_the_one_arrested() -> None:
    found = written("A woman suspected of shooting a 2-year-old in a drive-by was arrested.")
    assert ("arrested", 1) in found
    assert all(kind != "arrested" or count == 1 for kind, count in found)


def test_another_harm_after_an_accused_person_is_not_read_through_the_crime() -> None:
    """ "suffered knife wounds" is told of the aunt and uncle, not of the man accused."""
    text = (
        "Investigators say the aunt and uncle of a man wanted in the shooting of two police "
        "officers suffered severe knife wounds."
    )
    assert ("injured", 1) not in written(text)
