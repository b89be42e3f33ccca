"""A headline's clause after a comma or a semicolon opens on a bare noun, as its first clause
does: "Two dead in shooting; suspect in custody", "Man killed, woman shot in Woodlawn". Body
text puts a determiner there, so the bare noun is read only right after the mark, with no words
before it ("where the woman died" stays the woman's).
"""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR, written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document

CASES = [
    ("Two dead in shooting; suspect in custody", [("killed", 2), ("arrested", 1)]),
    ("Deputies: Man dead, suspect arrested", [("killed", 1), ("arrested", 1)]),
    ("Officer wounded; suspect killed", [("injured", 1), ("killed", 1)]),
    ("2 Dead, Suspect In Custody", [("killed", 2), ("arrested", 1)]),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_a_headline_clause_after_a_mark_opens_on_a_bare_noun(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert written(text) == found


def test_words_before_the_noun_after_a_comma_are_not_taken_in() -> None:
    text = "The boy was taken to the hospital, where the woman died."
    assert [f.text for f in EXTRACTOR.extract(Document(text))] == ["the woman died"]


@given(
    st.sampled_from(["Man shot", "3 dead in Detroit", "Toddler killed"]),
    st.sampled_from([", ", "; "]),
    st.sampled_from(["suspect", "teen", "gunman", "boyfriend"]),
    st.sampled_from(["arrested", "in custody", "detained"]),
)
def test_any_headline_clause_tells_its_one_person(
    first: str, mark: str, who: str, harm: str
) -> None:
    assert written(f"{first}{mark}{who} {harm}")[-1] == ("arrested", 1)


@given(
    st.sampled_from(["Tenaya Middle School", "Ohio State University", "St. Mary Parish"]),
    st.sampled_from(["teacher", "student", "deputy", "professor"]),
    st.sampled_from([("arrested", "arrested"), ("killed", "killed"), ("fatally shot", "killed")]),
)
def test_a_headline_may_open_on_a_name_of_several_words_before_its_noun(
    name: str, noun: str, harm: tuple[str, str]
) -> None:
    """A school's, a university's or a parish's name before a bare noun in lower case."""
    assert written(f"{name} {noun} {harm[0]} in shooting") == [(harm[1], 1)]


def test_capitalised_words_before_a_counted_subject_are_no_headline_name() -> None:
    """An all-capital sentence keeps its own count: the words before it name no one."""
    assert written("DETROIT POLICE ARE REPORTING TWO PEOPLE ARE DEAD") == [("killed", 2)]
