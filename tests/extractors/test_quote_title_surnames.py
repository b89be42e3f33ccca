"""A surname that is also a title ('King', 'White', 'Judge', 'Pope') names the person the
story gives in full by it: 'King said' after 'Ron King' is Ron King's (issue 15; the speaker
is the full name). A title before a generation ('Martin Luther King Jr.') is the surname. A
lone title the story gives no one in full by, or that ends a place's or a body's name ('Utah
Republican', 'the White House'), stays as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.names import name_words

#: People whose surname is also a title, as a story names them in full.
NAMED = ["Ron King", "Casey White", "Amos Judge", "Stephanie Pope", "Ron Major"]


@given(st.sampled_from(NAMED))
def test_a_title_surname_is_the_person_named_in_full(full: str) -> None:
    surname = full.split()[-1]
    paragraphs = [
        f"{full}, the head coach, spoke to reporters on Monday.",
        f'"We played well in the second half," {surname} said.',
    ]
    assert speakers("\n\n".join(paragraphs)) == [full]


def test_a_title_before_a_generation_is_the_surname() -> None:
    assert name_words("Martin Luther King Jr.") == ("Martin", "Luther", "King", "Jr")
    assert name_words("King Abdullah II") == ("Abdullah", "II")


def test_a_place_holding_the_title_is_no_surname() -> None:
    text = (
        "The Utah Republican wrote to the agency on Monday.\n\n"
        '"We need the documents," Republican said.'
    )
    assert speakers(text) != ["Utah Republican"]


@given(st.sampled_from(NAMED))
def test_a_title_surname_opening_a_sentence_turns_the_story(full: str) -> None:
    surname = full.split()[-1]
    paragraphs = [
        f"{full} was named captain in March.",
        '"We will talk in private," said sporting director Damien Comolli.',
        f"{surname} plays in central defence but was moved forward on Saturday.",
        # the pronoun agrees with the name table: a 'he' after Comolli would be his
        f'"It was difficult for me," {"she" if full == "Stephanie Pope" else "he"} said.',
    ]
    assert speakers("\n\n".join(paragraphs))[-1] == full
