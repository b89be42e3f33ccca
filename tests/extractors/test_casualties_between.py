"""Words between the counted people and their harm verb (issue 14, class 1).

News often tells who the people were before it tells what happened to them: whose they are
("two members of the group were killed"), a subset ("six people including a soldier were
killed"), or a participle phrase ("ten migrants fleeing the island drowned"). The count still
belongs to the head of the subject; but a relative clause or a bare participle after an "of"
phrase that ends in a person belongs to that nearer person ("the father of Ann Lee, who was
hurt").
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st


def counts(text: str) -> list[tuple[str, int | None]]:
    return written(text, subsets=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said three members of the Baltic-based crew were killed in the fire.",
            [("killed", 3)],
        ),
        ("Nine relatives of a Kurdish farmer died when the house collapsed.", [("killed", 9)]),
        (
            "At least eight people including a French engineer of the U.N. mission (UNMIK) "
            "were killed and 14 others including three Italians and one Spaniard were wounded.",
            [("killed", 8), ("injured", 14)],
        ),
        ("Twelve migrants fleeing the island drowned when the raft capsized.", [("killed", 12)]),
        ("Four workers repairing the line were injured by the blast.", [("injured", 4)]),
        ("Two members of the Ohio-based band were hurt in the crash.", [("injured", 2)]),
    ],
)
def test_a_phrase_between_the_people_and_their_verb(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause is of the nearer person, the name
        ("Police spoke to the father of Ann Lee, who was injured in the attack.", [("injured", 1)]),
        # a bare participle is of the nearer person
        ("Mother of 7-year-old boy killed speaks out", [("killed", 1)]),
        # a count after "of" is not a subject of its own
        ("She was one of nine people who were wounded.", [("injured", 9)]),
        ("Family of Four Found Dead in Lake Home", [("killed", 4)]),
        # a word in -ing that is a noun opens no phrase
        ("Fourth sibling from same Denver family killed", [("killed", 1)]),
    ],
)
def test_whose_the_harm_is_after_the_phrase(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_a_finite_verb_in_the_phrase_makes_it_a_clause() -> None:
    # "left" is the verb of the pair, not part of a phrase about them
    assert counts("A pair of teenagers playing with a rifle left one of them dead.") == []


_COUNTS = st.sampled_from([("two", 2), ("five", 5), ("11", 11), ("at least 30", 30)])
_PEOPLE = st.sampled_from(["people", "soldiers", "villagers", "members", "workers", "pilgrims"])
_PHRASES = st.sampled_from(
    [
        "of the Kabul-based unit",
        "of a local family",
        "of the NATO-led force (ISAF)",
        "including a German soldier",
        "including two children and a nurse",
        "including three U.S. citizens",
        "fleeing the fighting",
        "travelling in the convoy",
        "waiting at the checkpoint",
        "living near the border",
    ]
)
_HARMS = st.sampled_from(
    [
        ("were killed", "killed"),
        ("died", "killed"),
        ("drowned", "killed"),
        ("were wounded", "injured"),
        ("have been injured", "injured"),
        ("were arrested", "arrested"),
    ]
)


@given(_COUNTS, _PEOPLE, _PHRASES, _HARMS, st.sampled_from(["", " on Monday", " in the attack"]))
def test_the_count_reaches_its_verb_across_the_phrase(
    count: tuple[str, int],
    people: str,
    phrase: str,
    harm: tuple[str, str],
    tail: str,
) -> None:
    words, number = count
    text = f"Officials said {words} {people} {phrase} {harm[0]}{tail}."
    assert (harm[1], number) in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Barnett Slepian was at home. Slepian, 52, an obstetrician and gynecologist, "
            "was shot through the kitchen window.",
            [("shot", 1)],
        ),
        (
            "Demontris Toliver, 25, an aspiring tattoo artist from Baton Rouge, was killed.",
            [("killed", 1)],
        ),
        (
            "Officer Wade Irwin, 32, a nine-year veteran, was in serious condition.",
            [("injured", 1)],
        ),
        ("Benjamin Bond, 41, a resident of Morgan Lane, was arrested.", [("arrested", 1)]),
        # one aside, no age: read as before
        ("Riots in which 53 people, mostly Muslims, were killed shook the city.", [("killed", 53)]),
    ],
)
def test_an_age_and_an_aside_between_a_name_and_its_verb(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


_NAMES = st.sampled_from(["Maria Lopez", "John Carter", "Officer Dale Reed", "Ahmed Saleh"])
_ASIDES = st.sampled_from(
    [
        "a nurse at the clinic",
        "an obstetrician and gynecologist",
        "a father of three",
        "the intended target",
        "of the 3000 block of West Dickens Street",
        "who was home at the time",
        "a 17-year police veteran",
    ]
)
_NAMED_HARMS = st.sampled_from(
    [
        ("was killed", "killed"),
        ("died", "killed"),
        ("was wounded", "injured"),
        ("was arrested", "arrested"),
        ("was taken into custody", "arrested"),
        ("was shot", "shot"),
    ]
)


@given(_NAMES, st.integers(16, 90), _ASIDES, _NAMED_HARMS)
def test_a_name_keeps_its_harm_across_an_age_and_an_aside(
    name: str, age: int, aside: str, harm: tuple[str, str]
) -> None:
    text = f"Police said {name}, {age}, {aside}, {harm[0]} on Sunday."
    assert counts(text) == [(harm[1], 1)]
