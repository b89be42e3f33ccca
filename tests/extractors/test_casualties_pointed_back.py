"""A bare singular death noun pointing back to the story's one victim (issue 14): "the
killing", "the brutal murder" after "A senior commander was killed" is a killing of one, as the
guidelines read a harm noun that points back to a counted victim. A story of several deaths,
of two named victims or of none, and a noun that only modifies another ("the murder weapon"),
count nothing. Each positive test fails without ``_pointed_back`` in
:mod:`newsparse.extractors.casualties.retold`."""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each finding the text states (not inferred): its words, kind and count, in text order."""
    stated = [f for f in EXTRACTOR.extract(Document(text)) if not f.inferred]
    return [(f.text, f.kind, f.count) for f in stated]


_KILLINGS = [
    ("A local council member was shot dead outside his home on Sunday.", "was shot dead"),
    ("Gunmen killed a shopkeeper in the market on Sunday.", "killed a shopkeeper"),
    ("A teenager was stabbed to death near the station on Sunday.", "was stabbed to death"),
]
_NOUNS = ["killing", "murder", "slaying", "death", "brutal killing", "apparent murder"]
_AFTERS = [
    "Police said {noun} was not random.",
    "Detectives are looking into {noun}.",
    "Residents said {noun} shocked the town.",
    "Officers are investigating {noun}, a spokesman said.",
]


@given(st.sampled_from(_KILLINGS), st.sampled_from(_NOUNS), st.sampled_from(_AFTERS))
def test_a_bare_noun_after_the_one_killing_is_its_victim(
    killing: tuple[str, str], noun: str, after: str
) -> None:
    text = f"{killing[0]} {after.format(noun=f'the {noun}')}"
    told = found(text)
    assert len(told) == 2
    assert told[0][1:] == ("killed", 1) and killing[1] in told[0][0]
    assert told[1] == (f"the {noun}", "killed", 1)


def test_the_first_words_capitalised() -> None:
    text = "A militant was killed in an Israeli raid on Sunday. The killing sparked protests."
    assert found(text)[1] == ("The killing", "killed", 1)


@pytest.mark.parametrize(
    "text",
    [
        # several victims: no one victim to point back to
        "Two men were shot dead outside a bar on Sunday. Police said the killing was not random.",
        "Gunmen killed a guard on Sunday. A second guard was killed on Monday. The killing was"
        " condemned.",
        # two named victims
        "Maria Lopez was shot dead on Sunday. Daniel Okafor was stabbed to death on Monday."
        " Police said the murder was not random.",
        # no killing counted, or only one told with no cause
        "Police said the killing was not random.",
        "The former president died on Sunday at 91. The death was announced by his family.",
        # told ahead of several deaths, or of one beside the wounded
        "Police said the killing was not random. Two shopkeepers were shot dead on Sunday.",
        "Police said the shooting was not random. A shopkeeper was shot dead on Sunday and"
        " two friends were wounded.",
        # a noun of the killing of many
        "A shopkeeper was shot dead on Sunday. Police said the massacre was not random.",
        # a harm of several
        "A shopkeeper was shot dead on Sunday. Police said the double homicide was not random.",
        "Police said the mass shooting was not random. A shopkeeper was shot dead on Sunday.",
        # an arrest owned by a pronoun is as often one of a record
        "Police arrested a suspect on Friday. His first arrest was in 2014.",
        # a noun that names a thing of the death
        "A shopkeeper was shot dead on Sunday. Police found the murder weapon.",
        "A shopkeeper was shot dead on Sunday. The death penalty is banned here.",
        "A shopkeeper was shot dead on Sunday. Police have a suspect in the killing spree.",
        # supposed, not told
        "A shopkeeper was shot dead on Sunday. If the killing was planned, police said, more"
        " arrests will follow.",
        # two arrested: no one to point back to
        "Police arrested two suspects on Friday. The arrest was praised by the mayor.",
        # a thing of the arrest
        "Police arrested a suspect on Friday. A judge signed the arrest warrant.",
        # a word of a name, capitalised
        "A man was shot dead by an officer on Friday. The case is investigated by the Metro"
        " Homicide and Internal Affairs units.",
        # an irregular past after the object of a preposition is another subject's
        "A teenager was shot dead outside a store on Sunday. Officers who came after the"
        " killing found a rifle.",
    ],
)
def test_no_back_reference(text: str) -> None:
    assert [f for f in found(text) if f[0].lower().startswith("the ")] == []


@pytest.mark.parametrize("noun", ["death", "killing", "homicide"])
def test_the_latest_death_of_a_toll_is_one(noun: str) -> None:
    """ "The latest" tells one of a series, whatever the toll; an irregular past ("brought")
    closes the noun as a verb would."""
    text = (
        "One militant was killed in a raid on Sunday. Since the uprising began, 4,900 people"
        f" have been killed. The latest {noun} brought new protests."
    )
    assert (f"The latest {noun}", "killed", 1) in found(text)


def test_a_toll_leaves_the_bare_death_unread() -> None:
    text = (
        "One militant was killed in a raid on Sunday. Since the uprising began, 4,900 people"
        " have been killed. The death brought new protests."
    )
    assert ("The death", "killed", 1) not in found(text)


@pytest.mark.parametrize(
    ("text", "noun", "kind"),
    [
        (
            "Police arrested a suspect on Friday. Officers made the arrest at a motel.",
            "the arrest",
            "arrested",
        ),
        (
            "A suspect was detained at the border on Friday. The arrest drew protests.",
            "The arrest",
            "arrested",
        ),
        (
            "Gunmen kidnapped an aid worker on Friday. No group has claimed the kidnapping.",
            "the kidnapping",
            "kidnapped",
        ),
        (
            "An engineer was abducted near the port on Friday. The abduction was condemned.",
            "The abduction",
            "kidnapped",
        ),
    ],
)
def test_the_other_harms_point_back_to_their_one_victim(text: str, noun: str, kind: str) -> None:
    assert found(text)[1:] == [(noun, kind, 1)]


def test_the_beating_of_the_one_wounded_where_no_one_is_killed() -> None:
    text = "A reporter was injured by police on Monday. He won an apology over the beating."
    assert found(text)[1:] == [("the beating", "injured", 1)]


def test_the_stabbing_of_the_one_killed() -> None:
    text = (
        "A teenager was stabbed to death near the station on Sunday. The stabbing shook the town."
    )
    assert found(text)[1:] == [("The stabbing", "killed", 1)]


def test_a_capitalised_modifier_of_place_day_or_name() -> None:
    for modifier in ("Hebron", "Wednesday", "Slepian"):
        text = (
            "A shopkeeper was shot dead in his store on Wednesday. Police said"
            f" the {modifier} killing was not random."
        )
        assert found(text)[1:] == [(f"the {modifier} killing", "killed", 1)]


def test_the_shooting_of_one_killed_and_no_one_wounded() -> None:
    text = (
        "A teenager was shot dead outside a store on Sunday. Police said the shooting was random."
    )
    assert found(text)[1:] == [("the shooting", "killed", 1)]


def test_the_shooting_that_wounded_others_is_no_one_victims() -> None:
    text = (
        "A teenager was shot dead outside a store on Sunday and two friends were wounded."
        " Police said the shooting was random."
    )
    assert ("the shooting", "killed", 1) not in found(text)


_LATER_TOLLS = [
    "In 2019, three guards were killed in a robbery nearby.",
    "Two other men were killed in the town last month.",
    "Last year a gunman killed five people at a school in the state.",
    "A second man was shot dead there on Monday.",
]


@given(
    st.sampled_from(_KILLINGS),
    st.sampled_from(_NOUNS),
    st.sampled_from(_AFTERS),
    st.sampled_from(_LATER_TOLLS),
)
def test_a_toll_told_after_the_noun_leaves_it_the_one_victims(
    killing: tuple[str, str], noun: str, after: str, later: str
) -> None:
    """Only what the story tells before the noun is what it points back to: a background toll,
    another victim or a second killing told lower down leaves "the killing" the first one's."""
    text = f"{killing[0]} {after.format(noun=f'the {noun}')} {later}"
    assert (f"the {noun}", "killed", 1) in found(text)


