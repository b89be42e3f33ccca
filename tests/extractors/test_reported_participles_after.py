"""A comma and a participle of the speaker's after a cue ('..., Smith said, drawing cheers'):
how it was said, or a cue of its own, never the cue's reported clause. Sentences written for
these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_participle_after_the_cue_leaves_the_clause_before_it_reported() -> None:
    assert found("The ferry will run all winter, Mayor Karl Dunn said, drawing cheers.") == [
        ("The ferry will run all winter", "Karl Dunn", "said")
    ]


def test_a_participle_after_a_quote_and_its_cue_reports_nothing() -> None:
    text = '"We will run the ferry all winter," Mayor Karl Dunn said, wiping his brow.'
    assert found(text) == []


def test_a_participle_cue_after_the_cue_reports_its_own_clause() -> None:
    text = '"We will run the ferry," Mayor Karl Dunn said, adding that fares would rise.'
    assert found(text) == [("fares would rise", "Karl Dunn", "adding")]


def test_a_preposition_in_ing_after_the_comma_is_no_participle() -> None:
    text = "Mayor Karl Dunn said, during a visit to the port, that fares would rise."
    assert [cue for *_, cue in found(text)] == ["said"]
    assert found(text)[0][0].endswith("fares would rise")


@given(
    participle=st.sampled_from(
        ["drawing cheers", "wiping his brow", "looking at the crowd", "pausing for effect"]
    )
)
def test_how_it_was_said_is_never_reported(participle: str) -> None:
    text = f"Fares will rise in May, Mayor Karl Dunn said, {participle}."
    assert found(text) == [("Fares will rise in May", "Karl Dunn", "said")]
