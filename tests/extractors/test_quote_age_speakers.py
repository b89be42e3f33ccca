"""A speaker called by an age ('"...," said the 46-year-old.') is the person the story gave that
age beside their name ('Jane Roe, 46,'), not merely the nearest person named (issue 15).
Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.told_ages import told_ages


def test_an_age_ending_the_sentence_is_a_speaker() -> None:
    """'said the 46-year-old.': the full stop after the age is the sentence's, not the age's."""
    text = 'Ann Lee, 46, spoke on Monday.\n\n"We are ready," said the 46-year-old.'
    assert speakers(text) == ["Ann Lee"]


def test_the_age_tells_which_of_two_people() -> None:
    text = (
        "Jane Roe, 46, and her husband John Roe, 50, spoke on Monday.\n\n"
        '"We are happy," said the 50-year-old.'
    )
    assert speakers(text) == ["John Roe"]
    reported = "Jane Roe, 46, and her husband John Roe, 50, spoke.\n\nThe 50-year-old said he left."
    assert [item.speaker for item in ReportedSpeechExtractor().extract(Document(reported))] == [
        "John Roe"
    ]


def test_the_shapes_an_age_is_told_in() -> None:
    text = (
        "Jane Roe, 46, Ann Lee (33) and Karl Dunn, a 51-year-old nurse, met the 30-year-old "
        "Marcelinho. Bridges, 4.5 million and Monday, 46 people"
    )
    assert [(age, name) for _, age, name in told_ages(text)] == [
        ("46", "Jane Roe"),
        ("33", "Ann Lee"),
        ("51", "Karl Dunn"),
        ("30", "Marcelinho"),
    ]


_PEOPLE = ("Jane Roe", "Ann Lee", "Karl Dunn", "Maria Costa")


@given(
    st.lists(st.integers(18, 99), min_size=2, max_size=4, unique=True),
    st.data(),
)
def test_the_person_of_the_age_speaks(ages: list[int], data: st.DataObject) -> None:
    """Whatever the order people are named in, 'the N-year-old' is whoever is N."""
    people = list(zip(_PEOPLE, ages, strict=False))
    named = ", ".join(f"{name}, {age}," for name, age in people)
    name, age = data.draw(st.sampled_from(people))
    text = f'The story named {named} on Monday.\n\n"It was hard," said the {age}-year-old.'
    assert speakers(text) == [name]
