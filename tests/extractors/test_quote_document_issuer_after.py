"""A document the story quotes as 'the suit' or 'the statement' before it says whose it is
('Podliska's suit', 'a statement released by Fox News', 'the GAO report') is that issuer's
(issue 15, docs/annotation-guidelines.md: words from a document are its issuer's). Only a
naming inside the document's own phrase counts: a name ending the sentence before the noun
('... and the Vice Lords. The indictment') or a clause after 'In its report,' is no issuer,
and an issuer named before the mention still wins."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

KINDS = ["suit", "statement", "report", "memo"]
ISSUERS = ["Bradley Podliska", "Fox News", "Government Accountability Office"]


@given(st.sampled_from(KINDS), st.sampled_from(ISSUERS))
def test_an_issuer_named_after_the_quote_issues_it(kind: str, issuer: str) -> None:
    text = (
        f'"The plaintiff was the only one reprimanded," the {kind} reads.\n\n'
        f"The {kind}, released by {issuer} on Tuesday, runs to 40 pages."
    )
    assert speakers(text) == [issuer]


@given(st.sampled_from(KINDS))
def test_a_possessor_after_the_quote_issues_it(kind: str) -> None:
    text = (
        f'"Management shamed the managers," the {kind} reads.\n\n'
        f"Damore’s {kind} is the latest legal challenge for the company."
    )
    assert speakers(text) == ["Damore"]


def test_a_name_ending_the_sentence_before_the_noun_issues_nothing() -> None:
    paragraphs = [
        '"The gang is broken into sets," the indictment says.',
        "The sets include the Traveling Vice Lords. The indictment also names the leaders.",
    ]
    assert speakers("\n\n".join(paragraphs)) == ["the indictment"]


def test_an_issuer_named_before_the_quote_wins() -> None:
    paragraphs = [
        "The Pentagon issued a report on Monday.",
        '"Stocks are low," the report says.',
        "A report released by the Government Accountability Office disagreed.",
    ]
    assert speakers("\n\n".join(paragraphs)) == ["Pentagon"]
