"""A cue in -ing opening its sentence ('Noting that the fares had risen, Lee said ...'): a
participle of the subject after the phrase's comma, who is its speaker; not when a preposition
follows it (where or to whom: 'Speaking to reporters, ...') nor in a headline's capitals.
Sentences written for these tests."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.cue or "", f.text, text[f.speaker_span.start : f.speaker_span.end])
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span is not None
    ]


def test_an_opening_participle_reports_its_clause_for_the_subject() -> None:
    text = "Noting that the fares had risen twice, Mayor Ann Lee said the ferry would be free."
    assert ("Noting", "the fares had risen twice", "Mayor Ann Lee") in found(text)


def test_an_opening_stance_participle_has_the_subject_as_speaker() -> None:
    text = "Arguing that the levy was unfair, Senator Ruiz voted against the budget."
    assert found(text) == [("Arguing", "the levy was unfair", "Senator Ruiz")]


def test_a_preposition_after_it_says_where_not_what() -> None:
    text = "Speaking to reporters on Monday, Senator Ruiz said the levy was unfair."
    assert [cue for cue, *_ in found(text)] == ["said"]


def test_a_headline_in_capitals_is_not_read() -> None:
    assert found("Challenging Her Rival To A Debate, Lee Wins Praise") == []


def test_a_gerund_subject_with_no_comma_reports_nothing() -> None:
    assert found("Criticizing the police will alienate many voters in Leeds.") == []
