"""An injury WordNet names, taken by a person (:mod:`.wordnet_injuries`): "suffered a fracture",
"sustained a concussion", "recovering from a pair of gunshot wounds", "two leg wounds"; not a
player's lasting state ("has been suffering from a thigh injury") nor a name ("Wales")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.injury_nouns import INJURY_NOUNS
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    """Each written finding's kind, count and words."""
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Schwarzenegger suffered a fracture to his right femur, his office said.",
            ("injured", 1, "Governor Schwarzenegger suffered a fracture"),
        ),
        (
            "A police officer sustained a concussion when he was struck.",
            ("injured", 1, "A police officer sustained a concussion"),
        ),
        (
            "He was still recovering from a pair of gunshot wounds.",
            ("injured", 1, "He was still recovering from a pair of gunshot wounds"),
        ),
        (
            "The 15-year-old suffered two leg wounds and was taken to a hospital.",
            ("injured", 1, "The 15-year-old suffered two leg wounds"),
        ),
        (
            "The driver suffered severe burns in the blast.",
            ("injured", 1, "The driver suffered severe burns"),
        ),
    ],
)
def test_an_injury_taken_is_a_person_hurt(text: str, expected: tuple[str, int, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drogba has been suffering from a thigh injury recently but he came on late.",
        "The striker received a bump in pay after the season.",
        "He had a bite to eat with his wife.",
        "The man was treated for a trip to Wales.",
    ],
)
def test_no_injury_taken(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "injured"]


# A word of a suffix of medicine ("ecchymosis") is read as an illness (events.py), none harm.
_PLAIN = sorted(noun for noun in INJURY_NOUNS if not noun.endswith(("osis", "oses")))


@given(st.sampled_from(_PLAIN), st.sampled_from(("suffered", "sustained")))
def test_every_injury_noun_taken_is_one_person_hurt(noun: str, verb: str) -> None:
    assert ("injured", 1, f"The man {verb} minor {noun}") in found(
        f"The man {verb} minor {noun} in the crash on Monday."
    )
