"""A proper name before the people's noun is one modifier (issue 14, grammar._NAME_MODIFIER).

"Two New York City police officers", "all 14 Tupac Amaru Revolutionary Movement (MRTA)
hostage-takers": a name of three words or more stands where a modifier may, however long it is.
A title-case headline's words, a text in capitals and a name followed by a verb and another name
are no such modifier.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two New York City police officers were killed.", [("killed", 2)]),
        ("Two Dallas County Community College District officers were injured.", [("injured", 2)]),
        ("An Indianapolis Metropolitan Police Department officer was shot dead.", [("killed", 1)]),
        (
            "Two soldiers, one hostage and all 14 Tupac Amaru Revolutionary Movement (MRTA)"
            " hostage-takers were killed in the raid.",
            [("killed", 2), ("killed", 1), ("killed", 14)],
        ),
    ],
)
def test_a_long_name_modifies_the_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a verb and a name after the name: the person is the name's, not the department's
        (
            "This photo released by the Sacramento County Sheriff's Department shows Deputy Danny"
            " Oliver who was one of two officers shot and killed.",
            "Deputy Danny Oliver who was one of two officers shot and killed",
        ),
        (
            "Sunday, the Howland Police Department confirmed 19-year-old Josh Haber was killed.",
            "Josh Haber was killed",
        ),
    ],
)
def test_a_name_then_a_verb_is_no_modifier(text: str, span: str) -> None:
    (found,) = CasualtyExtractor().extract(Document(text))
    assert found.text == span


def test_a_title_case_headline_is_no_name() -> None:
    assert written("School's PTO Raising Funds For Child Killed In Accidental Shooting") == []


_WORDS = ["Dallas", "County", "Community", "College", "District", "Harbor", "Transit", "Authority"]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=6),
    st.integers(2, 19),
    st.sampled_from(["officers", "police officers", "sheriff's deputies", "students"]),
)
def test_any_name_of_three_to_six_words(name: list[str], count: int, people: str) -> None:
    """Any name of three to six title-case words before the people keeps their count."""
    text = f"Police said {count} {' '.join(name)} {people} were wounded on Monday."
    assert written(text) == [("injured", count)]
