"""Document figures of casualties (issue 14, session 10): classes of wrong killed and injured
figures seen in the SemEval-2018 task 5 and GVDB development stories, each written here in our
own words.

- an attacker who shot himself dead is among those shot and among the dead, not a wounded
  survivor ("shot his wife and then himself ... killed his wife before turning the gun on
  himself" is two dead and no one wounded);
- people shot besides the dead told just before them ("one man was killed and three others
  were shot", "a woman was also shot") hold none of those dead: all of them are wounded;
- people harmed "along with" or "as well as" a count just before them add to it ("was killed
  along with Juan Perez" is two dead);
- "both X and Y" counts the whole list, two people, not its first member plus the second;
- an event named by its full date five or more years before the story ("the Nov. 5, 2009,
  shooting that killed 13") is background, as one named by its year is;
- a count spelled out by a list after a comma ("three others, an 18-year-old woman and two
  men") is that count, not the count plus its list;
- one more person shot ("another man was shot", "a second man was shot") is none of the dead.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.numbers import CARDINAL_WORDS

EXTRACTOR = CasualtyExtractor()
_PUBLISHED = datetime.date(2016, 5, 1)
_WORDS = list(CARDINAL_WORDS)


def totals(text: str, published: datetime.date = _PUBLISHED) -> dict[str, int | None]:
    document = Document(text, published=published)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


# --- an attacker who shot himself dead --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A man shot his wife and then himself at their home, police said. He killed his "
            "wife before turning the gun on himself.",
            2,
            None,
        ),
        # one of the people he shot lived
        (
            "A man shot two neighbors and then himself. He killed one neighbor before turning "
            "the gun on himself.",
            2,
            1,
        ),
    ],
)
def test_the_attacker_who_killed_himself_is_no_wounded_survivor(
    text: str, killed: int, injured: int | None
) -> None:
    figures = totals(text)
    assert figures.get("killed") == killed
    assert figures.get("injured") == injured


@given(st.integers(2, 9).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n))))
def test_those_he_shot_less_those_he_killed_are_the_wounded(shot_killed: tuple[int, int]) -> None:
    shot, killed = shot_killed
    figures = totals(
        f"A man shot {_WORDS[shot]} people and then himself on Sunday. He killed "
        f"{_WORDS[killed]} people before turning the gun on himself."
    )
    assert figures.get("killed") == killed + 1
    assert figures.get("injured") == ((shot - killed) or None)


# --- people shot besides the dead -------------------------------------------------------------


_BESIDES_THE_DEAD = {
    "One man was killed and three others were shot in the attack on Sunday.": (1, 3),
    "Police found one man shot dead. Three other people were also shot and taken to the "
    "hospital.": (1, 3),
    "The clerk had been shot and killed. Five others had been shot, too.": (1, 5),
    "Two people were shot dead on Friday. A woman was also shot and drove herself to the "
    "hospital.": (2, 1),
    # a list told "also" is all besides the dead
    "One man died at the scene. A woman and two other men were also shot.": (1, 3),
    # a list without it holds the people it names: he is one of the four shot
    "A man was killed in the shooting. Police said he and three others had been shot.": (1, 3),
}


@pytest.mark.parametrize("text", list(_BESIDES_THE_DEAD))
def test_people_shot_besides_the_dead_are_all_wounded(text: str) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == _BESIDES_THE_DEAD[text]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a count of all those shot still holds the dead, told before or after it
        ("Police said four people were shot on Friday night. One man died at the scene.", 3),
        ("One man died at the scene. Police said four people were shot in all.", 3),
        # "the other" points back at people already told, not at a new group
        (
            "Two women were fatally shot on Sunday. One was shot in the car. The other woman "
            "was shot in the face.",
            None,
        ),
    ],
)
def test_people_shot_who_are_not_besides_the_dead_hold_them(text: str, injured: int | None) -> None:
    assert totals(text).get("injured") == injured


@given(st.integers(1, 6), st.integers(1, 9))
def test_any_others_shot_after_the_dead_are_the_wounded(dead: int, others: int) -> None:
    people = "person was" if dead == 1 else "people were"
    figures = totals(
        f"{_WORDS[dead].capitalize()} {people} killed on Friday night and "
        f"{_WORDS[others]} others were shot, police said."
    )
    assert figures.get("killed") == dead
    assert figures.get("injured") == others


# --- people harmed along with a count ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Maria Lopez, 29, was killed along with Juan Perez, 20, in a double homicide on Elm "
            "Street.",
            "killed",
            2,
        ),
        ("The pastor was killed, as well as his wife, when gunmen opened fire.", "killed", 2),
        ("Three men were wounded along with two women at the bus stop.", "injured", 5),
        (
            "Armed men abducted 30 villagers along with 12 children from the school.",
            "kidnapped",
            42,
        ),
    ],
)
def test_people_harmed_along_with_a_count_add_to_it(text: str, kind: str, count: int) -> None:
    assert totals(text).get(kind) == count


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a clause of its own between them: the brother is not told killed
        ("A man was killed and, along with his brother, was buried on Friday.", 1),
        # "along with" in another sentence joins nothing
        ("Two men were killed on Sunday. Along with the victims, police found a dog.", 2),
    ],
)
def test_along_with_outside_the_count_adds_nothing(text: str, killed: int) -> None:
    assert totals(text).get("killed") == killed


def test_people_shot_along_with_the_dead_are_the_wounded() -> None:
    figures = totals(
        "The two were shot, along with another woman, just before 1 a.m. Both died at the scene."
    )
    assert (figures.get("killed"), figures.get("injured")) == (2, 1)


@given(st.integers(2, 12), st.integers(2, 12))
def test_any_two_groups_wounded_along_with_each_other_add_up(first: int, second: int) -> None:
    text = f"{_WORDS[first].capitalize()} men were wounded along with {_WORDS[second]} women."
    assert totals(text).get("injured") == first + second


# --- both X and Y -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Both Smith and the baby were dead from gunshot wounds.", "killed"),
        ("Both Jones and his daughter died at the scene.", "killed"),
        ("Both Garcia and the boy were found dead in the car.", "killed"),
        ("Both Lee and his wife were wounded in the attack.", "injured"),
    ],
)
def test_both_counts_the_whole_list(text: str, kind: str) -> None:
    assert totals(text).get(kind) == 2


def test_a_list_without_both_still_adds_its_members() -> None:
    assert totals("His mother and 10 other people drowned.").get("killed") == 11


# --- an event named by its full date ----------------------------------------------------------


_STORY = (
    "Two soldiers were wounded in the shooting at the base on Wednesday. The gunman bought his "
    "pistol at the same shop that sold the rifle used in the {date} shooting at the post that "
    "killed 13 people and injured more than 30 others."
)


@pytest.mark.parametrize("date", ["Nov. 5, 2009,", "Nov. 5 2009", "November 5, 2009,"])
def test_an_event_named_by_a_date_long_past_is_background(date: str) -> None:
    figures = totals(_STORY.format(date=date), datetime.date(2015, 4, 3))
    assert figures.get("injured") == 2
    assert not figures.get("killed")


def test_a_court_storys_own_dated_case_is_its_event() -> None:
    text = "The man pleaded guilty in the March 4, 2013, shooting that killed two people."
    assert totals(text, datetime.date(2014, 6, 1)).get("killed") == 2


# --- a count spelled out in apposition --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "One man died. Three others, an 18-year-old woman and two men, ages 21 and 22, were"
            " treated for wounds.",
            1,
            3,
        ),
        (
            "One man died and three other victims, a 21-year-old male, a 19-year-old female and"
            " a 3-year-old boy were transported to area hospitals.",
            1,
            3,
        ),
        (
            "Two other people, a 30-year-old man and a 25-year-old woman, ages 30 and 25, were"
            " wounded.",
            None,
            2,
        ),
    ],
)
def test_a_count_spelled_out_in_apposition_is_that_count(
    text: str, killed: int | None, injured: int
) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (killed, injured)


@given(st.sampled_from([("two", "one", 2), ("three", "two", 3), ("four", "three", 4)]))
def test_a_list_of_groups_is_their_sum(counts: tuple[str, str, int]) -> None:
    # the first group equals the others' sum, but names no one the others spell out
    men, children, count = counts
    text = f"Police said {men} men, one woman and {children} children were killed in the attack."
    assert totals(text).get("killed") == 2 * count


# --- one more person shot besides the dead ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A teenage girl was shot and killed Sunday night. Police said another young girl shot in"
        " the same block is expected to survive.",
        "One man was killed on Elm Street. A second man was shot nearby, police said.",
    ],
)
def test_one_more_person_shot_is_not_the_dead(text: str) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (1, 1)


@given(st.sampled_from(["Another man", "A second man", "A third victim"]))
def test_any_one_more_shot_after_a_death(one_more: str) -> None:
    text = f"A woman was killed in the shooting. {one_more} was shot in the leg, police said."
    assert totals(text).get("injured") == 1
