"""A person held told by a custody phrase after them, with no verb of arrest: "the death of
George Floyd in Minneapolis police custody", "a man who died while in police custody", "George
Floyd's death in police custody"; or before a name: "the police custody death of George Floyd",
"the in-custody death of", "Minneapolis police custody of George Floyd". Custody by a state's
authority is an arrest; one denied, or a child's custody between parents, is none.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

#: Sentences and whether they tell one person arrested.
CASES = [
    ("Protests followed the death of George Floyd in Minneapolis police custody last week.", True),
    ("Six officers were indicted over the death of Freddie Gray while in police custody.", True),
    ("Officials said a 25-year-old man died in police custody on Sunday.", True),
    ("Lawyers said Roger Rayson died in ICE custody at the detention facility.", True),
    ("The judge probed the killing of an Ivorian man in French military custody.", True),
    ("Police say they do not have a suspect in custody at this time.", False),
    ("The second person of interest was not in custody as of Monday, officials said.", False),
    ("The girl in joint custody of her parents moved to Ohio.", False),
    ("The mother won the boy in a custody battle last year.", False),
    ("The boy was placed in protective custody by social workers.", False),
    ("Protests followed George Floyd's death in Minneapolis police custody.", True),
    ("Protests followed the police custody death of George Floyd last month.", True),
    ("Trump spoke after protests over the in-custody death of George Floyd.", True),
    ("Senators honored Floyd weeks after Minneapolis police custody of George Floyd ended.", True),
    ("The judge gave the father custody of Emma Smith in March.", False),
    ("The mother won custody of her son John last year.", False),
]


@pytest.mark.parametrize(("text", "held"), CASES)
def test_a_states_custody_is_an_arrest_unless_denied_or_between_parents(
    text: str, held: bool
) -> None:
    assert (("arrested", 1) in written(text)) is held


def test_a_death_in_custody_is_a_killing_and_an_arrest() -> None:
    assert written("A 25-year-old man died in police custody on Sunday.") == [
        ("killed", 1),
        ("arrested", 1),
    ]


@given(
    st.sampled_from(["Maria Lopez", "a teenage boy", "the suspect", "an asylum seeker"]),
    st.sampled_from(["", " while"]),
    st.sampled_from(["police", "ICE", "U.S.", "Israeli military", "federal"]),
)
def test_a_person_then_a_custody_phrase_is_one_arrested(who: str, when: str, holder: str) -> None:
    text = f"Lawyers visited {who}{when} in {holder} custody on Friday."
    assert written(text) == [("arrested", 1)]


@given(
    st.sampled_from(["George Floyd", "Freddie Gray", "Eric Garner"]),
    st.sampled_from(
        [
            "the police custody death of {name}",
            "the in-custody death of {name}",
            "{name}'s death in police custody",
            "{name}’s death in ICE custody",
        ]
    ),
)
def test_a_named_death_told_with_its_custody_is_one_arrested(name: str, phrase: str) -> None:
    text = f"Protests followed {phrase.format(name=name)} on Friday."
    assert ("arrested", 1) in written(text)


@given(
    st.sampled_from(["George Floyd", "Freddie Gray", "Eric Garner"]),
    st.sampled_from(["'s", "’s"]),
    st.sampled_from(["police", "Minneapolis police", "ICE", "federal"]),
)
def test_a_named_death_in_custody_is_a_killing_too(name: str, mark: str, holder: str) -> None:
    """The guidelines count a death in police custody as a killing and an arrest: the custody
    beside an owner's "death" is its cause, as it is beside "the death of" a person."""
    text = f"Protests followed {name}{mark} death in {holder} custody on Friday."
    assert sorted(written(text)) == [("arrested", 1), ("killed", 1)]


def test_a_named_death_without_custody_stays_the_storys_to_tell() -> None:
    assert written("Protests followed George Floyd's death on Friday.") == []


#: Custody told as a state with its holder named, or with a verb other than "taken" (custody.py),
#: and custody that is a child's between parents or carers.
HOLDER_CASES = [
    ("A man was taken into police custody on Monday.", [("arrested", 1)]),
    ("Two men were taken into federal custody after the raid.", [("arrested", 2)]),
    ("The 18-year-old is in ICE custody, officials said.", [("arrested", 1)]),
    ("Three suspects were placed into custody on Friday.", [("arrested", 3)]),
    ("Two men were remanded in custody by the court.", [("arrested", 2)]),
    ("The crew saw two people being taken into custody.", [("arrested", 2)]),
    ("Two victims were treated and released into police custody.", [("arrested", 2)]),
    ("A fourth person was brought into custody on Monday.", [("arrested", 1)]),
    ("He was released into the custody of his parents.", []),
    ("The boy was placed in protective custody by social workers.", []),
    ("The girl was placed in the custody of her grandmother.", []),
    ("Two children were placed in state custody last year.", []),
]


