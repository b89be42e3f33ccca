"""Injuries as local news tells them: hospital trips, conditions and wounds whose middle words
vary, and the story's figure when a wounded group told again holds its dead."""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR, written
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.document import Document
from newsparse.extractors.casualties.totals import document_figures


def counts(text: str) -> list[tuple[str, int | None]]:
    return written(text)


def totals(text: str) -> dict[str, int | None]:
    """The story's figures, as ``casualty_totals`` and the evaluator read them."""
    return document_figures(EXTRACTOR.extract(Document(text)), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clerk was rushed to Grady Memorial Hospital.", [("injured", 1)]),
        ("Two brothers were taken to St. Luke's Regional Medical Center.", [("injured", 2)]),
        ("The uncle was transported to UAB hospital overnight.", [("injured", 1)]),
        ("A 4-year-old boy is recovering at Le Bonheur Children's Hospital.", [("injured", 1)]),
        ("Three men were admitted to Interim Public Hospital.", [("injured", 3)]),
        ("He was taken to Grant Memorial Hospital in critical condition.", [("injured", 1)]),
    ],
)
def test_a_hospital_named_by_its_own_name(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was taken to jail and then to a hospital.",  # the hospital is not where he was taken
        "A man was taken into custody near the hospital.",
    ],
)
def test_a_trip_elsewhere_is_no_injury(text: str) -> None:
    assert ("injured", 1) not in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both were listed in critical but stable condition.", [("injured", 2)]),
        ("The driver remains in fair condition.", [("injured", 1)]),
        ("A third victim was in extremely critical condition.", [("injured", 1)]),
        ("Two deputies were out of critical condition on Sunday.", [("injured", 2)]),
    ],
)
def test_a_condition_graded_in_any_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six others were treated for non life-threatening gunshot wounds.", [("injured", 6)]),
        ("Two women received minor injuries.", [("injured", 2)]),
        ("A teen sustained a single graze wound.", [("injured", 1)]),
        ("Three of them were found with non-life-threatening gunshot wounds.", [("injured", 3)]),
    ],
)
def test_a_wound_told_with_its_grade(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_a_wound_told_as_found_whose_outcome_comes_next_is_the_death() -> None:
    # the outcome is read over the story: one told shot who died is killed (fatal_wounds.py)
    text = "Officers found a teen suffering from a gunshot wound. He was pronounced dead."
    assert counts(text) == [("killed", 1), ("killed", 1)]
    assert totals(text) == {"killed": 1}  # no survivor told


def test_a_wound_found_without_a_death_is_one_wounded() -> None:
    assert totals("Deputies say three men were found with gunshot wounds.") == {
        "shot": 3,
        "injured": 3,
    }


def test_a_body_part_after_the_wound_keeps_the_wounded() -> None:
    text = "Another man was shot in the upper left shoulder."
    assert counts(text) == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men were killed. All four victims were taken to Hurley Medical Center.",
            {"killed": 2, "injured": 2},
        ),
        ("One man died. Both were listed in serious condition.", {"killed": 1, "injured": 1}),
        # no one died: the group is all wounded
        ("All four victims were taken to Hurley Medical Center.", {"injured": 4}),
        # a group that opens anew is not the dead told again
        (
            "Two men were killed and four others were taken to a hospital.",
            {"killed": 2, "injured": 4},
        ),
    ],
)
def test_a_whole_group_told_again_holds_its_dead(text: str, expected: dict[str, int]) -> None:
    assert totals(text) == expected


_NAMES = st.lists(
    st.sampled_from(["Mercy", "Saint", "Regional", "County", "Baptist", "General", "Memorial"]),
    min_size=1,
    max_size=4,
)
_NUMBERS = st.sampled_from([("Two", 2), ("Three", 3), ("Seven", 7), ("12", 12)])
_TAKEN = st.sampled_from(["taken", "rushed", "flown", "transported", "airlifted"])
_PLACE = st.sampled_from(["Hospital", "Medical Center", "hospital"])


@given(_NUMBERS, _TAKEN, _NAMES, _PLACE)
def test_any_hospital_name_reads_its_count(
    number: tuple[str, int], taken: str, names: list[str], place: str
) -> None:
    word, value = number
    text = f"{word} people were {taken} to {' '.join(names)} {place} on Friday."
    assert counts(text) == [("injured", value)]


_GRADES = st.lists(
    st.sampled_from(["critical", "serious", "stable", "fair", "good", "grave", "guarded"]),
    min_size=1,
    max_size=2,
)


@given(_NUMBERS, _GRADES)
def test_any_grade_of_condition_reads_its_count(number: tuple[str, int], grades: list[str]) -> None:
    word, value = number
    text = f"{word} patients were listed in {' but '.join(grades)} condition."
    assert counts(text) == [("injured", value)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Five people were shot outside a bar. None suffered life-threatening injuries.", 5),
        ("Two men were shot on the porch. No one was seriously hurt.", 2),
    ],
)
def test_nobody_hurt_badly_is_no_count_of_zero(text: str, wounded: int) -> None:
    """Only the graver harm is denied: the lesser may have come to some, so no zero is told."""
    assert ("injured", 0) not in counts(text)
    assert totals(text)["injured"] == wounded


def test_nobody_hurt_at_all_is_still_zero() -> None:
    assert counts("No one was hurt.") == [("injured", 0)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police are investigating a deadly shooting on Elm Street.", 1),
        # the victim and the killer (test_casualty_totals.py)
        ("Deputies called it a murder-suicide.", 2),
    ],
)
def test_an_uncounted_death_told_by_the_event(text: str, killed: int) -> None:
    assert totals(text) == {"killed": killed}


def test_an_attempted_murder_suicide_tells_no_death() -> None:
    assert "killed" not in totals("A baby was wounded in an attempted murder-suicide.")


def test_hospital_trip_to_be_looked_at_is_no_injury() -> None:
    text = (
        "A 2-year-old boy was also in the house. He was unharmed and was taken to Roseland "
        "Community Hospital for observation."
    )
    assert [c for c in newsparse.parse(text).casualties if c.kind == "injured"] == []
    text = "The suspect was transported to the hospital for a medical clearance and then to jail."
    assert not newsparse.parse(text).casualties


def test_hospital_trip_for_evaluation_and_treatment_is_an_injury() -> None:
    text = "A girl was grazed. Paramedics said she was taken to a hospital for evaluation and treatment."
    assert any(c.kind == "injured" for c in newsparse.parse(text).casualties)
