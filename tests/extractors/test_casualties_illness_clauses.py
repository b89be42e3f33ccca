"""A sentence's word of illness drops its deaths as no event's (events.py), but not where the word
is no illness or the death is a person's the story tells killed by a harm (issue 14):

- "ill" before a hyphen is the adverb: "the ill-fated voyage on which 10 people died";
- "Floyd was pronounced dead at a hospital crowded with virus patients", where the story tells
  Floyd died after an officer knelt on his neck: the illness is another clause's.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The captain of the ill-fated ferry, on which 14 passengers died, was arrested.", 14),
        ("Nine ill-equipped soldiers were killed when the convoy was ambushed.", 9),
    ],
)
def test_ill_before_a_hyphen_is_no_illness(text: str, found: int) -> None:
    assert ("killed", found) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The singer fell ill on tour and died in hospital two weeks later.",
        "Three patients who were ill with the flu died overnight.",
    ],
)
def test_ill_as_illness_still_tells_no_event(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "killed"] == []


def test_a_death_the_story_tells_by_a_harm_is_kept_beside_an_epidemic() -> None:
    text = (
        "Marcus Delane died after a police officer knelt on his neck. "
        "Delane was pronounced dead at a hospital crowded with virus patients."
    )
    assert counts(text) == [("killed", 1), ("killed", 1)]


def test_a_death_told_only_with_an_illness_stays_no_event() -> None:
    text = (
        "Marcus Delane died of cancer on Sunday. "
        "Delane was pronounced dead at a hospital crowded with virus patients."
    )
    assert [c for c in counts(text) if c[0] == "killed"] == []


# Names as news writes them: a given name and a surname, each a capital and lower-case letters.
_NAMES = st.tuples(
    st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True),
    st.from_regex(r"[A-Z][a-z]{4,9}", fullmatch=True),
)


@given(
    _NAMES,
    st.sampled_from(
        [
            "died after police shot him",
            "died after he was beaten by guards",
            "died of gunshot wounds",
        ]
    ),
    st.sampled_from(["virus patients", "flu patients", "sick children"]),
)
def test_any_named_killing_survives_an_illness_in_another_clause(
    name: tuple[str, str], harm: str, illness: str
) -> None:
    given_name, surname = name
    text = (
        f"{given_name} {surname} {harm} on Monday. "
        f"{surname} was pronounced dead at a hospital crowded with {illness}."
    )
    assert counts(text).count(("killed", 1)) >= 2


@pytest.mark.parametrize("surname", ["Petraitis", "Kazlauskaitis", "Gnosis"])
def test_a_capitalised_name_with_a_medical_suffix_is_no_illness(surname: str) -> None:
    # Lithuanian surnames end in "-aitis"; written with a capital, the word is a name
    text = f"Tomas {surname} was attacked outside a bar. {surname} was pronounced dead on Monday."
    assert ("killed", 1) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meningitis killed three children in the village last week.",
        "“Tuberculosis killed 40 people here,” the doctor said.",
        "Three children died of meningitis in the village last week.",
    ],
)
def test_a_medical_word_opening_the_sentence_or_in_lower_case_is_an_illness(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "killed"] == []
