"""A person a sentence brings in by a description, not a name, is whom a pronoun right after it
means (issue 15): 'A young female rebel was also captured alive. She shouted "..."' credits the
rebel, as written, not a speaker quoted paragraphs back. Only the sentence right before the
pronoun's own counts; a description fronted before the subject ('A former paratrooper who led a
coup, Chavez, 52, has ...') is an apposition, and a phrase on an adjective ('A recent piece')
is no one (:func:`newsparse.extractors.quotes.group_subjects.described_person`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.group_subjects import described_person

EARLIER = '"We will not give in," the Mainichi Shimbun quoted Nestor Cerpa as saying.\n\n'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EARLIER + "A young female rebel was also captured alive on the first floor.\n\n"
            'She shouted "Don\'t shoot him!" but those around her did not understand.',
            "A young female rebel",
        ),
        (
            EARLIER + "One man who declined to identify himself lifted up his shirt.\n\n"
            '"It is for security," he said.',
            "One man",
        ),
    ],
)
def test_a_described_subject_is_whom_the_pronoun_means(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_fronted_apposition_leaves_the_named_subject() -> None:
    text = (
        EARLIER + "A former paratrooper who once led a failed coup, Hugo Chavez, 52, has "
        'survived an ouster.\n\n"We will win," he said.'
    )
    assert speakers(text)[-1] == "Hugo Chavez"


@pytest.mark.parametrize(
    "opening",
    [
        "A recent piece produced for Fox Nation featured an interview.",  # an adjective
        "The man was arrested on Monday.",  # a definite description: resolved as a speaker's
        "A Reuters reporter was there.",  # a name qualifies it
        "A woman, Jane Doe, was there.",  # a name set off after it
    ],
)
def test_no_described_person_opens_these(opening: str) -> None:
    assert described_person(opening, 0, len(opening)) is None


_NOUNS = st.sampled_from(["woman", "neighbor", "witness", "hostage", "trader", "resident"])
_MODIFIERS = st.sampled_from(["", "young ", "45-year-old ", "local "])
_VERBS = st.sampled_from(["was stunned", "stood outside", "recalled the night", "declined"])


@given(
    determiner=st.sampled_from(["A", "Another", "One"]),
    modifier=_MODIFIERS,
    noun=_NOUNS,
    verb=_VERBS,
)
def test_every_indefinite_description_of_a_person_opening_a_clause(
    determiner: str, modifier: str, noun: str, verb: str
) -> None:
    if determiner == "A" and modifier[:1] in "aeiou" and modifier:
        determiner = "An"
    described = f"{determiner} {modifier}{noun}"
    text = f"{described} {verb} on Monday."
    assert described_person(text, 0, len(text)) is not None
    found = described_person(text, 0, len(text))
    assert found is not None and text[found.start : found.end] == described