def test_a_wound_told_after_the_shooting_leaves_it_the_one_killed() -> None:
    text = (
        "A teenager was shot dead outside a store on Sunday. Police said the shooting was"
        " random. Two men were wounded in another shooting nearby on Monday."
    )
    assert ("the shooting", "killed", 1) in found(text)


def test_a_toll_told_before_the_noun_still_leaves_it_no_one() -> None:
    text = (
        "A guard was shot dead on Sunday. In 2019, three guards were killed in a robbery."
        " Police said the killing was not random."
    )
    assert ("the killing", "killed", 1) not in found(text)


@pytest.mark.parametrize("determiner", ["this", "that", "This"])
def test_a_demonstrative_points_back_as_the_does(determiner: str) -> None:
    text = f"A shopkeeper was shot dead on Sunday. {determiner} killing shocked the town."
    assert (f"{determiner} killing", "killed", 1) in found(text)


def test_that_before_the_is_a_conjunction() -> None:
    text = "A shopkeeper was shot dead on Sunday. Police said that the killing was not random."
    assert ("the killing", "killed", 1) in found(text)


@pytest.mark.parametrize("dash", [" --", " —", "—"])
def test_a_dash_closes_the_noun(dash: str) -> None:
    text = (
        "A doctor was shot dead in his home on Sunday. Police named a suspect in the"
        f" slaying{dash} a man from Vermont."
    )
    assert ("the slaying", "killed", 1) in found(text)


