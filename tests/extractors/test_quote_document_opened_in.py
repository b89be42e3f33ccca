"""A sentence that opens on a document and goes on to say who gave it ('In a statement, the
army said ...', 'In a statement broadcast on state radio the presidency said ...') makes the
sentence's speaker the issuer of a later 'the statement said' (issue 15); a clause between
('In a statement, Smith said the army ...') or a later mention of the document leave the
opening sentence's speaker alone. A document named by its maker ('The APEC statement') is that
maker's, not the one of its kind the text spoke of before. An earlier sentence the document
tells ('One man ... was found, a police report said') does not make its subject the issuer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

OPENINGS = ["In a statement,", "In a joint statement released on Friday,", "In a brief statement"]
SPEAKERS = ["the army", "the presidency", "the ministry"]


@given(st.sampled_from(OPENINGS), st.sampled_from(SPEAKERS))
def test_the_speaker_after_an_opening_document_issued_it(opening: str, speaker: str) -> None:
    text = (
        f"{opening} {speaker} said on Tuesday that 17 soldiers had died of their wounds.\n\n"
        'The soldiers died "in the line of duty at the border post," the statement said.'
    )
    assert speakers(text) == [speaker]


@given(st.sampled_from(["APEC", "Capital Research Center", "EEAS"]))
def test_a_named_document_is_not_the_one_spoken_of_before(maker: str) -> None:
    text = (
        "The fund, according to a July 2018 Politico statement, was among the most prolific "
        "political advertisers of 2018.\n\n"
        f'The {maker} statement warns: "Before they demand laws, they may wish to disclose."'
    )
    assert speakers(text) == [maker]


@given(st.sampled_from(["a recent", "a July 2018", "an unreleased"]))
def test_a_long_description_naming_its_maker_is_the_makers(opening: str) -> None:
    text = (
        '"The agency lacks the staff to inspect the plants," said '
        f"{opening} Government Accountability Office report."
    )
    assert speakers(text) == ["Government Accountability Office"]


@given(st.sampled_from(["said", "stated", "says", "noted"]))
def test_a_sentence_the_document_tells_is_no_issuers(verb: str) -> None:
    text = (
        "One man who had been shot in the leg was found at home, a police report "
        f"{verb}.\n\n"
        '"The victim was not able to provide any information," the report stated.'
    )
    assert speakers(text) != ["One man"]


#: Texts whose one quote keeps the speaker the text gives it, and that speaker.
KEPT = [
    (  # a clause between the opening document and the speaker
        "In a statement, Maria Lopez said the army had left the town.\n\n"
        '"We are gone for good," the statement said.',
        "Maria Lopez",
    ),
    (  # a document on the subject's own page is theirs however it is told
        "Grace Church has stated it will keep holding services, though a notice on its "
        'website says it is limiting them.\n\n"We agree we must all comply," the website says.',
        "Grace Church",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_the_issuer_the_text_gives_is_kept(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_later_mention_of_the_document_is_nearer() -> None:
    assert speakers(
        "In a statement, a Navy spokesman said commanders had been told to keep apart.\n\n"
        "According to the Navy’s statement on Sunday, a sailor had tested positive. The sailor, "
        'the statement said, is "now quarantined at home."'
    ) != ["a Navy spokesman"]
