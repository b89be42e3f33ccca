"""A name qualifying the head nouns after it ('The Mexican government', 'Sanders supporters',
'The Ruiz campaign') is no subject alone: the subject runs to those nouns, so a nationality
adjective is not read as a person described ('the Brazilian') and resolved to whoever the text
last named. A document's head is left to its maker ('The PPI report' is PPI's). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(speaker span's text, speaker, cue) of each finding."""
    return [
        (
            text[f.speaker_span.start : f.speaker_span.end] if f.speaker_span else "",
            f.speaker,
            f.cue,
        )
        for f in ReportedSpeechExtractor().extract(Document(text))
    ]


# (text, the mention crediting each finding, its speaker, the cues in reading order)
CASES = [
    (
        "Ned Price spoke on Monday. The Mexican government has gone further, calling for an end"
        " to the plan.",
        "The Mexican government",
        "The Mexican government",
        ("calling for",),
    ),
    (
        "Mayor Ann Ruiz spoke on Monday. The Ruiz campaign went further, calling for a recount.",
        "The Ruiz campaign",
        "The Ruiz campaign",
        ("calling for",),
    ),
    (
        "Pakistan's government dismisses criticism of its policies, saying it is taking steps.",
        "Pakistan's government",
        "Pakistan's government",
        ("dismisses", "saying"),
    ),
    (
        "Sanders supporters have long called for her ouster, believing she favoured Clinton.",
        "Sanders supporters",
        "Sanders supporters",
        ("called for", "believing"),
    ),
    # a name with nothing after it is the subject as before
    (
        "FBI director James Comey decided not to go, saying the case was closed.",
        "FBI director James Comey",
        "James Comey",
        ("decided", "saying"),
    ),
    # a nationality as a noun describes a person still
    (
        "Karl Dunn spoke on Monday. The Brazilian smiled, saying the match was over.",
        "The Brazilian",
        "Karl Dunn",
        ("saying",),
    ),
    # a document: its maker speaks
    (
        "The PPI report showed strong increases, suggesting prices will rise.",
        "The PPI",
        "PPI",
        ("report", "suggesting"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "speaker", "cues"), CASES)
def test_qualified_heads(text: str, mention: str, speaker: str, cues: tuple[str, ...]) -> None:
    assert found(text) == [(mention, speaker, cue) for cue in cues]


@given(
    adjective=st.sampled_from(["Mexican", "French", "Chinese", "Greek", "Iraqi", "Canadian"]),
    head=st.sampled_from(
        ["government", "ministry", "authorities", "officials", "campaign", "lawmakers", "army"]
    ),
    person=st.sampled_from(["Ned Price", "Ann Ruiz", "Karl Dunn"]),
)
def test_a_nationality_before_a_body_is_the_body(adjective: str, head: str, person: str) -> None:
    subject = f"The {adjective} {head}"
    text = f"{person} spoke on Monday. {subject} has gone further, calling for an end to the plan."
    assert found(text) == [(subject, subject, "calling for")]


@pytest.mark.parametrize("document", ["report", "reports", "survey", "surveys", "studies"])
def test_a_document_in_the_plural_is_its_makers(document: str) -> None:
    """'studies' is read as its singular 'study', as 'surveys' is as 'survey'."""
    text = f"The Harvard {document} showed strong gains, suggesting prices will rise."
    assert ("The Harvard", "Harvard", "suggesting") in found(text)
