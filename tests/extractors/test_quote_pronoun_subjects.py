"""Whom 'he' or 'she' means after a sentence about someone quoted before (issue 15): a lone
surname opening a sentence is that person when the story has quoted them and names them in
full elsewhere ('Chuck Schumer of New York', then 'On Monday, Schumer made clear ...'), not
when no first name ever stands before the word ('Hamas official ...'); a
person an outlet's possessive introduces ("the Daily Telegraph newspaper's legal editor
Joshua Rozenberg") is a person a pronoun may mean, not the newspaper."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

#: Two senators quoted in turn, the first named in full only with a place after his name.
SENATORS = (
    "Senate leader Chuck Schumer of New York and Lindsey Graham spoke on Sunday.\n\n"
    '"This nominee deserves a hearing," Schumer said.\n\n'
    '"I have some questions," Graham said in a statement.\n\n'
)


def test_a_surname_opening_a_sentence_is_whom_he_means() -> None:
    text = (
        SENATORS + "On Monday, Schumer made clear Democrats would question the nominee.\n\n"
        '"Every one of these nominees needs a thorough hearing," he said on CBS.'
    )
    assert speakers(text)[-1] == "Chuck Schumer"  # named in full by the name before "of"


@given(st.sampled_from(["made clear", "said on Monday that", "told reporters that"]))
def test_the_surname_wins_whatever_the_verb(verb: str) -> None:
    text = (
        SENATORS + f"Schumer {verb} Democrats would question the nominee.\n\n"
        '"He will be questioned thoroughly," he said.'
    )
    assert speakers(text)[-1] == "Chuck Schumer"  # named in full by the name before "of"


def test_a_body_quoted_before_is_no_surname() -> None:
    paragraphs = [
        '"The battle is open," Hamas said in a statement.',
        "Israel struck again overnight. Hamas escalated the fighting in recent days.",
        "Outside the hospital, Hamas official Khalil al-Haya eulogized the commander.",
        '"It will end only with our victory," he said.',
    ]
    assert speakers("\n\n".join(paragraphs))[-1] != "Hamas"


def test_a_person_an_outlet_introduces_is_whom_he_means() -> None:
    text = (
        'Defence lawyer Julian Young added: "The public interest must be a fair trial."\n\n'
        "The Daily Telegraph newspaper's legal editor Joshua Rozenberg said juries were "
        "always told to forget what they read.\n\n"
        '"But it might be quite difficult for the jury," he told BBC radio.'
    )
    assert speakers(text)[-1] == "Joshua Rozenberg"
