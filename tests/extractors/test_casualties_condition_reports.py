"""One person's medical condition reported after the possessor (issue 14): "his condition was
listed as critical", "hospital officials upgraded his condition from serious to fair". The
guidelines make each such report an injured mention of one; a thing's condition is none."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.extractors.casualties.condition_reports import GRADES


@pytest.mark.parametrize(
    "text",
    [
        "His last known condition was listed as critical, the sheriff said.",
        "A police spokeswoman said the girl's condition has been upgraded to serious.",
        "Hospital officials upgraded his condition Tuesday from serious to fair.",
        "At noon today, Maria Lopez's condition is listed as 'fair.'",
        "Authorities on Tuesday said the man's condition remains stable.",
        "The officer's condition is reported to be serious.",
    ],
)
def test_a_condition_reported_is_one_person_hurt(text: str) -> None:
    assert written(text) == [("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge's condition was listed as poor after the inspection.",
        "Analysts said the Fed's condition is good.",
        "Her condition was not available, police said.",
        "There was no word on the child's condition.",
        "The economy's condition remains critical, the minister said.",
    ],
)
def test_no_one_reported_in_a_condition(text: str) -> None:
    assert written(text) == []


@given(
    owner=st.sampled_from(["His", "Her", "The victim's", "The woman's", "Ana Ruiz's"]),
    verb=st.sampled_from(["is", "was", "remains", "has been upgraded to", "was listed as"]),
    grade=st.sampled_from([g for g in GRADES if "-" not in g]),
)
def test_any_stated_grade_of_a_person(owner: str, verb: str, grade: str) -> None:
    assert written(f"{owner} condition {verb} {grade}, police said.") == [("injured", 1)]
