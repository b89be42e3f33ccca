"""A document credited with a quote is its issuer's when an earlier sentence has the issuer put
it out ('NATO leaders issued a declaration', "Japan's lower house adopted a resolution") or
give it ('The Benghazi committee, in a statement, said'); a weekday before the document's
noun ('on Tuesday. The report says') is no issuer (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor

ISSUERS = ["NATO leaders", "The Senate Intelligence Committee", "Acme Corp.", "Japan's lower house"]
VERBS = ["issued", "released", "published", "adopted"]
DOCUMENTS = ["declaration", "report", "statement", "resolution"]


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


@given(st.sampled_from(ISSUERS), st.sampled_from(VERBS), st.sampled_from(DOCUMENTS))
def test_the_subject_that_put_a_document_out_issued_it(
    issuer: str, verb: str, document: str
) -> None:
    text = (
        f"{issuer} {verb} a {document} on Wednesday after two days of talks.\n\n"
        f'"We reaffirm that the door remains open," the {document} said.'
    )
    (speaker,) = speakers(text)
    assert speaker == issuer.removeprefix("The ").rstrip(".")


def test_a_body_that_gave_a_statement_issued_it() -> None:
    text = (
        "Republican Rep. Trey Gowdy of South Carolina released a statement on Monday.\n\n"
        'The Benghazi committee, in a statement, said it "vigorously denies all of his '
        'allegations."\n\nPodliska, the statement said, "has continued to imagine a variety '
        'of new theories."'
    )
    assert speakers(text)[-1] == "Benghazi committee"


def test_a_weekday_is_no_issuer() -> None:
    text = (
        "The commission released its report on Tuesday. The report says news outlets "
        '"should be more responsible" in their coverage.'
    )
    assert speakers(text) != ["Tuesday"]
