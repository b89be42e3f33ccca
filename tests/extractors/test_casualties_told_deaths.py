"""A person's death told by a noun with no number (issue 14): "the death of George Floyd",
"Floyd's death", "his untimely death".

Such a death is a killing only where the story tells one (the guidelines: "X's death with no
cause given in the article is not a mention"): its own sentence tells a cause or a charge, or the
story tells the person shot or killed, or names them among a killing's dead. A death from illness
or age is none.
"""

from __future__ import annotations

from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_GIVEN = ["Daniel", "Maria", "Samuel", "Grace", "Omar", "Helen"]
_SURNAMES = ["Hartley", "Okafor", "Lindqvist", "Marsh", "Delgado", "Whitcombe"]
_NATURAL = ["from cancer", "at 92", "after a long illness", "of heart failure"]
_HARMS = ["was shot in the chest", "was shot twice outside his home", "was shot by a gunman"]


def test_the_death_of_a_person_told_with_no_cause_is_none() -> None:
    text = (
        "Protests spread across the city following the death of George Floyd. "
        "Floyd was arrested on May 25 by two officers."
    )
    assert written(text) == [("arrested", 1)]


def test_riots_over_a_death_tell_no_cause() -> None:
    text = "The riots over the tragic death of George Floyd went on for a week."
    assert written(text) == []


def test_the_death_of_a_person_with_its_cause_in_the_sentence_is_a_killing() -> None:
    text = "Lawmakers said little about the death of Ambassador Chris Stevens in a terrorist attack."
    assert ("killed", 1) in written(text)


def test_a_charge_for_a_death_tells_a_killing() -> None:
    text = "Two men were charged with manslaughter in the May 31 death of Amorian Hale."
    assert written(text) == [("killed", 1)]


def test_the_death_of_someone_the_story_tells_shot_is_their_killing() -> None:
    text = (
        "Dr. Barnett Slepian, 52, was shot with a rifle in his kitchen. "
        "Agents believe Kopp is responsible for the death of Dr. Barnett Slepian."
    )
    assert written(text) == [("killed", 1), ("killed", 1)]


def test_a_named_death_of_old_age_is_none() -> None:
    text = (
        "The ceremony fell on the anniversary of the death of prize founder Alfred Nobel. "
        "Nobel left his fortune to the prizes."
    )
    assert written(text) == []


def test_one_adjective_before_an_owned_death() -> None:
    killed = (
        "Adam Bentdahl was killed on Sunday when a gunman opened fire on the trail. "
        "His family said they are saddened by his senseless death."
    )
    assert written(killed) == [("killed", 1), ("killed", 1)]
    natural = (
        "Congressman Elijah Cummings served for two decades. "
        "Cummings' untimely death drew tributes from both parties."
    )
    assert written(natural) == []


def test_a_cause_word_before_an_owned_death_tells_a_killing() -> None:
    assert written("Reporters asked about Ali Hassan's violent death.") == [("killed", 1)]


def test_names_listed_after_a_killing_are_of_the_dead() -> None:
    text = (
        "Three other citizens have been killed in U.S. operations over that period: Samir Khan, "
        "Abdul Rahman and Jude Kenan Mohammed. The letter did not address the circumstances of "
        "Khan's death."
    )
    assert written(text) == [("killed", 3), ("killed", 1)]


def test_an_owned_killing_saves_a_later_death_in_an_epidemic_story() -> None:
    text = (
        "The pandemic has closed schools, and the coronavirus pandemic has closed shops. "
        "Many blame the coronavirus for it. "
        "The anger is not only about George Floyd's murder. "
        "If you listen, this goes far beyond George Floyd's death."
    )
    assert written(text) == [("killed", 1), ("killed", 1)]


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
