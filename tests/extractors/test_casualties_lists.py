"""Lists of people and named victims (session 8): a list's members named by their own words
("a police colonel" beside "a university guard", single people side by side one item of them
all, session 17), names with a lower-case particle ("Khayreddin
al-Dabbagh") or a title alone before them ("Ms. Sanders"), and a shot told lived through in the
clause after it ("who are both receiving treatment in hospital")."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

_ROLES = ["police colonel", "clinic escort", "bank teller", "school janitor", "Somali national"]


@given(
    st.sampled_from(["An electricity employee", "A farmer", "Two soldiers", "His mother"]),
    st.lists(st.sampled_from(_ROLES), min_size=1, max_size=3),
    st.sampled_from(["were killed", "were wounded", "have been arrested"]),
)
def test_single_people_listed_are_one_item(first: str, roles: list[str], harm: str) -> None:
    *middle, last = roles
    members = [first, *(f"a {role}" for role in middle)]
    text = f"{', '.join(members)} and a {last} {harm} on Monday."
    found = written(text)
    counted = first.startswith("Two")  # a group with its own number is an item of its own
    expected = [2, len(roles)] if counted else [len(roles) + 1]
    assert [count for _, count in found] == expected
    assert len({kind for kind, _ in found}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A national electricity employee, a police colonel and a university guard were "
            "also killed.",
            [("killed", 3)],
        ),
        ("Two Germans and one Greek were wounded.", [("injured", 2), ("injured", 1)]),
        ("Six Iraqis and six Sudanese were arrested.", [("arrested", 6), ("arrested", 6)]),
        (
            "Three doctors, three clinic employees and a clinic escort have been murdered.",
            [("killed", 3), ("killed", 3), ("killed", 1)],
        ),
    ],
)
def test_lists_of_roles(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gun and four men were wounded.", [("injured", 4)]),  # a thing first: the men alone
        # the gunman's: a killer's suicide is a death (suicides.py takes back anyone else's)
        ("Police said the gunman killed himself, a sheriff said Thursday.", [("killed", 1)]),
        ("The leadership had a falling out, and Pol Pot was arrested.", [("arrested", 1)]),
        ("Gunmen stormed the cafe, taking a handful of hostages.", [("kidnapped", None)]),
        ("Jeanne Carlopoli and a dog were attacked; the dog was killed.", []),
    ],
)
def test_no_member_that_is_no_person(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed and shot dead Khayreddin al-Dabbagh, a member of the council.",
        "Osama bin Laden was killed in 2011.",
        "Ms. Sanders was killed at the scene.",
        "Lt. Gen. Soleimani was killed in a drone strike.",
        "He wrote to Abu Ayyub al-Masri in 2007. Masri was killed in 2010 by U.S. troops.",
    ],
)
def test_named_victim_is_one(text: str) -> None:
    assert written(text) == [("killed", 1)]


@given(
    st.sampled_from(["Police shot the two suspects", "Two men were shot"]),
    st.sampled_from(
        [
            ", who are both receiving treatment in hospital",
            " and are in stable condition",
            ", who were later hospitalized",
            " during protests in the city early Tuesday, all of them suffering minor injuries",
            " with non-life-threatening injuries",
        ]
    ),
)
def test_a_shot_lived_through_is_an_injury(shot: str, lived: str) -> None:
    assert written(f"{shot}{lived}.") == [("injured", 2)]
    assert written(f"{shot} on Elm Street.") == [("shot", 2)]


@given(
    st.sampled_from(["Lilian Merida-Galicia", "John Smith, 41,", "Maria Lopez"]),
    st.sampled_from(["her 7-year-old daughter", "his wife", "her son, Tomas,"]),
    st.sampled_from(
        [
            ("were apprehended", "arrested"),
            ("were killed", "killed"),
            ("were abducted", "kidnapped"),
        ]
    ),
)
def test_a_named_person_and_one_of_theirs_are_one_pair(
    named: str, theirs: str, harm: tuple[str, str]
) -> None:
    words, kind = harm
    text = f"{named} and {theirs} {words} on Monday."
    assert written(text) == [(kind, 2)]


def test_a_pair_shot_or_a_longer_list_is_one_item() -> None:
    assert written("David Moore and his brother were shot on Monday.") == [("shot", 2)]
    assert written(
        "The spree included the murders of William Mueller, his wife, Nancy, and her daughter."
    ) == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person told by two nouns, or a clause of its own after the comma
        ("A vocal newspaper boss and lawmaker was killed in a bombing.", [("killed", 1)]),
        (
            "Witnesses named Caston as the shooter, and he was later taken into custody.",
            [("arrested", 1)],
        ),
        # numbered groups before a singular verb still count each
        ("One man and one woman was shot on Elm Street.", [("shot", 1), ("shot", 1)]),
    ],
)
def test_single_people_before_a_singular_verb_are_one(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert written(text) == expected


def _parts_of(text: str) -> list[tuple[str, int | None, bool]]:
    return [(f.text, f.count, f.subset) for f in CasualtyExtractor().extract(Document(text))]


@given(
    st.sampled_from(["in", "near", "inside", "outside"]),
    st.sampled_from(["Panola County", "New Haven", "Southeast Baltimore", "Lakeview Park"]),
    st.sampled_from([", and", " and"]),
)
def test_a_place_after_a_preposition_is_no_person_of_a_list(
    at: str, place: str, joint: str
) -> None:
    found = _parts_of(f"Five people were shot {at} {place}{joint} one of those victims was killed.")
    assert not [text for text, _, _ in found if text.startswith(place)]
    assert ("one of those victims was killed", 1, True) in found
