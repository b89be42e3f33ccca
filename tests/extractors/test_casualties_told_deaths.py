"""A person's death told by a noun with no number (issue 14): "the death of George Floyd",
"Floyd's death", "his untimely death", "the Scott shooting".

Such a death is a killing only where the story tells one (the guidelines: "X's death with no
cause given in the article is not a mention"): its own sentence tells a cause or a charge, or the
story tells the person shot or killed, or names them among a killing's dead. A death from illness
or age is none.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_GIVEN = ["Daniel", "Maria", "Samuel", "Grace", "Omar", "Helen"]
_SURNAMES = ["Hartley", "Okafor", "Lindqvist", "Marsh", "Delgado", "Whitcombe"]
_NATURAL = ["from cancer", "at 92", "after a long illness", "of heart failure"]
_HARMS = ["was shot in the chest", "was shot twice outside his home", "was shot by a gunman"]


_KILLED = [("killed", 1)]
_CASES = {
    "no cause told": (
        "Protests spread across the city following the death of George Floyd. "
        "Floyd was arrested on May 25 by two officers.",
        [("arrested", 1)],
    ),
    "riots over a death tell no cause": (
        "The riots over the tragic death of George Floyd went on for a week.",
        [],
    ),
    "a word ending in 'gun' is no gun": (
        "The Senate fight has begun over the death of Justice Ruth Hartley.",
        [],
    ),
    "its cause in its sentence": (
        "Lawmakers said little about the death of Ambassador Chris Stevens in a terrorist attack.",
        _KILLED,
    ),
    "a charge for the death": (
        "Two men were charged with manslaughter in the May 31 death of Amorian Hale.",
        _KILLED,
    ),
    "the death of someone the story tells shot": (
        "Dr. Barnett Slepian, 52, was shot with a rifle in his kitchen. "
        "Agents believe Kopp is responsible for the death of Dr. Barnett Slepian.",
        _KILLED * 2,
    ),
    "a named death of old age": (
        "The ceremony fell on the anniversary of the death of prize founder Alfred Nobel. "
        "Nobel left his fortune to the prizes.",
        [],
    ),
    "an adjective before the death of the killed": (
        "Adam Bentdahl was killed on Sunday when a gunman opened fire on the trail. "
        "His family said they are saddened by his senseless death.",
        _KILLED * 2,
    ),
    "an adjective before a death told without harm": (
        "Congressman Elijah Cummings served for two decades. "
        "Cummings' untimely death drew tributes from both parties.",
        [],
    ),
    "a cause word before an owned death": (
        "Reporters asked about Ali Hassan's violent death.",
        _KILLED,
    ),
    "names listed after a killing": (
        "Three other citizens have been killed in U.S. operations over that period: Samir Khan, "
        "Abdul Rahman and Jude Kenan Mohammed. The letter did not address the circumstances of "
        "Khan's death.",
        [("killed", 3), ("killed", 1)],
    ),
    "a name before the shooting of the killed": (
        "Keith Lamont Scott was shot dead by police on Tuesday. "
        "Newton said he did not know enough about the Scott shooting to judge.",
        _KILLED * 2,
    ),
    "a place before a shooting": (
        "Students from Marjory Stoneman Douglas High marched. "
        "Congress debated gun laws after the Douglas shooting and the Parkland shooting.",
        [],
    ),
    "a name before a capitalised harm word": (
        "Lawrence Keane is a vice president of the National Shooting Sports Foundation.",
        [],
    ),
    "an owned killing in an epidemic story": (
        "The pandemic has closed schools, and the coronavirus pandemic has closed shops. "
        "Many blame the coronavirus for it. "
        "The anger is not only about George Floyd's murder. "
        "If you listen, this goes far beyond George Floyd's death.",
        _KILLED * 2,
    ),
}


@pytest.mark.parametrize(("text", "expected"), _CASES.values(), ids=_CASES.keys())
def test_a_death_told_by_a_noun(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_NATURAL),
    st.booleans(),
)
def test_a_natural_death_is_none(first: str, surname: str, cause: str, of: bool) -> None:
    death = f"the death of {first} {surname} {cause}" if of else f"{surname}'s death {cause}"
    text = f"{first} {surname} taught at the school for forty years. Friends mourned {death}."
    assert written(text) == []


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_HARMS),
    st.booleans(),
)
def test_a_death_of_someone_told_shot_is_one_killed(
    first: str, surname: str, harm: str, of: bool
) -> None:
    death = f"the death of {first} {surname}" if of else f"{surname}'s death"
    text = f"{first} {surname} {harm} on Friday. Neighbours gathered on Sunday to mourn {death}."
    assert written(text) == [("killed", 1), ("killed", 1)]
