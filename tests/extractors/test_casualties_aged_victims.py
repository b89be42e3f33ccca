"""A person told by an age after a harm noun and "of" (issue 14): an age in months or weeks as a
person ("the slaying of 6-month-old"), an age that makes the noun after it a person, a rare one
too ("the death of 3-year-old grandson"), and one person read by its own words where a
participle or a relative clause follows ("the death of a 13-year-old boy found unresponsive").
Shapes counted on unlabeled SemEval and GVDB stories; see
:func:`newsparse.extractors.casualties.objects.one_person_of_end`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count, in text order."""
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charges dismissed against suspect in murder of 5-month-old Cleveland girl",
            ("murder of 5-month-old", "killed", 1),
        ),
        ("A 14-month-old was injured in an accidental shooting.", None),
        (
            "Grandmother charged in death of 3-year-old grandson",
            ("death of 3-year-old grandson", "killed", 1),
        ),
        (
            "A woman was arrested in connection with the fatal shooting of her 3-year-old grandson.",
            ("fatal shooting of her 3-year-old grandson", "killed", 1),
        ),
        (
            "Police say the death of a 13-year-old boy found unresponsive and bleeding was a "
            "homicide.",
            ("death of a 13-year-old boy", "killed", 1),
        ),
        (
            "Detectives are investigating the death of an 8-year-old boy whose body was "
            "discovered at a home.",
            ("death of an 8-year-old boy", "killed", 1),
        ),
        (
            "The coroner ruled the death of the 20-year-old found behind the store a suicide.",
            ("death of the 20-year-old", "killed", 1),
        ),
        (
            "A teenager was arrested in the weekend slaying of 15-year-old following a robbery.",
            ("slaying of 15-year-old", "killed", 1),
        ),
    ],
)
def test_an_aged_person_after_a_harm_noun(text: str, expected: tuple[str, str, int] | None) -> None:
    findings = found(text)
    if expected is None:  # the age alone as the subject: "A 14-month-old was injured"
        assert ("A 14-month-old was injured", "injured", 1) in findings
    else:
        assert expected in findings


@pytest.mark.parametrize(
    "text",
    [
        # a thing a people's adjective tells is no person
        "It was formally marking Mr. Trump's capture of the Republican nomination on Tuesday.",
        # a kin owned, with no age, read where nothing ends the phrase: a death told in passing
        "She said the death of her husband changed everything for the family.",
        # an age of a thing
        "They put to paper a three-month-old informal truce around the stronghold.",
    ],
)
def test_no_person_after_a_harm_noun(text: str) -> None:
    assert found(text) == []


_NOUNS = ["boy", "girl", "grandson", "nephew", "stepdaughter", "toddler", "son"]
_AGES = ["3-year-old", "10-month-old", "six-week-old", "two-year-old"]
_AFTER = [
    " found unresponsive in a bathtub.",
    " whose body was found Sunday.",
    " struck by a stray bullet.",
    " living with an aunt in Dayton.",
]
_HARMS = [("death", "killed"), ("murder", "killed"), ("killing", "killed"), ("slaying", "killed")]


@given(
    st.sampled_from(_HARMS),
    st.sampled_from(["a ", "the ", "his ", ""]),
    st.sampled_from(_AGES),
    st.sampled_from(_NOUNS),
    st.sampled_from(_AFTER),
)
def test_an_aged_person_ends_at_the_noun(
    harm: tuple[str, str], determiner: str, age: str, noun: str, after: str
) -> None:
    """Whatever the clause after it, one person told by an age ends at the noun."""
    noun_phrase = f"{harm[0]} of {determiner}{age} {noun}"
    text = f"Police are investigating the {noun_phrase}{after}"
    assert (noun_phrase, harm[1], 1) in found(text)
