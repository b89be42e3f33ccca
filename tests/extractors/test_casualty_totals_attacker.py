"""The story's count of the wounded (issue 14, session 10): an attacker who shot himself dead is
among those shot and among the dead, not a wounded survivor ("shot his wife and then himself ...
killed his wife before turning the gun on himself" is two dead and no one wounded). Error class
seen in SemEval-2018 task 5 development stories, written here in our own words.
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


# --- an attacker who shot himself dead --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A man shot his wife and then himself at their home, police said. He killed his "
            "wife before turning the gun on himself.",
            2,
            None,
        ),
        # one of the people he shot lived
        (
            "A man shot two neighbors and then himself. He killed one neighbor before turning "
            "the gun on himself.",
            2,
            1,
        ),
    ],
)
def test_the_attacker_who_killed_himself_is_no_wounded_survivor(
    text: str, killed: int, injured: int | None
) -> None:
    figures = totals(text)
    assert figures.get("killed") == killed
    assert figures.get("injured") == injured


@given(st.integers(2, 9).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n))))
def test_those_he_shot_less_those_he_killed_are_the_wounded(shot_killed: tuple[int, int]) -> None:
    shot, killed = shot_killed
    figures = totals(
        f"A man shot {_WORDS[shot]} people and then himself on Sunday. He killed "
        f"{_WORDS[killed]} people before turning the gun on himself."
    )
    assert figures.get("killed") == killed + 1
    assert figures.get("injured") == ((shot - killed) or None)
