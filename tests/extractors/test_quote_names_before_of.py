"""A person named with where they are from ('James Lankford of Oklahoma') is read by their own
name too, so the text's later lone surname ('Lankford joined ...') is that person, the subject
a pronoun after it means (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.names import NameBook

QUOTED_FIRST = '"We will act," Paul Ryan said on Thursday.\n\n'


def test_a_lone_surname_opening_a_sentence_is_whom_he_means() -> None:
    text = (
        QUOTED_FIRST + "The effort has three backers: James Lankford of Oklahoma, Lindsey Graham "
        "and Susan Collins.\n\nLankford joined Flake on Friday in treating the indictment as "
        'a nudge. "They will try again, and we must be ready," he said.'
    )
    assert speakers(text)[-1] == "James Lankford"


def test_a_body_of_a_place_keeps_its_whole_name() -> None:
    text = "Officials at the Royal Bank of Scotland met. The Bank said it would wait."
    assert NameBook(text).fullest("Bank", text.index("The Bank")) == "Bank"


@given(
    st.sampled_from(["Lankford", "Tomlinson", "Ziedins", "Okafor"]),
    st.sampled_from(["Oklahoma", "Minneapolis", "Denver", "the Cracked Market blog"]),
)
def test_the_name_before_of_is_the_full_name_of_its_surname(surname: str, place: str) -> None:
    text = f"Among them was Sharon {surname} of {place}. {surname} arrived late."
    assert NameBook(text).fullest(surname, text.rindex(surname)) == f"Sharon {surname}"
