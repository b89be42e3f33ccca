"""Properties of a quote credited to a document: its words are its issuer's, told by a possessor
after the mention ('a statement on the school's website'), by a cue saying where the words came
from ('the ministry said in a statement') or by the sentence that brought a document of that
kind up ('The committee, in a statement, said ...'). A capitalised name ending on a document
noun ('The Washington Post') is no document."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor
from newsparse.extractors.quotes.documents import document_head

BODIES = ["the Benghazi committee", "the Education Ministry", "Acme Corp.", "the city council"]
KINDS = ["statement", "letter", "communique", "declaration", "report"]
WORDS = st.lists(st.sampled_from(["we", "will", "not", "give", "up", "the", "fight"]), min_size=3)


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


def test_a_possessor_after_the_mention_issues_the_document() -> None:
    text = (
        "Daniel Aldern, who attended Hillcrest High School, was remembered as "
        '"a true friend and a wonderful human being," according to a statement on the '
        "school's website.\n\n"
        '"It is with the utmost sadness that we inform you of his death," the statement reads.'
    )
    assert speakers(text)[-1] == "Hillcrest High School"


def test_the_sentence_bringing_the_document_up_names_its_issuer() -> None:
    text = (
        "The Education Ministry, in a statement, said it rejected all of his claims.\n\n"
        'Podliska, the statement said, "has continued to imagine a variety of new and '
        'outlandish allegations since his departure."'
    )
    assert speakers(text) == ["Education Ministry"]


def test_a_document_that_is_the_subject_is_passed_over() -> None:
    text = (
        "The Ministry of Education issued a circular to universities on Monday.\n\n"
        "The circular bans publishing houses from printing foreign textbooks.\n\n"
        '"School leaders will be penalized if illegal copies are found in schools," the '
        "circular warns."
    )
    assert speakers(text) == ["Ministry of Education"]


@given(st.sampled_from(BODIES), st.sampled_from(KINDS), WORDS)
def test_a_cue_in_a_document_issues_the_next_mention(
    body: str, kind: str, words: list[str]
) -> None:
    said = " ".join(words).capitalize()
    text = (
        f"{body[0].upper()}{body[1:]} said in a {kind} on Monday that talks would go on.\n\n"
        f'"{said} before the end of the year and we will keep our word to the voters," '
        f"the {kind} said."
    )
    assert speakers(text)[-1] not in (None, f"the {kind}")


@given(st.sampled_from(KINDS))
def test_a_capitalised_name_is_no_document(kind: str) -> None:
    assert document_head(f"the {kind}") == kind
    assert document_head(f"one of the {kind}s") == kind
    assert document_head(f"The Washington {kind.capitalize()}") is None
    assert document_head(f"his {kind}") is None  # the name tracker reads its possessor


WRITERS = ["Judge Ann Ray", "Justice Maria Lopez", "Governor Tom Hale"]


@given(st.sampled_from(WRITERS), st.sampled_from(["opinion", "letter", "ruling", "memo"]), WORDS)
def test_who_wrote_the_words_before_issues_the_document(
    writer: str, kind: str, words: list[str]
) -> None:
    wrote = f'"We acknowledge the concerns of the family," wrote {writer}, for the panel.'
    read = f'But the decision was "{" ".join(words)}," the {kind} read.'
    assert speakers(f"{wrote}\n\n{read}")[-1] == writer.split(" ", 1)[1]


def test_a_writer_before_another_speaker_issues_nothing() -> None:
    text = (
        '"We acknowledge the concerns," wrote Judge Ann Ray.\n\n'
        '"This is a disgrace," said Tom Hale, the family\'s lawyer.\n\n'
        'The decision was "within reasonable bounds," the statement said.'
    )
    assert speakers(text)[-1] != "Ann Ray"
