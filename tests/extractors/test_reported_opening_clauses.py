"""A cue in a subordinate clause opening the sentence reports up to that clause's comma.
Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.opening_clauses import opening_clause_end
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in ReportedSpeechExtractor().extract(Document(text))]


def end_of(text: str, cue: str) -> int | None:
    start = text.index(cue)
    return opening_clause_end(text, Span(0, len(text)), Span(start, start + len(cue)), 400)


def test_the_report_ends_at_the_opening_clause_comma() -> None:
    text = "Although Mayor Ann Ruiz said the plan would fail, the council approved it on Monday."
    assert ("the plan would fail", "Ann Ruiz") in found(text)
    assert all("council" not in content for content, _ in found(text))


def test_a_number_comma_is_not_the_clause_comma() -> None:
    text = "When the company announced 6,000 layoffs, the workers walked out."
    assert end_of(text, "announced") == text.index(", the")


def test_a_cue_after_the_opening_comma_is_in_the_main_clause() -> None:
    text = "If elected, Senator Tom Hale said he would cut taxes, raise wages and build roads."
    assert end_of(text, "said") is None
    assert found(text) == [("he would cut taxes, raise wages and build roads", "Tom Hale")]


def test_as_opens_no_such_clause() -> None:
    text = "As Senator Tom Hale noted, the plan failed because of its costs."
    assert end_of(text, "noted") is None


@given(st.sampled_from(["While", "Although", "Because", "When", "After", "Though"]))
def test_each_subordinator_opens_one(opener: str) -> None:
    text = f"{opener} the governor denied the request, the city filed a lawsuit."
    assert end_of(text, "denied") == text.index(", the city")
