"""A subject that opens on a capitalised count or adjective before lower-case words ('Three
senators', 'Local farmers') is the whole phrase up to its head noun, not its first word alone;
a surname that is also an adjective ('Young') is left whole. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.counted_subjects import counted_head


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def _people(word: str) -> bool:
    return word in ("senators", "farmers", "supporters", "officers", "police")


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (("Three", "senators"), 1),
        (("Local", "farmers"), 1),
        (("Some", "of", "his", "supporters"), 3),
        (("Two", "police", "officers"), 2),  # a head noun after the head is the head
        (("Young",), None),  # a surname alone
        (("White", "House", "senators"), None),  # a name before the noun
        (("Detailed", "tests", "led", "senators"), None),  # a verb before any head
        (("McCain", "supporters"), None),  # no count, no adjective
        (("THREE", "senators"), None),
    ],
)
def test_counted_head(words: tuple[str, ...], head: int | None) -> None:
    assert counted_head(words, _people) == head


COUNTED_SUBJECTS = [
    (
        "Some legal experts disagree, arguing that a payment over the limit was legal.",
        [("a payment over the limit was legal", "Some legal experts", "arguing")],
    ),
    (
        "Many foreign economists doubt the plan, warning that it will fail.",
        [
            ("the plan", "Many foreign economists", "doubt"),
            ("it will fail", "Many foreign economists", "warning"),
        ],
    ),
    (
        "Local farmers were hoping for rain before the harvest.",
        [("for rain before the harvest", "Local farmers", "hoping")],
    ),
    (  # the count names no issuer of the study
        "One study showed the drug works.",
        [("the drug works", "One study", "showed")],
    ),
    (  # an adjective after 'The' is capitalised as a name's: the memo's issuer
        "The Republican memo asserted that the dossier was essential.",
        [("the dossier was essential", "Republican", "asserted")],
    ),
    (  # a surname that is also an adjective stays the speaker
        "Young said the plan would fail, warning it would cost jobs.",
        [("the plan would fail", "Young", "said"), ("it would cost jobs", "Young", "warning")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_SUBJECTS)
def test_counted_subject_is_the_whole_phrase(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@given(
    st.sampled_from(["Three", "Several", "Many", "Some", "Local", "Senior", "Federal"]),
    st.sampled_from(["senators", "farmers", "officials", "economists", "voters"]),
)
def test_a_participle_takes_the_whole_counted_subject(count: str, noun: str) -> None:
    """Whatever the count or adjective and the noun for people, a participle after the
    sentence's clause takes the whole subject as its speaker."""
    text = f"{count} {noun} doubt the plan, warning that it will fail."
    speakers = {cue: speaker for _, speaker, cue in found(text)}
    assert speakers["warning"] == f"{count} {noun}"
