"""A capture's kind where its sentence tells no one who takes people, read by the story, and a
capture on camera, which is a recording of people and no seizure of them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    """Each written finding's kind, count and words."""
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story of a crime and its suspect: the capture is an arrest
        (
            "Nine worshippers died in the attack on the church. The suspect fled the city "
            "overnight. He was captured in Shelby the next morning.",
            ("arrested", 1, "He was captured"),
        ),
        (
            "Two brothers are accused of the robbery. Investigators traced the car to Texas. "
            "They also captured Anton Jones in Arkansas.",
            ("arrested", 1, "captured Anton Jones"),
        ),
        # a gunman, a rifle, a robbery at gunpoint are told of any crime: still an arrest
        (
            "A gunman armed with a rifle shot two deputies and robbed a store at gunpoint. "
            "He was captured in Houston on Thursday.",
            ("arrested", 1, "He was captured"),
        ),
        # a story of an armed group that seizes people: the capture is a kidnapping
        (
            "Islamist militants have held foreign aid workers for months. A 26-year-old nurse "
            "captured last year in Syria is among them.",
            ("kidnapped", 1, "A 26-year-old nurse captured"),
        ),
        (
            "The rebels released a video on Sunday. Two engineers were captured near the dam.",
            ("kidnapped", 2, "Two engineers were captured"),
        ),
    ],
)
def test_a_capture_with_no_captor_told_is_read_by_the_story(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert [f for f in found(text) if f[0] in ("arrested", "kidnapped")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "According to the complaint, Martin was captured on video inside the club.",
        "Mascarenas was captured on surveillance photos using stolen credit cards.",
        "The two men were captured by the bank's surveillance system leaving the lobby.",
        "Surveillance footage captured the suspect leaving the store on foot.",
        "That video also captured a man grieving over a body on the sidewalk.",
        "Police are looking for the two men captured in the photos.",
    ],
)
def test_a_capture_on_camera_is_no_seizure(text: str) -> None:
    assert not [f for f in found(text) if f[0] in ("arrested", "kidnapped")]


# What records people, after "captured".
MEDIA = (
    "on video",
    "on camera",
    "on body-camera footage",
    "by a surveillance camera",
    "live on video",
    "in the photos",
)
PEOPLE = {"The gunman": "was", "A woman": "was", "Two teenagers": "were", "Jordan Miles": "was"}


@given(st.sampled_from(sorted(PEOPLE)), st.sampled_from(MEDIA))
def test_people_captured_on_a_recording_are_no_captives(who: str, medium: str) -> None:
    text = f"{who} {PEOPLE[who]} captured {medium} outside the store on Friday."
    assert not [f for f in found(text) if f[0] in ("arrested", "kidnapped")]


@given(st.sampled_from(["He", "The suspect", "Jordan Miles", "The driver"]))
def test_a_capture_by_police_in_a_story_of_militants_stays_an_arrest(who: str) -> None:
    text = f"Militants attacked the base last week. {who} was captured by police on Monday."
    assert {f[0] for f in found(text)} == {"arrested"}
