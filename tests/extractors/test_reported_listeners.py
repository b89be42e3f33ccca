"""Whom it was told to, after a telling verb: the listener's noun ('told a Senate panel') and,
after a quotation, whatever follows the listener ('"...," Dunn told Fox News host Ann Lee
on Monday') are never what was told. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_listeners_lower_case_noun_is_part_of_the_listener() -> None:
    text = "The ferry will run all winter, Mayor Karl Dunn told a Senate panel Wednesday."
    assert found(text) == [("The ferry will run all winter", "Karl Dunn", "told")]


def test_a_clause_after_the_listener_is_still_what_was_told() -> None:
    assert found("Mayor Karl Dunn told CNN he would run again.") == [
        ("he would run again", "Karl Dunn", "told")
    ]


def test_after_a_quotation_the_words_after_the_listener_are_not_told() -> None:
    text = '"We will run the ferry," Mayor Karl Dunn told Fox News host Ann Lee by phone.'
    assert found(text) == []


def test_after_a_quotation_that_still_opens_what_was_told() -> None:
    text = '"We will see," a Dunn aide told the Leeds Herald that the mayor would run again.'
    assert [(t, cue) for t, _, cue in found(text)] == [("the mayor would run again", "told")]


@given(
    listener=st.sampled_from(
        ["the AIPAC meeting in Leeds", "CBS host Ann Lee on Sunday", "a Senate panel", "Fox 35"]
    )
)
def test_a_quote_told_to_any_listener_reports_nothing_more(listener: str) -> None:
    text = f'"Fares will rise in May," Mayor Karl Dunn told {listener}.'
    assert found(text) == []
