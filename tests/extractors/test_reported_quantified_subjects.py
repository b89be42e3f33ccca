"""A share of people as a cue's subject ('42% say', 'more than half of white women preferred',
'many economists applaud'): the share is the speaker, when it opens its clause. Sentences
written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.quantified_subjects import share_subject
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str]]:
    return [
        (f.text, text[f.speaker_span.start : f.speaker_span.end])
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span is not None
    ]


def share(text: str, cue: str) -> str | None:
    start = text.index(cue)
    span = share_subject(text, Span(start, start + len(cue)), Span(0, len(text)))
    return None if span is None else text[span.start : span.end]


def test_a_share_opening_the_sentence_is_the_speaker() -> None:
    text = "More than half of white women preferred the ferry plan."
    assert found(text) == [("the ferry plan", "More than half of white women")]


def test_a_share_after_a_subordinator_is_the_speaker() -> None:
    text = "While only 7 percent said they were undecided, the rest backed the mayor."
    assert ("they were undecided", "only 7 percent") in found(text)


def test_a_share_in_a_relative_clause_is_the_speaker() -> None:
    assert share("It is a tax that many economists in both parties applaud.", "applaud") == (
        "many economists in both parties"
    )


def test_adverbs_and_auxiliaries_between_are_passed_over() -> None:
    assert share("Many party members strongly oppose the ferry.", "oppose") == (
        "Many party members"
    )


# (sentence, cue): a number, a participle or a future that is no share holding a stance
NOT_SHARES = [
    ("The index rose 0.17% chief executive Ann Lee said.", "said"),  # no people
    ("Half the money you thought was safe was lost.", "thought"),  # a clause
    ("Under the plan, 91% will see a tax cut.", "see"),  # what is to come to them
    ("About 60 percent of voters backing Ruiz live in Leeds.", "backing"),  # a participle
    ("Many seem to support the ferry.", "support"),  # an infinitive
]


def test_what_is_no_share_of_people_is_no_speaker() -> None:
    assert {text: share(text, cue) for text, cue in NOT_SHARES} == dict.fromkeys(
        text for text, _ in NOT_SHARES
    )


@given(
    bound=st.sampled_from(["", "About ", "Nearly ", "Only ", "More than ", "Fewer than "]),
    amount=st.sampled_from(["42%", "57 percent", "half", "two-thirds", "6 in 10", "a majority"]),
    people=st.sampled_from(["", " of voters", " of the residents", " of white women"]),
    cue=st.sampled_from(["say", "believe", "support", "oppose", "think"]),
)
def test_any_share_of_people_opening_the_clause_is_the_speaker(
    bound: str, amount: str, people: str, cue: str
) -> None:
    subject = f"{bound}{amount}{people}"
    subject = subject[:1].upper() + subject[1:]
    text = f"In Leeds, {subject} {cue} that the ferry should run."
    assert share(text, cue) == subject