@pytest.mark.parametrize(("text", "found"), HOLDER_CASES)
def test_custody_with_its_holder_is_an_arrest_unless_a_childs(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert written(text) == found


@given(
    st.sampled_from(["A man was", "Two teenagers were", "The suspect was"]),
    st.sampled_from(["taken into", "placed in", "placed into", "taken in to"]),
    st.sampled_from(["police", "ICE", "U.S.", "federal", "Mexican police", "the federal"]),
)
def test_custody_taken_by_any_named_holder_is_an_arrest(who: str, verb: str, holder: str) -> None:
    count = 2 if who.startswith("Two") else 1
    assert written(f"{who} {verb} {holder} custody on Monday.") == [("arrested", count)]


#: A booking into a place of custody (custody.py), and a booking that is no arrest.
BOOKED_CASES = [
    ("Andy Hem, 21, was booked into the San Joaquin County Jail on Sunday.", [("arrested", 1)]),
    ("The suspect was booked into juvenile hall on Monday.", [("arrested", 1)]),
    ("The 14-year-old was booked into Juvenile Detention on Friday.", [("arrested", 1)]),
    ("Two men were booked into Orleans Parish Prison on Friday.", [("arrested", 2)]),
    ("The band was booked into the Hilton hotel for two nights.", []),
]


@pytest.mark.parametrize(("text", "found"), BOOKED_CASES)
def test_a_booking_into_custody_is_an_arrest(text: str, found: list[tuple[str, int]]) -> None:
    assert written(text) == found


@given(
    st.sampled_from(["A man was", "Two teenagers were", "The suspect has been"]),
    st.sampled_from(
        [
            "the Tulsa County Jail",
            "jail",
            "the Denny Youth Center",
            "the Multnomah County Detention Center",
            "the East Baton Rouge Parish Prison",
        ]
    ),
)
def test_a_booking_into_any_place_of_custody_is_an_arrest(who: str, place: str) -> None:
    count = 2 if who.startswith("Two") else 1
    assert written(f"{who} booked into {place} on Monday.") == [("arrested", count)]


#: A booking on a charge (custody.py), and bookings that record none: a footballer's caution, a
#: seat.
BOOKED_ON_A_CHARGE = [
    ("Neely Gardner, 19, was booked with negligent homicide on Friday.", [("arrested", 1)]),
    ("Ryan Giroux, 41, was booked Thursday on suspicion of murder.", [("arrested", 1)]),
    ("Two men were booked on 8 counts of attempted murder.", [("arrested", 2)]),
    ("A man was booked on a manslaughter charge after the crash.", [("arrested", 1)]),
    ("Marcelinho was booked for complaining.", []),
    ("The passengers were booked on a later flight.", []),
]


@pytest.mark.parametrize(("text", "found"), BOOKED_ON_A_CHARGE)
def test_a_booking_on_a_charge_is_an_arrest(text: str, found: list[tuple[str, int]]) -> None:
    assert written(text) == found


@given(
    st.sampled_from(["A man was", "Two teenagers were", "The suspect has been"]),
    st.sampled_from(["", "Thursday ", "early Sunday ", "this morning "]),
    st.sampled_from(
        [
            "on suspicion of murder",
            "on three counts of assault",
            "with first-degree murder",
            "on a $15,000 bond",
            "for murder with a deadly weapon",
            "on charges of attempted murder",
        ]
    ),
)
def test_any_booking_on_a_told_charge_is_an_arrest(who: str, when: str, charge: str) -> None:
    count = 2 if who.startswith("Two") else 1
    assert written(f"{who} booked {when}{charge}, police said.") == [("arrested", count)]


#: A person kept in or taken to a jail (custody.py), and what is left out: a bare "in jail" (wire
#: copy's sentence served as often), a place's population, a jail named with a clause's words.
KEPT_CASES = [
    ("A man is in the Smith County jail on a $50,000 bond.", [("arrested", 1)]),
    ("The suspect remains in the Hoover City Jail pending charges.", [("arrested", 1)]),
    ("The teen was taken to a juvenile detention center.", [("arrested", 1)]),
    ("He was taken to jail on Monday.", [("arrested", 1)]),
    ("All three suspects are behind bars.", [("arrested", 3)]),
    ("The opposition leader is in jail.", []),
    ("The city has less than 4,000 people now behind bars.", []),
    ("A girl in Marksville released from jail spoke on Monday.", []),
    ("He was sentenced to 10 years. He is behind bars now.", []),
]


@pytest.mark.parametrize(("text", "found"), KEPT_CASES)
def test_a_person_kept_in_a_named_jail_is_an_arrest(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert written(text) == found


@given(
    st.sampled_from(["A man is", "The suspect remains", "Two teenagers are", "He was taken to"]),
    st.sampled_from(["the Tulsa County Jail", "the county jail", "Wake County Detention Center"]),
)
def test_a_person_in_any_named_jail_is_an_arrest(who: str, place: str) -> None:
    count = 2 if who.startswith("Two") else 1
    where = place if who.endswith("to") else f"in {place}"
    assert written(f"{who} {where} on Monday.") == [("arrested", count)]
