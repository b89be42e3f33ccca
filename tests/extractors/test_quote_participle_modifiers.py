"""A past participle after an inverted speaker opens a phrase that says which one ('said a
strategist involved in the planning', 'according to a complaint filed by the SEC'): the speaker
ends before it, so the phrase neither joins the speaker nor makes the quote lose it. After a
pronoun the word is the pronoun's own verb ('said he wanted to'). Sentences written for these
tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor, ReportedSpeechExtractor


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote's text, speaker and the mention that credits it."""
    return [
        (
            q.text,
            q.speaker,
            None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end],
        )
        for q in QuoteExtractor().extract(Document(text))
    ]


def test_a_participle_phrase_no_longer_loses_the_quote() -> None:
    text = (
        '"You are going to see a big ad spend," said one Republican involved in the planning, '
        "who spoke on the condition of anonymity."
    )
    assert quotes(text) == [
        ("You are going to see a big ad spend,", "one Republican", "one Republican")
    ]


def test_the_participle_is_no_word_of_the_speaker() -> None:
    assert quotes('"It is over," said a diplomat based in Kabul.') == [
        ("It is over,", "a diplomat", "a diplomat")
    ]
    text = 'According to a complaint filed by the state, they "looted" the fund.'
    assert quotes(text) == [("looted", "a complaint", "a complaint")]


def test_a_pronoun_keeps_its_verb() -> None:
    text = (
        "One of the neighbors in the area, who was a registered nurse, said she tried to help "
        "those injured."
    )
    found = [
        (f.text, text[f.speaker_span.start : f.speaker_span.end] if f.speaker_span else None)
        for f in ReportedSpeechExtractor().extract(Document(text))
    ]
    assert [content for content, _ in found] == ["she tried to help those injured"]
    assert all(mention != "she" for _, mention in found)


@given(
    noun=st.sampled_from("official strategist source lawyer aide diplomat officer".split()),
    participle=st.sampled_from("involved based briefed stationed quoted assigned".split()),
    preposition=st.sampled_from("in on with to by at".split()),
    rest=st.sampled_from(["the talks", "Kabul", "the case"]),
)
def test_an_inverted_speaker_ends_before_its_participle(
    noun: str, participle: str, preposition: str, rest: str
) -> None:
    text = f'"We will see," said an {noun} {participle} {preposition} {rest}.'
    assert quotes(text) == [("We will see,", f"an {noun}", f"an {noun}")]
