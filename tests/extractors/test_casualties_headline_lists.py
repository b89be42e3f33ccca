"""A headline's list of people without articles (issue 14, grammar.py ``HEADLINE_SINGLE``,
counting.py ``_headline_list``): "Woman and child injured", "Officer, suspect wounded", "4 Women,
Man Shot" name each person as "a woman and a child were injured" does; one person named
twice ("his friend, 63-year-old Daniel Caron"), a part and its name ("One of the victims,
Cedric Ginger") and an owner's kin and an age stay one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def totals(text: str) -> dict[str, int | None]:
    document = Document(text)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


@pytest.mark.parametrize(
    ("text", "kind", "total"),
    [
        ("Woman and child injured in shooting", "injured", 2),
        ("Woman, child injured in shooting", "injured", 2),
        ("Porterville officer, suspect wounded in exchange of gunfire", "injured", 2),
        ("Toddler, Man Killed in New Jersey Shooting", "killed", 2),
        ("Man, toddler killed in North Lawndale shooting", "killed", 2),
        ("4 Women, Man Shot At Vigil In West Baltimore", "shot", 5),
        ("Teen, 2 adults wounded in drive-by", "injured", 3),
    ],
)
def test_a_headlines_list_of_bare_nouns_is_each_person(text: str, kind: str, total: int) -> None:
    assert totals(text)[kind] == total


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police said his friend, 63-year-old Daniel Caron, was killed.", 1),
        ("Four people were shot at a party. One of the victims, Cedric Ginger, later died.", 1),
        (
            "Two teens were shot in the store. He faces one count of murder for fatally shooting"
            " one of the teens, 13-year-old Fabriccio Patti.",
            1,
        ),
        ("Roof killed nine people in the church, including Sanders' son, 26-year-old Tywanza.", 9),
    ],
)
def test_one_person_named_twice_stays_one(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


_NOUNS = ["Woman", "Man", "Teen", "Officer", "Suspect", "Child", "Toddler", "Mother"]


@given(
    st.sampled_from(_NOUNS),
    st.sampled_from(_NOUNS),
    st.sampled_from([", ", " and "]),
    st.sampled_from([("injured", "injured"), ("wounded", "injured"), ("killed", "killed")]),
)
def test_any_two_bare_nouns_of_a_headline_are_two_people(
    first: str, second: str, join: str, harm: tuple[str, str]
) -> None:
    text = f"{first}{join}{second.lower()} {harm[0]} in shooting"
    assert totals(text)[harm[1]] == 2
