"""The story's figure (issue 14, session 10): people harmed "along with" or "as well as" a count
told just before them are more people of that harm, added to it ("was killed along with Juan
Perez" is two dead). Error class seen in GVDB and SemEval-2018 task 5 development stories,
written here in our own words.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.numbers import CARDINAL_WORDS

EXTRACTOR = CasualtyExtractor()
_PUBLISHED = datetime.date(2016, 5, 1)
_WORDS = list(CARDINAL_WORDS)


def totals(text: str) -> dict[str, int | None]:
    document = Document(text, published=_PUBLISHED)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Maria Lopez, 29, was killed along with Juan Perez, 20, in a double homicide on Elm "
            "Street.",
            "killed",
            2,
        ),
        ("The pastor was killed, as well as his wife, when gunmen opened fire.", "killed", 2),
        ("Three men were wounded along with two women at the bus stop.", "injured", 5),
        (
            "Armed men abducted 30 villagers along with 12 children from the school.",
            "kidnapped",
            42,
        ),
    ],
)
def test_people_harmed_along_with_a_count_add_to_it(text: str, kind: str, count: int) -> None:
    assert totals(text).get(kind) == count


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a clause of its own between them: the brother is not told killed
        ("A man was killed and, along with his brother, was buried on Friday.", 1),
        # "along with" in another sentence joins nothing
        ("Two men were killed on Sunday. Along with the victims, police found a dog.", 2),
    ],
)
def test_along_with_outside_the_count_adds_nothing(text: str, killed: int) -> None:
    assert totals(text).get("killed") == killed


@given(st.integers(2, 12), st.integers(2, 12))
def test_any_two_groups_wounded_along_with_each_other_add_up(first: int, second: int) -> None:
    text = f"{_WORDS[first].capitalize()} men were wounded along with {_WORDS[second]} women."
    assert totals(text).get("injured") == first + second
