"""The story's count of the wounded (issue 14): error classes of the injured figure seen in the
SemEval-2018 task 5 and GVDB development stories, each written here in our own words.

- a city's tally over hours or over uncounted shootings is no count of the story's event;
- a part of the wounded told dead later is no longer wounded;
- one victim told dead and told wounded by the same age is one death;
- one victim told hurt within the words that tell the death is one death;
- a count of people taken to hospital that is the wounded and the dead together holds the dead;
- people shot hold all the story's dead, not only its largest single count of them.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.ages import without_the_dead_by_age
from newsparse.findings import Casualty
from newsparse.numbers import CARDINAL_WORDS

EXTRACTOR = CasualtyExtractor()
_PUBLISHED = datetime.date(2016, 5, 1)


def totals(text: str) -> dict[str, int | None]:
    document = Document(text, published=_PUBLISHED)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


# --- a tally over hours or over a city's shootings --------------------------------------------


# A tally over a number of hours, however the span is written, and one over shootings in a
# place, neither counted nor singled out.
_HOURS = ("in 72 hours", "in about ten hours", "in a five-hour span", "over a span of 80 hours")
_PLACES = ("in Chicago shootings", "in city shootings")


@pytest.mark.parametrize("tally", [*_HOURS, *_PLACES])
def test_a_tally_over_hours_or_a_citys_shootings_is_no_toll(tally: str) -> None:
    figures = totals(f"Seven people were shot and wounded {tally} on Saturday.")
    assert not figures.get("injured")
    assert not figures.get("shot")


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # one event's shootings, counted or singled out, are the event's toll
        ("Five people were wounded in two shootings on Sunday.", 5),
        ("Three people were wounded in the shootings at the mall.", 3),
        # a span of hours tied to one person's story is no tally
        ("The man was shot and wounded within 48 hours of his release.", 1),
        ("Three people were wounded in the shooting, police said hours later.", 3),
    ],
)
def test_an_events_own_shootings_and_hours_are_kept(text: str, injured: int) -> None:
    assert totals(text).get("injured") == injured


def test_a_clause_closed_before_the_tally_is_kept() -> None:
    figures = totals("One man was killed on Friday, one of 13 people shot in 24 hours.")
    assert figures.get("killed") == 1


@given(st.integers(2, 90), st.integers(2, 96))
def test_any_count_over_any_hours_is_a_tally(count: int, hours: int) -> None:
    assert not totals(f"{count} people were shot in {hours} hours in the city.").get("shot")


# --- a part of the wounded who died -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Six people were wounded in the shooting. Two of them later died.", 2, 4),
        (
            "Four people were injured in a shooting. Two men and two women were taken to"
            " hospitals. One of the men later died.",
            1,
            3,
        ),
        ("Police said 10 people were wounded. One of the victims was killed.", 1, 9),
    ],
)
def test_a_part_of_the_wounded_told_dead_is_no_longer_wounded(
    text: str, killed: int, injured: int
) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the death was counted apart before: the part tells that death again
        (
            "1 killed, 3 wounded in shooting. Three men were wounded. One of the victims died at"
            " the hospital.",
            1,
            3,
        ),
        ("Two people were killed and four were wounded. One of the victims died there.", 2, 4),
        # a part of the dead is none of the wounded
        ("Four people were wounded. One of the dead was a teenager.", 1, 4),
    ],
)
def test_a_death_counted_apart_leaves_the_wounded(text: str, killed: int, injured: int) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (killed, injured)


@given(st.integers(3, 12), st.integers(1, 2))
def test_any_wounded_group_less_its_dead(wounded: int, died: int) -> None:
    text = (
        f"{CARDINAL_WORDS[wounded].capitalize()} people were wounded in the attack."
        f" {CARDINAL_WORDS[died].capitalize()} of them later died."
    )
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (died, wounded - died)


# --- one victim told again by age -------------------------------------------------------------


def test_a_victim_told_wounded_and_dead_by_one_age_is_one_death() -> None:
    figures = totals(
        "An accidental shooting on Christmas night has killed a 16-year-old. Police say the"
        " shooting critically injured a 16-year-old at a home on Elm Street."
    )
    assert (figures.get("killed"), figures.get("injured")) == (1, None)


def test_two_ages_are_two_people() -> None:
    figures = totals(
        "A 16-year-old was killed in the shooting. A 40-year-old man was wounded in the leg."
    )
    assert (figures.get("killed"), figures.get("injured")) == (1, 1)


def _finding(text: str, kind: str, count: int = 1) -> Casualty:
    return Casualty.at(text, 0, len(text), count=count, kind=kind)


@given(st.integers(1, 99), st.sampled_from(["shot", "injured"]))
def test_the_same_age_is_the_same_victim(age: int, kind: str) -> None:
    dead = _finding(f"a {age}-year-old was killed", "killed")
    hurt = _finding(f"the {age} year old boy was hurt", kind)
    other = _finding(f"a {age + 1}-year-old was hurt", kind)
    assert without_the_dead_by_age([dead, hurt, other]) == [dead, other]


def test_a_group_of_one_age_is_not_one_victim() -> None:
    dead = _finding("a 17-year-old was killed", "killed")
    group = _finding("two 17-year-olds were hurt", "injured", count=2)
    assert without_the_dead_by_age([dead, group]) == [dead, group]


def test_another_of_the_same_age_is_another_victim() -> None:
    figures = totals(
        "A 20-year-old man was shot several times and died at a hospital. Another 20-year-old"
        " man was shot in the back and treated and released."
    )
    assert (figures.get("killed"), figures.get("injured")) == (1, 1)


@given(
    st.integers(1, 99),
    st.sampled_from(["another", "Another", "a second", "A third"]),
    st.sampled_from(["shot", "injured"]),
)
def test_a_victim_told_besides_is_not_the_dead(age: int, besides: str, kind: str) -> None:
    dead = _finding(f"a {age}-year-old was killed", "killed")
    hurt = _finding(f"{besides} {age}-year-old was hurt", kind)
    assert without_the_dead_by_age([dead, hurt]) == [dead, hurt]


# --- one victim told hurt within the words of the death ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A woman who was wounded in a Sunday night shooting has died, police said.",
        "A child who suffered critical injuries in a Friday shooting has died, officials said.",
        "The injured person was declared deceased at the hospital.",
        "Boy, 15, dies after shooting. Police said the wounded boy was taken to a hospital,"
        " where he died.",
    ],
)
def test_one_victim_told_hurt_in_the_words_of_the_death_is_one_death(text: str) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (1, None)


@given(
    st.sampled_from(["woman", "man", "teenager", "police officer"]),
    st.sampled_from(["was wounded", "was critically injured", "suffered serious injuries"]),
    st.sampled_from(["has died", "died Tuesday", "later died at a hospital"]),
)
def test_any_victim_told_hurt_then_dead_in_one_clause(noun: str, hurt: str, died: str) -> None:
    figures = totals(f"A {noun} who {hurt} in a shooting on Elm Street {died}, police said.")
    assert (figures.get("killed"), figures.get("injured")) == (1, None)


def test_a_victim_hurt_beside_the_dead_is_still_wounded() -> None:
    figures = totals("A man was killed and a woman was wounded in the shooting on Elm Street.")
    assert (figures.get("killed"), figures.get("injured")) == (1, 1)


# --- a hospital count that holds the dead -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A shooting at a nightclub left one man dead and three others injured. Four men were"
            " rushed to the hospital.",
            1,
            3,
        ),
        (
            "One person died and two were injured in the shooting, which sent three people to"
            " area hospitals.",
            1,
            2,
        ),
        # people besides the dead, and a count that is not the wounded and the dead together
        (
            "Three people were killed and four others were hospitalized. The gunman was wounded.",
            3,
            4,
        ),
        ("One man was killed. Two people were hurt. Four people were taken to the hospital.", 1, 4),
    ],
)
def test_a_hospital_count_of_the_wounded_and_the_dead_holds_the_dead(
    text: str, killed: int, injured: int
) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (killed, injured)


@given(st.integers(1, 3), st.integers(1, 6))
def test_any_hospital_count_of_the_wounded_and_the_dead(dead: int, hurt: int) -> None:
    text = (
        f"{CARDINAL_WORDS[dead].capitalize()} people were killed and {CARDINAL_WORDS[hurt]}"
        f" were wounded. The shooting sent {CARDINAL_WORDS[dead + hurt]} people to the hospital."
    )
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (dead, hurt)


# --- people shot hold the story's dead, not its largest single count ---------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Ann Roe, 29, was killed along with Jim Doe, 20, in a double homicide. Both were shot"
            " multiple times.",
            2,
            None,
        ),
        ("A woman was shot dead along with her brother. Police said five people were shot.", 2, 3),
    ],
)
def test_the_shot_hold_every_death_of_the_story(
    text: str, killed: int, injured: int | None
) -> None:
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (killed, injured)


_ALONG_WITH = {"her brother": 1, "her two sons": 2, "her three children": 3}


@given(st.sampled_from(sorted(_ALONG_WITH)), st.integers(1, 5))
def test_any_dead_told_along_with_others_are_among_the_shot(with_whom: str, hurt: int) -> None:
    dead = 1 + _ALONG_WITH[with_whom]
    shot = CARDINAL_WORDS[dead + hurt]
    text = (
        f"Ann Roe was killed along with {with_whom} on Sunday. Police said {shot} people were shot."
    )
    figures = totals(text)
    assert (figures.get("killed"), figures.get("injured")) == (dead, hurt)
