"""A hit told by where on the body it landed (issue 14, session 13): "was hit in the leg", "were
struck twice in the lower back" is an injury, as "shot in the leg" is; a hit in the head or the
chest, or in "the back of his head", often kills and is left out, and a person hit who later
died is killed. And a shot or a wound of someone a dead victim's name owns ("Lewis' 14-year-old
friend was struck", "a friend of Rohan's, was hit") is that other person's, not the death of
the owner told again, while "Phillips' shooting" is still Phillips's own."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()

_READ = """
A 58-year-old woman was struck in the shoulder and was taken to Einstein Medical Center. => injured 1
Two men were hit in the torso and listed in stable condition. => injured 2
The 15-year-old was hit twice in the lower leg, police said. => injured 1
Police found three victims, including a boy who was hit in the foot. => injured 1
A 21-year-old man was hit in his back and was later pronounced dead. => killed 1
"""


def _cases(table: str) -> list[tuple[str, list[tuple[str, int]]]]:
    rows = []
    for line in table.strip().splitlines():
        text, found = line.split(" => ")
        rows.append((text, [(kind, int(n)) for kind, n in map(str.split, found.split(", "))]))
    return rows


@pytest.mark.parametrize(("text", "expected"), _cases(_READ))
def test_a_hit_in_a_body_part_is_an_injury(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The man was struck in the back of the head.",
        "He was hit in the chest.",
        "The ball hit the wall in the back of the room.",
        "The storm hit the region in the middle of the night.",
    ],
)
def test_no_hit_in_a_body_part_told(text: str) -> None:
    assert ("injured", 1) not in written(text)


@given(
    st.sampled_from(["hit", "struck"]),
    st.sampled_from(["", " once", " twice", " three times"]),
    st.sampled_from(["the", "his", "her"]),
    st.sampled_from(["", "left ", "right ", "upper "]),
    st.sampled_from(["leg", "arm", "shoulder", "hip", "thigh", "foot", "hand"]),
)
def test_any_hit_in_a_limb_is_one_injured(
    verb: str, times: str, owner: str, side: str, part: str
) -> None:
    text = f"A 30-year-old man was {verb}{times} in {owner} {side}{part}, police said."
    assert written(text) == [("injured", 1)]


def _kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in EXTRACTOR.extract(Document(text)) if not f.inferred}


def test_a_dead_victims_friend_is_hurt_not_killed() -> None:
    found = _kinds(
        "Rohan Levy died Thursday, three days after he was shot. A second victim, an "
        "18-year-old friend of Rohan's, was hit in the leg and is expected to survive."
    )
    assert found["A second victim, an 18-year-old friend of Rohan's, was hit in the leg"] == (
        "injured"
    )


@given(st.sampled_from(["son", "mother", "friend", "cousin"]), st.sampled_from(["'s", "’s"]))
def test_anyone_a_dead_victim_owns_is_not_the_victim(relative: str, mark: str) -> None:
    found = _kinds(f"Marcus Hale was shot and killed on Monday. Hale{mark} {relative} was shot.")
    assert found[f"Hale{mark} {relative} was shot"] != "killed"
