"""A hyphen with a blank on either side is a dash to the reported-speech reader, as typed where
no dash key is: it joins a second attribution on, ends a cue noun's clause and breaks an
opening phrase, as '—' does; a hyphen inside a word or a range is none. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


SPACED_HYPHENS = [
    (  # a second attribution joined on
        "Judge Omar Hale said the trial would start in May - and he noted that the jury was set.",
        [
            ("the trial would start in May", "Omar Hale", "said"),
            ("the jury was set", "Omar Hale", "noted"),
        ],
    ),
    (
        "Judge Omar Hale said the trial would start in May - but Mayor Karl Dunn argued that it"
        " would not.",
        [
            ("the trial would start in May", "Omar Hale", "said"),
            ("it would not", "Karl Dunn", "argued"),
        ],
    ),
    (  # a cue noun's clause
        "Senator Ruth Ames's claim that the tax would pass - a bold bet - drew scorn.",
        [("the tax would pass", "Ruth Ames", "claim")],
    ),
    (  # an opening phrase with a dash in it is no opening phrase, but what was said
        "After the vote - a narrow one, Mayor Karl Dunn said.",
        [("After the vote - a narrow one", "Karl Dunn", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_HYPHENS)
def test_spaced_hyphen_is_a_dash(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_hyphen_in_a_word_or_range_breaks_nothing() -> None:
    assert found(
        "Judge Omar Hale said the 2015-16 budget would pass and the co-chairs agreed."
    ) == [("the 2015-16 budget would pass and the co-chairs agreed", "Omar Hale", "said")]


_CLAUSES = st.sampled_from(
    [
        "the trial would start in May",
        "the bridge would open in June",
        "the budget was padded by his rivals",
    ]
)
_SECOND = st.sampled_from(
    [
        "and he noted that the jury was set",
        "but Mayor Karl Dunn argued that it would not",
        "a bold bet by any measure",
    ]
)


@given(_CLAUSES, _SECOND)
def test_spaced_hyphen_reads_as_a_dash(clause: str, second: str) -> None:
    """Whatever the clauses, a spaced hyphen gives what a dash gives."""
    dashed = found(f"Judge Omar Hale said {clause} — {second}.")
    hyphened = found(f"Judge Omar Hale said {clause} - {second}.")
    assert hyphened == [(text.replace("—", "-"), speaker, cue) for text, speaker, cue in dashed]
