"""After a quotation's cue, words on how, where or when it was said report nothing ('"We will
win," Lee said happily on the radio.', '... Lee said aboard the ferry', '... Lee told reporters
outside'); 'that', a clause after a time, an infinitive and a topic still do. A verb of
speaking with a listener ('spoke to reporters') reports only a topic after 'about'. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[str]:
    return [f.text for f in ReportedSpeechExtractor().extract(Document(text))]


@pytest.mark.parametrize(
    "aside",
    [
        "said happily on the radio",
        "said aboard the ferry on Monday",
        "said 30 minutes into the debate",
        "said and quickly hung up",
        "complained to a reporter afterward",
        "said without further comment",
    ],
)
def test_an_aside_after_a_quotations_cue_reports_nothing(aside: str) -> None:
    assert found(f'"The ferry will run," Mayor Ann Lee {aside}.') == []


@pytest.mark.parametrize(
    ("cue", "clause"),
    [
        ("said in an interview that", "the ferry would be free"),
        ("said Tuesday", "the ferry would be free"),
        ("vowed", "to keep the ferry free"),
    ],
)
def test_a_clause_after_a_quotations_cue_is_still_reported(cue: str, clause: str) -> None:
    assert found(f'"We won," Mayor Ann Lee {cue} {clause}.') == [clause]


def test_speaking_to_a_listener_reports_only_its_topic() -> None:
    assert found("Senator Ruiz spoke to reporters on Thursday after the vote.") == []
    assert found("Senator Ruiz spoke to CNN about the levy on ferries.") == ["the levy on ferries"]
    assert found("Senator Ruiz talked with a crowd of voters, about whom little is known.") == []
