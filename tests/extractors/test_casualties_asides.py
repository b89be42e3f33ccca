"""One person harmed, told past an aside or after "including" (session 9): a part of a group
after "including" ("including one of the governor's bodyguards"), a person named in full or by a
title after it ("killing four Americans, including Ambassador Chris Stevens"), but no place.

An aside between a named subject and its verb ("Floyd, who was black, was killed", "Smith, 45,
of Dayton, died") was read already: see test_an_aside_keeps_its_subject."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_HARMS = st.sampled_from([("killed", "killed"), ("wounded", "injured"), ("injured", "injured")])
_NUMBERS = st.sampled_from([("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5)])
_GROUPS = st.sampled_from(["bodyguards", "soldiers", "police officers", "children"])


def found(text: str) -> list[tuple[str, int | None, bool, str]]:
    return [
        (f.kind, f.count, f.subset, f.text)
        for f in EXTRACTOR.extract(Document(text))
        if not f.inferred
    ]


@given(_NUMBERS, _GROUPS, _HARMS)
def test_a_part_of_a_group_after_including_is_a_subset(
    part: tuple[str, int], group: str, harm: tuple[str, str]
) -> None:
    text = (
        f"Twenty people were {harm[0]} in the blast, including {part[0]} of the governor's {group}."
    )
    assert (harm[1], part[1], True, f"including {part[0]} of the governor's {group}") in found(text)


def test_a_part_between_the_subject_and_its_verb_is_a_subset() -> None:
    text = "One civilian was killed and 20 others, including one of his bodyguards, were wounded."
    assert ("injured", 1, True, "including one of his bodyguards") in found(text)


def test_a_titled_name_after_including_is_one_of_the_harmed() -> None:
    text = "The attack killed four Americans, including Ambassador Chris Stevens."
    assert found(text) == [
        ("killed", 4, False, "killed four Americans"),
        ("killed", 1, True, "including Ambassador Chris Stevens"),
    ]
    text = "Four Americans were killed in the attack, including Dr. Ann Lowe."
    assert ("killed", 1, True, "including Dr. Ann Lowe") in found(text)


def test_full_names_after_including_are_each_counted() -> None:
    text = "Gunmen killed 12 people, including Mary Jones and John Smith."
    assert ("killed", 2, True, "including Mary Jones and John Smith") in found(text)


def test_a_place_or_a_body_after_including_is_no_one() -> None:
    for place in ("New York", "New York and Boston", "Human Rights Watch"):
        text = f"The storms killed 40 people in several states, including {place}."
        assert found(text) == [("killed", 40, False, "killed 40 people")]


def test_a_name_after_a_group_told_later_is_not_of_the_harm() -> None:
    text = (
        "Three died and nearly 300 were injured when two bombs exploded at the race, and a small "
        "group of senators -- including Senators Chuck Grassley and Rand Paul -- have asked why."
    )
    assert all(not subset for _, _, subset, _ in found(text))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "George Floyd died. Floyd, who was black, was killed Monday.",
            "Floyd, who was black, was killed",
        ),
        (
            "John Smith was there. Smith, 45, of Dayton, died at the scene.",
            "Smith, 45, of Dayton, died",
        ),
        (
            "The driver, a father of three from Ohio, was killed.",
            "The driver, a father of three from Ohio, was killed",
        ),
    ],
)
def test_an_aside_keeps_its_subject(text: str, told: str) -> None:
    assert ("killed", 1, False, told) in found(text)


def test_an_aside_before_another_verb_harms_no_one() -> None:
    assert found("John Smith was there. Smith, 45, said the house was empty.") == []


@given(
    st.sampled_from(["U.S.", "U.N.", "U.K.", "D.C."]),
    st.sampled_from(
        ["a {} journalist", "an aid worker for the {} mission", "a contractor from {}"]
    ),
    st.sampled_from([("was beheaded", "killed"), ("was wounded", "injured")]),
)
def test_an_aside_may_hold_an_initialism(
    initialism: str, aside: str, harm: tuple[str, str]
) -> None:
    told = f"James Foley, {aside.format(initialism)}, {harm[0]}"
    assert (harm[1], 1, False, told) in found(f"Officials said {told} in August.")


@given(
    st.sampled_from(
        [
            "25-year-old Shawn {} Smith",
            "Karon {} McVay",
            "David Robinett Jr.",
            "a Sgt. with the {} unit",
            "44, of 1121 W. Columbus Ave.",
        ]
    ),
    st.sampled_from(["D.", "R.", "J."]),
    st.sampled_from([("was arrested", "arrested"), ("was shot and killed", "killed")]),
)
def test_an_aside_may_hold_any_period_the_sentence_goes_on_past(
    aside: str, initial: str, harm: tuple[str, str]
) -> None:
    told = f"Another man, {aside.format(initial)}, {harm[0]}"
    assert (harm[1], 1, False, told) in found(f"Police said {told} on Monday.")


def test_a_period_run_into_the_next_word_ends_the_aside() -> None:
    text = "The two men, who ran away.Her mother, seeing her daughter, was shot."
    assert all(count != 2 for _, count, _, _ in found(text))


def test_an_aside_opens_with_no_list_join() -> None:
    text = (
        "Reeves shot and killed Jamie Salazar, 34, and Jordan Reeves at 224 E. Vantana Court, "
        "then shot and killed himself."
    )
    told = found(text)
    assert ("killed", 2, False, "killed Jamie Salazar, 34, and Jordan Reeves") in told
    assert ("killed", 1, False, "killed himself") in told
