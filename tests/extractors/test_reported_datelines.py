"""A story's dateline is no part of its first sentence's reported speech. Sentences written for
these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.datelines import DatelineExtractor
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[str]:
    return [finding.text for finding in ReportedSpeechExtractor().extract(Document(text))]


def test_a_closing_cue_reports_from_after_the_dateline() -> None:
    text = "LONDON, May 3 (Reuters) - Five people were killed in the blast, police said."
    assert found(text) == ["Five people were killed in the blast"]


def test_according_to_opening_the_story_reports_from_after_the_dateline() -> None:
    text = "KABUL, Afghanistan (CNN) -- According to police, 12 people died."
    assert found(text) == ["12 people died"]


_PLACES = st.sampled_from(
    [
        "LONDON",
        "WASHINGTON",
        "BAGHDAD, Iraq",
        "NEW DELHI",
        "JABALIA CAMP, Gaza Strip",
        "RICHMOND, Va.",
        "ST. LOUIS",
    ]
)
_DATES = st.sampled_from(["", ", May 3", ", Jan. 12", ", March 4, 2012"])
_CREDITS = st.sampled_from(["", " (Reuters)", " (AP)", " (CNN)"])
_DASHES = st.sampled_from([" -", " --", " —", " –"])
_SPEAKERS = st.sampled_from(["Police", "The senator", "Officials", "Mayor Ann Ruiz"])
_CLAUSES = st.sampled_from(["five people were killed", "the bill would pass", "prices will rise"])


@given(_PLACES, _DATES, _CREDITS, _DASHES, _SPEAKERS, _CLAUSES, st.booleans())
def test_no_span_of_a_report_reaches_into_the_dateline(
    place: str, date: str, credit: str, dash: str, speaker: str, clause: str, cue_first: bool
) -> None:
    sentence = (
        f"{speaker} said {clause}." if cue_first else f"{clause.capitalize()}, {speaker} said."
    )
    text = f"{place}{date}{credit}{dash} {sentence}"
    document = Document(text)
    dateline = next(DatelineExtractor().extract(document))
    reports = list(ReportedSpeechExtractor().extract(document))
    assert reports
    for report in reports:
        for span in (report.span, report.speaker_span, report.cue_span):
            assert span is None or span.start >= dateline.span.end
