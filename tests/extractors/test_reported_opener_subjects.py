"""A bare subject in lower case after a sentence's opener (a conjunction, an adverb or a
phrase set off by a comma) is read as it is with no opener. Sentences written for these
tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.cues import opening_subject
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_subject_after_a_conjunction() -> None:
    text = "The race is close. And every recent state poll has shown the mayor ahead."
    assert found(text) == [("the mayor ahead", "every recent state poll")]


def test_a_subject_after_an_adverb_and_its_comma() -> None:
    text = "The vote is near. Indeed, black voters were backing the mayor by wide margins."
    assert found(text) == [("the mayor by wide margins", "black voters")]


def subject(text: str) -> str | None:
    sentence = Span(0, len(text))
    found = opening_subject(text, sentence, text.index(" has ") + 1, [], [])
    return None if found is None else text[found.start : found.end]


def test_only_a_phrase_ending_on_a_speaker_noun_is_a_subject() -> None:
    assert subject("And campaign officials has shown") == "campaign officials"
    assert subject("And campaign spending has shown") is None  # no one to speak


_OPENERS = ["And", "But", "Yet", "Indeed,", "However,", "In Ohio,", "Still,"]
_SUBJECTS = ["local officials", "black voters", "union leaders", "budget watchdog groups"]


@given(st.sampled_from(_OPENERS), st.sampled_from(_SUBJECTS))
def test_the_opener_changes_no_subject(opener: str, subject: str) -> None:
    plain = f"The vote is near. {subject.capitalize()} have urged the council to wait."
    opened = f"The vote is near. {opener} {subject} have urged the council to wait."
    assert [speaker.lower() for _, speaker in found(plain) if speaker] == [subject]
    assert found(opened) == [("the council to wait", subject)]
