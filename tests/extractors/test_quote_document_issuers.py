"""A document credited with a quote is its issuer's when an earlier sentence has the issuer put
it out ('NATO leaders issued a declaration', "Japan's lower house adopted a resolution") or
give it ('The Benghazi committee, in a statement, said'), even after someone else put one
out; a weekday before the document's
noun ('on Tuesday. The report says') is no issuer (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

ISSUERS = ["NATO leaders", "The Senate Intelligence Committee", "Acme Corp.", "Japan's lower house"]
VERBS = ["issued", "released", "published", "adopted"]
DOCUMENTS = ["declaration", "report", "statement", "resolution"]


#: How a sentence has its subject put a document out, after someone else issued one of the kind.
PUTTING_OUT = ["{issuer} {verb} a {document} on Wednesday.", "{issuer}, in a {document}, spoke."]


@given(
    st.sampled_from(ISSUERS),
    st.sampled_from(VERBS),
    st.sampled_from(DOCUMENTS),
    st.sampled_from(PUTTING_OUT),
)
def test_the_subject_that_put_a_document_out_issued_it(
    issuer: str, verb: str, document: str, putting_out: str
) -> None:
    text = (
        f"Rep. Trey Gowdy of South Carolina released a {document} on Monday.\n\n"
        + putting_out.format(issuer=issuer, verb=verb, document=document)
        + f'\n\n"We reaffirm that the door remains open," the {document} said.'
    )
    assert speakers(text) == [issuer.removeprefix("The ").rstrip(".")]


def test_a_weekday_is_no_issuer() -> None:
    text = (
        "The commission released its report on Tuesday. The report says news outlets "
        '"should be more responsible" in their coverage.'
    )
    assert speakers(text) != ["Tuesday"]


def test_a_statement_released_by_someone_else_is_not_the_subjects() -> None:
    text = (
        "Corey Lewandowski, in a statement released by the campaign on Thursday, said he "
        "appreciated the support.\n\n"
        'The campaign’s statement then declares "the matter is now concluded."'
    )
    assert speakers(text) != ["Corey Lewandowski"]
