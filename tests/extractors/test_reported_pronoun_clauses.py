"""A subject pronoun right after a comma opens a clause of its own: when it is the speaker of
a later cue inside a report, the report ends at the comma ('said he would back the nominee,
but beyond that, he does not want ...'). Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.pronoun_clauses import pronoun_clause
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_pronoun_after_a_comma_opens_a_second_report() -> None:
    text = (
        "Governor Lena Marsh tweeted a note of concern for the flood victims; hours later, "
        "she issued a statement on the levee repairs."
    )
    first, second = found(text)
    assert first == (
        "a note of concern for the flood victims; hours later",
        "Lena Marsh",
        "tweeted",
    )
    assert second == ("a statement on the levee repairs", "Lena Marsh", "issued")


def test_a_noun_after_a_comma_stays_in_the_report() -> None:
    text = "Mayor Ann Ruiz said that in Ohio, voters want lower fares on the river ferry."
    assert found(text) == [
        ("in Ohio, voters want lower fares on the river ferry", "Ann Ruiz", "said"),
    ]


def test_a_phrase_opening_the_pronouns_clause_keeps_it_in_the_report() -> None:
    text = (
        "Mayor Ann Ruiz said that if the council approved the levy, she would oppose the "
        "bridge plan."
    )
    (report,) = found(text)
    assert report[0] == "if the council approved the levy, she would oppose the bridge plan"


def test_an_object_pronoun_opens_no_clause() -> None:
    text = "Coach Dale Price said the league had fined him, and him alone, for the brawl."
    (report,) = found(text)
    assert report[0] == "the league had fined him, and him alone, for the brawl"


@given(pronoun=st.sampled_from(["he", "she", "they", "we", "I", "it"]))
def test_each_subject_pronoun_after_a_comma_is_found(pronoun: str) -> None:
    text = f"The fares rose, {pronoun} said."
    speaker = Span(16, 16 + len(pronoun))
    match = pronoun_clause(text, 0, speaker)
    assert match is not None and text[match.start()] == ","


@given(word=st.sampled_from(["him", "her", "them", "its", "voters", "Smith"]))
def test_other_words_after_a_comma_are_not(word: str) -> None:
    text = f"The fares rose, {word} said."
    speaker = Span(16, 16 + len(word))
    assert pronoun_clause(text, 0, speaker) is None