@given(st.sampled_from(["murder", "slaying", "killing"]))
def test_a_death_whose_people_went_unread_is_no_other_victim(noun: str) -> None:
    # the long aside leaves "was shot to death" with no subject read: at least one dead, the
    # story's one victim told again, not another
    text = (
        "A sniper killed a Buffalo doctor last October. Slepian, a 52-year-old obstetrician "
        "and gynecologist who was the mainstay of Buffalo's only abortion clinic, was shot to "
        f"death at home. Investigators searched the woods days after the {noun}."
    )
    assert (f"the {noun}", "killed", 1) in found(text)


@given(st.sampled_from(_KILLINGS), st.sampled_from(_NOUNS), st.sampled_from(_AFTERS))
def test_a_noun_told_ahead_of_the_one_killing_is_its_victim(
    killing: tuple[str, str], noun: str, after: str
) -> None:
    """The guidelines read a victim's harm over the whole article: a story whose first killing
    told is its one victim's points to it from a noun before it too ("Additional details of the
    slaying emerged ... he was declared dead")."""
    text = f"{after.format(noun=f'the {noun}')} {killing[0]}"
    assert (f"the {noun}", "killed", 1) in found(text)


@pytest.mark.parametrize("noun", ["execution", "lynching", "strangulation"])
def test_the_acts_of_killing_point_back(noun: str) -> None:
    """WordNet's nouns of the killing verbs' acts, not a hand list."""
    text = f"A prisoner was executed at dawn on Sunday. Rights groups condemned the {noun}."
    assert ("the " + noun, "killed", 1) in found(text)


@given(st.sampled_from(["harshly", "strongly", "bitterly", "swiftly"]))
def test_an_adverb_of_manner_closes_the_noun(adverb: str) -> None:
    text = f"A shopkeeper was shot dead on Sunday. Leaders condemned the killing {adverb}."
    assert ("the killing", "killed", 1) in found(text)


_OWNED_AFTERS = [
    "Police are investigating {noun}.",
    "The coroner ruled {noun} a homicide.",
    "Relatives gathered after {noun}.",
]


@given(
    st.sampled_from(_KILLINGS),
    st.sampled_from(["his", "her"]),
    st.sampled_from(["death", "killing", "murder"]),
    st.sampled_from(_OWNED_AFTERS),
)
def test_a_pronouns_noun_is_the_one_victims(
    killing: tuple[str, str], pronoun: str, noun: str, after: str
) -> None:
    """A possessive pronoun points back as "the" does, where the story has one victim, whoever
    its antecedent is read to be."""
    text = f"{killing[0]} {after.format(noun=f'{pronoun} {noun}')}"
    assert (f"{pronoun} {noun}", "killed", 1) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # two victims
        "Two shopkeepers were shot dead on Sunday. Police are investigating his death.",
        # a suicide told: the death may be the suicide's
        "A shopkeeper was shot dead on Sunday. A man killed himself in jail on Monday. Police"
        " are investigating his death.",
        "A shopkeeper was shot dead on Sunday. Police are investigating his death. It was"
        " ruled a suicide.",
        # the latest of a series is no pronoun's
        "A shopkeeper was shot dead on Sunday. Since March, 40 people have been killed. Police"
        " are investigating his latest killing.",
    ],
)
def test_a_pronouns_noun_with_no_one_victim(text: str) -> None:
    assert [f for f in found(text) if f[0].lower().startswith(("his ", "her "))] == []


_MIDDLE_NAMED = ["Daniel Lewis Lee", "Jayden Jamar Clay", "Akira Marie Waters"]


@given(st.sampled_from(_MIDDLE_NAMED), st.sampled_from(_NOUNS))
def test_a_middle_name_is_no_second_victim(name: str, noun: str) -> None:
    # the story knows the middle name as a surname too ("Lewis" told alone below); still one
    # person, whose killing the bare noun points back to
    text = (
        f"{name} was shot dead on Sunday. Police said {name.split()[1]} had no enemies. Police"
        f" said the {noun} was not random."
    )
    assert (f"the {noun}", "killed", 1) in found(text)


@pytest.mark.parametrize("accused", ["convicted of", "accused of", "charged with"])
def test_a_crime_charged_is_no_second_victim(accused: str) -> None:
    # the crime counts no one victim: another event's, not a second death of the story's own
    text = (
        f"Daniel Lee, who was {accused} killing an Arkansas family, was executed on Tuesday."
        " Lawyers said the government carried out this execution during a pandemic."
    )
    assert ("this execution", "killed", 1) in found(text)


def test_a_crime_charged_of_one_victim_stays_the_victim() -> None:
    text = (
        "Tom Bell, charged with killing his wife, appeared in court. The killing shocked the town."
    )
    assert ("The killing", "killed", 1) in found(text)
