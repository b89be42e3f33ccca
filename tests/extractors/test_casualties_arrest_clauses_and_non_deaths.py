"""Arrests and deaths that are no casualty (issue 14):

- an arrest told in a relative clause is read for its head ("a man they had arrested");
- an arrest told after the clause's verb is read even where a capitalised word that names no one
  opens the sentence before the person ("They did it when a man died a week after being
  arrested");
- a body that something goes into is a living one ("a signal sent into the patient's body");
- animals are no casualty: a noun before "that died" is read as one by WordNet's noun.animal;
- a death told with the age at it ("died in July at age 99", "died aged 93") is an obituary's;
- "everyday" written for "every day" after a verb makes a rate ("100 Iraqis are killed everyday
  in attacks"); before a noun it is the adjective and tells nothing of time.
"""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR, written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document


@given(
    st.sampled_from(["They", "Crowds", "Witnesses", "Protesters"]),
    st.sampled_from(["a man", "a woman", "his brother"]),
    st.sampled_from(["died a week", "was freed hours", "fell ill two days"]),
    st.sampled_from(["arrested", "detained", "taken into custody"]),
)
def test_a_capitalised_opener_hides_no_one_held_after(
    opener: str, person: str, verb: str, held: str
) -> None:
    text = f"{opener} gathered when {person} {verb} after being {held}."
    assert ("arrested", 1) in written(text)


@pytest.mark.parametrize(
    "text",
    [
        "The scanner transmits a sound signal into the patient's body.",
        "People would say he was a grown man in a little boy's body,\" his aunt said.",
        "The drug builds up inside a person's body over several weeks.",
    ],
)
def test_a_body_gone_into_is_a_living_one(text: str) -> None:
    assert written(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police found the woman's body in a doorway on Sunday.",
        "Searchers found a body in a ditch near the highway.",
        "A body was found inside a burned car in Lakeside.",
    ],
)
def test_a_body_found_in_a_place_is_still_a_corpse(text: str) -> None:
    assert written(text) == [("killed", 1)]


@given(
    st.sampled_from(["more than 100 Iraqis are", "dozens of civilians are", "50 people are"]),
    st.sampled_from(["killed", "wounded"]),
    st.sampled_from(["everyday.", "everyday in insurgent attacks.", "everyday, officials say."]),
)
def test_everyday_after_the_verb_is_a_rate(who: str, harm: str, rest: str) -> None:
    assert written(f"UN officials estimate that {who} {harm} {rest}") == []


@pytest.mark.parametrize(
    "text",
    [
        "Five everyday shoppers were killed in the blast.",
        "The bombing killed 12 people, a reminder of everyday violence in the city.",
    ],
)
def test_everyday_before_a_noun_is_no_rate(text: str) -> None:
    assert written(text)


@given(
    st.sampled_from(["hunting hounds", "dairy cows", "horses", "sheep", "migratory birds"]),
    st.sampled_from(["that had died", "which died", "that died"]),
)
def test_animals_that_died_are_no_casualty(animals: str, died: str) -> None:
    assert written(f"Vets examined 444 {animals} {died} after showing signs of distress.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said the men that died were shot.",
        "Officers found a male that died of gunshot wounds.",
        "The Bird that died was shot, his family said.",
    ],
)
def test_people_that_died_stay(text: str) -> None:
    """A person's death with no count told is inferred, a killing still."""
    assert [f.kind for f in EXTRACTOR.extract(Document(text))] == ["killed"]


@given(
    st.sampled_from(["a man", "a second suspect", "the teenager", "a woman"]),
    st.sampled_from(["they had arrested", "police arrested", "whom officers detained"]),
    st.sampled_from([" on Monday.", ".", " after the raid.", " last week, a spokesman said."]),
)
def test_the_head_of_a_relative_arrest_is_held(who: str, clause: str, rest: str) -> None:
    text = f"Detectives must charge or release {who} {clause}{rest}"
    assert written(text) == [("arrested", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The people they detained were later freed.",
        "The soldiers they could have arrested escaped.",
    ],
)
def test_no_single_head_or_no_arrest_told_gives_nothing_here(text: str) -> None:
    assert ("arrested", 1) not in written(text)


@given(
    st.sampled_from(["He", "Beau Biden", "The former president", "Her grandfather"]),
    st.sampled_from(["died", "passed away"]),
    st.sampled_from(["in July at age 99.", "in 2015, at 46.", "late Tuesday aged 93.", "at 81."]),
)
def test_an_age_at_death_tells_an_obituary(who: str, died: str, rest: str) -> None:
    assert written(f"{who} {died} {rest}") == []


@pytest.mark.parametrize(
    "text",
    [
        "The man was shot twice and died at 6:28 p.m., police said.",
        "A 19-year-old man died at the scene after being shot.",
        "The wounded officer died at 9 a.m. Sunday.",
    ],
)
def test_a_clock_time_is_no_age_at_death(text: str) -> None:
    assert ("killed", 1) in written(text)
