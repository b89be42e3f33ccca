"""A word of contrast joins a second attribution on even with no comma before it ('said taxes
would rise while Dunn said they would not', 'even though the council said'): the first report
ends before it. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_while_joins_a_second_speaker_on() -> None:
    text = "Mayor Ann Ruiz said fares would rise while Karl Dunn said they would fall."
    assert found(text) == [
        ("fares would rise", "Ann Ruiz", "said"),
        ("they would fall", "Karl Dunn", "said"),
    ]


def test_even_though_stays_out_of_the_first_report() -> None:
    text = "Mayor Ann Ruiz said the ferry would run even though the council said it would not."
    assert found(text) == [
        ("the ferry would run", "Ann Ruiz", "said"),
        ("it would not", "the council", "said"),
    ]


def test_a_contrast_word_without_a_speaker_after_it_cuts_nothing() -> None:
    text = "Mayor Ann Ruiz said the ferry would run while the bridge was closed."
    assert found(text) == [("the ferry would run while the bridge was closed", "Ann Ruiz", "said")]


@given(contrast=st.sampled_from(["while", "although", "though", "even though"]))
def test_each_contrast_word_ends_the_first_report(contrast: str) -> None:
    text = f"Mayor Ann Ruiz said fares would rise {contrast} Karl Dunn argued they would fall."
    assert found(text)[0] == ("fares would rise", "Ann Ruiz", "said")
