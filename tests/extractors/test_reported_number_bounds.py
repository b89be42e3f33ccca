"""'at least', 'at most' or 'as many as' before a number after a cue bounds the number that
opens the reported clause ('Police said at least 12 people died'); it says nothing of where or
when the words were said, as 'at' before a place does ('said at a rally'). Sentences written
for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_bounded_count_opens_the_report() -> None:
    text = "State police said at least 12 people were hurt in the crash on the bypass."
    assert found(text) == [
        ("at least 12 people were hurt in the crash on the bypass", "State police", "said")
    ]


def test_at_before_a_place_is_still_where() -> None:
    text = "Mayor Ann Ruiz said at a rally that the ferry would run all winter."
    assert found(text) == [("the ferry would run all winter", "Ann Ruiz", "said")]


def test_a_bound_on_how_often_opens_nothing() -> None:
    text = "The ferry will not run all winter, Mayor Ann Ruiz said at least twice."
    assert [report[0] for report in found(text)] != ["at least twice"]


@given(
    bound=st.sampled_from(["at least", "at most", "as many as", "as much as"]),
    count=st.sampled_from(["3", "forty", "a dozen", "half", "$2 million", "hundreds of"]),
)
def test_every_bounded_count_is_reported(bound: str, count: str) -> None:
    text = f"The county clerk reported {bound} {count} ballots were lost in the flood."
    assert found(text) == [
        (f"{bound} {count} ballots were lost in the flood", "The county clerk", "reported")
    ]
