"""People seized, told by the captives' count after "of" ("the first of 24 hostages", "29 of
their captives") and by the bare "taken" where a seizing force is told."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was the first of 17 French hostages to fly home on Sunday.", ("kidnapped", 17)),
        ("The families of 12 hostages met the minister.", ("kidnapped", 12)),
        ("The militia freed about 30 of their captives on Tuesday.", ("kidnapped", 30)),
        ("Four of its hostages were released overnight.", ("kidnapped", 4)),
        ("Gunmen stormed the clinic. Nine nurses were taken, officials said.", ("kidnapped", 9)),
        ("Armed men stopped the bus and 14 passengers were taken.", ("kidnapped", 14)),
        ("Six farmers were taken by rebels near the border.", ("kidnapped", 6)),
    ],
)
def test_captives_are_counted(text: str, expected: tuple[str, int]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said one of three deaths was a child.",
        "Gunmen attacked the village. Steps were taken to protect the market.",
        "The decision was taken after a long debate.",
        "The hostage crisis ended on Friday.",
        "He took office in 2004 and captured the city in a landslide.",
        "Seven people were taken on a tour of the plant.",
    ],
)
def test_no_captives_where_none_are_seized(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "kidnapped"]


def test_taken_to_hospital_stays_an_injury() -> None:
    text = "Gunmen opened fire. Five people were taken to hospital."
    assert ("injured", 5) in found(text)
    assert not [f for f in found(text) if f[0] == "kidnapped"]


@given(count=st.integers(min_value=2, max_value=999))
def test_a_count_after_of_before_hostages_is_the_captives(count: int) -> None:
    assert ("kidnapped", count) in found(f"He is the first of {count} hostages to be freed.")
