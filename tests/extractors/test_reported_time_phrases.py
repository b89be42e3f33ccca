"""A time phrase between a cue and the clause it reports ('said Tuesday his plan would pass').
Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.time_phrases import clause_after_time


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_clause_after_the_time_is_reported() -> None:
    assert found("Mayor Karl Dunn said Tuesday the ferry would run all winter.") == [
        ("the ferry would run all winter", "Karl Dunn", "said")
    ]
    assert found("Senator Ruth Ames announced on Monday she will not seek a third term.") == [
        ("she will not seek a third term", "Ruth Ames", "announced")
    ]
    assert found("Coach Ada Moss said earlier this week the team would play on.") == [
        ("the team would play on", "Ada Moss", "said")
    ]


def test_the_time_alone_or_a_circumstance_after_it_reports_nothing_after() -> None:
    assert found("The ferry will run all winter, Mayor Karl Dunn said Tuesday night.") == [
        ("The ferry will run all winter", "Karl Dunn", "said")
    ]
    assert found("Mayor Karl Dunn spoke Tuesday in a packed town hall.") == []
    assert found("A draft plan approved Saturday would close the mill.") == []


def test_where_the_clause_starts() -> None:
    text = "Dunn said on Tuesday night the port is safe."
    assert clause_after_time(text, len("Dunn said"), len(text)) == text.index("the port")
    text = "Dunn said late Monday, adding more."
    assert clause_after_time(text, len("Dunn said"), len(text)) is None
    text = "Dunn said last week in Leeds."
    assert clause_after_time(text, len("Dunn said"), len(text)) is None


@given(
    time=st.sampled_from(
        ["Tuesday", "on Friday", "late Monday", "last week", "Sunday night", "yesterday"]
    ),
    clause=st.sampled_from(
        ["the bridge will reopen in May", "he would veto the budget", "Leeds must raise taxes"]
    ),
)
def test_a_cue_a_time_and_a_clause_report_the_clause(time: str, clause: str) -> None:
    text = f"Governor Lena Park said {time} {clause}."
    assert found(text) == [(clause, "Lena Park", "said")]
