"""A cue word that is also a noun is the noun after a possessive ("Editor's note: ...", "the
council's plans"), which reports nothing as a verb would; a verb after a name's 's ("Moody's
said") and 'let's' are read as before. Sentences written for these tests."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def cues(text: str) -> list[str]:
    return [f.cue or "" for f in ReportedSpeechExtractor().extract(Document(text))]


def test_an_editors_note_is_no_one_noting() -> None:
    assert cues("The ferry runs at dawn.\n\nEditor's note: The ferry schedule was corrected.") == []


def test_a_possessive_plan_is_no_verb() -> None:
    text = "Mayor Ann Lee said the council’s plans call for a new ferry."
    assert cues(text) == ["said"]


def test_a_past_verb_after_a_company_name_still_reports() -> None:
    assert cues("Moody's said the ferry operator would default in May.") == ["said"]
