"""The noun of a harm verb's act with "of" and the people harmed (WordNet's derivations, see
:mod:`.wordnet_acts`): "the execution of former president Saddam Hussein", "the wounding of
three others"; not an act asked for, nor a class of people named by an adjective."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.harm_act_nouns import HARM_ACT_NOUNS
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
            "A key US ally on Saturday described the execution of former Iraqi dictator Saddam "
            "Hussein as a sad event.",
            ("killed", 1, "execution of former Iraqi dictator Saddam Hussein"),
        ),
        (
            "Cooke raised the gunning down of provincial premier Theodore Miriung on October 12.",
            ("killed", 1, "gunning down of provincial premier Theodore Miriung"),
        ),
        (
            "Police are investigating the fatal shooting of one man and the wounding of three "
            "others at 3500 Fannin.",
            ("injured", 3, "wounding of three others"),
        ),
        (
            "The evacuation of 2,000 residents was ordered as the river rose.",
            ("evacuated", 2000, "evacuation of 2,000 residents"),
        ),
    ],
)
def test_the_noun_of_a_harm_verbs_act_tells_its_people_harmed(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # an act asked for is not done
        "Khamenei has been calling for the execution of novelist Salman Rushdie for decades.",
        # "the" and an adjective is a class of people, not people harmed
        "Nothing can justify wanton murder and maiming of the innocent.",
    ],
)
def test_no_act_asked_for_and_no_class_of_people(text: str) -> None:
    assert found(text) == []


def test_a_killing_called_senseless_is_no_act_asked_for() -> None:
    assert ("killed", 1, "killing of De Guzman") in found(
        "The chief called the killing of De Guzman “senseless.”"
    )


# A capture's kind is read by the sentence (a force, else an arrest: see seizures.py), and a
# trapping is of people only beside a disaster that buries them.
_READ_ELSEWHERE = {"capture", "captures", "capturing", "trapping"}
_ACTS = sorted(
    (noun, kind)
    for kind, nouns in HARM_ACT_NOUNS.items()
    for noun in nouns
    if noun not in _READ_ELSEWHERE
)


@given(st.sampled_from(_ACTS), st.integers(min_value=2, max_value=999))
def test_every_harm_act_noun_counts_its_people(act: tuple[str, str], count: int) -> None:
    noun, kind = act
    people = f"{count} villagers"
    text = f"Officials condemned the {noun} of {people} in the north on Monday."
    assert found(text) == [(kind, count, f"{noun} of {people}")]


# A fatal act with modifiers of its own before its noun is a killing: "the fatal police shooting
# of Michael Brown"; "non-fatal" says no one died (a stabbing of a man is still an injury).
@given(
    st.sampled_from(("fatal", "deadly")),
    st.sampled_from(("police", "accidental", "officer-involved", "February", "drive-by")),
    st.sampled_from(("shooting", "stabbing")),
)
def test_a_fatal_act_with_modifiers_is_a_killing(fatal: str, modifier: str, act: str) -> None:
    told = f"{fatal} {modifier} {act} of Michael Brown"
    assert found(f"He led the inquiry into the {told} in Ferguson.") == [("killed", 1, told)]
    non_fatal = f"He led the inquiry into the non-fatal {modifier} {act} of a man in Ferguson."
    assert "killed" not in [kind for kind, _, _ in found(non_fatal)]
