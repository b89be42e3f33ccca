"""The speaker of a cue whose subject is not just before it: the main clause's subject before a
participle or after a gerund's phrase ('The Tribune intervened in May, arguing', 'Despite
criticizing the plan, Lee ...'). Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_participle_after_a_main_clause_closing_on_a_time_shares_its_subject() -> None:
    text = "The Tribune intervened in April, arguing that the records were of public interest."
    assert ("the records were of public interest", "Tribune") in found(text)


def test_a_participle_after_a_quotation_and_its_comma_shares_the_subject() -> None:
    text = 'Senator Ruth Lane said the bill was "a disgrace," stating that it would fail.'
    assert found(text) == [
        ('the bill was "a disgrace,"', "Ruth Lane"),
        ("it would fail", "Ruth Lane"),
    ]


@given(lead=st.sampled_from(["Despite", "Besides", "After\xa0", "Now, after", "It failed: By"]))
def test_a_gerund_phrase_opening_a_clause_has_the_subject_after_its_comma(lead: str) -> None:
    text = f"{lead} criticizing the budget plan, Senator Ruth Lane voted for it."
    assert ("the budget plan", "Ruth Lane") in found(text.replace("\xa0 ", "\xa0"))


def test_instead_of_opens_a_gerund_phrase_too() -> None:
    text = "Instead of calling the budget a disgrace, Senator Ruth Lane voted for it."
    assert ("the budget a disgrace", "Ruth Lane") in found(text)
