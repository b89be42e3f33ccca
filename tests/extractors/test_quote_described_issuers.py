"""A document a body's word qualifies, where the story names no such body (issue 15): 'a
government statement' is the government's, described ('the government'), as the annotation
guidelines give words from a document whose issuer is described but not named; a body named in
capitals in the mention ('Federal Election Commission filings') or a word for a place or an
outlet ('a press release') describes no issuer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_a_government_statement_is_the_governments() -> None:
    text = 'Italy owns half of the airline. But a government statement said: "The sale goes on."'
    assert speakers(text) == ["the government"]


def test_a_body_named_in_capitals_is_not_described() -> None:
    text = (
        'The campaign spent heavily, "including on travel," according to Federal Election '
        "Commission filings."
    )
    assert speakers(text) != ["the commission"]


def test_a_press_release_describes_no_issuer() -> None:
    text = '"We are pleased with the result," a press release said.'
    assert speakers(text) != ["the press"]


@given(
    body=st.sampled_from(["government", "police", "ministry", "committee", "army"]),
    document=st.sampled_from(["statement", "report", "letter", "release"]),
    article=st.sampled_from(["a", "the"]),
)
def test_any_document_a_body_qualifies_is_the_bodys(body: str, document: str, article: str) -> None:
    text = f'Talks ended on Monday. "The plan is final," {article} {body} {document} said.'
    assert speakers(text) == [f"the {body}"]
