"""A city's roundup of shootings is a casualty mention but not the story's toll: the story's
figure is the one incident it tells, not the sum over the incidents the roundup adds up."""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties.roundups import over_several_incidents
from newsparse.extractors.casualties.totals import document_figures

INCIDENT = "In one of the attacks, a man was shot in the leg and two women were wounded in the arm."


def totals(text: str) -> dict[str, int | None]:
    return document_figures(EXTRACTOR.extract(Document(text)), text)


@pytest.mark.parametrize(
    "roundup",
    [
        "Nine people were wounded in shootings from Sunday to early Monday, police said.",
        "Nine people were wounded between 3 p.m. Friday and 3 a.m. Monday, police said.",
        "Nine people were wounded in 11 shooting incidents reported last weekend.",
        "Nine people were wounded in two South Side shootings on Sunday.",
        "Nine people were wounded overnight in shootings throughout the city.",
        "Nine people were wounded in a series of shootings in Detroit overnight.",
    ],
)
def test_a_roundup_is_not_the_story_toll(roundup: str) -> None:
    text = f"{roundup} {INCIDENT}"
    assert totals(text)["injured"] == 3
    assert any(f.kind == "injured" and f.count == 9 for f in EXTRACTOR.extract(Document(text)))


@pytest.mark.parametrize(
    "lead",
    [
        "Nine people were wounded in the shootings at the mall on Sunday.",
        "Nine people were wounded in two shootings on Sunday that police believe to be related.",
        "Nine people were wounded in a shooting on Sunday.",
    ],
)
def test_one_incident_keeps_its_toll(lead: str) -> None:
    assert totals(f"{lead} {INCIDENT}")["injured"] == 9


def test_a_roundup_alone_is_still_the_figure() -> None:
    """With nothing else told, the tally is all the story counts."""
    assert totals("Nine people were wounded in two shootings on Sunday.")["injured"] == 9


@given(
    count=st.integers(2, 40),
    noun=st.sampled_from(["shootings", "shooting incidents", "incidents"]),
    first=st.sampled_from(["Friday", "Saturday", "Sunday"]),
    last=st.sampled_from(["Monday", "early Tuesday"]),
)
def test_counted_or_dated_incidents_are_several(
    count: int, noun: str, first: str, last: str
) -> None:
    for sentence in (
        f"{count + 5} people were shot in {count} {noun}.",
        f"{count + 5} people were shot from {first} to {last}.",
    ):
        (shot,) = (f for f in EXTRACTOR.extract(Document(sentence)) if f.kind == "shot" and f.count)
        assert over_several_incidents(shot, sentence)
