"""An arrest told in a second verb that the clause's subject shares ("He fled but was arrested
later", "The man stayed on scene to talk with police, and was arrested"): after_being.py reads the
person who opens the clause, as it does before "after being arrested".
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

import newsparse


@pytest.mark.parametrize(
    "text",
    [
        "He fled but was arrested later.",
        "The man stayed on scene to talk with police, and was arrested for battery.",
        "Police said the suspect fled into an alley and was later taken into custody.",
        "The mother, 24-year-old Jessica Aguilar, was home during the shooting and was arrested.",
    ],
)
def test_one_person_arrested_in_a_verb_they_share(text: str) -> None:
    assert written(text) == [("arrested", 1)]


def test_a_reporting_verbs_subject_is_not_the_one_arrested() -> None:
    # the reported clause has its own subject, which conjoined.py reads; the teller is not read
    found = newsparse.parse("Smith told police his brother fled and was arrested.").casualties
    assert [(c.text, c.kind, c.count) for c in found] == [
        ("his brother fled and was arrested", "arrested", 1)
    ]


def test_a_relative_clause_subject_is_not_read_across_the_shared_verb() -> None:
    assert written("Jones shot Smith, who fled and was arrested.") == []


@given(
    st.sampled_from(["He", "She", "The driver", "A teenager", "Maria Lopez"]),
    st.sampled_from(["fled on foot", "ran from officers", "surrendered to police hours later"]),
    st.sampled_from([" and", ", and", " but"]),
    st.sampled_from(["arrested", "detained", "apprehended", "taken into custody"]),
)
def test_the_clauses_subject_is_held_in_its_second_verb(
    subject: str, verb: str, joint: str, held: str
) -> None:
    assert written(f"{subject} {verb}{joint} was {held} on Monday.") == [("arrested", 1)]
