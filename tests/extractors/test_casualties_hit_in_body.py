"""A hit told by where on the body it landed (issue 14; examples in
test_casualties_counted_shapes.py): "was hit in the leg", "were
struck twice in the lower back" is an injury, as "shot in the leg" is; a hit in the head or the
chest, or in "the back of his head", often kills and is left out, and a person hit who later
died is killed. And a shot or a wound of someone a dead victim's name owns ("Lewis' 14-year-old
friend was struck", "a friend of Rohan's, was hit") is that other person's, not the death of
the owner told again, while "Phillips' shooting" is still Phillips's own."""

from __future__ import annotations

from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


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


@given(
    st.sampled_from(["son", "mother", "friend", "cousin"]),
    st.sampled_from(["'s", "’s"]),
    st.sampled_from(["{owner} {relative}", "A {relative} of {owner}"]),
)
def test_anyone_a_dead_victim_owns_is_not_the_victim(relative: str, mark: str, shape: str) -> None:
    hurt = f"{shape.format(owner=f'Hale{mark}', relative=relative)} was shot"
    found = _kinds(f"Marcus Hale was shot and killed on Monday. {hurt}.")
    assert found[hurt] != "killed"


def test_an_owner_of_the_harm_noun_is_its_victim() -> None:
    found = _kinds("Marcus Hale was shot and killed on Monday. Police studied Hale's shooting.")
    assert found["Hale's shooting"] == "killed"
