"""Which of a story's counts make its figures: error classes seen in document-level corpora.

Each case is written here in our own words after a shape that made the story's figure wrong
in SemEval-2018 task 5 or GVDB development stories.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.numbers import CARDINAL_WORDS

EXTRACTOR = CasualtyExtractor()


def totals(text: str) -> dict[str, int | None]:
    document = Document(text)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "All five were taken to a hospital, four in fair condition and one in critical condition.",
            5,
        ),
        ("Three people were wounded and one was left in serious condition.", 3),
        ("Police said six people were hurt, and one remains in critical condition.", 6),
        ("Of the eight men and three women who were wounded, five were taken to a hospital.", 11),
        (
            "Both were rushed to the hospital, one in stable condition and one in grave condition.",
            2,
        ),
    ],
)
def test_how_some_of_a_group_are_doing_is_not_more_people(text: str, injured: int) -> None:
    assert totals(text)["injured"] == injured


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("One was listed in critical condition Tuesday and one was in stable condition.", 2),
        ("Four were in fair condition and one in critical condition.", 5),
        ("Four people were injured and a fifth was grazed.", 5),
        ("Two men were wounded, and one woman was hurt.", 3),
    ],
)
def test_parts_told_alike_or_new_people_still_add_up(text: str, injured: int) -> None:
    assert totals(text)["injured"] == injured


@given(
    group=st.integers(min_value=2, max_value=19),
    data=st.data(),
    noun=st.sampled_from(["people", "men", "victims", "teenagers"]),
    verb=st.sampled_from(["wounded", "hurt", "injured"]),
    state=st.sampled_from(["was left in", "remains in", "is in", "was listed in"]),
    grade=st.sampled_from(["critical", "serious", "stable", "fair"]),
)
def test_a_group_keeps_its_size_whatever_is_told_of_some_of_it(
    group: int, data: st.DataObject, noun: str, verb: str, state: str, grade: str
) -> None:
    some = data.draw(st.integers(min_value=1, max_value=group - 1), label="some")
    count = CARDINAL_WORDS[some]
    text = f"{CARDINAL_WORDS[group].capitalize()} {noun} were {verb}, and {count} {state} {grade} condition."
    assert totals(text)["injured"] == group
