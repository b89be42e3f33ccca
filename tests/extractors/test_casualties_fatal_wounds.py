"""A wound its person is told to have died of (:mod:`.fatal_wounds`): "A man was wounded. He
died at the hospital" is one death and no wound; a death told farther off, or of someone else,
leaves the wound alone."""

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
        (
            "A 22-year-old man was wounded Sunday night. He died at the hospital.",
            [("killed", 1, "He died")],
        ),
        (
            "Jamaal Barney suffered gunshot wounds to the chest, authorities said. He was taken to "
            "Mount Sinai Hospital, where he was pronounced dead.",
            [
                ("killed", 1, "He was taken to Mount Sinai Hospital"),
                ("killed", 1, "he was pronounced dead"),
            ],
        ),
        (
            "A man was shot in the leg. He was taken to a hospital in critical condition. "
            "He died later.",
            [("killed", 1, "He died")],
        ),
        (  # a person told shot who died is killed, not shot
            "The bullet passed through his arm and struck his daughter. She was pronounced dead.",
            [("killed", 1, "struck his daughter"), ("killed", 1, "She was pronounced dead")],
        ),
    ],
)
def test_a_wound_its_person_died_of_is_the_death(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # another person between: the wounded woman lived
            "A man was killed and a woman was wounded. She was taken to a hospital.",
            [
                ("killed", 1, "A man was killed"),
                ("injured", 1, "a woman was wounded"),
                ("injured", 1, "She was taken to a hospital"),
            ],
        ),
        (  # a death of someone the wound did not name
            "A man was wounded in the shooting. The gunman died at the scene.",
            [("injured", 1, "A man was wounded"), ("killed", 1, "The gunman died")],
        ),
        (  # a death told a sentence farther off
            "A man was wounded Sunday. Police are looking for a gray car. He died Monday.",
            [("injured", 1, "A man was wounded"), ("killed", 1, "He died")],
        ),
    ],
)
def test_a_wound_of_someone_else_or_far_off_stays(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert found(text) == expected


_PEOPLE = st.sampled_from(["A man", "A 19-year-old woman", "The boy", "A teenager"])
_WOUNDS = st.sampled_from(["was wounded", "was critically injured", "was hurt"])
_DEATHS = st.sampled_from(["died at the hospital", "was pronounced dead", "later died"])
_PRONOUNS = st.sampled_from(["He", "She"])


@given(_PEOPLE, _WOUNDS, _PRONOUNS, _DEATHS)
def test_one_person_wounded_then_dead_is_no_wound(
    person: str, wound: str, pronoun: str, death: str
) -> None:
    kinds = [kind for kind, _, _ in found(f"{person} {wound} on Friday. {pronoun} {death}.")]
    assert kinds == ["killed"]
