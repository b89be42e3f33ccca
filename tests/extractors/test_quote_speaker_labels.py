"""Speaker class of issue 15 (q15): a transcript's or a fact check's label in capitals opening a
line credits the quoted words after its colon ('TRUMP: “...”', 'TRUMP on the economy: “...”'), or
right inside the marks ('"RAMOS: Secretary Clinton, ...'), when the story writes the label's name
within a sentence or the label takes turns; a rubric in capitals ('THE FACTS:') credits no one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.document import Document
from newsparse.extractors.quotes.candidates import stretches_of
from newsparse.extractors.quotes.labels import speaker_label

PEOPLE = [
    "Donald Trump",
    "Nancy Pelosi",
    "Karen Bass",
    "Jorge Ramos",
    "Ron DeSantis",
    "Mitch McConnell",
]
ABOUTS = ["", " on the economy", ", on the travel ban"]
WORDS = st.lists(st.sampled_from(["we", "will", "open", "the", "country", "soon"]), min_size=3)


@given(person=st.sampled_from(PEOPLE), about=st.sampled_from(ABOUTS), words=WORDS)
def test_a_label_in_capitals_credits_the_line(person: str, about: str, words: list[str]) -> None:
    quoted = " ".join(words).capitalize()
    surname = person.split()[-1]
    text = (
        f"{person} spoke to reporters on Monday.\n\n"
        f"{surname.upper()}{about}: “{quoted}.” — news briefing Monday.\n\n"
        "THE FACTS: That is not so."
    )
    assert speakers(text) == [person]


def test_a_label_of_a_name_with_an_inner_capital_credits_the_line() -> None:
    text = (
        "Gov. Ron DeSantis and Sen. Mitch McConnell spoke on Monday.\n\n"
        "DESANTIS: “We will reopen the schools.”\n\n"
        "MCCONNELL: “We will pass the bill.”"
    )
    assert speakers(text) == ["Ron DeSantis", "Mitch McConnell"]


def test_a_label_inside_the_marks_credits_the_turn() -> None:
    text = (
        "Jorge Ramos asked Hillary Clinton about Benghazi.\n\n"
        '"RAMOS: Secretary Clinton, did you lie to them?\n\n'
        '"CLINTON: I feel a great deal of sympathy for the families."'
    )
    assert speakers(text) == ["Jorge Ramos", "Hillary Clinton"]


def test_a_label_that_takes_turns_needs_no_name_in_the_story() -> None:
    text = (
        "Mike Pence spoke on Sunday.\n\n"
        '"WALLACE: Will she be at the debate?\n\n'
        '"PENCE: She will not be attending.\n\n'
        '"WALLACE: Do you really see those two as equivalent?"'
    )
    assert speakers(text) == ["WALLACE", "Mike Pence", "WALLACE"]


def _label(text: str) -> str | None:
    (quoted,) = stretches_of(Document(text))
    found = speaker_label(text, quoted)
    return None if found is None else text[found.start : found.end]


def test_a_rubric_in_capitals_is_no_label() -> None:
    assert _label("The report came out.\n\nTHE FACTS: “Nothing” is known about it.") is None
    assert _label("Trump spoke.\n\nFILE PHOTO: “Trump” at the White House.") is None


def test_words_after_a_colon_within_a_sentence_have_no_label() -> None:
    assert _label('Trump spoke. He told TRUMP supporters: "We will win."') is None
