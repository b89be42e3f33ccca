"""The clause a verb of telling or asking reports after its listener when no 'that' marks it
('told her she did not need talking points', 'tell pollsters they have a negative view'): it
opens on a subject pronoun or a question word after a few words of listener. Sentences written
for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.listeners import clause_after_listener


def found(text: str) -> list[str]:
    return [f.text for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_pronoun_listener_then_a_clause() -> None:
    assert found("Mayor Ann Lee told her she would not need the ferry.") == [
        "she would not need the ferry"
    ]


def test_a_plural_listener_then_a_clause() -> None:
    assert found("Senator Ruiz tells pollsters they have misread the levy.") == [
        "they have misread the levy"
    ]


def test_a_question_word_after_the_listener() -> None:
    assert found("Senator Ruiz asked the mayor whether the ferry would run.") == [
        "whether the ferry would run"
    ]


def test_a_possessive_story_reports_nothing() -> None:
    assert found("Mayor Ann Lee told her story to the council.") == []


def test_relative_clauses_and_objects_of_prepositions_open_no_clause() -> None:
    text = "Lee thanked voters who waited, and asked about it in an interview."
    assert clause_after_listener(text, text.index(" voters"), len(text)) is None
    assert clause_after_listener(text, text.index(" about"), len(text)) is None


LISTENERS = st.sampled_from(["reporters", "her", "the council", "the Leeds council", "voters"])
PRONOUNS = st.sampled_from(["he", "she", "they", "we", "whether", "how"])


@given(LISTENERS, PRONOUNS)
def test_the_clause_opens_on_its_pronoun(listener: str, pronoun: str) -> None:
    text = f"Lee told {listener} {pronoun} would see the ferry run."
    start = text.index(" ", text.index("told"))
    assert clause_after_listener(text, start, len(text)) == text.index(f" {pronoun} ") + 1
