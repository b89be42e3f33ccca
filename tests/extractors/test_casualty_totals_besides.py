"""The story's count of the wounded (issue 14, session 10): people shot besides the dead told
just before them ("one man was killed and three others were shot", "a woman was also shot")
hold none of those dead, so the wounded are all of them, not their count less the dead. Error
class seen in SemEval-2018 task 5 development stories, written here in our own words.
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
    ("text", "killed", "injured"),
    [
        ("One man was killed and three others were shot in the attack on Sunday.", 1, 3),
        (
            "Police found one man shot dead. Three other people were also shot and taken to "
            "the hospital.",
            1,
            3,
        ),
        ("The clerk had been shot and killed. Five others had been shot, too.", 1, 5),
        (
            "Two people were shot dead on Friday. A woman was also shot and drove herself to "
            "the hospital.",
            2,
            1,
        ),
    ],
)
def test_people_shot_besides_the_dead_are_all_wounded(text: str, killed: int, injured: int) -> None:
    figures = totals(text)
    assert figures.get("killed") == killed
    assert figures.get("injured") == injured


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a count of all those shot still holds the dead, told before or after it
        ("Police said four people were shot on Friday night. One man died at the scene.", 3),
        ("One man died at the scene. Police said four people were shot in all.", 3),
        # "the other" points back at people already told, not at a new group
        (
            "Two women were fatally shot on Sunday. One was shot in the car. The other woman "
            "was shot in the face.",
            None,
        ),
    ],
)
def test_people_shot_who_are_not_besides_the_dead_hold_them(text: str, injured: int | None) -> None:
    assert totals(text).get("injured") == injured


@given(st.integers(1, 6), st.integers(1, 9))
def test_any_others_shot_after_the_dead_are_the_wounded(dead: int, others: int) -> None:
    people = "person was" if dead == 1 else "people were"
    figures = totals(
        f"{_WORDS[dead].capitalize()} {people} killed on Friday night and "
        f"{_WORDS[others]} others were shot, police said."
    )
    assert figures.get("killed") == dead
    assert figures.get("injured") == others
