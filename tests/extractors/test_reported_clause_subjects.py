"""The speaker of a cue whose subject is not just before it: a relative pronoun with words of
its clause between ('Lee, who came out and endorsed'), the main clause's subject before a
participle or a gerund's phrase ('The Tribune intervened in May, arguing', 'Despite
criticizing the plan, Lee ...'). Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.relative_subjects import relative_subject
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in ReportedSpeechExtractor().extract(Document(text))]


def pronoun_of(text: str, cue: str) -> str | None:
    start = text.index(cue)
    span = relative_subject(text, Span(start, start + len(cue)), Span(0, len(text)))
    return None if span is None else text[span.start : span.end]


def test_a_relative_pronoun_with_an_earlier_verb_of_its_clause_is_the_subject() -> None:
    text = "The plan has won over Mayor Dana Pruitt, who came out and endorsed the new budget."
    assert ("the new budget", "Dana Pruitt") in found(text)


def test_a_phrase_between_the_pronoun_and_its_verb_is_passed_over() -> None:
    text = "Judge Omar Bell, who through a clerk declined to comment, was appointed in 2012."
    assert ("to comment", "Omar Bell") in found(text)


@given(
    between=st.sampled_from(
        [
            "",
            "last year ",
            "through a spokesman ",
            "like many in the county ",
            "in a long letter ",
            "walked out and ",
            "won the vote and then ",
        ]
    ),
    pronoun=st.sampled_from(["who", "which"]),
)
def test_the_pronoun_is_the_subject_past_its_own_clause_words(between: str, pronoun: str) -> None:
    text = f"They met Ann Cole, {pronoun} {between}endorsed the plan on Monday."
    assert pronoun_of(text, "endorsed") == pronoun


@given(
    between=st.sampled_from(
        ["voters ", "the board ", "he ", "in Ohio handle cases involving ", "is ", "was "]
    )
)
def test_a_clause_with_a_subject_or_a_verb_of_its_own_has_no_pronoun_subject(between: str) -> None:
    text = f"They met Ann Cole, who {between}endorsed the plan on Monday."
    assert pronoun_of(text, "endorsed") is None


def test_a_mark_closes_the_relative_clause() -> None:
    text = "Ann Cole, who won the vote, endorsed the plan on Monday."
    assert pronoun_of(text, "endorsed") is None


@given(between=st.sampled_from(["is ", "was ", "has been ", "in May was ", "despite it all is "]))
def test_a_progressive_relative_clause_gives_no_pronoun_subject(between: str) -> None:
    text = f"They met Ann Cole, who {between}challenging the senator in the primary."
    assert pronoun_of(text, "challenging") is None


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


def test_two_adverbs_after_a_form_of_be_keep_the_cue_passive() -> None:
    text = "The vote is near. The agencies are not necessarily expected to find every record."
    assert [f.text for f in ReportedSpeechExtractor().extract(Document(text))] == []
