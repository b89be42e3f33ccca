"""A death whose cause after the death word is an illness named by its ending (issue 14).

The words of illness are too many to list; a cause noun with an ending of medicine's word
formation ("malnutrition", "septicemia", "lymphoma", "cardiomyopathy") tells a death of no
event. The cause ends at a preposition, and "the death of" names a person, not a cause.
"""

from __future__ import annotations

import pytest

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def _counts(text: str) -> dict[str, int | None]:
    return {f.kind: f.count for f in EXTRACTOR.extract(Document(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups said 40 infants died of malnutrition in the camps last winter.",
        "Three patients died from septicemia at the clinic last week.",
        "He died of cardiomyopathy in 2011.",
        "Two of the inmates died from a rare form of leukaemia.",
        "Six prisoners succumbed to undernutrition during the siege.",
        "Officials said 12 deaths from hypokalemia were recorded in the province.",
    ],
)
def test_a_death_from_an_illness_named_by_its_ending_is_no_casualty(text: str) -> None:
    assert _counts(text) == {}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four soldiers died from their injuries in Oklahoma.", {"killed": 4}),
        ("The boy died of a subdural hematoma after the beating.", {"killed": 1}),
        ("Police charged a man in the shooting death of Thomas Moore.", {"killed": 1}),
        ("Two men died of gunshot wounds near Tacoma on Friday.", {"killed": 2}),
    ],
)
def test_a_cause_of_an_event_still_counts(text: str, expected: dict[str, int]) -> None:
    assert _counts(text) == expected, text
