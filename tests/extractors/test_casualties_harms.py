"""Harms told by words and clause shapes beyond the plain harm verbs: seizures ("snatched",
"hauled off", "his abduction"), people made to leave ("forced thousands to flee", "ordered
1.5 million people to evacuate"), counts of zero ("caused no casualties"), and care for the hurt
("firefighters treated 17 concert-goers").
"""

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


def test_people_snatched_or_hauled_off_by_gunmen_are_kidnapped() -> None:
    assert ("kidnapped", 12) in found(
        "Masked gunmen stormed the ministry and snatched 12 employees from their desks."
    )
    assert ("kidnapped", 40) in found(
        "At least 40 factory workers were hauled off at gunpoint by militants on Monday."
    )


def test_a_seizure_word_without_a_force_is_no_kidnapping() -> None:
    assert found("My daughter and her friend were snatched away by the flood waters.") == []
    assert found("The midfielder snatched a late winner for the visitors on Saturday.") == []


_TOLD = [
    pytest.param(text, expected, id=name)
    for name, text, expected in (
        ("owned abduction", "The rebels released photos weeks after his abduction.", "kidnapped 1"),
        ("capture by a force", "Guerrillas executed him a month after his capture.", "kidnapped 1"),
        ("capture by police", "Police said his capture ended a long manhunt.", "arrested 1"),
        ("capture sought", "A reward of $50,000 was offered for his capture.", ""),
        ("capture of a place", "His capture of the fortress made him a hero.", ""),
        ("forced to flee", "The shelling has forced 4,000 villagers to flee.", "displaced 4000"),
        ("ordered out", "The governor ordered 250,000 residents to evacuate.", "evacuated 250000"),
        ("a crowd fled", "Some 20,000 people fled the rising waters on Sunday.", "displaced 20000"),
        (
            "a crowd's state after its flight",
            "About 3,000 villagers have lived in tents since fleeing the floods.",
            "displaced 3000",
        ),
        (
            "a crowd harmed after its flight",
            "More than 200 guards were arrested after fleeing the base.",
            "arrested 200",
        ),
    )
]


@pytest.mark.parametrize(("text", "expected"), _TOLD)
def test_owned_seizures_and_people_made_to_leave(text: str, expected: str) -> None:
    """``expected`` is the one finding's kind and count, or empty for none."""
    assert [f"{kind} {count}" for kind, count in found(text)] == ([expected] if expected else [])


def test_a_suspect_or_a_few_who_fled_are_not_displaced() -> None:
    assert found("Two men fled the scene in a silver car.") == []
    assert found("Three teenagers fled across the field after the fire.") == []
    assert found("Two men were seen running away after fleeing the scene.") == []


@given(
    st.integers(100, 2_000_000),
    st.sampled_from(["people", "refugees", "villagers", "civilians"]),
    st.sampled_from(["have crossed the border", "are living in camps", "remain in tents"]),
    st.sampled_from(["after", "since"]),
)
def test_a_crowd_in_a_state_after_fleeing_is_displaced(
    count: int, people: str, state: str, when: str
) -> None:
    text = f"Some {count:,} {people} {state} {when} fleeing the fighting."
    assert found(text) == [("displaced", count)]


def test_no_casualties_is_zero_killed_and_zero_injured_on_one_span() -> None:
    both = [("injured", 0), ("killed", 0)]
    assert found("The blast caused no casualties, police said.") == both
    assert found("The rocket landed in a field, causing no human casualties.") == both
    spans = {f.span for f in EXTRACTOR.extract(Document("There were no civilian casualties."))}
    assert len(spans) == 1
    assert found("No more injuries were reported.") == [("injured", 0)]
    assert found("No deaths were reported.") == [("killed", 0)]
    assert found("There were no casualty figures released.") == []


@given(
    st.sampled_from(
        [
            "There were no {} reported.",
            "No {} were reported.",
            "The raid caused no {}, police said.",
        ]
    ),
    st.sampled_from(["", "civilian ", "human ", "immediate ", "other ", "further "]),
    st.sampled_from(["casualties", "casualty"]),
)
def test_casualties_denied_are_both_harms_denied(frame: str, modifier: str, noun: str) -> None:
    text = "A shell hit the market. " + frame.format(modifier + noun)
    assert sorted(found(text)) == [("injured", 0), ("killed", 0)]


def test_people_treated_at_an_incident_are_injured() -> None:
    assert ("injured", 9) in found("Paramedics treated nine passengers at the scene.")
    assert found("Medics tended to the 14 miners, officials said.") == [("injured", 14)]
    assert found("The guards treated the two prisoners as suspects in the escape.") == []


@given(
    st.integers(2, 900),
    st.sampled_from(["firefighters", "medics", "paramedics", "doctors"]),
    st.sampled_from(["people", "passengers", "students", "workers"]),
    st.sampled_from(["at the scene.", "for smoke inhalation.", ", officials said."]),
)
def test_a_counted_group_given_care_is_that_many_injured(
    count: int, carers: str, people: str, after: str
) -> None:
    text = f"Volunteer {carers} treated {count} {people} {after}".replace(" ,", ",")
    assert found(text) == [("injured", count)]


@given(
    st.integers(100, 2_000_000),
    st.sampled_from(["forced", "ordered"]),
    st.sampled_from(["residents", "people", "villagers", "civilians"]),
)
def test_a_group_made_to_leave_is_counted_once(count: int, verb: str, people: str) -> None:
    kind, going = ("displaced", "to flee") if verb == "forced" else ("evacuated", "to evacuate")
    text = f"The fires have {verb} {count:,} {people} {going} this week."
    assert found(text) == [(kind, count)]
